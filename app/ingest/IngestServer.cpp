#include "ingest/IngestServer.h"

#include "core/Clock.h"
#include "ingest/HttpRequestParser.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <zlib.h>

#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIngest, "lookout.ingest")

namespace lookout {

namespace {

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

Response detail(int status, const QString &text, const QStringList &causes = {})
{
    QJsonObject object {{u"detail"_s, text}};
    if (!causes.isEmpty())
        object.insert(u"causes"_s, QJsonArray::fromStringList(causes));
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

enum class Decoded { Ok, TooLarge, Broken, Unsupported };

// Undoes Content-Encoding, refusing to inflate past limit bytes (a small gzip body can inflate to
// gigabytes).
Decoded decodeBody(const QByteArray &encoding, QByteArray *body, qsizetype limit, QString *error)
{
    const QByteArray coding = encoding.trimmed().toLower();
    if (coding.isEmpty() || coding == "identity")
        return Decoded::Ok;
    int windowBits = 0;
    if (coding == "gzip" || coding == "x-gzip")
        windowBits = 16 + MAX_WBITS;
    else if (coding == "deflate")
        windowBits = MAX_WBITS; // zlib-wrapped, as RFC 9110 says; raw deflate is tried after
    else {
        *error = u"unsupported Content-Encoding %1 (gzip, deflate and identity are)"_s.arg(QString::fromLatin1(coding));
        return Decoded::Unsupported;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        z_stream stream {};
        if (inflateInit2(&stream, attempt == 0 ? windowBits : -MAX_WBITS) != Z_OK) {
            *error = u"cannot inflate"_s;
            return Decoded::Broken;
        }
        QByteArray out;
        out.resize(std::min<qsizetype>(limit + 1, std::max<qsizetype>(body->size() * 4, 64 * 1024)));
        stream.next_in = reinterpret_cast<Bytef *>(body->data());
        stream.avail_in = uInt(body->size());
        int rc = Z_OK;
        qsizetype produced = 0;
        while (rc == Z_OK) {
            if (produced == out.size()) {
                if (out.size() > limit) {
                    inflateEnd(&stream);
                    *error = u"body inflates to more than %1 bytes"_s.arg(limit);
                    return Decoded::TooLarge;
                }
                out.resize(std::min<qsizetype>(limit + 1, out.size() * 2));
            }
            stream.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
            stream.avail_out = uInt(out.size() - produced);
            rc = inflate(&stream, Z_NO_FLUSH);
            produced = out.size() - stream.avail_out;
            if (rc == Z_BUF_ERROR && stream.avail_out > 0)
                break; // input ended before the stream did
        }
        inflateEnd(&stream);
        if (rc == Z_STREAM_END) {
            if (produced > limit) {
                *error = u"body inflates to more than %1 bytes"_s.arg(limit);
                return Decoded::TooLarge;
            }
            out.truncate(produced);
            *body = std::move(out);
            return Decoded::Ok;
        }
        if (coding != "deflate" || attempt == 1) {
            *error = u"the %1 body cannot be inflated (%2)"_s.arg(
                QString::fromLatin1(coding), rc == Z_DATA_ERROR ? u"corrupt data"_s : u"truncated"_s);
            return Decoded::Broken;
        }
    }
    return Decoded::Broken;
}

// {"id": "..."}, written directly for the usual hex id (every answer carries one, so QJsonDocument
// showed in profiles); anything else through QJsonDocument, which escapes it.
QByteArray idBody(const QString &id)
{
    if (id.isEmpty())
        return "{}";
    const bool plain = std::all_of(id.cbegin(), id.cend(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-'; });
    if (plain)
        return "{\"id\":\"" + id.toLatin1() + "\"}";
    return QJsonDocument(QJsonObject {{u"id"_s, id}}).toJson(QJsonDocument::Compact);
}

// "Sentry sentry_key=abc, sentry_version=7, sentry_client=sentry.javascript.node/9.0.0"
QString keyFromAuthHeader(const QByteArray &header)
{
    QByteArray text = header.trimmed();
    if (text.startsWith("Sentry ") || text.startsWith("sentry "))
        text = text.mid(7);
    for (const QByteArray &part : text.split(',')) {
        const QByteArray pair = part.trimmed();
        if (pair.startsWith("sentry_key="))
            return QString::fromUtf8(pair.mid(11)).trimmed();
    }
    return {};
}

} // namespace

// Lives on the network thread: the sockets, HTTP, auth, limits, preparing, the rejected folder.
class IngestListener : public QObject
{
public:
    IngestListener(const IngestSettings &settings, IngestWriter *writer, std::shared_ptr<IngestCounters> counters)
        : m_settings(settings)
        , m_writer(writer)
        , m_counters(std::move(counters))
        , m_tokens(settings.burst)
    {
        m_clock.start();
    }

    bool listen(QString *error)
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(m_settings.address, m_settings.port)) {
            *error = m_server->errorString();
            return false;
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &IngestListener::accept);
        m_idle = new QTimer(this);
        m_idle->setInterval(std::max(1000, m_settings.idleTimeoutMs / 4));
        connect(m_idle, &QTimer::timeout, this, &IngestListener::closeIdle);
        m_idle->start();
        loadRejected();
        return true;
    }
    quint16 port() const { return m_server->serverPort(); }

    // Stops accepting and closes every connection; what was answered is with the writer already.
    void shutdown()
    {
        if (m_server)
            m_server->close();
        const auto sockets = m_connections.keys();
        for (QTcpSocket *socket : sockets)
            socket->abort();
        qDeleteAll(sockets);
        m_connections.clear();
    }

private:
    struct Connection
    {
        explicit Connection(qsizetype maxBody)
            : parser(maxBody)
        { }
        QByteArray buffer;
        HttpRequestParser parser;
        qint64 lastActiveMs = 0;
        bool closing = false;
    };

    qint64 nowMs() const { return m_clock.elapsed(); }

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            if (m_connections.size() >= m_settings.maxConnections) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto connection = std::make_shared<Connection>(m_settings.maxBodyBytes);
            connection->lastActiveMs = nowMs();
            m_connections.insert(socket, connection);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { written(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
            connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
                if (socket->state() != QAbstractSocket::ConnectedState)
                    drop(socket);
            });
            if (socket->bytesAvailable() > 0)
                read(socket);
        }
    }

