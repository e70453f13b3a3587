#include "FakeRenderer.h"

#include "FakeData.h"
#include "FakeEventRenderer.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

QJsonObject avatar()
{
    return {{u"avatarType"_s, u"letter_avatar"_s}, {u"avatarUuid"_s, QJsonValue::Null}, {u"avatarUrl"_s, QJsonValue::Null}};
}

QString tagLabel(const QString &key)
{
    static const QHash<QString, QString> labels {{u"browser"_s, u"Browser"_s}, {u"os"_s, u"OS"_s},
        {u"environment"_s, u"Environment"_s}, {u"release"_s, u"Release"_s}, {u"level"_s, u"Level"_s},
        {u"handled"_s, u"Handled"_s}, {u"mechanism"_s, u"Mechanism"_s}, {u"transaction"_s, u"Transaction"_s},
        {u"user"_s, u"User"_s}};
    return labels.value(key, key);
}

} // namespace

FakeRenderer::FakeRenderer(const FakeData &data, const QString &baseUrl, const QDateTime &now)
    : m_data(data)
    , m_baseUrl(baseUrl)
    , m_now(now)
{ }

QString FakeRenderer::iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

qint64 FakeRenderer::periodSecs(const QString &period)
{
    if (period.size() < 2)
        return 0;
    bool ok = false;
    const qint64 n = period.left(period.size() - 1).toLongLong(&ok);
    if (!ok || n <= 0)
        return 0;
    switch (period.back().unicode()) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    case 'd':
        return n * 86400;
    case 'w':
        return n * 7 * 86400;
    default:
        return 0;
    }
}

QJsonObject FakeRenderer::organization() const
{
    const QString url = m_baseUrl + u"/organizations/"_s + m_data.orgSlug + u"/"_s;
    return {
        {u"id"_s, m_data.orgId},
        {u"slug"_s, m_data.orgSlug},
        {u"status"_s, QJsonObject {{u"id"_s, u"active"_s}, {u"name"_s, u"active"_s}}},
        {u"name"_s, m_data.orgName},
        {u"dateCreated"_s, iso(m_data.orgCreated)},
        {u"isEarlyAdopter"_s, false},
        {u"require2FA"_s, false},
        {u"avatar"_s, avatar()},
        {u"links"_s,
            QJsonObject {
                {u"organizationUrl"_s, url}, {u"regionUrl"_s, m_data.regionUrl.isEmpty() ? m_baseUrl : m_data.regionUrl}}},
        {u"hasAuthProvider"_s, false},
        {u"allowMemberInvite"_s, true},
        {u"allowMemberProjectCreation"_s, true},
        {u"allowSuperuserAccess"_s, false},
        {u"features"_s, QJsonArray {}},
    };
}

