// Reading release health: the releases of a window with their counts, the series behind the
// charts, and the ingestion outcomes. Writing the series is in HealthStore.cpp.
#include "health/HealthSources.h"
#include "health/HealthStore.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

using namespace HealthSources;

int HealthStore::sourceFor(qint64 projectId)
{
    // A project Sentry reports sessions for is read from Sentry's series only: sessions imported
    // locally for it were sent to Sentry too, or are a sample of what Sentry counted.
    Statement any(m_db, "SELECT EXISTS (SELECT 1 FROM session_hourly WHERE project_id = ?1 AND source = 1)");
    any.bind(1, projectId);
    return any.step() && any.int64(0) ? sentrySource : localSource;
}

QList<qint64> HealthStore::projectsWithSessions()
{
    QList<qint64> ids;
    Statement select(m_db,
        "SELECT p.id FROM projects p WHERE EXISTS (SELECT 1 FROM session_hourly h WHERE h.project_id = p.id) ORDER BY p.slug");
    while (select.step())
        ids.append(select.int64(0));
    return ids;
}

QStringList HealthStore::environments(qint64 projectId)
{
    QStringList names;
    Statement select(m_db,
        "SELECT DISTINCT environment FROM session_hourly WHERE project_id = ?1 AND source = ?2 AND environment <> ''"
        " ORDER BY environment");
    select.bind(1, projectId).bind(2, sourceFor(projectId));
    while (select.step())
        names.append(select.text(0));
    return names;
}

qint64 HealthStore::newestHour(qint64 projectId)
{
    Statement select(m_db, "SELECT max(hour) FROM session_hourly WHERE project_id = ?1 AND source = ?2");
    select.bind(1, projectId).bind(2, sourceFor(projectId));
    return select.step() && !select.isNull(0) ? select.int64(0) : 0;
}

QList<ReleaseHealth> HealthStore::releases(const HealthWindow &window)
{
    const int source = sourceFor(window.projectId);
    QMap<QString, ReleaseHealth> byVersion;
    qint64 projectSessions = 0;
    Statement sums(m_db,
        "SELECT release, sum(sessions), sum(errored), sum(abnormal), sum(crashed), sum(users), sum(users_errored),"
        " sum(users_abnormal), sum(users_crashed) FROM session_hourly"
        " WHERE project_id = ?1 AND source = ?2 AND hour >= ?3 AND hour < ?4 AND (?5 = '' OR environment = ?5)"
        " GROUP BY release");
    sums.bind(1, window.projectId).bind(2, source).bind(3, window.fromHour).bind(4, window.toHour);
    sums.bind(5, window.environment.isNull() ? u""_s : window.environment);
    while (sums.step()) {
        ReleaseHealth &r = byVersion[sums.text(0)];
        r.version = sums.text(0);
        r.sessions = {sums.int64(1), sums.int64(2), sums.int64(3), sums.int64(4)};
        r.users = {sums.int64(5), sums.int64(6), sums.int64(7), sums.int64(8)};
        r.usersExact = source == localSource;
        projectSessions += r.sessions.total;
    }
    if (source == localSource) {
        // Distinct users of the window: a user's worst state over all their sessions in it.
        Statement users(m_db,
            "SELECT release, count(*), sum(s = 1), sum(s = 2), sum(s = 3) FROM (SELECT release, user_key, max(status) AS s"
            " FROM session_users WHERE project_id = ?1 AND hour >= ?2 AND hour < ?3 AND (?4 = '' OR environment = ?4)"
            " GROUP BY release, user_key) GROUP BY release");
        users.bind(1, window.projectId).bind(2, window.fromHour).bind(3, window.toHour);
        users.bind(4, window.environment.isNull() ? u""_s : window.environment);
        for (ReleaseHealth &r : byVersion)
            r.users = {};
        while (users.step()) {
            const auto it = byVersion.find(users.text(0));
            if (it != byVersion.end())
                it->users = {users.int64(1), users.int64(2), users.int64(3), users.int64(4)};
        }
    } else {
        // Sentry's own totals are exact where they cover this very window (the synced period) and
        // one environment: the sync asks per environment, and a user seen in two would count twice
        // in a sum over them, which is then only an estimate.
        Statement totals(m_db,
            "SELECT release, sum(users), sum(users_errored), sum(users_abnormal), sum(users_crashed), count(*)"
            " FROM session_totals WHERE project_id = ?1 AND abs(start_hour - ?2) <= ?5 AND abs(end_hour - ?3) <= ?5"
            " AND (?4 = '' OR environment = ?4) GROUP BY release");
        // statsPeriod answers start at now - period, not on the hour: a day or more may be an hour off.
        totals.bind(1, window.projectId).bind(2, window.fromHour).bind(3, window.toHour).bind(5, window.hours() >= 24 ? 1 : 0);
        totals.bind(4, window.environment.isNull() ? u""_s : window.environment);
        while (totals.step()) {
            const auto it = byVersion.find(totals.text(0));
            if (it != byVersion.end()) {
                it->users = {totals.int64(1), totals.int64(2), totals.int64(3), totals.int64(4)};
                it->usersExact = totals.int64(5) == 1;
            }
        }
    }

    const qint64 fromMs = window.fromHour * hourMs, toMs = window.toHour * hourMs;
    Statement known(m_db,
        "SELECT version, coalesce(date_created, first_seen), first_seen, coalesce(new_groups, 0) FROM releases"
        " WHERE project_id = ?1");
    known.bind(1, window.projectId);
    while (known.step()) {
        const QString version = known.text(0);
        qint64 first = known.int64(1);
        if (!known.isNull(2))
            first = std::min(first, known.int64(2)); // sessions before Sentry's dateCreated (a re-created release)
        auto it = byVersion.find(version);
        if (it == byVersion.end()) {
            if (known.isNull(1) || first < fromMs || first >= toMs)
                continue;
            it = byVersion.insert(version, ReleaseHealth {});
            it->version = version;
        }
        it->firstSeen = QDateTime::fromMSecsSinceEpoch(first, QTimeZone::UTC);
        it->newIssues = known.int64(3);
    }
    Statement issues(m_db,
        "SELECT first_release, count(*) FROM issues WHERE project_id = ?1 AND first_release IS NOT NULL GROUP BY first_release");
    issues.bind(1, window.projectId);
    while (issues.step()) {
        const auto it = byVersion.find(issues.text(0));
        if (it != byVersion.end())
            it->newIssues = std::max(it->newIssues, issues.int64(1));
    }

    QList<ReleaseHealth> result;
    result.reserve(byVersion.size());
    for (ReleaseHealth &r : byVersion) {
        r.projectId = window.projectId;
        r.projectSessions = projectSessions;
        result.append(r);
    }
    return result;
}

