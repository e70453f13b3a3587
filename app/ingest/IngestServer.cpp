#include "ingest/IngestServer.h"

#include "ingest/IngestWorker.h"

#include <QTcpServer>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

// Accepts connections (on the first network thread) and hands each descriptor to the workers in
// turn, which make their sockets on their own threads.
class IngestAcceptor : public QTcpServer
{
public:
    explicit IngestAcceptor(QList<IngestWorker *> workers)
        : m_workers(std::move(workers))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        IngestWorker *worker = m_workers.at(m_next++ % m_workers.size());
        // Queued before the worker's shutdown(): closeAndCommit() closes this acceptor first.
        QMetaObject::invokeMethod(worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
    }

private:
    QList<IngestWorker *> m_workers;
    qsizetype m_next = 0;
};

// The network threads, each with its worker; the first also runs the acceptor.
struct IngestNetwork
{
    QList<QThread *> threads;
    QList<IngestWorker *> workers;
    IngestAcceptor *acceptor = nullptr;

    ~IngestNetwork() { qDeleteAll(threads); } // finished by then (closeAndCommit)
};

IngestServer::IngestServer(QObject *parent)
    : QObject(parent)
    , m_counters(std::make_shared<IngestCounters>())
{
    qRegisterMetaType<IngestBatch>();
}

IngestServer::~IngestServer()
{
    stop();
}

bool IngestServer::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool IngestServer::start(const IngestSettings &settings)
{
    if (m_network)
        return false;
    waitForStopLater(); // the same port and cache
    m_settings = settings;
    m_counters = std::make_shared<IngestCounters>();
    m_writer = std::make_unique<IngestWriter>(
        settings.dbPath, settings.maxPendingEnvelopes, settings.maxPendingBytes, [this](const IngestBatch &batch) {
            QMetaObject::invokeMethod(this, [this, batch] { Q_EMIT stored(batch); }, Qt::QueuedConnection);
        });
    if (!m_writer->start()) {
        m_error = tr("cannot open the cache: %1").arg(m_writer->errorString());
        m_writer.reset();
        return false;
    }
    // One network thread did not keep up with a few busy connections (each waits for its answer
    // while the thread prepares another's envelope), so connections are spread over a few.
    const int threads = settings.networkThreads > 0 ? settings.networkThreads : std::clamp(QThread::idealThreadCount(), 2, 4);
    const auto shared = std::make_shared<IngestShared>(settings, m_writer.get(), m_counters);
    m_network = std::make_unique<IngestNetwork>();
    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"ingest-network-%1"_s.arg(i + 1));
        auto *worker = new IngestWorker(shared);
        worker->moveToThread(thread);
        thread->start();
        m_network->threads.append(thread);
        m_network->workers.append(worker);
    }
    IngestAcceptor *acceptor = m_network->acceptor = new IngestAcceptor(m_network->workers);
    acceptor->moveToThread(m_network->threads.constFirst());
    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        acceptor,
        [&] {
            listening = acceptor->listen(settings.address, settings.port);
            error = acceptor->errorString();
            m_port = listening ? acceptor->serverPort() : 0;
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        m_error = tr("cannot listen on %1:%2: %3").arg(settings.address.toString()).arg(settings.port).arg(error);
        stop();
        return false;
    }
    return true;
}

// The endpoint's stop, in order: no more connections, no more answers on any network thread, the
// network threads end, and the writer commits everything answered 200. Blocks; on the owner's
// thread or stopLater()'s.
static void closeAndCommit(IngestNetwork *network, std::unique_ptr<IngestWriter> writer)
{
    IngestAcceptor *acceptor = network->acceptor;
    QMetaObject::invokeMethod(acceptor, [acceptor] { acceptor->close(); }, Qt::BlockingQueuedConnection);
    // Each worker's shutdown() comes after any adopt() the acceptor queued for it before closing.
    for (IngestWorker *worker : std::as_const(network->workers))
        QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    // Deleted on their own threads as those finish (QThread runs deferred deletes then), with
    // their sockets and timers.
    acceptor->deleteLater();
    for (IngestWorker *worker : std::as_const(network->workers))
        worker->deleteLater();
    for (QThread *thread : std::as_const(network->threads))
        thread->quit();
    for (QThread *thread : std::as_const(network->threads))
        thread->wait();
    if (writer)
        writer->stop(); // everything answered 200 is committed before this returns
}

void IngestServer::stop()
{
    waitForStopLater();
    if (!m_network)
        return;
    closeAndCommit(m_network.get(), std::move(m_writer));
    m_network.reset();
}

void IngestServer::stopLater()
{
    waitForStopLater();
    if (!m_network)
        return;
    m_stoppingNetwork = std::move(m_network);
    m_stopping = QThread::create(closeAndCommit, m_stoppingNetwork.get(), std::move(m_writer));
    m_stopping->setObjectName(u"ingest-stop"_s);
    connect(m_stopping, &QThread::finished, this, [this, which = ++m_stopLaterCount] {
        if (m_stopping && which == m_stopLaterCount) { // not waited for (and deleted) already
            waitForStopLater();
            Q_EMIT stopped();
        }
    });
    m_stopping->start();
}

void IngestServer::waitForStopLater()
{
    if (!m_stopping)
        return;
    m_stopping->wait();
    delete std::exchange(m_stopping, nullptr);
    m_stoppingNetwork.reset();
}

void IngestServer::flush()
{
    waitForStopLater();
    if (m_writer)
        m_writer->flush();
}

QString IngestServer::dsn() const
{
    QString key = m_settings.dsnKey;
    if (key.isEmpty())
        key = m_settings.keys.isEmpty() ? u"lookout"_s : m_settings.keys.constFirst();
    QHostAddress host = m_settings.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    const QString hostText = host.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(host.toString()) : host.toString();
    return u"http://%1@%2:%3/%4"_s.arg(key, hostText).arg(m_port).arg(m_settings.dsnProjectId);
}

} // namespace lookout
