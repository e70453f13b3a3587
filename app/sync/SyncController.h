#pragma once

#include "api/AccountConfig.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace lookout {

class Clock;
class Store;
class SyncEngine;

// What the window needs from syncing: every account of the cache synced in turn with one engine,
// the outbox sent after triage, and a state to show (running, progress, last sync, offline,
// actions waiting). Tokens come from a resolver (the keychain or the user-only file, see TokenStore),
// so tests give their own.
class SyncController : public QObject
{
    Q_OBJECT
public:
    using TokenResolver = std::function<std::optional<QString>(const QString &url, const QString &org, QString *error)>;

    SyncController(SyncEngine *engine, Store &store, const Clock &clock, QObject *parent = nullptr);
    ~SyncController() override;

    void setTokenResolver(TokenResolver resolver) { m_tokens = std::move(resolver); }
    // TokenStore's keychain or file, then SENTRY_AUTH_TOKEN.
    static std::optional<QString> storedToken(const QString &url, const QString &org, QString *error);

    bool hasAccounts();
    bool isRunning() const { return m_running; }
    bool isOffline() const { return m_offline; }
    // The newest completed sync of any account; invalid when none.
    QDateTime lastSyncAt();
    // Triage actions Sentry has not answered yet.
    qint64 unsentActions();

public Q_SLOTS:
    void syncNow(const SyncOptions &options = {});
    // Sends the outbox of every account with actions waiting (after a triage action).
    void sendOutbox();
    void cancel();
    // More of a synced issue's events from Sentry (the next page of its listing), or one of its
    // events ("latest", "oldest", an id); eventsLoaded / eventLoaded / eventLoadFailed follow.
    void loadMoreEvents(qint64 issueId);
    void fetchEvent(qint64 issueId, const QString &eventId);

Q_SIGNALS:
    void runningChanged(bool running);
    // A sync (not only an outbox send) starts, and how it ended, for the scheduler.
    void syncStarted();
    void syncEnded(bool ok, bool offline, bool cancelled);
    // accountLabel: "acme at sentry.io"
    void progress(const lookout::SyncProgress &progress, const QString &accountLabel);
    void dataCommitted();
    void issuesFound(const QList<qint64> &newIssues, const QList<qint64> &regressedIssues, bool initialSync);
    // A sync of every account ended: a line for the status bar, or the errors of accounts that failed.
    void finished(bool ok, const QString &message);
    // An outbox send (not part of a sync) ended; message says what failed.
    void outboxSent(bool ok, const QString &message);
    void offlineChanged(bool offline);
    // The outbox changed (sent, refused, queued): re-count and re-mark rows.
    void outboxChanged();
    // Sentry's rate limit for an endpoint is used up: requests wait until then.
    void rateLimitWait(const QString &bucket, const QDateTime &until);
    // Events fetched on demand are in the cache (stored: how many were new).
    void eventsLoaded(qint64 issueId, qint64 stored, bool more);
    void eventLoaded(qint64 issueId, const QString &requested, const QString &eventId);
    // requested: empty for loadMoreEvents(). A message for the user; nothing else changed.
    void eventLoadFailed(qint64 issueId, const QString &requested, const QString &message);
    void eventsRateLimited(qint64 issueId, const QDateTime &until);

private:
    // The issue's account with its token; nullopt (and *error) for imported issues or without a token.
    std::optional<AccountConfig> accountOf(qint64 issueId, QString *error);
    struct Job
    {
        enum class Kind { Sync, Outbox };
        Kind kind = Kind::Sync;
        qint64 accountId = 0;
        QString url;
        QString org;
    };
    void next();
    void jobFinished(bool ok, bool offline, const QString &error);
    void setOffline(bool offline);

    SyncEngine *m_engine;
    Store &m_store;
    const Clock &m_clock;
    TokenResolver m_tokens;
    QList<Job> m_jobs;
    std::optional<Job> m_current;
    SyncOptions m_options;
    QStringList m_errors;
    qint64 m_newIssues = 0;
    bool m_running = false;
    bool m_offline = false;
    bool m_cancelled = false;
    bool m_outboxAgain = false;
    bool m_syncing = false; // the running jobs are a sync's
};

} // namespace lookout
