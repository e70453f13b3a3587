#include "sync/SyncController.h"

#include "api/AccountConfig.h"
#include "api/TokenStore.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/SyncEngine.h"

#include <QProcessEnvironment>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lookout {

SyncController::SyncController(SyncEngine *engine, Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
    , m_clock(clock)
    , m_tokens(&SyncController::storedToken)
{
    connect(m_engine, &SyncEngine::progress, this, [this](const SyncProgress &p) {
        if (m_current)
            Q_EMIT progress(p, m_current->org);
    });
    connect(m_engine, &SyncEngine::dataCommitted, this, &SyncController::dataCommitted);
    connect(m_engine, &SyncEngine::issuesFound, this,
        [this](const QList<qint64> &found, const QList<qint64> &regressed, bool initial) {
            m_newIssues += found.size();
            Q_EMIT issuesFound(found, regressed, initial);
        });
    connect(m_engine, &SyncEngine::outboxEntryChanged, this, &SyncController::outboxChanged);
    connect(m_engine, &SyncEngine::rateLimitWait, this, &SyncController::rateLimitWait);
    connect(m_engine, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
        if (!m_current || m_current->kind != Job::Kind::Sync)
            return;
        jobFinished(summary.ok() || summary.outcome == SyncSummary::Outcome::Cancelled, summary.offline,
            summary.outcome == SyncSummary::Outcome::Cancelled ? QString() : summary.error);
    });
    connect(m_engine, &SyncEngine::outboxFinished, this, [this](const OutboxResult &result) {
        if (!m_current || m_current->kind != Job::Kind::Outbox)
            return;
        Q_EMIT outboxChanged();
        // An outbox that could not reach Sentry waits for the next try; that is being offline.
        jobFinished(result.ok, !result.ok && result.offline, result.ok ? QString() : result.error);
    });
    connect(m_engine, &SyncEngine::eventsLoaded, this, [this](qint64 issueId, qint64 stored, bool more) {
        setOffline(false);
        Q_EMIT eventsLoaded(issueId, stored, more);
    });
    connect(m_engine, &SyncEngine::eventLoaded, this, [this](qint64 issueId, const QString &requested, const QString &eventId) {
        setOffline(false);
        Q_EMIT eventLoaded(issueId, requested, eventId);
    });
    connect(m_engine, &SyncEngine::eventLoadFailed, this,
        [this](qint64 issueId, const QString &requested, const QString &message, bool offline) {
            if (offline)
                setOffline(true);
            Q_EMIT eventLoadFailed(issueId, requested, message);
        });
    connect(m_engine, &SyncEngine::eventsRateLimited, this, &SyncController::eventsRateLimited);
}

SyncController::~SyncController() = default;

std::optional<QString> SyncController::storedToken(const QString &url, const QString &org, QString *error)
{
    TokenStore tokens;
    std::optional<QString> token = tokens.read(QUrl(url), org, error);
    if (token)
        return token;
    // The convention sentry-cli users have, when nothing was saved for this account.
    // Only for the site it was given for (SENTRY_URL, by default sentry.io): never to another one.
    const AccountConfig env = AccountConfig::fromEnvironment(QProcessEnvironment::systemEnvironment());
    const QUrl envUrl = (env.url.isValid() ? env.url : AccountConfig::defaultUrl()).adjusted(QUrl::StripTrailingSlash);
    if (!env.token.isEmpty() && (env.org.isEmpty() || env.org == org) && envUrl == QUrl(url).adjusted(QUrl::StripTrailingSlash))
        return env.token;
    if (error->isEmpty())
        *error = tr("no token is saved for %1 at %2; connect the account again").arg(org, url);
    return std::nullopt;
}

bool SyncController::hasAccounts()
{
    return !SyncStore(m_store).accounts().isEmpty();
}

QDateTime SyncController::lastSyncAt()
{
    SyncStore sync(m_store);
    qint64 newest = 0;
    for (const SyncStore::Account &account : sync.accounts())
        newest = std::max(newest, sync.stateInt(account.id, u"synced.at"_s));
    return newest > 0 ? QDateTime::fromMSecsSinceEpoch(newest, QTimeZone::UTC) : QDateTime();
}

qint64 SyncController::unsentActions()
{
    return SyncStore(m_store).unsentCount();
}

