#pragma once

#include "health/SessionTally.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace lookout {

// What the health view and `lookoutctl health` look at: one project, optionally one environment,
// the hours [fromHour, toHour) (hours since the epoch, UTC).
struct HealthWindow
{
    qint64 projectId = 0;
    QString environment; // empty: every environment
    qint64 fromHour = 0;
    qint64 toHour = 0;

    qint64 hours() const { return toHour - fromHour; }
    // The `hours` hours up to and including the one `now` is in.
    static HealthWindow last(qint64 projectId, qint64 hours, const QDateTime &now, const QString &environment = {});
};

// One release of a project over a window.
struct ReleaseHealth
{
    qint64 projectId = 0;
    QString version;
    QDateTime firstSeen; // Sentry's dateCreated where synced, else its first session
    SessionCounts sessions;
    UserCounts users;
    // False when the distinct users of the window are estimated from Sentry's hourly counts (a
    // user active in two hours counts twice); exact for local data and for Sentry's synced period.
    bool usersExact = true;
    qint64 projectSessions = 0; // every release's sessions in the window: adoption's denominator
    qint64 newIssues = 0; // issues first seen in this release

    std::optional<double> crashFreeSessions() const { return HealthMath::crashFreeRate(sessions.crashed, sessions.total); }
    std::optional<double> crashFreeUsers() const { return HealthMath::crashFreeRate(users.crashed, users.total); }
    // Share of the window's sessions, in percent (Sentry's sessionsAdoption).
    std::optional<double> adoption() const { return HealthMath::percent(sessions.total, projectSessions); }
};

struct HealthBucket
{
    SessionCounts sessions;
    UserCounts users;
};

// Sessions over time: `count` buckets of `stepHours` from `fromHour`, per release and summed.
struct HealthSeries
{
    qint64 fromHour = 0;
    int stepHours = 1;
    int count = 0;
    QMap<QString, QList<HealthBucket>> releases; // version -> count buckets
    QList<HealthBucket> all; // sessions of every release (users are per release only)

    QDateTime bucketStart(int i) const
    {
        return QDateTime::fromMSecsSinceEpoch((fromHour + qint64(i) * stepHours) * 3'600'000, QTimeZone::UTC);
    }
};

// Sentry's ingestion outcomes (stats_v2) of one project and category over time.
struct OutcomeSeries
{
    qint64 fromHour = 0;
    int stepHours = 1;
    int count = 0;
    QMap<QString, QList<qint64>> outcomes; // accepted, filtered, rate_limited, invalid, ... -> count buckets
    QMap<QString, qint64> totals;
};

// A sensible chart step for a window: about 24 to 170 points.
int healthStepHours(qint64 windowHours);

} // namespace lookout

namespace lookout {

// The user's thresholds on crash-free sessions: below `warning` a release is amber, below
// `critical` red (defaults 99.5 % and 99 %). Crash-free users are not judged by the same numbers: a
// user with many sessions is far likelier to meet one crash, so they run lower by nature.
struct HealthThresholds
{
    enum class Status { NoData, Healthy, Warning, Critical };
    double warning = 99.5;
    double critical = 99.0;

    Status status(std::optional<double> crashFree) const
    {
        if (!crashFree)
            return Status::NoData;
        if (*crashFree < critical)
            return Status::Critical;
        return *crashFree < warning ? Status::Warning : Status::Healthy;
    }
    Status status(const ReleaseHealth &release) const { return status(release.crashFreeSessions()); }
    static QString name(Status status);
};

} // namespace lookout
