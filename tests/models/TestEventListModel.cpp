// EventListModel over a synced issue's cached events: pages from the store, and events added later
// (fetched from Sentry) inserted where they sort, never by a reset.
#include "EventListModel.h"
#include "MockClock.h"
#include "store/PreparedEvent.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestEventListModel : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    Store m_store;
    qint64 m_project = 0;
    qint64 m_issue = 0;

    // Event n happened n minutes before now: a higher n is older and sorts further down.
    static QString idOf(int n) { return u"%1"_s.arg(qint64(n), 32, 16, QChar(u'0')); }

    void addEvents(const QList<int> &minutesAgo)
    {
        SyncStore sync(m_store);
        QVERIFY(sync.begin());
        for (int n : minutesAgo) {
            Event event;
            event.eventId = idOf(n);
            event.timestamp = m_clock.now().addSecs(-60 * n);
            event.release = u"api@1.%1"_s.arg(n % 3);
            event.environment = u"production"_s;
            event.logentry.formatted = u"Timeout %1"_s.arg(n);
            QCOMPARE(sync.insertEvent(m_issue, m_project, u"700"_s, PreparedEvent::from(event, QByteArray("{}"))),
                Store::InsertResult::Inserted);
        }
        QVERIFY(sync.commit());
    }

    static QStringList ids(const EventListModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data(EventListModel::EventIdRole).toString();
        return result;
    }

    static QStringList idsOf(const QList<int> &minutesAgo)
    {
        QStringList result;
        for (int n : minutesAgo)
            result << idOf(n);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.open(u":memory:"_s));
        SyncStore sync(m_store);
        const qint64 account = sync.ensureAccount(u"https://sentry.example.com"_s, u"acme"_s);
        m_project = sync.ensureProject(account, u"11"_s, u"api"_s, u"API"_s, u"python"_s);
        SyncedIssue issue;
        issue.sentryId = u"700"_s;
        issue.shortId = u"API-1"_s;
        issue.title = u"TimeoutError"_s;
        issue.level = u"error"_s;
        issue.status = u"unresolved"_s;
        issue.projectSentryId = u"11"_s;
        issue.projectSlug = u"api"_s;
        issue.count = 1234;
        issue.firstSeen = m_clock.now().addDays(-3);
        issue.lastSeen = m_clock.now();
        QVERIFY(sync.begin());
        const auto stored = sync.upsertIssue(account, m_project, issue);
        QVERIFY2(stored, qPrintable(sync.errorString()));
        QVERIFY(sync.commit());
        m_issue = stored->issueId;
    }

    void cleanup() { m_store.close(); }

    // The tags that tell events apart, read from each shown event's payload; the table's own
    // columns (level, release, environment, user) are not repeated; the tooltip lists them all.
    void showsKeyTags()
    {
        Event event;
        event.eventId = idOf(1);
        event.timestamp = m_clock.now().addSecs(-60);
        const QJsonObject tags {{u"shard"_s, u"<b>s1</b>"_s}, {u"level"_s, u"error"_s}, {u"os"_s, u"Linux"_s},
            {u"browser"_s, u"Chrome 120"_s}, {u"release"_s, u"api@1.0"_s}};
        const QByteArray payload = QJsonDocument(
            QJsonObject {{u"event_id"_s, idOf(1)}, {u"timestamp"_s, 1.7e9}, {u"platform"_s, u"python"_s},
                {u"level"_s, u"error"_s},
                {u"tags"_s, tags}}).toJson(QJsonDocument::Compact);
        SyncStore sync(m_store);
        QVERIFY(sync.begin());
        QCOMPARE(
            sync.insertEvent(m_issue, m_project, u"700"_s, PreparedEvent::from(event, payload)), Store::InsertResult::Inserted);
        QVERIFY(sync.commit());
        EventListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssue(m_issue);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(EventListModel::TagsColumn, Qt::Horizontal).toString(), u"Key tags"_s);
        QCOMPARE(
            model.index(0, EventListModel::TagsColumn).data().toString(), u"browser=Chrome 120 · os=Linux · shard=<b>s1</b>"_s);
        const QString tip = model.index(0, EventListModel::TagsColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"level: error"_s) && tip.contains(u"&lt;b&gt;s1"_s), qPrintable(tip));
    }

    // The time as the locale writes it, not an ISO timestamp; the exact time in the tooltip and in
    // TimestampRole, which keeps the order by the real time whatever the text.
    void timesFollowTheLocale()
    {
        addEvents({90, 3 * 24 * 60});
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        EventListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssue(m_issue);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex time = model.index(row, EventListModel::TimeColumn);
            const QDateTime when = m_clock.now().addSecs(row == 0 ? -90 * 60 : -3 * 86400);
            QCOMPARE(time.data(EventListModel::TimestampRole).toDateTime(), when);
            const QString text = time.data().toString();
            QVERIFY2(text.startsWith(when.toLocalTime().toString(u"dd.MM.yy"_s)), qPrintable(text)); // 04.03.26
            QVERIFY2(!text.contains(when.toLocalTime().toString(u"yyyy-MM-dd"_s)), qPrintable(text));
            QCOMPARE(time.data(Qt::ToolTipRole).toString(), QLocale().toString(when.toLocalTime(), QLocale::LongFormat));
        }
        QVERIFY(model.index(0, EventListModel::TimeColumn).data(EventListModel::TimestampRole).toDateTime()
            > model.index(1, EventListModel::TimeColumn).data(EventListModel::TimestampRole).toDateTime());
    }

    void olderEventsAreAppended()
    {
        addEvents({1, 2, 3});
        EventListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssue(m_issue);
        QCOMPARE(ids(model), idsOf({1, 2, 3}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        addEvents({4, 5, 6, 7});
        QCOMPARE(model.refresh(), 4);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 3); // after the three rows there were
        QCOMPARE(inserted.constFirst().at(2).toInt(), 6);
        QCOMPARE(ids(model), idsOf({1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(model.totalCount(), 7);
        QCOMPARE(model.refresh(), 0); // nothing new
    }

    void eventsBetweenCachedOnesGoWhereTheySort()
    {
        addEvents({1, 5, 9});
        EventListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssue(m_issue);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        addEvents({0, 2, 3, 7, 10});
        QCOMPARE(model.refresh(), 5);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 4); // before 1; 2-3 before 5; 7 before 9; 10 at the end
        QCOMPARE(ids(model), idsOf({0, 1, 2, 3, 5, 7, 9, 10}));
    }

    void rowsNotYetPagedInWaitForFetchMore()
    {
        QList<int> many;
        for (int n = 1; n <= 150; ++n)
            many << n * 2; // even minutes
        addEvents(many);
        EventListModel model(&m_store, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssue(m_issue);
        QCOMPARE(model.rowCount(), EventListModel::pageSize);
        // One event among the loaded page, one far past it.
        addEvents({3, 281});
        QCOMPARE(model.refresh(), 1);
        QCOMPARE(model.rowCount(), EventListModel::pageSize + 1);
        QCOMPARE(model.index(1, 0).data(EventListModel::EventIdRole).toString(), idOf(3)); // between 2 and 4
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 152);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(140, 0).data(EventListModel::EventIdRole).toString(), idOf(280));
        QCOMPARE(model.index(141, 0).data(EventListModel::EventIdRole).toString(), idOf(281));
        QCOMPARE(ids(model).removeDuplicates(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventListModel)
#include "TestEventListModel.moc"
