// The local ingest endpoint over real loopback sockets: what an SDK (or a broken client) sends and
// what it gets back, and what ends up in the cache.
#include "IngestTestClient.h"
#include "TestData.h"
#include "ingest/IngestServer.h"
#include "store/PreparedEvent.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <memory>
#include <sqlite3.h>
#include <vector>
#include <zlib.h>

using namespace lookout;
using namespace lookout::test;
using namespace Qt::StringLiterals;

class TestIngestServer : public QObject, test::IngestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetCache(); }

    void envelopeIsStoredAndGrouped()
    {
        IngestServer server;
        QSignalSpy stored(&server, &IngestServer::stored);
        QVERIFY2(server.start(settings()), qPrintable(server.errorString()));
        QVERIFY(server.port() != 0);
        QCOMPARE(server.dsn(), u"http://lookout@127.0.0.1:%1/1"_s.arg(server.port()));
        const Reply reply = post(server, "/api/1/envelope/", readData(u"envelope_javascript.txt"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray(R"({"id":"3c29c134e36d48cdb8f7b11b4e696077"})"));
        // The window hears of the commit, with the new issue.
        QTRY_COMPARE(stored.size(), 1);
        const IngestBatch batch = stored.constFirst().constFirst().value<IngestBatch>();
        QCOMPARE(batch.events, 1);
        QCOMPARE(batch.newIssues.size(), 1);
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"cache.db"_s)));
        const auto issue = store.issue(batch.newIssues.constFirst());
        QVERIFY(issue);
        QCOMPARE(issue->projectSlug, u"local"_s);
        QVERIFY(issue->title.startsWith(u"SyntaxError"));
        // The network thread left compressing to the writer, which did it before storing.
        QCOMPARE(payloadFormats(), QList<qint64> {qint64(PayloadFormat::Zstd)});
        // Another project id of the same endpoint gets a project of its own.
        QCOMPARE(post(server, "/api/42/envelope/", readData(u"envelope_php_error.txt"_s)).status, 200);
        server.flush();
        QCOMPARE(store.projects().size(), 2);
    }

    void storeEndpointTakesEventJson()
    {
        IngestServer server;
        QVERIFY(server.start(settings()));
        const QByteArray event = test::eventLine(u"0123456789abcdef0123456789abcdef"_s, 1.7e9, u"ValueError"_s);
        const Reply reply = post(server, "/api/1/store/", event);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("0123456789abcdef0123456789abcdef"));
        const Reply broken = post(server, "/api/1/store/", "{\"event_id\": ");
        QCOMPARE(broken.status, 400);
        server.stop();
        QCOMPARE(storedEvents(), 1);
    }

    void authChecksKeysWhenConfigured()
    {
        IngestServer server;
        IngestSettings s = settings();
        s.keys = {u"k1"_s};
        QVERIFY(server.start(s));
        QCOMPARE(server.dsn(), u"http://k1@127.0.0.1:%1/1"_s.arg(server.port()));
        const QByteArray body = readData(u"envelope_javascript.txt"_s);
        Reply missing = post(server, "/api/1/envelope/", body);
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.body.contains("missing sentry_key"));
        Reply unknown = post(server, "/api/1/envelope/", body, {{"X-Sentry-Auth", "Sentry sentry_key=nope, sentry_version=7"}});
        QCOMPARE(unknown.status, 401);
        QVERIFY(unknown.body.contains("unknown sentry_key nope"));
        QCOMPARE(post(server, "/api/1/envelope/?sentry_key=nope&sentry_version=7", body).status, 401);
        QCOMPARE(post(server, "/api/1/envelope/", body,
                     {{"X-Sentry-Auth", "Sentry sentry_version=7, sentry_client=test/1.0, sentry_key=k1"}})
                     .status,
            200);
        QCOMPARE(
            post(server, "/api/1/envelope/?sentry_version=7&sentry_key=k1", readData(u"envelope_php_error.txt"_s)).status, 200);
        server.stop();
        QCOMPARE(storedEvents(), 2);
        QCOMPARE(server.counters().unauthorized.load(), 3);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("windowBits"); // 0: not compressed
        QTest::addColumn<bool>("chunked");
        QTest::newRow("plain") << QByteArray() << 0 << false;
        QTest::newRow("gzip") << QByteArray("gzip") << 16 + MAX_WBITS << false;
        QTest::newRow("deflate (zlib)") << QByteArray("deflate") << MAX_WBITS << false;
        QTest::newRow("deflate (raw)") << QByteArray("deflate") << -MAX_WBITS << false;
        QTest::newRow("chunked") << QByteArray() << 0 << true;
        QTest::newRow("chunked gzip") << QByteArray("gzip") << 16 + MAX_WBITS << true;
    }

    void encodings()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(int, windowBits);
        QFETCH(bool, chunked);
        IngestServer server;
        QVERIFY(server.start(settings()));
        QByteArray body = readData(u"envelope_javascript.txt"_s);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (windowBits != 0) {
            body = compress(body, windowBits);
            headers.append(qMakePair(QByteArray("Content-Encoding"), encoding));
        }
        if (chunked) {
            body = chunk(body, 1000);
            headers.append(qMakePair(QByteArray("Transfer-Encoding"), QByteArray("chunked")));
        }
        const Reply reply = post(server, "/api/1/envelope/", body, headers);
        QCOMPARE(reply.status, 200);
        server.stop();
        QCOMPARE(storedEvents(), 1);
    }

    void badEncodings()
    {
        IngestServer server;
        IngestSettings s = settings();
        s.maxBodyBytes = 1024 * 1024;
        QVERIFY(server.start(s));
        const QByteArray body = readData(u"envelope_javascript.txt"_s);
        QCOMPARE(post(server, "/api/1/envelope/", body, {{"Content-Encoding", "br"}}).status, 415);
        const Reply corrupt = post(server, "/api/1/envelope/", "not gzip at all", {{"Content-Encoding", "gzip"}});
        QCOMPARE(corrupt.status, 400);
        QVERIFY(corrupt.body.contains("cannot be inflated"));
        QByteArray truncated = compress(body, 16 + MAX_WBITS);
        truncated.chop(20);
        QCOMPARE(post(server, "/api/1/envelope/", truncated, {{"Content-Encoding", "gzip"}}).status, 400);
        // 100 KB of gzip that inflates to 100 MB: refused at the limit, not inflated whole.
        const Reply bomb = post(server, "/api/1/envelope/", compress(QByteArray(100 * 1024 * 1024, 'a'), 16 + MAX_WBITS),
            {{"Content-Encoding", "gzip"}});
        QCOMPARE(bomb.status, 413);
        QVERIFY(bomb.body.contains("inflates to more than 1048576 bytes"));
        server.stop();
        QCOMPARE(storedEvents(), 0);
    }

    void tooLargeIsRefusedBeforeTheBody()
    {
        IngestServer server;
        IngestSettings s = settings();
        s.maxBodyBytes = 1000;
        QVERIFY(server.start(s));
        // Expect: 100-continue: the client has sent nothing of the body and hears 413 at once.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/1/envelope/ HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\nExpect: 100-continue\r\n\r\n");
        Reply reply = readReply(socket);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.header("connection"), QByteArray("close"));
        QVERIFY(reply.body.contains("104857600 bytes is over the limit of 1000 bytes"));
        // Without Expect: the first bytes of the body are there, the rest never comes; 413 anyway.
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(second.waitForConnected(5000));
        second.write("POST /api/1/envelope/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n{\"event_id\":");
        QCOMPARE(readReply(second).status, 413);
        // A chunked body is refused when its chunks pass the limit.
        const Reply chunked
            = post(server, "/api/1/envelope/", chunk(QByteArray(3000, 'x'), 600), {{"Transfer-Encoding", "chunked"}});
        QCOMPARE(chunked.status, 413);
        // Within the limit, fine: the acceptable request with Expect gets 100 Continue first.
        QTcpSocket third;
        third.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(third.waitForConnected(5000));
        third.write("POST /api/1/store/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(readReply(third).status, 100);
        third.write("{}");
        QCOMPARE(readReply(third).status, 400);
        QCOMPARE(server.counters().tooLarge.load(), 3);
    }

    void malformedEnvelopeIsKeptInRejected()
    {
        IngestServer server;
        QVERIFY(server.start(settings()));
        const QByteArray body = readData(u"envelope_with_screenshot.bin"_s);
        const Reply reply = post(server, "/api/1/envelope/", body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.body.contains("invalid envelope") && reply.body.contains("runs past the end"), reply.body.constData());
        const QString kept = QString::fromUtf8(reply.header("x-lookout-rejected"));
        QVERIFY(!kept.isEmpty());
        QFile file(kept);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), body); // byte for byte, for inspection
        QFile reason(kept.chopped(9) + u".txt"_s);
        QVERIFY(reason.open(QIODevice::ReadOnly));
        QVERIFY(reason.readAll().contains("runs past the end"));
        // The event item before the damage was read correctly: it is stored all the same.
        server.stop();
        QCOMPARE(storedEvents(), 1);
    }

    void rejectedFolderIsBounded()
    {
        IngestServer server;
        IngestSettings s = settings();
        s.maxRejectedFiles = 3;
        QVERIFY(server.start(s));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(post(server, "/api/1/envelope/", "not an envelope header\n").status, 400);
        QCOMPARE(QDir(s.rejectedDir).entryList({u"*.envelope"_s}, QDir::Files).size(), 3);
        QCOMPARE(QDir(s.rejectedDir).entryList({u"*.txt"_s}, QDir::Files).size(), 3);
    }

    void floodIsRateLimited()
    {
        IngestServer server;
        IngestSettings s = settings();
        s.requestsPerSecond = 1;
        s.burst = 2;
        s.clock = &m_clock;
        QVERIFY(server.start(s));
        const QByteArray body = readData(u"envelope_empty.txt"_s);
        QCOMPARE(post(server, "/api/1/envelope/", body).status, 200);
        QCOMPARE(post(server, "/api/1/envelope/", body).status, 200);
        const Reply limited = post(server, "/api/1/envelope/", body);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), QByteArray("1"));
        // What Sentry's SDKs read: retry_after:categories(empty: all):scope.
        QCOMPARE(limited.header("x-sentry-rate-limits"), QByteArray("1::organization"));
        m_clock.advance(1);
        QCOMPARE(post(server, "/api/1/envelope/", body).status, 200);
        QCOMPARE(server.counters().rateLimited.load(), 1);
    }

    // Connections are spread over several network threads: the request rate limit holds over all
    // of them, and everything answered 200 is stored.
    void rateLimitAndStoringAcrossNetworkThreads()
    {
        IngestServer server;
        IngestSettings s = settings();
        s.networkThreads = 3;
        s.requestsPerSecond = 1;
        s.burst = 6;
        s.clock = &m_clock;
        QVERIFY(server.start(s));
        auto envelope = [](int i) {
            const QString id = u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
            return "{}\n{\"type\":\"event\"}\n" + test::eventLine(id, 1.7e9 + i, u"Error%1"_s.arg(i)) + '\n';
        };
        // Six keep-alive connections at once, two to a thread.
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 6; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(sockets.back()->waitForConnected(5000));
        }
        for (int i = 0; i < 6; ++i) {
            sockets[i]->write(request("POST", "/api/1/envelope/", envelope(i)));
            sockets[i]->flush();
        }
        for (int i = 0; i < 6; ++i)
            QCOMPARE(readReply(*sockets[i]).status, 200);
        // The burst is used up over all threads, not per thread.
        for (int i = 0; i < 6; ++i) {
            sockets[i]->write(request("POST", "/api/1/envelope/", envelope(6 + i)));
            sockets[i]->flush();
        }
        for (int i = 0; i < 6; ++i) {
            const Reply reply = readReply(*sockets[i]);
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.header("x-sentry-rate-limits"), QByteArray("1::organization"));
        }
        m_clock.advance(1);
        sockets[5]->write(request("POST", "/api/1/envelope/", envelope(12)));
        QCOMPARE(readReply(*sockets[5]).status, 200);
        QCOMPARE(server.counters().accepted.load(), 7);
        QCOMPARE(server.counters().rateLimited.load(), 6);
        server.stop();
        QCOMPARE(storedEvents(), 7);
    }

    void writerBacklogAnswers429()
    {
        IngestServer server;
        IngestSettings s = settings();
        s.maxPendingEnvelopes = 0; // the writer never has room
        QVERIFY(server.start(s));
        const Reply reply = post(server, "/api/1/envelope/", readData(u"envelope_javascript.txt"_s));
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.header("x-sentry-rate-limits").startsWith("1::"));
    }

    void spotlightStream()
    {
        IngestServer server;
        IngestSettings s = settings();
        s.keys = {u"k1"_s}; // Spotlight's protocol has no keys
        QVERIFY(server.start(s));
        const QByteArray body = readData(u"envelope_javascript.txt"_s);
        QCOMPARE(post(server, "/stream", body, {{"Content-Type", "application/x-sentry-envelope"}}).status, 200);
        QCOMPARE(post(server, "/stream", body, {{"Content-Type", "application/json"}}).status, 415);
        QCOMPARE(send(server, request("GET", "/stream", {})).status, 405);
        server.stop();
        QCOMPARE(storedEvents(), 1);
    }

    void keepAliveAndPipelining()
    {
        IngestServer server;
        QVERIFY(server.start(settings()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        // Two requests in one write, then a third after the answers: one connection throughout.
        socket.write(request("POST", "/api/1/envelope/", readData(u"envelope_javascript.txt"_s))
            + request("POST", "/api/1/envelope/", readData(u"envelope_php_error.txt"_s)));
        QCOMPARE(readReply(socket).status, 200);
        QCOMPARE(readReply(socket).status, 200);
        socket.write(request("OPTIONS", "/api/1/envelope/", {}));
        const Reply preflight = readReply(socket);
        QCOMPARE(preflight.status, 204);
        QVERIFY(preflight.header("access-control-allow-headers").contains("X-Sentry-Auth"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        server.stop();
        QCOMPARE(storedEvents(), 2);
    }

    void garbageNeverCrashes()
    {
        IngestServer server;
        QVERIFY(server.start(settings()));
        const QList<QByteArray> garbage = {QByteArray("\x00\x01\x02\r\n\r\n", 7), "GET\r\n\r\n",
            "POST /api/1/envelope/ HTTP/9.9\r\n\r\n", "POST /api/1/envelope/ HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "POST /api/1/envelope/ HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
            "POST /api/1/envelope/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "POST /api/1/envelope/ HTTP/1.1\r\nbad header\r\n\r\n", QByteArray(70 * 1024, 'A'),
            request("POST", "/api/1/envelope/", QByteArray(5000, '\xff')), request("POST", "/api/x/envelope/", "{}"),
            request("POST", "/nowhere", "{}")};
        for (const QByteArray &raw : garbage) {
            const Reply reply = send(server, raw);
            QVERIFY2(reply.status >= 400 && reply.status < 600, raw.left(60).toHex().constData());
        }
        // Random bytes as envelopes: 400s, never a crash.
        for (int seed = 0; seed < 50; ++seed) {
            QByteArray noise(1 + seed * 37, Qt::Uninitialized);
            for (qsizetype i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 7919 + seed * 104729) % 251);
            QCOMPARE(post(server, "/api/1/envelope/", noise).status, 400);
        }
        // Still serving.
        QCOMPARE(post(server, "/api/1/envelope/", readData(u"envelope_javascript.txt"_s)).status, 200);
    }

    void sharedEnvelopes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QStringList files = QDir(test::dataPath(u"envelopes"_s)).entryList(QDir::Files, QDir::Name);
        // The two whose binary payloads were damaged before they reached us (see SOURCES.md).
        const QStringList damaged = {u"envelope_flutter_replay.bin"_s, u"envelope_with_screenshot.bin"_s};
        int count = 0;
        for (const QString &file : files) {
            if (file == u"SOURCES.md")
                continue;
            ++count;
            const bool bad = damaged.contains(file);
            QTest::newRow(qPrintable(file)) << file << (bad ? 400 : 200)
                                            << (bad ? u"runs past the end of the envelope"_s : QString());
        }
        QCOMPARE(count, 35);
    }

    void sharedEnvelopes()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, reason);
        IngestServer server;
        QVERIFY(server.start(settings()));
        const Reply reply = post(server, "/api/1/envelope/", readData(file));
        QVERIFY2(reply.status == status, reply.body.constData());
        if (!reason.isEmpty())
            QVERIFY2(QString::fromUtf8(reply.body).contains(reason), reply.body.constData());
        QCOMPARE(!reply.header("x-lookout-rejected").isEmpty(), status == 400);
    }
};

QTEST_GUILESS_MAIN(TestIngestServer)
#include "TestIngestServer.moc"
