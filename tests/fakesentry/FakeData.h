#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace lookout::fake {

// What the fake Sentry holds. Tests build it directly (addProject/addIssue/addEvent) or through
// FakeSeeder; FakeApi renders it in the REST shapes. Everything is plain data so a test can look at
// or change any of it between requests.

struct FakeUser
{
    QString id;
    QString name;
    QString email;
    QString username;
};

struct FakeTeam
{
    QString id;
    QString slug;
    QString name;
};

struct FakeProject
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString platform;
    QDateTime dateCreated;
    QStringList environments;
    int nextShortId = 1;
};

struct FakeFrame
{
    QString filename;
    QString function;
    QString module;
    int lineNo = 0;
    bool inApp = true;
    QString contextLine;
};

struct FakeEvent
{
    QString eventId; // 32 hex
    qint64 issueId = 0;
    qint64 projectId = 0;
    QDateTime dateCreated;
    QString environment;
    QString release;
    QString level;
    QString userId;
    QString userEmail;
    QString browser;
    QString os;
    QString transaction;
    QString message; // for message events; exceptions come from the issue
    int variant = 0; // varies line numbers and breadcrumbs between events of an issue
};

struct FakeIssue
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString shortId;
    QString type = QStringLiteral("error"); // "error" (exception) or "default" (message)
    QString title;
    QString culprit;
    QString level = QStringLiteral("error");
    QString logger;
    QString exceptionType;
    QString exceptionValue;
    QString exceptionModule;
    QString mechanism = QStringLiteral("generic");
    bool handled = true;
    QList<FakeFrame> frames; // outermost first, as in Sentry's payloads
    QString status = QStringLiteral("unresolved");
    QString substatus = QStringLiteral("new");
    QJsonObject statusDetails;
    QString priority = QStringLiteral("high");
    QDateTime firstSeen;
    QDateTime lastSeen;
    qint64 count = 0; // may exceed the stored events: Sentry keeps counts of events it no longer stores
    int userCount = 0;
    bool isBookmarked = false;
    bool hasSeen = false;
    bool isSubscribed = false;
    bool isPublic = false;
    QString assignedTo; // "user:ID", "team:ID" or empty
    QList<int> events; // indexes into FakeData::events(), oldest first
    QString firstRelease;
    QString lastRelease;
    qint64 mergedInto = 0; // set when merged away: the issue is gone from listings
};

struct FakeRelease
{
    qint64 id = 0;
    QString version;
    QDateTime dateCreated;
    QDateTime dateReleased;
    QList<qint64> projectIds;
    int newGroups = 0;
};

// Session counts of one hour, for one project, release and environment.
struct FakeSessionBucket
{
    QDateTime start;
    qint64 projectId = 0;
    QString release;
    QString environment;
    int healthy = 0;
    int errored = 0;
    int crashed = 0;
    int abnormal = 0;
    int users = 0;
    int total() const { return healthy + errored + crashed + abnormal; }
};

class FakeData
{
public:
    QString orgId = QStringLiteral("1");
    QString orgSlug = QStringLiteral("demo-org");
    QString orgName = QStringLiteral("Demo Org");
    QDateTime orgCreated = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::UTC);
    // The organisation's links.regionUrl; empty: the server's own URL. sentry.io answers org-scoped
    // requests at the region's host (us.sentry.io, de.sentry.io).
    QString regionUrl;
    QList<FakeUser> users;
    // Whose token the requests carry: members/me/ answers with this user (-1: an organisation
    // token, which has no user, and gets 404 as from Sentry).
    int tokenUser = 0;
    QList<FakeTeam> teams;
    QList<FakeRelease> releases;
    QList<FakeSessionBucket> sessions;

    FakeProject &addProject(const QString &slug, const QString &platform, const QString &name = {});
    // A new issue in project (slug); its id, short id and first/last seen are filled in.
    FakeIssue &addIssue(const QString &projectSlug, FakeIssue issue);
    // Adds an event to its issue (event.issueId) as Sentry would on ingest: counts, last seen, users,
    // release range, and a resolved issue regresses to unresolved.
    FakeEvent &addEvent(FakeEvent event);
    FakeRelease &addRelease(const QString &version, const QList<qint64> &projectIds, const QDateTime &created);

    const QList<FakeProject> &projects() const { return m_projects; }
    const QList<FakeIssue> &issues() const { return m_issues; }
    const QList<FakeEvent> &events() const { return m_events; }

    FakeProject *project(const QString &idOrSlug);
    const FakeProject *project(qint64 id) const;
    // By numeric id or short id; merged-away issues are not found.
    FakeIssue *issue(const QString &idOrShortId);
    const FakeEvent *event(const QString &eventId) const;
    const FakeUser *user(const QString &id) const;
    const FakeTeam *team(const QString &id) const;
    const FakeRelease *release(const QString &version) const;
    QList<const FakeEvent *> issueEvents(qint64 issueId) const; // newest first
    QList<const FakeEvent *> projectEvents(qint64 projectId) const; // newest first

    // Live issues (not merged away) passing filter.
    QList<FakeIssue *> findIssues(const std::function<bool(const FakeIssue &)> &filter);
    // Moves the events of children into parent, as Sentry's merge does.
    void merge(qint64 parentId, const QList<qint64> &childIds);

    static QString makeEventId(quint64 seed);

private:
    QList<FakeProject> m_projects;
    QList<FakeIssue> m_issues;
    QList<FakeEvent> m_events;
    QHash<qint64, qsizetype> m_issueIndex;
    QHash<QString, qsizetype> m_eventIndex;
    QHash<qint64, QSet<QString>> m_issueUsers;
    qint64 m_nextIssueId = 4'500'000'001;
};

} // namespace lookout::fake
