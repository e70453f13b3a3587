#pragma once

#include "domain/Event.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <simdjson.h>

#include <optional>
#include <string_view>

// simdjson values read with the semantics of JsonFields and QJsonValue, so that SimdEventParser
// and EventJsonParser agree on every field. Internal to SimdEventParser.
namespace lookout::SimdJson {

using Element = simdjson::dom::element;
using Object = simdjson::dom::object;
using Array = simdjson::dom::array;
// A member as QJsonObject::value() sees it: nullopt is "missing" (QJsonValue::Undefined).
using Field = std::optional<Element>;

std::optional<Object> asObject(Field value);
std::optional<Array> asArray(Field value);
bool isString(Field value);
// The last member named key, as QJsonDocument keeps the last of duplicate keys.
Field member(Object object, std::string_view key);
// The elements an interface lists: a bare array, {"values": [...]}, or one object on its own.
QList<Element> valuesOf(Field value);

// Reads values, noting when one is beyond what the fast path covers: a string (or key) longer than
// InputLimits::maxStringChars, which the Qt path would truncate. The caller then discards the event.
class Reader
{
public:
    QString text(Field value); // JsonFields::scalarText
    QString stringOr(Field value, const QString &fallback = {}); // QJsonValue::toString(fallback)
    QStringList stringList(Field value); // JsonFields::stringList
    static std::optional<qint64> optionalInt64(Field value);
    static std::optional<int> optionalInt(Field value);
    static std::optional<bool> optionalBool(Field value);
    QDateTime timestamp(Field value); // parseSentryTimestamp
    QJsonValue value(Field value);
    QJsonObject object(Field value); // QJsonValue::toObject
    QJsonArray array(Field value); // QJsonValue::toArray
    KeyValueList pairs(Field value); // tags, headers, env: an object or a list of pairs

    bool fallingBack() const { return !m_fallbackReason.isEmpty(); }
    QString fallbackReason() const { return m_fallbackReason; }
    void fallBack(const QString &reason);

private:
    QString string(std::string_view utf8);
    QJsonDocument document(Element container);
    QString m_fallbackReason;
};

// Checks on the whole document that the fields read do not cover.
// QJsonDocument rejects a number that underflows to zero (1e-400), simdjson reads it as 0.0.
// document is what json parsed into.
bool hasUnderflowingNumber(const simdjson::dom::document &document, QByteArrayView json);

} // namespace lookout::SimdJson
