#include "sync/SyncScheduler.h"

#include "api/Waiter.h"
#include "core/Clock.h"

#include <QNetworkInformation>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

constexpr qint64 kMaxBackoffSecs = 30 * 60;

} // namespace

AutoSyncSettings AutoSyncSettings::load(QSettings &settings)
{
    AutoSyncSettings result;
    result.enabled = settings.value(u"sync/auto"_s, result.enabled).toBool();
    result.intervalMinutes = std::clamp(settings.value(u"sync/intervalMinutes"_s, result.intervalMinutes).toInt(), 1, 24 * 60);
    return result;
}

void AutoSyncSettings::save(QSettings &settings) const
{
    settings.setValue(u"sync/auto"_s, enabled);
    settings.setValue(u"sync/intervalMinutes"_s, intervalMinutes);
}

SyncScheduler::SyncScheduler(QObject *parent)
    : QObject(parent)
    , m_clock(SystemClock::instance())
    , m_ownWaiter(std::make_unique<TimerWaiter>(SystemClock::instance()))
    , m_waiter(*m_ownWaiter)
{ }

SyncScheduler::SyncScheduler(const Clock &clock, Waiter &waiter, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_waiter(waiter)
{ }

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::setSettings(const AutoSyncSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    planNext();
}

void SyncScheduler::start()
{
    m_started = true;
    planNext();
}

void SyncScheduler::stop()
{
    m_started = false;
    unschedule();
}

qint64 SyncScheduler::delaySecs(int failures) const
{
    const qint64 interval = 60 * qint64(std::max(1, m_settings.intervalMinutes));
    if (failures <= 0)
        return interval;
    const qint64 cap = std::max(interval, kMaxBackoffSecs);
    qint64 delay = interval;
    for (int i = 1; i < failures && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

void SyncScheduler::planNext()
{
    if (!m_started || !m_settings.enabled || m_syncRunning) {
        unschedule();
        return;
    }
    // From the end of the last sync, so changing the interval does not restart the wait.
    const QDateTime now = m_clock.now();
    const QDateTime base = m_lastFinished.isValid() ? m_lastFinished : now;
    schedule(std::max(now, base.addSecs(delaySecs(m_failures))));
}

void SyncScheduler::schedule(const QDateTime &at)
{
    m_waitContext = std::make_unique<QObject>();
    m_waiter.waitUntil(at, m_waitContext.get(), [this] { due(); });
    if (at != m_next) {
        m_next = at;
        Q_EMIT nextSyncChanged(m_next);
    }
}

void SyncScheduler::unschedule()
{
    m_waitContext.reset();
    if (m_next.isValid()) {
        m_next = QDateTime();
        Q_EMIT nextSyncChanged(m_next);
    }
}

void SyncScheduler::due()
{
    m_waitContext.reset();
    if (!m_started || !m_settings.enabled || m_syncRunning)
        return;
    if (!m_online) {
        // Known to fail: count it as failed without trying, and wait for the network.
        ++m_failures;
        m_lastFinished = m_clock.now();
        planNext();
        return;
    }
    m_next = QDateTime();
    Q_EMIT syncDue();
    // Nobody started one (the engine was busy sending the outbox): try again an interval later.
    if (!m_syncRunning) {
        m_lastFinished = m_clock.now();
        planNext();
    }
}

void SyncScheduler::syncStarted()
{
    m_syncRunning = true;
    unschedule();
}

void SyncScheduler::syncFinished(Result result)
{
    m_syncRunning = false;
    m_lastFinished = m_clock.now();
    if (result == Result::NetworkError)
        ++m_failures;
    else
        m_failures = 0;
    planNext();
}

SyncScheduler::Result SyncScheduler::resultOf(const SyncSummary &summary)
{
    switch (summary.outcome) {
    case SyncSummary::Outcome::Completed:
        return Result::Completed;
    case SyncSummary::Outcome::Cancelled:
        return Result::Cancelled;
    case SyncSummary::Outcome::Failed:
        break;
    }
    if (summary.offline)
        return Result::NetworkError;
    // Failures the run could not classify: by the transport's messages, in English only (they are
    // translated in the window; every failed request the run makes sets offline itself).
    if (summary.error.contains(u"The connection to "_s) || summary.error.contains(u" did not answer in time"_s))
        return Result::NetworkError;
    return Result::OtherError;
}

void SyncScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    // Back after failures or skipped syncs: no need to wait out the back-off.
    if (online && m_failures > 0 && m_started && m_settings.enabled && !m_syncRunning)
        schedule(m_clock.now().addSecs(backOnlineDelaySecs));
}

bool SyncScheduler::watchNetworkInformation()
{
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance())
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        // Unknown counts as online: only a definite "disconnected" skips syncs.
        setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    return true;
}

} // namespace lookout
