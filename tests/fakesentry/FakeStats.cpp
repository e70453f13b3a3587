#include "FakeStats.h"

#include "FakeData.h"
#include "FakeRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

struct Outcome
{
    QString outcome;
    QString reason;
    qint64 quantity;
};

// What Sentry would have done with one hour of a project's error events.
QList<Outcome> outcomesOf(const FakeSessionBucket &b)
{
    const qint64 hour = b.start.toSecsSinceEpoch() / 3600;
    QList<Outcome> result;
    const qint64 events = b.errored + b.crashed + b.healthy / 40;
    // Once every 61 hours per project, a burst the project's quota cannot take.
    const bool burst = (hour + b.projectId * 7) % 61 == 0;
    result.append({u"accepted"_s, QString(), burst ? events / 2 : events});
    if (burst)
        result.append({u"rate_limited"_s, u"project_quota"_s, events * 3});
    if (hour % 5 == 0)
        result.append({u"filtered"_s, u"browser-extensions"_s, 1 + b.healthy % 4});
    if (b.abnormal > 0)
        result.append({u"invalid"_s, u"invalid_transaction"_s, b.abnormal});
    return result;
}

} // namespace

FakeStats::FakeStats(const FakeData &data, const QDateTime &now)
    : m_data(data)
    , m_now(now)
{ }

FakeResponse FakeStats::query(const FakeRequest &request) const
{
    const QString field = request.value(u"field"_s);
    if (field != u"sum(quantity)"_s && field != u"sum(times_seen)"_s)
        return FakeResponse::detail(400, u"Invalid field: \"%1\""_s.arg(field));
    const QStringList groupBy = request.values(u"groupBy"_s);
    static const QStringList knownGroups {u"outcome"_s, u"category"_s, u"reason"_s, u"project"_s};
    for (const QString &group : groupBy) {
        if (!knownGroups.contains(group))
            return FakeResponse::detail(400, u"Invalid groupBy: \"%1\""_s.arg(group));
    }
    const qint64 interval = FakeRenderer::periodSecs(request.value(u"interval"_s, u"1h"_s));
    qint64 start = 0, end = 0;
    if (request.has(u"statsPeriod"_s) || !request.has(u"start"_s)) {
        const qint64 period = FakeRenderer::periodSecs(request.value(u"statsPeriod"_s, u"24h"_s));
        if (interval < 3600 || period <= 0)
            return FakeResponse::detail(400, u"The interval has to be at least 1h and statsPeriod a period like 24h"_s);
        end = (m_now.toSecsSinceEpoch() / interval + 1) * interval;
        start = (m_now.toSecsSinceEpoch() - period) / interval * interval;
    } else {
        const QDateTime from = QDateTime::fromString(request.value(u"start"_s), Qt::ISODate);
        const QDateTime to = QDateTime::fromString(request.value(u"end"_s), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || from >= to || interval < 3600)
            return FakeResponse::detail(400, u"start and end have to be ISO 8601 dates, start before end"_s);
        start = from.toSecsSinceEpoch() / interval * interval;
        end = (to.toSecsSinceEpoch() + interval - 1) / interval * interval;
    }
    if ((end - start) / interval > 1000)
        return FakeResponse::detail(400,
            u"Your interval and date range would create too many results. Use a larger interval, or a smaller date range."_s);
    const int count = int((end - start) / interval);
    QList<qint64> projectIds;
    for (const QString &id : request.values(u"project"_s)) {
        if (id != u"-1"_s)
            projectIds << id.toLongLong();
    }
    const QStringList categories = request.values(u"category"_s);
    const QStringList outcomesWanted = request.values(u"outcome"_s);

    struct Group
    {
        QJsonObject by;
        qint64 total = 0;
        QList<qint64> series;
    };
    QMap<QString, Group> groups;
    for (const FakeSessionBucket &b : m_data.sessions) {
        const qint64 t = b.start.toSecsSinceEpoch();
        if (t < start || t >= end || b.environment != u"production"_s
            || (!projectIds.isEmpty() && !projectIds.contains(b.projectId))
            || (!categories.isEmpty() && !categories.contains(u"error"_s)))
            continue;
        for (const Outcome &o : outcomesOf(b)) {
            if (!outcomesWanted.isEmpty() && !outcomesWanted.contains(o.outcome))
                continue;
            QJsonObject by;
            if (groupBy.contains(u"project"_s))
                by.insert(u"project"_s, b.projectId);
            if (groupBy.contains(u"outcome"_s))
                by.insert(u"outcome"_s, o.outcome);
            if (groupBy.contains(u"category"_s))
                by.insert(u"category"_s, u"error"_s);
            if (groupBy.contains(u"reason"_s))
                by.insert(u"reason"_s, o.reason.isEmpty() ? u"none"_s : o.reason);
            const QString key = QString::fromUtf8(QJsonDocument(by).toJson(QJsonDocument::Compact));
            Group &group = groups[key];
            if (group.series.isEmpty()) {
                group.by = by;
                group.series.resize(count);
            }
            group.total += o.quantity;
            group.series[(t - start) / interval] += o.quantity;
        }
    }
    QJsonArray groupsJson;
    for (const Group &group : std::as_const(groups)) {
        QJsonArray series;
        for (const qint64 v : group.series)
            series.append(v);
        groupsJson.append(QJsonObject {{u"by"_s, group.by}, {u"totals"_s, QJsonObject {{field, group.total}}},
            {u"series"_s, QJsonObject {{field, series}}}});
    }
    QJsonArray intervals;
    for (int i = 0; i < count; ++i)
        intervals.append(
            FakeRenderer::iso(QDateTime::fromSecsSinceEpoch(start + i * interval, QTimeZone::UTC)).replace(u".000Z"_s, u"Z"_s));
    return FakeResponse::json(QJsonObject {
        {u"start"_s, FakeRenderer::iso(QDateTime::fromSecsSinceEpoch(start, QTimeZone::UTC)).replace(u".000Z"_s, u"Z"_s)},
        {u"end"_s, FakeRenderer::iso(QDateTime::fromSecsSinceEpoch(end, QTimeZone::UTC)).replace(u".000Z"_s, u"Z"_s)},
        {u"intervals"_s, intervals},
        {u"groups"_s, groupsJson},
    });
}

} // namespace lookout::fake
