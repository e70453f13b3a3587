#include "CacheSnapshot.h"
#include "FakeSentry.h"
#include "TestData.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/Outbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <sqlite3.h>

#include <memory>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

namespace {

// When to SIGKILL a child: afterMs >= 0, that long after its start; afterPuts > 0, delayMs after the
// server answered that many PUTs (triage actions); afterRequests > 0, likewise after any requests.
struct Kill
{
    int afterMs = -1;
    int afterRequests = 0;
    int afterPuts = 0;
    int delayMs = 0;
};

} // namespace

// The real lookoutctl killed (SIGKILL) at random points of an import, a sync and an outbox send:
// after every kill the cache is sound (integrity_check), nothing committed is lost or stored twice,
// and a last run converges to exactly what an uninterrupted one gives. The fake Sentry is served
// from this process and counts what it received, so no triage action may be lost or applied twice.
//
// LOOKOUT_CRASH_KILLS sets the kills per scenario (default 50; the asan preset runs fewer, see
// tests/CMakeLists.txt); LOOKOUT_CRASH_SEED replays a run (the seed is printed).
class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeSentry> m_server;
    const QString m_token = u"lookout-crash-8d2f6a1c93e04b75"_s;
    int m_kills = 50;
    quint32 m_seed = 0;

    struct Run
    {
        bool killed = false;
        int code = -1;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
    };

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList account() const
    {
        return {u"--url"_s, m_server->baseUrl().toString(), u"--org"_s, m_server->orgSlug(), u"--token"_s, m_token};
    }

    // Runs lookoutctl on the cache db, killed as kill says (if it is still running then).
    Run run(const QString &db, const QStringList &arguments, const Kill &kill = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"SENTRY_AUTH_TOKEN", "SENTRY_URL", "SENTRY_ORG", "SENTRY_PROJECT"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"LOOKOUT_TOKEN_STORE"_s, u"file"_s);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        int requests = 0;
        int puts = 0;
        QMetaObject::Connection counter;
        if (m_server && (kill.afterRequests > 0 || kill.afterPuts > 0)) {
            counter = connect(m_server.get(), &FakeSentry::requestHandled, &process, [&](const FakeSentry::RequestRecord &r) {
                const bool fire = (kill.afterRequests > 0 && ++requests == kill.afterRequests)
                    || (kill.afterPuts > 0 && r.method == "PUT" && ++puts == kill.afterPuts);
                if (fire)
                    QTimer::singleShot(kill.delayMs, &process, [&process] { process.kill(); });
            });
        }
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(LOOKOUTCTL_PATH), QStringList {u"--db"_s, db} + arguments);
        if (!process.waitForStarted())
            return {};
        if (kill.afterMs >= 0)
            QTimer::singleShot(kill.afterMs, &process, [&process] { process.kill(); });
        QSignalSpy finished(&process, &QProcess::finished);
        // The fake server lives on this thread: its event loop runs while the child works.
        if (process.state() != QProcess::NotRunning)
            finished.wait(120'000);
        disconnect(counter);
        Run result;
        result.elapsedMs = timer.elapsed();
        result.killed = process.exitStatus() == QProcess::CrashExit;
        result.code = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    void startServer(int issues)
    {
        m_server = std::make_unique<FakeSentry>();
        SeedOptions seed;
        seed.kind = SeedOptions::Kind::Bench;
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
        bool ok = false;
        const int kills = qEnvironmentVariableIntValue("LOOKOUT_CRASH_KILLS", &ok);
        if (ok && kills > 0)
            m_kills = kills;
        const int seed = qEnvironmentVariableIntValue("LOOKOUT_CRASH_SEED", &ok);
        m_seed = ok ? quint32(seed) : quint32(QDateTime::currentMSecsSinceEpoch() % 1000000);
        qInfo("kills per scenario: %d, seed: %u (LOOKOUT_CRASH_SEED=%u replays it)", m_kills, m_seed, m_seed);
    }

    void importKilledAtRandomPoints()
    {
        // 4500 events of 60 issues: three batches of the importer's 2000, so kills land before,
        // between and inside commits.
        const QString file = path(u"events.jsonl"_s);
        QStringList expectedIds;
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            const double start = 1763640000.0;
            for (int i = 0; i < 4500; ++i) {
                const QString id = u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
                expectedIds << id;
                out.write(test::eventLine(
                              id, start + i * 7.5, u"Error%1"_s.arg(i % 60), u"handler%1"_s.arg(i % 7), u"user-%1"_s.arg(i % 97))
                    + '\n');
            }
        }
        const QStringList import {u"import"_s, u"--project"_s, u"crash"_s, file};

        // The uninterrupted import: what every killed series must converge to, and how long it takes.
        const QString reference = path(u"reference.sqlite"_s);
        const Run full = run(reference, import);
        QVERIFY2(full.code == 0, full.err.constData());
        const test::CacheSnapshot expected = test::cacheSnapshot(reference);
        QVERIFY2(expected.problem.isEmpty(), qPrintable(expected.problem));
        QCOMPARE(expected.eventIds, expectedIds);
        const int window = int(full.elapsedMs) + 20;

        QRandomGenerator random(m_seed);
        const QString db = path(u"import.sqlite"_s);
        int killed = 0;
        int rounds = 0;
        while (killed < m_kills) {
            // A round starts from nothing and kills until an import gets to its end.
            test::removeCache(db);
            ++rounds;
            test::CacheSnapshot before;
            for (int attempt = 0; attempt < 20 && killed < m_kills; ++attempt) {
                const int at = int(random.bounded(window));
                const Run result = run(db, import, {.afterMs = at});
                const test::CacheSnapshot after = test::cacheSnapshot(db);
                QVERIFY2(after.problem.isEmpty(),
                    qPrintable(u"after a kill at %1 ms (seed %2): %3"_s.arg(at).arg(m_seed).arg(after.problem)));
                // Committed events stay; what is stored is always a prefix of the file, in its order.
                QVERIFY2(after.eventIds.size() >= before.eventIds.size()
                        && after.eventIds == expectedIds.mid(0, after.eventIds.size()),
                    qPrintable(u"kill at %1 ms (seed %2): %3 events before, %4 after"_s.arg(at)
                            .arg(m_seed)
                            .arg(before.eventIds.size())
                            .arg(after.eventIds.size())));
                before = after;
                if (!result.killed) {
                    QVERIFY2(result.code == 0, result.err.constData());
                    break;
                }
                ++killed;
            }
            // Whatever was left, a last run completes it, exactly as an uninterrupted import.
            const Run last = run(db, import);
            QVERIFY2(last.code == 0, last.err.constData());
            const test::CacheSnapshot done = test::cacheSnapshot(db);
            QVERIFY2(done.problem.isEmpty(), qPrintable(done.problem));
            QCOMPARE(done.eventIds, expected.eventIds);
            QCOMPARE(done.issues, expected.issues);
            qInfo("import round %d done: %d kills so far", rounds, killed);
        }
        qInfo("import: %d kills in %d rounds, full import %lld ms", killed, rounds, full.elapsedMs);
    }

    void syncKilledAtRandomPoints()
    {
        startServer(300);
        const QStringList sync = QStringList {u"sync"_s, u"--no-health"_s} + account();
        const QString reference = path(u"sync-reference.sqlite"_s);
        const qsizetype before = m_server->requests().size();
        const Run full = run(reference, sync);
        QVERIFY2(full.code == 0, full.err.constData());
        const int requests = int(m_server->requests().size() - before);
        const test::CacheSnapshot expected = test::cacheSnapshot(reference);
        QVERIFY2(expected.problem.isEmpty(), qPrintable(expected.problem));
        QVERIFY(!expected.eventIds.isEmpty());

        QRandomGenerator random(m_seed + 1);
        const QString db = path(u"sync.sqlite"_s);
        int killed = 0;
        int rounds = 0;
        while (killed < m_kills) {
            test::removeCache(db);
            ++rounds;
            test::CacheSnapshot before;
            for (int attempt = 0; attempt < 20 && killed < m_kills; ++attempt) {
                const int after = int(random.bounded(1, requests + 1));
                const int delay = int(random.bounded(15));
                const Run result = run(db, sync, {.afterRequests = after, .delayMs = delay});
                const test::CacheSnapshot now = test::cacheSnapshot(db);
                const QString where = u"kill after request %1 + %2 ms (seed %3)"_s.arg(after).arg(delay).arg(m_seed);
                QVERIFY2(now.problem.isEmpty(), qPrintable(where + u": "_s + now.problem));
                // Nothing committed is lost: every event stored before is still there.
                const QSet<QString> had(before.eventIds.cbegin(), before.eventIds.cend());
                const QSet<QString> has(now.eventIds.cbegin(), now.eventIds.cend());
                QVERIFY2(has.contains(had), qPrintable(where + u": events were lost"_s));
                before = now;
                if (!result.killed) {
                    QVERIFY2(result.code == 0, result.err.constData());
                    break;
                }
                ++killed;
            }
            const Run last = run(db, sync);
            QVERIFY2(last.code == 0, last.err.constData());
            const test::CacheSnapshot done = test::cacheSnapshot(db);
            QVERIFY2(done.problem.isEmpty(), qPrintable(done.problem));
            QCOMPARE(QSet<QString>(done.eventIds.cbegin(), done.eventIds.cend()),
                QSet<QString>(expected.eventIds.cbegin(), expected.eventIds.cend()));
            QCOMPARE(done.issues, expected.issues);
        }
        qInfo("sync: %d kills in %d rounds, a full sync makes %d requests in %lld ms", killed, rounds, requests, full.elapsedMs);
    }

    // Triage actions queued offline, sent by `lookoutctl outbox --send` killed mid-send again and
    // again. An update sets absolute state, so the one in flight at a kill may reach Sentry twice
    // (sent again since its answer was never recorded); one recorded as done is never sent again,
    // and a merge is checked on Sentry before it is sent again. None is lost.
    void outboxSurvivesKills()
    {
        startServer(1000);
        const QString db = path(u"outbox.sqlite"_s);
        test::removeCache(db);
        const Run synced = run(db, QStringList {u"sync"_s, u"--no-health"_s, u"--no-events"_s} + account());
        QVERIFY2(synced.code == 0, synced.err.constData());

        QRandomGenerator random(m_seed + 2);
        QList<FakeIssue *> open
            = m_server->data().findIssues([](const FakeIssue &i) { return i.status == u"unresolved" && i.mergedInto == 0; });
        // The key under which the server's request log names an entry's request.
        const QString org = m_server->orgSlug();
        const auto keyOf = [&](const FakeSentry::RequestRecord &r) -> QString {
            const QString prefix = u"/api/0/organizations/"_s + org + u"/issues/"_s;
            if (r.method != "PUT" || !r.path.startsWith(prefix))
                return {};
            const QString rest = r.path.mid(prefix.size()).remove(u'/');
            if (!rest.isEmpty())
                return rest;
            QStringList ids = QUrlQuery(r.query).allQueryItemValues(u"id"_s);
            ids.sort();
            return ids.join(u',');
        };
        const auto received = [&] {
            QHash<QString, int> counts;
            for (const FakeSentry::RequestRecord &r : m_server->requests()) {
                if (r.status >= 200 && r.status < 300) {
                    if (const QString key = keyOf(r); !key.isEmpty())
                        ++counts[key];
                }
            }
            return counts;
        };

        Store store;
        QVERIFY(store.open(db));
        SyncStore syncStore(store);
        struct Action
        {
            TriageAction::Kind kind;
            QList<FakeIssue *> issues;
            QString key;
        };
        QList<Action> actions;
        int killed = 0;
        const QHash<QString, int> receivedBefore = received();
        QElapsedTimer elapsed;
        elapsed.start();
        QHash<QString, int> doneCounts; // entries recorded as done, and what the server had of them then
        while (killed < m_kills) {
            // A batch of actions, each on issues of its own: 12 updates and a merge of two issues.
            QHash<qint64, QString> keys; // outbox entry -> server key
            for (int i = 0; i < 13; ++i) {
                QVERIFY2(open.size() >= 2, "the fake server ran out of issues");
                FakeIssue *issue = open.takeFirst();
                // Each action changes something on its issue, so the server's state shows it arrived.
                TriageAction::Kind kind = i % 2 == 0 ? TriageAction::Kind::Resolve : TriageAction::Kind::Ignore;
                if (i % 4 == 1 && !issue->isBookmarked)
                    kind = TriageAction::Kind::Bookmark;
                else if (i % 4 == 3 && !issue->hasSeen)
                    kind = TriageAction::Kind::MarkSeen;
                Action action {i == 12 ? TriageAction::Kind::Merge : kind, {issue}, {}};
                if (action.kind == TriageAction::Kind::Merge)
                    action.issues << open.takeFirst();
                TriageAction triage;
                triage.kind = action.kind;
                QStringList ids;
                for (FakeIssue *issue : std::as_const(action.issues)) {
                    const qint64 local = syncStore.issueBySentryId(1, QString::number(issue->id));
                    QVERIFY(local != 0);
                    triage.issueIds << local;
                    ids << QString::number(issue->id);
                }
                ids.sort();
                action.key = ids.join(u',');
                QString error;
                const std::optional<Outbox::Queued> queued
                    = Outbox::queue(syncStore, triage, QDateTime::currentDateTimeUtc(), &error);
                QVERIFY2(queued && queued->entryIds.size() == 1, qPrintable(error));
                keys.insert(queued->entryIds.constFirst(), action.key);
                actions << action;
            }

            for (int attempt = 0; attempt < 40 && killed < m_kills; ++attempt) {
                const int afterPuts = int(random.bounded(1, 4));
                const int delay = int(random.bounded(12));
                const Run result
                    = run(db, QStringList {u"outbox"_s, u"--send"_s} + account(), {.afterPuts = afterPuts, .delayMs = delay});
                const QString where = u"kill after PUT %1 + %2 ms (seed %3)"_s.arg(afterPuts).arg(delay).arg(m_seed);
                const test::CacheSnapshot now = test::cacheSnapshot(db);
                QVERIFY2(now.problem.isEmpty(), qPrintable(where + u": "_s + now.problem));
                const QHash<QString, int> counts = received();
                // An action recorded as done is never sent again.
                for (auto it = doneCounts.cbegin(); it != doneCounts.cend(); ++it)
                    QVERIFY2(counts.value(it.key()) == it.value(), qPrintable(where + u": "_s + it.key() + u" was sent again"_s));
                for (const QString &line : now.outbox) {
                    const qint64 id = line.section(u' ', 0, 0).toLongLong();
                    const QString state = line.section(u' ', 1);
                    QVERIFY2(state != u"failed"_s, qPrintable(where + u": entry refused"_s));
                    if (state == u"done"_s && keys.contains(id) && !doneCounts.contains(keys.value(id)))
                        doneCounts.insert(keys.value(id), counts.value(keys.value(id)));
                }
                if (!result.killed) {
                    QVERIFY2(result.code == 0, result.out.constData());
                    QVERIFY2(result.out.contains("still queued 0"), result.out.constData());
                    break;
                }
                ++killed;
            }
        }
        // A last send leaves nothing queued.
        const Run last = run(db, QStringList {u"outbox"_s, u"--send"_s} + account());
        QVERIFY2(last.code == 0 && last.out.contains("still queued 0"), last.out.constData());
        const test::CacheSnapshot done = test::cacheSnapshot(db);
        for (const QString &line : done.outbox)
            QVERIFY2(line.endsWith(u" done"_s), qPrintable(line));

        // Every action reached Sentry and did what it says; at most the one in flight at each kill twice.
        const QHash<QString, int> counts = received();
        int twice = 0;
        for (const Action &action : std::as_const(actions)) {
            const int n = counts.value(action.key) - receivedBefore.value(action.key);
            QVERIFY2(n >= 1, qPrintable(action.key + u" never reached Sentry"_s));
            twice += n - 1;
            const FakeIssue &issue = *action.issues.constFirst();
            switch (action.kind) {
            case TriageAction::Kind::Resolve:
                QCOMPARE(issue.status, u"resolved"_s);
                break;
            case TriageAction::Kind::Ignore:
                QCOMPARE(issue.status, u"ignored"_s);
                break;
            case TriageAction::Kind::Bookmark:
                QVERIFY(issue.isBookmarked);
                break;
            case TriageAction::Kind::MarkSeen:
                QVERIFY(issue.hasSeen);
                break;
            case TriageAction::Kind::Merge:
                // Merged once: one of the two went into the other (a second merge would be refused).
                QVERIFY((action.issues[0]->mergedInto != 0) != (action.issues[1]->mergedInto != 0));
                QCOMPARE(n, 1);
                break;
            default:
                break;
            }
        }
        QVERIFY2(twice <= killed, qPrintable(u"%1 actions sent twice in %2 kills"_s.arg(twice).arg(killed)));
        qInfo("outbox: %d kills in %lld ms, %lld actions, %d sent a second time after a kill in flight", killed,
            elapsed.elapsed(), qint64(actions.size()), twice);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
