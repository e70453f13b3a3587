#include "ingest/IngestWorker.h"

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
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <zlib.h>

#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIngest, "lookout.ingest")

namespace lookout {

struct IngestResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

namespace {

// A literal: it goes into every answer, and needs no allocation of its own.
const char *reasonPhrase(int status)
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

IngestResponse detail(int status, const QString &text, const QStringList &causes = {})
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

IngestShared::IngestShared(const IngestSettings &settings, IngestWriter *writer, std::shared_ptr<IngestCounters> counters)
    : settings(settings)
    , writer(writer)
    , counters(std::move(counters))
    , m_tokens(settings.burst)
{
    m_clock.start();
    if (!settings.rejectedDir.isEmpty())
        m_rejected = QDir(settings.rejectedDir).entryList({u"*.envelope"_s}, QDir::Files, QDir::Name);
}

int IngestShared::takeToken()
{
    if (settings.requestsPerSecond <= 0)
        return 0;
    std::lock_guard lock(m_limitMutex);
    const qint64 now = settings.clock ? settings.clock->now().toMSecsSinceEpoch() : nowMs();
    if (m_lastRefillMs >= 0)
        m_tokens
            = std::min<double>(settings.burst, m_tokens + double(now - m_lastRefillMs) * settings.requestsPerSecond / 1000.0);
    m_lastRefillMs = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - m_tokens) / settings.requestsPerSecond)));
}

QString IngestShared::keepRejected(
    const QByteArray &body, const QString &source, qint64 sequence, const QString &peer, const QStringList &causes)
{
    if (settings.rejectedDir.isEmpty() || settings.maxRejectedFiles <= 0)
        return {};
    std::lock_guard lock(m_rejectedMutex); // the bound holds over every thread's files
    QDir dir(settings.rejectedDir);
    if (!dir.mkpath(u"."_s))
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString base = now.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u"-%1"_s.arg(sequence, 6, 10, QLatin1Char('0'));
    QFile envelope(dir.filePath(base + u".envelope"_s));
    QFile reason(dir.filePath(base + u".txt"_s));
    if (!envelope.open(QIODevice::WriteOnly) || envelope.write(body) != body.size() || !reason.open(QIODevice::WriteOnly)) {
        qCWarning(lcIngest) << "cannot keep a rejected envelope in" << settings.rejectedDir;
        return {};
    }
    const QString text = u"%1 from %2 at %3\n%4\n"_s.arg(source, peer, now.toString(Qt::ISODateWithMs), causes.join(u'\n'));
    reason.write(text.toUtf8());
    m_rejected.append(base + u".envelope"_s);
    while (m_rejected.size() > settings.maxRejectedFiles) {
        const QString oldest = m_rejected.takeFirst();
        dir.remove(oldest);
        dir.remove(oldest.chopped(9) + u".txt"_s);
    }
    return envelope.fileName();
}

struct IngestWorker::Connection
{
    explicit Connection(qsizetype maxBody)
        : parser(maxBody)
    { }
    QByteArray buffer;
    HttpRequestParser parser;
    qint64 lastActiveMs = 0;
    bool closing = false;
};

IngestWorker::IngestWorker(std::shared_ptr<IngestShared> shared)
    : m_shared(std::move(shared))
    , m_settings(m_shared->settings)
    , m_idle(new QTimer(this))
{
    m_idle->setInterval(std::max(1000, m_settings.idleTimeoutMs / 4));
    connect(m_idle, &QTimer::timeout, this, &IngestWorker::closeIdle);
}

void IngestWorker::adopt(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcIngest) << "cannot take an accepted connection:" << socket->errorString();
        delete socket;
#ifdef Q_OS_UNIX
        ::close(int(descriptor));
#endif
        return;
    }
    if (m_shutDown || ++m_shared->connections > m_settings.maxConnections) {
        if (!m_shutDown)
            --m_shared->connections;
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (!m_idle->isActive())
        m_idle->start(); // started here: the timer must start on this worker's thread
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto connection = std::make_shared<Connection>(m_settings.maxBodyBytes);
    connection->lastActiveMs = m_shared->nowMs();
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

void IngestWorker::shutdown()
{
    m_shutDown = true;
    m_idle->stop();
    const auto connections = std::exchange(m_connections, {}); // drop() finds none of them now
    m_shared->connections -= int(connections.size());
    for (auto it = connections.cbegin(); it != connections.cend(); ++it)
        it.key()->abort();
    qDeleteAll(connections.keys());
}

void IngestWorker::drop(QTcpSocket *socket)
{
    if (m_connections.remove(socket) > 0) {
        --m_shared->connections;
        socket->deleteLater();
    }
}

void IngestWorker::closeIdle()
{
    const qint64 now = m_shared->nowMs();
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        const auto connection = m_connections.value(socket);
        if (now - connection->lastActiveMs > (connection->closing ? 2000 : m_settings.idleTimeoutMs)) {
            socket->abort();
            drop(socket);
        }
    }
}