    void drop(QTcpSocket *socket)
    {
        if (m_connections.remove(socket) > 0)
            socket->deleteLater();
    }

    void closeIdle()
    {
        const qint64 now = nowMs();
        const auto sockets = m_connections.keys();
        for (QTcpSocket *socket : sockets) {
            const auto connection = m_connections.value(socket);
            if (now - connection->lastActiveMs > (connection->closing ? 2000 : m_settings.idleTimeoutMs)) {
                socket->abort();
                drop(socket);
            }
        }
    }

    void written(QTcpSocket *socket)
    {
        const auto connection = m_connections.value(socket);
        if (!connection || !connection->closing || socket->bytesToWrite() > 0)
            return;
        // The answer is out: close our side only, and read (and drop) whatever the client still
        // sends until it closes too, so it reads the answer instead of a reset.
#ifdef Q_OS_UNIX
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
        socket->disconnectFromHost();
#endif
    }

    void read(QTcpSocket *socket)
    {
        const auto connection = m_connections.value(socket);
        if (!connection)
            return;
        connection->lastActiveMs = nowMs();
        if (connection->closing) {
            socket->readAll(); // dropped: the connection is closing
            return;
        }
        connection->buffer.append(socket->readAll());
        for (;;) {
            switch (connection->parser.parse(&connection->buffer)) {
            case HttpRequestParser::Status::NeedMore:
                return;
            case HttpRequestParser::Status::HeadersDone:
                if (connection->parser.expectsContinue())
                    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                continue;
            case HttpRequestParser::Status::Error: {
                ++m_counters->requests;
                const int status = connection->parser.errorStatus();
                if (status == 413)
                    ++m_counters->tooLarge;
                send(socket, *connection, detail(status, QString::fromUtf8(connection->parser.errorReason())), false);
                return;
            }
            case HttpRequestParser::Status::Complete: {
                ++m_counters->requests;
                const HttpRequest request = connection->parser.take();
                send(socket, *connection, handle(request, socket), request.keepAlive);
                if (connection->closing)
                    return;
                continue;
            }
            }
        }
    }

