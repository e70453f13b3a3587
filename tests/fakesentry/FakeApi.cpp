#include "FakeApi.h"

#include "FakeData.h"
#include "FakeEventRenderer.h"
#include "FakeIssueSearch.h"
#include "FakeIssueUpdate.h"
#include "FakeRenderer.h"
#include "FakeSessions.h"
#include "FakeStats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

const QStringList orgRead {u"org:read"_s, u"org:write"_s, u"org:admin"_s};
const QStringList memberRead {u"member:read"_s, u"member:write"_s, u"member:admin"_s};
const QStringList eventRead {u"event:read"_s, u"event:write"_s, u"event:admin"_s};
const QStringList eventWrite {u"event:write"_s, u"event:admin"_s};
const QStringList projectRead {u"project:read"_s, u"project:write"_s, u"project:admin"_s};
const QStringList releaseRead {u"project:releases"_s, u"project:read"_s, u"project:write"_s, u"project:admin"_s, u"org:ci"_s};

QRegularExpression path(const QString &pattern)
{
    return QRegularExpression(u"^"_s + pattern + u"$"_s);
}

// A request's statsPeriod or start/end, read once: listings test every issue against it.
struct TimeRange
{
    qint64 from = std::numeric_limits<qint64>::min(); // ms since the epoch
    qint64 to = std::numeric_limits<qint64>::max();

    TimeRange(const FakeRequest &request, const QDateTime &now)
    {
        if (const qint64 period = FakeRenderer::periodSecs(request.value(u"statsPeriod"_s)); period > 0) {
            from = now.addSecs(-period).toMSecsSinceEpoch();
            return;
        }
        const QDateTime start = QDateTime::fromString(request.value(u"start"_s), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(request.value(u"end"_s), Qt::ISODateWithMs);
        if (start.isValid())
            from = start.toMSecsSinceEpoch();
        if (end.isValid())
            to = end.toMSecsSinceEpoch();
    }
    bool contains(const QDateTime &time) const
    {
        const qint64 ms = time.toMSecsSinceEpoch();
        return ms >= from && ms <= to;
    }
};

std::optional<FakeResponse> checkRange(const FakeRequest &request)
{
    const QString period = request.value(u"statsPeriod"_s);
    if (!period.isEmpty() && FakeRenderer::periodSecs(period) == 0)
        return FakeResponse::detail(400, u"Invalid statsPeriod: %1"_s.arg(period));
    for (const QString &key : {u"start"_s, u"end"_s}) {
        if (request.has(key) && !QDateTime::fromString(request.value(key), Qt::ISODateWithMs).isValid())
            return FakeResponse::detail(400, u"%1 is not a valid ISO 8601 date"_s.arg(key));
    }
    return std::nullopt;
}

} // namespace

QList<std::pair<QString, QString>> FakeRequest::parseQuery(const QString &encodedQuery)
{
    QList<std::pair<QString, QString>> items;
    for (const QString &part : encodedQuery.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const auto decode = [](QString text) { return QUrl::fromPercentEncoding(text.replace(u'+', u' ').toLatin1()); };
        if (eq < 0)
            items.append({decode(part), QString()});
        else
            items.append({decode(part.left(eq)), decode(part.mid(eq + 1))});
    }
    return items;
}

QString FakeRequest::value(const QString &key, const QString &fallback) const
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return fallback;
}

QStringList FakeRequest::values(const QString &key) const
{
    QStringList result;
    for (const auto &[k, v] : query) {
        if (k == key)
            result << v;
    }
    return result;
}

bool FakeRequest::has(const QString &key) const
{
    return std::any_of(query.cbegin(), query.cend(), [&key](const auto &item) { return item.first == key; });
}

