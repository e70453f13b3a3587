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
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView placeholder = "EVENT_ID_PLACEHOLDER_0123456789A";

struct Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    qint64 sentNs = 0;
    bool waiting = false;
};

class Load : public QObject
{
public:
    QUrl url;
    QByteArray contentType;
    QList<QByteArray> templates;
    int connections = 8;
    qint64 deadlineNs = 0;
    qint64 maxRequests = 0;

    qint64 sent = 0;
    qint64 failures = 0;
    QMap<int, qint64> statuses;
    std::vector<double> latenciesMs;
    QElapsedTimer clock;
    std::vector<std::unique_ptr<Connection>> conns;
    int open = 0;

    void start()
    {
        clock.start();
        for (int i = 0; i < connections; ++i) {
            auto connection = std::make_unique<Connection>();
            connection->socket = new QTcpSocket(this);
            Connection *c = connection.get();
            connect(c->socket, &QTcpSocket::connected, this, [this, c] { next(c); });
            connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { read(c); });
            connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c] {
                ++failures;
                c->waiting = false;
                finish(c);
            });
            c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            c->socket->connectToHost(QHostAddress(url.host()), quint16(url.port(80)));
            conns.push_back(std::move(connection));
            ++open;
        }
    }

    QByteArray request()
    {
        QByteArray body = templates.at(sent % templates.size());
        const QByteArray id = QByteArray::number(quint64(sent) * 2654435761ULL + 0x5eed, 16).rightJustified(32, '0').right(32);
        for (qsizetype at = body.indexOf(placeholder); at >= 0; at = body.indexOf(placeholder, at + 32))
            body.replace(at, placeholder.size(), id);
        const QByteArray target
            = url.path(QUrl::FullyEncoded).toLatin1() + (url.hasQuery() ? "?" + url.query().toLatin1() : QByteArray());
        return "POST " + target + " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' + QByteArray::number(url.port(80))
            + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nX-Sentry-Auth: Sentry sentry_key=bench, sentry_version=7, sentry_client=bench_ingest_load/1.0\r\n\r\n" + body;
    }

    void next(Connection *c)
    {
        if (clock.nsecsElapsed() >= deadlineNs || sent >= maxRequests) {
            finish(c);
            return;
        }
        c->socket->write(request());
        ++sent;
        c->sentNs = clock.nsecsElapsed();
        c->waiting = true;
    }

    void finish(Connection *c)
    {
        if (!c->socket)
            return;
        c->socket->disconnect(this);
        c->socket->abort();
        c->socket = nullptr;
        if (--open == 0)
            QCoreApplication::quit();
    }

    // One whole response in c->buffer: Content-Length or chunked body.
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

    void read(Connection *c)
    {
        c->buffer += c->socket->readAll();
        int status = 0;
        for (qsizetype end = responseEnd(c->buffer, &status); end >= 0; end = responseEnd(c->buffer, &status)) {
            c->buffer.remove(0, end);
            if (status == 100)
                continue;
            latenciesMs.push_back(double(clock.nsecsElapsed() - c->sentNs) / 1e6);
            ++statuses[status];
            c->waiting = false;
            next(c);
            if (!c->socket)
                return;
        }
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
    // A hard stop, whatever the server does.
    QTimer::singleShot(int(seconds * 1000) + 10000, &app, [] { QCoreApplication::exit(3); });
    load.start();
    const int rc = app.exec();

    const double elapsed = double(load.clock.nsecsElapsed()) / 1e9;
    QJsonObject statuses;
    for (auto it = load.statuses.cbegin(); it != load.statuses.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    const qint64 accepted = load.statuses.value(200);
    const QJsonObject result {{u"seconds"_s, elapsed}, {u"requests"_s, load.sent}, {u"accepted"_s, accepted},
        {u"acceptedPerSecond"_s, double(accepted) / elapsed}, {u"p50Ms"_s, percentile(load.latenciesMs, 50)},
        {u"p99Ms"_s, percentile(load.latenciesMs, 99)},
        {u"maxMs"_s, load.latenciesMs.empty() ? 0.0 : *std::max_element(load.latenciesMs.cbegin(), load.latenciesMs.cend())},
        {u"statuses"_s, statuses}, {u"connectionErrors"_s, load.failures}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return rc;
}
