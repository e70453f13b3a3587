#include "TestData.h"
#include "ingest/EventJsonParser.h"
#include "store/EventPayload.h"
#include "store/PreparedEvent.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    void keepsReleaseRangeHourlySeriesAndPayload()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        // Three events over two hours, imported out of order, in two releases.
        const double base = 1763640000; // an hour boundary
        addWithRelease(store, project, hexId(1), base + 3600 + 60, QStringLiteral("shop@2.0"));
        addWithRelease(store, project, hexId(2), base + 10, QStringLiteral("shop@1.0"));
        addWithRelease(store, project, hexId(3), base + 20, QStringLiteral("shop@1.0"));
        const IssueSummary issue = store.issues({}, 0, 1).constFirst();
        QCOMPARE(issue.firstRelease, QStringLiteral("shop@1.0"));
        QCOMPARE(issue.lastRelease, QStringLiteral("shop@2.0"));
        const qint64 hour = qint64(base) / 3600;
        QCOMPARE(store.hourlyCounts(issue.id, hour - 1, hour + 3), (QList<qint64> {0, 2, 1, 0}));

        const std::optional<StoredEvent> latest = store.latestEvent(issue.id);
        QVERIFY(latest);
        QCOMPARE(latest->eventId, hexId(1));
        QVERIFY(latest->payload.contains("shop@2.0")); // stored compressed, read back as imported
        QCOMPARE(store.issueByShortId(QStringLiteral("shop-1"))->id, issue.id);

        QStringList order;
        store.forEachEvent([&](const StoredEvent &e) {
            order << e.eventId;
            return true;
        });
        QCOMPARE(order, (QStringList {hexId(2), hexId(3), hexId(1)}));
    }

    void filtersInSql_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("level") << QStringLiteral("level") << QStringLiteral("warning") << QStringList {QStringLiteral("Slow")};
        QTest::newRow("release") << QStringLiteral("release") << QStringLiteral("shop@2.0")
                                 << QStringList {QStringLiteral("Crash")};
        QTest::newRow("environment") << QStringLiteral("environment") << QStringLiteral("staging")
                                     << QStringList {QStringLiteral("Slow")};
        QTest::newRow("text in title") << QStringLiteral("text") << QStringLiteral("crash")
                                       << QStringList {QStringLiteral("Crash")};
        QTest::newRow("text prefix in frames")
            << QStringLiteral("text") << QStringLiteral("charge_c") << QStringList {QStringLiteral("Slow")};
        // Quotes and operators are words, not FTS5 syntax: no error, and "or" matches load_(or)der.
        QTest::newRow("FTS syntax is plain text")
            << QStringLiteral("text") << QStringLiteral("\"crash OR") << QStringList {QStringLiteral("Crash")};
        QTest::newRow("all words must match") << QStringLiteral("text") << QStringLiteral("crash charge") << QStringList {};
        QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("resolved") << QStringList {};
    }

    void filtersInSql()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        QJsonObject crash = eventObject(hexId(1), QStringLiteral("Crash"), QStringLiteral("load_order"));
        crash.insert(QStringLiteral("release"), QStringLiteral("shop@2.0"));
        crash.insert(QStringLiteral("environment"), QStringLiteral("production"));
        QJsonObject slow = eventObject(hexId(2), QStringLiteral("Slow"), QStringLiteral("charge_card"));
        slow.insert(QStringLiteral("level"), QStringLiteral("warning"));
        slow.insert(QStringLiteral("environment"), QStringLiteral("staging"));
        insert(store, project, crash);
        insert(store, project, slow);

        IssueQuery query;
        if (field == u"level")
            query.levels = {value};
        else if (field == u"release")
            query.release = value;
        else if (field == u"environment")
            query.environment = value;
        else if (field == u"text")
            query.text = value;
        else if (field == u"status")
            query.statuses = {value};
        QStringList titles;
        const QList<IssueSummary> issues = store.issues(query, 0, 10);
        for (const IssueSummary &issue : issues)
            titles << issue.title.section(QLatin1Char(':'), 0, 0);
        QCOMPARE(titles, expected);
        QCOMPARE(store.issueCount(query), expected.size());
    }

    void eventsJoinTheIssueOfAnyKnownHash()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        // Two events our grouping keeps apart, but Sentry had put in one issue (same hash).
        QJsonObject a = eventObject(hexId(1), QStringLiteral("A"), QStringLiteral("f"));
        a.insert(QStringLiteral("hashes"), QJsonArray {QStringLiteral("0123456789abcdef0123456789abcdef")});
        QJsonObject b = eventObject(hexId(2), QStringLiteral("B"), QStringLiteral("g"));
        b.insert(QStringLiteral("hashes"), QJsonArray {QStringLiteral("0123456789abcdef0123456789abcdef")});
        insert(store, project, a);
        insert(store, project, b);
        QCOMPARE(store.issueCount({}), 1);
        QCOMPARE(store.issues({}, 0, 1).constFirst().timesSeen, 2);
    }

    void upgradesAVersion1Cache()
    {
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            QVERIFY2(Schema::migrate(db, &error, 1), qPrintable(error));
            // A version-1 row: payload stored as plain JSON.
            const QByteArray payload = test::eventLine(hexId(9), 1763640000, QStringLiteral("Old"));
            const QByteArray sql
                = "INSERT INTO projects (id, slug, name) VALUES (1, 'shop', 'shop');"
                  "INSERT INTO issues (id, project_id, grouping_hash, short_id, title, level, first_seen, last_seen, times_seen)"
                  " VALUES (1, 1, 'h1', 'SHOP-1', 'Old: something failed', 'error', 1763640000000, 1763640000000, 1);"
                  "INSERT INTO events (event_id, issue_id, project_id, timestamp, level, payload) VALUES ('"
                + hexId(9).toLatin1() + "', 1, 1, 1763640000000, 'error', '" + payload + "');";
            QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        Store store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        const std::optional<StoredEvent> old = store.event(hexId(9));
        QVERIFY(old);
        QVERIFY(old->payload.contains("something failed"));
        QCOMPARE(store.hourlyCounts(1, 1763640000 / 3600, 1763640000 / 3600 + 1), QList<qint64> {1});
        // The old issue's hash still finds it.
        test::addEvent(store, 1, hexId(10), 1763640100, QStringLiteral("New"));
        QCOMPARE(store.issueCount({}), 2);
        QVERIFY(store.hasEvent(hexId(9)) && store.hasEvent(hexId(10)));
        QVERIFY(!store.hasEvent(hexId(11)));
    }

    void readsZlibPayloadsOfAVersion2CacheAndWritesZstd()
    {
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            QVERIFY2(Schema::migrate(db, &error, 2), qPrintable(error));
            const QByteArray zlib = qCompress(test::eventLine(hexId(9), 1763640000, QStringLiteral("Old")), 1);
            const QByteArray sql
                = "INSERT INTO projects (id, slug, name) VALUES (1, 'shop', 'shop');"
                  "INSERT INTO issues (id, project_id, grouping_hash, short_id, title, level, first_seen,"
                  " last_seen, times_seen) VALUES (1, 1, 'h1', 'SHOP-1', 'Old', 'error', 1, 1, 1);"
                  "INSERT INTO events (event_id, issue_id, project_id, timestamp, level, payload, payload_format)"
                  " VALUES ('"
                + hexId(9).toLatin1() + "', 1, 1, 1763640000000, 'error', x'" + zlib.toHex() + "', 1);";
            QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        Store store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QVERIFY(store.event(hexId(9))->payload.contains("something failed"));
        test::addEvent(store, 1, hexId(10), 1763640100, QStringLiteral("New"));
        QVERIFY(store.event(hexId(10))->payload.contains("something failed"));
        QCOMPARE(formatOf(hexId(10)), qint64(PayloadFormat::Zstd));
    }

    void deferredCompressionIsDoneBeforeStoringOrStoresPlainJson()
    {
        // The local ingest leaves compressing to its writer thread (PreparedEvent::Compression::Deferred).
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        const auto prepare = [](const QString &id) {
            const QByteArray raw = test::eventLine(id, 1763640000, QStringLiteral("Deferred"));
            QString error;
            const std::optional<Event> event = parseEventPayload(raw, &error);
            return std::pair(PreparedEvent::from(*event, raw, PreparedEvent::Compression::Deferred), raw);
        };
        auto [compressed, raw] = prepare(hexId(11));
        QCOMPARE(compressed.payloadFormat, PayloadFormat::PlainJson);
        QCOMPARE(compressed.payload, raw);
        compressed.compressDeferred();
        QCOMPARE(compressed.payloadFormat, PayloadFormat::Zstd);
        QCOMPARE_LT(compressed.payload.size(), raw.size());
        QCOMPARE(store.insertEvent(project, compressed), Store::InsertResult::Inserted);
        QCOMPARE(formatOf(hexId(11)), qint64(PayloadFormat::Zstd));
        QCOMPARE(store.event(hexId(11))->payload, raw);

        // Never compressed (nothing did it): kept as it came, and read back all the same.
        const auto [plain, plainRaw] = prepare(hexId(12));
        QCOMPARE(store.insertEvent(project, plain), Store::InsertResult::Inserted);
        QCOMPARE(formatOf(hexId(12)), qint64(PayloadFormat::PlainJson));
        QCOMPARE(store.event(hexId(12))->payload, plainRaw);
    }

    void storesAttachmentsOnceAndReadsThemBack()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        Attachment log {hexId(1), QStringLiteral("app.log"), QStringLiteral("text/plain"), {}, 0, {}};
        for (int i = 0; i < 500; ++i)
            log.bytes += "2026-11-20 12:00:00 INFO worker ready\n";
        log.size = log.bytes.size();
        const Attachment png {hexId(1), QStringLiteral("screenshot.png"), QStringLiteral("image/png"),
            QStringLiteral("event.attachment"), 4, QByteArray("\x89PNG", 4)};
        QCOMPARE(store.insertAttachment(project, log), Store::InsertResult::Inserted);
        QCOMPARE(store.insertAttachment(project, png), Store::InsertResult::Inserted);
        QCOMPARE(store.insertAttachment(project, log), Store::InsertResult::Duplicate);
        QCOMPARE(store.attachmentCount(), 2);

        const QList<StoredAttachment> stored = store.attachments(hexId(1));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).filename, QStringLiteral("app.log"));
        QCOMPARE(stored.at(0).attachmentType, QStringLiteral("event.attachment")); // Sentry's default type
        QCOMPARE(stored.at(0).size, log.bytes.size());
        QCOMPARE(store.attachmentData(stored.at(0).id).value(), log.bytes);
        QCOMPARE(store.attachmentData(stored.at(1).id).value(), png.bytes);
        QVERIFY(store.attachments(hexId(2)).isEmpty());
        QVERIFY(!store.attachmentData(999));

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(db, "UPDATE attachments SET data = x'00112233' WHERE filename = 'app.log'", nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(!store.attachmentData(stored.at(0).id));
        QVERIFY2(store.errorString().contains(u"damaged"), qPrintable(store.errorString()));
    }

    void readsInsideATransactionSeeItsEventsAndRollbackForgetsThem()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 project = store.ensureProject(QStringLiteral("shop"));
        test::addEvent(store, project, hexId(1), 1763640000, QStringLiteral("KeyError"));
        QVERIFY(store.begin());
        test::addEvent(store, project, hexId(2), 1763643600, QStringLiteral("KeyError"));
        test::addEvent(store, project, hexId(3), 1763640000 - 3600, QStringLiteral("KeyError"));
        IssueSummary issue = store.issues({}, 0, 1).constFirst();
        QCOMPARE(issue.timesSeen, 3);
        QCOMPARE(issue.firstSeen.toSecsSinceEpoch(), 1763640000 - 3600);
        QCOMPARE(issue.lastSeen.toSecsSinceEpoch(), 1763643600);
        store.rollback();
        issue = store.issues({}, 0, 1).constFirst();
        QCOMPARE(issue.timesSeen, 1);
        QCOMPARE(issue.lastSeen.toSecsSinceEpoch(), 1763640000);
        // The rolled-back events can come again; nothing cached claims they exist.
        QVERIFY(store.begin());
        test::addEvent(store, project, hexId(2), 1763643600, QStringLiteral("KeyError"));
        QVERIFY(store.commit());
        QCOMPARE(store.issues({}, 0, 1).constFirst().timesSeen, 2);
    }

private:
    static QJsonObject eventObject(const QString &id, const QString &type, const QString &function)
    {
        return QJsonDocument::fromJson(test::eventLine(id, 1763640000, type, function)).object();
    }

    static void insert(Store &store, qint64 project, const QJsonObject &object)
    {
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(object, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(store.insertEvent(project, *event, QJsonDocument(object).toJson(QJsonDocument::Compact)),
            Store::InsertResult::Inserted);
    }

    static void addWithRelease(Store &store, qint64 project, const QString &id, double when, const QString &release)
    {
        QJsonObject object = QJsonDocument::fromJson(test::eventLine(id, when, QStringLiteral("KeyError"))).object();
        object.insert(QStringLiteral("release"), release);
        insert(store, project, object);
    }

    qint64 formatOf(const QString &eventId) const
    {
        sqlite3 *db = nullptr;
        sqlite3_open(m_path.toUtf8().constData(), &db);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT payload_format FROM events WHERE event_id = ?1", -1, &stmt, nullptr);
        const QByteArray id = eventId.toLatin1();
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        const qint64 format = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return format;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
