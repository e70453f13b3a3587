#include "FakeApi.h"
#include "FakeSentry.h"
#include "MockClock.h"
#include "VirtualWaiter.h"
#include "api/SentryClient.h"
#include "ingest/InputLimits.h"

#include <QFile>
#include <QHttpHeaders>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

#define WAIT_FOR(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), 30'000)

namespace {

QStringList g_messages;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages << QString::fromUtf8(context.category ? context.category : "") + u": "_s + message;
}

} // namespace

// SentryClient against the fake server on loopback, in virtual time: the client and the server share
// a MockClock, and every wait the client takes moves it (VirtualWaiter), so pacing never sleeps.
class TestSentryClient : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    std::unique_ptr<FakeSentry> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<test::VirtualWaiter> m_waiter;
    std::unique_ptr<SentryClient> m_client;

    AccountConfig account(const QString &token = FakeSentry::defaultToken()) const
    {
        AccountConfig config;
        config.url = m_server->baseUrl();
        config.org = m_server->orgSlug();
        config.token = token;
        return config;
    }

    void start(const SeedOptions &seed = {})
    {
        m_server = std::make_unique<FakeSentry>(m_clock);
        m_server->seed(seed);
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_waiter = std::make_unique<test::VirtualWaiter>(m_clock);
        m_client = std::make_unique<SentryClient>(m_nam.get(), m_clock, *m_waiter);
        m_client->setAccount(account());
    }

    QString someIssueId() const
    {
        for (const FakeIssue &issue : m_server->data().issues()) {
            if (issue.status == u"unresolved"_s)
                return QString::number(issue.id);
        }
        return {};
    }

    static SeedOptions bench(int issues)
    {
        SeedOptions options;
        options.kind = SeedOptions::Kind::Bench;
        options.issues = issues;
        return options;
    }

