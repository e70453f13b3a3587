#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lookout {

enum class SyncPhase { Idle, Outbox, Organizations, Projects, Issues, Events, Releases, Sessions, Done };
QString syncPhaseName(SyncPhase phase);
SyncPhase syncPhaseFromName(const QString &name);

// One issue listing of a sync's scope: a Sentry search and how far back it reaches.
struct IssueListing
{
    QString query; // Sentry's search syntax; "" is every issue
    QString statsPeriod; // "14d"; empty: any age
};

// What a sync mirrors. The default is every issue seen in the last 14 days whatever its status,
// plus the unresolved ones seen before (Sentry's own default view): two listings that do not
// overlap, so no issue is read twice. The period listing goes first; an issue that moves from the
// older set into it meanwhile has a new lastSeen, which the next incremental sync picks up.
struct SyncScope
{
    static QList<IssueListing> defaultListings(const QString &period = QStringLiteral("14d"))
    {
        return {{QString(), period}, {QStringLiteral("is:unresolved lastSeen:+") + period, QString()}};
    }

    QList<IssueListing> listings = defaultListings();
    QStringList projects; // slugs; empty: every project the token can see
    QStringList environments;
    bool events = true; // the latest event of each issue, and new events later
    bool releases = true; // releases with health data
    bool sessions = true; // the session series
    QString healthPeriod = QStringLiteral("14d");
    QString sessionsInterval = QStringLiteral("1h");
    int maxReleasePages = 10;
};

struct SyncOptions
{
    SyncScope scope;
    // Lists the whole scope again, as the first sync does; catches changes an incremental sync
    // cannot see (an issue resolved in Sentry gets no new lastSeen). A stopped run is resumed as
    // it was begun; this applies from the next new run.
    bool full = false;
    // Incremental listings start this long before the last run's newest lastSeen, for events that
    // reach Sentry late.
    int overlapSecs = 300;
    // A project's event listing goes on to its next page only while a page brings the latest event
    // of at least this many wanted issues; the rest are fetched one by one.
    int minCoveredPerPage = 5;
    int parallelEventFetches = 8;
    // A full listing goes per project (side by side) while the scope has at most this many
    // projects; each costs a request however few issues it has. 0: one listing for the scope.
    int maxProjectChains = 12;
};

struct SyncProgress
{
    SyncPhase phase = SyncPhase::Idle;
    qint64 done = 0;
    qint64 total = 0; // 0: not known (the bar shows activity only)
};

struct SyncSummary
{
    enum class Outcome { Completed, Failed, Cancelled };
    Outcome outcome = Outcome::Completed;
    QString error; // for the user; never holds the token
    bool offline = false; // failed because Sentry could not be reached (network, timeout)
    SyncPhase stoppedIn = SyncPhase::Idle;
    bool incremental = false;
    bool initial = false; // the first completed sync of this account
    bool resumed = false; // continued a run that was killed or cancelled
    // Local issue ids, found by this run (and by the killed runs it resumed).
    QList<qint64> newIssues;
    QList<qint64> regressedIssues;
    qint64 issuesUpdated = 0;
    qint64 issuesListed = 0;
    qint64 eventsStored = 0;
    qint64 releases = 0;
    qint64 sessionSeries = 0;
    int outboxSent = 0;
    int outboxFailed = 0;
    // Of this process's part of the run.
    int requests = 0;
    int rateLimited = 0;
    int retries = 0;
    qint64 bytesReceived = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Completed; }
};

// What sending the outbox did.
struct OutboxResult
{
    bool ok = true; // false: stopped by an error that is not Sentry refusing an action
    QString error;
    int sent = 0;
    int failed = 0;
    int remaining = 0;
    bool offline = false; // stopped because Sentry could not be reached (network, timeout)
};

} // namespace lookout

Q_DECLARE_METATYPE(lookout::SyncProgress)
Q_DECLARE_METATYPE(lookout::SyncSummary)
Q_DECLARE_METATYPE(lookout::OutboxResult)
