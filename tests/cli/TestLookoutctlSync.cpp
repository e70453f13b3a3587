#include "FakeSentry.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <memory>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

// `lookoutctl sync` and the triage commands as child processes against a fake Sentry served from
// this process (in real time): killed at random points, the cache stays sound and a last sync
// converges to exactly the server's state; the token never shows in anything the child prints.
class TestLookoutctlSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeSentry> m_server;
    const QString m_token = u"lookout-secret-7f3a9c2e51d8b64a0e"_s;
    QByteArray m_allOutput; // everything every child printed

    struct Run
    {
        int code = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
    };

    QString db() const { return m_dir.filePath(u"cache.sqlite"_s); }

    QStringList account(const QString &token) const
    {
        return {u"--url"_s, m_server->baseUrl().toString(), u"--org"_s, m_server->orgSlug(), u"--token"_s, token};
    }

    // Runs lookoutctl; with killAfterRequests > 0 it is killed killDelayMs after the server answered
    // that many of its requests (if it is still running then).
    Run run(const QStringList &arguments, int killAfterRequests = 0, int killDelayMs = 0)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"SENTRY_AUTH_TOKEN", "SENTRY_URL", "SENTRY_ORG", "SENTRY_PROJECT"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"HOME"_s, m_dir.path()); // no .sentryclirc of the person running the tests
        env.insert(u"QT_LOGGING_RULES"_s, u"lookout.*=true"_s); // every log line the client has, to look for the token
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        int answered = 0;
        const QMetaObject::Connection killer = connect(m_server.get(), &FakeSentry::requestHandled, &process, [&] {
            if (killAfterRequests > 0 && ++answered == killAfterRequests)
                QTimer::singleShot(killDelayMs, &process, [&process] { process.kill(); });
        });
        process.start(QStringLiteral(LOOKOUTCTL_PATH), QStringList {u"--db"_s, db()} + arguments);
        if (!process.waitForStarted())
            return {};
        QSignalSpy finished(&process, &QProcess::finished);
        // The fake server lives on this thread: its event loop must run while the child waits.
        if (process.state() != QProcess::NotRunning)
            finished.wait(120'000);
        disconnect(killer);
        Run result;
        result.crashed = process.exitStatus() == QProcess::CrashExit;
        result.code = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        m_allOutput += result.out + result.err;
        return result;
    }

    static qint64 scalar(sqlite3 *db, const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    }

    // The cache after a kill: sound, and nothing in it twice.
    QString checkCache()
    {
        sqlite3 *raw = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(db()).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(raw);
            return u"cannot open the cache"_s;
        }
        QString problem;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW) {
            const QString result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            if (result != u"ok"_s)
                problem = u"integrity_check: "_s + result;
        }
        sqlite3_finalize(stmt);
        if (scalar(raw,
                "SELECT count(*) FROM (SELECT 1 FROM issues WHERE sentry_id IS NOT NULL GROUP BY account_id, sentry_id"
                " HAVING count(*) > 1)")
            > 0)
            problem = u"an issue is stored twice"_s;
        if (scalar(raw, "SELECT count(*) FROM (SELECT 1 FROM events GROUP BY event_id HAVING count(*) > 1)") > 0)
            problem = u"an event is stored twice"_s;
        if (scalar(raw, "SELECT count(*) FROM events e LEFT JOIN issues i ON i.id = e.issue_id WHERE i.id IS NULL") > 0)
            problem = u"an event without its issue"_s;
        sqlite3_close(raw);
        return problem;
    }

    // Differences between the cache and the server's issues in the default scope.
    QStringList differences()
    {
        QStringList problems;
        Store store;
        if (!store.open(db()))
            return {store.errorString()};
        SyncStore sync(store);
        const qint64 account
            = sync.findAccount(m_server->baseUrl().adjusted(QUrl::StripTrailingSlash).toString(), m_server->orgSlug())
                  .value_or(0);
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-14);
        const QList<FakeIssue *> expected
            = m_server->data().findIssues([&](const FakeIssue &i) { return i.status == u"unresolved" || i.lastSeen >= since; });
        for (const FakeIssue *issue : expected) {
            const qint64 local = sync.issueBySentryId(account, QString::number(issue->id));
            const std::optional<IssueSummary> row = local ? store.issue(local) : std::nullopt;
            if (!row) {
                problems << u"missing "_s + issue->shortId;
                continue;
            }
            if (row->status != issue->status || row->timesSeen != issue->count
                || row->lastSeen.toMSecsSinceEpoch() != issue->lastSeen.toMSecsSinceEpoch())
                problems << u"differs: "_s + issue->shortId;
            const std::optional<StoredEvent> latest = store.latestEvent(local);
            const QList<const FakeEvent *> events = m_server->data().issueEvents(issue->id);
            if (!events.isEmpty() && (!latest || latest->eventId != events.constFirst()->eventId))
                problems << u"latest event of "_s + issue->shortId;
        }
        if (store.issueCount({}) != expected.size())
            problems << u"%1 issues here, %2 on the server"_s.arg(store.issueCount({})).arg(expected.size());
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<FakeSentry>();
        SeedOptions seed;
        seed.kind = SeedOptions::Kind::Bench;
        seed.issues = 500;
        seed.eventsPerIssue = 2;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        seed.anchor = QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::UTC);
        m_server->seed(seed);
        m_server->setToken(m_token);
        m_server->setLatency(std::chrono::milliseconds(5));
        QVERIFY(m_server->listen());
    }

    void killedSyncsResumeAndConverge()
    {
        QRandomGenerator random(20261120);
        int killed = 0;
        for (int attempt = 0; attempt < 10; ++attempt) {
            // Each run reads organisations and projects again, then goes on where the last one stopped.
            const Run result
                = run(QStringList {u"sync"_s} + account(m_token), int(random.bounded(2, 9)), int(random.bounded(0, 40)));
            killed += result.crashed ? 1 : 0;
            const QString problem = checkCache();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QVERIFY2(killed >= 5, "too few runs were killed mid-way to test anything");

        const Run last = run(QStringList {u"sync"_s} + account(m_token));
        QVERIFY2(last.code == 0, last.err.constData());
        QVERIFY2(last.out.contains("Synced "), last.out.constData());
        QVERIFY(checkCache().isEmpty());
        const QStringList problems = differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Synced issues read like imported ones.
        const FakeIssue &first = m_server->data().issues().first();
        const Run shown = run({u"show"_s, first.shortId});
        QVERIFY2(shown.code == 0 && shown.out.contains(first.title.toUtf8()), shown.err.constData());
        const Run json = run({u"show"_s, first.shortId, u"--json"_s});
        QCOMPARE(json.code, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"eventID"_s).toString(),
            m_server->data().issueEvents(first.id).constFirst()->eventId);

        // Converged: nothing left to fetch.
        const Run again = run(QStringList {u"sync"_s} + account(m_token));
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("(incremental)"), again.out.constData());
        QVERIFY2(again.out.contains("0 stored"), again.out.constData());
        QVERIFY(!m_allOutput.contains(m_token.toUtf8()));
    }

    void wrongTokenIsAClearErrorWithoutTheToken()
    {
        const QString wrong = u"lookout-wrong-0c1d2e3f4a5b6c7d8e"_s;
        const Run result = run(QStringList {u"sync"_s} + account(wrong));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains("401"), result.err.constData());
        QVERIFY(!result.out.contains(wrong.toUtf8()) && !result.err.contains(wrong.toUtf8()));
        const Run missing = run({u"sync"_s, u"--url"_s, m_server->baseUrl().toString()});
        QCOMPARE(missing.code, 2);
    }

    void triageCommandsGoThroughTheOutbox()
    {
        FakeIssue *issue = m_server->data().findIssues([](const FakeIssue &i) { return i.status == u"unresolved"; }).first();
        FakeIssue *other = m_server->data().findIssues([](const FakeIssue &i) { return i.status == u"unresolved"; }).last();

        const Run queued = run({u"bookmark"_s, other->shortId, u"--offline"_s});
        QCOMPARE(queued.code, 0);
        QVERIFY(!other->isBookmarked);
        const Run listed = run({u"outbox"_s});
        QVERIFY2(listed.out.contains("pending") && listed.out.contains(other->shortId.toUtf8()), listed.out.constData());

        const Run resolved = run(QStringList {u"resolve"_s, issue->shortId} + account(m_token));
        QVERIFY2(resolved.code == 0, resolved.err.constData());
        QVERIFY2(resolved.out.contains("sent 2"), resolved.out.constData());
        QCOMPARE(issue->status, u"resolved"_s);
        QVERIFY(other->isBookmarked);

        const Run refused = run(QStringList {u"assign"_s, issue->shortId, u"--to"_s, u"nobody@example.com"_s} + account(m_token));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("Unknown actor input"), refused.err.constData());
        const Run failed = run({u"outbox"_s});
        QVERIFY2(failed.out.contains("failed") && failed.out.contains("Unknown actor input"), failed.out.constData());
        QVERIFY(!m_allOutput.contains(m_token.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestLookoutctlSync)
#include "TestLookoutctlSync.moc"
