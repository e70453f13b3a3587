#include "ingest/SimdJsonValues.h"

#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/JsonFields.h"

#include <QJsonDocument>

#include <cmath>
#include <cstring>
#include <limits>

namespace lookout::SimdJson {

using simdjson::dom::element_type;

std::optional<Object> asObject(Field value)
{
    if (!value || value->type() != element_type::OBJECT)
        return std::nullopt;
    return value->get_object().value_unsafe();
}

std::optional<Array> asArray(Field value)
{
    if (!value || value->type() != element_type::ARRAY)
        return std::nullopt;
    return value->get_array().value_unsafe();
}

bool isString(Field value)
{
    return value && value->type() == element_type::STRING;
}

Field member(Object object, std::string_view key)
{
    Field found;
    for (const simdjson::dom::key_value_pair field : object) {
        if (field.key == key)
            found = field.value;
    }
    return found;
}

QList<Element> valuesOf(Field value)
{
    QList<Element> result;
    if (const std::optional<Array> array = asArray(value)) {
        result.reserve(qsizetype(array->size()));
        for (const Element entry : *array)
            result.append(entry);
    } else if (const std::optional<Object> object = asObject(value)) {
        if (const Field values = member(*object, "values")) {
            if (const std::optional<Array> list = asArray(values)) {
                result.reserve(qsizetype(list->size()));
                for (const Element entry : *list)
                    result.append(entry);
            }
        } else if (object->size() > 0) {
            result.append(*value);
        }
    }
    return result;
}

// What QJsonValue::toDouble() gives for the number: Qt keeps integers that fit qint64 as such and
// converts them on reading, the rest it parses as double; both round as these casts do.
static double number(Element value)
{
    switch (value.type()) {
    case element_type::INT64:
        return double(value.get_int64().value_unsafe());
    case element_type::UINT64:
        return double(value.get_uint64().value_unsafe());
    default:
        return value.get_double().value_unsafe();
    }
}

static bool isNumber(Element value)
{
    const element_type type = value.type();
    return type == element_type::INT64 || type == element_type::UINT64 || type == element_type::DOUBLE;
}

void Reader::fallBack(const QString &reason)
{
    if (m_fallbackReason.isEmpty())
        m_fallbackReason = reason;
}

QString Reader::string(std::string_view utf8)
{
    // Bytes bound UTF-16 units from above: a string within the limit in bytes is within it in QChars.
    if (qsizetype(utf8.size()) > InputLimits::maxStringChars)
        fallBack(QStringLiteral("a string longer than %1 bytes").arg(InputLimits::maxStringChars));
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString Reader::text(Field value)
{
    if (!value)
        return {};
    switch (value->type()) {
    case element_type::STRING:
        return string(value->get_string().value_unsafe());
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return JsonFields::scalarText(QJsonValue(number(*value)));
    case element_type::BOOL:
        return value->get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString Reader::stringOr(Field value, const QString &fallback)
{
    return isString(value) ? string(value->get_string().value_unsafe()) : fallback;
}

QStringList Reader::stringList(Field value)
{
    QStringList result;
    if (const std::optional<Array> array = asArray(value)) {
        result.reserve(qsizetype(array->size()));
        for (const Element entry : *array)
            result << text(entry);
    }
    return result;
}

std::optional<qint64> Reader::optionalInt64(Field value)
{
    if (!value)
        return std::nullopt;
    if (isNumber(*value)) {
        const double d = number(*value);
        if (std::isfinite(d) && std::abs(d) < 9.007199254740992e15)
            return qint64(d);
        return std::nullopt;
    }
    if (value->type() == element_type::STRING) {
        const std::string_view utf8 = value->get_string().value_unsafe();
        bool ok = false;
        const qint64 n = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<int> Reader::optionalInt(Field value)
{
    const std::optional<qint64> n = optionalInt64(value);
    if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*n);
}

std::optional<bool> Reader::optionalBool(Field value)
{
    if (value && value->type() == element_type::BOOL)
        return value->get_bool().value_unsafe();
    return std::nullopt;
}

QDateTime Reader::timestamp(Field value)
{
    // Through parseSentryTimestamp itself, so the two paths cannot drift apart on date formats.
    if (!value)
        return {};
    if (isNumber(*value))
        return parseSentryTimestamp(QJsonValue(number(*value)));
    if (value->type() == element_type::STRING)
        return parseSentryTimestamp(QJsonValue(string(value->get_string().value_unsafe())));
    return {};
}

static bool hasLongString(Element value)
{
    switch (value.type()) {
    case element_type::STRING:
        return qsizetype(value.get_string().value_unsafe().size()) > InputLimits::maxStringChars;
    case element_type::ARRAY: {
        // Copied out first: value_unsafe() refers into the temporary result, which a range-for
        // would let die before the loop.
        const Array array = value.get_array().value_unsafe();
        for (const Element entry : array) {
            if (hasLongString(entry))
                return true;
        }
        return false;
    }
    case element_type::OBJECT: {
        const Object object = value.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair field : object) {
            if (qsizetype(field.key.size()) > InputLimits::maxStringChars || hasLongString(field.value))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

QJsonDocument Reader::document(Element container)
{
    // QJsonDocument builds its containers in place; QJsonObject::insert() wraps every string in a
    // container of its own first, which made building them one by one some 60 % slower. So a
    // free-form part goes to Qt's parser as simdjson writes it back (its numbers round-trip), and
    // comes out exactly as from the whole record, duplicate keys and number types included.
    const std::string json = simdjson::to_string(container);
    if (qsizetype(json.size()) > InputLimits::maxStringChars && hasLongString(container)) {
        fallBack(QStringLiteral("a string longer than %1 bytes").arg(InputLimits::maxStringChars));
        return {};
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size())), &error);
    if (error.error != QJsonParseError::NoError) // not seen; but never an empty part instead of the real one
        fallBack(QStringLiteral("Qt cannot read a part as simdjson wrote it: %1").arg(error.errorString()));
    return document;
}

QJsonValue Reader::value(Field value)
{
    if (!value)
        return QJsonValue(QJsonValue::Undefined);
    switch (value->type()) {
    case element_type::OBJECT:
        return object(value);
    case element_type::ARRAY:
        return array(value);
    case element_type::STRING:
        return string(value->get_string().value_unsafe());
    case element_type::INT64:
        return QJsonValue(qint64(value->get_int64().value_unsafe()));
    case element_type::UINT64: // beyond qint64: QJsonDocument reads it as a double
        return QJsonValue(double(value->get_uint64().value_unsafe()));
    case element_type::DOUBLE:
        return QJsonValue(value->get_double().value_unsafe());
    case element_type::BOOL:
        return QJsonValue(value->get_bool().value_unsafe());
    case element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject Reader::object(Field value)
{
    if (!asObject(value))
        return {};
    return document(*value).object();
}

QJsonArray Reader::array(Field value)
{
    if (!asArray(value))
        return {};
    return document(*value).array();
}

KeyValueList Reader::pairs(Field value)
{
    KeyValueList result;
    if (asObject(value)) {
        // Through QJsonObject: its key order (and which duplicate survives) is what the Qt path lists.
        const QJsonObject object = this->object(value);
        result.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            result.append({it.key(), JsonFields::scalarText(it.value())});
    } else if (const std::optional<Array> array = asArray(value)) {
        for (const Element entry : *array) {
            if (const std::optional<Array> pair = asArray(entry)) {
                if (pair->size() == 2)
                    result.append({text(pair->at(0).value_unsafe()), text(pair->at(1).value_unsafe())});
            } else if (const std::optional<Object> object = asObject(entry)) { // REST form: {"key": ..., "value": ...}
                result.append({text(member(*object, "key")), text(member(*object, "value"))});
            }
        }
    }
    return result;
}

// Walks simdjson's tape (its doc/tape.md) rather than the element tree: a linear pass over the
// words, several times faster than visiting every value through the DOM API, and this runs on
// every event. A double is a word tagged 'd' followed by its bits; int64/uint64 also take two words.
static bool hasZeroDouble(const simdjson::dom::document &document)
{
    const uint64_t *tape = document.tape.get();
    if (!tape)
        return false;
    const uint64_t end = tape[0] & simdjson::internal::JSON_VALUE_MASK; // the root word holds where the root ends
    for (uint64_t i = 1; i < end;) {
        switch (char(tape[i] >> 56)) {
        case 'd': {
            double value = 1.0;
            std::memcpy(&value, &tape[i + 1], sizeof value);
            if (value == 0.0)
                return true;
            i += 2;
            break;
        }
        case 'l':
        case 'u':
            i += 2;
            break;
        default:
            ++i;
        }
    }
    return false;
}

// Whether a number token with a non-zero digit before its exponent becomes 0.0.
static bool underflows(std::string_view token)
{
    const std::size_t exponent = token.find_first_of("eE");
    const std::string_view mantissa = token.substr(0, exponent);
    if (mantissa.find_first_of("123456789") == std::string_view::npos)
        return false; // a true zero
    // Below 1e-323 takes a negative exponent or hundreds of leading zeros.
    if (token.find("e-") == std::string_view::npos && token.find("E-") == std::string_view::npos && token.size() < 300)
        return false;
    thread_local simdjson::dom::parser numbers;
    double parsed = 1.0;
    if (numbers.parse(token.data(), token.size(), true).get_double().get(parsed) != simdjson::SUCCESS)
        return false; // not a number simdjson accepted: then the main parse did not accept it either
    return parsed == 0.0;
}

bool hasUnderflowingNumber(const simdjson::dom::document &document, QByteArrayView json)
{
    // Every number is a double 0.0 in the DOM, or fine: only then are the raw bytes looked at.
    if (!hasZeroDouble(document))
        return false;
    const std::string_view bytes(json.data(), std::size_t(json.size()));
    bool inString = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const std::size_t end = bytes.find_first_not_of("0123456789+-.eE", i);
            const std::string_view token = bytes.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
            if (underflows(token))
                return true;
            i += token.size() - 1;
        }
    }
    return false;
}

} // namespace lookout::SimdJson