HealthSeries HealthStore::series(const HealthWindow &window, int stepHours)
{
    HealthSeries series;
    series.stepHours = std::max(1, stepHours);
    // Buckets end with the window; the first may reach before it so that every bucket is whole.
    series.count = int((window.hours() + series.stepHours - 1) / series.stepHours);
    series.fromHour = window.toHour - qint64(series.count) * series.stepHours;
    series.all.resize(series.count);
    const int source = sourceFor(window.projectId);
    const QString environment = window.environment.isNull() ? u""_s : window.environment;
    Statement sums(m_db,
        "SELECT release, (hour - ?3) / ?6, sum(sessions), sum(errored), sum(abnormal), sum(crashed), sum(users),"
        " sum(users_errored), sum(users_abnormal), sum(users_crashed) FROM session_hourly"
        " WHERE project_id = ?1 AND source = ?2 AND hour >= ?3 AND hour < ?4 AND (?5 = '' OR environment = ?5)"
        " GROUP BY 1, 2");
    sums.bind(1, window.projectId).bind(2, source).bind(3, series.fromHour).bind(4, window.toHour).bind(5, environment);
    sums.bind(6, series.stepHours);
    while (sums.step()) {
        const int bucket = int(sums.int64(1));
        if (bucket < 0 || bucket >= series.count)
            continue;
        QList<HealthBucket> &buckets = series.releases[sums.text(0)];
        if (buckets.isEmpty())
            buckets.resize(series.count);
        HealthBucket &b = buckets[bucket];
        b.sessions = {sums.int64(2), sums.int64(3), sums.int64(4), sums.int64(5)};
        b.users = {sums.int64(6), sums.int64(7), sums.int64(8), sums.int64(9)};
        series.all[bucket].sessions += b.sessions;
    }
    if (source == localSource && series.stepHours > 1) {
        // Hourly user counts do not add up; count each bucket's distinct users.
        Statement users(m_db,
            "SELECT release, b, count(*), sum(s = 1), sum(s = 2), sum(s = 3) FROM (SELECT release, (hour - ?2) / ?5 AS b,"
            " user_key, max(status) AS s FROM session_users WHERE project_id = ?1 AND hour >= ?2 AND hour < ?3"
            " AND (?4 = '' OR environment = ?4) GROUP BY 1, 2, 3) GROUP BY 1, 2");
        users.bind(1, window.projectId).bind(2, series.fromHour).bind(3, window.toHour).bind(4, environment);
        users.bind(5, series.stepHours);
        for (QList<HealthBucket> &buckets : series.releases) {
            for (HealthBucket &b : buckets)
                b.users = {};
        }
        while (users.step()) {
            const auto it = series.releases.find(users.text(0));
            const int bucket = int(users.int64(1));
            if (it != series.releases.end() && bucket >= 0 && bucket < series.count)
                (*it)[bucket].users = {users.int64(2), users.int64(3), users.int64(4), users.int64(5)};
        }
    }
    return series;
}

OutcomeSeries HealthStore::outcomes(const HealthWindow &window, int stepHours, const QString &category)
{
    OutcomeSeries series;
    series.stepHours = std::max(1, stepHours);
    series.count = int((window.hours() + series.stepHours - 1) / series.stepHours);
    series.fromHour = window.toHour - qint64(series.count) * series.stepHours;
    Statement sums(m_db,
        "SELECT outcome, (hour - ?2) / ?5, sum(quantity) FROM outcome_hourly"
        " WHERE project_id = ?1 AND hour >= ?2 AND hour < ?3 AND category = ?4 GROUP BY 1, 2");
    sums.bind(1, window.projectId).bind(2, series.fromHour).bind(3, window.toHour).bind(4, category).bind(5, series.stepHours);
    while (sums.step()) {
        const int bucket = int(sums.int64(1));
        QList<qint64> &values = series.outcomes[sums.text(0)];
        if (values.isEmpty())
            values.resize(series.count);
        if (bucket >= 0 && bucket < series.count) {
            values[bucket] = sums.int64(2);
            series.totals[sums.text(0)] += sums.int64(2);
        }
    }
    return series;
}

} // namespace lookout