void IngestWorker::written(QTcpSocket *socket)
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

void IngestWorker::read(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->lastActiveMs = m_shared->nowMs();
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
            ++m_shared->counters->requests;
            const int status = connection->parser.errorStatus();
            if (status == 413)
                ++m_shared->counters->tooLarge;
            send(socket, *connection, detail(status, QString::fromUtf8(connection->parser.errorReason())), false);
            return;
        }
        case HttpRequestParser::Status::Complete: {
            ++m_shared->counters->requests;
            const HttpRequest request = connection->parser.take();
            send(socket, *connection, handle(request, socket), request.keepAlive);
            if (connection->closing)
                return;
            continue;
        }
        }
    }
}

void IngestWorker::send(QTcpSocket *socket, Connection &connection, const IngestResponse &response, bool keepAlive)
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

IngestResponse IngestWorker::handle(const HttpRequest &request, QTcpSocket *socket)
{
    if (request.method == "OPTIONS") {
        // CORS preflight of browser SDKs.
        IngestResponse response {204, {}, {}, {}};
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
        IngestResponse response = detail(405, u"only POST is accepted here"_s);
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
            ++m_shared->counters->unauthorized;
            return detail(401,
                key.isEmpty() ? u"missing sentry_key (X-Sentry-Auth header or sentry_key parameter)"_s
                              : u"unknown sentry_key %1"_s.arg(key));
        }
    }
    if (kind == Kind::Stream && !request.header("content-type").startsWith("application/x-sentry-envelope"))
        return detail(415, u"/stream takes Content-Type: application/x-sentry-envelope"_s);

    if (const int retryAfter = m_shared->takeToken(); retryAfter > 0)
        return rateLimited(retryAfter, u"more than %1 requests per second"_s.arg(m_settings.requestsPerSecond));

    QByteArray body = request.body;
    QString error;
    switch (decodeBody(request.header("content-encoding"), &body, m_settings.maxBodyBytes, &error)) {
    case Decoded::Ok:
        break;
    case Decoded::TooLarge:
        ++m_shared->counters->tooLarge;
        return detail(413, error);
    case Decoded::Unsupported:
        return detail(415, error);
    case Decoded::Broken:
        ++m_shared->counters->rejected;
        return detail(400, error);
    }

    const qint64 sequence = ++m_shared->sequence;
    const QString source
        = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.path) + u" #" + QString::number(sequence);
    const QDateTime received = m_settings.clock ? m_settings.clock->now() : QDateTime::currentDateTimeUtc();
    // Compressing is left to the writer while it keeps up, so both threads share the work.
    const auto compression = m_shared->writer->keepsUp() ? PreparedEvent::Compression::Deferred : PreparedEvent::Compression::Now;
    IngestJob job;
    job.projectSlug
        = projectId == m_settings.dsnProjectId ? m_settings.projectSlug : u"%1-%2"_s.arg(m_settings.projectSlug).arg(projectId);
    job.source = source;
    job.envelope = kind == Kind::Store ? Importer::prepareJson(body, source)
                                       : Importer::prepareEnvelope(body, source, received, compression);
    job.bytes = body.size();

    IngestResponse response;
    if (!job.envelope.problems.isEmpty()) {
        QStringList causes;
        for (const ImportProblem &problem : std::as_const(job.envelope.problems))
            causes << problem.message;
        const QString kept = m_shared->keepRejected(body, source, sequence, socket->peerAddress().toString(), causes);
        ++m_shared->counters->rejected;
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
    if (anything && !m_shared->writer->submit(std::move(job)))
        return rateLimited(1, u"the writer is behind; try again in a second"_s);
    if (response.status == 200)
        ++m_shared->counters->accepted;
    return response;
}

IngestResponse IngestWorker::rateLimited(int retryAfter, const QString &why)
{
    ++m_shared->counters->rateLimited;
    IngestResponse response = detail(429, why);
    // Empty categories: every kind of data; SDKs wait this long before sending anything again.
    response.headers = {{"Retry-After", QByteArray::number(retryAfter)},
        {"X-Sentry-Rate-Limits", QByteArray::number(retryAfter) + "::organization"}};
    return response;
}

} // namespace lookout
