#include "MockClock.h"
#include "api/Waiter.h"
#include "sync/SyncScheduler.h"

#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

// Waits that fire only when the test moves the clock past them, earliest first; a wait whose
// context is gone is dropped without touching the clock.
class ManualWaiter final : public Waiter
{
public:
    explicit ManualWaiter(test::MockClock &clock)
        : m_clock(clock)
    { }

    void waitUntil(const QDateTime &deadline, const QObject *context, std::function<void()> fn) override
    {
        m_pending.append({deadline, context, std::move(fn)});
    }

    // Moves the clock by secs, firing every live wait that falls due on the way, at its deadline.
    void advance(qint64 secs)
    {
        const QDateTime end = m_clock.now().addSecs(secs);
        for (;;) {
            m_pending.removeIf([](const Pending &p) { return !p.context; });
            const auto next = std::min_element(
                m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) { return a.deadline < b.deadline; });
            if (next == m_pending.end() || next->deadline > end)
                break;
            const Pending due = *next;
            m_pending.erase(next);
            m_clock.set(std::max(m_clock.now(), due.deadline));
            if (due.context)
                due.fn();
        }
        m_clock.set(end);
    }

    int live() const
    {
        return int(std::count_if(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) { return !p.context.isNull(); }));
    }

private:
    struct Pending
    {
        QDateTime deadline;
        QPointer<const QObject> context;
        std::function<void()> fn;
    };
    test::MockClock &m_clock;
    QList<Pending> m_pending;
};

