#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace lookout::fake {

class FakeData;
struct FakeEvent;

// One request as the API handlers see it: the query decoded the way Django decodes it ('+' is a space).
struct FakeRequest
{
    QByteArray method;
    QUrl url; // as the client asked for it, for Link headers
    QList<std::pair<QString, QString>> query;
    QByteArray body;
    QStringList captures; // the route's path parameters, decoded

    static QList<std::pair<QString, QString>> parseQuery(const QString &encodedQuery);
    QString value(const QString &key, const QString &fallback = {}) const;
    QStringList values(const QString &key) const;
    bool has(const QString &key) const;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static FakeResponse json(const QJsonValue &value, int status = 200);
    // Sentry's error body: {"detail": "..."}.
    static FakeResponse detail(int status, const QString &detail);
    static FakeResponse noContent();
};

// The REST endpoints of the fake: routing, the handlers, and Sentry's cursor pagination. Transport
// concerns (auth, rate limits, faults, latency) are FakeSentry's.
class FakeApi
{
public:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern; // matched against the path after /api/0
        QString operation; // the OpenAPI operationId (also the rate-limit bucket)
        QStringList scopes; // any one of them grants access
        FakeResponse (FakeApi::*handler)(const FakeRequest &);
    };

    FakeApi(FakeData &data, const QDateTime &now, const QString &baseUrl);

    static const QList<Route> &routes();
    // The route for method and path (below /api/0), with its decoded captures; nullptr if none.
    static const Route *match(const QByteArray &method, const QString &encodedPath, QStringList *captures);
    FakeResponse handle(const Route &route, const FakeRequest &request);

private:
    struct Page
    {
        qsizetype offset = 0;
        qsizetype limit = 100;
    };
    std::optional<Page> page(const FakeRequest &request, const QString &limitKey, FakeResponse *error) const;
    // The slice of a listing, with Sentry's Link header.
    FakeResponse pageOf(
        const FakeRequest &request, const Page &page, qsizetype total, const std::function<QJsonValue(qsizetype)> &item) const;
    bool orgMatches(const FakeRequest &request) const;

    FakeResponse organizations(const FakeRequest &request);
    FakeResponse projects(const FakeRequest &request);
    FakeResponse members(const FakeRequest &request);
    FakeResponse member(const FakeRequest &request);
    FakeResponse issues(const FakeRequest &request);
    FakeResponse projectIssues(const FakeRequest &request);
    FakeResponse updateIssues(const FakeRequest &request);
    FakeResponse issue(const FakeRequest &request);
    FakeResponse updateIssue(const FakeRequest &request);
    FakeResponse issueEvents(const FakeRequest &request);
    FakeResponse issueEvent(const FakeRequest &request);
    FakeResponse issueTag(const FakeRequest &request);
    FakeResponse projectEvents(const FakeRequest &request);
    FakeResponse projectEvent(const FakeRequest &request);
    FakeResponse releases(const FakeRequest &request);
    FakeResponse sessions(const FakeRequest &request);
    FakeResponse stats(const FakeRequest &request);

    FakeResponse listIssues(const FakeRequest &request, const QList<qint64> &projectIds, const QString &defaultStatsPeriod);
    FakeResponse listEvents(const FakeRequest &request, QList<const FakeEvent *> events);

    FakeData &m_data;
    QDateTime m_now;
    QString m_baseUrl;
};

} // namespace lookout::fake
