// The release table: rows from the series, semver sort, threshold status and colours.
#include "MockClock.h"
#include "ReleaseHealthModel.h"
#include "health/HealthStore.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

QByteArray aggregate(const QDateTime &started, const QString &release, qint64 exited, qint64 crashed)
{
    return QJsonDocument(QJsonObject {{u"aggregates"_s,
                                          QJsonArray {QJsonObject {{u"started"_s, started.toString(Qt::ISODate)},
                                              {u"exited"_s, exited}, {u"crashed"_s, crashed}}}},
                             {u"attrs"_s, QJsonObject {{u"release"_s, release}, {u"environment"_s, u"production"_s}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestReleaseHealthModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(u":memory:"_s));
        m_project = m_store->ensureProject(u"app"_s);
        const QDateTime hourAgo = m_clock.now().addSecs(-3600);
        // 2.10.0: 99.3 % (amber); 2.9.0: 99.9 % (healthy); 2.10.0-rc.1: 98 % (red); 10.0.0 none in the period.
        QVERIFY(m_store->insertSessionPayload(m_project, u"sessions"_s, aggregate(hourAgo, u"app@2.10.0"_s, 993, 7)));
        QVERIFY(m_store->insertSessionPayload(m_project, u"sessions"_s, aggregate(hourAgo, u"app@2.9.0"_s, 999, 1)));
        QVERIFY(m_store->insertSessionPayload(m_project, u"sessions"_s, aggregate(hourAgo, u"app@2.10.0-rc.1"_s, 98, 2)));
        QVERIFY(m_store->insertSessionPayload(
            m_project, u"sessions"_s, aggregate(m_clock.now().addDays(-20), u"app@10.0.0"_s, 10, 0)));
        QVERIFY(HealthStore(*m_store).refresh());
    }

    void listsTheReleasesOfThePeriodNewestVersionFirst()
    {
        ReleaseHealthModel model(m_store.get(), &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindow(HealthWindow::last(m_project, 24, m_clock.now()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ReleaseHealthModel::NUM_COLUMNS));
        const auto version = [&](int row) { return model.index(row, 0).data(ReleaseHealthModel::VersionRole).toString(); };
        // Semver, descending: 2.10.0 above its rc, both above 2.9.0 (a text sort would put 2.9.0 first).
        QCOMPARE(version(0), u"app@2.10.0"_s);
        QCOMPARE(version(1), u"app@2.10.0-rc.1"_s);
        QCOMPARE(version(2), u"app@2.9.0"_s);
        model.sort(ReleaseHealthModel::VersionColumn, Qt::AscendingOrder);
        QCOMPARE(version(0), u"app@2.9.0"_s);
        QCOMPARE(version(2), u"app@2.10.0"_s);

        model.sort(ReleaseHealthModel::CrashFreeSessionsColumn, Qt::AscendingOrder);
        QCOMPARE(version(0), u"app@2.10.0-rc.1"_s);
        const QModelIndex worst = model.index(0, ReleaseHealthModel::CrashFreeSessionsColumn);
        QCOMPARE(worst.data(ReleaseHealthModel::ValueRole).toDouble(), 98.0);
        QCOMPARE(worst.data().toString(), u"98.00 %"_s);
        QCOMPARE(model.index(0, ReleaseHealthModel::SessionsColumn).data().toString(), u"100"_s);
        // 100 of the period's 2,100 sessions.
        QCOMPARE(model.index(0, ReleaseHealthModel::AdoptionColumn).data(ReleaseHealthModel::ValueRole).toDouble(),
            100.0 * 100 / 2100);
        QVERIFY(
            model.index(0, ReleaseHealthModel::CrashFreeSessionsColumn).data(Qt::ToolTipRole).toString().contains(u"2 of 100"));

        // The 30 days bring 10.0.0 in, the newest version.
        model.setWindow(HealthWindow::last(m_project, 30 * 24, m_clock.now()));
        QCOMPARE(model.rowCount(), 4);
    }

    void coloursReleasesByTheThresholds()
    {
        ReleaseHealthModel model(m_store.get(), &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindow(HealthWindow::last(m_project, 24, m_clock.now()));
        const auto status = [&](const QString &version) {
            return HealthThresholds::Status(
                model.index(model.rowOf(version), ReleaseHealthModel::StatusColumn).data(ReleaseHealthModel::StatusRole).toInt());
        };
        QCOMPARE(status(u"app@2.9.0"_s), HealthThresholds::Status::Healthy);
        QCOMPARE(status(u"app@2.10.0"_s), HealthThresholds::Status::Warning);
        QCOMPARE(status(u"app@2.10.0-rc.1"_s), HealthThresholds::Status::Critical);
        const QModelIndex amber = model.index(model.rowOf(u"app@2.10.0"_s), ReleaseHealthModel::CrashFreeSessionsColumn);
        const QModelIndex red = model.index(model.rowOf(u"app@2.10.0-rc.1"_s), ReleaseHealthModel::CrashFreeSessionsColumn);
        const QModelIndex fine = model.index(model.rowOf(u"app@2.9.0"_s), ReleaseHealthModel::CrashFreeSessionsColumn);
        QCOMPARE(amber.data(Qt::ForegroundRole).value<QColor>(),
            ReleaseHealthModel::statusColor(HealthThresholds::Status::Warning, false));
        QCOMPARE(red.data(Qt::ForegroundRole).value<QColor>(),
            ReleaseHealthModel::statusColor(HealthThresholds::Status::Critical, false));
        QVERIFY(!fine.data(Qt::ForegroundRole).isValid()); // healthy rates keep the normal text colour
        QCOMPARE(model.index(model.rowOf(u"app@2.10.0"_s), ReleaseHealthModel::StatusColumn).data().toString(), u"Warning"_s);

        // Stricter thresholds: 99.9 % is now amber, 99.3 % red.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setThresholds(HealthThresholds {99.95, 99.7});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status(u"app@2.9.0"_s), HealthThresholds::Status::Warning);
        QCOMPARE(status(u"app@2.10.0"_s), HealthThresholds::Status::Critical);
    }

    void aProjectWithoutSessionsIsEmpty()
    {
        ReleaseHealthModel model(m_store.get(), &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindow(HealthWindow::last(m_store->ensureProject(u"quiet"_s), 24, m_clock.now()));
        QCOMPARE(model.rowCount(), 0);
    }

private:
    test::MockClock m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_project = 0;
};

QTEST_MAIN(TestReleaseHealthModel)
#include "TestReleaseHealthModel.moc"
