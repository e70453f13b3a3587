#pragma once

#include "ingest/IngestServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>

class QTcpSocket;
class QTimer;

namespace lookout {

struct HttpRequest;
struct IngestResponse;

// What the endpoint's network threads share: the settings, the writer, the counters, and the
// limits that hold over all connections whichever thread serves them.
class IngestShared
{
public:
    IngestShared(const IngestSettings &settings, IngestWriter *writer, std::shared_ptr<IngestCounters> counters);

    const IngestSettings settings;
    IngestWriter *const writer;
    const std::shared_ptr<IngestCounters> counters;
    std::atomic<int> connections {0};
    std::atomic<qint64> sequence {0}; // requests handled, for the "POST ... #17" sources

    qint64 nowMs() const { return m_clock.elapsed(); }
    // The request rate over all connections: 0 when the request may go, else the seconds to wait.
    int takeToken();
    // Writes the body and why it was refused into the rejected folder; returns the file's path.
    QString keepRejected(
        const QByteArray &body, const QString &source, qint64 sequence, const QString &peer, const QStringList &causes);

private:
    QElapsedTimer m_clock;
    std::mutex m_limitMutex;
    double m_tokens;
    qint64 m_lastRefillMs = -1;
    std::mutex m_rejectedMutex;
    QStringList m_rejected; // oldest first
};

// One network thread's share of the connections: it owns their sockets and runs HTTP, auth, the
// limits and preparing (parsing, grouping) for them; handing the prepared envelope to the writer
// happens before its 200 is written. Lives on its own thread; IngestServer's acceptor gives it
// connections with adopt().
class IngestWorker : public QObject
{
public:
    explicit IngestWorker(std::shared_ptr<IngestShared> shared);

    // Takes over an accepted socket descriptor (on this worker's thread).
    void adopt(qintptr descriptor);
    // Closes every connection and answers nothing more; what was answered is with the writer.
    void shutdown();

private:
    struct Connection;

    void drop(QTcpSocket *socket);
    void closeIdle();
    void written(QTcpSocket *socket);
    void read(QTcpSocket *socket);
    void send(QTcpSocket *socket, Connection &connection, const IngestResponse &response, bool keepAlive);
    IngestResponse handle(const HttpRequest &request, QTcpSocket *socket);
    IngestResponse rateLimited(int retryAfter, const QString &why);

    std::shared_ptr<IngestShared> m_shared;
    const IngestSettings &m_settings;
    QTimer *m_idle;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    bool m_shutDown = false;
};

} // namespace lookout