    void send(QTcpSocket *socket, Connection &connection, const Response &response, bool keepAlive)
    {
        QByteArray out;
        out.reserve(256 + response.body.size());
        out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        if (response.status != 204) {
            out += "Content-Type: " + response.contentType + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        }
        out += "Access-Control-Allow-Origin: *\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        out += response.body;
        socket->write(out);
        if (!keepAlive) {
            connection.closing = true;
            connection.buffer.clear();
            written(socket);
        }
    }

    Response handle(const HttpRequest &request, QTcpSocket *socket)
    {
        if (request.method == "OPTIONS") {
            // CORS preflight of browser SDKs.
            Response response {204, {}, {}, {}};
            response.headers = {{"Access-Control-Allow-Methods", "POST, OPTIONS"},
                {"Access-Control-Allow-Headers",
                    "Content-Type, Content-Encoding, X-Sentry-Auth, Authorization, sentry-trace, baggage"},
                {"Access-Control-Max-Age", "3600"}};
            return response;
        }
        const QList<QByteArray> parts = request.path.split('/'); // "", "api", id, kind, ""
        enum class Kind { Envelope, Store, Stream } kind = Kind::Envelope;
        qint64 projectId = m_settings.dsnProjectId;
        if (request.path == "/stream" || request.path == "/stream/") {
            kind = Kind::Stream;
        } else if (parts.size() >= 4 && parts.size() <= 5 && parts.at(1) == "api" && (parts.size() == 4 || parts.at(4).isEmpty())
            && (parts.at(3) == "envelope" || parts.at(3) == "store")) {
            bool ok = false;
            projectId = parts.at(2).toLongLong(&ok);
            if (!ok || projectId <= 0)
                return detail(404, u"no such project id: %1"_s.arg(QString::fromUtf8(parts.at(2))));
            kind = parts.at(3) == "store" ? Kind::Store : Kind::Envelope;
        } else if (request.method == "GET" && (request.path == "/" || request.path == "/health")) {
            return {200, "Lookout local ingest: POST envelopes to /api/PROJECT_ID/envelope/\n", "text/plain", {}};
        } else {
            return detail(404, u"not an ingest endpoint: %1"_s.arg(QString::fromUtf8(request.path)));
        }
        if (request.method != "POST") {
            Response response = detail(405, u"only POST is accepted here"_s);
            response.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST, OPTIONS")));
            return response;
        }

        // Spotlight's protocol has no keys; the DSN endpoints check them when some are configured.
        if (kind != Kind::Stream && !m_settings.keys.isEmpty()) {
            QString key = QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(u"sentry_key"_s);
            if (key.isEmpty())
                key = keyFromAuthHeader(request.header("x-sentry-auth"));
            if (key.isEmpty())
                key = keyFromAuthHeader(request.header("authorization"));
            if (!m_settings.keys.contains(key)) {
                ++m_counters->unauthorized;
                return detail(401,
                    key.isEmpty() ? u"missing sentry_key (X-Sentry-Auth header or sentry_key parameter)"_s
                                  : u"unknown sentry_key %1"_s.arg(key));
            }
        }
        if (kind == Kind::Stream && !request.header("content-type").startsWith("application/x-sentry-envelope"))
            return detail(415, u"/stream takes Content-Type: application/x-sentry-envelope"_s);

        if (const int retryAfter = takeToken(); retryAfter > 0)
            return rateLimited(retryAfter, u"more than %1 requests per second"_s.arg(m_settings.requestsPerSecond));

        QByteArray body = request.body;
        QString error;
        switch (decodeBody(request.header("content-encoding"), &body, m_settings.maxBodyBytes, &error)) {
        case Decoded::Ok:
            break;
        case Decoded::TooLarge:
            ++m_counters->tooLarge;
            return detail(413, error);
        case Decoded::Unsupported:
            return detail(415, error);
        case Decoded::Broken:
            ++m_counters->rejected;
            return detail(400, error);
        }

        const QString source = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.path) + u" #"
            + QString::number(++m_sequence);
        const QDateTime received = m_settings.clock ? m_settings.clock->now() : QDateTime::currentDateTimeUtc();
        // Compressing is left to the writer while it keeps up, so both threads share the work.
        const auto compression = m_writer->keepsUp() ? PreparedEvent::Compression::Deferred : PreparedEvent::Compression::Now;
        IngestJob job;
        job.projectSlug = projectId == m_settings.dsnProjectId ? m_settings.projectSlug
                                                               : u"%1-%2"_s.arg(m_settings.projectSlug).arg(projectId);
        job.source = source;
        job.envelope = kind == Kind::Store ? Importer::prepareJson(body, source)
                                           : Importer::prepareEnvelope(body, source, received, compression);
        job.bytes = body.size();

