#include "FakeSentry.h"

#include "FakeApi.h"
#include "core/Clock.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace lookout::fake {

// Keeps each connection's socket findable by the client's port, so a fault can act on the
// connection below HTTP (reset it, or write a response that stops half-way).
class SocketTrackingServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    QPointer<QTcpSocket> socketFor(quint16 peerPort) const { return m_sockets.value(peerPort); }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        const quint16 port = socket->peerPort();
        m_sockets.insert(port, socket);
        connect(socket, &QObject::destroyed, this, [this, port, socket] {
            if (m_sockets.value(port) == socket)
                m_sockets.remove(port);
        });
        addPendingConnection(socket);
    }

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // Linger 0 makes close() send RST instead of FIN: the client sees "connection reset by peer".
    const linger noLinger {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
    socket->abort();
}

} // namespace

FakeSentry::FakeSentry(QObject *parent)
    : FakeSentry(SystemClock::instance(), parent)
{ }

FakeSentry::FakeSentry(const Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_clock(clock)
{
    setToken(defaultToken());
}

FakeSentry::~FakeSentry()
{
    m_live.clear();
}

bool FakeSentry::listen(quint16 port)
{
    m_tcp = new SocketTrackingServer(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, port) || !bind(m_tcp)) {
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    return true;
}

quint16 FakeSentry::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl FakeSentry::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void FakeSentry::seed(const SeedOptions &options)
{
    FakeSeeder::seed(m_data, options);
}

QString FakeSentry::defaultToken()
{
    return u"lookout-fake-token-0123456789abcdef"_s;
}

QStringList FakeSentry::allScopes()
{
    return {u"org:read"_s, u"member:read"_s, u"project:read"_s, u"project:releases"_s, u"event:read"_s, u"event:write"_s};
}

void FakeSentry::setToken(const QString &token, const QStringList &scopes)
{
    m_tokens.clear();
    m_tokens.insert(token, scopes);
}

void FakeSentry::addToken(const QString &token, const QStringList &scopes)
{
    m_tokens.insert(token, scopes);
}

void FakeSentry::expireTokensAfter(int requests)
{
    m_expireAfter = requests;
}

void FakeSentry::setRateLimit(int limit, int windowSecs, int concurrentLimit)
{
    m_limit = limit;
    m_windowSecs = std::max(1, windowSecs);
    m_concurrentLimit = std::max(1, concurrentLimit);
    m_windows.clear();
}

void FakeSentry::setSlowBody(int chunks, std::chrono::milliseconds delayPerChunk)
{
    m_slowChunks = std::max(2, chunks);
    m_slowDelay = delayPerChunk;
}

void FakeSentry::injectFault(Fault fault, int count, const QString &operation)
{
    m_faults.append({fault, count, operation});
}

void FakeSentry::setRandomFaults(const QList<Fault> &faults, double probability, quint32 seed)
{
    m_randomFaults = faults;
    m_randomProbability = probability;
    m_random.seed(seed);
}

int FakeSentry::pendingFaults() const
{
    int total = 0;
    for (const PendingFault &f : m_faults)
        total += f.remaining;
    return total;
}

int FakeSentry::countStatus(int status) const
{
    return int(
        std::count_if(m_requests.begin(), m_requests.end(), [status](const RequestRecord &r) { return r.status == status; }));
}

int FakeSentry::countOperation(const QString &operation) const
{
    return int(std::count_if(
        m_requests.begin(), m_requests.end(), [&operation](const RequestRecord &r) { return r.operation == operation; }));
}

std::optional<FakeSentry::Fault> FakeSentry::takeFault(const QString &operation)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (it->operation.isEmpty() || it->operation == operation) {
            const Fault fault = it->fault;
            if (--it->remaining <= 0)
                m_faults.erase(it);
            return fault;
        }
    }
    if (!m_randomFaults.isEmpty() && m_random.generateDouble() < m_randomProbability)
        return m_randomFaults[m_random.bounded(int(m_randomFaults.size()))];
    return std::nullopt;
}

