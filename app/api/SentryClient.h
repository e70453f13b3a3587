#pragma once

#include "api/AccountConfig.h"
#include "api/ApiRequest.h"
#include "api/SentryReply.h"
#include "api/SentryTransport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace lookout {

class Clock;
class Waiter;

// How much of a paginated listing to read. Pages hold 100 items (Sentry's maximum).
struct PageOptions
{
    QString cursor; // resume from here (SentryReply::nextCursor of an earlier listing)
    int maxPages = 0; // 0: until the last page
    bool collectItems = true; // false: consume pages through SentryReply::pageReceived only
};

// A time range: statsPeriod ("14d", "24h") wins over start/end, as in Sentry.
struct TimeRange
{
    QString statsPeriod;
    QDateTime start;
    QDateTime end;
};

struct IssueListQuery
{
    // Unset: Sentry's default "is:unresolved". Empty: every issue.
    std::optional<QString> query;
    QString sort; // date (default), new, freq, user, trends, inbox, recommended
    TimeRange range;
    QString groupStatsPeriod; // "", "14d", "24h", "auto"
    QStringList projects; // ids or slugs
    QStringList environments;
    QStringList expand;
    QStringList collapse;
    PageOptions pages;
};

struct EventListQuery
{
    bool full = false; // whole events (entries, contexts) rather than summaries
    QString query;
    TimeRange range;
    QStringList environments;
    PageOptions pages;
    int priority = 0; // higher: ahead of queued background requests (a user waits for it)
};

struct ReleaseListQuery
{
    bool health = true; // adds each project's healthData (crash-free rates, session counts)
    QString healthStatsPeriod; // "24h" or "14d"
    QString summaryStatsPeriod;
    QString query; // version substring
    QString sort; // date (default), sessions, users, crash_free_users, crash_free_sessions
    QStringList projects; // ids
    QStringList environments;
    PageOptions pages;
};

struct SessionsQuery
{
    QStringList fields {QStringLiteral("sum(session)")}; // e.g. count_unique(user), crash_free_rate(session)
    QStringList groupBy; // project, release, environment, session.status
    QString interval; // "1h", "1d"
    TimeRange range;
    QStringList projects; // ids
    QStringList environments;
    QString query;
};

// GET /organizations/{org}/stats_v2/: what Sentry did with the events it was sent (accepted,
// filtered, rate_limited, invalid, ...), for seeing when Sentry drops a project's events.
struct StatsQuery
{
    QString field {QStringLiteral("sum(quantity)")}; // or sum(times_seen)
    QStringList groupBy {QStringLiteral("project"), QStringLiteral("outcome"), QStringLiteral("category")};
    QString interval; // "1h" (the minimum), "1d"
    TimeRange range;
    QStringList projects; // ids
    QStringList categories; // error, transaction, attachment, ...
    QStringList outcomes; // accepted, filtered, rate_limited, invalid, ...
};

// The typed face of Sentry's REST API for one account (organisation). Every method returns a
// SentryReply at once and sends in the background; see SentryTransport for pacing, retries and
// errors, and SentryReply for ownership. The QNetworkAccessManager is the caller's (one per thread),
// so tests and the sync engine choose where requests go.
class SentryClient : public QObject
{
    Q_OBJECT
public:
    // Real time (SystemClock) and real waits.
    explicit SentryClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    // Time and waits from the caller (tests: MockClock with a virtual-time waiter).
    SentryClient(QNetworkAccessManager *nam, const Clock &clock, Waiter &waiter, QObject *parent = nullptr);
    ~SentryClient() override;

    void setAccount(const AccountConfig &account);
    const AccountConfig &account() const { return m_account; }
    SentryTransport &transport() { return *m_transport; }

    // Event ids that name an event relative to the issue, for issueEvent().
    static QString latestEvent() { return QStringLiteral("latest"); }
    static QString oldestEvent() { return QStringLiteral("oldest"); }
    static QString recommendedEvent() { return QStringLiteral("recommended"); }

    SentryReply *organizations(const PageOptions &pages = {});
    SentryReply *projects(const PageOptions &pages = {});
    // GET /organizations/{org}/members/{id}/: "me" is the token's own user (404 for an
    // organisation token, which has none).
    SentryReply *member(const QString &memberId);
    SentryReply *members(const PageOptions &pages = {});
    SentryReply *issues(const IssueListQuery &query);
    SentryReply *issue(const QString &issueId);
    SentryReply *issueEvents(const QString &issueId, const EventListQuery &query = {});
    // eventId: a 32-hex event id, or latestEvent() / oldestEvent() / recommendedEvent().
    SentryReply *issueEvent(const QString &issueId, const QString &eventId, int priority = 0);
    SentryReply *issueTag(const QString &issueId, const QString &key);
    SentryReply *projectEvents(const QString &project, const EventListQuery &query = {});
    SentryReply *projectEvent(const QString &project, const QString &eventId);
    SentryReply *releases(const ReleaseListQuery &query = {});
    SentryReply *sessions(const SessionsQuery &query);
    SentryReply *stats(const StatsQuery &query);
    // changes: Sentry's issue update body, e.g. {"status": "resolved"}, {"assignedTo": "user:1"},
    // {"status": "ignored", "statusDetails": {"ignoreDuration": 60}}, {"hasSeen": true}.
    SentryReply *updateIssue(const QString &issueId, const QJsonObject &changes, int priority = 1);
    // PUT /organizations/{org}/issues/?id=..: at most 100 ids, and never none (without ids Sentry
    // would change every issue matching the default query). {"merge": 1} merges the issues.
    SentryReply *updateIssues(const QStringList &issueIds, const QJsonObject &changes, int priority = 1);

    // Anything else; path below the base URL, starting with "/api/0/".
    SentryReply *send(ApiRequest request);

    static QString encodeSegment(const QString &segment);

private:
    ApiRequest orgRequest(const QString &suffix, const QString &bucketSuffix) const;
    static void applyPages(ApiRequest &request, const PageOptions &pages, const QString &perPageKey);
    static void applyRange(ApiRequest &request, const TimeRange &range);
    SentryReply *refuse(ApiRequest request, const QString &message);

    AccountConfig m_account;
    std::unique_ptr<Waiter> m_ownWaiter;
    SentryTransport *m_transport;
};

} // namespace lookout