constexpr qint64 kMinute = 60;

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC));
        m_waiter = std::make_unique<ManualWaiter>(m_clock);
        m_scheduler = std::make_unique<SyncScheduler>(m_clock, *m_waiter);
        m_started = QDateTime();
        m_dueAt.clear();
        // Stands in for the window: a due sync starts at once, unless the engine is busy.
        connect(m_scheduler.get(), &SyncScheduler::syncDue, m_scheduler.get(), [this] {
            m_dueAt << m_clock.now();
            if (!m_engineBusy) {
                m_started = m_clock.now();
                m_scheduler->syncStarted();
            }
        });
        m_engineBusy = false;
    }

    void everyIntervalByDefault()
    {
        QCOMPARE(m_scheduler->settings().intervalMinutes, 5);
        QVERIFY(m_scheduler->settings().enabled);
        QVERIFY(!m_scheduler->nextSyncAt().isValid()); // not started
        QSignalSpy next(m_scheduler.get(), &SyncScheduler::nextSyncChanged);
        const QDateTime t0 = m_clock.now();
        m_scheduler->start();
        QCOMPARE(m_scheduler->nextSyncAt(), t0.addSecs(5 * kMinute));
        QCOMPARE(next.constLast().constFirst().toDateTime(), t0.addSecs(5 * kMinute));

        m_waiter->advance(5 * kMinute - 1);
        QVERIFY(m_dueAt.isEmpty());
        m_waiter->advance(1);
        QCOMPARE(m_dueAt, QList {t0.addSecs(5 * kMinute)});
        QVERIFY(m_scheduler->isSyncRunning());
        QVERIFY(!m_scheduler->nextSyncAt().isValid()); // none planned while one runs

        // The next is an interval after this one ends, however long it took.
        m_waiter->advance(40);
        m_scheduler->syncFinished(SyncScheduler::Result::Completed);
        QCOMPARE(m_scheduler->nextSyncAt(), m_clock.now().addSecs(5 * kMinute));
        m_waiter->advance(5 * kMinute);
        QCOMPARE(m_dueAt.size(), 2);
        QCOMPARE(m_dueAt.constLast(), t0.addSecs(10 * kMinute + 40));
    }

    void skipsWhileASyncRuns()
    {
        m_scheduler->start();
        // The user syncs by hand a minute in; it runs for ten minutes.
        m_waiter->advance(kMinute);
        m_scheduler->syncStarted();
        m_waiter->advance(10 * kMinute);
        QVERIFY(m_dueAt.isEmpty());
        QCOMPARE(m_waiter->live(), 0);
        m_scheduler->syncFinished(SyncScheduler::Result::Completed);
        const QDateTime finished = m_clock.now();
        m_waiter->advance(5 * kMinute);
        QCOMPARE(m_dueAt, QList {finished.addSecs(5 * kMinute)});
    }

    void dueWhileTheEngineIsBusyTriesAgainLater()
    {
        m_engineBusy = true; // e.g. sending the outbox
        const QDateTime t0 = m_clock.now();
        m_scheduler->start();
        m_waiter->advance(5 * kMinute);
        QCOMPARE(m_dueAt.size(), 1);
        QVERIFY(!m_scheduler->isSyncRunning());
        QCOMPARE(m_scheduler->nextSyncAt(), t0.addSecs(10 * kMinute));
        m_engineBusy = false;
        m_waiter->advance(5 * kMinute);
        QCOMPARE(m_dueAt.size(), 2);
        QVERIFY(m_scheduler->isSyncRunning());
    }

    void backsOffWhileTheNetworkFails()
    {
        m_scheduler->start();
        QList<qint64> waits;
        for (int i = 0; i < 6; ++i) {
            m_waiter->advance(m_clock.now().secsTo(m_scheduler->nextSyncAt()));
            QVERIFY(m_scheduler->isSyncRunning());
            m_scheduler->syncFinished(SyncScheduler::Result::NetworkError);
            waits << m_clock.now().secsTo(m_scheduler->nextSyncAt()) / kMinute;
        }
        QCOMPARE(waits, (QList<qint64> {5, 10, 20, 30, 30, 30}));
        QCOMPARE(m_scheduler->networkFailures(), 6);

        // Any other ending goes back to the interval.
        m_waiter->advance(30 * kMinute);
        m_scheduler->syncFinished(SyncScheduler::Result::OtherError);
        QCOMPARE(m_scheduler->networkFailures(), 0);
        QCOMPARE(m_clock.now().secsTo(m_scheduler->nextSyncAt()), 5 * kMinute);
    }

    void longIntervalsBackOffFromThemselves()
    {
        m_scheduler->setSettings({true, 60});
        QCOMPARE(m_scheduler->delaySecs(0), 60 * kMinute);
        QCOMPARE(m_scheduler->delaySecs(1), 60 * kMinute);
        QCOMPARE(m_scheduler->delaySecs(3), 60 * kMinute); // never longer than the interval asked for
    }

    void backOnlineSyncsSoon()
    {
        m_scheduler->start();
        m_waiter->advance(5 * kMinute);
        m_scheduler->syncFinished(SyncScheduler::Result::NetworkError);
        m_waiter->advance(5 * kMinute);
        m_scheduler->syncFinished(SyncScheduler::Result::NetworkError);
        QCOMPARE(m_clock.now().secsTo(m_scheduler->nextSyncAt()), 10 * kMinute);

        // The system says the network is gone: due syncs are skipped, not tried, and back off.
        m_scheduler->setOnline(false);
        const qsizetype tried = m_dueAt.size();
        m_waiter->advance(10 * kMinute);
        QCOMPARE(m_dueAt.size(), tried);
        QCOMPARE(m_scheduler->networkFailures(), 3);
        QCOMPARE(m_clock.now().secsTo(m_scheduler->nextSyncAt()), 20 * kMinute);

        // It comes back: a sync within seconds rather than in 20 minutes.
        m_waiter->advance(3 * kMinute);
        m_scheduler->setOnline(true);
        QCOMPARE(m_clock.now().secsTo(m_scheduler->nextSyncAt()), SyncScheduler::backOnlineDelaySecs);
        m_waiter->advance(SyncScheduler::backOnlineDelaySecs);
        QCOMPARE(m_dueAt.size(), tried + 1);
        QCOMPARE(m_waiter->live(), 0); // the 20-minute wait is gone
        m_scheduler->syncFinished(SyncScheduler::Result::Completed);
        QCOMPARE(m_clock.now().secsTo(m_scheduler->nextSyncAt()), 5 * kMinute);

        // Online again with nothing failed changes nothing.
        m_scheduler->setOnline(false);
        m_scheduler->setOnline(true);
        QCOMPARE(m_clock.now().secsTo(m_scheduler->nextSyncAt()), 5 * kMinute);
    }

    void settingsChangeThePlan()
    {
        m_scheduler->start();
        m_waiter->advance(2 * kMinute);
        // Switched off: nothing planned, nothing due.
        m_scheduler->setSettings({false, 5});
        QVERIFY(!m_scheduler->nextSyncAt().isValid());
        m_waiter->advance(60 * kMinute);
        QVERIFY(m_dueAt.isEmpty());

        // On again every 15 minutes: counted from the last sync (none yet: from now).
        m_scheduler->setSettings({true, 15});
        QCOMPARE(m_clock.now().secsTo(m_scheduler->nextSyncAt()), 15 * kMinute);
        m_waiter->advance(15 * kMinute);
        QCOMPARE(m_dueAt.size(), 1);
        m_scheduler->syncFinished(SyncScheduler::Result::Completed);
        const QDateTime finished = m_clock.now();

        // A shorter interval set 3 minutes later keeps counting from that sync's end.
        m_waiter->advance(3 * kMinute);
        m_scheduler->setSettings({true, 10});
        QCOMPARE(m_scheduler->nextSyncAt(), finished.addSecs(10 * kMinute));
        // Shorter than what has passed already: due at once.
        m_waiter->advance(5 * kMinute);
        m_scheduler->setSettings({true, 2});
        QCOMPARE(m_scheduler->nextSyncAt(), m_clock.now());
        QCOMPARE(m_waiter->live(), 1);

        m_scheduler->stop();
        QVERIFY(!m_scheduler->nextSyncAt().isValid());
        QCOMPARE(m_waiter->live(), 0);
    }

    void resultsFromSummaries()
    {
        SyncSummary summary;
        QCOMPARE(SyncScheduler::resultOf(summary), SyncScheduler::Result::Completed);
        summary.outcome = SyncSummary::Outcome::Cancelled;
        QCOMPARE(SyncScheduler::resultOf(summary), SyncScheduler::Result::Cancelled);
        summary.outcome = SyncSummary::Outcome::Failed;
        summary.error = u"The sync stopped while reading issues: The connection to sentry.io failed: Host not found. "
                        "The next sync resumes from there."_s;
        QCOMPARE(SyncScheduler::resultOf(summary), SyncScheduler::Result::NetworkError);
        summary.error = u"The sync stopped while reading projects: sentry.io did not answer in time. The next sync resumes "
                        "from there."_s;
        QCOMPARE(SyncScheduler::resultOf(summary), SyncScheduler::Result::NetworkError);
        summary.error = u"The sync stopped while reading organisations: Sentry answered HTTP 401 (the token was not "
                        "accepted): Invalid token. The next sync resumes from there."_s;
        QCOMPARE(SyncScheduler::resultOf(summary), SyncScheduler::Result::OtherError);
    }

    void settingsRoundTrip()
    {
        QSettings settings(u"lookout-test"_s, u"scheduler"_s);
        settings.clear();
        QCOMPARE(AutoSyncSettings::load(settings), AutoSyncSettings());
        AutoSyncSettings changed {false, 15};
        changed.save(settings);
        QCOMPARE(AutoSyncSettings::load(settings), changed);
        settings.setValue(u"sync/intervalMinutes"_s, 0); // nonsense is bounded
        QCOMPARE(AutoSyncSettings::load(settings).intervalMinutes, 1);
        settings.clear();
    }

private:
    test::MockClock m_clock;
    std::unique_ptr<ManualWaiter> m_waiter;
    std::unique_ptr<SyncScheduler> m_scheduler;
    QDateTime m_started;
    QList<QDateTime> m_dueAt;
    bool m_engineBusy = false;
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "TestSyncScheduler.moc"
