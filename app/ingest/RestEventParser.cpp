#include "ingest/RestEventParser.h"

#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/JsonFields.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace lookout {

using namespace JsonFields;

namespace {

using KeyPair = std::pair<QStringView, QStringView>; // REST name, event JSON name

constexpr std::array frameKeys {
    KeyPair {u"absPath", u"abs_path"},
    KeyPair {u"lineNo", u"lineno"},
    KeyPair {u"colNo", u"colno"},
    KeyPair {u"inApp", u"in_app"},
    KeyPair {u"rawFunction", u"raw_function"},
    KeyPair {u"instructionAddr", u"instruction_addr"},
    KeyPair {u"symbolAddr", u"symbol_addr"},
    KeyPair {u"imageAddr", u"image_addr"},
    KeyPair {u"addrMode", u"addr_mode"},
};

constexpr std::array mechanismKeys {
    KeyPair {u"helpLink", u"help_link"},
    KeyPair {u"exceptionId", u"exception_id"},
    KeyPair {u"parentId", u"parent_id"},
    KeyPair {u"isExceptionGroup", u"is_exception_group"},
};

template<std::size_t N>
QJsonObject renamed(QJsonObject object, const std::array<KeyPair, N> &keys)
{
    for (const auto &[from, to] : keys) {
        const auto it = object.constFind(from);
        if (it == object.constEnd())
            continue;
        const QJsonValue value = it.value();
        object.remove(from);
        if (!value.isNull())
            object.insert(to, value);
    }
    return object;
}

QJsonValue stacktraceJson(const QJsonValue &value)
{
    if (!value.isObject())
        return QJsonValue::Null;
    QJsonObject stacktrace = value.toObject();
    const QJsonArray frames = stacktrace.value(u"frames").toArray();
    // Trim before translating: the translation copies every frame it keeps.
    const auto [headEnd, tailBegin] = InputLimits::keepEnds(frames.size(), InputLimits::maxFrames);
    QJsonArray result;
    for (qsizetype i = 0; i < frames.size(); i = (i + 1 == headEnd ? tailBegin : i + 1))
        result.append(RestEventParser::toFrameJson(frames.at(i).toObject()));
    stacktrace.insert(u"frames", result);
    return stacktrace;
}

QJsonObject exceptionJson(QJsonObject e)
{
    e.insert(u"stacktrace", stacktraceJson(e.value(u"stacktrace")));
    e.insert(u"raw_stacktrace", stacktraceJson(e.value(u"rawStacktrace")));
    e.remove(u"rawStacktrace");
    if (e.contains(u"threadId")) {
        e.insert(u"thread_id", e.value(u"threadId"));
        e.remove(u"threadId");
    }
    if (e.value(u"mechanism").isObject())
        e.insert(u"mechanism", renamed(e.value(u"mechanism").toObject(), mechanismKeys));
    return e;
}

QJsonObject threadJson(QJsonObject t)
{
    t.insert(u"stacktrace", stacktraceJson(t.value(u"stacktrace")));
    t.insert(u"raw_stacktrace", stacktraceJson(t.value(u"rawStacktrace")));
    t.remove(u"rawStacktrace");
    return t;
}

QJsonArray mapValues(const QJsonValue &data, QJsonObject (*convert)(QJsonObject))
{
    QJsonArray result;
    for (const auto &value : data.toObject().value(u"values").toArray())
        result.append(convert(value.toObject()));
    return result;
}

// The template entry carries its source like a frame: {"filename", "lineNo", "context": [...]}.
QJsonObject templateJson(const QJsonObject &data)
{
    QJsonObject result = RestEventParser::toFrameJson(data);
    QJsonObject out;
    for (const QStringView key :
        {u"filename", u"abs_path", u"lineno", u"colno", u"pre_context", u"context_line", u"post_context"}) {
        if (result.contains(key))
            out.insert(key, result.value(key));
    }
    return out;
}

QJsonObject requestJson(QJsonObject r)
{
    if (r.contains(u"query")) {
        r.insert(u"query_string", r.value(u"query"));
        r.remove(u"query");
    }
    return r;
}

QString tagValue(const QJsonArray &tags, QStringView key)
{
    for (const auto &tag : tags) {
        if (tag.toObject().value(u"key").toString() == key)
            return scalarText(tag.toObject().value(u"value"));
    }
    return {};
}

std::optional<int> lineNumber(const QJsonValue &value)
{
    bool ok = value.isDouble();
    const int n = ok ? value.toInt() : value.toString().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace

QJsonObject RestEventParser::toFrameJson(const QJsonObject &restFrame)
{
    QJsonObject frame = renamed(restFrame, frameKeys);
    const QJsonValue context = frame.value(u"context");
    frame.remove(u"context");
    if (!context.isArray())
        return frame;
    // [[lineno, text], ...] around the frame's line: before it pre_context, after it post_context.
    const std::optional<int> lineno = optionalInt(frame, u"lineno");
    QJsonArray pre;
    QJsonArray post;
    for (const auto &entry : context.toArray()) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() != 2)
            continue;
        const std::optional<int> line = lineNumber(pair.at(0));
        const QJsonValue text = pair.at(1).isString() ? pair.at(1) : QJsonValue(QString());
        if (!lineno || !line || *line < *lineno)
            pre.append(text);
        else if (*line == *lineno)
            frame.insert(u"context_line", text);
        else
            post.append(text);
    }
    frame.insert(u"pre_context", pre);
    frame.insert(u"post_context", post);
    return frame;
}