        Response response;
        if (!job.envelope.problems.isEmpty()) {
            QStringList causes;
            for (const ImportProblem &problem : std::as_const(job.envelope.problems))
                causes << problem.message;
            const QString kept = keepRejected(body, source, socket, causes);
            ++m_counters->rejected;
            response = detail(400,
                job.envelope.framingError ? u"invalid envelope: %1"_s.arg(causes.constFirst())
                                          : u"invalid item: %1"_s.arg(causes.constFirst()),
                causes);
            if (!kept.isEmpty())
                response.headers.append(qMakePair(QByteArray("X-Lookout-Rejected"), QFile::encodeName(kept)));
            job.envelope.problems.clear();
        } else {
            // Sentry answers with the event's id; an envelope without one (sessions only) gets {}.
            response.body = idBody(job.envelope.eventId);
        }
        // Items read correctly are stored even when others were not: nothing good is lost.
        const bool anything = std::any_of(job.envelope.items.cbegin(), job.envelope.items.cend(),
            [](const PreparedEnvelope::Item &item) { return item.kind != PreparedEnvelope::Item::Kind::Problem; });
        if (anything && !m_writer->submit(std::move(job)))
            return rateLimited(1, u"the writer is behind; try again in a second"_s);
        if (response.status == 200)
            ++m_counters->accepted;
        return response;
    }

    // 0 when the request may go; else the seconds to wait.
    int takeToken()
    {
        if (m_settings.requestsPerSecond <= 0)
            return 0;
        const qint64 now = m_settings.clock ? m_settings.clock->now().toMSecsSinceEpoch() : nowMs();
        if (m_lastRefillMs >= 0)
            m_tokens = std::min<double>(
                m_settings.burst, m_tokens + double(now - m_lastRefillMs) * m_settings.requestsPerSecond / 1000.0);
        m_lastRefillMs = now;
        if (m_tokens >= 1.0) {
            m_tokens -= 1.0;
            return 0;
        }
        return std::max(1, int(std::ceil((1.0 - m_tokens) / m_settings.requestsPerSecond)));
    }

    Response rateLimited(int retryAfter, const QString &why)
    {
        ++m_counters->rateLimited;
        Response response = detail(429, why);
        // Empty categories: every kind of data; SDKs wait this long before sending anything again.
        response.headers = {{"Retry-After", QByteArray::number(retryAfter)},
            {"X-Sentry-Rate-Limits", QByteArray::number(retryAfter) + "::organization"}};
        return response;
    }

    void loadRejected()
    {
        if (m_settings.rejectedDir.isEmpty())
            return;
        const QDir dir(m_settings.rejectedDir);
        m_rejected = dir.entryList({u"*.envelope"_s}, QDir::Files, QDir::Name);
    }

    // Writes the body and why it was refused into the rejected folder; returns the file's path.
    QString keepRejected(const QByteArray &body, const QString &source, QTcpSocket *socket, const QStringList &causes)
    {
        if (m_settings.rejectedDir.isEmpty() || m_settings.maxRejectedFiles <= 0)
            return {};
        QDir dir(m_settings.rejectedDir);
        if (!dir.mkpath(u"."_s))
            return {};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString base = now.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u"-%1"_s.arg(m_sequence, 6, 10, QLatin1Char('0'));
        QFile envelope(dir.filePath(base + u".envelope"_s));
        QFile reason(dir.filePath(base + u".txt"_s));
        if (!envelope.open(QIODevice::WriteOnly) || envelope.write(body) != body.size() || !reason.open(QIODevice::WriteOnly)) {
            qCWarning(lcIngest) << "cannot keep a rejected envelope in" << m_settings.rejectedDir;
            return {};
        }
        const QString text = u"%1 from %2 at %3\n%4\n"_s.arg(
            source, socket->peerAddress().toString(), now.toString(Qt::ISODateWithMs), causes.join(u'\n'));
        reason.write(text.toUtf8());
        m_rejected.append(base + u".envelope"_s);
        while (m_rejected.size() > m_settings.maxRejectedFiles) {
            const QString oldest = m_rejected.takeFirst();
            dir.remove(oldest);
            dir.remove(oldest.chopped(9) + u".txt"_s);
        }
        return envelope.fileName();
    }

    IngestSettings m_settings;
    IngestWriter *m_writer;
    std::shared_ptr<IngestCounters> m_counters;
    QTcpServer *m_server = nullptr;
    QTimer *m_idle = nullptr;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    QElapsedTimer m_clock;
    double m_tokens;
    qint64 m_lastRefillMs = -1;
    qint64 m_sequence = 0;
    QStringList m_rejected;
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
    if (m_thread)
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
    m_thread = new QThread;
    m_thread->setObjectName(u"ingest-network"_s);
    m_listener = new IngestListener(settings, m_writer.get(), m_counters);
    m_listener->moveToThread(m_thread);
    m_thread->start();
    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        m_listener,
        [&] {
            listening = m_listener->listen(&error);
            m_port = listening ? m_listener->port() : 0;
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        m_error = tr("cannot listen on %1:%2: %3").arg(settings.address.toString()).arg(settings.port).arg(error);
        stop();
        return false;
    }
    return true;
}

