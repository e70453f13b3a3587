#include "sync/SyncWorker.h"

#include "api/SentryClient.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "store/SyncStore.h"
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
    delete m_client;
    delete m_nam;
    m_syncStore.reset();
    m_store.reset();
}

void SyncWorker::setMaxConcurrent(int requests)
{
    m_maxConcurrent = requests;
    if (m_client)
        m_client->transport().setMaxConcurrent(requests);
}

bool SyncWorker::prepare(const AccountConfig &account, QString *error)
{
    if (!account.isComplete()) {
        *error = account.missing();
        return false;
    }
    if (!m_store) {
        auto store = std::make_unique<Store>();
        if (!store->open(m_dbPath)) {
            *error = store->errorString();
            return false;
        }
        m_store = std::move(store);
        m_syncStore = std::make_unique<SyncStore>(*m_store);
    }
    if (!m_client) {
        m_nam = new QNetworkAccessManager(this);
        m_client = m_waiter ? new SentryClient(m_nam, *m_clock, *m_waiter, this) : new SentryClient(m_nam, this);
        connect(&m_client->transport(), &SentryTransport::rateLimitWait, this, &SyncWorker::rateLimitWait);
        m_client->transport().setMaxConcurrent(m_maxConcurrent);
    }
    const QString url = account.url.adjusted(QUrl::StripTrailingSlash).toString();
    m_accountId = m_syncStore->ensureAccount(url, account.org);
    if (m_accountId == 0) {
        *error = m_syncStore->errorString();
        return false;
    }
    // Org-scoped requests go to the organisation's region, as found by the last sync.
    AccountConfig effective = account;
    QString ignored;
    const QUrl region = AccountConfig::parseUrl(m_syncStore->regionUrl(m_accountId), &ignored);
    if (region.isValid() && AccountConfig::isTrustedRegion(account.url, region))
        effective.url = region;
    m_client->setAccount(effective);
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
        Q_EMIT outboxFinished({false, u"a sync or send is already running"_s, 0, 0, 0});
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
        summary.error = u"a sync is already running"_s;
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
            summary.error = u"The sync was cancelled."_s;
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
