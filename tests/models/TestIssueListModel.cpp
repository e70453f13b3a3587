#include "IssueListModel.h"
#include "MockClock.h"
#include "SearchFixture.h"
#include "TestData.h"
#include "search/IssueSearch.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

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
        // The sparkline: 24 hours, oldest first, the event 2 h ago in its hour; the 3-day-old one outside.
        const QList<int> series
            = model.index(0, IssueListModel::SparklineColumn).data(IssueListModel::SparklineRole).value<QList<int>>();
        QCOMPARE(series.size(), 24);
        QCOMPARE(std::accumulate(series.cbegin(), series.cend(), 0), 1);
        QCOMPARE(series.at(23 - int((m_clock.now().toSecsSinceEpoch() / 3600) - (qint64(now) - 2 * 3600) / 3600)), 1);
        QCOMPARE(model.index(0, IssueListModel::SparklineColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("1 event in the last 24 hours"));
        // Over 14 days, by day: both events, the 3-day-old one three days back.
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setSparklinePeriod(IssueListModel::SparklinePeriod::Fortnight);
        QCOMPARE(header.size(), 1);
        QCOMPARE(model.headerData(IssueListModel::SparklineColumn, Qt::Horizontal).toString(), QStringLiteral("14 d"));
        const QList<int> days
            = model.index(0, IssueListModel::SparklineColumn).data(IssueListModel::SparklineRole).value<QList<int>>();
        QCOMPARE(days.size(), 14);
        QCOMPARE(std::accumulate(days.cbegin(), days.cend(), 0), 2);
        QCOMPARE(days.at(13), 1);
        QCOMPARE(model.index(0, IssueListModel::SparklineColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2 events in the last 14 days"));
        model.setSparklinePeriod(IssueListModel::SparklinePeriod::Day);
        // Time moves on; the same row now reads differently.
        m_clock.advance(86400);
        QCOMPARE(model.index(0, IssueListModel::LastSeenColumn).data().toString(), QStringLiteral("1 d ago"));
    }

    void searchesAndSortsInTheStore()
    {
        test::seedSearchStore(m_store, m_clock.now());
        IssueListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &IssueListModel::totalCountChanged);
        QCOMPARE(titles(model), QStringLiteral("Delta Alpha Echo Bravo Charlie"));

        const SearchResult search = IssueSearch::parse(
            QStringLiteral("is:unresolved level:[error, fatal]"), {m_clock.now(), QStringLiteral("me@example.com")});
        QVERIFY(search.isValid());
        model.setSearch(search.query);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(counts.constLast().constFirst().toLongLong(), 2);
        QCOMPARE(titles(model), QStringLiteral("Delta Alpha"));
        // Alpha's burst (3 events, all today) trends above Delta (4 of its 5 today).
        model.setSort(IssueSort::Trend);
        QCOMPARE(titles(model), QStringLiteral("Alpha Delta"));
        model.setProjectFilter(m_web);
        QCOMPARE(titles(model), QStringLiteral("Delta"));
        // A new search keeps the project and the sort.
        model.setSearch(IssueSearch::parse(QString(), {m_clock.now(), {}}).query);
        QCOMPARE(titles(model), QStringLiteral("Delta Charlie"));
        QCOMPARE(model.query().sort, IssueSort::Trend);
        QCOMPARE(resets.size(), 4);
    }

    void pagesThroughTiesWithoutLosingRows()
    {
        // Every issue has one event: sorted by events, all tie, and paging must still see each once.
        QVERIFY(m_store.begin());
        for (int i = 0; i < 1000; ++i)
            test::addEvent(m_store, i % 2 ? m_shop : m_web, hexId(i), 1000 + i % 7, QStringLiteral("Error%1").arg(i));
        QVERIFY(m_store.commit());
        IssueListModel model(&m_store, &m_clock);
        model.setSort(IssueSort::TimesSeen, false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(IssueListModel::IssueIdRole).toLongLong());
        QCOMPARE(ids.size(), 1000);
    }

private:
    static QString titles(const IssueListModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, IssueListModel::TitleColumn).data().toString().section(QLatin1Char(':'), 0, 0);
        return result.join(QLatin1Char(' '));
    }

    static QString hexId(int n) { return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0')); }

    Store m_store;
    test::MockClock m_clock;
    qint64 m_shop = 0;
    qint64 m_web = 0;
};

QTEST_GUILESS_MAIN(TestIssueListModel)
#include "TestIssueListModel.moc"
