#include "ingest/EventJsonParser.h"

#include "ingest/InputLimits.h"
#include "ingest/JsonFields.h"
#include "ingest/LegacyKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>
#include <QUrl>

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
        const QString text = value.toString();
        bool numeric = false;
        const double secs = text.toDouble(&numeric);
        if (numeric)
            return parseSentryTimestamp(QJsonValue(secs));
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(QTimeZone::UTC); // Sentry treats zone-less timestamps as UTC
        return dt.toUTC();
    }
    return {};
}

using namespace JsonFields;

Frame EventJsonParser::parseFrame(const QJsonObject &f)
{
    Frame frame;
    frame.function = string(f, u"function");
    frame.rawFunction = string(f, u"raw_function");
    frame.symbol = string(f, u"symbol");
    frame.module = string(f, u"module");
    frame.package = string(f, u"package");
    frame.filename = string(f, u"filename");
    frame.absPath = string(f, u"abs_path");
    frame.platform = string(f, u"platform");
    frame.instructionAddr = string(f, u"instruction_addr");
    frame.symbolAddr = string(f, u"symbol_addr");
    frame.imageAddr = string(f, u"image_addr");
    frame.lineno = optionalInt(f, u"lineno");
    frame.colno = optionalInt(f, u"colno");
    frame.inApp = optionalBool(f, u"in_app");
    const QJsonValue contextLine = f.value(u"context_line");
    frame.hasContextLine = contextLine.isString();
    frame.contextLine = contextLine.toString();
    frame.preContext = stringList(f.value(u"pre_context"));
    frame.postContext = stringList(f.value(u"post_context"));
    frame.vars = f.value(u"vars").toObject();
    frame.data = f.value(u"data").toObject();
    // Relay fills a missing JS filename from the path of its URL; grouping relies on it.
    if (frame.filename.isEmpty() && !frame.absPath.isEmpty()) {
        const QUrl url(frame.absPath);
        if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1 && !url.path().isEmpty())
            frame.filename = url.path();
    }
    return frame;
}

std::optional<Stacktrace> EventJsonParser::parseStacktrace(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Stacktrace stacktrace;
    const QJsonArray frames = object.value(u"frames").toArray();
    // Past the limit only both ends are kept; see InputLimits.h.
    const auto [headEnd, tailBegin] = InputLimits::keepEnds(frames.size(), InputLimits::maxFrames);
    stacktrace.frames.reserve(headEnd + frames.size() - tailBegin);
    for (qsizetype i = 0; i < frames.size(); i = (i + 1 == headEnd ? tailBegin : i + 1))
        stacktrace.frames.append(parseFrame(frames.at(i).toObject()));
    stacktrace.registers = object.value(u"registers").toObject();
    return stacktrace;
}

static Mechanism parseMechanism(const QJsonObject &m)
{
    Mechanism mechanism;
    mechanism.type = string(m, u"type");
    mechanism.description = string(m, u"description");
    mechanism.helpLink = string(m, u"help_link");
    mechanism.source = string(m, u"source");
    mechanism.handled = optionalBool(m, u"handled");
    mechanism.synthetic = optionalBool(m, u"synthetic");
    mechanism.exceptionId = optionalInt64(m, u"exception_id");
    mechanism.parentId = optionalInt64(m, u"parent_id");
    mechanism.isExceptionGroup = m.value(u"is_exception_group").toBool();
    mechanism.meta = m.value(u"meta").toObject();
    mechanism.data = m.value(u"data").toObject();
    return mechanism;
}

static ExceptionValue parseException(const QJsonObject &e)
{
    ExceptionValue value;
    value.type = string(e, u"type");
    value.value = string(e, u"value");
    value.module = string(e, u"module");
    value.threadId = string(e, u"thread_id");
    if (e.value(u"mechanism").isObject())
        value.mechanism = parseMechanism(e.value(u"mechanism").toObject());
    value.stacktrace = EventJsonParser::parseStacktrace(e.value(u"stacktrace"));
    value.rawStacktrace = EventJsonParser::parseStacktrace(e.value(u"raw_stacktrace"));
    return value;
}