void SyncController::syncNow(const SyncOptions &options)
{
    if (m_running)
        return;
    m_options = options;
    m_jobs.clear();
    for (const SyncStore::Account &account : SyncStore(m_store).accounts())
        m_jobs.append({Job::Kind::Sync, account.id, account.url, account.org});
    if (m_jobs.isEmpty()) {
        Q_EMIT finished(false, tr("No Sentry account is connected."));
        return;
    }
    m_errors.clear();
    m_newIssues = 0;
    m_cancelled = false;
    m_running = true;
    m_syncing = true;
    Q_EMIT runningChanged(true);
    Q_EMIT syncStarted();
    next();
}

void SyncController::sendOutbox()
{
    if (m_running) {
        m_outboxAgain = true; // a sync sends the outbox first; a send running now may have missed the newest
        return;
    }
    SyncStore sync(m_store);
    m_jobs.clear();
    for (const SyncStore::Account &account : sync.accounts()) {
        if (!sync.outbox({OutboxEntry::State::Pending}, account.id).isEmpty())
            m_jobs.append({Job::Kind::Outbox, account.id, account.url, account.org});
    }
    if (m_jobs.isEmpty())
        return;
    m_errors.clear();
    m_cancelled = false;
    m_running = true;
    Q_EMIT runningChanged(true);
    next();
}

void SyncController::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_jobs.clear();
    m_engine->cancel();
}

std::optional<AccountConfig> SyncController::accountOf(qint64 issueId, QString *error)
{
    SyncStore sync(m_store);
    const std::optional<SyncStore::IssueIdentity> identity = sync.issueIdentity(issueId);
    if (!identity || identity->accountId == 0) {
        *error = tr("This issue was imported, not synced from Sentry: all of its events are in the cache.");
        return std::nullopt;
    }
    for (const SyncStore::Account &account : sync.accounts()) {
        if (account.id != identity->accountId)
            continue;
        const std::optional<QString> token = m_tokens(account.url, account.org, error);
        if (!token)
            return std::nullopt;
        AccountConfig config;
        config.url = QUrl(account.url);
        config.org = account.org;
        config.token = *token;
        return config;
    }
    *error = tr("The issue's Sentry account is no longer connected.");
    return std::nullopt;
}

void SyncController::loadMoreEvents(qint64 issueId)
{
    QString error;
    if (const std::optional<AccountConfig> account = accountOf(issueId, &error))
        m_engine->loadMoreEvents(*account, issueId);
    else
        Q_EMIT eventLoadFailed(issueId, QString(), error);
}

void SyncController::fetchEvent(qint64 issueId, const QString &eventId)
{
    QString error;
    if (const std::optional<AccountConfig> account = accountOf(issueId, &error))
        m_engine->fetchEvent(*account, issueId, eventId);
    else
        Q_EMIT eventLoadFailed(issueId, eventId, error);
}

void SyncController::next()
{
    while (!m_jobs.isEmpty()) {
        const Job job = m_jobs.takeFirst();
        QString error;
        const std::optional<QString> token = m_tokens(job.url, job.org, &error);
        if (!token) {
            m_errors << tr("%1: %2").arg(job.org, error);
            continue;
        }
        AccountConfig account;
        account.url = QUrl(job.url);
        account.org = job.org;
        account.token = *token;
        m_current = job;
        m_engine->setAccount(account);
        if (job.kind == Job::Kind::Sync)
            m_engine->sync(m_options);
        else
            m_engine->sendOutbox();
        return;
    }
    m_current.reset();
    m_running = false;
    Q_EMIT runningChanged(false);
    QString message;
    if (m_cancelled)
        message = tr("Sync cancelled; the next one goes on from where it stopped.");
    else if (!m_errors.isEmpty())
        message = m_errors.join(u"\n"_s);
    else if (m_newIssues > 0)
        message = (m_newIssues == 1 ? tr("Synced: 1 new issue.") : tr("Synced: %1 new issues.").arg(m_newIssues));
    else
        message = tr("Synced.");
    if (m_syncing) {
        m_syncing = false;
        Q_EMIT finished(m_errors.isEmpty(), message);
        Q_EMIT syncEnded(m_errors.isEmpty(), m_offline, m_cancelled);
    } else {
        Q_EMIT outboxSent(m_errors.isEmpty(), m_errors.isEmpty() ? QString() : message);
    }
    if (m_outboxAgain && !m_cancelled) {
        m_outboxAgain = false;
        sendOutbox();
    }
}

void SyncController::jobFinished(bool ok, bool offline, const QString &error)
{
    if (!ok && !error.isEmpty())
        m_errors << tr("%1: %2").arg(m_current ? m_current->org : QString(), error);
    // Reaching any account means the network is there; failing to reach one for want of it means not.
    if (ok)
        setOffline(false);
    else if (offline)
        setOffline(true);
    m_current.reset();
    next();
}

void SyncController::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

} // namespace lookout
