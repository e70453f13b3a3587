#include "sync/SyncEngine.h"

#include "sync/SyncWorker.h"

using namespace Qt::StringLiterals;

namespace lookout {

SyncEngine::SyncEngine(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(dbPath, nullptr, nullptr))
    , m_threaded(true)
{
    m_thread.setObjectName(u"lookout-sync"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connectWorker();
    m_thread.start();
}

SyncEngine::SyncEngine(const QString &dbPath, const Clock &clock, Waiter &waiter, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(dbPath, &clock, &waiter))
{
    m_worker->setParent(this);
    connectWorker();
}

SyncEngine::~SyncEngine()
{
    if (!m_threaded)
        return; // the worker is a child
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::connectWorker()
{
    // Queued across threads by Qt (the worker lives on m_thread); direct in the same thread.
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::committed, this, &SyncEngine::dataCommitted);
    connect(m_worker, &SyncWorker::outboxEntryChanged, this, &SyncEngine::outboxEntryChanged);
    connect(m_worker, &SyncWorker::rateLimitWait, this, &SyncEngine::rateLimitWait);
    connect(m_worker, &SyncWorker::eventsLoaded, this, &SyncEngine::eventsLoaded);
    connect(m_worker, &SyncWorker::eventLoaded, this, &SyncEngine::eventLoaded);
    connect(m_worker, &SyncWorker::eventLoadFailed, this, &SyncEngine::eventLoadFailed);
    connect(m_worker, &SyncWorker::eventsRateLimited, this, &SyncEngine::eventsRateLimited);
    connect(m_worker, &SyncWorker::syncFinished, this, [this](const SyncSummary &summary) {
        m_busy = false;
        if (summary.ok() && (!summary.newIssues.isEmpty() || !summary.regressedIssues.isEmpty()))
            Q_EMIT issuesFound(summary.newIssues, summary.regressedIssues, summary.initial);
        Q_EMIT finished(summary);
    });
    connect(m_worker, &SyncWorker::outboxFinished, this, [this](const OutboxResult &result) { Q_EMIT outboxFinished(result); });
}

void SyncEngine::setMaxConcurrent(int requests)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, requests] { worker->setMaxConcurrent(requests); });
}

void SyncEngine::sync(const SyncOptions &options)
{
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, account = m_account, options] { worker->sync(account, options); });
}

void SyncEngine::sendOutbox()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, account = m_account] { worker->sendOutbox(account); });
}

void SyncEngine::loadMoreEvents(const AccountConfig &account, qint64 issueId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, account, issueId] { worker->loadMoreEvents(account, issueId); });
}

void SyncEngine::fetchEvent(const AccountConfig &account, qint64 issueId, const QString &eventId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, account, issueId, eventId] { worker->fetchEvent(account, issueId, eventId); });
}

void SyncEngine::cancel()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
}

} // namespace lookout
