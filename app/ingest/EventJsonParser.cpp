#include "ingest/EventJsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include <cmath>

namespace lookout {

QDateTime parseSentryTimestamp(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double secs = value.toDouble();
        if (!std::isfinite(secs) || secs < 0 || secs > 32503680000.0) // year 3000
            return {};
        return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(secs * 1000.0)), QTimeZone::UTC);
    }
    if (value.isString()) {
        QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(QTimeZone::UTC); // Sentry treats zone-less timestamps as UTC
        return dt.toUTC();
    }
    return {};
}

static std::optional<bool> optionalBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

static QList<Frame> parseFrames(const QJsonValue &stacktrace)
{
    QList<Frame> frames;
    const QJsonArray array = stacktrace.toObject().value(u"frames").toArray();
    frames.reserve(array.size());
    for (const auto &v : array) {
        const QJsonObject f = v.toObject();
        Frame frame;
        frame.function = f.value(u"function").toString();
        frame.module = f.value(u"module").toString();
        frame.filename = f.value(u"filename").toString();
        frame.absPath = f.value(u"abs_path").toString();
        frame.lineno = f.value(u"lineno").toInt();
        frame.inApp = optionalBool(f.value(u"in_app"));
        frames.append(frame);
    }
    return frames;
}

static QString userKey(const QJsonObject &user)
{
    for (const auto key : {u"id", u"email", u"username", u"ip_address"}) {
        const QJsonValue v = user.value(key);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
    }
    return {};
}

std::optional<Event> EventJsonParser::parse(const QJsonObject &json, QString *error)
{
    Event event;
    const QJsonValue id = json.value(u"event_id");
    if (!id.isString() || id.toString().remove(QLatin1Char('-')).size() != 32) {
        *error = QStringLiteral("field \"event_id\": expected 32 hex digits");
        return std::nullopt;
    }
    event.eventId = id.toString().remove(QLatin1Char('-')).toLower();

    event.timestamp = parseSentryTimestamp(json.value(u"timestamp"));
    if (!event.timestamp.isValid()) {
        *error = QStringLiteral("field \"timestamp\": expected seconds since the epoch or an RFC 3339 date");
        return std::nullopt;
    }
    event.platform = json.value(u"platform").toString(QStringLiteral("other"));
    event.level = levelFromString(json.value(u"level").toString(), Level::Error);
    event.logger = json.value(u"logger").toString();
    event.transaction = json.value(u"transaction").toString();
    event.culprit = json.value(u"culprit").toString();
    event.release = json.value(u"release").toString();
    event.environment = json.value(u"environment").toString();

    const QJsonValue message = json.value(u"message");
    if (message.isString())
        event.message = message.toString();
    else if (message.isObject())
        event.message = message.toObject().value(u"formatted").toString(message.toObject().value(u"message").toString());
    if (event.message.isEmpty()) {
        const QJsonObject logentry = json.value(u"logentry").toObject();
        event.message = logentry.value(u"formatted").toString(logentry.value(u"message").toString());
    }

    event.userKey = userKey(json.value(u"user").toObject());

    for (const auto &v : json.value(u"fingerprint").toArray())
        event.fingerprint << v.toString();

    const QJsonValue tags = json.value(u"tags");
    if (tags.isObject()) {
        const QJsonObject object = tags.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            event.tags.append({it.key(), it.value().toString()});
    } else {
        for (const auto &pair : tags.toArray()) {
            const QJsonArray kv = pair.toArray();
            if (kv.size() == 2)
                event.tags.append({kv.at(0).toString(), kv.at(1).toString()});
        }
    }

    const QJsonValue exception = json.value(u"exception");
    const QJsonArray values = exception.isArray() ? exception.toArray() : exception.toObject().value(u"values").toArray();
    for (const auto &v : values) {
        const QJsonObject e = v.toObject();
        ExceptionValue value;
        value.type = e.value(u"type").toString();
        value.value = e.value(u"value").toString();
        value.module = e.value(u"module").toString();
        const QJsonObject mechanism = e.value(u"mechanism").toObject();
        value.mechanismType = mechanism.value(u"type").toString();
        value.handled = optionalBool(mechanism.value(u"handled"));
        value.frames = parseFrames(e.value(u"stacktrace"));
        event.exceptions.append(value);
    }
    return event;
}

std::optional<Event> EventJsonParser::parse(QByteArrayView bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("expected a JSON object (one event)");
        return std::nullopt;
    }
    return parse(doc.object(), error);
}

} // namespace lookout