QJsonObject FakeRenderer::project(const FakeProject &project) const
{
    const FakeTeam team = m_data.teams.isEmpty() ? FakeTeam {u"1"_s, u"default"_s, u"Default"_s} : m_data.teams.first();
    const QJsonObject teamJson {{u"id"_s, team.id}, {u"name"_s, team.name}, {u"slug"_s, team.slug}};
    QString latestVersion;
    QDateTime latestDate;
    for (const FakeRelease &r : m_data.releases) {
        if (r.projectIds.contains(project.id) && (!latestDate.isValid() || r.dateCreated > latestDate)) {
            latestDate = r.dateCreated;
            latestVersion = r.version;
        }
    }
    QDateTime firstEvent;
    for (const FakeIssue &i : m_data.issues()) {
        if (i.projectId == project.id && i.firstSeen.isValid() && (!firstEvent.isValid() || i.firstSeen < firstEvent))
            firstEvent = i.firstSeen;
    }
    QJsonObject json {
        {u"id"_s, QString::number(project.id)},
        {u"slug"_s, project.slug},
        {u"name"_s, project.name},
        {u"platform"_s, project.platform},
        {u"dateCreated"_s, iso(project.dateCreated)},
        {u"isBookmarked"_s, false},
        {u"isMember"_s, true},
        {u"features"_s, QJsonArray {}},
        {u"firstEvent"_s, firstEvent.isValid() ? QJsonValue(iso(firstEvent)) : QJsonValue::Null},
        {u"firstTransactionEvent"_s, false},
        {u"access"_s, QJsonArray {u"project:read"_s, u"event:read"_s, u"event:write"_s}},
        {u"hasAccess"_s, true},
        {u"team"_s, teamJson},
        {u"teams"_s, QJsonArray {teamJson}},
        {u"platforms"_s, QJsonArray {project.platform}},
        {u"hasUserReports"_s, false},
        {u"hasSessions"_s, true},
        {u"environments"_s, QJsonArray::fromStringList(project.environments)},
        {u"latestRelease"_s,
            latestVersion.isEmpty() ? QJsonValue::Null : QJsonValue(QJsonObject {{u"version"_s, latestVersion}})},
    };
    for (const char16_t *flag : {u"hasFeedbacks", u"hasFlags", u"hasMinifiedStackTrace", u"hasMonitors", u"hasNewFeedbacks",
             u"hasProfiles", u"hasReplays", u"hasInsightsHttp", u"hasInsightsDb", u"hasInsightsAssets", u"hasInsightsAppStart",
             u"hasInsightsScreenLoad", u"hasInsightsVitals", u"hasInsightsCaches", u"hasInsightsQueues",
             u"hasInsightsAgentMonitoring", u"hasInsightsMCP", u"hasLogs", u"hasTraceMetrics"})
        json.insert(QString::fromUtf16(flag), false);
    return json;
}

QJsonObject FakeRenderer::member(const FakeUser &user) const
{
    const QString joined = m_now.addYears(-1).toString(Qt::ISODateWithMs);
    const QJsonObject account {{u"id"_s, user.id}, {u"name"_s, user.name}, {u"username"_s, user.username},
        {u"email"_s, user.email}, {u"avatarUrl"_s, u"https://secure.gravatar.com/avatar/0?s=32&d=mm"_s}, {u"isActive"_s, true},
        {u"hasPasswordAuth"_s, true}, {u"isManaged"_s, false}, {u"dateJoined"_s, joined}, {u"lastLogin"_s, joined},
        {u"has2fa"_s, false}, {u"lastActive"_s, joined}, {u"isSuperuser"_s, false}, {u"isStaff"_s, false},
        {u"isSuspended"_s, false}, {u"experiments"_s, QJsonObject {}},
        {u"emails"_s, QJsonArray {QJsonObject {{u"id"_s, user.id}, {u"email"_s, user.email}, {u"is_verified"_s, true}}}}};
    return {{u"id"_s, QString(u"10"_s + user.id)}, {u"email"_s, user.email}, {u"name"_s, user.name}, {u"user"_s, account},
        {u"orgRole"_s, u"member"_s}, {u"role"_s, u"member"_s}, {u"roleName"_s, u"Member"_s}, {u"pending"_s, false},
        {u"expired"_s, false},
        {u"flags"_s,
            QJsonObject {{u"idp:provisioned"_s, false}, {u"idp:role-restricted"_s, false}, {u"sso:linked"_s, false},
                {u"sso:invalid"_s, false}, {u"member-limit:restricted"_s, false}, {u"partnership:restricted"_s, false}}},
        {u"dateCreated"_s, joined}, {u"inviteStatus"_s, u"approved"_s}, {u"inviterName"_s, QJsonValue::Null},
        {u"teams"_s, QJsonArray {}}, {u"teamRoles"_s, QJsonArray {}}, {u"invite_link"_s, QJsonValue::Null},
        {u"isOnlyOwner"_s, false}, {u"orgRoleList"_s, QJsonArray {}}, {u"teamRoleList"_s, QJsonArray {}}};
}