// "values" wrapper, a bare list, or (exception only) a single object: all seen in real payloads.
static QJsonArray valuesOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    const QJsonObject object = value.toObject();
    if (object.contains(u"values"))
        return object.value(u"values").toArray();
    return object.isEmpty() ? QJsonArray() : QJsonArray {object};
}

static Level breadcrumbLevel(const QJsonValue &value)
{
    return levelFromString(value.toString(), Level::Info);
}

static KeyValueList pairs(const QJsonValue &value)
{
    KeyValueList result;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            result.append({it.key(), scalarText(it.value())});
    } else {
        for (const auto &entry : value.toArray()) {
            if (entry.isArray() && entry.toArray().size() == 2)
                result.append({scalarText(entry.toArray().at(0)), scalarText(entry.toArray().at(1))});
            else if (entry.isObject()) // REST form: {"key": ..., "value": ...}
                result.append({scalarText(entry.toObject().value(u"key")), scalarText(entry.toObject().value(u"value"))});
        }
    }
    return result;
}

User EventJsonParser::parseUser(const QJsonObject &u)
{
    User user;
    user.id = scalarText(u.value(u"id"));
    user.email = string(u, u"email");
    user.username = string(u, u"username");
    user.ipAddress = string(u, u"ip_address");
    user.name = string(u, u"name");
    user.geo = u.value(u"geo").toObject();
    user.data = u.value(u"data").toObject();
    return user;
}

Request EventJsonParser::parseRequest(const QJsonObject &r)
{
    Request request;
    request.url = string(r, u"url");
    request.method = string(r, u"method");
    const QJsonValue query = r.value(u"query_string");
    if (query.isString()) {
        request.queryString = query.toString();
    } else {
        QStringList parts;
        for (const auto &[k, v] : pairs(query))
            parts << k + QLatin1Char('=') + v;
        request.queryString = parts.join(QLatin1Char('&'));
    }
    request.fragment = string(r, u"fragment");
    const QJsonValue cookies = r.value(u"cookies");
    if (cookies.isString()) {
        request.cookies = cookies.toString();
    } else {
        QStringList parts;
        for (const auto &[k, v] : pairs(cookies))
            parts << k + QLatin1Char('=') + v;
        request.cookies = parts.join(QStringLiteral("; "));
    }
    request.headers = pairs(r.value(u"headers"));
    request.env = pairs(r.value(u"env"));
    request.data = r.value(u"data");
    return request;
}

Breadcrumb EventJsonParser::parseBreadcrumb(const QJsonObject &b)
{
    Breadcrumb crumb;
    crumb.timestamp = parseSentryTimestamp(b.value(u"timestamp"));
    crumb.type = string(b, u"type");
    crumb.category = string(b, u"category");
    crumb.level = breadcrumbLevel(b.value(u"level"));
    crumb.message = string(b, u"message");
    crumb.data = b.value(u"data").toObject();
    return crumb;
}

static Thread parseThread(const QJsonObject &t)
{
    Thread thread;
    thread.id = scalarText(t.value(u"id"));
    thread.name = string(t, u"name");
    thread.crashed = optionalBool(t, u"crashed");
    thread.current = optionalBool(t, u"current");
    thread.main = optionalBool(t, u"main");
    thread.state = string(t, u"state");
    thread.stacktrace = EventJsonParser::parseStacktrace(t.value(u"stacktrace"));
    thread.rawStacktrace = EventJsonParser::parseStacktrace(t.value(u"raw_stacktrace"));
    return thread;
}

static LogEntry parseLogEntry(const QJsonObject &json)
{
    LogEntry entry;
    // "message" is the old name of "logentry"; a bare string is a formatted message.
    const QJsonValue value = json.contains(u"logentry") ? json.value(u"logentry") : json.value(u"message");
    if (value.isString()) {
        entry.formatted = value.toString();
        return entry;
    }
    const QJsonObject object = value.toObject();
    entry.message = string(object, u"message");
    entry.formatted = string(object, u"formatted");
    entry.params = object.value(u"params").toArray();
    return entry;
}

