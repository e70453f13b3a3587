#include "FakeSentry.h"
#include "MessageCapture.h"
#include "api/SentryClient.h"
#include "api/SentryReply.h"
#include "api/TokenStore.h"
#include "store/Store.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <memory>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

namespace {

// A bare HTTP/1.1 server on loopback that records each request's head and answers every request
// with the same response: stands in for "another site" a redirect points to, or for a Sentry that
// redirects.
class RecordingServer : public QTcpServer
{
public:
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]";
    QList<QByteArray> heads;

    RecordingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    heads << buffer->left(end);
                    buffer->remove(0, end + 4);
                    socket->write(response);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
};

} // namespace

// The auth token stays out of everything Lookout writes or prints: a whole sync with every debug
// message on, every file it leaves (cache, settings, exports), lookoutctl's output of any command,
// --help and --version. It is only kept in the keychain or, without one, the user-only token file
// (the file is what runs here: no Secret Service in the build root, so the keychain path is not
// exercised by this test). And requests carry it to the account's own origin only: a redirect to
// another origin is not followed, and an organisation's region outside the account's site is refused.
class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeSentry> m_server;
    const QString m_token = u"sntrys_lookout-secret-6b1e94f0c2a7d835"_s;
    QByteArray m_output; // everything every child printed

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(u"home/cache.sqlite"_s); }

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"SENTRY_AUTH_TOKEN", "SENTRY_URL", "SENTRY_ORG", "SENTRY_PROJECT"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"HOME"_s, path(u"home"_s));
        env.insert(u"XDG_CACHE_HOME"_s, path(u"home/.cache"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"home/.config"_s));
        env.insert(u"XDG_DATA_HOME"_s, path(u"home/.local/share"_s));
        env.insert(u"LOOKOUT_TOKEN_STORE"_s, u"file"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // every debug message, Qt's own included
        return env;
    }

    // abortAfterRequests > 0: the child gets SIGABRT after the server answered that many requests,
    // so what a crash prints is checked too.
    Run ctl(const QStringList &arguments, int abortAfterRequests = 0)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(path(u"home"_s));
        int answered = 0;
        const QMetaObject::Connection crasher = connect(m_server.get(), &FakeSentry::requestHandled, &process, [&] {
            if (abortAfterRequests > 0 && ++answered == abortAfterRequests && process.processId() > 0)
                ::kill(pid_t(process.processId()), SIGABRT);
        });
        process.start(QStringLiteral(LOOKOUTCTL_PATH), QStringList {u"--db"_s, db()} + arguments);
        if (!process.waitForStarted())
            return {};
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning)
            finished.wait(120'000);
        disconnect(crasher);
        Run result;
        result.code = process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        m_output += result.out + result.err;
        return result;
    }

    QStringList account(bool withToken = true) const
    {
        QStringList arguments {u"--url"_s, m_server->baseUrl().toString(), u"--org"_s, m_server->orgSlug()};
        if (withToken)
            arguments << u"--token"_s << m_token;
        return arguments;
    }

    // Where in data the token shows, in any of the encodings a file might hold it.
    bool containsToken(const QByteArray &data) const
    {
        const QByteArray utf8 = m_token.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(m_token.utf16()), m_token.size() * 2);
        return data.contains(utf8) || data.contains(utf16) || data.contains(utf8.toBase64())
            || data.contains(QByteArray("Bearer " + utf8).toBase64()) || data.contains(QUrl::toPercentEncoding(m_token));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(u"home"_s)));
        m_server = std::make_unique<FakeSentry>();
        SeedOptions seed;
        seed.issues = 20;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        seed.anchor = QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::UTC);
        m_server->seed(seed);
        m_server->setToken(m_token);
        m_server->setRateLimit(0);
        QVERIFY(m_server->listen());
    }

    void tokenIsInNoOutputAndNoFile()
    {
        // Saved (to the user-only file here), then used from there by later commands.
        const Run saved = ctl(QStringList {u"sync"_s, u"--save-token"_s} + account());
        QVERIFY2(saved.code == 0, saved.err.constData());
        const Run synced = ctl(QStringList {u"sync"_s, u"--full"_s} + account(false));
        QVERIFY2(synced.code == 0, synced.err.constData());
        QVERIFY2(synced.err.contains("lookout.api"), "debug logging was not on"); // so there was something to leak
        const Run crashed = ctl(QStringList {u"sync"_s, u"--full"_s} + account(false), 3);
        QCOMPARE(crashed.code, -1);
        const Run wrong = ctl(QStringList {u"sync"_s, u"--url"_s, m_server->baseUrl().toString(), u"--org"_s, m_server->orgSlug(),
            u"--token"_s, m_token + u"x"_s});
        QCOMPARE(wrong.code, 1);

        const FakeIssue &issue = m_server->data().issues().constFirst();
        const Run resolved = ctl(QStringList {u"resolve"_s, issue.shortId} + account());
        QVERIFY2(resolved.code == 0, resolved.err.constData());
        QVERIFY(ctl({u"export"_s, u"--output"_s, path(u"home/export.jsonl"_s)}).code == 0);
        for (const QStringList &arguments :
            {QStringList {u"issues"_s, u"--json"_s}, QStringList {u"show"_s, issue.shortId, u"--json"_s},
                QStringList {u"outbox"_s, u"--all"_s, u"--json"_s}, QStringList {u"stats"_s}, QStringList {u"health"_s},
                QStringList {u"--help"_s}, QStringList {u"--version"_s}, QStringList {u"sync"_s, u"--help"_s}})
            ctl(arguments);
        QVERIFY(QFileInfo(path(u"home/export.jsonl"_s)).size() > 0);
        {
            // The window on the same cache: its settings land in the same home.
            QProcess window;
            QProcessEnvironment env = environment();
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            window.setProcessEnvironment(env);
            window.start(QStringLiteral(LOOKOUT_PATH), {u"--db"_s, db(), u"--screenshot"_s, path(u"home/window.png"_s)});
            QVERIFY(window.waitForFinished(120'000));
            m_output += window.readAllStandardOutput() + window.readAllStandardError();
            QCOMPARE(window.exitCode(), 0);
        }
        QVERIFY2(!containsToken(m_output), "the token is in lookoutctl's output");

        // Every file left behind: the cache (and its WAL), settings, the export. The token file is the
        // one place it may be, and only the user can read that.
        QString tokenFile;
        for (QDirIterator found(path(u"home"_s), {u"tokens.json"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            found.hasNext();)
            tokenFile = found.next();
        QVERIFY2(tokenFile.startsWith(path(u"home/.config/"_s)), qPrintable(tokenFile));
        QCOMPARE(test::fileMode(tokenFile), 0600u);
        QStringList checked;
        QDirIterator it(path(u"home"_s), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file == tokenFile)
                continue;
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!containsToken(f.readAll()), qPrintable(u"the token is in "_s + file));
            checked << QFileInfo(file).fileName();
        }
        qInfo("checked for the token: %s", qPrintable(checked.join(u", "_s)));
        QVERIFY2(checked.contains(u"cache.sqlite"_s) && checked.contains(u"export.jsonl"_s), qPrintable(checked.join(u", "_s)));
    }

    void tokenIsInNoLogMessage()
    {
        // The same sync in this process, every debug message captured.
        // The fake server in this process logs the requests it receives (Qt's HTTP server does, headers
        // and all): that is the receiving side, not Lookout, so it is left out.
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver.*=false"_s);
        test::MessageCapture::start();
        const QString cache = path(u"inprocess.sqlite"_s);
        {
            SyncEngine engine(cache);
            AccountConfig config;
            config.url = m_server->baseUrl();
            config.org = m_server->orgSlug();
            config.token = m_token;
            engine.setAccount(config);
            QSignalSpy finished(&engine, &SyncEngine::finished);
            engine.sync();
            QVERIFY(finished.wait(60'000));
            QVERIFY(finished.constFirst().constFirst().value<SyncSummary>().ok());
        }
        test::MessageCapture::stop();
        QLoggingCategory::setFilterRules(QString());
        const QStringList &messages = test::MessageCapture::messages();
        QVERIFY2(messages.size() > 20, "too few messages to say anything");
        QVERIFY2(!containsToken(messages.join(u'\n').toUtf8()), "the token is in a log message");
    }

    void environmentTokenStaysWithItsSite()
    {
        // SENTRY_AUTH_TOKEN is for SENTRY_URL (sentry.io when unset): an account elsewhere never gets it.
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LOOKOUT_TOKEN_STORE", "file");
        qunsetenv("SENTRY_URL");
        qunsetenv("SENTRY_ORG");
        qputenv("SENTRY_AUTH_TOKEN", m_token.toUtf8());
        QString error;
        QCOMPARE(SyncController::storedToken(u"https://sentry.io"_s, u"acme"_s, &error), std::optional<QString>(m_token));
        error.clear();
        QCOMPARE(SyncController::storedToken(m_server->baseUrl().toString(), u"acme"_s, &error), std::nullopt);
        QVERIFY(!error.contains(m_token));
        qputenv("SENTRY_URL", m_server->baseUrl().toString().toUtf8());
        QCOMPARE(SyncController::storedToken(m_server->baseUrl().toString(), u"acme"_s, &error), std::optional<QString>(m_token));
        qunsetenv("SENTRY_URL");
        qunsetenv("SENTRY_AUTH_TOKEN");
        qunsetenv("LOOKOUT_TOKEN_STORE");
        QStandardPaths::setTestModeEnabled(false);
    }

    void sameOriginRedirectIsFollowed()
    {
        // The redirect points to another path of the same origin: followed, with the token.
        RecordingServer same;
        QVERIFY(same.listen(QHostAddress::LocalHost));
        same.response = "HTTP/1.1 302 Found\r\nLocation: /api/0/moved/\r\nContent-Length: 0\r\n\r\n";
        QNetworkAccessManager nam;
        const std::unique_ptr<SentryClient> client = std::make_unique<SentryClient>(&nam);
        AccountConfig config;
        config.url = same.url();
        config.org = u"acme"_s;
        config.token = m_token;
        client->setAccount(config);
        SentryReply *reply = client->organizations();
        QTRY_VERIFY_WITH_TIMEOUT(same.heads.size() >= 2 || reply->isFinished(), 20'000);
        QVERIFY(same.heads.size() >= 2);
        QVERIFY(same.heads.at(1).startsWith("GET /api/0/moved/"));
        QVERIFY(same.heads.at(1).toLower().contains(QByteArray("authorization: bearer " + m_token.toUtf8().toLower())));
        reply->abort();
    }

    void crossOriginRedirectGetsNoToken_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("another port") << u"127.0.0.1"_s;
        QTest::newRow("another host name") << u"localhost"_s;
    }
    void crossOriginRedirectGetsNoToken()
    {
        QFETCH(QString, host);
        RecordingServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        RecordingServer sentry;
        QVERIFY(sentry.listen(QHostAddress::LocalHost));
        sentry.response = "HTTP/1.1 302 Found\r\nLocation: http://" + host.toLatin1() + ':'
            + QByteArray::number(elsewhere.serverPort()) + "/api/0/organizations/\r\nContent-Length: 0\r\n\r\n";

        QNetworkAccessManager nam;
        SentryClient client(&nam);
        AccountConfig config;
        config.url = sentry.url();
        config.org = u"acme"_s;
        config.token = m_token;
        client.setAccount(config);
        test::MessageCapture::start();
        SentryReply *reply = client.organizations();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20'000);
        test::MessageCapture::stop();
        QVERIFY(!reply->isOk());
        QVERIFY2(reply->error().message.contains(u"redirect"_s, Qt::CaseInsensitive), qPrintable(reply->error().message));
        for (const QByteArray &head : std::as_const(elsewhere.heads))
            QVERIFY2(!head.contains(m_token.toUtf8()) && !head.toLower().contains("authorization"), head.constData());
        QVERIFY(!sentry.heads.isEmpty());
        QVERIFY(!containsToken(test::MessageCapture::messages().join(u'\n').toUtf8()));
    }

    void regionOutsideTheAccountsSiteIsRefused()
    {
        // The organisation's links.regionUrl comes from the server: one on another site would get the
        // token with every request after it.
        RecordingServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        m_server->data().regionUrl = u"http://localhost:%1"_s.arg(elsewhere.serverPort());
        const QString cache = path(u"region.sqlite"_s);
        SyncEngine engine(cache);
        AccountConfig config;
        config.url = m_server->baseUrl();
        config.org = m_server->orgSlug();
        config.token = m_token;
        engine.setAccount(config);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        SyncOptions options;
        options.scope.releases = options.scope.sessions = false;
        engine.sync(options);
        QVERIFY(finished.wait(60'000));
        m_server->data().regionUrl.clear();
        QVERIFY(elsewhere.heads.isEmpty());
        const SyncSummary summary = finished.constFirst().constFirst().value<SyncSummary>();
        QVERIFY2(summary.ok(), qPrintable(summary.error)); // synced from the account's own URL
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "TestSecrets.moc"
