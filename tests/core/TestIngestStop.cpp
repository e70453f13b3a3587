// Starting and stopping the local ingest: everything answered 200 is committed by the time a stop
// (blocking, in the background, or lookoutctl's on SIGTERM/SIGINT) is done, and a taken port says so.
#include "IngestTestClient.h"
#include "TestData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace lookout;
using namespace lookout::test;
using namespace Qt::StringLiterals;

class TestIngestStop : public QObject, test::IngestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetCache(); }

    void stopCommitsEverythingAccepted()
    {
        IngestServer server;
        QVERIFY(server.start(settings()));
        int accepted = 0;
        for (int i = 0; i < 200; ++i) {
            const QString id = u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
            const QByteArray envelope = "{\"event_id\":\"" + id.toLatin1() + "\"}\n{\"type\":\"event\"}\n"
                + test::eventLine(id, 1.7e9 + i, u"Error%1"_s.arg(i % 7)) + '\n';
            accepted += post(server, "/api/1/envelope/", envelope).status == 200;
        }
        QCOMPARE(accepted, 200);
        server.stop();
        QCOMPARE(storedEvents(), 200);
    }

    // What a window uses: it returns at once, and says when everything is committed. Starting again
    // while it stops waits for it (the same port and cache).
    void stopLaterCommitsThenSaysSo()
    {
        IngestServer server;
        QSignalSpy stopped(&server, &IngestServer::stopped);
        QVERIFY(server.start(settings()));
        auto postEvents = [&](int from, int count) {
            int accepted = 0;
            for (int i = from; i < from + count; ++i) {
                const QString id = u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
                accepted += post(server, "/api/1/envelope/",
                                "{}\n{\"type\":\"event\"}\n" + test::eventLine(id, 1.7e9 + i, u"Error%1"_s.arg(i % 3)) + '\n')
                                .status
                    == 200;
            }
            return accepted;
        };
        QCOMPARE(postEvents(0, 50), 50);
        server.stopLater();
        QVERIFY(!server.isRunning());
        QVERIFY(stopped.wait());
        QCOMPARE(storedEvents(), 50);

        IngestSettings again = settings();
        again.port = server.port();
        QVERIFY(server.start(again));
        QCOMPARE(postEvents(50, 50), 50);
        server.stopLater();
        QVERIFY2(server.start(again), qPrintable(server.errorString()));
        QCOMPARE(postEvents(100, 50), 50);
        server.stop();
        QCOMPARE(storedEvents(), 150);
        QCoreApplication::processEvents();
        QCOMPARE(stopped.size(), 1); // the second was waited for by start()
    }

    void refusesAnAddressInUse()
    {
        IngestServer first;
        QVERIFY(first.start(settings()));
        IngestServer second;
        IngestSettings s = settings();
        s.port = first.port();
        QVERIFY(!second.start(s));
        QVERIFY(second.errorString().contains(u"cannot listen"));
        QVERIFY(!second.isRunning());
    }

    // lookoutctl ingest: prints the DSN when ready, and on SIGTERM or SIGINT exits 0 with everything
    // it answered 200 in the cache.
    void lookoutctlIngestStopsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void lookoutctlIngestStopsCleanly()
    {
        QFETCH(int, signal);
        QProcess process;
        process.start(QStringLiteral(LOOKOUTCTL_PATH),
            {u"ingest"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, m_dir.filePath(u"cache.db"_s)});
        QVERIFY(process.waitForStarted());
        QByteArray dsn;
        while (!dsn.contains('\n') && process.waitForReadyRead(10000))
            dsn += process.readAllStandardOutput();
        dsn = dsn.trimmed();
        const QUrl url(QString::fromLatin1(dsn));
        QVERIFY2(
            url.isValid() && url.userName() == u"lookout" && url.host() == u"127.0.0.1" && url.path() == u"/1", dsn.constData());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 50; ++i) {
            const QString id = u"%1"_s.arg(i + 1000, 32, 16, QLatin1Char('0'));
            const QByteArray envelope = "{\"event_id\":\"" + id.toLatin1() + "\"}\n{\"type\":\"event\"}\n"
                + test::eventLine(id, 1.7e9 + i, u"Error%1"_s.arg(i % 3)) + '\n';
            socket.write(request("POST", "/api/1/envelope/?sentry_key=lookout", envelope));
            QCOMPARE(readReply(socket).status, 200);
        }
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().contains("50 accepted"));
        QCOMPARE(storedEvents(), 50);
    }

    // Every envelope of the shared fixtures (tests/data/envelopes), through the endpoint: accepted,
    // or rejected with the reason documented in envelopes/SOURCES.md.
};

QTEST_GUILESS_MAIN(TestIngestStop)
#include "TestIngestStop.moc"
