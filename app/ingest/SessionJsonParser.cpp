#include "ingest/SessionJsonParser.h"

#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/JsonFields.h"

#include <QJsonArray>

namespace lookout {

using namespace JsonFields;

static qint64 count(const QJsonObject &object, QStringView key)
{
    return qMax<qint64>(0, optionalInt64(object, key).value_or(0));
}

std::optional<SessionUpdate> SessionJsonParser::parseUpdate(const QJsonObject &json, QString *error)
{
    SessionUpdate session;
    session.started = parseSentryTimestamp(json.value(u"started"));
    if (!session.started.isValid()) {
        *error = QStringLiteral("field \"started\": expected seconds since the epoch or an RFC 3339 date");
        return std::nullopt;
    }
    session.sid = string(json, u"sid");
    session.did = string(json, u"did");
    session.init = json.value(u"init").toBool();
    session.timestamp = parseSentryTimestamp(json.value(u"timestamp"));
    if (!session.timestamp.isValid())
        session.timestamp = session.started;
    session.status = string(json, u"status");
    if (session.status.isEmpty())
        session.status = QStringLiteral("ok");
    session.errors = count(json, u"errors");
    const QJsonValue duration = json.value(u"duration");
    if (duration.isDouble() && duration.toDouble() >= 0)
        session.duration = duration.toDouble();
    session.seq = optionalInt64(json, u"seq");
    const QJsonObject attrs = json.value(u"attrs").toObject();
    session.release = string(attrs, u"release");
    session.environment = string(attrs, u"environment");
    return session;
}

std::optional<SessionUpdate> SessionJsonParser::parseUpdate(QByteArrayView bytes, QString *error)
{
    const std::optional<QJsonObject> json = InputLimits::parseObject(bytes, error);
    if (!json)
        return std::nullopt;
    return parseUpdate(*json, error);
}

std::optional<QList<SessionAggregate>> SessionJsonParser::parseAggregates(const QJsonObject &json, QString *error)
{
    const QJsonValue aggregates = json.value(u"aggregates");
    if (!aggregates.isArray()) {
        *error = QStringLiteral("field \"aggregates\": expected a list");
        return std::nullopt;
    }
    const QJsonObject attrs = json.value(u"attrs").toObject();
    const QString release = string(attrs, u"release");
    const QString environment = string(attrs, u"environment");
    QList<SessionAggregate> result;
    QStringList dropped;
    const QJsonArray buckets = aggregates.toArray();
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const QJsonObject bucket = buckets.at(i).toObject();
        SessionAggregate aggregate;
        aggregate.started = parseSentryTimestamp(bucket.value(u"started"));
        if (!aggregate.started.isValid()) {
            dropped << QString::number(i);
            continue;
        }
        aggregate.did = string(bucket, u"did");
        aggregate.exited = count(bucket, u"exited");
        aggregate.errored = count(bucket, u"errored");
        aggregate.abnormal = count(bucket, u"abnormal");
        aggregate.crashed = count(bucket, u"crashed");
        aggregate.release = release;
        aggregate.environment = environment;
        result.append(aggregate);
    }
    if (!dropped.isEmpty())
        *error = QStringLiteral("aggregates %1: no valid \"started\"; left out").arg(dropped.join(QStringLiteral(", ")));
    return result;
}

std::optional<QList<SessionAggregate>> SessionJsonParser::parseAggregates(QByteArrayView bytes, QString *error)
{
    const std::optional<QJsonObject> json = InputLimits::parseObject(bytes, error);
    if (!json)
        return std::nullopt;
    return parseAggregates(*json, error);
}

} // namespace lookout
