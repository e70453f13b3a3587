#include "CacheSnapshot.h"
#include "FakeSentry.h"
#include "TestData.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

// A cache file Lookout cannot use (not SQLite, cut short, damaged, another program's, a newer
// Lookout's) is moved aside, never deleted, and a new cache made, with a message saying so; and a
// disk that fills up while importing or syncing (a file-size limit on the child process) gives a
// clear error, a sound cache holding only whole batches, and a later run completes the work.
class TestCacheFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeSentry> m_server;
    const QString m_token = u"lookout-faults-31c9e0d7a4b2f685"_s;
    QString m_events; // a JSON Lines file of 6000 events
    QStringList m_eventIds;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList account() const
    {
        return {u"--url"_s, m_server->baseUrl().toString(), u"--org"_s, m_server->orgSlug(), u"--token"_s, m_token};
    }

    // fileSizeLimit > 0: the child may not make any file larger (RLIMIT_FSIZE), as on a full disk.
    Run run(const QString &program, const QStringList &arguments, qint64 fileSizeLimit = 0)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"SENTRY_AUTH_TOKEN", "SENTRY_URL", "SENTRY_ORG", "SENTRY_PROJECT"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CACHE_HOME"_s, path(u"xdg-cache"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"xdg-config"_s));
        env.insert(u"LOOKOUT_TOKEN_STORE"_s, u"file"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        if (fileSizeLimit > 0) {
            process.setChildProcessModifier([fileSizeLimit] {
                // A write past the limit then fails (EFBIG) instead of killing the process.
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit {rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
                setrlimit(RLIMIT_FSIZE, &limit);
            });
        }
        process.start(program, arguments);
        if (!process.waitForStarted())
            return {};
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning)
            finished.wait(120'000);
        Run result;
        result.code = process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    Run ctl(const QString &db, const QStringList &arguments, qint64 fileSizeLimit = 0)
    {
        return run(QStringLiteral(LOOKOUTCTL_PATH), QStringList {u"--db"_s, db} + arguments, fileSizeLimit);
    }

    static QByteArray readFile(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static void exec(const QString &db, const char *sql)
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &raw), SQLITE_OK);
        char *message = nullptr;
        const int code = sqlite3_exec(raw, sql, nullptr, nullptr, &message);
        const QString error = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        sqlite3_close(raw);
        QVERIFY2(code == SQLITE_OK, qPrintable(error));
    }

    // A cache with the events imported, its WAL folded in so the file alone holds everything.
    QString makeCache(const QString &name)
    {
        const QString db = path(name);
        test::removeCache(db);
        const Run imported = ctl(db, {u"import"_s, m_events});
        if (imported.code != 0)
            qWarning("%s", imported.err.constData());
        exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        return db;
    }

    // The files beside db named db.corrupt-*.
    // The files beside db named db.corrupt-* (withCompanions: their -wal and -shm too).
    static QStringList movedAside(const QString &db, bool withCompanions = false)
    {
        const QFileInfo info(db);
        QStringList names = QDir(info.path()).entryList({info.fileName() + u".corrupt-*"_s}, QDir::Files, QDir::Name);
        if (!withCompanions)
            names.removeIf([](const QString &name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
        return names;
    }

    // Opening db with lookoutctl moves it aside for the reason given and starts a new, working cache.
    void expectRecovered(const QString &db, const QByteArray &reason)
    {
        const QByteArray before = readFile(db);
        const QStringList asideBefore = movedAside(db);
        const Run stats = ctl(db, {u"stats"_s});
        QVERIFY2(stats.code == 0, stats.err.constData());
        QVERIFY2(stats.err.contains(QByteArray("could not be used: " + reason)), stats.err.constData());
        QVERIFY2(stats.err.contains(QByteArray("It was moved to " + QFile::encodeName(db) + ".corrupt-")), stats.err.constData());
        QVERIFY2(stats.err.contains("lookoutctl sync"), stats.err.constData());
        QVERIFY2(stats.out.contains("events:   0"), stats.out.constData());
        const QStringList aside = movedAside(db);
        QCOMPARE(aside.size(), asideBefore.size() + 1);
        QString moved;
        for (const QString &name : aside) {
            if (!asideBefore.contains(name))
                moved = QFileInfo(db).dir().filePath(name);
        }
        QVERIFY(!moved.isEmpty());
        QCOMPARE(readFile(moved), before); // kept as it was, byte for byte
        // The new cache is Lookout's and takes data.
        Store store;
        QVERIFY2(store.open(db), qPrintable(store.errorString()));
        QCOMPARE(test::scalar(store.syncHandle(), "PRAGMA application_id"), qint64(Schema::applicationId));
        QCOMPARE(store.eventCount(), 0);
    }

    void startServer(SeedOptions::Kind kind, int issues)
    {
        m_server = std::make_unique<FakeSentry>();
        SeedOptions seed;
        seed.kind = kind;
        seed.issues = issues;
        seed.eventsPerIssue = 2;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        seed.anchor = QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::UTC);
        m_server->seed(seed);
        m_server->setToken(m_token);
        m_server->setRateLimit(0);
        QVERIFY(m_server->listen());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_events = path(u"events.jsonl"_s);
        QFile out(m_events);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 6000; ++i) {
            const QString id = u"%1"_s.arg(i + 1, 32, 16, QLatin1Char('0'));
            m_eventIds << id;
            out.write(test::eventLine(id, 1763640000.0 + i * 3.0, u"Failure%1"_s.arg(i % 50), u"step%1"_s.arg(i % 11),
                          u"user-%1"_s.arg(i % 89))
                + '\n');
        }
    }

    void randomBytesAreMovedAside()
    {
        const QString db = path(u"random.sqlite"_s);
        QRandomGenerator random(7);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        writeFile(db, bytes);
        writeFile(db + u"-wal"_s, "left over");
        expectRecovered(db, "it is not an SQLite database");
        QCOMPARE(movedAside(db, true).filter(u"-wal"_s).size(), 1); // its WAL went with it
        QVERIFY(!QFile::exists(db + u"-wal"_s) || QFileInfo(db + u"-wal"_s).size() != 9);
    }

    void truncatedCachesAreMovedAside()
    {
        const QString db = makeCache(u"truncated.sqlite"_s);
        const QByteArray whole = readFile(db);
        QVERIFY(whole.size() > 200 * 1024);
        writeFile(db, whole.left(whole.size() / 2));
        expectRecovered(db, "it is cut short");

        const QString tiny = makeCache(u"tiny.sqlite"_s);
        writeFile(tiny, readFile(tiny).left(60));
        expectRecovered(tiny, "it is cut short (60 bytes)");
    }

    void damagedPagesAreFound()
    {
        // The header and page count are right; pages in the middle are overwritten.
        const QString db = makeCache(u"damaged.sqlite"_s);
        QByteArray bytes = readFile(db);
        QRandomGenerator random(11);
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 64 * 1024; ++i)
            bytes[i] = char(random.bounded(256));
        writeFile(db, bytes);
        expectRecovered(db, "it is damaged");
    }

    void anotherProgramsDatabaseIsMovedAside()
    {
        const QString db = path(u"foreign.sqlite"_s);
        exec(db, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('x')");
        expectRecovered(db, "it is another program's database");

        const QString marked = path(u"marked.sqlite"_s);
        exec(marked, "PRAGMA application_id = 1234; PRAGMA user_version = 3; CREATE TABLE t (x)");
        expectRecovered(marked, "it is another program's database (application id 1234)");
    }

    void newerSchemaIsMovedAsideAndResynced()
    {
        startServer(SeedOptions::Kind::Demo, 12);

        const QString db = path(u"newer.sqlite"_s);
        const Run first = ctl(db, QStringList {u"sync"_s, u"--no-health"_s} + account());
        QVERIFY2(first.code == 0, first.err.constData());
        exec(db, QByteArray("PRAGMA user_version = " + QByteArray::number(Schema::currentVersion + 1)).constData());
        expectRecovered(db, "it was written by a newer Lookout (schema " + QByteArray::number(Schema::currentVersion + 1));

        // Syncing again fills the new cache.
        const Run again = ctl(db, QStringList {u"sync"_s, u"--no-health"_s} + account());
        QVERIFY2(again.code == 0, again.err.constData());
        Store store;
        QVERIFY(store.open(db));
        QVERIFY(store.issueCount({}) > 0);
    }

    void openAloneRefusesWithoutMoving()
    {
        // Only the program's own open moves files; any other connection just says no.
        const QString db = path(u"refused.sqlite"_s);
        writeFile(db, "not a database, just text that is long enough to have a header of one hundred bytes ........");
        Store store;
        QVERIFY(!store.open(db));
        QVERIFY2(store.errorString().contains(u"not an SQLite database"_s), qPrintable(store.errorString()));
        QVERIFY(QFile::exists(db));
        QVERIFY(movedAside(db).isEmpty());
    }

    void olderCachesAreMarkedNotMoved()
    {
        // A cache from before the application id was set is Lookout's own.
        const QString db = makeCache(u"older.sqlite"_s);
        exec(db, "PRAGMA application_id = 0");
        const Run stats = ctl(db, {u"stats"_s});
        QVERIFY2(stats.code == 0 && stats.err.isEmpty(), stats.err.constData());
        QVERIFY2(stats.out.contains("events:   6000"), stats.out.constData());
        QVERIFY(movedAside(db).isEmpty());
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &raw), SQLITE_OK);
        QCOMPARE(test::scalar(raw, "PRAGMA application_id"), qint64(Schema::applicationId));
        sqlite3_close(raw);
    }

    void theWindowSaysWhatHappened()
    {
        const QString db = path(u"window.sqlite"_s);
        writeFile(db, QByteArray(4096, 'x'));
        const Run shown = run(
            QStringLiteral(LOOKOUT_PATH), {u"--db"_s, db, u"--screenshot"_s, path(u"window.png"_s), u"--size"_s, u"800x600"_s});
        QVERIFY2(shown.code == 0, shown.err.constData());
        QVERIFY2(shown.err.contains("could not be used: it is not an SQLite database"), shown.err.constData());
        QCOMPARE(movedAside(db).size(), 1);
    }

    // The disk fills up half-way through an import: the import stops with a clear error, the cache
    // holds whole batches only (a prefix of the file), and importing again once there is room
    // completes it.
    void diskFullWhileImporting()
    {
        const QString reference = makeCache(u"import-reference.sqlite"_s);
        const qint64 size = QFileInfo(reference).size();
        const test::CacheSnapshot expected = test::cacheSnapshot(reference);
        QCOMPARE(expected.eventIds, m_eventIds);

        const QString db = path(u"full.sqlite"_s);
        test::removeCache(db);
        const Run full = ctl(db, {u"import"_s, m_events}, size / 2);
        QCOMPARE(full.code, 1);
        qInfo("import on a full disk says:\n%s", full.err.constData());
        QVERIFY2(full.err.contains("the disk is full"), full.err.constData());
        QVERIFY2(full.err.count('\n') <= 3, full.err.constData()); // one clear error, not one per event
        const test::CacheSnapshot partial = test::cacheSnapshot(db);
        QVERIFY2(partial.problem.isEmpty(), qPrintable(partial.problem));
        QVERIFY2(partial.eventIds.size() < m_eventIds.size(), "the limit did not stop the import");
        QCOMPARE(partial.eventIds, m_eventIds.mid(0, partial.eventIds.size()));
        // What it says it imported is what the cache has.
        QVERIFY2(full.out.startsWith(QByteArray(QByteArray::number(partial.eventIds.size()) + " events imported")),
            full.out.constData());

        const Run again = ctl(db, {u"import"_s, m_events});
        QVERIFY2(again.code == 0, again.err.constData());
        const test::CacheSnapshot done = test::cacheSnapshot(db);
        QVERIFY2(done.problem.isEmpty(), qPrintable(done.problem));
        QCOMPARE(done.eventIds, expected.eventIds);
        QCOMPARE(done.issues, expected.issues);
    }

    void diskFullWhileSyncing()
    {
        startServer(SeedOptions::Kind::Bench, 400);
        const QStringList sync = QStringList {u"sync"_s, u"--no-health"_s} + account();

        const QString reference = path(u"sync-reference.sqlite"_s);
        test::removeCache(reference);
        const Run complete = ctl(reference, sync);
        QVERIFY2(complete.code == 0, complete.err.constData());
        exec(reference, "PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 size = QFileInfo(reference).size();
        const test::CacheSnapshot expected = test::cacheSnapshot(reference);

        const QString db = path(u"sync-full.sqlite"_s);
        test::removeCache(db);
        const Run full = ctl(db, sync, size / 2);
        QCOMPARE(full.code, 1);
        qInfo("sync on a full disk says:\n%s", full.err.constData());
        QVERIFY2(full.err.contains("the disk is full"), full.err.constData());
        QVERIFY2(full.err.contains("The next sync resumes from there"), full.err.constData());
        const test::CacheSnapshot partial = test::cacheSnapshot(db);
        QVERIFY2(partial.problem.isEmpty(), qPrintable(partial.problem));
        QVERIFY(partial.issues.size() < expected.issues.size() || partial.eventIds.size() < expected.eventIds.size());

        const Run again = ctl(db, sync);
        QVERIFY2(again.code == 0, again.err.constData());
        const test::CacheSnapshot done = test::cacheSnapshot(db);
        QVERIFY2(done.problem.isEmpty(), qPrintable(done.problem));
        QCOMPARE(done.issues, expected.issues);
        QCOMPARE(QSet<QString>(done.eventIds.cbegin(), done.eventIds.cend()),
            QSet<QString>(expected.eventIds.cbegin(), expected.eventIds.cend()));
    }
};

QTEST_GUILESS_MAIN(TestCacheFaults)
#include "TestCacheFaults.moc"