// The endpoint's stop, in order: no more connections or answers, the network thread ends, and the
// writer commits everything answered 200. Blocks; on the owner's thread or stopLater()'s.
static void closeAndCommit(IngestListener *listener, QThread *network, std::unique_ptr<IngestWriter> writer)
{
    QMetaObject::invokeMethod(listener, [listener] { listener->shutdown(); }, Qt::BlockingQueuedConnection);
    // Deleted on its own thread as that thread finishes (QThread runs deferred deletes then), with
    // its server, sockets and timer.
    listener->deleteLater();
    network->quit();
    network->wait();
    if (writer)
        writer->stop(); // everything answered 200 is committed before this returns
}

void IngestServer::stop()
{
    waitForStopLater();
    if (!m_thread)
        return;
    closeAndCommit(std::exchange(m_listener, nullptr), m_thread, std::move(m_writer));
    delete std::exchange(m_thread, nullptr);
}

void IngestServer::stopLater()
{
    waitForStopLater();
    if (!m_thread)
        return;
    m_stoppingNetwork = std::exchange(m_thread, nullptr);
    m_stopping = QThread::create(closeAndCommit, std::exchange(m_listener, nullptr), m_stoppingNetwork, std::move(m_writer));
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
    delete std::exchange(m_stoppingNetwork, nullptr);
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