QJsonObject RestEventParser::toEventJson(const QJsonObject &rest)
{
    QJsonObject json;
    const QJsonValue eventId = rest.value(u"eventID");
    json.insert(u"event_id", eventId.isString() ? eventId : rest.value(u"id"));
    json.insert(u"timestamp", rest.value(u"dateCreated"));
    if (rest.contains(u"dateReceived"))
        json.insert(u"received", rest.value(u"dateReceived"));
    for (const QStringView key : {u"platform", u"type", u"culprit", u"dist", u"user", u"sdk", u"contexts"}) {
        if (!rest.value(key).isNull() && !rest.value(key).isUndefined())
            json.insert(key, rest.value(key));
    }
    const QJsonValue release = rest.value(u"release");
    json.insert(u"release", release.isObject() ? release.toObject().value(u"version") : release);
    json.insert(u"group_id", rest.value(u"groupID"));
    json.insert(u"hashes", rest.value(u"fingerprints"));
    json.insert(u"fingerprint", rest.value(u"fingerprint"));
    json.insert(u"extra", rest.value(u"context"));
    json.insert(u"modules", rest.value(u"packages"));

    // REST tags are [{"key", "value"}, ...]: EventJsonParser reads that form too.
    const QJsonArray tags = rest.value(u"tags").toArray();
    json.insert(u"tags", tags);
    for (const QStringView key : {u"level", u"environment", u"transaction", u"logger", u"server_name"}) {
        const QString value = tagValue(tags, key);
        if (!value.isEmpty())
            json.insert(key, value);
    }
    if (json.value(u"release").toString().isEmpty() && !tagValue(tags, u"release").isEmpty())
        json.insert(u"release", tagValue(tags, u"release"));

    const QString message = rest.value(u"message").toString();
    if (!message.isEmpty())
        json.insert(u"logentry", QJsonObject {{QStringLiteral("formatted"), message}});

    for (const auto &entryValue : rest.value(u"entries").toArray()) {
        const QJsonObject entry = entryValue.toObject();
        const QString type = entry.value(u"type").toString();
        const QJsonValue data = entry.value(u"data");
        if (type == u"exception") {
            json.insert(u"exception", QJsonObject {{QStringLiteral("values"), mapValues(data, exceptionJson)}});
        } else if (type == u"threads") {
            json.insert(u"threads", QJsonObject {{QStringLiteral("values"), mapValues(data, threadJson)}});
        } else if (type == u"breadcrumbs") {
            json.insert(u"breadcrumbs", data);
        } else if (type == u"request") {
            json.insert(u"request", requestJson(data.toObject()));
        } else if (type == u"message") {
            json.insert(u"logentry", data);
        } else if (type == u"stacktrace") {
            json.insert(u"stacktrace", stacktraceJson(data));
        } else if (type == u"template") {
            json.insert(u"template", templateJson(data.toObject()));
        } else if (type == u"csp" || type == u"hpkp" || type == u"expectct" || type == u"expectstaple" || type == u"debugmeta") {
            json.insert(type == u"debugmeta" ? QStringLiteral("debug_meta") : type, data);
        }
        // spans, spantree, contexts... are not part of the model.
    }

    QJsonObject api {{QStringLiteral("type"), QStringLiteral("default")}};
    for (const QStringView key : {u"location", u"errors", u"metadata", u"projectID", u"title"}) {
        const QJsonValue value = rest.value(key);
        if (!value.isNull() && !value.isUndefined() && !(value.isArray() && value.toArray().isEmpty()))
            api.insert(key, value);
    }
    if (api.size() > 1) {
        QJsonObject contexts = json.value(u"contexts").toObject();
        contexts.insert(u"sentry_api", api);
        json.insert(u"contexts", contexts);
    }
    // Null where the API has nothing: drop it, so EventJsonParser's defaults apply.
    for (auto it = json.begin(); it != json.end();) {
        if (it.value().isNull() || it.value().isUndefined())
            it = json.erase(it);
        else
            ++it;
    }
    return json;
}

bool RestEventParser::isRestForm(const QJsonObject &json)
{
    if (json.contains(u"entries") || json.contains(u"eventID") || json.contains(u"dateCreated"))
        return true;
    return json.value(u"event").isObject() && !json.contains(u"event_id");
}

std::optional<Event> RestEventParser::parse(const QJsonObject &json, QString *error)
{
    // /eventids/{id}/ wraps the event: {"event": {...}, "groupId": ..., "projectSlug": ...}.
    if (json.value(u"event").isObject() && !json.contains(u"entries"))
        return parse(json.value(u"event").toObject(), error);
    // /events/{id}/json/ returns normalised event JSON.
    if (json.contains(u"event_id") && !json.contains(u"entries"))
        return EventJsonParser::parse(json, error);
    if (!json.contains(u"eventID") && !json.contains(u"id")) {
        *error = QStringLiteral("field \"eventID\": missing; is this a Sentry API event?");
        return std::nullopt;
    }
    if (!json.contains(u"dateCreated")) {
        *error = QStringLiteral("field \"dateCreated\": missing");
        return std::nullopt;
    }
    std::optional<Event> event = EventJsonParser::parse(toEventJson(json), error);
    if (!event && error->contains(u"\"event_id\""))
        *error = QStringLiteral("field \"eventID\": expected 32 hex digits");
    else if (!event && error->contains(u"\"timestamp\""))
        *error = QStringLiteral("field \"dateCreated\": expected an RFC 3339 date");
    return event;
}

std::optional<Event> RestEventParser::parse(QByteArrayView bytes, QString *error)
{
    const std::optional<QJsonObject> json = InputLimits::parseObject(bytes, error);
    if (!json)
        return std::nullopt;
    return parse(*json, error);
}

} // namespace lookout
