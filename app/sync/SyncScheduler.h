#pragma once

#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace lookout {

class Clock;
class Waiter;

// Automatic sync, kept in QSettings under "sync/".
struct AutoSyncSettings
{
    bool enabled = true;
    int intervalMinutes = 5;

    static AutoSyncSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const AutoSyncSettings &other) const = default;
};

// When the next automatic sync is due. It never starts one itself: it emits syncDue() and is told
// about every sync, automatic or not (syncStarted, syncFinished), so a sync the user started moves
// the next one back and none is due while one runs. After a failed connection it waits longer each
// time (the interval, doubled per failure, up to 30 minutes or the interval if longer) and skips
// syncs while the network is known to be down; when the network comes back it syncs within
// seconds. Time comes from the Clock and every wait goes through the Waiter, so tests run it in
// virtual time.
//
//   scheduler.setSettings(AutoSyncSettings::load(settings));
//   scheduler.watchNetworkInformation();
//   connect(&scheduler, &SyncScheduler::syncDue, window, [&] { if (!engine.isBusy()) engine.sync(); });
//   connect(&engine, &SyncEngine::finished, &scheduler, [&](const SyncSummary &s) {
//       scheduler.syncFinished(SyncScheduler::resultOf(s)); });
//   // and scheduler.syncStarted() wherever engine.sync() is called
//   scheduler.start();
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    enum class Result { Completed, NetworkError, OtherError, Cancelled };
    Q_ENUM(Result)

    // Real time.
    explicit SyncScheduler(QObject *parent = nullptr);
    SyncScheduler(const Clock &clock, Waiter &waiter, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setSettings(const AutoSyncSettings &settings);
    const AutoSyncSettings &settings() const { return m_settings; }

    // Plans the first sync one interval from now (a sync at startup is the caller's own call).
    void start();
    void stop();

    void syncStarted();
    void syncFinished(Result result);
    // How a sync ended, as far as scheduling cares: SyncSummary::offline, else the transport's
    // messages ("The connection to HOST failed", "HOST did not answer in time").
    static Result resultOf(const SyncSummary &summary);

    // false: the system says there is no network (syncs are skipped, not tried); true after false:
    // sync soon.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // Follows QNetworkInformation's reachability where the platform has a backend; false if not.
    bool watchNetworkInformation();

    bool isRunning() const { return m_started; }
    bool isSyncRunning() const { return m_syncRunning; }
    int networkFailures() const { return m_failures; }
    // Invalid while none is planned: automatic sync off, not started, or a sync running.
    QDateTime nextSyncAt() const { return m_next; }
    // The wait after `failures` failed connections in a row.
    qint64 delaySecs(int failures) const;

    static constexpr qint64 backOnlineDelaySecs = 5;

Q_SIGNALS:
    void syncDue();
    void nextSyncChanged(const QDateTime &at);

private:
    void schedule(const QDateTime &at);
    void unschedule();
    void due();
    void planNext();

    const Clock &m_clock;
    std::unique_ptr<Waiter> m_ownWaiter; // before m_waiter, which may refer to it
    Waiter &m_waiter;
    AutoSyncSettings m_settings;
    QDateTime m_next;
    QDateTime m_lastFinished;
    std::unique_ptr<QObject> m_waitContext; // deleting it drops the pending wait
    bool m_started = false;
    bool m_syncRunning = false;
    bool m_online = true;
    int m_failures = 0;
};

} // namespace lookout
