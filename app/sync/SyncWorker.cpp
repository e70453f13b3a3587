#include "sync/SyncWorker.h"

#include "api/SentryClient.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/EventPager.h"
#include "sync/OutboxSender.h"
#include "sync/SyncRun.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace lookout {

SyncWorker::SyncWorker(const QString &dbPath, const Clock *clock, Waiter *waiter)
    : m_dbPath(dbPath)
    , m_clock(clock ? clock : &SystemClock::instance())
    , m_waiter(waiter)
{ }

SyncWorker::~SyncWorker()
{
    // The run and sender refer to the client and store, so they go first.
    delete m_run.data();
    delete m_sender.data();
    qDeleteAll(m_pagers);
    qDeleteAll(m_clients);
    delete m_nam;
    m_syncStore.reset();
    m_store.reset();
}

void SyncWorker::setMaxConcurrent(int requests)
{
    m_maxConcurrent = requests;
    for (SentryClient *client : std::as_const(m_clients))
        client->transport().setMaxConcurrent(requests);
}

namespace {

QString accountKey(const AccountConfig &account)
{
    return account.url.adjusted(QUrl::StripTrailingSlash).toString() + u'\n' + account.org;
}

} // namespace

bool SyncWorker::openStore(QString *error)
{
    if (m_store)
        return true;
    auto store = std::make_unique<Store>();
    if (!store->open(m_dbPath)) {
        *error = store->errorString();
        return false;
    }
    m_store = std::move(store);
    m_syncStore = std::make_unique<SyncStore>(*m_store);
    return true;
}

SentryClient *SyncWorker::clientFor(const AccountConfig &account, const AccountConfig &effective)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    SentryClient *&client = m_clients[accountKey(account)];
    if (!client) {
        client = m_waiter ? new SentryClient(m_nam, *m_clock, *m_waiter, this) : new SentryClient(m_nam, this);
        connect(&client->transport(), &SentryTransport::rateLimitWait, this, &SyncWorker::rateLimitWait);
        client->transport().setMaxConcurrent(m_maxConcurrent);
    }
    client->setAccount(effective);
    return client;
}

AccountConfig SyncWorker::regional(const AccountConfig &account, qint64 accountId)
{
    AccountConfig effective = account;
    QString ignored;
    const QUrl region = AccountConfig::parseUrl(m_syncStore->regionUrl(accountId), &ignored);
    // Org-scoped requests go to the organisation's region, as found by the last sync, but the
    // token only ever to a host the account's own URL vouches for.
    if (region.isValid() && AccountConfig::isTrustedRegion(account.url, region))
        effective.url = region;
    return effective;
}

bool SyncWorker::prepare(const AccountConfig &account, QString *error)
{
    if (!account.isComplete()) {
        *error = account.missing();
        return false;
    }
    if (!openStore(error))
        return false;
    const QString url = account.url.adjusted(QUrl::StripTrailingSlash).toString();
    m_accountId = m_syncStore->ensureAccount(url, account.org);
    if (m_accountId == 0) {
        *error = m_syncStore->errorString();
        return false;
    }
    m_client = clientFor(account, regional(account, m_accountId));
    m_cancelled = false;
    return true;
}

void SyncWorker::runOutbox(const std::function<void(const OutboxResult &)> &then)
{
    auto *sender = new OutboxSender(*m_client, *m_syncStore, *m_clock, m_accountId, this);
    m_sender = sender;
    connect(sender, &OutboxSender::entryChanged, this, &SyncWorker::outboxEntryChanged);
    connect(sender, &OutboxSender::committed, this, &SyncWorker::committed);
    connect(sender, &OutboxSender::finished, this, [this, sender, then](const OutboxResult &result) {
        m_sender = nullptr;
        sender->deleteLater();
        then(result);
    });
    Q_EMIT progress({SyncPhase::Outbox, 0, 0});
    sender->start();
}

