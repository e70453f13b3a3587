#pragma once

#include "api/AccountConfig.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace lookout {

class Clock;
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

Q_SIGNALS:
    void progress(const lookout::SyncProgress &progress);
    void committed();
    void syncFinished(const lookout::SyncSummary &summary);
    void outboxEntryChanged(qint64 entryId, const QString &state, const QString &error);
    void outboxFinished(const lookout::OutboxResult &result);
    // Sentry's rate limit holds requests of an endpoint back until then.
    void rateLimitWait(const QString &bucket, const QDateTime &until);

private:
    bool prepare(const AccountConfig &account, QString *error);
    void runOutbox(const std::function<void(const OutboxResult &)> &then);
    void startRun(const SyncOptions &options, const OutboxResult &outbox);

    QString m_dbPath;
    const Clock *m_clock;
    Waiter *m_waiter;
    int m_maxConcurrent = 4;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncStore> m_syncStore;
    QNetworkAccessManager *m_nam = nullptr;
    SentryClient *m_client = nullptr;
    qint64 m_accountId = 0;
    QPointer<OutboxSender> m_sender;
    QPointer<SyncRun> m_run;
    bool m_cancelled = false;
    bool m_busy = false;
};

} // namespace lookout