QJsonValue FakeRenderer::assignee(const QString &assignedTo) const
{
    const QString kind = assignedTo.section(u':', 0, 0);
    const QString id = assignedTo.section(u':', 1);
    if (kind == u"user"_s) {
        if (const FakeUser *user = m_data.user(id))
            return QJsonObject {{u"type"_s, u"user"_s}, {u"id"_s, user->id}, {u"name"_s, user->name}, {u"email"_s, user->email}};
    } else if (kind == u"team"_s) {
        if (const FakeTeam *team = m_data.team(id))
            return QJsonObject {{u"type"_s, u"team"_s}, {u"id"_s, team->id}, {u"name"_s, team->slug}};
    }
    return QJsonValue::Null;
}

QJsonObject FakeRenderer::metadata(const FakeIssue &issue) const
{
    // Error issues carry type/value/filename and no title; message issues only a title (the
    // project-issues schema tells the two apart by exactly that).
    if (issue.type == u"error"_s) {
        const FakeFrame frame = issue.frames.isEmpty() ? FakeFrame() : issue.frames.last();
        return {{u"type"_s, issue.exceptionType}, {u"value"_s, issue.exceptionValue}, {u"filename"_s, frame.filename},
            {u"function"_s, frame.function}, {u"in_app_frame_mix"_s, u"mixed"_s}};
    }
    return {{u"title"_s, issue.title}};
}

QJsonArray FakeRenderer::issueStats(const FakeIssue &issue, const QString &period) const
{
    const bool daily = period == u"14d"_s || period == u"30d"_s;
    const qint64 step = daily ? 86400 : 3600;
    const int buckets = period == u"30d"_s ? 30 : (daily ? 14 : 24);
    const qint64 end = (m_now.toSecsSinceEpoch() / step + 1) * step;
    const qint64 first = end - buckets * step;
    QList<int> counts(buckets, 0);
    for (const FakeEvent *e : m_data.issueEvents(issue.id)) {
        const qint64 t = e->dateCreated.toSecsSinceEpoch();
        if (t >= first && t < end)
            ++counts[(t - first) / step];
    }
    QJsonArray series;
    for (int b = 0; b < buckets; ++b)
        series.append(QJsonArray {first + b * step, counts[b]});
    return series;
}

