// bench_ingest_load: posts envelopes to an ingest endpoint on this machine from N keep-alive
// connections for a bounded time (and at most --max-requests), and prints what was accepted, the
// request latencies and the status codes as JSON. Loopback only: it refuses any other host.
//
//   bench_ingest_load --url http://127.0.0.1:8969/api/1/envelope/ --envelopes DIR [--connections 8]
//       [--seconds 20] [--max-requests 2000000] [--content-type application/x-sentry-envelope]
//
// Each file in DIR is an envelope template; the 32 characters EVENT_ID_PLACEHOLDER_0123456789A
// are replaced by a new event id for every request (same length: item lengths stay right), so
// no request is a duplicate the receiver could skip.
//
// The sockets are plain non-blocking POSIX sockets in one poll() loop, not QTcpSocket: the
// generator shares the machine's cores with the receiver it measures, and the fewer microseconds
// it spends per request, the less it takes from a receiver that can use more than one core.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView placeholder = "EVENT_ID_PLACEHOLDER_0123456789A";

// One template as a whole request (head and body), with where its event ids go.
struct Request
{
    QByteArray bytes;
    std::vector<qsizetype> idOffsets;
};

struct Connection
{
    int fd = -1;
    QByteArray out; // the request being sent
    qsizetype sentBytes = 0;
    QByteArray in; // what has come back and is not yet a whole response
    qint64 sentNs = 0;
};

class Load
{
public:
    QUrl url;
    QByteArray contentType;
    QList<QByteArray> templates;
    int connections = 8;
    qint64 deadlineNs = 0;
    qint64 hardStopNs = 0;
    qint64 maxRequests = 0;

    qint64 sent = 0;
    qint64 failures = 0;
    QMap<int, qint64> statuses;
    std::vector<double> latenciesMs;
    QElapsedTimer clock;

    // Returns 0, or 3 when the hard stop ended the run.
    int run()
    {
        prepare();
        clock.start();
        std::vector<Connection> conns(static_cast<size_t>(connections));
        for (Connection &c : conns) {
            if (!open(c))
                continue;
            next(c);
        }
        std::vector<pollfd> fds;
        for (;;) {
            fds.clear();
            std::vector<Connection *> owners;
            for (Connection &c : conns) {
                if (c.fd < 0)
                    continue;
                fds.push_back({c.fd, short(POLLIN | (c.sentBytes < c.out.size() ? POLLOUT : 0)), 0});
                owners.push_back(&c);
            }
            if (fds.empty())
                return 0;
            if (clock.nsecsElapsed() > hardStopNs)
                return 3; // whatever the server does
            const int ready = ::poll(fds.data(), nfds_t(fds.size()), 100);
            if (ready < 0 && errno != EINTR)
                return 3;
            for (size_t i = 0; ready > 0 && i < fds.size(); ++i) {
                Connection &c = *owners[i];
                if (fds[i].revents & POLLOUT)
                    flush(c);
                if (c.fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    read(c);
            }
        }
    }

private:
    QList<Request> m_requests;
    char m_readBuffer[64 * 1024];

    void prepare()
    {
        const QByteArray target
            = url.path(QUrl::FullyEncoded).toLatin1() + (url.hasQuery() ? "?" + url.query().toLatin1() : QByteArray());
        for (const QByteArray &body : std::as_const(templates)) {
            Request request;
            request.bytes = "POST " + target + " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':'
                + QByteArray::number(url.port(80)) + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nX-Sentry-Auth: Sentry sentry_key=bench, sentry_version=7, sentry_client=bench_ingest_load/1.0\r\n\r\n";
            const qsizetype head = request.bytes.size();
            request.bytes += body;
            for (qsizetype at = body.indexOf(placeholder); at >= 0; at = body.indexOf(placeholder, at + placeholder.size()))
                request.idOffsets.push_back(head + at);
            m_requests.append(request);
        }
    }

    bool open(Connection &c)
    {
        c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(url.port(80)));
        address.sin_addr.s_addr = htonl(QHostAddress(url.host()).toIPv4Address());
        const int one = 1;
        if (c.fd < 0 || ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0
            || (::connect(c.fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 && errno != EINPROGRESS)) {
            ++failures;
            close(c);
            return false;
        }
        return true; // the first write waits for the connection (POLLOUT)
    }

    void close(Connection &c)
    {
        if (c.fd >= 0)
            ::close(c.fd);
        c.fd = -1;
    }

    // The next request on c, with a new event id (same length: item lengths stay right).
    void next(Connection &c)
    {
        if (clock.nsecsElapsed() >= deadlineNs || sent >= maxRequests) {
            close(c);
            return;
        }
        const Request &request = m_requests.at(sent % m_requests.size());
        char id[40];
        std::snprintf(id, sizeof id, "%032llx", static_cast<unsigned long long>(quint64(sent) * 2654435761ULL + 0x5eed));
        c.out = request.bytes; // shared until patched: one copy per request
        char *data = c.out.data();
        for (const qsizetype at : request.idOffsets)
            std::memcpy(data + at, id, 32);
        c.sentBytes = 0;
        ++sent;
        c.sentNs = clock.nsecsElapsed();
        flush(c);
    }

    void flush(Connection &c)
    {
        while (c.fd >= 0 && c.sentBytes < c.out.size()) {
            const ssize_t n = ::send(c.fd, c.out.constData() + c.sentBytes, size_t(c.out.size() - c.sentBytes), MSG_NOSIGNAL);
            if (n > 0) {
                c.sentBytes += n;
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOTCONN)) {
                return; // POLLOUT says when to go on
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                ++failures;
                close(c);
            }
        }
    }