static Sdk parseSdk(const QJsonObject &s)
{
    Sdk sdk;
    sdk.name = string(s, u"name");
    sdk.version = string(s, u"version");
    sdk.integrations = stringList(s.value(u"integrations"));
    for (const auto &p : s.value(u"packages").toArray())
        sdk.packages.append({string(p.toObject(), u"name"), string(p.toObject(), u"version")});
    return sdk;
}

std::optional<Event> EventJsonParser::parse(const QJsonObject &original, QString *error)
{
    const QJsonObject json = normalizeLegacyKeys(original);
    Event event;
    const QJsonValue id = json.value(u"event_id");
    const QString hex = id.toString().remove(QLatin1Char('-')).toLower();
    if (!id.isString() || hex.size() != 32 || !isHex(hex)) {
        *error = QStringLiteral("field \"event_id\": expected 32 hex digits");
        return std::nullopt;
    }
    event.eventId = hex;

    event.timestamp = parseSentryTimestamp(json.value(u"timestamp"));
    if (!event.timestamp.isValid()) {
        *error = QStringLiteral("field \"timestamp\": expected seconds since the epoch or an RFC 3339 date");
        return std::nullopt;
    }
    event.received = parseSentryTimestamp(json.value(u"received"));
    event.type = string(json, u"type");
    event.platform = json.value(u"platform").toString(QStringLiteral("other"));
    event.level = levelFromString(string(json, u"level"), Level::Error);
    event.logger = string(json, u"logger");
    event.transaction = string(json, u"transaction");
    event.culprit = string(json, u"culprit");
    event.serverName = string(json, u"server_name");
    event.release = scalarText(json.value(u"release"));
    event.dist = scalarText(json.value(u"dist"));
    event.environment = string(json, u"environment");
    event.logentry = parseLogEntry(json);
    event.fingerprint = stringList(json.value(u"fingerprint"));
    event.tags = pairs(json.value(u"tags"));
    event.contexts = json.value(u"contexts").toObject();
    event.extra = json.value(u"extra").toObject();
    event.modules = json.value(u"modules").toObject();
    event.user = parseUser(json.value(u"user").toObject());
    event.request = parseRequest(json.value(u"request").toObject());
    event.sdk = parseSdk(json.value(u"sdk").toObject());
    for (const auto &e : valuesOf(json.value(u"exception")))
        event.exceptions.append(parseException(e.toObject()));
    event.stacktrace = parseStacktrace(json.value(u"stacktrace"));
    for (const auto &t : valuesOf(json.value(u"threads")))
        event.threads.append(parseThread(t.toObject()));
    const QJsonArray breadcrumbs = valuesOf(json.value(u"breadcrumbs"));
    for (qsizetype i = qMax(0, breadcrumbs.size() - InputLimits::maxBreadcrumbs); i < breadcrumbs.size(); ++i)
        event.breadcrumbs.append(parseBreadcrumb(breadcrumbs.at(i).toObject())); // the newest, past the limit
    event.checksum = string(json, u"checksum");
    event.csp = json.value(u"csp").toObject();
    event.templateInfo = json.value(u"template").toObject();
    event.hashes = stringList(json.value(u"hashes"));
    event.groupId = scalarText(json.value(u"group_id"));
    if (event.type.isEmpty())
        event.type = event.exceptions.isEmpty() && event.threads.isEmpty() ? QStringLiteral("default") : QStringLiteral("error");
    return event;
}

std::optional<Event> EventJsonParser::parse(QByteArrayView bytes, QString *error)
{
    const std::optional<QJsonObject> json = InputLimits::parseObject(bytes, error);
    if (!json)
        return std::nullopt;
    return parse(*json, error);
}

} // namespace lookout
