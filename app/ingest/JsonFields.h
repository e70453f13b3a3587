#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

// Lenient field readers shared by the parsers: SDKs disagree on types (a line number as "12", an id
// as a number), and a wrong type in one field must not cost the whole event.
namespace lookout::JsonFields {

QString string(const QJsonObject &object, QStringView key);
// Strings, numbers and booleans as text; anything else empty.
QString scalarText(const QJsonValue &value);
QStringList stringList(const QJsonValue &value);
std::optional<int> optionalInt(const QJsonObject &object, QStringView key);
std::optional<qint64> optionalInt64(const QJsonObject &object, QStringView key);
std::optional<bool> optionalBool(const QJsonObject &object, QStringView key);
bool isHex(QStringView text);

} // namespace lookout::JsonFields
