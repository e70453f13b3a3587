#pragma once

#include "ingest/IngestWriter.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace lookout {

class Clock;
struct IngestNetwork;

struct IngestSettings
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port (see IngestServer::port())
    QString dbPath;
    // Public keys accepted (the DSN's user part). Empty: any key, or none, is accepted.
    QStringList keys;
    // The key the DSN shows; the first of keys when empty, else "lookout".
    QString dsnKey;
    qint64 dsnProjectId = 1;
    // Events go to this project (the DSN's project id); other project ids to "<slug>-<id>".
    QString projectSlug = QStringLiteral("local");
    qsizetype maxBodyBytes = 20 * 1024 * 1024; // as sent and after Content-Encoding is undone
    // Requests per second over all connections, with bursts up to burst; 0: not limited.
    double requestsPerSecond = 5000;
    int burst = 10000;
    // The writer's queue: past either bound requests get 429 until it catches up.
    int maxPendingEnvelopes = 20000;
    qsizetype maxPendingBytes = 256 * 1024 * 1024;
    // Where malformed envelopes are kept for inspection (with a .txt saying why); empty: nowhere.
    QString rejectedDir;
    int maxRejectedFiles = 500; // the oldest go first
    int maxConnections = 512; // over all network threads
    // Threads serving the connections; 0: one per core, 2 to 4.
    int networkThreads = 0;
    int idleTimeoutMs = 60000;
    const Clock *clock = nullptr; // for the rate limit; the system clock when null
};

// What the endpoint has answered since it started (thread-safe counters).
struct IngestCounters
{
    std::atomic<qint64> requests {0};
    std::atomic<qint64> accepted {0}; // envelopes and store events answered 200
    std::atomic<qint64> rejected {0}; // 400
    std::atomic<qint64> tooLarge {0}; // 413
    std::atomic<qint64> unauthorized {0}; // 401
    std::atomic<qint64> rateLimited {0}; // 429
};

// Lookout's local ingest endpoint: SDKs (and tools made for Spotlight) send envelopes here and
// they are grouped and stored as imports are (Importer), on one writer thread.
//
// Endpoints: POST /api/{project_id}/envelope/, POST /api/{project_id}/store/ (an event as JSON),
// and Spotlight's POST /stream (Content-Type: application/x-sentry-envelope; Spotlight has no keys,
// so neither does /stream). Bodies plain, gzip or deflate (Content-Encoding), with Content-Length
// or chunked. DSN auth: X-Sentry-Auth (or Authorization: Sentry ...) sentry_key, or the sentry_key
// query parameter; 401 for a key not in IngestSettings::keys when keys are set. CORS is allowed,
// so browser SDKs can send too.
//
// Answers: 200 {"id": event id}; 400 {"detail": reason, "causes": [...]} for an envelope with
// problems — the envelope is kept in rejectedDir, and its items that were read correctly are stored
// all the same; 413 for a body over maxBodyBytes, refused as soon as its Content-Length is read
// (or its chunks or its decompression pass the limit), before the body is read whole; 429 with
// Retry-After and X-Sentry-Rate-Limits (which the SDKs obey) past the request rate or while the
// writer is behind.
//
// Why a small HTTP/1.1 server of its own over QTcpServer rather than QHttpServer: QHttpServer
// (Qt 6.8) reads a request's whole body before a handler sees it, so a 1 GB body would be read
// before its 413, and it has no bound on what gzip bodies inflate to. The parser here
// (HttpRequestParser) checks limits as soon as the bytes allow, answers "Expect: 100-continue",
// keeps connections alive and pipelined, and costs little per request (the speed target is 5x
// Spotlight's sidecar while also storing and grouping).
//
// Threads: the sockets, HTTP and preparing (parsing, grouping, compressing) run on a few network
// threads (IngestWorker), each owning a share of the connections; the request rate limit, the
// connection bound and the rejected folder's bound hold over all of them. SQLite writes on the
// writer's thread. Nothing here runs on the caller's thread but the signals, so a GUI never waits
// for the network.
class IngestServer : public QObject
{
    Q_OBJECT
public:
    explicit IngestServer(QObject *parent = nullptr);
    ~IngestServer() override; // stop()s

    // Binds and starts the threads; false with errorString() when the address cannot be bound
    // or the cache cannot be opened.
    bool start(const IngestSettings &settings);
    // Stops accepting, answers nothing more, stores and commits everything already accepted.
    void stop();
    // stop() without waiting for it, then stopped(): for a window. Under a flood a network thread
    // answers a call only between rounds over its sockets, tens of milliseconds apart, and the
    // writer may be behind. isRunning() is false at once; start(), stop(), flush() and the
    // destructor wait for a stop still in progress.
    void stopLater();
    bool isRunning() const { return m_network != nullptr; }
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_settings.address; }
    // http://KEY@HOST:PORT/PROJECT_ID, what SDKs are given.
    QString dsn() const;
    const IngestSettings &settings() const { return m_settings; }
    const IngestCounters &counters() const { return *m_counters; }
    // Blocks until everything accepted so far is committed (for tests and clean exits).
    void flush();

    // True for loopback addresses; anything else exposes the endpoint to the network.
    static bool isLoopback(const QHostAddress &address);

Q_SIGNALS:
    // After each commit of the writer (on this object's thread).
    void stored(const lookout::IngestBatch &batch);
    // After stopLater(): the endpoint is closed and everything it accepted is committed (not when
    // start(), stop(), flush() or the destructor had to wait for that).
    void stopped();

private:
    void waitForStopLater();

    IngestSettings m_settings;
    QString m_error;
    quint16 m_port = 0;
    std::unique_ptr<IngestNetwork> m_network;
    std::unique_ptr<IngestWriter> m_writer;
    std::shared_ptr<IngestCounters> m_counters;
    QThread *m_stopping = nullptr; // stopLater()'s thread, with the network threads it ends
    std::unique_ptr<IngestNetwork> m_stoppingNetwork;
    quint64 m_stopLaterCount = 0;
};

} // namespace lookout
