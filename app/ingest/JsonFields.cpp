#include "ingest/JsonFields.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace lookout::JsonFields {

QString string(const QJsonObject &object, QStringView key)
{
    return scalarText(object.value(key));
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.007199254740992e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const auto &entry : value.toArray())
        result << scalarText(entry);
    return result;
}

std::optional<qint64> optionalInt64(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.007199254740992e15)
            return qint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<int> optionalInt(const QJsonObject &object, QStringView key)
{
    const std::optional<qint64> n = optionalInt64(object, key);
    if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*n);
}

std::optional<bool> optionalBool(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

bool isHex(QStringView text)
{
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

} // namespace lookout::JsonFields
