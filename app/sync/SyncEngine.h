#pragma once

#include "api/AccountConfig.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace lookout {

class Clock;
class SyncWorker;
class Waiter;

// Mirrors one Sentry account into the cache at dbPath and sends its outbox, off the GUI thread.
// The engine's worker has its own thread, Store connection, QNetworkAccessManager and
// SentryClient; the UI keeps reading its own connection and sees each page once it is committed
// (WAL), announced by dataCommitted().
//
//   engine.setAccount(account);           // url, org, token (AccountConfig)
//   engine.sync(options);                 // outbox first, then the sync; progress(), finished()
//   engine.cancel();                      // at any point; the next sync() resumes
//   Outbox::queue(syncStore, action, ...) // on the UI's own connection: applied at once, queued
//   engine.sendOutbox();                  // sends what is queued; outboxEntryChanged(), outboxFinished()
//
// One sync or send at a time; a second request while one runs finishes at once with an error.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // Works on its own thread in real time.
    explicit SyncEngine(const QString &dbPath, QObject *parent = nullptr);
    // Works on the calling thread with these (tests: MockClock and VirtualWaiter, which are not
    // thread-safe, so the work stays with them).
    SyncEngine(const QString &dbPath, const Clock &clock, Waiter &waiter, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setAccount(const AccountConfig &account) { m_account = account; }
    const AccountConfig &account() const { return m_account; }
    // Requests in flight at once (default 4).
    void setMaxConcurrent(int requests);

    bool isBusy() const { return m_busy; }
    void sync(const SyncOptions &options = {});
    void sendOutbox();
    void cancel();
    // More of a synced issue's events on demand (see EventPager), beside any sync.
    void loadMoreEvents(const AccountConfig &account, qint64 issueId);
    void fetchEvent(const AccountConfig &account, qint64 issueId, const QString &eventId);

Q_SIGNALS:
    void progress(const lookout::SyncProgress &progress);
    // The worker committed data (a page of issues or events, an outbox entry): re-read.
    void dataCommitted();
    // New and regressed issues (local ids), for notifications; only on a completed sync.
    void issuesFound(const QList<qint64> &newIssues, const QList<qint64> &regressedIssues, bool initialSync);
    void finished(const lookout::SyncSummary &summary);
    void outboxEntryChanged(qint64 entryId, const QString &state, const QString &error);
    void outboxFinished(const lookout::OutboxResult &result);
    void rateLimitWait(const QString &bucket, const QDateTime &until);
    void eventsLoaded(qint64 issueId, qint64 stored, bool more);
    void eventLoaded(qint64 issueId, const QString &requested, const QString &eventId);
    void eventLoadFailed(qint64 issueId, const QString &requested, const QString &message, bool offline);
    void eventsRateLimited(qint64 issueId, const QDateTime &until);

private:
    void connectWorker();

    AccountConfig m_account;
    SyncWorker *m_worker = nullptr;
    QThread m_thread;
    bool m_threaded = false;
    bool m_busy = false;
};

} // namespace lookout