FakeResponse FakeResponse::json(const QJsonValue &value, int status)
{
    FakeResponse response;
    response.status = status;
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

FakeResponse FakeResponse::detail(int status, const QString &detail)
{
    return json(QJsonObject {{u"detail"_s, detail}}, status);
}

FakeResponse FakeResponse::noContent()
{
    FakeResponse response;
    response.status = 204;
    return response;
}

FakeApi::FakeApi(FakeData &data, const QDateTime &now, const QString &baseUrl)
    : m_data(data)
    , m_now(now)
    , m_baseUrl(baseUrl)
{ }

const QList<FakeApi::Route> &FakeApi::routes()
{
    static const QList<Route> routes {
        {"GET", path(u"/organizations/"_s), u"listOrganizations"_s, orgRead, &FakeApi::organizations},
        {"GET", path(u"/organizations/([^/]+)/projects/"_s), u"listOrganizationProjects"_s, orgRead, &FakeApi::projects},
        {"GET", path(u"/organizations/([^/]+)/members/"_s), u"listOrganizationMembers"_s, memberRead, &FakeApi::members},
        {"GET", path(u"/organizations/([^/]+)/members/([^/]+)/"_s), u"getOrganizationMember"_s, memberRead, &FakeApi::member},
        {"GET", path(u"/organizations/([^/]+)/issues/"_s), u"listOrganizationIssues"_s, eventRead, &FakeApi::issues},
        {"PUT", path(u"/organizations/([^/]+)/issues/"_s), u"updateOrganizationIssues"_s, eventWrite, &FakeApi::updateIssues},
        {"GET", path(u"/organizations/([^/]+)/issues/([^/]+)/"_s), u"getOrganizationIssue"_s, eventRead, &FakeApi::issue},
        {"PUT", path(u"/organizations/([^/]+)/issues/([^/]+)/"_s), u"updateOrganizationIssue"_s, eventWrite,
            &FakeApi::updateIssue},
        {"GET", path(u"/organizations/([^/]+)/issues/([^/]+)/events/"_s), u"listOrganizationIssueEvents"_s, eventRead,
            &FakeApi::issueEvents},
        {"GET", path(u"/organizations/([^/]+)/issues/([^/]+)/events/([^/]+)/"_s), u"getOrganizationIssueEvent"_s, eventRead,
            &FakeApi::issueEvent},
        {"GET", path(u"/organizations/([^/]+)/issues/([^/]+)/tags/([^/]+)/"_s), u"getOrganizationIssueTag"_s, eventRead,
            &FakeApi::issueTag},
        {"GET", path(u"/projects/([^/]+)/([^/]+)/events/"_s), u"listProjectEvents"_s, projectRead, &FakeApi::projectEvents},
        {"GET", path(u"/projects/([^/]+)/([^/]+)/events/([^/]+)/"_s), u"getProjectEvent"_s, projectRead, &FakeApi::projectEvent},
        {"GET", path(u"/projects/([^/]+)/([^/]+)/issues/"_s), u"listProjectIssues"_s, eventRead, &FakeApi::projectIssues},
        {"GET", path(u"/organizations/([^/]+)/releases/"_s), u"listOrganizationReleases"_s, releaseRead, &FakeApi::releases},
        {"GET", path(u"/organizations/([^/]+)/sessions/"_s), u"getOrganizationSessions"_s, orgRead, &FakeApi::sessions},
        {"GET", path(u"/organizations/([^/]+)/stats_v2/"_s), u"listOrganizationStatsV2"_s, orgRead, &FakeApi::stats},
    };
    return routes;
}

const FakeApi::Route *FakeApi::match(const QByteArray &method, const QString &encodedPath, QStringList *captures)
{
    for (const Route &route : routes()) {
        const QRegularExpressionMatch m = route.pattern.match(encodedPath);
        if (!m.hasMatch() || route.method != method)
            continue;
        captures->clear();
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            captures->append(QUrl::fromPercentEncoding(m.captured(i).toLatin1()));
        return &route;
    }
    return nullptr;
}

FakeResponse FakeApi::handle(const Route &route, const FakeRequest &request)
{
    if (!request.captures.isEmpty() && !orgMatches(request))
        return FakeResponse::detail(404, u"The requested resource does not exist"_s);
    return (this->*route.handler)(request);
}

bool FakeApi::orgMatches(const FakeRequest &request) const
{
    return request.captures.first() == m_data.orgSlug || request.captures.first() == m_data.orgId;
}

std::optional<FakeApi::Page> FakeApi::page(const FakeRequest &request, const QString &limitKey, FakeResponse *error) const
{
    Page page;
    if (request.has(limitKey)) {
        bool ok = false;
        page.limit = request.value(limitKey).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > 100) {
            *error = FakeResponse::detail(400, u"Invalid per_page value. Cannot exceed 100."_s);
            return std::nullopt;
        }
    }
    if (!request.value(u"cursor"_s).isEmpty()) { // sentry-cli sends "cursor=" for the first page
        // Sentry's cursors read "value:offset:is_prev"; the fake's value is always 0.
        const QStringList parts = request.value(u"cursor"_s).split(u':');
        bool ok = parts.size() == 3;
        page.offset = ok ? parts[1].toLongLong(&ok) : 0;
        if (!ok || page.offset < 0) {
            *error = FakeResponse::detail(400, u"Invalid cursor parameter."_s);
            return std::nullopt;
        }
    }
    return page;
}

