#include "sync/SentryIssueParser.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

// Sentry sends ids and counts as strings ("count": "1523"), though older versions used numbers.
QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

qint64 number(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    return value.toString().toLongLong();
}

// Never null: the store's text columns that are NOT NULL take "" for a missing value.
QString text(const QJsonValue &value, const QString &fallback = u""_s)
{
    const QString s = value.toString();
    return s.isEmpty() ? fallback : s;
}

QDateTime time(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

void readAssignee(const QJsonValue &value, SyncedIssue &issue)
{
    const QJsonObject actor = value.toObject();
    if (actor.isEmpty())
        return;
    const QString type = actor.value(u"type"_s).toString();
    const QString id = idText(actor.value(u"id"_s));
    if (type == u"team"_s) {
        issue.assigneeId = u"team:"_s + id;
        issue.assignee = u"#"_s + text(actor.value(u"name"_s), id);
    } else {
        issue.assigneeId = u"user:"_s + id;
        issue.assignee = text(actor.value(u"email"_s), text(actor.value(u"name"_s), id));
    }
}

} // namespace

std::optional<SyncedIssue> SentryIssueParser::parse(const QJsonObject &json, QString *error)
{
    SyncedIssue issue;
    issue.sentryId = idText(json.value(u"id"_s));
    const QJsonObject project = json.value(u"project"_s).toObject();
    issue.projectSentryId = idText(project.value(u"id"_s));
    issue.projectSlug = project.value(u"slug"_s).toString();
    if (issue.sentryId.isEmpty() || issue.projectSlug.isEmpty()) {
        *error = u"an issue without an id or project"_s;
        return std::nullopt;
    }
    issue.projectName = text(project.value(u"name"_s), issue.projectSlug);
    issue.shortId = text(json.value(u"shortId"_s), issue.sentryId);
    issue.title = text(json.value(u"title"_s), u"<untitled>"_s);
    issue.culprit = text(json.value(u"culprit"_s));
    issue.level = text(json.value(u"level"_s), u"error"_s);
    issue.status = text(json.value(u"status"_s), u"unresolved"_s);
    issue.substatus = json.value(u"substatus"_s).toString();
    issue.statusDetails = json.value(u"statusDetails"_s).toObject();
    issue.platform = json.value(u"platform"_s).toString();
    if (issue.platform.isEmpty())
        issue.platform = project.value(u"platform"_s).toString();
    readAssignee(json.value(u"assignedTo"_s), issue);
    issue.bookmarked = json.value(u"isBookmarked"_s).toBool();
    issue.hasSeen = json.value(u"hasSeen"_s).toBool();
    issue.count = number(json.value(u"count"_s));
    issue.userCount = number(json.value(u"userCount"_s));
    issue.firstSeen = time(json.value(u"firstSeen"_s));
    issue.lastSeen = time(json.value(u"lastSeen"_s));
    // Only hourly buckets fit the store's series ("14d" and "30d" come in days). Empty hours are
    // left out: an hour's count never shrinks, so there is nothing stored for them to correct.
    const QJsonArray hours = json.value(u"stats"_s).toObject().value(u"24h"_s).toArray();
    for (const QJsonValue &bucket : hours) {
        const QJsonArray pair = bucket.toArray();
        if (pair.size() == 2 && number(pair[1]) > 0)
            issue.hourly.append({number(pair[0]) / 3600, number(pair[1])});
    }
    return issue;
}

} // namespace lookout
