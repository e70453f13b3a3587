#include "FakeSentry.h"
#include "JsonSchemaValidator.h"
#include "MockClock.h"
#include "ingest/RestEventParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json;
    QHttpHeaders headers;
};

QJsonObject loadOperations()
{
    QFile file(QStringLiteral(LOOKOUT_SENTRY_API_DIR "/operations.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object().value(u"operations"_s).toObject();
}

} // namespace

// The fake on its own, through plain HTTP: shapes (against the response schemas of Sentry's OpenAPI
// document), cursors, auth, rate limits, updates and every fault knob.
class TestFakeSentry : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    std::unique_ptr<FakeSentry> m_server;
    QNetworkAccessManager m_nam;
    QJsonObject m_operations = loadOperations();

    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        const QString &token = FakeSentry::defaultToken(), int timeoutMs = 0)
    {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (timeoutMs > 0)
            request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer answer;
        if (!finished.wait(20'000)) {
            reply->abort();
            answer.error = QNetworkReply::TimeoutError;
        } else {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.error = reply->error();
            answer.body = reply->isReadable() ? reply->readAll() : QByteArray();
            answer.json = QJsonDocument::fromJson(answer.body);
            answer.headers = reply->headers();
        }
        reply->deleteLater();
        return answer;
    }

    Answer get(const QString &pathAndQuery) { return call("GET", pathAndQuery); }

    QString org() const { return u"/api/0/organizations/"_s + m_server->orgSlug(); }

    QStringList schemaErrors(const QString &operation, const QJsonValue &value)
    {
        const QJsonObject schema = m_operations.value(operation).toObject().value(u"response"_s).toObject();
        if (schema.isEmpty())
            return {u"no schema for "_s + operation};
        return test::JsonSchemaValidator::validate(value, schema);
    }

    const FakeIssue &someIssue(const QString &status = u"unresolved"_s)
    {
        for (const FakeIssue &issue : m_server->data().issues()) {
            if (issue.status == status && issue.mergedInto == 0)
                return issue;
        }
        qFatal("no issue with that status");
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC));
        m_server = std::make_unique<FakeSentry>(m_clock);
        m_server->seed({});
        m_server->setRateLimit(0);
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    // The validator must fail what it should, or every schema check below would prove nothing.
    void validatorRejectsWhatItShould()
    {
        const QJsonObject schema = QJsonDocument::fromJson(R"({"type": "object", "required": ["id", "when"],
            "properties": {"id": {"type": "string"}, "when": {"type": "string", "format": "date-time"},
              "n": {"type": "integer", "nullable": true}, "level": {"type": "string", "enum": ["error", "info"]},
              "tags": {"type": "array", "items": {"type": "object", "required": ["key"], "properties": {"key": {"type": "string"}}}},
              "meta": {"oneOf": [{"type": "object", "required": ["a"]}, {"type": "object", "required": ["b"]}]},
              "sub": {"type": "object", "properties": {"x": {"type": "boolean"}}}}})")
                                       .object();
        const auto errors = [&](const char *json) {
            return test::JsonSchemaValidator::validate(QJsonDocument::fromJson(json).object(), schema);
        };
        QVERIFY(errors(R"({"id": "1", "when": "2026-01-01T00:00:00Z", "n": null, "level": "info", "tags": [{"key": "a"}],
            "meta": {"a": 1}, "sub": {"x": true}})")
                .isEmpty());
        QVERIFY(errors(R"({"when": "2026-01-01T00:00:00Z"})").join(u' ').contains(u"missing required \"id\""_s));
        QVERIFY(!errors(R"({"id": 1, "when": "2026-01-01T00:00:00Z"})").isEmpty());
        QVERIFY(!errors(R"({"id": "1", "when": "yesterday"})").isEmpty());
        QVERIFY(!errors(R"({"id": "1", "when": "2026-01-01T00:00:00Z", "n": 1.5})").isEmpty());
        QVERIFY(!errors(R"({"id": "1", "when": "2026-01-01T00:00:00Z", "level": "fatal"})").isEmpty());
        QVERIFY(!errors(R"({"id": "1", "when": "2026-01-01T00:00:00Z", "tags": [{}]})").isEmpty());
        QVERIFY(!errors(R"({"id": "1", "when": "2026-01-01T00:00:00Z", "meta": {"a": 1, "b": 2}})").isEmpty());
        QVERIFY(!errors(R"({"id": "1", "when": "2026-01-01T00:00:00Z", "sub": null})").isEmpty());
        QVERIFY(!test::JsonSchemaValidator::validate(QJsonValue(1), QJsonObject {{u"not"_s, QJsonObject {}}}).isEmpty());
    }

    void everyEndpointMatchesItsSchema_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // {org}, {issue}, {event}, {project} are filled in
        QTest::addColumn<QByteArray>("body");
        const auto row = [](const char *name, const char *op, const char *method, const char *path, const char *body = "") {
            QTest::newRow(name) << QString::fromLatin1(op) << QByteArray(method) << QString::fromLatin1(path) << QByteArray(body);
        };
        row("organizations", "listOrganizations", "GET", "/api/0/organizations/");
        row("projects", "listOrganizationProjects", "GET", "{org}/projects/");
        row("issues", "listOrganizationIssues", "GET", "{org}/issues/?query=&statsPeriod=14d&limit=100");
        row("issues 14d stats", "listOrganizationIssues", "GET", "{org}/issues/?groupStatsPeriod=14d&sort=freq");
        row("issues no stats", "listOrganizationIssues", "GET", "{org}/issues/?groupStatsPeriod=&query=is:resolved");
        row("issue", "getOrganizationIssue", "GET", "{org}/issues/{issue}/");
        row("issue events", "listOrganizationIssueEvents", "GET", "{org}/issues/{issue}/events/");
        row("issue events full", "listOrganizationIssueEvents", "GET", "{org}/issues/{issue}/events/?full=true");
        row("latest event", "getOrganizationIssueEvent", "GET", "{org}/issues/{issue}/events/latest/");
        row("oldest event", "getOrganizationIssueEvent", "GET", "{org}/issues/{issue}/events/oldest/");
        row("recommended event", "getOrganizationIssueEvent", "GET", "{org}/issues/{issue}/events/recommended/");
        row("event by id", "getOrganizationIssueEvent", "GET", "{org}/issues/{issue}/events/{event}/");
        row("tag", "getOrganizationIssueTag", "GET", "{org}/issues/{issue}/tags/environment/");
        row("project events", "listProjectEvents", "GET", "/api/0/projects/{orgslug}/{project}/events/");
        row("project events full", "listProjectEvents", "GET",
            "/api/0/projects/{orgslug}/{project}/events/?full=true&statsPeriod=14d");
        row("project event", "getProjectEvent", "GET", "/api/0/projects/{orgslug}/{project}/events/{event}/");
        row("project issues", "listProjectIssues", "GET", "/api/0/projects/{orgslug}/{project}/issues/?query=");
        row("releases", "listOrganizationReleases", "GET", "{org}/releases/");
        row("releases health", "listOrganizationReleases", "GET", "{org}/releases/?health=1&healthStatsPeriod=14d");
        row("sessions", "getOrganizationSessions", "GET", "{org}/sessions/?field=sum(session)&statsPeriod=14d&interval=1d");
        row("sessions grouped", "getOrganizationSessions", "GET",
            "{org}/sessions/?field=sum(session)&field=count_unique(user)&field=crash_free_rate(session)"
            "&groupBy=project&groupBy=release&statsPeriod=24h&interval=1h");
        row("sessions by status", "getOrganizationSessions", "GET",
            "{org}/sessions/?field=sum(session)&groupBy=session.status&statsPeriod=14d&interval=1d");
        row("stats_v2", "listOrganizationStatsV2", "GET",
            "{org}/stats_v2/?field=sum(quantity)&groupBy=project&groupBy=outcome&groupBy=category&statsPeriod=14d&interval=1h");
        row("stats_v2 by reason", "listOrganizationStatsV2", "GET",
            "{org}/stats_v2/?field=sum(quantity)&groupBy=outcome&groupBy=reason&category=error&statsPeriod=24h");
        row("update issue", "updateOrganizationIssue", "PUT", "{org}/issues/{issue}/", R"({"status": "resolved"})");
        row("assign issue", "updateOrganizationIssue", "PUT", "{org}/issues/{issue}/", R"({"assignedTo": "user:2"})");
        row("bulk update", "updateOrganizationIssues", "PUT", "{org}/issues/?id={issue}",
            R"({"status": "ignored", "statusDetails": {"ignoreDuration": 30}, "assignedTo": "team:1", "hasSeen": true})");
    }

    void everyEndpointMatchesItsSchema()
    {
        QFETCH(QString, operation);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const FakeIssue &issue = someIssue();
        const FakeEvent &event = m_server->data().events().at(issue.events.first());
        const FakeProject *project = m_server->data().project(issue.projectId);
        path.replace(u"{org}"_s, org())
            .replace(u"{orgslug}"_s, m_server->orgSlug())
            .replace(u"{issue}"_s, QString::number(issue.id))
            .replace(u"{event}"_s, event.eventId)
            .replace(u"{project}"_s, project->slug);
        const Answer answer = call(method, path, body);
        QCOMPARE(answer.status, 200);
        QVERIFY2(!answer.json.isNull(), answer.body.left(200).constData());
        const QJsonValue value = answer.json.isArray() ? QJsonValue(answer.json.array()) : QJsonValue(answer.json.object());
        if (answer.json.isArray())
            QVERIFY2(!answer.json.array().isEmpty(), "an empty listing proves nothing about the item shape");
        const QStringList errors = schemaErrors(operation, value);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join(u'\n')));

        // Full events in listings are whole events: they must also have the single event's shape,
        // less what only the single-event endpoint adds.
        if (path.contains(u"full=true"_s)) {
            QJsonObject schema = m_operations.value(u"getProjectEvent"_s).toObject().value(u"response"_s).toObject();
            const QStringList detailOnly {
                u"release"_s, u"userReport"_s, u"sdkUpdates"_s, u"resolvedWith"_s, u"nextEventID"_s, u"previousEventID"_s};
            QJsonArray required;
            for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
                if (!detailOnly.contains(name.toString()))
                    required.append(name);
            }
            schema.insert(u"required"_s, required);
            for (const QJsonValue &item : answer.json.array()) {
                const QStringList fullErrors = test::JsonSchemaValidator::validate(item, schema);
                QVERIFY2(fullErrors.isEmpty(), qPrintable(fullErrors.mid(0, 10).join(u'\n')));
                QVERIFY(!item[u"entries"_s].toArray().isEmpty());
            }
        }
        // Whatever the sync stores, Lookout's own REST event parser must read.
        const bool events
            = path.contains(u"full=true"_s) || operation == u"getOrganizationIssueEvent"_s || operation == u"getProjectEvent"_s;
        const QJsonArray items = answer.json.isArray() ? answer.json.array() : QJsonArray {answer.json.object()};
        for (const QJsonValue &item : events ? items : QJsonArray()) {
            QString error;
            const auto parsed = RestEventParser::parse(item.toObject(), &error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(parsed->eventId, item[u"eventID"_s].toString());
        }
    }

    void cursorsWalkEveryIssueOnce()
    {
        QString next = org() + u"/issues/?query=&limit=7"_s;
        QSet<QString> seen;
        int pages = 0;
        for (;;) {
            const Answer answer = get(next);
            QCOMPARE(answer.status, 200);
            ++pages;
            for (const QJsonValue &issue : answer.json.array()) {
                QVERIFY(!seen.contains(issue[u"id"_s].toString()));
                seen.insert(issue[u"id"_s].toString());
            }
            const QString link = QString::fromUtf8(answer.headers.value("Link"));
            QVERIFY(link.contains(u"rel=\"previous\""_s));
            const qsizetype at = link.indexOf(u"rel=\"next\"; results=\"true\""_s);
            if (at < 0) {
                QVERIFY(link.contains(u"rel=\"next\"; results=\"false\""_s));
                break;
            }
            const qsizetype open = link.lastIndexOf(u'<', at);
            const QUrl url(link.mid(open + 1, link.indexOf(u'>', open) - open - 1));
            next = url.path() + u'?' + url.query(QUrl::FullyEncoded);
            QVERIFY(pages < 20);
        }
        QCOMPARE(seen.size(), m_server->data().issues().size());
        QCOMPARE(pages, 5); // 30 issues, 7 a page

        QCOMPARE(get(org() + u"/issues/?cursor=nonsense"_s).status, 400);
        QCOMPARE(get(org() + u"/issues/?cursor="_s).status, 200); // what sentry-cli sends for the first page
        QCOMPARE(
            get(org() + u"/issues/?limit=101"_s).json[u"detail"_s].toString(), u"Invalid per_page value. Cannot exceed 100."_s);
    }

    void searchAndSort()
    {
        const Answer unresolved = get(org() + u"/issues/"_s); // Sentry's default query: is:unresolved
        for (const QJsonValue &issue : unresolved.json.array())
            QCOMPARE(issue[u"status"_s].toString(), u"unresolved"_s);
        const Answer all = get(org() + u"/issues/?query=&sort=new"_s);
        QCOMPARE(all.json.array().size(), 30);
        QVERIFY(all.json.array().size() > unresolved.json.array().size());
        QDateTime previous;
        for (const QJsonValue &issue : all.json.array()) {
            const QDateTime firstSeen = QDateTime::fromString(issue[u"firstSeen"_s].toString(), Qt::ISODateWithMs);
            QVERIFY(!previous.isValid() || firstSeen <= previous);
            previous = firstSeen;
        }
        const QString since = m_clock.now().addDays(-2).toString(Qt::ISODate);
        const Answer recent = get(org() + u"/issues/?query=lastSeen:>="_s + since);
        QVERIFY(!recent.json.array().isEmpty());
        for (const QJsonValue &issue : recent.json.array())
            QVERIFY(QDateTime::fromString(issue[u"lastSeen"_s].toString(), Qt::ISODateWithMs) >= m_clock.now().addDays(-2));
        const FakeProject &project = m_server->data().projects().at(1);
        const Answer inProject = get(org() + u"/issues/?query=&project="_s + QString::number(project.id));
        QCOMPARE(inProject.json.array().size(), 6);
        QCOMPARE(get(org() + u"/issues/?query=lastSeen:>soon"_s).status, 400);
        QCOMPARE(get(org() + u"/issues/?sort=sideways"_s).status, 400);
        // '+' in a query string is a space, as Django reads it.
        QVERIFY(!get(org() + u"/issues/?query=is:unresolved+level:error"_s).json.array().isEmpty());
    }

    void authentication()
    {
        const QString path = org() + u"/issues/"_s;
        Answer answer = call("GET", path, {}, QString());
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json[u"detail"_s].toString(), u"Authentication credentials were not provided."_s);
        answer = call("GET", path, {}, u"wrong"_s);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json[u"detail"_s].toString(), u"Invalid token"_s);

        m_server->addToken(u"read-only"_s, {u"org:read"_s, u"event:read"_s});
        QCOMPARE(call("GET", path, {}, u"read-only"_s).status, 200);
        const QString issuePath = org() + u"/issues/"_s + QString::number(someIssue().id) + u"/"_s;
        answer = call("PUT", issuePath, R"({"status": "resolved"})", u"read-only"_s);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json[u"detail"_s].toString(), u"You do not have permission to perform this action."_s);
        QCOMPARE(someIssue().status, u"unresolved"_s);
        QCOMPARE(call("GET", org() + u"/releases/"_s, {}, u"read-only"_s).status, 403);

        m_server->expireTokensAfter(2);
        QCOMPARE(get(path).status, 200);
        QCOMPARE(get(path).status, 200);
        answer = get(path);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json[u"detail"_s].toString(), u"Token expired"_s);

        QCOMPARE(get(u"/api/0/organizations/other-org/issues/"_s).status, 401); // an expired token is refused first
        m_server->expireTokensAfter(-1);
        QCOMPARE(get(u"/api/0/organizations/other-org/issues/"_s).status, 404);
        QCOMPARE(get(u"/api/0/nothing/here/"_s).status, 404);
    }

    void rateLimits()
    {
        m_server->setRateLimit(3, 10, 25);
        const QString path = org() + u"/projects/"_s;
        const qint64 reset = (m_clock.now().toSecsSinceEpoch() / 10 + 1) * 10;
        for (int remaining : {2, 1, 0}) {
            const Answer answer = get(path);
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.headers.value("X-Sentry-Rate-Limit-Limit"), "3");
            QCOMPARE(answer.headers.value("X-Sentry-Rate-Limit-Remaining").toInt(), remaining);
            QCOMPARE(answer.headers.value("X-Sentry-Rate-Limit-Reset").toLongLong(), reset);
            QCOMPARE(answer.headers.value("X-Sentry-Rate-Limit-ConcurrentLimit"), "25");
            QVERIFY(answer.headers.contains("X-Sentry-Rate-Limit-ConcurrentRemaining"));
        }
        Answer answer = get(path);
        QCOMPARE(answer.status, 429);
        QVERIFY(answer.json[u"detail"_s].toString().contains(u"Limit is 3 requests in 10 seconds"_s));
        QCOMPARE(answer.headers.value("X-Sentry-Rate-Limit-Remaining"), "0");
        QVERIFY(!answer.headers.contains("Retry-After")); // Sentry sends none
        QCOMPARE(get(org() + u"/releases/"_s).status, 200); // each endpoint has its own budget
        m_clock.set(QDateTime::fromSecsSinceEpoch(reset, QTimeZone::UTC));
        QCOMPARE(get(path).status, 200);
        QCOMPARE(m_server->countStatus(429), 1);
    }

    void issueUpdatesChangeState()
    {
        const FakeIssue &issue = someIssue();
        const QString id = QString::number(issue.id);
        const QString path = org() + u"/issues/"_s + id + u"/"_s;
        Answer answer = call("PUT", path, R"({"status": "resolved"})");
        QCOMPARE(answer.json[u"status"_s].toString(), u"resolved"_s);
        QCOMPARE(get(path).json[u"status"_s].toString(), u"resolved"_s);
        const auto ids = [](const Answer &a) {
            QStringList list;
            for (const QJsonValue &i : a.json.array())
                list << i[u"id"_s].toString();
            return list;
        };
        QVERIFY(ids(get(org() + u"/issues/?query=is:resolved"_s)).contains(id));
        QVERIFY(!ids(get(org() + u"/issues/"_s)).contains(id));

        answer = call("PUT", path, R"({"status": "resolvedInNextRelease"})");
        QCOMPARE(answer.json[u"statusDetails"_s][u"inNextRelease"_s].toBool(), true);
        answer = call("PUT", path, R"({"status": "ignored", "statusDetails": {"ignoreDuration": 60}})");
        QCOMPARE(answer.json[u"status"_s].toString(), u"ignored"_s);
        QCOMPARE(answer.json[u"substatus"_s].toString(), u"archived_until_condition_met"_s);
        QCOMPARE(answer.json[u"statusDetails"_s][u"ignoreUntil"_s].toString(),
            m_clock.now().addSecs(3600).toString(Qt::ISODateWithMs));
        answer = call("PUT", path, R"({"assignedTo": "sam@example.com", "isBookmarked": true, "hasSeen": true})");
        QCOMPARE(answer.json[u"assignedTo"_s][u"id"_s].toString(), u"2"_s);
        QCOMPARE(answer.json[u"isBookmarked"_s].toBool(), true);
        answer = call("PUT", path, R"({"assignedTo": ""})");
        QVERIFY(answer.json[u"assignedTo"_s].isNull());

        // Refusals are Django REST framework field errors, and change nothing.
        answer = call("PUT", path, R"({"status": "fixed", "isBookmarked": false})");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json[u"status"_s][0].toString(), u"\"fixed\" is not a valid choice."_s);
        QCOMPARE(someIssue(u"ignored"_s).isBookmarked, true);
        QCOMPARE(call("PUT", path, R"({"assignedTo": "nobody"})").json[u"assignedTo"_s][0].toString(), u"Unknown actor input"_s);
        QCOMPARE(call("PUT", path, R"({"status": "resolved", "statusDetails": {"inRelease": "nope@9"}})").status, 400);
        QCOMPARE(call("PUT", org() + u"/issues/1/"_s, R"({"status": "resolved"})").status, 404);
        QCOMPARE(call("PUT", path, "{not json").status, 400);

        // A new event on a resolved issue regresses it, as in Sentry.
        call("PUT", path, R"({"status": "resolved"})");
        FakeEvent event;
        event.issueId = issue.id;
        event.dateCreated = m_clock.now();
        m_server->data().addEvent(event);
        answer = get(path);
        QCOMPARE(answer.json[u"status"_s].toString(), u"unresolved"_s);
        QCOMPARE(answer.json[u"substatus"_s].toString(), u"regressed"_s);
    }

    void bulkUpdateAndMerge()
    {
        QList<const FakeIssue *> issues;
        for (const FakeIssue &issue : m_server->data().issues()) {
            if (issue.status == u"unresolved"_s && issues.size() < 3)
                issues << &issue;
        }
        const QString a = QString::number(issues[0]->id), b = QString::number(issues[1]->id), c = QString::number(issues[2]->id);
        Answer answer = call("PUT", org() + u"/issues/?id="_s + a + u"&id="_s + b, R"({"status": "resolved"})");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json[u"status"_s].toString(), u"resolved"_s);
        QCOMPARE(get(org() + u"/issues/"_s + b + u"/"_s).json[u"status"_s].toString(), u"resolved"_s);
        QCOMPARE(call("PUT", org() + u"/issues/?id=1"_s, R"({"status": "resolved"})").status, 204);

        const qint64 events = issues[1]->events.size() + issues[2]->events.size();
        answer = call("PUT", org() + u"/issues/?id="_s + b + u"&id="_s + c, R"({"merge": 1})");
        QCOMPARE(answer.status, 200);
        const QString parent = answer.json[u"merge"_s][u"parent"_s].toString();
        const QString child = answer.json[u"merge"_s][u"children"_s][0].toString();
        QVERIFY((parent == b && child == c) || (parent == c && child == b));
        QCOMPARE(get(org() + u"/issues/"_s + child + u"/"_s).status, 404);
        QCOMPARE(get(org() + u"/issues/"_s + parent + u"/events/"_s).json.array().size(), events);
        QCOMPARE(call("PUT", org() + u"/issues/"_s + a + u"/"_s, R"({"merge": 1})").status, 400);
    }

    void faults()
    {
        const QString path = org() + u"/projects/"_s;
        m_server->injectFault(FakeSentry::Fault::ServerError);
        Answer answer = get(path);
        QCOMPARE(answer.status, 500);
        QCOMPARE(answer.json[u"detail"_s].toString(), u"Internal Error"_s);

        m_server->injectFault(FakeSentry::Fault::BadGateway);
        answer = get(path);
        QCOMPARE(answer.status, 502);
        QVERIFY(answer.body.contains("<html>"));

        m_server->injectFault(FakeSentry::Fault::ConnectionReset, 2); // Qt may resend once on its own
        answer = get(path);
        QCOMPARE(answer.status, 0);
        QVERIFY(answer.error != QNetworkReply::NoError);
        while (m_server->pendingFaults() > 0)
            get(path);

        m_server->injectFault(FakeSentry::Fault::TruncatedBody);
        answer = get(path);
        QVERIFY(answer.error != QNetworkReply::NoError);
        QVERIFY(answer.json.isNull());

        m_server->setSlowBody(4, std::chrono::milliseconds(20));
        m_server->injectFault(FakeSentry::Fault::SlowBody);
        QElapsedTimer timer;
        timer.start();
        answer = get(path);
        QCOMPARE(answer.status, 200);
        QVERIFY(timer.elapsed() >= 70);
        QCOMPARE(answer.json.array().size(), 5);

        m_server->injectFault(FakeSentry::Fault::NoResponse);
        answer = call("GET", path, {}, FakeSentry::defaultToken(), 300);
        QCOMPARE(answer.status, 0);
        QVERIFY(answer.error == QNetworkReply::OperationCanceledError || answer.error == QNetworkReply::TimeoutError);

        // Only the named endpoint is hit; a lost response has still applied the change.
        const FakeIssue &issue = someIssue();
        const QString issuePath = org() + u"/issues/"_s + QString::number(issue.id) + u"/"_s;
        m_server->injectFault(FakeSentry::Fault::LostResponse, 2, u"updateOrganizationIssue"_s);
        QCOMPARE(get(path).status, 200);
        answer = call("PUT", issuePath, R"({"isBookmarked": true})");
        QCOMPARE(answer.status, 0); // (Qt resends a PUT once by itself when a kept-alive connection drops)
        QCOMPARE(m_server->requests().last().fault, FakeSentry::Fault::LostResponse);
        QVERIFY(m_server->data().issue(QString::number(issue.id))->isBookmarked);
        while (m_server->pendingFaults() > 0)
            call("PUT", issuePath, R"({"isBookmarked": true})");

        m_server->setLatency(std::chrono::milliseconds(150));
        timer.restart();
        QCOMPARE(get(path).status, 200);
        QVERIFY(timer.elapsed() >= 140);
        QCOMPARE(m_server->pendingFaults(), 0);
    }

    void seedingIsDeterministic()
    {
        const auto render = [](const SeedOptions &options) {
            FakeData data;
            FakeSeeder::seed(data, options);
            QByteArray all;
            for (const FakeIssue &issue : data.issues())
                all += issue.shortId.toUtf8() + issue.title.toUtf8() + issue.firstSeen.toString(Qt::ISODate).toUtf8()
                    + QByteArray::number(issue.count) + issue.status.toUtf8();
            for (const FakeEvent &event : data.events())
                all += event.eventId.toUtf8() + event.release.toUtf8();
            return all;
        };
        QCOMPARE(render({}), render({}));
        SeedOptions other;
        other.seed = 2;
        QVERIFY(render({}) != render(other));
        SeedOptions bench;
        bench.kind = SeedOptions::Kind::Bench;
        bench.issues = 250;
        bench.eventsPerIssue = 2;
        FakeData data;
        FakeSeeder::seed(data, bench);
        QCOMPARE(data.issues().size(), 250);
        QCOMPARE(data.events().size(), 500);
        QSet<QString> ids;
        for (const FakeEvent &event : data.events())
            ids.insert(event.eventId);
        QCOMPARE(ids.size(), 500);
    }

    void sessionsValidateTheirParameters()
    {
        QCOMPARE(get(org() + u"/sessions/?statsPeriod=24h"_s).status, 400);
        QCOMPARE(get(org() + u"/sessions/?field=sum(bananas)"_s).status, 400);
        const Answer answer = get(org() + u"/sessions/?field=sum(session)&groupBy=session.status&statsPeriod=24h&interval=1h"_s);
        QCOMPARE(answer.json[u"groups"_s].toArray().size(), 4);
        QCOMPARE(answer.json[u"intervals"_s].toArray().size(), 25);
        qint64 total = 0;
        for (const QJsonValue &group : answer.json[u"groups"_s].toArray())
            total += group[u"totals"_s][u"sum(session)"_s].toInteger();
        QVERIFY(total > 0);
    }

    void executablePrintsWhereItListens()
    {
        QProcess process;
        process.start(QStringLiteral(FAKESENTRY_PATH),
            {u"--port"_s, u"0"_s, u"--seed"_s, u"bench"_s, u"--issues"_s, u"20"_s, u"--token"_s, u"t0k"_s, u"--rate-limit"_s,
                u"5/s"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() && QByteArray(process.peek(4096)).count('\n') >= 2, 20'000);
        const QString urlLine = QString::fromUtf8(process.readLine()).trimmed();
        const QString orgLine = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(urlLine.startsWith(u"url http://127.0.0.1:"_s), qPrintable(urlLine));
        QCOMPARE(orgLine, u"org demo-org"_s);
        QNetworkRequest request(QUrl(urlLine.mid(4) + u"/api/0/organizations/demo-org/issues/?query="_s));
        request.setRawHeader("Authorization", "Bearer t0k");
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).array().size(), 20);
        QCOMPARE(reply->rawHeader("X-Sentry-Rate-Limit-Limit"), "5");
        reply->deleteLater();
        process.kill();
        process.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestFakeSentry)
#include "TestFakeSentry.moc"
