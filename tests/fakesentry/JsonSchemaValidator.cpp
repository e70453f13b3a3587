#include "JsonSchemaValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lookout::test {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"undefined"_s;
    }
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"integer"_s)
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    return typeOf(value) == type;
}

// Keywords that only describe or that the fake never needs to enforce.
const QSet<QString> &ignoredKeywords()
{
    static const QSet<QString> keywords {u"description"_s, u"title"_s, u"example"_s, u"examples"_s, u"default"_s, u"readOnly"_s,
        u"writeOnly"_s, u"deprecated"_s, u"nullable"_s};
    return keywords;
}

} // namespace

QStringList JsonSchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    QStringList errors;
    static const QSet<QString> known {u"type"_s, u"enum"_s, u"properties"_s, u"required"_s, u"additionalProperties"_s, u"items"_s,
        u"allOf"_s, u"anyOf"_s, u"oneOf"_s, u"format"_s, u"minimum"_s, u"maximum"_s, u"minLength"_s, u"maxLength"_s,
        u"pattern"_s};
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!known.contains(it.key()) && !ignoredKeywords().contains(it.key()))
            errors << u"%1: the schema uses \"%2\", which this validator does not know"_s.arg(path, it.key());
    }

    if (value.isNull()) {
        // OpenAPI 3.0: null is allowed only where the schema says nullable, or where it says nothing
        // about the value at all (anyOf/oneOf branches decide for themselves below).
        const bool enumAllowsNull = schema.value(u"enum"_s).toArray().contains(QJsonValue::Null);
        const bool constrained = schema.contains(u"type"_s) || schema.contains(u"enum"_s) || schema.contains(u"properties"_s)
            || schema.contains(u"items"_s) || schema.contains(u"allOf"_s) || schema.contains(u"required"_s);
        if (schema.value(u"nullable"_s).toBool() || enumAllowsNull)
            return errors;
        if (constrained) {
            errors << u"%1: null is not allowed here"_s.arg(path);
            return errors;
        }
    }
    if (schema.contains(u"type"_s)) {
        const QString type = schema.value(u"type"_s).toString();
        if (!hasType(value, type)) {
            errors << u"%1: expected %2, got %3"_s.arg(path, type, typeOf(value));
            return errors;
        }
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        errors << u"%1: %2 is not one of the allowed values"_s.arg(path, value.toVariant().toString());

    if (value.isString()) {
        const QString text = value.toString();
        if (schema.value(u"format"_s).toString() == u"date-time"_s && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            errors << u"%1: \"%2\" is not a date-time"_s.arg(path, text);
        if (schema.contains(u"minLength"_s) && text.size() < schema.value(u"minLength"_s).toInt())
            errors << u"%1: shorter than %2"_s.arg(path).arg(schema.value(u"minLength"_s).toInt());
        if (schema.contains(u"maxLength"_s) && text.size() > schema.value(u"maxLength"_s).toInt())
            errors << u"%1: longer than %2"_s.arg(path).arg(schema.value(u"maxLength"_s).toInt());
        if (schema.contains(u"pattern"_s) && !QRegularExpression(schema.value(u"pattern"_s).toString()).match(text).hasMatch())
            errors << u"%1: \"%2\" does not match %3"_s.arg(path, text, schema.value(u"pattern"_s).toString());
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum"_s) && value.toDouble() < schema.value(u"minimum"_s).toDouble())
            errors << u"%1: below the minimum"_s.arg(path);
        if (schema.contains(u"maximum"_s) && value.toDouble() > schema.value(u"maximum"_s).toDouble())
            errors << u"%1: above the maximum"_s.arg(path);
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            if (!object.contains(name.toString()))
                errors << u"%1: missing required \"%2\""_s.arg(path, name.toString());
        }
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + u'.' + it.key();
            if (properties.contains(it.key()))
                errors << validate(it.value(), properties.value(it.key()).toObject(), childPath);
            else if (additional.isObject())
                errors << validate(it.value(), additional.toObject(), childPath);
            else if (additional.isBool() && !additional.toBool())
                errors << u"%1: not allowed here"_s.arg(childPath);
        }
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            errors << validate(array[i], schema.value(u"items"_s).toObject(), u"%1[%2]"_s.arg(path).arg(i));
    }

    for (const QJsonValue &sub : schema.value(u"allOf"_s).toArray())
        errors << validate(value, sub.toObject(), path);
    const auto matching = [&](const QString &keyword, QStringList *firstErrors) {
        int count = 0;
        for (const QJsonValue &sub : schema.value(keyword).toArray()) {
            const QStringList subErrors = validate(value, sub.toObject(), path);
            if (subErrors.isEmpty())
                ++count;
            else if (firstErrors->isEmpty())
                *firstErrors = subErrors;
        }
        return count;
    };
    QStringList subErrors;
    if (schema.contains(u"anyOf"_s) && matching(u"anyOf"_s, &subErrors) == 0)
        errors << u"%1: matches none of anyOf (first: %2)"_s.arg(path, subErrors.value(0));
    subErrors.clear();
    if (schema.contains(u"oneOf"_s)) {
        const int count = matching(u"oneOf"_s, &subErrors);
        if (count != 1)
            errors << u"%1: matches %2 of oneOf, not exactly one"_s.arg(path).arg(count);
    }
    return errors;
}

} // namespace lookout::test
