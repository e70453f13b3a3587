#pragma once

#include "ingest/Importer.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace lookout {

class Store;

// What one of the writer's transactions stored: sent after its commit.
struct IngestBatch
{
    qint64 envelopes = 0;
    qint64 events = 0;
    qint64 duplicates = 0;
    qint64 sessions = 0;
    qint64 attachments = 0;
    QList<qint64> newIssues; // local issue ids made by this batch
    QStringList problems; // storing problems (what the endpoint already answered 400 for is not here)
};

// One envelope (or store-endpoint event) accepted by the endpoint, prepared, waiting to be stored.
struct IngestJob
{
    QString projectSlug;
    QString source; // "POST /api/1/envelope/ #17", for problems
    PreparedEnvelope envelope; // its problems already answered (400) and cleared
    qsizetype bytes = 0; // what it weighs while waiting
};

// The local ingest's one writer: a thread with its own Store connection that stores what the
// endpoint accepted through the Importer (the same path as file imports), many envelopes to a
// transaction: it takes everything waiting each time it wakes, so the busier the endpoint, the
// larger (and cheaper per envelope) its transactions, which are at least minCommitInterval apart
// while envelopes keep coming. The queue is bounded in envelopes and bytes;
// submit() refuses past that and the endpoint answers 429, so a flood costs memory only up to the
// bound.
class IngestWriter
{
public:
    using BatchCallback = std::function<void(const IngestBatch &)>;
    IngestWriter(QString dbPath, int maxPendingEnvelopes, qsizetype maxPendingBytes, BatchCallback onBatch);
    ~IngestWriter(); // stop()s

    // Opens the store on the writer thread; false (and errorString) when it cannot be opened.
    bool start();
    QString errorString() const { return m_error; }
    // Thread-safe. False when the queue is full (nothing is taken).
    bool submit(IngestJob job);
    // Thread-safe: whether the writer keeps up (less than a transaction's worth is waiting), so
    // that leaving it work (PreparedEvent::Compression::Deferred) does not hold it back.
    bool keepsUp() const { return m_waiting.load(std::memory_order_relaxed) < maxBatchEnvelopes; }
    // One transaction takes at most this many envelopes, so a commit (and the GUI's news of it)
    // comes at least that often under any load.
    static constexpr int maxBatchEnvelopes = 2000;
    // Stores everything submitted so far, commits and ends the thread. Blocks until done.
    void stop();
    // Thread-safe: blocks until everything submitted before the call is committed.
    void flush();

private:
    void run(Store &store);

    QString m_dbPath;
    int m_maxEnvelopes;
    qsizetype m_maxBytes;
    BatchCallback m_onBatch;
    QString m_error;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<IngestJob> m_queue;
    qsizetype m_pendingBytes = 0;
    std::atomic<qsizetype> m_waiting {0}; // m_queue.size(), read without the lock
    quint64 m_submitted = 0;
    quint64 m_committed = 0;
    quint64 m_flushTarget = 0; // flush() waits for this many: the writer commits without waiting
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace lookout

Q_DECLARE_METATYPE(lookout::IngestBatch)
