#include "api/SentryClient.h"

#include "api/Waiter.h"
#include "core/Clock.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

void addAll(ApiRequest &request, const QString &key, const QStringList &values)
{
    for (const QString &value : values)
        request.addQuery(key, value);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

SentryClient::SentryClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_ownWaiter(std::make_unique<TimerWaiter>(SystemClock::instance()))
    , m_transport(new SentryTransport(nam, SystemClock::instance(), *m_ownWaiter, this))
{ }

SentryClient::SentryClient(QNetworkAccessManager *nam, const Clock &clock, Waiter &waiter, QObject *parent)
    : QObject(parent)
    , m_transport(new SentryTransport(nam, clock, waiter, this))
{ }

// The transport (a child) goes first: its pending waits refer to the waiter owned here.
SentryClient::~SentryClient()
{
    delete m_transport;
}

void SentryClient::setAccount(const AccountConfig &account)
{
    m_account = account;
    m_transport->setBaseUrl(account.url);
    m_transport->setToken(account.token);
}

QString SentryClient::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

ApiRequest SentryClient::orgRequest(const QString &suffix, const QString &bucketSuffix) const
{
    ApiRequest request;
    request.path = u"/api/0/organizations/"_s + encodeSegment(m_account.org) + u"/"_s + suffix;
    request.bucket = u"GET /organizations/{org}/"_s + bucketSuffix;
    return request;
}

void SentryClient::applyPages(ApiRequest &request, const PageOptions &pages, const QString &perPageKey)
{
    request.paginate = true;
    request.maxPages = pages.maxPages;
    request.collectItems = pages.collectItems;
    request.addQuery(perPageKey, u"100"_s);
    if (!pages.cursor.isEmpty())
        request.addQuery(u"cursor"_s, pages.cursor);
}

void SentryClient::applyRange(ApiRequest &request, const TimeRange &range)
{
    if (!range.statsPeriod.isEmpty()) {
        request.addQuery(u"statsPeriod"_s, range.statsPeriod);
        return;
    }
    if (range.start.isValid())
        request.addQuery(u"start"_s, iso(range.start));
    if (range.end.isValid())
        request.addQuery(u"end"_s, iso(range.end));
}

SentryReply *SentryClient::organizations(const PageOptions &pages)
{
    ApiRequest request;
    request.path = u"/api/0/organizations/"_s;
    request.bucket = u"GET /organizations/"_s;
    applyPages(request, pages, u"per_page"_s);
    return send(std::move(request));
}

SentryReply *SentryClient::projects(const PageOptions &pages)
{
    ApiRequest request = orgRequest(u"projects/"_s, u"projects/"_s);
    applyPages(request, pages, u"per_page"_s);
    return send(std::move(request));
}

SentryReply *SentryClient::member(const QString &memberId)
{
    return send(orgRequest(u"members/"_s + encodeSegment(memberId) + u"/"_s, u"members/{id}/"_s));
}

SentryReply *SentryClient::members(const PageOptions &pages)
{
    ApiRequest request = orgRequest(u"members/"_s, u"members/"_s);
    applyPages(request, pages, u"per_page"_s);
    return send(std::move(request));
}

SentryReply *SentryClient::issues(const IssueListQuery &query)
{
    ApiRequest request = orgRequest(u"issues/"_s, u"issues/"_s);
    if (query.query)
        request.addQuery(u"query"_s, *query.query);
    if (!query.sort.isEmpty())
        request.addQuery(u"sort"_s, query.sort);
    applyRange(request, query.range);
    if (!query.groupStatsPeriod.isEmpty())
        request.addQuery(u"groupStatsPeriod"_s, query.groupStatsPeriod);
    addAll(request, u"project"_s, query.projects);
    addAll(request, u"environment"_s, query.environments);
    addAll(request, u"expand"_s, query.expand);
    addAll(request, u"collapse"_s, query.collapse);
    applyPages(request, query.pages, u"limit"_s);
    return send(std::move(request));
}

SentryReply *SentryClient::issue(const QString &issueId)
{
    return send(orgRequest(u"issues/"_s + encodeSegment(issueId) + u"/"_s, u"issues/{id}/"_s));
}

SentryReply *SentryClient::issueEvents(const QString &issueId, const EventListQuery &query)
{
    ApiRequest request = orgRequest(u"issues/"_s + encodeSegment(issueId) + u"/events/"_s, u"issues/{id}/events/"_s);
    if (query.full)
        request.addQuery(u"full"_s, u"true"_s);
    if (!query.query.isEmpty())
        request.addQuery(u"query"_s, query.query);
    applyRange(request, query.range);
    addAll(request, u"environment"_s, query.environments);
    applyPages(request, query.pages, u"per_page"_s);
    request.priority = query.priority;
    return send(std::move(request));
}

SentryReply *SentryClient::issueEvent(const QString &issueId, const QString &eventId, int priority)
{
    ApiRequest request = orgRequest(u"issues/"_s + encodeSegment(issueId) + u"/events/"_s + encodeSegment(eventId) + u"/"_s,
        u"issues/{id}/events/{event}/"_s);
    request.priority = priority;
    return send(std::move(request));
}

SentryReply *SentryClient::issueTag(const QString &issueId, const QString &key)
{
    return send(orgRequest(
        u"issues/"_s + encodeSegment(issueId) + u"/tags/"_s + encodeSegment(key) + u"/"_s, u"issues/{id}/tags/{key}/"_s));
}

SentryReply *SentryClient::projectEvents(const QString &project, const EventListQuery &query)
{
    ApiRequest request;
    request.path = u"/api/0/projects/"_s + encodeSegment(m_account.org) + u"/"_s + encodeSegment(project) + u"/events/"_s;
    request.bucket = u"GET /projects/{org}/{project}/events/"_s;
    if (query.full)
        request.addQuery(u"full"_s, u"true"_s);
    if (!query.query.isEmpty())
        request.addQuery(u"query"_s, query.query);
    applyRange(request, query.range);
    addAll(request, u"environment"_s, query.environments);
    applyPages(request, query.pages, u"per_page"_s);
    return send(std::move(request));
}

SentryReply *SentryClient::projectEvent(const QString &project, const QString &eventId)
{
    ApiRequest request;
    request.path = u"/api/0/projects/"_s + encodeSegment(m_account.org) + u"/"_s + encodeSegment(project) + u"/events/"_s
        + encodeSegment(eventId) + u"/"_s;
    request.bucket = u"GET /projects/{org}/{project}/events/{event}/"_s;
    return send(std::move(request));
}

SentryReply *SentryClient::releases(const ReleaseListQuery &query)
{
    ApiRequest request = orgRequest(u"releases/"_s, u"releases/"_s);
    if (query.health)
        request.addQuery(u"health"_s, u"1"_s);
    if (!query.healthStatsPeriod.isEmpty())
        request.addQuery(u"healthStatsPeriod"_s, query.healthStatsPeriod);
    if (!query.summaryStatsPeriod.isEmpty())
        request.addQuery(u"summaryStatsPeriod"_s, query.summaryStatsPeriod);
    if (!query.query.isEmpty())
        request.addQuery(u"query"_s, query.query);
    if (!query.sort.isEmpty())
        request.addQuery(u"sort"_s, query.sort);
    addAll(request, u"project"_s, query.projects);
    addAll(request, u"environment"_s, query.environments);
    applyPages(request, query.pages, u"per_page"_s);
    return send(std::move(request));
}

SentryReply *SentryClient::sessions(const SessionsQuery &query)
{
    ApiRequest request = orgRequest(u"sessions/"_s, u"sessions/"_s);
    addAll(request, u"field"_s, query.fields);
    addAll(request, u"groupBy"_s, query.groupBy);
    if (!query.interval.isEmpty())
        request.addQuery(u"interval"_s, query.interval);
    applyRange(request, query.range);
    addAll(request, u"project"_s, query.projects);
    addAll(request, u"environment"_s, query.environments);
    if (!query.query.isEmpty())
        request.addQuery(u"query"_s, query.query);
    return send(std::move(request));
}

SentryReply *SentryClient::stats(const StatsQuery &query)
{
    ApiRequest request = orgRequest(u"stats_v2/"_s, u"stats_v2/"_s);
    request.addQuery(u"field"_s, query.field);
    addAll(request, u"groupBy"_s, query.groupBy);
    if (!query.interval.isEmpty())
        request.addQuery(u"interval"_s, query.interval);
    applyRange(request, query.range);
    addAll(request, u"project"_s, query.projects);
    addAll(request, u"category"_s, query.categories);
    addAll(request, u"outcome"_s, query.outcomes);
    return send(std::move(request));
}

SentryReply *SentryClient::updateIssue(const QString &issueId, const QJsonObject &changes, int priority)
{
    ApiRequest request = orgRequest(u"issues/"_s + encodeSegment(issueId) + u"/"_s, u"issues/{id}/"_s);
    request.method = "PUT";
    request.bucket = u"PUT /organizations/{org}/issues/{id}/"_s;
    request.body = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    request.priority = priority;
    return send(std::move(request));
}

SentryReply *SentryClient::updateIssues(const QStringList &issueIds, const QJsonObject &changes, int priority)
{
    ApiRequest request = orgRequest(u"issues/"_s, u"issues/"_s);
    request.method = "PUT";
    request.bucket = u"PUT /organizations/{org}/issues/"_s;
    if (issueIds.isEmpty())
        return refuse(std::move(request), tr("A bulk issue update needs at least one issue id"));
    if (issueIds.size() > 100)
        return refuse(std::move(request), tr("A bulk issue update takes at most 100 issues (got %1)").arg(issueIds.size()));
    addAll(request, u"id"_s, issueIds);
    request.body = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    request.priority = priority;
    // Merging twice is not the same as merging once: the caller decides whether to try again.
    request.retryable = !changes.contains(u"merge"_s);
    return send(std::move(request));
}

SentryReply *SentryClient::send(ApiRequest request)
{
    return m_transport->send(std::move(request), this);
}

SentryReply *SentryClient::refuse(ApiRequest request, const QString &message)
{
    return m_transport->refuse(std::move(request), ApiError::make(ApiError::Kind::InvalidRequest, message), this);
}

} // namespace lookout
