#include "TestData.h"
#include "ingest/EventJsonParser.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace lookout;

static QString hexId(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter));
    }

    void createsWalDatabaseWithFts()
    {
        Store store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))), QByteArray("wal"));
        sqlite3_finalize(stmt);
        sqlite3_close(db);

        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        test::addEvent(store, project, hexId(1), 1000, QStringLiteral("KeyError"), QStringLiteral("load_order"));
        QCOMPARE(store.eventCount(), 1);
    }

    void groupsEventsIntoIssues()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        test::addEvent(
            store, project, hexId(1), 1000, QStringLiteral("KeyError"), QStringLiteral("load_order"), QStringLiteral("ann"));
        test::addEvent(
            store, project, hexId(2), 3000, QStringLiteral("KeyError"), QStringLiteral("load_order"), QStringLiteral("bob"));
        test::addEvent(
            store, project, hexId(3), 2000, QStringLiteral("KeyError"), QStringLiteral("load_order"), QStringLiteral("ann"));
        test::addEvent(store, project, hexId(4), 1500, QStringLiteral("TimeoutError"), QStringLiteral("charge"));

        QCOMPARE(store.issueCount({}), 2);
        const QList<IssueSummary> issues = store.issues({}, 0, 10);
        QCOMPARE(issues.size(), 2);
        const IssueSummary &keyError = issues.at(0); // newest last-seen first
        QCOMPARE(keyError.title, QStringLiteral("KeyError: something failed"));
        QCOMPARE(keyError.culprit, QStringLiteral("app.handlers in load_order"));
        QCOMPARE(keyError.timesSeen, 3);
        QCOMPARE(keyError.userCount, 2); // ann counted once
        QCOMPARE(keyError.firstSeen.toMSecsSinceEpoch(), 1000 * 1000);
        QCOMPARE(keyError.lastSeen.toMSecsSinceEpoch(), 3000 * 1000);
        QCOMPARE(keyError.shortId, QStringLiteral("SHOP-1"));
        QCOMPARE(issues.at(1).shortId, QStringLiteral("SHOP-2"));
        QCOMPARE(issues.at(1).userCount, 0);
    }

    void duplicateEventIsNotCountedTwice()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        test::addEvent(store, project, hexId(7), 1000, QStringLiteral("KeyError"));
        QString error;
        const QByteArray line = test::eventLine(hexId(7), 1000, QStringLiteral("KeyError"));
        const auto event = EventJsonParser::parse(line, &error);
        QCOMPARE(store.insertEvent(project, *event, line), Store::InsertResult::Duplicate);
        QCOMPARE(store.eventCount(), 1);
        QCOMPARE(store.issues({}, 0, 1).constFirst().timesSeen, 1);
    }

    void sortsAndFiltersInSql()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 shop = store.ensureProject(QStringLiteral("shop"));
        const qint64 web = store.ensureProject(QStringLiteral("web"));
        for (int i = 0; i < 5; ++i)
            test::addEvent(store, shop, hexId(100 + i), 100 + i, QStringLiteral("Busy"), QStringLiteral("f"));
        test::addEvent(store, shop, hexId(200), 500, QStringLiteral("Rare"), QStringLiteral("g"));
        test::addEvent(store, web, hexId(300), 50, QStringLiteral("TypeError"), QStringLiteral("h"));

        IssueQuery byEvents;
        byEvents.sort = IssueSort::TimesSeen;
        QCOMPARE(store.issues(byEvents, 0, 1).constFirst().title, QStringLiteral("Busy: something failed"));
        IssueQuery onlyWeb;
        onlyWeb.projectId = web;
        QCOMPARE(store.issueCount(onlyWeb), 1);
        QCOMPARE(store.issues(onlyWeb, 0, 10).constFirst().projectSlug, QStringLiteral("web"));
        // paging: offset past the first row
        QCOMPARE(store.issues({}, 1, 10).size(), 2);

        const QList<ProjectSummary> projects = store.projects();
        QCOMPARE(projects.size(), 2);
        QCOMPARE(projects.at(0).unresolvedCount, 2);
    }

    void refusesNewerSchema()
    {
        {
            Store store;
            QVERIFY(store.open(m_path));
        }
        sqlite3 *db = nullptr;
        sqlite3_open(m_path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        Store store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.errorString().contains(QStringLiteral("newer Lookout")), qPrintable(store.errorString()));
    }

    void shortIdsUseCrockfordBase32()
    {
        QCOMPARE(makeShortId(QStringLiteral("backend-api"), 1), QStringLiteral("BACKEND-API-1"));
        QCOMPARE(makeShortId(QStringLiteral("web"), 10), QStringLiteral("WEB-A"));
        QCOMPARE(makeShortId(QStringLiteral("web"), 32), QStringLiteral("WEB-10"));
        QCOMPARE(makeShortId(QStringLiteral("web"), 18), QStringLiteral("WEB-J")); // no I, L, O, U
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