    void read(Connection &c)
    {
        for (;;) {
            const ssize_t n = ::recv(c.fd, m_readBuffer, sizeof m_readBuffer, 0);
            if (n > 0) {
                c.in.append(m_readBuffer, n);
                if (size_t(n) < sizeof m_readBuffer)
                    break;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            ++failures; // closed or failed while a request was outstanding
            close(c);
            return;
        }
        int status = 0;
        for (qsizetype end = responseEnd(c.in, &status); end >= 0; end = responseEnd(c.in, &status)) {
            c.in.remove(0, end);
            if (status == 100)
                continue;
            latenciesMs.push_back(double(clock.nsecsElapsed() - c.sentNs) / 1e6);
            ++statuses[status];
            next(c);
            if (c.fd < 0)
                return;
        }
    }

    // One whole response in a connection's input: Content-Length or chunked body.
    static qsizetype responseEnd(const QByteArray &buffer, int *status)
    {
        const qsizetype head = buffer.indexOf("\r\n\r\n");
        if (head < 0)
            return -1;
        *status = buffer.mid(9, 3).toInt();
        const QByteArray lower = buffer.left(head).toLower();
        const qsizetype cl = lower.indexOf("\r\ncontent-length:");
        if (cl >= 0) {
            const qsizetype eol = lower.indexOf("\r\n", cl + 2);
            const qsizetype length = lower.mid(cl + 17, (eol < 0 ? head : eol) - cl - 17).trimmed().toLongLong();
            return buffer.size() >= head + 4 + length ? head + 4 + length : -1;
        }
        if (lower.contains("\r\ntransfer-encoding: chunked")) {
            qsizetype at = head + 4;
            for (;;) {
                const qsizetype eol = buffer.indexOf("\r\n", at);
                if (eol < 0)
                    return -1;
                bool ok = false;
                const qsizetype size = buffer.mid(at, eol - at).split(';').constFirst().trimmed().toLongLong(&ok, 16);
                if (!ok)
                    return -1;
                if (size == 0)
                    return buffer.size() >= eol + 4 ? eol + 4 : -1; // no trailers
                at = eol + 2 + size + 2;
                if (at > buffer.size())
                    return -1;
            }
        }
        return head + 4; // no body (204, 1xx)
    }
};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    return sorted[index];
}

// User and system time of this process: what the generator took from the cores it shares.
double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Posts envelope templates to a loopback ingest endpoint for a bounded time."_s);
    parser.addHelpOption();
    parser.addOption({u"url"_s, u"The endpoint (loopback only)."_s, u"URL"_s});
    parser.addOption({u"envelopes"_s, u"Folder of envelope templates."_s, u"DIR"_s});
    parser.addOption({u"connections"_s, u"Concurrent keep-alive connections."_s, u"N"_s, u"8"_s});
    parser.addOption({u"seconds"_s, u"How long to send (at most 120)."_s, u"S"_s, u"20"_s});
    parser.addOption({u"max-requests"_s, u"Stop after this many requests."_s, u"N"_s, u"2000000"_s});
    parser.addOption({u"content-type"_s, u"Content-Type of the requests."_s, u"TYPE"_s, u"application/x-sentry-envelope"_s});
    parser.process(app);

    Load load;
    load.url = QUrl(parser.value(u"url"_s));
    const QHostAddress host(load.url.host());
    if (!load.url.isValid() || load.url.scheme() != u"http" || host.isNull() || !host.isLoopback()) {
        std::fprintf(stderr, "bench_ingest_load: --url must be http://127.x.x.x:PORT/... (loopback only)\n");
        return 2;
    }
    const QDir dir(parser.value(u"envelopes"_s));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            load.templates.append(file.readAll());
    }
    if (load.templates.isEmpty()) {
        std::fprintf(stderr, "bench_ingest_load: no envelope templates in --envelopes\n");
        return 2;
    }
    load.contentType = parser.value(u"content-type"_s).toLatin1();
    load.connections = std::clamp(parser.value(u"connections"_s).toInt(), 1, 64);
    const double seconds = std::clamp(parser.value(u"seconds"_s).toDouble(), 0.1, 120.0);
    load.deadlineNs = qint64(seconds * 1e9);
    load.maxRequests = std::max<qint64>(1, parser.value(u"max-requests"_s).toLongLong());
    load.hardStopNs = load.deadlineNs + qint64(10e9); // whatever the server does
    const int rc = load.run();

    const double elapsed = double(load.clock.nsecsElapsed()) / 1e9;
    QJsonObject statuses;
    for (auto it = load.statuses.cbegin(); it != load.statuses.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    const qint64 accepted = load.statuses.value(200);
    const QJsonObject result {{u"seconds"_s, elapsed}, {u"requests"_s, load.sent}, {u"accepted"_s, accepted},
        {u"acceptedPerSecond"_s, double(accepted) / elapsed}, {u"p50Ms"_s, percentile(load.latenciesMs, 50)},
        {u"p99Ms"_s, percentile(load.latenciesMs, 99)},
        {u"maxMs"_s, load.latenciesMs.empty() ? 0.0 : *std::max_element(load.latenciesMs.cbegin(), load.latenciesMs.cend())},
        {u"statuses"_s, statuses}, {u"connectionErrors"_s, load.failures}, {u"cpuSeconds"_s, cpuSeconds()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return rc;
}
