#include "CliCommon.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"
#include "health/HealthStore.h"
#include "health/ReleaseVersion.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lookout::cli {

namespace {

std::optional<qint64> periodHours(const QString &period)
{
    if (period.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 n = period.left(period.size() - 1).toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    if (period.endsWith(u'h'))
        return n;
    if (period.endsWith(u'd'))
        return n * 24;
    if (period.endsWith(u'w'))
        return n * 24 * 7;
    return std::nullopt;
}

QJsonValue rate(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString percentText(std::optional<double> value, int decimals = 2)
{
    return value ? QString::number(*value, 'f', decimals) + u'%' : QStringLiteral("—");
}

// Sentry's healthData field names and units (rates in percent), plus where the row belongs.
QJsonObject healthJson(const ReleaseHealth &r, const QString &projectSlug, const HealthThresholds &thresholds)
{
    return QJsonObject {{QStringLiteral("version"), r.version}, {QStringLiteral("project"), projectSlug},
        {QStringLiteral("firstSeen"), r.firstSeen.isValid() ? QJsonValue(r.firstSeen.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("crashFreeSessions"), rate(r.crashFreeSessions())},
        {QStringLiteral("crashFreeUsers"), rate(r.crashFreeUsers())}, {QStringLiteral("totalSessions"), r.sessions.total},
        {QStringLiteral("totalUsers"), r.users.total}, {QStringLiteral("sessionsCrashed"), r.sessions.crashed},
        {QStringLiteral("sessionsErrored"), r.sessions.errored}, {QStringLiteral("sessionsAbnormal"), r.sessions.abnormal},
        {QStringLiteral("adoption"), rate(r.adoption())}, {QStringLiteral("newIssues"), r.newIssues},
        {QStringLiteral("usersExact"), r.usersExact}, {QStringLiteral("status"), HealthThresholds::name(thresholds.status(r))}};
}

} // namespace

int runHealth(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Release health from the cache: per project, each release's adoption (share of the window's sessions),"
                       " crash-free sessions and users, sessions, users and new issues, newest version first."));
    parser.addOption({QStringLiteral("project"), QStringLiteral("Only this project."), QStringLiteral("slug")});
    parser.addOption(
        {QStringLiteral("release"), QStringLiteral("Only this release (its full version)."), QStringLiteral("version")});
    parser.addOption(
        {QStringLiteral("environment"), QStringLiteral("Only sessions of this environment."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("period"), QStringLiteral("The window up to now: 24h, 7d, 14d (default), 30d, 90d."),
        QStringLiteral("period"), QStringLiteral("14d")});
    parser.addOption(
        {QStringLiteral("warning"), QStringLiteral("Crash-free sessions below this percentage are a warning (default 99.5)."),
            QStringLiteral("percent"), QStringLiteral("99.5")});
    parser.addOption(
        {QStringLiteral("critical"), QStringLiteral("Crash-free sessions below this percentage are critical (default 99)."),
            QStringLiteral("percent"), QStringLiteral("99")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("A JSON array with the field names of Sentry's healthData (rates in percent).")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const std::optional<qint64> hours = periodHours(parser.value(QStringLiteral("period")));
    if (!hours)
        return usageError(QStringLiteral("--period expects a period such as 24h, 7d or 90d"));
    HealthThresholds thresholds;
    bool warningOk = false, criticalOk = false;
    thresholds.warning = parser.value(QStringLiteral("warning")).toDouble(&warningOk);
    thresholds.critical = parser.value(QStringLiteral("critical")).toDouble(&criticalOk);
    if (!warningOk || !criticalOk)
        return usageError(QStringLiteral("--warning and --critical expect percentages, e.g. 99.5"));

    HealthStore health(store);
    if (!health.refresh()) {
        err() << "lookoutctl: " << health.errorString() << '\n';
        return Failed;
    }
    const QString slug = parser.value(QStringLiteral("project"));
    QList<ProjectSummary> projects = store.projects();
    if (!slug.isEmpty()) {
        projects.removeIf([&](const ProjectSummary &p) { return p.slug != slug; });
        if (projects.isEmpty()) {
            err() << "lookoutctl: no project '" << slug << "' in " << store.path() << '\n';
            return Failed;
        }
    }
    const QList<qint64> withSessions = health.projectsWithSessions();
    const QString release = parser.value(QStringLiteral("release"));
    const QString environment = parser.value(QStringLiteral("environment"));
    const QDateTime now = SystemClock::instance().now();
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    qint64 shown = 0;
    for (const ProjectSummary &project : std::as_const(projects)) {
        if (slug.isEmpty() && !withSessions.contains(project.id))
            continue;
        QList<ReleaseHealth> releases = health.releases(HealthWindow::last(project.id, *hours, now, environment));
        if (!release.isEmpty())
            releases.removeIf([&](const ReleaseHealth &r) { return r.version != release; });
        std::sort(releases.begin(), releases.end(),
            [](const ReleaseHealth &a, const ReleaseHealth &b) { return ReleaseVersion::compare(a.version, b.version) > 0; });
        shown += releases.size();
        if (json) {
            for (const ReleaseHealth &r : std::as_const(releases))
                array.append(healthJson(r, project.slug, thresholds));
            continue;
        }
        out() << project.slug << " — last " << parser.value(QStringLiteral("period"))
              << (environment.isEmpty() ? QString() : QStringLiteral(", ") + environment) << '\n';
        if (releases.isEmpty()) {
            out() << "  no sessions\n\n";
            continue;
        }
        out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                     .arg(QStringLiteral("VERSION"), -28)
                     .arg(QStringLiteral("AGE"), -9)
                     .arg(QStringLiteral("ADOPTION"), 8)
                     .arg(QStringLiteral("CF SESSIONS"), 11)
                     .arg(QStringLiteral("CF USERS"), 9)
                     .arg(QStringLiteral("SESSIONS"), 9)
                     .arg(QStringLiteral("USERS"), 7)
                     .arg(QStringLiteral("NEW"), 4)
                     .arg(QStringLiteral("STATUS"));
        for (const ReleaseHealth &r : std::as_const(releases)) {
            out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                         .arg(r.version.left(28), -28)
                         .arg(r.firstSeen.isValid() ? relativeTime(r.firstSeen, now) : QStringLiteral("—"), -9)
                         .arg(percentText(r.adoption(), 1), 8)
                         .arg(percentText(r.crashFreeSessions()), 11)
                         .arg((r.usersExact ? QString() : QStringLiteral("≈")) + percentText(r.crashFreeUsers()), 9)
                         .arg(r.sessions.total, 9)
                         .arg(r.users.total, 7)
                         .arg(r.newIssues, 4)
                         .arg(HealthThresholds::name(thresholds.status(r)));
        }
        out() << '\n';
    }
    if (json) {
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (!release.isEmpty() && shown == 0) {
        err() << "lookoutctl: no sessions of release '" << release << "' in the last " << parser.value(QStringLiteral("period"))
              << '\n';
        return Failed;
    }
    if (projects.isEmpty() || (slug.isEmpty() && withSessions.isEmpty()))
        out() << "no sessions in " << store.path() << '\n';
    return Ok;
}

} // namespace lookout::cli
