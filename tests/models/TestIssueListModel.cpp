#include "IssueListModel.h"
#include "MockClock.h"
#include "TestData.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lookout;

class TestIssueListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.open(QStringLiteral(":memory:")));
        m_shop = m_store.ensureProject(QStringLiteral("shop"));
        m_web = m_store.ensureProject(QStringLiteral("web"));
    }

    void fetchesLazilyInPages()
    {
        // 450 distinct issues: more than two pages.
        QVERIFY(m_store.begin());
        for (int i = 0; i < 450; ++i)
            test::addEvent(m_store, m_shop, hexId(i), 1000 + i, QStringLiteral("Error%1").arg(i));
        QVERIFY(m_store.commit());

        IssueListModel model(&m_store, &m_clock);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), IssueListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * IssueListModel::pageSize);
        // The tester fetches on its own as it checks each insertion, up to the end.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        // newest first by default
        QCOMPARE(model.index(0, IssueListModel::TitleColumn).data().toString(), QStringLiteral("Error449: something failed"));
        QCOMPARE(model.index(449, IssueListModel::TitleColumn).data().toString(), QStringLiteral("Error0: something failed"));
    }

    void sortsByColumn()
    {
        for (int i = 0; i < 3; ++i)
            test::addEvent(m_store, m_shop, hexId(10 + i), 100 + i, QStringLiteral("Often"));
        test::addEvent(m_store, m_shop, hexId(20), 500, QStringLiteral("Once"));
        IssueListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, IssueListModel::TitleColumn).data().toString(), QStringLiteral("Once: something failed"));
        model.sort(IssueListModel::EventsColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, IssueListModel::TitleColumn).data().toString(), QStringLiteral("Often: something failed"));
        QCOMPARE(model.index(0, IssueListModel::EventsColumn).data(IssueListModel::SortValueRole).toLongLong(), 3);
        model.sort(IssueListModel::EventsColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, IssueListModel::TitleColumn).data().toString(), QStringLiteral("Once: something failed"));
    }

    void filtersByProject()
    {
        test::addEvent(m_store, m_shop, hexId(1), 100, QStringLiteral("ShopError"));
        test::addEvent(m_store, m_web, hexId(2), 200, QStringLiteral("WebError"));
        IssueListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &IssueListModel::totalCountChanged);
        QCOMPARE(model.rowCount(), 2);
        model.setProjectFilter(m_web);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IssueListModel::ProjectColumn).data().toString(), QStringLiteral("web"));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.constFirst().constFirst().toLongLong(), 1);
    }

    void showsWhatTheStreamShows()
    {
        // Last seen 2 h before the (mock) now, first seen 3 d before.
        const double now = double(m_clock.now().toSecsSinceEpoch());
        test::addEvent(
            m_store, m_shop, hexId(1), now - 3 * 86400, QStringLiteral("KeyError"), QStringLiteral("load"), QStringLiteral("u1"));
        test::addEvent(
            m_store, m_shop, hexId(2), now - 2 * 3600, QStringLiteral("KeyError"), QStringLiteral("load"), QStringLiteral("u2"));
        IssueListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, IssueListModel::LastSeenColumn).data().toString(), QStringLiteral("2 h ago"));
        QCOMPARE(model.index(0, IssueListModel::FirstSeenColumn).data().toString(), QStringLiteral("3 d ago"));
        QCOMPARE(model.index(0, IssueListModel::UsersColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, IssueListModel::ShortIdColumn).data().toString(), QStringLiteral("SHOP-1"));
        QCOMPARE(model.index(0, IssueListModel::TitleColumn).data(IssueListModel::CulpritRole).toString(),
            QStringLiteral("app.handlers in load"));
        QCOMPARE(model.index(0, IssueListModel::LevelColumn).data(Qt::DecorationRole).value<QColor>(), levelColor(Level::Error));
        QVERIFY(model.index(0, IssueListModel::LastSeenColumn).data(Qt::ToolTipRole).toString().size() > 8);
        // Time moves on; the same row now reads differently.
        m_clock.advance(86400);
        QCOMPARE(model.index(0, IssueListModel::LastSeenColumn).data().toString(), QStringLiteral("1 d ago"));
    }

private:
    static QString hexId(int n) { return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0')); }

    Store m_store;
    test::MockClock m_clock;
    qint64 m_shop = 0;
    qint64 m_web = 0;
};

QTEST_GUILESS_MAIN(TestIssueListModel)
#include "TestIssueListModel.moc"
