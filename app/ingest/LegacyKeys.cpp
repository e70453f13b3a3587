#include "ingest/LegacyKeys.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace lookout {

namespace {

using KeyPair = std::pair<QStringView, QStringView>; // legacy name, current name

// The union of Sentry's LEGACY_KEY_MAPPING and Relay's legacy_alias attributes. "message" (also
// an alias of "logentry") is left alone: modern SDKs send it as the formatted message string, and
// EventJsonParser already reads it as the fallback for "logentry".
constexpr std::array topLevelKeys {
    KeyPair {u"sentry.interfaces.Exception", u"exception"},
    KeyPair {u"sentry.interfaces.Stacktrace", u"stacktrace"},
    KeyPair {u"sentry.interfaces.Message", u"logentry"},
    KeyPair {u"sentry.interfaces.Http", u"request"},
    KeyPair {u"sentry.interfaces.User", u"user"},
    KeyPair {u"sentry.interfaces.Breadcrumbs", u"breadcrumbs"},
    KeyPair {u"sentry.interfaces.Template", u"template"},
    KeyPair {u"sentry.interfaces.Csp", u"csp"},
    KeyPair {u"sentry.interfaces.Hpkp", u"hpkp"},
    KeyPair {u"sentry.interfaces.ExpectCT", u"expectct"},
    KeyPair {u"sentry.interfaces.ExpectStaple", u"expectstaple"},
    KeyPair {u"sentry.interfaces.Nel", u"nel"},
    KeyPair {u"sentry.interfaces.Contexts", u"contexts"},
    KeyPair {u"sentry.interfaces.Threads", u"threads"},
    KeyPair {u"sentry.interfaces.DebugMeta", u"debug_meta"},
    // The full module paths, which the oldest raven clients sent.
    KeyPair {u"sentry.interfaces.exception.Exception", u"exception"},
    KeyPair {u"sentry.interfaces.stacktrace.Stacktrace", u"stacktrace"},
    KeyPair {u"sentry.interfaces.message.Message", u"logentry"},
    KeyPair {u"sentry.interfaces.http.Http", u"request"},
    KeyPair {u"sentry.interfaces.user.User", u"user"},
    KeyPair {u"sentry.interfaces.template.Template", u"template"},
};

constexpr QStringView legacyStacktrace = u"sentry.interfaces.Stacktrace";

bool renameKey(QJsonObject &object, QStringView from, QStringView to)
{
    const auto it = object.constFind(from);
    if (it == object.constEnd())
        return false;
    const QJsonValue value = it.value();
    object.remove(from);
    if (!object.contains(to))
        object.insert(to, value);
    return true;
}

QJsonObject normalizeException(QJsonObject exception)
{
    renameKey(exception, legacyStacktrace, u"stacktrace");
    return exception;
}

// The exception interface comes as {"values": [...]}, a bare list or a single exception object.
QJsonValue normalizeExceptions(const QJsonValue &value)
{
    const auto normalizeList = [](const QJsonArray &list) {
        QJsonArray result;
        for (const auto &entry : list)
            result.append(entry.isObject() ? QJsonValue(normalizeException(entry.toObject())) : entry);
        return result;
    };
    if (value.isArray())
        return normalizeList(value.toArray());
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    if (object.value(u"values").isArray()) {
        object.insert(u"values", normalizeList(object.value(u"values").toArray()));
        return object;
    }
    return normalizeException(object);
}

} // namespace

QJsonObject normalizeLegacyKeys(QJsonObject event)
{
    for (const auto &[legacy, current] : topLevelKeys)
        renameKey(event, legacy, current);
    const auto exception = event.constFind(u"exception");
    if (exception != event.constEnd()) {
        const QJsonValue normalized = normalizeExceptions(exception.value());
        event.insert(u"exception", normalized);
    }
    return event;
}

} // namespace lookout