void SyncWorker::sendOutbox(const AccountConfig &account)
{
    QString error;
    if (m_busy) {
        Q_EMIT outboxFinished({false, tr("a sync or send is already running"), 0, 0, 0});
        return;
    }
    if (!prepare(account, &error)) {
        Q_EMIT outboxFinished({false, error, 0, 0, 0});
        return;
    }
    m_busy = true;
    runOutbox([this](const OutboxResult &result) {
        m_busy = false;
        Q_EMIT outboxFinished(result);
    });
}

void SyncWorker::sync(const AccountConfig &account, const SyncOptions &options)
{
    QString error;
    if (m_busy) {
        SyncSummary summary;
        summary.outcome = SyncSummary::Outcome::Failed;
        summary.error = tr("a sync is already running");
        Q_EMIT syncFinished(summary);
        return;
    }
    if (!prepare(account, &error)) {
        SyncSummary summary;
        summary.outcome = SyncSummary::Outcome::Failed;
        summary.error = error;
        Q_EMIT syncFinished(summary);
        return;
    }
    // Local changes go first, so the sync reads back issues that already carry them.
    m_busy = true;
    runOutbox([this, options](const OutboxResult &result) {
        Q_EMIT outboxFinished(result);
        if (m_cancelled) {
            m_busy = false;
            SyncSummary summary;
            summary.outcome = SyncSummary::Outcome::Cancelled;
            summary.error = tr("The sync was cancelled.");
            summary.stoppedIn = SyncPhase::Outbox;
            Q_EMIT syncFinished(summary);
            return;
        }
        startRun(options, result);
    });
}

void SyncWorker::startRun(const SyncOptions &options, const OutboxResult &outbox)
{
    auto *run = new SyncRun(*m_client, *m_syncStore, *m_clock, m_accountId, options, this);
    m_run = run;
    connect(run, &SyncRun::progress, this, &SyncWorker::progress);
    connect(run, &SyncRun::committed, this, &SyncWorker::committed);
    connect(run, &SyncRun::finished, this, [this, run, outbox](SyncSummary summary) {
        m_run = nullptr;
        run->deleteLater();
        summary.outboxSent = outbox.sent;
        summary.outboxFailed = outbox.failed;
        m_busy = false;
        Q_EMIT syncFinished(summary);
    });
    run->start();
}

void SyncWorker::cancel()
{
    m_cancelled = true;
    if (m_sender)
        m_sender->cancel();
    if (m_run)
        m_run->cancel();
}

} // namespace lookout

namespace lookout {

EventPager *SyncWorker::pagerFor(const AccountConfig &account, qint64 issueId, const QString &requested)
{
    QString error;
    if (!account.isComplete()) {
        Q_EMIT eventLoadFailed(issueId, requested, account.missing(), false);
        return nullptr;
    }
    if (!openStore(&error)) {
        Q_EMIT eventLoadFailed(issueId, requested, error, false);
        return nullptr;
    }
    const QString key = accountKey(account);
    const std::optional<qint64> accountId
        = m_syncStore->findAccount(account.url.adjusted(QUrl::StripTrailingSlash).toString(), account.org);
    if (!accountId) {
        Q_EMIT eventLoadFailed(issueId, requested, tr("The account %1 is not connected.").arg(account.org), false);
        return nullptr;
    }
    SentryClient *client = clientFor(account, regional(account, *accountId));
    EventPager *&pager = m_pagers[key];
    if (!pager) {
        pager = new EventPager(*client, *m_syncStore, *accountId, this);
        connect(pager, &EventPager::moreLoaded, this, &SyncWorker::eventsLoaded);
        connect(pager, &EventPager::eventLoaded, this, &SyncWorker::eventLoaded);
        connect(pager, &EventPager::failed, this, &SyncWorker::eventLoadFailed);
        connect(pager, &EventPager::rateLimited, this, &SyncWorker::eventsRateLimited);
    }
    return pager;
}

void SyncWorker::loadMoreEvents(const AccountConfig &account, qint64 issueId)
{
    if (EventPager *pager = pagerFor(account, issueId, QString()))
        pager->loadMore(issueId);
}

void SyncWorker::fetchEvent(const AccountConfig &account, qint64 issueId, const QString &eventId)
{
    if (EventPager *pager = pagerFor(account, issueId, eventId))
        pager->fetchEvent(issueId, eventId);
}

} // namespace lookout