FakeResponse FakeApi::pageOf(
    const FakeRequest &request, const Page &page, qsizetype total, const std::function<QJsonValue(qsizetype)> &item) const
{
    QJsonArray items;
    const qsizetype end = std::min(total, page.offset + page.limit);
    for (qsizetype i = page.offset; i < end; ++i)
        items.append(item(i));
    FakeResponse response = FakeResponse::json(items);
    const auto link = [&request](qsizetype offset, bool previous, bool results) {
        const QString cursor = u"0:%1:%2"_s.arg(offset).arg(previous ? 1 : 0);
        QUrl url = request.url;
        QUrlQuery query(url);
        query.removeAllQueryItems(u"cursor"_s);
        query.addQueryItem(u"cursor"_s, cursor);
        url.setQuery(query);
        return u"<%1>; rel=\"%2\"; results=\"%3\"; cursor=\"%4\""_s.arg(
            url.toString(QUrl::FullyEncoded), previous ? u"previous"_s : u"next"_s, results ? u"true"_s : u"false"_s, cursor);
    };
    const QString header
        = link(std::max<qsizetype>(0, page.offset - page.limit), true, page.offset > 0) + u", "_s + link(end, false, end < total);
    response.headers.append({"Link", header.toUtf8()});
    return response;
}

FakeResponse FakeApi::organizations(const FakeRequest &request)
{
    FakeResponse error;
    const auto p = page(request, u"per_page"_s, &error);
    if (!p)
        return error;
    const FakeRenderer renderer(m_data, m_baseUrl, m_now);
    return pageOf(request, *p, 1, [&](qsizetype) { return renderer.organization(); });
}

FakeResponse FakeApi::projects(const FakeRequest &request)
{
    FakeResponse error;
    const auto p = page(request, u"per_page"_s, &error);
    if (!p)
        return error;
    const FakeRenderer renderer(m_data, m_baseUrl, m_now);
    const QList<FakeProject> &projects = m_data.projects();
    return pageOf(request, *p, projects.size(), [&](qsizetype i) { return renderer.project(projects[i]); });
}

FakeResponse FakeApi::members(const FakeRequest &request)
{
    FakeResponse error;
    const auto p = page(request, u"per_page"_s, &error);
    if (!p)
        return error;
    const FakeRenderer renderer(m_data, m_baseUrl, m_now);
    return pageOf(request, *p, m_data.users.size(), [&](qsizetype i) { return renderer.member(m_data.users.at(i)); });
}

FakeResponse FakeApi::member(const FakeRequest &request)
{
    const QString id = request.captures.at(1);
    const FakeRenderer renderer(m_data, m_baseUrl, m_now);
    for (qsizetype i = 0; i < m_data.users.size(); ++i) {
        const bool me = id == u"me"_s && i == m_data.tokenUser;
        if (me || u"10"_s + m_data.users.at(i).id == id)
            return FakeResponse::json(renderer.member(m_data.users.at(i)));
    }
    return FakeResponse::detail(404, u"The requested resource does not exist"_s);
}

FakeResponse FakeApi::issues(const FakeRequest &request)
{
    QList<qint64> projectIds;
    for (const QString &idOrSlug : request.values(u"project"_s)) {
        if (idOrSlug == u"-1"_s)
            continue;
        const FakeProject *project = m_data.project(idOrSlug);
        if (!project)
            return FakeResponse::detail(403, u"You do not have permission to perform this action."_s);
        projectIds << project->id;
    }
    return listIssues(request, projectIds, QString());
}

FakeResponse FakeApi::projectIssues(const FakeRequest &request)
{
    const FakeProject *project = m_data.project(request.captures[1]);
    if (!project)
        return FakeResponse::detail(404, u"The requested resource does not exist"_s);
    return listIssues(request, {project->id}, u"24h"_s);
}