QJsonObject FakeRenderer::issue(const FakeIssue &issue, const QString &statsPeriod, bool detail) const
{
    const FakeProject *project = m_data.project(issue.projectId);
    const QJsonValue assigned = assignee(issue.assignedTo);
    QJsonObject stats;
    if (!statsPeriod.isEmpty())
        stats.insert(statsPeriod, issueStats(issue, statsPeriod));
    if (detail) {
        stats.insert(u"24h"_s, issueStats(issue, u"24h"_s));
        stats.insert(u"30d"_s, issueStats(issue, u"30d"_s));
    }
    QJsonObject json {
        {u"id"_s, QString::number(issue.id)},
        {u"shareId"_s, QJsonValue::Null},
        {u"shortId"_s, issue.shortId},
        {u"title"_s, issue.title},
        {u"culprit"_s, issue.culprit},
        {u"permalink"_s,
            QString(m_baseUrl + u"/organizations/"_s + m_data.orgSlug + u"/issues/"_s + QString::number(issue.id) + u"/"_s)},
        {u"logger"_s, issue.logger.isEmpty() ? QJsonValue::Null : QJsonValue(issue.logger)},
        {u"level"_s, issue.level},
        {u"status"_s, issue.status},
        {u"statusDetails"_s, issue.statusDetails},
        {u"substatus"_s, issue.substatus.isEmpty() ? QJsonValue::Null : QJsonValue(issue.substatus)},
        {u"isPublic"_s, issue.isPublic},
        {u"platform"_s, project ? QJsonValue(project->platform) : QJsonValue::Null},
        {u"priority"_s, issue.priority},
        {u"priorityLockedAt"_s, QJsonValue::Null},
        {u"seerFixabilityScore"_s, QJsonValue::Null},
        {u"seerAutofixLastTriggered"_s, QJsonValue::Null},
        {u"seerExplorerAutofixLastTriggered"_s, QJsonValue::Null},
        {u"project"_s,
            QJsonObject {{u"id"_s, QString::number(issue.projectId)}, {u"name"_s, project ? project->name : QString()},
                {u"slug"_s, project ? project->slug : QString()},
                {u"platform"_s, project ? QJsonValue(project->platform) : QJsonValue::Null}}},
        {u"type"_s, issue.type},
        {u"issueType"_s, issue.type == u"error"_s ? u"error"_s : u"default"_s},
        {u"issueCategory"_s, u"error"_s},
        {u"metadata"_s, metadata(issue)},
        {u"numComments"_s, 0},
        {u"assignedTo"_s, assigned},
        {u"isBookmarked"_s, issue.isBookmarked},
        {u"isSubscribed"_s, issue.isSubscribed},
        {u"subscriptionDetails"_s, QJsonValue::Null},
        {u"hasSeen"_s, issue.hasSeen},
        {u"annotations"_s, QJsonArray {}},
        {u"isUnhandled"_s, !issue.handled},
        {u"count"_s, QString::number(issue.count)},
        {u"userCount"_s, issue.userCount},
        {u"firstSeen"_s, issue.firstSeen.isValid() ? QJsonValue(iso(issue.firstSeen)) : QJsonValue::Null},
        {u"lastSeen"_s, issue.lastSeen.isValid() ? QJsonValue(iso(issue.lastSeen)) : QJsonValue::Null},
        {u"stats"_s, stats},
        {u"integrationIssues"_s, QJsonArray {}},
        {u"sentryAppIssues"_s, QJsonArray {}},
        {u"latestEventHasAttachments"_s, false},
    };
    if (detail) {
        json.insert(u"activity"_s, QJsonArray {});
        json.insert(u"seenBy"_s, QJsonArray {});
        json.insert(u"participants"_s, QJsonArray {});
        json.insert(u"userReportCount"_s, 0);
        json.insert(u"tags"_s, QJsonArray {});
        const FakeRelease *first = m_data.release(issue.firstRelease);
        const FakeRelease *last = m_data.release(issue.lastRelease);
        json.insert(u"firstRelease"_s, first ? QJsonValue(QJsonObject {{u"version"_s, first->version}}) : QJsonValue::Null);
        json.insert(u"lastRelease"_s, last ? QJsonValue(QJsonObject {{u"version"_s, last->version}}) : QJsonValue::Null);
        return json;
    }
    const QJsonObject lifetime {{u"count"_s, QString::number(issue.count)}, {u"userCount"_s, issue.userCount},
        {u"firstSeen"_s, iso(issue.firstSeen)}, {u"lastSeen"_s, iso(issue.lastSeen)}};
    json.insert(u"lifetime"_s, lifetime);
    json.insert(u"filtered"_s, QJsonValue::Null);
    json.insert(u"sessionCount"_s, 0);
    json.insert(u"inbox"_s,
        QJsonObject {{u"reason"_s, 0}, {u"reason_details"_s, QJsonValue::Null}, {u"date_added"_s, iso(issue.firstSeen)}});
    json.insert(u"owners"_s,
        QJsonObject {{u"type"_s, u"ownershipRule"_s}, {u"owner"_s, u"team:1"_s}, {u"date_added"_s, iso(issue.firstSeen)}});
    json.insert(u"matchingEventId"_s, QJsonValue::Null);
    json.insert(u"matchingEventEnvironment"_s, QJsonValue::Null);
    json.insert(u"derivedData"_s,
        QJsonObject {{u"blocker"_s, u"none"_s}, {u"progress"_s, u"none"_s}, {u"status"_s, u"open"_s}, {u"viewCount"_s, 0},
            {u"hasOpenFixPr"_s, false}, {u"isAssigned"_s, !assigned.isNull()}, {u"hasRootCause"_s, false},
            {u"lastCompletedAutofixStep"_s, u"none"_s}, {u"lastProgressedAt"_s, QJsonValue::Null}});
    return json;
}

