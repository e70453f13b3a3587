#include "CliCommon.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"
#include "search/IssueSearch.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lookout::cli {

namespace {

QString restTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Sentry's REST field names and types (count is a string there), so scripts written against
// /api/0/organizations/{org}/issues/ read this unchanged.
QJsonObject restIssue(const IssueSummary &issue)
{
    return QJsonObject {{QStringLiteral("id"), QString::number(issue.id)}, {QStringLiteral("shortId"), issue.shortId},
        {QStringLiteral("title"), issue.title}, {QStringLiteral("culprit"), issue.culprit},
        {QStringLiteral("level"), levelToString(issue.level)}, {QStringLiteral("status"), issue.status},
        {QStringLiteral("substatus"), issue.substatus.isEmpty() ? QJsonValue() : QJsonValue(issue.substatus)},
        {QStringLiteral("platform"), issue.platform}, {QStringLiteral("count"), QString::number(issue.timesSeen)},
        {QStringLiteral("userCount"), issue.userCount}, {QStringLiteral("firstSeen"), restTime(issue.firstSeen)},
        {QStringLiteral("lastSeen"), restTime(issue.lastSeen)}, {QStringLiteral("isBookmarked"), issue.bookmarked},
        {QStringLiteral("hasSeen"), issue.hasSeen},
        {QStringLiteral("assignedTo"), issue.assignee.isEmpty() ? QJsonValue() : QJsonValue(issue.assignee)},
        {QStringLiteral("project"),
            QJsonObject {{QStringLiteral("id"), QString::number(issue.projectId)}, {QStringLiteral("slug"), issue.projectSlug},
                {QStringLiteral("name"), issue.projectName}}}};
}

} // namespace

int runIssues(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List issues, newest first. Without --query only unresolved issues are listed;"
                       " --query \"\" lists every issue, as Sentry's API does."));
    parser.addOption({QStringLiteral("query"), QStringLiteral("Sentry search, e.g. \"is:unresolved level:error timeout\"."),
        QStringLiteral("search")});
    parser.addOption({QStringLiteral("project"), QStringLiteral("Only this project."), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("sort"),
        QStringLiteral("date, new, freq, user, trend (Sentry's names), or last_seen, first_seen, events, users, title, level."),
        QStringLiteral("key"), QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("At most N issues (default 100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("me"),
        QStringLiteral("Who assigned:me means (an email; default: the synced account's own user)."), QStringLiteral("email")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("A JSON array with Sentry's REST field names.")});
    parser.addOption({QStringLiteral("explain"), QStringLiteral("Print the SQL the search runs, then the issues.")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    const QDateTime now = SystemClock::instance().now();
    const QString search
        = parser.isSet(QStringLiteral("query")) ? parser.value(QStringLiteral("query")) : QStringLiteral("is:unresolved");
    const QString me = parser.isSet(QStringLiteral("me")) ? parser.value(QStringLiteral("me")) : SyncStore(store).me();
    const SearchResult result = IssueSearch::parse(search, {now, me});
    if (!result.isValid()) {
        for (const SearchError &error : result.errors)
            err() << "lookoutctl: --query: " << error.toString() << '\n';
        err().flush();
        return Usage;
    }
    IssueQuery query = result.query;
    query.nowMs = now.toMSecsSinceEpoch();

    const QString sortName = parser.value(QStringLiteral("sort"));
    const std::optional<IssueSort> sort = IssueSearch::sortFromName(sortName);
    if (!sort)
        return usageError(QStringLiteral("unknown sort '%1'; use %2").arg(sortName, IssueSearch::sortNames().join(u", ")));
    query.sort = *sort;
    query.descending = query.sort != IssueSort::Title;
    bool limitOk = false;
    const qint64 limit = parser.value(QStringLiteral("limit")).toLongLong(&limitOk);
    if (!limitOk || limit < 0)
        return usageError(QStringLiteral("--limit needs a number"));
    if (parser.isSet(QStringLiteral("project")))
        query.projectSlugs << parser.value(QStringLiteral("project"));
    if (parser.isSet(QStringLiteral("explain")))
        out() << Store::issuesSql(query, limit) << ";\n";

    const QList<IssueSummary> issues = store.issues(query, 0, limit);
    if (!store.errorString().isEmpty() && issues.isEmpty()) {
        err() << "lookoutctl: " << store.errorString() << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const IssueSummary &issue : issues)
            array.append(restIssue(issue));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                 .arg(QStringLiteral("ID"), -18)
                 .arg(QStringLiteral("LEVEL"), -8)
                 .arg(QStringLiteral("EVENTS"), 7)
                 .arg(QStringLiteral("USERS"), 6)
                 .arg(QStringLiteral("LAST SEEN"), -11)
                 .arg(QStringLiteral("TITLE"));
    for (const IssueSummary &issue : issues) {
        out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                     .arg(issue.shortId, -18)
                     .arg(levelToString(issue.level), -8)
                     .arg(issue.timesSeen, 7)
                     .arg(issue.userCount, 6)
                     .arg(relativeTime(issue.lastSeen, now), -11)
                     .arg(issue.title.left(100));
    }
    out() << QStringLiteral("%1 of %2 issues\n").arg(issues.size()).arg(store.issueCount(query));
    return Ok;
}

} // namespace lookout::cli