FakeResponse FakeApi::listIssues(const FakeRequest &request, const QList<qint64> &projectIds, const QString &defaultStatsPeriod)
{
    FakeResponse error;
    const auto p = page(request, u"limit"_s, &error);
    if (!p)
        return error;
    if (const auto bad = checkRange(request))
        return *bad;
    const QString sort = request.value(u"sort"_s, u"date"_s);
    static const QStringList sorts {
        u"date"_s, u"new"_s, u"freq"_s, u"user"_s, u"trends"_s, u"inbox"_s, u"recommended"_s, u"priority"_s};
    if (!sorts.contains(sort))
        return FakeResponse::detail(400, u"Invalid sort: %1"_s.arg(sort));
    QString groupStats = request.value(u"groupStatsPeriod"_s, request.has(u"groupStatsPeriod"_s) ? QString() : u"24h"_s);
    if (request.captures.size() > 1) // the project listing calls it statsPeriod
        groupStats = request.value(u"statsPeriod"_s, defaultStatsPeriod);
    if (groupStats == u"auto"_s)
        groupStats = u"24h"_s;
    if (!groupStats.isEmpty() && groupStats != u"24h"_s && groupStats != u"14d"_s)
        return FakeResponse::detail(400, u"Invalid groupStatsPeriod: %1"_s.arg(groupStats));
    QString searchError;
    const auto search = FakeIssueSearch::parse(request.value(u"query"_s, u"is:unresolved"_s), m_now, &searchError);
    if (!search)
        return FakeResponse::detail(400, u"Error parsing search query: "_s + searchError);
    const QStringList environments = request.values(u"environment"_s);
    const bool ranged = request.captures.size() == 1 && (request.has(u"statsPeriod"_s) || request.has(u"start"_s));
    const TimeRange range(request, m_now);
    QList<FakeIssue *> found = m_data.findIssues([&](const FakeIssue &i) {
        if (!projectIds.isEmpty() && !projectIds.contains(i.projectId))
            return false;
        if (ranged && !range.contains(i.lastSeen))
            return false;
        if (!environments.isEmpty()) {
            const auto events = m_data.issueEvents(i.id);
            if (std::none_of(
                    events.begin(), events.end(), [&](const FakeEvent *e) { return environments.contains(e->environment); }))
                return false;
        }
        return search->matches(i, m_data);
    });
    const auto key = [&sort](const FakeIssue *i) -> qint64 {
        if (sort == u"new"_s)
            return i->firstSeen.toMSecsSinceEpoch();
        if (sort == u"freq"_s)
            return i->count;
        if (sort == u"user"_s)
            return i->userCount;
        return i->lastSeen.toMSecsSinceEpoch();
    };
    // Keyed once: a listing of tens of thousands of issues is sorted again for every page.
    QList<std::pair<qint64, FakeIssue *>> keyed;
    keyed.reserve(found.size());
    for (FakeIssue *issue : std::as_const(found))
        keyed.append({key(issue), issue});
    std::sort(keyed.begin(), keyed.end(),
        [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second->id > b.second->id; });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        found[i] = keyed[i].second;
    const FakeRenderer renderer(m_data, m_baseUrl, m_now);
    return pageOf(request, *p, found.size(), [&](qsizetype i) { return renderer.issue(*found[i], groupStats, false); });
}

FakeResponse FakeApi::updateIssues(const FakeRequest &request)
{
    QList<FakeIssue *> targets;
    if (request.has(u"id"_s)) {
        for (const QString &id : request.values(u"id"_s)) {
            if (FakeIssue *i = m_data.issue(id))
                targets << i;
        }
    } else {
        QString searchError;
        const auto search = FakeIssueSearch::parse(request.value(u"query"_s, u"is:unresolved"_s), m_now, &searchError);
        if (!search)
            return FakeResponse::detail(400, u"Error parsing search query: "_s + searchError);
        targets = m_data.findIssues([&](const FakeIssue &i) { return search->matches(i, m_data); });
    }
    if (targets.isEmpty())
        return FakeResponse::noContent();
    return FakeIssueUpdate(m_data, m_now, m_baseUrl).apply(targets, request.body, false);
}

FakeResponse FakeApi::issue(const FakeRequest &request)
{
    const FakeIssue *found = m_data.issue(request.captures[1]);
    if (!found)
        return FakeResponse::detail(404, u"The requested resource does not exist"_s);
    return FakeResponse::json(FakeRenderer(m_data, m_baseUrl, m_now).issue(*found, QString(), true));
}

FakeResponse FakeApi::updateIssue(const FakeRequest &request)
{
    FakeIssue *found = m_data.issue(request.captures[1]);
    if (!found)
        return FakeResponse::detail(404, u"The requested resource does not exist"_s);
    return FakeIssueUpdate(m_data, m_now, m_baseUrl).apply({found}, request.body, true);
}

FakeResponse FakeApi::listEvents(const FakeRequest &request, QList<const FakeEvent *> events)
{
    FakeResponse error;
    const auto p = page(request, u"per_page"_s, &error);
    if (!p)
        return error;
    if (const auto bad = checkRange(request))
        return *bad;
    const QStringList environments = request.values(u"environment"_s);
    const TimeRange range(request, m_now);
    events.removeIf([&](const FakeEvent *e) {
        return !range.contains(e->dateCreated) || (!environments.isEmpty() && !environments.contains(e->environment));
    });
    const bool full = request.value(u"full"_s) == u"true"_s || request.value(u"full"_s) == u"1"_s;
    const FakeEventRenderer renderer(m_data, m_baseUrl);
    return pageOf(request, *p, events.size(),
        [&](qsizetype i) { return full ? renderer.full(*events[i], false) : renderer.summary(*events[i]); });
}