QJsonObject FakeRenderer::tagDistribution(const FakeIssue &issue, const QString &key) const
{
    struct Value
    {
        int count = 0;
        QDateTime first;
        QDateTime last;
    };
    QMap<QString, Value> values;
    int total = 0;
    for (const FakeEvent *e : m_data.issueEvents(issue.id)) {
        for (const QJsonValue &tag : FakeEventRenderer::tags(m_data, *e)) {
            if (tag[u"key"_s].toString() != key)
                continue;
            Value &v = values[tag[u"value"_s].toString()];
            ++v.count;
            ++total;
            if (!v.first.isValid() || e->dateCreated < v.first)
                v.first = e->dateCreated;
            if (!v.last.isValid() || e->dateCreated > v.last)
                v.last = e->dateCreated;
        }
    }
    QList<std::pair<QString, Value>> sorted;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second.count > b.second.count; });
    QJsonArray top;
    for (qsizetype i = 0; i < std::min<qsizetype>(sorted.size(), 9); ++i) {
        const auto &[value, v] = sorted[i];
        top.append(QJsonObject {{u"key"_s, key}, {u"name"_s, value}, {u"value"_s, value}, {u"count"_s, v.count},
            {u"lastSeen"_s, iso(v.last)}, {u"firstSeen"_s, iso(v.first)},
            {u"query"_s, QString(key + u":\""_s + value + u"\""_s)}});
    }
    return {{u"key"_s, key}, {u"name"_s, tagLabel(key)}, {u"uniqueValues"_s, int(values.size())}, {u"totalValues"_s, total},
        {u"topValues"_s, top}};
}

} // namespace lookout::fake

