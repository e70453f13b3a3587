#include "ingest/HttpRequestParser.h"

#include <QTest>

using namespace lookout;

// The local ingest's HTTP/1.1 request parser, fed as a socket would feed it: all at once, byte by
// byte, and several requests back to back on one connection.
class TestHttpRequestParser : public QObject
{
    Q_OBJECT

    using Status = HttpRequestParser::Status;

    // Feeds data in pieces of `step` bytes and returns the requests completed (and the error, if any).
    struct Fed
    {
        QList<HttpRequest> requests;
        int errorStatus = 0;
        QByteArray errorReason;
        bool continueAsked = false;
    };
    static Fed feed(const QByteArray &data, qsizetype step, qsizetype maxBody = 1000)
    {
        Fed fed;
        HttpRequestParser parser(maxBody, 256);
        QByteArray buffer;
        for (qsizetype at = 0; at < data.size(); at += step) {
            buffer.append(data.mid(at, step));
            for (bool again = true; again;) {
                switch (parser.parse(&buffer)) {
                case Status::NeedMore:
                    again = false;
                    break;
                case Status::HeadersDone:
                    fed.continueAsked |= parser.expectsContinue();
                    break;
                case Status::Complete:
                    fed.requests.append(parser.take());
                    break;
                case Status::Error:
                    fed.errorStatus = parser.errorStatus();
                    fed.errorReason = parser.errorReason();
                    return fed;
                }
            }
        }
        return fed;
    }

private Q_SLOTS:
    void readsARequestWhateverThePieces_data()
    {
        QTest::addColumn<qsizetype>("step");
        QTest::newRow("whole") << qsizetype(4096);
        QTest::newRow("byte by byte") << qsizetype(1);
        QTest::newRow("7 bytes") << qsizetype(7);
    }
    void readsARequestWhateverThePieces()
    {
        QFETCH(qsizetype, step);
        const QByteArray data = "POST /api/42/envelope/?sentry_key=abc&x=1 HTTP/1.1\r\n"
                                "Host: 127.0.0.1:8969\r\n"
                                "Content-Type:application/x-sentry-envelope\r\n"
                                "X-Sentry-Auth:   Sentry sentry_key=abc, sentry_version=7  \r\n"
                                "Content-Length: 11\r\n"
                                "\r\n"
                                "hello world";
        const Fed fed = feed(data, step);
        QCOMPARE(fed.errorStatus, 0);
        QCOMPARE(fed.requests.size(), 1);
        const HttpRequest &request = fed.requests.constFirst();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, "/api/42/envelope/");
        QCOMPARE(request.query, "sentry_key=abc&x=1");
        QCOMPARE(request.body, "hello world");
        QVERIFY(request.keepAlive);
        // Names lowercased and values trimmed, in the order sent.
        QCOMPARE(request.headers.size(), 4);
        QCOMPARE(request.headers.at(1).first, "content-type");
        QCOMPARE(request.header("content-type"), "application/x-sentry-envelope");
        QCOMPARE(request.header("x-sentry-auth"), "Sentry sentry_key=abc, sentry_version=7");
        QCOMPARE(request.header("X-Sentry-Auth"), QByteArray()); // asked for in lowercase
    }

    void pipelinedRequestsFollowOneAnother()
    {
        const QByteArray data = "\r\nPOST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nonePOST /b HTTP/1.1\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n3;ext=1\r\ntwo\r\n2\r\n!!\r\n0\r\nTrailer: x\r\n\r\n"
                                "\r\nGET /health HTTP/1.0\r\n\r\n";
        for (const qsizetype step : {qsizetype(4096), qsizetype(1)}) {
            const Fed fed = feed(data, step);
            QCOMPARE(fed.errorStatus, 0);
            QCOMPARE(fed.requests.size(), 3);
            QCOMPARE(fed.requests.at(0).body, "one");
            QCOMPARE(fed.requests.at(1).path, "/b");
            QCOMPARE(fed.requests.at(1).body, "two!!");
            QCOMPARE(fed.requests.at(2).method, "GET");
            QVERIFY(!fed.requests.at(2).keepAlive); // HTTP/1.0 closes unless asked not to
        }
    }

    void connectionHeaderDecidesKeepAlive()
    {
        QVERIFY(!feed("GET / HTTP/1.1\r\nConnection: TE, Close\r\n\r\n", 4096).requests.constFirst().keepAlive);
        QVERIFY(feed("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 4096).requests.constFirst().keepAlive);
        QVERIFY(feed("GET / HTTP/1.1\r\n\r\n", 4096).requests.constFirst().keepAlive);
    }

    void expectContinueIsReported()
    {
        const Fed fed = feed("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\nx", 4096);
        QVERIFY(fed.continueAsked);
        QCOMPARE(fed.requests.size(), 1);
    }

    void badInputIsRefusedWithItsStatus_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400 << QByteArray("malformed request line");
        QTest::newRow("four parts") << QByteArray("GET / x HTTP/1.1\r\n\r\n") << 400 << QByteArray("malformed request line");
        QTest::newRow("no path") << QByteArray("GET api HTTP/1.1\r\n\r\n") << 400 << QByteArray("malformed request line");
        QTest::newRow("method not a token") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << 400
                                            << QByteArray("malformed request line");
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505
                                << QByteArray("only HTTP/1.0 and HTTP/1.1 are spoken here");
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400 << QByteArray("malformed header line");
        QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n") << 400 << QByteArray("malformed header line");
        QTest::newRow("folded line") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400
                                     << QByteArray("malformed header line");
        QTest::newRow("bare LF before the end")
            << QByteArray("GET / HTTP/1.1\r\nA: b\n\r\n\r\n") << 400 << QByteArray("malformed header line");
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx") << 400
                                     << QByteArray("more than one Content-Length");
        QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\nx") << 400
                                       << QByteArray("invalid Content-Length");
        QTest::newRow("both framings") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                       << 400 << QByteArray("both Transfer-Encoding and Content-Length");
        QTest::newRow("gzip transfer") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
                                       << QByteArray("unsupported Transfer-Encoding gzip");
        QTest::newRow("too long") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n") << 413
                                  << QByteArray("body of 1001 bytes is over the limit of 1000 bytes");
        QTest::newRow("chunks too long") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3e9\r\n") << 413
                                         << QByteArray("chunked body over the limit of 1000 bytes");
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400
                                        << QByteArray("malformed chunk size");
        QTest::newRow("chunk overrun") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nxy\r\n") << 400
                                       << QByteArray("chunk data longer than its size");
        QTest::newRow("headers too large") << (QByteArray("GET / HTTP/1.1\r\nA: ") + QByteArray(300, 'a') + "\r\n\r\n") << 431
                                           << QByteArray("request headers too large");
    }
    void badInputIsRefusedWithItsStatus()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        for (const qsizetype step : {qsizetype(4096), qsizetype(1)}) {
            const Fed fed = feed(data, step);
            QCOMPARE(fed.requests.size(), 0);
            QCOMPARE(fed.errorStatus, status);
            QCOMPARE(fed.errorReason, reason);
        }
    }

    void limitsGiveTheSameAnswerHoweverTheBytesArrive()
    {
        // A head of exactly the limit (256 bytes before the blank line) is fine, one more is not:
        // also when the bytes come one at a time and the blank line has not been seen yet.
        const QByteArray start = "GET / HTTP/1.1\r\nA: ";
        for (const int extra : {0, 1}) {
            const QByteArray head = start + QByteArray(256 - start.size() + extra, 'a');
            for (const qsizetype step : {qsizetype(4096), qsizetype(1)}) {
                const Fed fed = feed(head + "\r\n\r\n", step);
                QCOMPARE(fed.errorStatus, extra ? 431 : 0);
                QCOMPARE(fed.requests.size(), extra ? 0 : 1);
            }
        }
        // Chunk extensions up to a 1024-byte size line; trailers up to the header limit.
        const QByteArray chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (const int extra : {0, 1}) {
            const QByteArray sizeLine = "1;" + QByteArray(1022 + extra, 'x');
            const QByteArray trailer = "T: " + QByteArray(256 - 5 - 2 + extra, 't');
            for (const qsizetype step : {qsizetype(4096), qsizetype(1)}) {
                Fed fed = feed(chunked + sizeLine + "\r\nz\r\n0\r\n\r\n", step);
                QCOMPARE(fed.errorStatus, extra ? 400 : 0);
                fed = feed(chunked + "0\r\n" + trailer + "\r\n\r\n", step);
                QCOMPARE(fed.errorStatus, extra ? 431 : 0);
                QCOMPARE(fed.requests.size(), extra ? 0 : 1);
            }
        }
    }

    void headersTooLargeAreRefusedBeforeTheyEnd()
    {
        // No blank line yet: the limit is checked on what has arrived, not on a whole head.
        const Fed fed = feed("GET / HTTP/1.1\r\nA: " + QByteArray(300, 'a'), 4096);
        QCOMPARE(fed.errorStatus, 431);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
