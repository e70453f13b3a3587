#include "FakeSessions.h"

#include "FakeData.h"
#include "FakeRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

// Counts of one group in one interval (or in total).
struct Tally
{
    qint64 healthy = 0, errored = 0, crashed = 0, abnormal = 0, users = 0;
    void add(const FakeSessionBucket &b)
    {
        healthy += b.healthy;
        errored += b.errored;
        crashed += b.crashed;
        abnormal += b.abnormal;
        users += b.users;
    }
    qint64 total() const { return healthy + errored + crashed + abnormal; }
};

QJsonValue fieldValue(const QString &field, const Tally &t, const QString &status)
{
    qint64 sessions = t.total();
    if (status == u"healthy"_s)
        sessions = t.healthy;
    else if (status == u"errored"_s)
        sessions = t.errored;
    else if (status == u"crashed"_s)
        sessions = t.crashed;
    else if (status == u"abnormal"_s)
        sessions = t.abnormal;
    if (field == u"sum(session)"_s)
        return sessions;
    if (field == u"count_unique(user)"_s)
        return status.isEmpty() ? t.users : (t.total() > 0 ? t.users * sessions / t.total() : 0);
    // Rates do not split by status: Sentry answers null there too.
    if (!status.isEmpty() || t.total() == 0)
        return QJsonValue::Null;
    const double crashRate = double(t.crashed) / double(t.total());
    if (field == u"crash_free_rate(session)"_s || field == u"crash_free_rate(user)"_s)
        return 1.0 - crashRate;
    return crashRate;
}

} // namespace

FakeSessions::FakeSessions(const FakeData &data, const QDateTime &now)
    : m_data(data)
    , m_now(now)
{ }

FakeResponse FakeSessions::query(const FakeRequest &request) const
{
    const QStringList fields = request.values(u"field"_s);
    if (fields.isEmpty())
        return FakeResponse::detail(400, u"Request is missing a \"field\""_s);
    static const QStringList knownFields {u"sum(session)"_s, u"count_unique(user)"_s, u"crash_free_rate(session)"_s,
        u"crash_free_rate(user)"_s, u"crash_rate(session)"_s, u"crash_rate(user)"_s};
    for (const QString &field : fields) {
        if (!knownFields.contains(field))
            return FakeResponse::detail(400, u"Invalid field: \"%1\""_s.arg(field));
    }
    const QStringList groupBy = request.values(u"groupBy"_s);
    static const QStringList knownGroups {u"project"_s, u"release"_s, u"environment"_s, u"session.status"_s};
    for (const QString &group : groupBy) {
        if (!knownGroups.contains(group))
            return FakeResponse::detail(400, u"Invalid groupBy: \"%1\""_s.arg(group));
    }
    const qint64 interval = FakeRenderer::periodSecs(request.value(u"interval"_s, u"1h"_s));
    const qint64 period = FakeRenderer::periodSecs(request.value(u"statsPeriod"_s, u"24h"_s));
    if (interval < 3600 || period <= 0)
        return FakeResponse::detail(400, u"The interval has to be at least 1h and statsPeriod a period like 24h"_s);
    if (period / interval > 1000)
        return FakeResponse::detail(400,
            u"Your interval and date range would create too many results. Use a larger interval, or a smaller date range."_s);

    const qint64 end = (m_now.toSecsSinceEpoch() / interval + 1) * interval;
    const qint64 start = (m_now.toSecsSinceEpoch() - period) / interval * interval;
    const int count = int((end - start) / interval);
    QList<qint64> projectIds;
    for (const QString &id : request.values(u"project"_s)) {
        if (id != u"-1"_s)
            projectIds << id.toLongLong();
    }
    const QStringList environments = request.values(u"environment"_s);
    QString release, environment;
    for (const QString &term : request.value(u"query"_s).split(u' ', Qt::SkipEmptyParts)) {
        if (term.startsWith(u"release:"_s))
            release = term.mid(8).remove(u'"');
        else if (term.startsWith(u"environment:"_s))
            environment = term.mid(12).remove(u'"');
    }

    const bool byStatus = groupBy.contains(u"session.status"_s);
    struct Group
    {
        QJsonObject by;
        Tally total;
        QList<Tally> series;
    };
    QMap<QString, Group> groups; // keyed so the order is stable
    for (const FakeSessionBucket &b : m_data.sessions) {
        const qint64 t = b.start.toSecsSinceEpoch();
        if (t < start || t >= end || (!projectIds.isEmpty() && !projectIds.contains(b.projectId))
            || (!environments.isEmpty() && !environments.contains(b.environment)) || (!release.isEmpty() && b.release != release)
            || (!environment.isEmpty() && b.environment != environment))
            continue;
        QJsonObject by;
        if (groupBy.contains(u"project"_s))
            by.insert(u"project"_s, b.projectId);
        if (groupBy.contains(u"release"_s))
            by.insert(u"release"_s, b.release);
        if (groupBy.contains(u"environment"_s))
            by.insert(u"environment"_s, b.environment);
        const QString key = QString::fromUtf8(QJsonDocument(by).toJson(QJsonDocument::Compact));
        Group &group = groups[key];
        if (group.series.isEmpty()) {
            group.by = by;
            group.series.resize(count);
        }
        group.total.add(b);
        group.series[(t - start) / interval].add(b);
    }
    if (groups.isEmpty() && groupBy.isEmpty())
        groups.insert(QString(), Group {QJsonObject(), Tally(), QList<Tally>(count)});

    QJsonArray groupsJson;
    const QStringList statuses
        = byStatus ? QStringList {u"abnormal"_s, u"crashed"_s, u"errored"_s, u"healthy"_s} : QStringList {QString()};
    for (const Group &group : std::as_const(groups)) {
        for (const QString &status : statuses) {
            QJsonObject by = group.by;
            if (byStatus)
                by.insert(u"session.status"_s, status);
            QJsonObject totals, series;
            for (const QString &field : fields) {
                totals.insert(field, fieldValue(field, group.total, status));
                QJsonArray values;
                for (const Tally &tally : group.series)
                    values.append(fieldValue(field, tally, status));
                series.insert(field, values);
            }
            groupsJson.append(QJsonObject {{u"by"_s, by}, {u"totals"_s, totals}, {u"series"_s, series}});
        }
    }
    QJsonArray intervals;
    for (int i = 0; i < count; ++i)
        intervals.append(
            FakeRenderer::iso(QDateTime::fromSecsSinceEpoch(start + i * interval, QTimeZone::UTC)).replace(u".000Z"_s, u"Z"_s));
    return FakeResponse::json(QJsonObject {
        {u"start"_s, FakeRenderer::iso(QDateTime::fromSecsSinceEpoch(start, QTimeZone::UTC))},
        {u"end"_s, FakeRenderer::iso(QDateTime::fromSecsSinceEpoch(end, QTimeZone::UTC))},
        {u"intervals"_s, intervals},
        {u"groups"_s, groupsJson},
        {u"query"_s, request.value(u"query"_s)},
    });
}

} // namespace lookout::fake