namespace lookout::fake {

QJsonObject FakeRenderer::release(const FakeRelease &release, bool health, const QString &healthStatsPeriod) const
{
    QJsonArray projects;
    for (qint64 projectId : release.projectIds) {
        const FakeProject *project = m_data.project(projectId);
        if (!project)
            continue;
        QJsonObject json {{u"id"_s, projectId}, {u"slug"_s, project->slug}, {u"name"_s, project->name},
            {u"platform"_s, project->platform}, {u"platforms"_s, QJsonArray {project->platform}},
            {u"newGroups"_s, release.newGroups}};
        if (!health) {
            json.insert(u"hasHealthData"_s, false);
            json.insert(u"healthData"_s, QJsonValue::Null);
            projects.append(json);
            continue;
        }
        // Totals over everything held (14 days); the last 24 hours also per hour and for adoption.
        const bool daily = healthStatsPeriod == u"14d"_s;
        const qint64 step = daily ? 86400 : 3600;
        const int buckets = daily ? 14 : 24;
        const qint64 end = (m_now.toSecsSinceEpoch() / step + 1) * step;
        const qint64 first = end - buckets * step;
        const qint64 dayAgo = m_now.toSecsSinceEpoch() - 86400;
        QList<qint64> series(buckets, 0);
        qint64 total = 0, crashed = 0, errored = 0, users = 0, total24h = 0, users24h = 0, project24h = 0, projectUsers24h = 0;
        for (const FakeSessionBucket &b : m_data.sessions) {
            if (b.projectId != projectId)
                continue;
            const qint64 t = b.start.toSecsSinceEpoch();
            if (t >= dayAgo) {
                project24h += b.total();
                projectUsers24h += b.users;
            }
            if (b.release != release.version)
                continue;
            total += b.total();
            crashed += b.crashed;
            errored += b.errored;
            users += b.users;
            if (t >= dayAgo) {
                total24h += b.total();
                users24h += b.users;
            }
            if (t >= first && t < end)
                series[(t - first) / step] += b.total();
        }
        QJsonArray stats;
        for (int i = 0; i < buckets; ++i)
            stats.append(QJsonArray {first + i * step, series[i]});
        const auto rate = [](qint64 bad, qint64 all) {
            return all > 0 ? QJsonValue(100.0 * double(all - bad) / double(all)) : QJsonValue::Null;
        };
        json.insert(u"hasHealthData"_s, total > 0);
        json.insert(u"healthData"_s,
            QJsonObject {{u"durationP50"_s, QJsonValue::Null}, {u"durationP90"_s, QJsonValue::Null},
                {u"crashFreeUsers"_s, rate(crashed / 2, users)}, {u"crashFreeSessions"_s, rate(crashed, total)},
                {u"totalUsers"_s, users}, {u"totalUsers24h"_s, users24h}, {u"totalProjectUsers24h"_s, projectUsers24h},
                {u"totalSessions"_s, total}, {u"totalSessions24h"_s, total24h}, {u"totalProjectSessions24h"_s, project24h},
                {u"adoption"_s,
                    project24h > 0 ? QJsonValue(100.0 * double(users24h) / double(std::max<qint64>(1, projectUsers24h)))
                                   : QJsonValue::Null},
                {u"sessionsAdoption"_s,
                    project24h > 0 ? QJsonValue(100.0 * double(total24h) / double(project24h)) : QJsonValue::Null},
                {u"sessionsCrashed"_s, crashed}, {u"sessionsErrored"_s, errored}, {u"hasHealthData"_s, total > 0},
                {u"stats"_s, QJsonObject {{daily ? u"14d"_s : u"24h"_s, stats}}}});
        projects.append(json);
    }
    QDateTime firstEvent, lastEvent;
    for (const FakeIssue &i : m_data.issues()) {
        if (i.firstRelease == release.version && (!firstEvent.isValid() || i.firstSeen < firstEvent))
            firstEvent = i.firstSeen;
        if (i.lastRelease == release.version && (!lastEvent.isValid() || i.lastSeen > lastEvent))
            lastEvent = i.lastSeen;
    }
    const QString shortVersion = release.version.section(u'@', -1);
    return {
        {u"id"_s, release.id},
        {u"version"_s, release.version},
        {u"shortVersion"_s, shortVersion},
        {u"status"_s, u"open"_s},
        {u"newGroups"_s, release.newGroups},
        {u"versionInfo"_s,
            QJsonObject {{u"package"_s, release.version.section(u'@', 0, 0)},
                {u"version"_s, QJsonObject {{u"raw"_s, shortVersion}}}, {u"description"_s, shortVersion},
                {u"buildHash"_s, QJsonValue::Null}}},
        {u"data"_s, QJsonObject {}},
        {u"commitCount"_s, 0},
        {u"deployCount"_s, 0},
        {u"authors"_s, QJsonArray {}},
        {u"projects"_s, projects},
        {u"ref"_s, QJsonValue::Null},
        {u"url"_s, QJsonValue::Null},
        {u"dateCreated"_s, iso(release.dateCreated)},
        {u"dateReleased"_s, release.dateReleased.isValid() ? QJsonValue(iso(release.dateReleased)) : QJsonValue::Null},
        {u"firstEvent"_s, firstEvent.isValid() ? QJsonValue(iso(firstEvent)) : QJsonValue::Null},
        {u"lastEvent"_s, lastEvent.isValid() ? QJsonValue(iso(lastEvent)) : QJsonValue::Null},
        {u"lastDeploy"_s, QJsonValue::Null},
        {u"lastCommit"_s, QJsonValue::Null},
        {u"owner"_s, QJsonValue::Null},
        {u"userAgent"_s, QJsonValue::Null},
    };
}

} // namespace lookout::fake
