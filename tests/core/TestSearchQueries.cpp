// The store answers searches with the right issues, in the right order, page after page.
#include "SearchFixture.h"
#include "TestData.h"
#include "ingest/EventJsonParser.h"
#include "search/IssueSearch.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestSearchQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(u":memory:"_s));
        test::seedSearchStore(m_store, m_now);
        // The same issues, each search's sets read as a large set's are (no temp table to start from).
        QVERIFY(m_large.open(u":memory:"_s));
        m_large.setIssueSetTableLimit(0);
        test::seedSearchStore(m_large, m_now);
    }

    void findsTheRightIssues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // by last seen, newest first
        const auto row = [](const char *query, const char *expected) {
            QTest::newRow(query) << QString::fromUtf8(query) << QString::fromUtf8(expected);
        };
        row("", "Delta Alpha Echo Bravo Charlie");
        row("is:unresolved", "Delta Alpha Echo");
        row("is:resolved", "Bravo");
        row("is:archived", "Charlie");
        row("!is:unresolved", "Bravo Charlie");
        row("is:[resolved, ignored]", "Bravo Charlie");
        row("is:assigned", "Delta Alpha Charlie");
        row("is:unassigned", "Echo Bravo");
        row("assigned:me", "Delta");
        row("assigned:none", "Echo Bravo");
        row("assigned:#frontend", "Charlie");
        row("assigned:JANE@example.com", "Alpha");
        row("assigned:*@example.com", "Delta Alpha");
        row("!assigned:me", "Alpha Echo Bravo Charlie");
        row("is:bookmarked", "Alpha");
        row("is:unseen", "Delta Alpha Echo Charlie");
        row("is:regressed", "Delta");
        row("level:error", "Alpha Charlie");
        row("level:[fatal, warning]", "Delta Bravo");
        row("!level:error", "Delta Echo Bravo");
        row("release:shop@2.0", "Alpha");
        row("release:shop@*", "Alpha Bravo");
        row("!release:shop@*", "Delta Echo Charlie");
        row("has:release", "Delta Alpha Bravo");
        row("!has:release", "Echo Charlie");
        row("environment:production", "Alpha Charlie");
        row("env:canary", "Delta");
        row("has:environment", "Delta Alpha Bravo Charlie");
        row("!environment:production", "Delta Echo Bravo");
        row("project:web", "Delta Charlie");
        row("platform:javascript", "Charlie");
        row("!platform:javascript", "Delta Alpha Echo Bravo");
        row("firstSeen:-24h", "Alpha");
        row("lastSeen:-24h", "Delta Alpha");
        row("lastSeen:+2d", "Bravo Charlie");
        row("firstSeen:>=2024-05-27", "Delta Alpha Bravo");
        row("firstSeen:>2024-05-27", "Alpha Bravo");
        row("firstSeen:2024-05-27", "Delta");
        row("times_seen:>4", "Delta Echo");
        row("times_seen:3", "Alpha");
        row("times_seen:<=1", "Bravo Charlie");
        row("user.count:>1", "Alpha");
        row("has:user", "Delta Alpha");
        row("cart", "Alpha"); // the title
        row("memory", "Delta"); // a prefix of the exception value
        row("checkout", "Charlie"); // a breadcrumb and a frame
        row("checkout_view", "Charlie");
        row("chrome", "Alpha"); // a tag value
        row("pointer null", "Alpha"); // words in any order
        row("\"null pointer\"", "Alpha");
        row("\"pointer null\"", ""); // a phrase keeps its order
        row("is:unresolved level:error cart", "Alpha");
        row("is:unresolved !assigned:me times_seen:>=3", "Alpha Echo");
        row("NEAR(cart", "");
        row("\"cart\" OR", "");
    }

    void findsTheRightIssues()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const SearchResult result = IssueSearch::parse(query, {m_now, u"me@example.com"_s});
        QVERIFY2(result.isValid(), qPrintable(result.error().toString()));
        QCOMPARE(names(m_store.issues(result.query, 0, 100)), expected);
        QCOMPARE(m_store.issueCount(result.query), expected.isEmpty() ? 0 : expected.count(u' ') + 1);
        QCOMPARE(m_store.errorString(), QString());
        QCOMPARE(names(m_large.issues(result.query, 0, 100)), expected);
        QCOMPARE(m_large.issueCount(result.query), expected.isEmpty() ? 0 : expected.count(u' ') + 1);
        QCOMPARE(m_large.errorString(), QString());
    }

    void sorts_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("expected"); // descending
        QTest::newRow("date") << u"date"_s << u"Delta Alpha Echo Bravo Charlie"_s;
        QTest::newRow("new") << u"new"_s << u"Alpha Bravo Delta Charlie Echo"_s;
        QTest::newRow("freq") << u"freq"_s << u"Echo Delta Alpha Charlie Bravo"_s;
        QTest::newRow("user") << u"user"_s << u"Alpha Delta Echo Charlie Bravo"_s; // ties: newest issue first
        // Alpha: 3 events in 24 h, 3 in 14 d (14x its mean day); Delta: 4 of 5 (11.2x); the rest
        // had nothing in the last day and follow by last seen.
        QTest::newRow("trend") << u"trend"_s << u"Alpha Delta Echo Bravo Charlie"_s;
    }

    void sorts()
    {
        QFETCH(QString, sort);
        QFETCH(QString, expected);
        IssueQuery query;
        query.sort = *IssueSearch::sortFromName(sort);
        query.nowMs = m_now.toMSecsSinceEpoch();
        QCOMPARE(names(m_store.issues(query, 0, 100)), expected);
    }

    // Paging by the last row's sort key gives exactly the rows OFFSET paging gives, for every
    // sort and direction, ties included.
    void pagesByKeyAsByOffset_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (int sort = int(IssueSort::LastSeen); sort <= int(IssueSort::Trend); ++sort) {
            for (const bool descending : {true, false})
                QTest::addRow("%s %s", qPrintable(IssueSearch::sortName(IssueSort(sort))), descending ? "desc" : "asc")
                    << sort << descending;
        }
    }

    void pagesByKeyAsByOffset()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        IssueQuery query = IssueQuery::sortedBy(IssueSort(sort), descending);
        query.nowMs = m_now.toMSecsSinceEpoch();
        const QString all = names(m_store.issues(query, 0, 100));
        QStringList paged;
        IssueCursor cursor;
        for (int page = 0; page < 10; ++page) {
            IssueCursor last;
            const QList<IssueSummary> rows = m_store.issuesAfter(query, cursor, 2, &last);
            paged << names(rows);
            if (rows.size() < 2)
                break;
            QCOMPARE(last.size() >= 2, true);
            cursor = last;
        }
        paged.removeAll(QString());
        QCOMPARE(paged.join(u' '), all);
        QCOMPARE(all.count(u' '), 4);
    }

    void knowsValuesForCompletion()
    {
        QCOMPARE(m_store.knownValues(Store::ValueKind::Project, {}, 10), (QStringList {u"shop"_s, u"web"_s}));
        QCOMPARE(
            m_store.knownValues(Store::ValueKind::Release, {}, 10), (QStringList {u"web@3.1"_s, u"shop@2.0"_s, u"shop@1.0"_s}));
        QCOMPARE(m_store.knownValues(Store::ValueKind::Release, u"shop"_s, 10), (QStringList {u"shop@2.0"_s, u"shop@1.0"_s}));
        QCOMPARE(m_store.knownValues(Store::ValueKind::Release, u"shop"_s, 1), (QStringList {u"shop@2.0"_s}));
        QCOMPARE(m_store.knownValues(Store::ValueKind::Environment, {}, 10),
            (QStringList {u"canary"_s, u"production"_s, u"staging"_s}));
        QCOMPARE(m_store.knownValues(Store::ValueKind::Environment, u"p"_s, 10), QStringList {u"production"_s});
        QCOMPARE(m_store.knownValues(Store::ValueKind::Level, u"e"_s, 10), QStringList {u"error"_s});
        QCOMPARE(m_store.knownValues(Store::ValueKind::Platform, {}, 10), (QStringList {u"python"_s, u"javascript"_s}));
        QCOMPARE(m_store.knownValues(Store::ValueKind::Assignee, u"#"_s, 10), QStringList {u"#frontend"_s});
        // LIKE's own wildcards in a prefix are plain characters.
        QCOMPARE(m_store.knownValues(Store::ValueKind::Project, u"%"_s, 10), QStringList());
    }

    // A search's full-text matches are kept for its pages, but never past a write, whether by this
    // connection or another one.
    void freeTextSeesNewEvents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        Store reader;
        Store writer;
        QVERIFY(reader.open(path));
        QVERIFY(writer.open(path));
        const qint64 project = writer.ensureProject(u"shop"_s);
        const SearchResult zebra = IssueSearch::parse(u"zebra"_s, {m_now, {}});
        QCOMPARE(reader.issueCount(zebra.query), 0);
        test::addEvent(writer, project, u"%1"_s.arg(1, 32, 16, QLatin1Char('0')), 1.0e9, u"ZebraError"_s);
        QCOMPARE(reader.issueCount(zebra.query), 1); // another connection wrote
        test::addEvent(reader, project, u"%1"_s.arg(2, 32, 16, QLatin1Char('0')), 1.0e9, u"ZebraFault"_s);
        QCOMPARE(reader.issueCount(zebra.query), 2); // this one did
        QCOMPARE(reader.issues(zebra.query, 0, 10).size(), 2);
        QCOMPARE(names(reader.issues(IssueSearch::parse(u"zebrafault"_s, {m_now, {}}).query, 0, 10)), u"ZebraFault"_s);
        // Found inside a transaction that is then rolled back: found again, not taken as empty.
        reader.forgetIssueSets();
        QCOMPARE(reader.issueCount(IssueSearch::parse(u"zebrafault"_s, {m_now, {}}).query), 1);
        QVERIFY(reader.begin());
        reader.forgetIssueSets();
        QCOMPARE(reader.issueCount(zebra.query), 2); // in the table "zebrafault" had, until the rollback
        reader.rollback();
        QCOMPARE(reader.issueCount(zebra.query), 2);
    }

    // The text is indexed per issue, each piece once: every event's own text still finds its
    // issue, phrases stay phrases, and a merge carries the merged issue's text along.
    void freeTextFindsEveryEventsText()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        const qint64 project = store.ensureProject(u"shop"_s);
        int n = 0;
        const auto add = [&](const QString &type, const QString &value, const QStringList &crumbs, const QString &tag) {
            const QString id = u"%1"_s.arg(++n, 32, 16, QLatin1Char('0'));
            QJsonObject event = QJsonDocument::fromJson(test::eventLine(id, 1.0e9 + n, type)).object();
            QJsonArray values = event[u"exception"_s][u"values"_s].toArray();
            QJsonObject exception = values[0].toObject();
            exception[u"value"_s] = value;
            values[0] = exception;
            event[u"exception"_s] = QJsonObject {{u"values"_s, values}};
            QJsonArray breadcrumbs;
            for (const QString &crumb : crumbs)
                breadcrumbs.append(QJsonObject {{u"message"_s, crumb}, {u"timestamp"_s, 1.0e9}});
            event[u"breadcrumbs"_s] = QJsonObject {{u"values"_s, breadcrumbs}};
            event[u"tags"_s] = QJsonObject {{u"shard"_s, tag}};
            const QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
            QString error;
            const std::optional<Event> parsed = EventJsonParser::parse(line, &error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(store.insertEvent(project, *parsed, line), Store::InsertResult::Inserted);
        };
        add(u"PayError"_s, u"card refused"_s, {u"opened cart"_s, u"entered address"_s}, u"alpha1"_s);
        add(u"PayError"_s, u"card declined by bank"_s, {u"opened cart"_s, u"clicked pay button"_s}, u"beta2"_s);
        add(u"PayError"_s, u"card refused"_s, {u"opened cart"_s, u"entered address"_s}, u"alpha1"_s);
        add(u"ShipError"_s, u"no courier"_s, {u"opened tracking"_s}, u"gamma3"_s);
        const auto count = [&](const QString &text) { return store.issueCount(IssueSearch::parse(text, {m_now, {}}).query); };
        QCOMPARE(store.issueCount(IssueSearch::parse(QString(), {m_now, {}}).query), 2);
        QCOMPARE(count(u"clicked"_s), 1); // only in the second event's breadcrumbs
        QCOMPARE(count(u"entered address"_s), 1);
        QCOMPARE(count(u"\"declined by bank\""_s), 1);
        QCOMPARE(count(u"\"bank by declined\""_s), 0);
        QCOMPARE(count(u"beta2"_s), 1);
        QCOMPARE(count(u"opened"_s), 2);
        QCOMPARE(count(u"courier"_s), 1);
        QCOMPARE(count(u"courier clicked"_s), 0); // each in another issue
        QCOMPARE(count(u"address clicked"_s), 1); // in two events of one issue
        QCOMPARE(count(u"PayError clicked"_s), 1); // in its title and one event

        // ShipError merged into PayError: its text now finds PayError, and ShipError is gone.
        const QList<IssueSummary> issues = store.issues(IssueSearch::parse(QString(), {m_now, {}}).query, 0, 10);
        QCOMPARE(issues.size(), 2);
        const qint64 pay = issues[0].title.startsWith(u"Pay"_s) ? issues[0].id : issues[1].id;
        const qint64 ship = issues[0].id == pay ? issues[1].id : issues[0].id;
        SyncStore sync(store);
        QVERIFY(sync.mergeLocally(pay, {ship}));
        store.forgetIssueSets();
        const QList<IssueSummary> found = store.issues(IssueSearch::parse(u"courier"_s, {m_now, {}}).query, 0, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].id, pay);
        QCOMPARE(count(u"courier clicked"_s), 1);
        QCOMPARE(count(u"gamma3"_s), 1);
    }

    void keepsSavedSearches()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        QVERIFY(store.savedSearches().isEmpty());
        const qint64 mine = store.addSavedSearch(u"Mine"_s, u"is:unresolved assigned:me"_s, u"date"_s);
        const qint64 loud = store.addSavedSearch(u"Loud"_s, u"times_seen:>100"_s, u"freq"_s);
        const qint64 fresh = store.addSavedSearch(u"Fresh"_s, u"firstSeen:-24h"_s, u"new"_s);
        QVERIFY(mine && loud && fresh);
        const auto order = [&] {
            QStringList names;
            const QList<SavedSearch> searches = store.savedSearches();
            for (const SavedSearch &s : searches)
                names << s.name;
            return names.join(u' ');
        };
        QCOMPARE(order(), u"Mine Loud Fresh"_s);
        QVERIFY(store.renameSavedSearch(loud, u"Noisy"_s));
        QVERIFY(store.moveSavedSearch(fresh, 0));
        QCOMPARE(order(), u"Fresh Mine Noisy"_s);
        QVERIFY(store.moveSavedSearch(fresh, 99)); // past the end: last
        QCOMPARE(order(), u"Mine Noisy Fresh"_s);
        SavedSearch edited = store.savedSearches().at(1);
        edited.query = u"times_seen:>1k"_s;
        edited.sort = u"trend"_s;
        QVERIFY(store.updateSavedSearch(edited));
        QCOMPARE(store.savedSearches().at(1).query, u"times_seen:>1k"_s);
        QCOMPARE(store.savedSearches().at(1).sort, u"trend"_s);
        QVERIFY(store.removeSavedSearch(mine));
        QCOMPARE(order(), u"Noisy Fresh"_s);
        QVERIFY(!store.removeSavedSearch(mine));
        QCOMPARE(store.errorString(), u"no such saved search"_s);
        QVERIFY(!store.renameSavedSearch(12345, u"x"_s));
    }

private:
    static QString names(const QList<IssueSummary> &issues)
    {
        QStringList result;
        for (const IssueSummary &issue : issues)
            result << issue.title.section(u':', 0, 0);
        return result.join(u' ');
    }

    const QDateTime m_now {QDate(2024, 6, 1), QTime(12, 0), QTimeZone::UTC};
    Store m_store;
    Store m_large;
};

QTEST_GUILESS_MAIN(TestSearchQueries)
#include "TestSearchQueries.moc"