private Q_SLOTS:
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC)); }

    void cleanup()
    {
        m_client.reset();
        m_waiter.reset();
        m_nam.reset();
        m_server.reset();
    }

    void buildsUrlsBelowTheBaseUrl()
    {
        QNetworkAccessManager nam;
        test::VirtualWaiter waiter(m_clock);
        SentryClient client(&nam, m_clock, waiter);
        AccountConfig config;
        config.url = QUrl(u"https://sentry.example.com/prefix/"_s);
        config.org = u"acme org"_s;
        client.setAccount(config);
        ApiRequest request;
        request.path = u"/api/0/organizations/"_s + SentryClient::encodeSegment(config.org) + u"/issues/"_s;
        request.addQuery(u"query"_s, u"release:a+b is:unresolved&x=1"_s);
        request.addQuery(u"project"_s, u"1"_s);
        request.addQuery(u"project"_s, u"2"_s);
        QCOMPARE(client.transport().urlFor(request).toString(QUrl::FullyEncoded),
            u"https://sentry.example.com/prefix/api/0/organizations/acme%20org/issues/"
            "?query=release%3Aa%2Bb%20is%3Aunresolved%26x%3D1&project=1&project=2"_s);
    }

    void readsEveryPageThroughCursors()
    {
        start(bench(250));
        m_server->setRateLimit(0);
        IssueListQuery query;
        query.query = QString();
        SentryReply *reply = m_client->issues(query);
        QSignalSpy pages(reply, &SentryReply::pageReceived);
        WAIT_FOR(reply);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(pages.size(), 3);
        QCOMPARE(reply->items().size(), 250);
        QSet<QString> ids;
        for (const QJsonValue &issue : reply->items())
            ids.insert(issue[u"id"_s].toString());
        QCOMPARE(ids.size(), 250);
        QVERIFY(pages.last().at(1).toString().isEmpty());
        QVERIFY(reply->nextCursor().isEmpty());
        const auto &requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(requests[0].query.contains(u"limit=100"_s));
        QVERIFY(requests[0].query.contains(u"query=&"_s) || requests[0].query.startsWith(u"query=&"_s));
        QVERIFY(requests[2].query.contains(u"cursor=0%3A200%3A0"_s));

        // Stopped early, a listing can resume from its cursor.
        query.pages.maxPages = 1;
        SentryReply *first = m_client->issues(query);
        WAIT_FOR(first);
        QCOMPARE(first->items().size(), 100);
        QCOMPARE(first->nextCursor(), u"0:100:0"_s);
        query.pages = PageOptions {first->nextCursor(), 0, true};
        SentryReply *rest = m_client->issues(query);
        WAIT_FOR(rest);
        QCOMPARE(rest->items().size(), 150);
    }

    void sendsParametersSentryReads()
    {
        start();
        IssueListQuery query;
        query.query = u"is:unresolved release:\"shop@2.0+b1\" level:error"_s;
        query.sort = u"freq"_s;
        query.range.statsPeriod = u"14d"_s;
        query.groupStatsPeriod = u"24h"_s;
        query.projects = {QString::number(m_server->data().projects()[0].id), QString::number(m_server->data().projects()[2].id)};
        query.environments = {u"production"_s, u"staging & qa"_s};
        SentryReply *reply = m_client->issues(query);
        WAIT_FOR(reply);
        QVERIFY(reply->isOk());
        const auto received = FakeRequest::parseQuery(m_server->requests().last().query);
        const auto values = [&received](const QString &key) {
            QStringList list;
            for (const auto &[k, v] : received) {
                if (k == key)
                    list << v;
            }
            return list;
        };
        QCOMPARE(values(u"query"_s), QStringList {*query.query});
        QCOMPARE(values(u"project"_s), query.projects);
        QCOMPARE(values(u"environment"_s), query.environments);
        QCOMPARE(values(u"sort"_s), QStringList {u"freq"_s});
        QCOMPARE(values(u"statsPeriod"_s), QStringList {u"14d"_s});
        QCOMPARE(values(u"groupStatsPeriod"_s), QStringList {u"24h"_s});
    }

    void everyEndpoint()
    {
        start();
        const QString issueId = someIssueId();
        const FakeIssue &issue = *m_server->data().issue(issueId);
        const QString eventId = m_server->data().events().at(issue.events.first()).eventId;
        const QString project = m_server->data().project(issue.projectId)->slug;
        EventListQuery full;
        full.full = true;
        SessionsQuery sessions;
        sessions.fields = {u"sum(session)"_s, u"crash_free_rate(session)"_s};
        sessions.groupBy = {u"release"_s};
        sessions.interval = u"1d"_s;
        sessions.range.statsPeriod = u"14d"_s;
        const QList<std::pair<const char *, SentryReply *>> replies {
            {"organizations", m_client->organizations()},
            {"projects", m_client->projects()},
            {"issue", m_client->issue(issueId)},
            {"issue events", m_client->issueEvents(issueId, full)},
            {"latest event", m_client->issueEvent(issueId, SentryClient::latestEvent())},
            {"event by id", m_client->issueEvent(issueId, eventId)},
            {"tag", m_client->issueTag(issueId, u"environment"_s)},
            {"project events", m_client->projectEvents(project, full)},
            {"project event", m_client->projectEvent(project, eventId)},
            {"releases", m_client->releases()},
            {"sessions", m_client->sessions(sessions)},
        };
        for (const auto &[name, reply] : replies) {
            WAIT_FOR(reply);
            QVERIFY2(reply->isOk(), qPrintable(QString::fromLatin1(name) + u": "_s + reply->error().message));
            QVERIFY2(!reply->json().isNull(), name);
        }
        QCOMPARE(replies[0].second->items().first()[u"slug"_s].toString(), m_server->orgSlug());
        QCOMPARE(replies[1].second->items().size(), 5);
        QCOMPARE(replies[3].second->items().first()[u"entries"_s].toArray().isEmpty(), false);
        QCOMPARE(replies[5].second->json()[u"eventID"_s].toString(), eventId);
        QVERIFY(replies[9].second->request().queryValue(u"health"_s) == u"1"_s);
        QVERIFY(!replies[9].second->items().first()[u"projects"_s][0][u"healthData"_s].isNull());
        QCOMPARE(replies[10].second->json()[u"groups"_s].toArray().size(), 15); // 5 projects, 3 releases each

        SentryReply *update = m_client->updateIssue(issueId, {{u"status"_s, u"resolved"_s}});
        WAIT_FOR(update);
        QVERIFY(update->isOk());
        QCOMPARE(update->json()[u"status"_s].toString(), u"resolved"_s);
        QCOMPARE(m_server->data().issue(issueId)->status, u"resolved"_s);
        SentryReply *bulk = m_client->updateIssues({issueId}, {{u"status"_s, u"unresolved"_s}, {u"hasSeen"_s, true}});
        WAIT_FOR(bulk);
        QVERIFY(bulk->isOk());
        QCOMPARE(m_server->data().issue(issueId)->status, u"unresolved"_s);
        QVERIFY(m_server->data().issue(issueId)->hasSeen);
    }

    void refusesUnsafeBulkUpdates()
    {
        start();
        SentryReply *none = m_client->updateIssues({}, {{u"status"_s, u"resolved"_s}});
        QStringList many;
        for (int i = 0; i < 101; ++i)
            many << QString::number(i);
        SentryReply *tooMany = m_client->updateIssues(many, {{u"status"_s, u"resolved"_s}});
        WAIT_FOR(none);
        WAIT_FOR(tooMany);
        QCOMPARE(none->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(tooMany->error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(m_server->requests().isEmpty());
    }

    void pacesATightBudgetWithoutA429()
    {
        start(bench(600));
        m_server->setRateLimit(5, 1, 2);
        m_server->setLatency(std::chrono::milliseconds(5));
        IssueListQuery all;
        all.query = QString();
        QList<SentryReply *> replies {m_client->issues(all)};
        for (const FakeIssue &issue : m_server->data().issues()) {
            if (replies.size() <= 30)
                replies << m_client->issue(QString::number(issue.id));
        }
        for (SentryReply *reply : std::as_const(replies)) {
            WAIT_FOR(reply);
            QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        }
        QCOMPARE(replies.first()->items().size(), 600);
        QCOMPARE(m_server->countStatus(429), 0);
        QCOMPARE(m_client->transport().stats().rateLimited, 0);
        // 30 issue requests at 5 a second need at least 5 more windows after the first.
        QVERIFY2(m_waiter->waitedMs() >= 5000, qPrintable(QString::number(m_waiter->waitedMs())));
        QCOMPARE(m_server->requests().size(), 36);
    }

    void waitsForTheResetAfterA429()
    {
        start();
        m_server->setRateLimit(3, 60);
        // Another client on the same token uses up the window this client knows nothing about.
        SentryClient other(m_nam.get(), m_clock, *m_waiter);
        other.setAccount(account());
        for (int i = 0; i < 3; ++i) {
            SentryReply *reply = other.projects();
            WAIT_FOR(reply);
            QVERIFY(reply->isOk());
        }
        const QDateTime reset = QDateTime::fromSecsSinceEpoch((m_clock.now().toSecsSinceEpoch() / 60 + 1) * 60, QTimeZone::UTC);
        SentryReply *reply = m_client->projects();
        WAIT_FOR(reply);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(reply->rateLimitedCount(), 1);
        const auto &requests = m_server->requests();
        QCOMPARE(requests.size(), 5);
        QCOMPARE(requests[3].status, 429);
        QCOMPARE(requests[4].status, 200);
        QVERIFY(requests[4].at >= reset);
    }

    void retriesTransientFailures_data()
    {
        QTest::addColumn<FakeSentry::Fault>("fault");
        QTest::addColumn<int>("count");
        QTest::newRow("500") << FakeSentry::Fault::ServerError << 2;
        QTest::newRow("502") << FakeSentry::Fault::BadGateway << 1;
        QTest::newRow("reset") << FakeSentry::Fault::ConnectionReset << 3;
        QTest::newRow("truncated") << FakeSentry::Fault::TruncatedBody << 2;
        QTest::newRow("no response") << FakeSentry::Fault::NoResponse << 1;
        QTest::newRow("slow body") << FakeSentry::Fault::SlowBody << 1;
    }

    void retriesTransientFailures()
    {
        QFETCH(FakeSentry::Fault, fault);
        QFETCH(int, count);
        start();
        m_client->transport().setTransferTimeout(std::chrono::milliseconds(400));
        m_server->setSlowBody(3, std::chrono::milliseconds(100)); // each chunk within the timeout
        m_server->injectFault(fault, count);
        SentryReply *reply = m_client->projects();
        WAIT_FOR(reply);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(reply->items().size(), 5);
        QCOMPARE(m_server->pendingFaults(), 0);
        if (fault != FakeSentry::Fault::SlowBody)
            QVERIFY(m_client->transport().stats().retries >= 1);
    }

    void givesUpAfterMaxAttempts()
    {
        start();
        SentryTransport::RetryPolicy policy;
        policy.maxAttempts = 3;
        m_client->transport().setRetryPolicy(policy);
        m_server->injectFault(FakeSentry::Fault::ServerError, 10);
        SentryReply *reply = m_client->issue(someIssueId());
        WAIT_FOR(reply);
        QCOMPARE(reply->error().kind, ApiError::Kind::Http);
        QCOMPARE(reply->error().httpStatus, 500);
        QCOMPARE(reply->error().detail, u"Internal Error"_s);
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY(m_waiter->waitedMs() >= 500 / 2 + 1000 / 2); // backoff between the attempts
    }

    void oversizedAnswersAreAbandoned()
    {
        start(bench(350));
        m_client->transport().setMaxResponseBytes(4096); // one page of 100 issues is far more
        IssueListQuery query;
        query.query = QString();
        SentryReply *reply = m_client->issues(query);
        WAIT_FOR(reply);
        QCOMPARE(reply->error().kind, ApiError::Kind::Parse);
        QVERIFY2(reply->error().message.contains(u"sent an answer larger than 4 kB; it was not read"_s),
            qPrintable(reply->error().message));
        QCOMPARE(reply->items().size(), 0);
        QCOMPARE(m_server->requests().size(), 1); // not retried: it would be as big again
        QCOMPARE(m_client->transport().inFlight(), 0);

        m_client->transport().setMaxResponseBytes(InputLimits::maxResponseBytes);
        SentryReply *again = m_client->issues(query);
        WAIT_FOR(again);
        QVERIFY2(!again->error().isError(), qPrintable(again->error().message));
    }

    void errorsCarrySentrysDetail()
    {
        start();
        const QString issueId = someIssueId();
        SentryReply *missing = m_client->issue(u"1"_s);
        SentryReply *invalid = m_client->updateIssue(issueId, {{u"status"_s, u"fixed"_s}});
        WAIT_FOR(missing);
        WAIT_FOR(invalid);
        QCOMPARE(missing->error().httpStatus, 404);
        QVERIFY2(
            missing->error().message.contains(u"The requested resource does not exist"_s), qPrintable(missing->error().message));
        QCOMPARE(invalid->error().httpStatus, 400);
        QCOMPARE(invalid->error().detail, u"status: \"fixed\" is not a valid choice."_s);

        m_server->addToken(u"read-only"_s, {u"org:read"_s, u"event:read"_s});
        m_client->setAccount(account(u"read-only"_s));
        SentryReply *forbidden = m_client->updateIssue(issueId, {{u"status"_s, u"resolved"_s}});
        WAIT_FOR(forbidden);
        QCOMPARE(forbidden->error().httpStatus, 403);
        QVERIFY(forbidden->error().message.contains(u"You do not have permission to perform this action."_s));

        m_client->setAccount(account(u"wrong"_s));
        SentryReply *unauthorized = m_client->projects();
        WAIT_FOR(unauthorized);
        QCOMPARE(unauthorized->error().httpStatus, 401);
        QCOMPARE(unauthorized->error().detail, u"Invalid token"_s);
        QCOMPARE(m_server->requests().size(), 4); // none of these is retried
    }

    void tokenExpiringMidListing()
    {
        start(bench(350));
        m_server->expireTokensAfter(2);
        IssueListQuery query;
        query.query = QString();
        SentryReply *reply = m_client->issues(query);
        WAIT_FOR(reply);
        QCOMPARE(reply->error().httpStatus, 401);
        QCOMPARE(reply->error().detail, u"Token expired"_s);
        QCOMPARE(reply->pages(), 2);
        QCOMPARE(reply->items().size(), 200);
        QCOMPARE(reply->nextCursor(), u"0:200:0"_s); // where a new token can resume
    }

    void tlsErrorsAreNeverIgnored()
    {
        start();
        QFile certFile(QStringLiteral(LOOKOUT_SENTRY_API_DIR "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(LOOKOUT_SENTRY_API_DIR "/selfsigned.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSignalSpy handshakes(&server, &QSslServer::startedEncryptionHandshake);
        AccountConfig config = account();
        config.url = QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
        m_client->setAccount(config);
        SentryReply *reply = m_client->projects();
        WAIT_FOR(reply);
        QCOMPARE(reply->error().kind, ApiError::Kind::Tls);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(handshakes.size(), 1);
    }

    void boundsRequestsInFlightAndHonoursPriority()
    {
        start();
        m_server->setRateLimit(0);
        m_server->setLatency(std::chrono::milliseconds(20));
        int inFlight = 0, most = 0;
        connect(m_server.get(), &FakeSentry::requestHandled, this, [&] { --inFlight; });
        QList<SentryReply *> replies;
        for (int i = 0; i < 12; ++i)
            replies << m_client->issue(someIssueId());
        replies << m_client->updateIssue(someIssueId(), {{u"hasSeen"_s, true}}, 5);
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] { most = std::max(most, m_client->transport().inFlight()); });
        probe.start(1);
        for (SentryReply *reply : std::as_const(replies))
            WAIT_FOR(reply);
        QCOMPARE(most, 4); // no limits announced (rate limiting off): only the client's own bound
        // The triage action queued last overtook the reads queued before it.
        const auto &requests = m_server->requests();
        qsizetype put = -1;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests[i].method == "PUT")
                put = i;
        }
        QVERIFY2(put >= 0 && put < 8, qPrintable(QString::number(put)));
        Q_UNUSED(inFlight)
    }

    void abortStopsEverywhere()
    {
        start();
        m_server->setLatency(std::chrono::milliseconds(2000));
        SentryReply *onTheWire = m_client->projects();
        QTRY_COMPARE(m_client->transport().inFlight(), 1);
        onTheWire->abort();
        QVERIFY(onTheWire->isFinished());
        QCOMPARE(onTheWire->error().kind, ApiError::Kind::Cancelled);

        m_server->setLatency(std::chrono::milliseconds(0));
        m_server->injectFault(FakeSentry::Fault::ServerError, 1, u"getOrganizationIssue"_s);
        m_waiter->setHeld(true);
        SentryReply *retrying = m_client->issue(someIssueId());
        QTRY_COMPARE(m_waiter->pending(), 1);
        retrying->abort(); // between attempts
        QCOMPARE(retrying->error().kind, ApiError::Kind::Cancelled);
        m_waiter->setHeld(false);
        SentryReply *queued = m_client->releases();
        queued->abort(); // before it was sent
        QCOMPARE(queued->error().kind, ApiError::Kind::Cancelled);
        QTRY_COMPARE(m_waiter->pending(), 0);
        SentryReply *after = m_client->projects(); // queued after the others: they would have gone first
        WAIT_FOR(after);
        QCOMPARE(m_server->countOperation(u"listOrganizationReleases"_s), 0);
        QCOMPARE(m_server->countOperation(u"getOrganizationIssue"_s), 1);
    }

    void tokenNeverLogged()
    {
        const QString token = u"sntryu_SeCrEt_token_value_4242"_s;
        start();
        m_server->setToken(token);
        m_client->setAccount(account(token));
        // Everything, Qt's own client-side networking included; but not the fake server's request
        // dump, which shows what it received, Authorization header and all.
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver.*=false"_s);
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        m_server->setRateLimit(2, 1);
        m_server->injectFault(FakeSentry::Fault::ServerError, 1);
        m_server->injectFault(FakeSentry::Fault::ConnectionReset, 1);
        QList<SentryReply *> replies {m_client->projects(), m_client->issue(someIssueId()), m_client->issue(u"1"_s),
            m_client->releases(), m_client->organizations()};
        for (SentryReply *reply : std::as_const(replies))
            WAIT_FOR(reply);
        m_client->setAccount(account(u"wrong-"_s + token));
        SentryReply *refused = m_client->projects();
        WAIT_FOR(refused);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY2(g_messages.size() >= 5, qPrintable(g_messages.join(u'\n')));
        QVERIFY(
            std::any_of(g_messages.begin(), g_messages.end(), [](const QString &m) { return m.startsWith(u"lookout.api"_s); }));
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(token), qPrintable(message));
        for (SentryReply *reply : std::as_const(replies) + QList<SentryReply *> {refused})
            QVERIFY(!reply->error().message.contains(token));
    }
};

QTEST_GUILESS_MAIN(TestSentryClient)
#include "TestSentryClient.moc"