FakeResponse FakeApi::issueEvents(const FakeRequest &request)
{
    const FakeIssue *found = m_data.issue(request.captures[1]);
    if (!found)
        return FakeResponse::detail(404, u"The requested resource does not exist"_s);
    return listEvents(request, m_data.issueEvents(found->id));
}

FakeResponse FakeApi::issueEvent(const FakeRequest &request)
{
    const FakeIssue *found = m_data.issue(request.captures[1]);
    if (!found)
        return FakeResponse::detail(404, u"The requested resource does not exist"_s);
    QList<const FakeEvent *> events = m_data.issueEvents(found->id); // newest first
    const QStringList environments = request.values(u"environment"_s);
    events.removeIf([&](const FakeEvent *e) { return !environments.isEmpty() && !environments.contains(e->environment); });
    const QString id = request.captures[2];
    const FakeEvent *event = nullptr;
    if (id == u"latest"_s || id == u"recommended"_s)
        event = events.isEmpty() ? nullptr : events.first();
    else if (id == u"oldest"_s)
        event = events.isEmpty() ? nullptr : events.last();
    else if (const FakeEvent *e = m_data.event(id); e && e->issueId == found->id)
        event = e;
    if (!event)
        return FakeResponse::detail(404, u"Event not found"_s);
    return FakeResponse::json(FakeEventRenderer(m_data, m_baseUrl).full(*event, true));
}

FakeResponse FakeApi::issueTag(const FakeRequest &request)
{
    const FakeIssue *found = m_data.issue(request.captures[1]);
    if (!found)
        return FakeResponse::detail(404, u"The requested resource does not exist"_s);
    const QJsonObject tag = FakeRenderer(m_data, m_baseUrl, m_now).tagDistribution(*found, request.captures[2]);
    if (tag[u"totalValues"_s].toInt() == 0)
        return FakeResponse::detail(404, u"Tag not found"_s);
    return FakeResponse::json(tag);
}

FakeResponse FakeApi::projectEvents(const FakeRequest &request)
{
    const FakeProject *project = m_data.project(request.captures[1]);
    if (!project)
        return FakeResponse::detail(404, u"The requested resource does not exist"_s);
    return listEvents(request, m_data.projectEvents(project->id));
}

FakeResponse FakeApi::projectEvent(const FakeRequest &request)
{
    const FakeProject *project = m_data.project(request.captures[1]);
    const FakeEvent *event = m_data.event(request.captures[2]);
    if (!project || !event || event->projectId != project->id || !m_data.issue(QString::number(event->issueId)))
        return FakeResponse::detail(404, u"Event not found"_s);
    return FakeResponse::json(FakeEventRenderer(m_data, m_baseUrl).full(*event, true));
}

FakeResponse FakeApi::releases(const FakeRequest &request)
{
    FakeResponse error;
    const auto p = page(request, u"per_page"_s, &error);
    if (!p)
        return error;
    QList<qint64> projectIds;
    for (const QString &id : request.values(u"project"_s)) {
        if (id != u"-1"_s)
            projectIds << id.toLongLong();
    }
    const QString query = request.value(u"query"_s);
    QList<const FakeRelease *> found;
    for (const FakeRelease &r : m_data.releases) {
        const bool inProject = projectIds.isEmpty()
            || std::any_of(r.projectIds.begin(), r.projectIds.end(), [&](qint64 id) { return projectIds.contains(id); });
        if (inProject && (query.isEmpty() || r.version.contains(query, Qt::CaseInsensitive)))
            found << &r;
    }
    std::stable_sort(found.begin(), found.end(), [](const FakeRelease *a, const FakeRelease *b) {
        return a->dateCreated != b->dateCreated ? a->dateCreated > b->dateCreated : a->id > b->id;
    });
    const bool health = request.value(u"health"_s) == u"1"_s || request.value(u"health"_s) == u"true"_s;
    const QString healthPeriod = request.value(u"healthStatsPeriod"_s, u"24h"_s);
    const FakeRenderer renderer(m_data, m_baseUrl, m_now);
    return pageOf(request, *p, found.size(), [&](qsizetype i) { return renderer.release(*found[i], health, healthPeriod); });
}

FakeResponse FakeApi::sessions(const FakeRequest &request)
{
    return FakeSessions(m_data, m_now).query(request);
}

FakeResponse FakeApi::stats(const FakeRequest &request)
{
    return FakeStats(m_data, m_now).query(request);
}

} // namespace lookout::fake
