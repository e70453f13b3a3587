#pragma once

#include "api/AccountConfig.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace lookout {

class Clock;
class EventPager;
class OutboxSender;
class SentryClient;
class Store;
class SyncRun;
class SyncStore;
class Waiter;

// SyncEngine's worker: lives on the sync thread (or, in tests, on the caller's) and owns everything
// that talks to Sentry or writes the store there: its own Store connection, QNetworkAccessManager
// and SentryClient, created on first use in the worker's thread.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    // clock and waiter null: real time.
    SyncWorker(const QString &dbPath, const Clock *clock, Waiter *waiter);
    ~SyncWorker() override;

    void sync(const lookout::AccountConfig &account, const lookout::SyncOptions &options);
    void sendOutbox(const lookout::AccountConfig &account);
    void cancel();
    void setMaxConcurrent(int requests);
    // More of a synced issue's events, on demand (see EventPager); also while a sync runs, through
    // the same client (so the same rate limits) when it is the same account.
    void loadMoreEvents(const lookout::AccountConfig &account, qint64 issueId);
    void fetchEvent(const lookout::AccountConfig &account, qint64 issueId, const QString &eventId);

Q_SIGNALS:
    void progress(const lookout::SyncProgress &progress);
    void committed();
    void syncFinished(const lookout::SyncSummary &summary);
    void outboxEntryChanged(qint64 entryId, const QString &state, const QString &error);
    void outboxFinished(const lookout::OutboxResult &result);
    // Sentry's rate limit holds requests of an endpoint back until then.
    void rateLimitWait(const QString &bucket, const QDateTime &until);
    void eventsLoaded(qint64 issueId, qint64 stored, bool more);
    void eventLoaded(qint64 issueId, const QString &requested, const QString &eventId);
    void eventLoadFailed(qint64 issueId, const QString &requested, const QString &message, bool offline);
    void eventsRateLimited(qint64 issueId, const QDateTime &until);

private:
    bool openStore(QString *error);
    bool prepare(const AccountConfig &account, QString *error);
    // The account's client (one per account, kept): its transport paces every request to it.
    SentryClient *clientFor(const AccountConfig &account, const AccountConfig &effective);
    // The org-scoped account: requests go to the organisation's region, as found by the last sync.
    AccountConfig regional(const AccountConfig &account, qint64 accountId);
    EventPager *pagerFor(const AccountConfig &account, qint64 issueId, const QString &requested);
    void runOutbox(const std::function<void(const OutboxResult &)> &then);
    void startRun(const SyncOptions &options, const OutboxResult &outbox);

    QString m_dbPath;
    const Clock *m_clock;
    Waiter *m_waiter;
    int m_maxConcurrent = 4;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncStore> m_syncStore;
    QNetworkAccessManager *m_nam = nullptr;
    SentryClient *m_client = nullptr; // the running sync's or send's
    QHash<QString, SentryClient *> m_clients; // by account (url and org)
    QHash<QString, EventPager *> m_pagers;
    qint64 m_accountId = 0;
    QPointer<OutboxSender> m_sender;
    QPointer<SyncRun> m_run;
    bool m_cancelled = false;
    bool m_busy = false;
};

} // namespace lookout