QByteArray FakeSentry::httpDate() const
{
    return QLocale::c().toString(m_clock.now().toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

bool FakeSentry::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QDateTime now = m_clock.now();
    const QUrl url = request.url();
    // A server run by hand for hours should not grow without bound; tests never get near this.
    if (m_requests.size() > 200'000)
        m_requests.remove(0, 100'000);
    RequestRecord record {++m_lastRequestId, methodName(request.method()), url.path(QUrl::FullyEncoded),
        url.query(QUrl::FullyEncoded), {}, 0, now, {}};
    m_requests.append(record);
    const quint64 index = record.id;
    const Holder holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    m_live.append(holder);
    const QPointer<QTcpSocket> socket = m_tcp ? m_tcp->socketFor(request.remotePort()) : nullptr;
    const auto answer = [&](const FakeResponse &response, const QString &bucket = {}) {
        send(holder, socket, response, std::nullopt, index, bucket);
        return true;
    };

    const QString path = record.path;
    QStringList captures;
    const FakeApi::Route *route = path.startsWith(u"/api/0/"_s) ? FakeApi::match(record.method, path.mid(6), &captures) : nullptr;
    if (!route)
        return answer(FakeResponse::detail(404, u"The requested resource does not exist"_s));
    m_requests.last().operation = route->operation;

    // Authentication, then permission, as Django REST framework checks them.
    const QByteArray authorization = request.value("Authorization");
    if (!authorization.startsWith("Bearer "))
        return answer(FakeResponse::detail(401, u"Authentication credentials were not provided."_s));
    const auto token = m_tokens.constFind(QString::fromUtf8(authorization.mid(7).trimmed()));
    if (token == m_tokens.constEnd())
        return answer(FakeResponse::detail(401, u"Invalid token"_s));
    if (m_expireAfter == 0)
        return answer(FakeResponse::detail(401, u"Token expired"_s));
    if (m_expireAfter > 0)
        --m_expireAfter;
    if (std::none_of(route->scopes.begin(), route->scopes.end(), [&token](const QString &s) { return token->contains(s); }))
        return answer(FakeResponse::detail(403, u"You do not have permission to perform this action."_s));

    QList<std::pair<QByteArray, QByteArray>> rateHeaders;
    QString bucket;
    if (m_limit > 0) {
        Window &window = m_windows[route->operation];
        const qint64 start = now.toSecsSinceEpoch() / m_windowSecs * m_windowSecs;
        if (window.start != start) {
            window.start = start;
            window.count = 0;
        }
        ++window.count;
        const bool overConcurrency = window.inFlight >= m_concurrentLimit;
        const bool overLimit = window.count > m_limit;
        if (!overConcurrency && !overLimit) {
            ++window.inFlight;
            bucket = route->operation;
        }
        rateHeaders = {
            {"X-Sentry-Rate-Limit-Limit", QByteArray::number(m_limit)},
            {"X-Sentry-Rate-Limit-Remaining", QByteArray::number(std::max(0, m_limit - window.count))},
            {"X-Sentry-Rate-Limit-Reset", QByteArray::number(start + m_windowSecs)},
            {"X-Sentry-Rate-Limit-ConcurrentLimit", QByteArray::number(m_concurrentLimit)},
            {"X-Sentry-Rate-Limit-ConcurrentRemaining", QByteArray::number(std::max(0, m_concurrentLimit - window.inFlight))},
        };
        if (overConcurrency || overLimit) {
            FakeResponse refused = FakeResponse::detail(429,
                overConcurrency
                    ? u"You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is %1"_s.arg(
                          m_concurrentLimit)
                    : u"You are attempting to use this endpoint too frequently. Limit is %1 requests in %2 seconds"_s.arg(m_limit)
                          .arg(m_windowSecs));
            refused.headers = rateHeaders;
            return answer(refused);
        }
    }

    const std::optional<Fault> fault = takeFault(route->operation);
    m_requests.last().fault = fault;
    FakeResponse response;
    if (fault == Fault::ServerError) {
        response = FakeResponse::detail(500, u"Internal Error"_s);
    } else if (fault == Fault::BadGateway) {
        response.status = 502;
        response.body = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
        response.headers.append({QByteArray("Content-Type"), QByteArray("text/html")});
    } else if (fault != Fault::ConnectionReset && fault != Fault::NoResponse) {
        FakeRequest apiRequest {record.method, url, FakeRequest::parseQuery(record.query), request.body(), captures};
        const QString base = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
        response = FakeApi(m_data, now, base).handle(*route, apiRequest);
    }
    response.headers.append(rateHeaders);
    send(holder, socket, response, fault, index, bucket);
    return true;
}

void FakeSentry::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    responder.write(QJsonDocument(QJsonObject {{u"detail"_s, u"The requested resource does not exist"_s}}),
        QHttpServerResponder::StatusCode::NotFound);
}

void FakeSentry::send(const Holder &holder, const QPointer<QTcpSocket> &socket, const FakeResponse &response,
    std::optional<Fault> fault, quint64 recordIndex, const QString &bucket)
{
    const std::weak_ptr<QHttpServerResponder> weak = holder;
    auto deliver = [this, weak, socket, response, fault, recordIndex, bucket] {
        if (!bucket.isEmpty())
            m_windows[bucket].inFlight = std::max(0, m_windows[bucket].inFlight - 1);
        if (const Holder locked = weak.lock())
            write(locked, socket, response, fault, recordIndex);
    };
    // Always later, never inside QHttpServer's own request handling: a fault that closes the
    // connection there would leave the handler reading a closed socket.
    QTimer::singleShot(m_latency, this, std::move(deliver));
}

void FakeSentry::write(const Holder &holder, const QPointer<QTcpSocket> &socket, const FakeResponse &response,
    std::optional<Fault> fault, quint64 recordIndex)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        finishRecord(recordIndex, 0);
        release(holder);
        return;
    }
    QHttpHeaders headers;
    bool hasType = false;
    for (const auto &[name, value] : response.headers) {
        headers.append(name, value);
        hasType = hasType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    headers.append(QHttpHeaders::WellKnownHeader::Date, httpDate());
    if (!hasType && !response.body.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);

    switch (fault ? *fault : Fault::ServerError) { // 500 and 502 are ordinary answers here
    case Fault::ConnectionReset:
    case Fault::LostResponse:
        finishRecord(recordIndex, 0);
        resetConnection(socket);
        release(holder);
        return;
    case Fault::NoResponse:
        finishRecord(recordIndex, 0);
        releaseOnDisconnect(holder, socket);
        return;
    case Fault::TruncatedBody: {
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(response.status) + " OK\r\n";
        for (const auto &[name, value] : headers.toListOfPairs())
            raw += name + ": " + value + "\r\n";
        raw += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
        raw += response.body.left(response.body.size() / 2);
        finishRecord(recordIndex, 0);
        releaseOnDisconnect(holder, socket);
        socket->write(raw);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    case Fault::SlowBody:
        finishRecord(recordIndex, response.status);
        headers.append(QHttpHeaders::WellKnownHeader::ContentLength, QByteArray::number(response.body.size()));
        writeSlowly(holder, socket, response);
        return;
    default:
        break;
    }
    holder->write(response.body, headers, status);
    finishRecord(recordIndex, response.status);
    release(holder);
}

void FakeSentry::writeSlowly(const Holder &holder, const QPointer<QTcpSocket> &socket, const FakeResponse &response)
{
    QHttpHeaders headers;
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    headers.append(QHttpHeaders::WellKnownHeader::Date, httpDate());
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    holder->writeBeginChunked(headers, static_cast<QHttpServerResponder::StatusCode>(response.status));
    const qsizetype size = (response.body.size() + m_slowChunks - 1) / m_slowChunks;
    const std::weak_ptr<QHttpServerResponder> weak = holder;
    for (int i = 0; i < m_slowChunks; ++i) {
        const bool last = i == m_slowChunks - 1;
        const QByteArray piece = response.body.mid(i * size, last ? -1 : size);
        QTimer::singleShot(m_slowDelay * (i + 1), this, [this, weak, socket, piece, last] {
            const Holder locked = weak.lock();
            if (!locked)
                return;
            if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
                release(locked);
                return;
            }
            if (last) {
                locked->writeEndChunked(piece);
                release(locked);
            } else {
                locked->writeChunk(piece);
            }
        });
    }
}

void FakeSentry::release(const Holder &holder)
{
    m_live.removeAll(holder);
}

void FakeSentry::releaseOnDisconnect(const Holder &holder, const QPointer<QTcpSocket> &socket)
{
    if (!socket || socket->state() == QAbstractSocket::UnconnectedState) {
        QTimer::singleShot(0, this, [this, weak = std::weak_ptr<QHttpServerResponder>(holder)] {
            if (const Holder locked = weak.lock())
                release(locked);
        });
        return;
    }
    connect(
        socket, &QAbstractSocket::disconnected, this,
        [this, weak = std::weak_ptr<QHttpServerResponder>(holder)] {
            if (const Holder locked = weak.lock())
                release(locked);
        },
        Qt::SingleShotConnection);
}

void FakeSentry::finishRecord(quint64 requestId, int status)
{
    for (auto it = m_requests.rbegin(); it != m_requests.rend(); ++it) {
        if (it->id == requestId) {
            it->status = status;
            Q_EMIT requestHandled(*it);
            return;
        }
    }
}

} // namespace lookout::fake
