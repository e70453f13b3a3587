#include "IssueListModel.h"
#include "MainWindow.h"
#include "Watchdog.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/SyncController.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lookout;
using namespace Qt::StringLiterals;

// The window stays responsive while a sync of 50,000 issues runs: the sync works on its own thread,
// and what the window does with it (progress, new issues, the refresh at the end) never holds the
// event loop for more than 50 ms. The fake Sentry runs as its own process so that serving the pages
// is not counted against this thread.
class TestSyncResponsiveness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    QUrl m_url;
    QString m_org;
    const QString m_token = u"lookout-watchdog-52e8a1b0c7d4f963"_s;
    int m_issues = 50000; // LOOKOUT_WATCHDOG_ISSUES: fewer under the asan preset, where a sync is much slower

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        bool set = false;
        const int issues = qEnvironmentVariableIntValue("LOOKOUT_WATCHDOG_ISSUES", &set);
        if (set && issues > 0)
            m_issues = issues;
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(QStringLiteral(FAKESENTRY_PATH),
            {u"--seed"_s, u"bench"_s, u"--issues"_s, QString::number(m_issues), u"--events-per-issue"_s, u"1"_s,
                u"--rate-limit"_s, u"0"_s, u"--token"_s, m_token});
        QElapsedTimer started;
        started.start();
        QVERIFY(m_server.waitForStarted());
        // It prints its URL and organisation once it listens (seeding 50,000 issues takes a moment).
        QByteArray head;
        QTRY_VERIFY_WITH_TIMEOUT((head += m_server.readAllStandardOutput()).count('\n') >= 2, 120'000);
        for (const QByteArray &line : head.split('\n')) {
            if (line.startsWith("url "))
                m_url = QUrl(QString::fromUtf8(line.mid(4)));
            else if (line.startsWith("org "))
                m_org = QString::fromUtf8(line.mid(4));
        }
        QVERIFY(m_url.isValid() && !m_org.isEmpty());
        qInfo("fakesentry with %d issues ready in %lld ms", m_issues, started.elapsed());
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void syncOf50000IssuesKeepsTheWindowResponsive()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"cache.sqlite"_s)));
        QVERIFY(SyncStore(store).ensureAccount(m_url.toString(), m_org) != 0);
        MainWindow window(&store, &SystemClock::instance());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncController *sync = window.syncController();
        sync->setTokenResolver([this](const QString &, const QString &, QString *) { return std::optional<QString>(m_token); });

        SyncOptions options;
        options.scope.events = false; // 50,000 issues, not 50,000 event requests as well
        options.scope.releases = options.scope.sessions = false;
        options.scope.listings = {{QString(), u"14d"_s}}; // one listing: every issue once
        QSignalSpy finished(sync, &SyncController::finished);
        QSignalSpy progress(sync, &SyncController::progress);
        // 50 ms; LOOKOUT_STALL_LIMIT_MS raises it where everything is slower (the asan preset).
        const qint64 limitMs = test::Watchdog::limitFromEnvironment();
        test::Watchdog watchdog(limitMs);
        watchdog.start();
        QElapsedTimer elapsed;
        elapsed.start();
        sync->syncNow(options);
        QVERIFY(finished.wait(600'000));
        const qint64 syncMs = elapsed.elapsed();
        // What the window does after the sync (reading the list again) counts too.
        QTRY_VERIFY_WITH_TIMEOUT(window.issueModel()->totalCount() > 0, 60'000);
        // Keep watching while the event loop turns a while longer after the list's refresh.
        const qint64 turnsAfterSync = watchdog.turns;
        QTRY_VERIFY_WITH_TIMEOUT(watchdog.turns >= turnsAfterSync + 50, 60'000);
        watchdog.stop();

        qInfo("sync of %d issues: %lld ms; event loop: %lld turns, longest gap %lld ms (%lld ms on the wall clock, with"
              " the waits for a CPU), %lld gaps over %lld ms (worst: %s)",
            m_issues, syncMs, watchdog.turns, watchdog.longestGap, watchdog.longestWallGap, qint64(watchdog.stalls.size()),
            limitMs, qPrintable(watchdog.worstStalls()));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        QVERIFY2(store.issueCount({}) >= m_issues * 98 / 100, qPrintable(QString::number(store.issueCount({}))));
        QVERIFY(progress.size() > 10);
        QVERIFY2(watchdog.longestGap < limitMs, qPrintable(u"the event loop stalled for %1 ms"_s.arg(watchdog.longestGap)));
    }
};

QTEST_MAIN(TestSyncResponsiveness)
#include "TestSyncResponsiveness.moc"
