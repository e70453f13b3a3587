#include "ingest/IngestWriter.h"

#include "store/Store.h"

#include <QHash>

#include <chrono>
#include <future>

namespace lookout {

// Under a steady stream the writer waits this long after a commit before the next one, so that
// each transaction carries many envelopes: a commit's own cost (the WAL's shared pages, the count
// of issues, FTS5's segment) is then paid once per hundreds of envelopes, not once per few. The
// first envelope after a quiet spell is committed at once, flush() and stop() do not wait, and it
// stays well within the second in which a GUI shows new issues.
static constexpr auto minCommitInterval = std::chrono::milliseconds(100);

IngestWriter::IngestWriter(QString dbPath, int maxPendingEnvelopes, qsizetype maxPendingBytes, BatchCallback onBatch)
    : m_dbPath(std::move(dbPath))
    , m_maxEnvelopes(maxPendingEnvelopes)
    , m_maxBytes(maxPendingBytes)
    , m_onBatch(std::move(onBatch))
{ }

IngestWriter::~IngestWriter()
{
    stop();
}

bool IngestWriter::start()
{
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    m_thread = std::thread([this, &opened] {
        Store store;
        if (!store.open(m_dbPath)) {
            opened.set_value(
                store.errorString().isEmpty() ? QStringLiteral("cannot open %1").arg(m_dbPath) : store.errorString());
            return;
        }
        opened.set_value({});
        run(store);
    });
    m_error = result.get();
    if (!m_error.isEmpty()) {
        m_thread.join();
        return false;
    }
    return true;
}

bool IngestWriter::submit(IngestJob job)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || !m_thread.joinable())
            return false;
        if (qsizetype(m_queue.size()) >= m_maxEnvelopes || (m_pendingBytes > 0 && m_pendingBytes + job.bytes > m_maxBytes))
            return false;
        m_pendingBytes += job.bytes;
        ++m_submitted;
        m_queue.push_back(std::move(job));
        m_waiting.store(qsizetype(m_queue.size()), std::memory_order_relaxed);
        // The writer waits for a first envelope, then for the end of its commit interval or a
        // full batch: waking it for every envelope in between would only cost switches.
        wake = m_queue.size() == 1 || qsizetype(m_queue.size()) >= maxBatchEnvelopes;
    }
    if (wake)
        m_wake.notify_one();
    return true;
}

void IngestWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_submitted;
    m_flushTarget = std::max(m_flushTarget, target);
    m_wake.notify_one();
    m_done.wait(lock, [&] { return m_committed >= target || !m_thread.joinable(); });
}

void IngestWriter::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void IngestWriter::run(Store &store)
{
    ImportOptions options;
    Importer importer(store, options);
    QHash<QString, qint64> projects;
    auto lastCommit = std::chrono::steady_clock::now() - minCommitInterval;
    for (;;) {
        std::deque<IngestJob> jobs;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty() && m_stopping)
                break;
            m_wake.wait_until(lock, lastCommit + minCommitInterval,
                [&] { return m_stopping || m_flushTarget > m_committed || qsizetype(m_queue.size()) >= maxBatchEnvelopes; });
            while (!m_queue.empty() && int(jobs.size()) < maxBatchEnvelopes) {
                jobs.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            m_waiting.store(qsizetype(m_queue.size()), std::memory_order_relaxed);
        }
        IngestBatch batch;
        ImportReport report;
        qsizetype bytes = 0;
        for (IngestJob &job : jobs) {
            bytes += job.bytes;
            for (PreparedEnvelope::Item &item : job.envelope.items) {
                if (item.event)
                    item.event->compressDeferred(); // left to this thread by the network thread
            }
            qint64 &projectId = projects[job.projectSlug];
            if (projectId == 0)
                projectId = store.ensureProject(job.projectSlug);
            if (projectId == 0) {
                report.problems.append({job.source, 0, -1,
                    QStringLiteral("cannot create project %1: %2").arg(job.projectSlug, store.errorString())});
                continue;
            }
            importer.storePrepared(projectId, job.envelope, job.source, &report);
            ++batch.envelopes;
        }
        importer.finish(&report);
        batch.events = report.events;
        batch.duplicates = report.duplicates;
        batch.sessions = report.sessions;
        batch.attachments = report.attachments;
        batch.newIssues = store.takeCreatedIssues();
        for (const ImportProblem &problem : std::as_const(report.problems))
            batch.problems << problem.toString();
        {
            std::lock_guard lock(m_mutex);
            m_pendingBytes -= bytes;
            m_committed += jobs.size();
        }
        lastCommit = std::chrono::steady_clock::now();
        m_done.notify_all();
        if (m_onBatch)
            m_onBatch(batch);
    }
    std::lock_guard lock(m_mutex);
    m_done.notify_all();
}

} // namespace lookout
