#include "ingest/InputLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lookout::InputLimits {

// Length of the well-formed UTF-8 sequence at p, or 0. Overlong forms, surrogates and code points
// past U+10FFFF count as malformed, as in RFC 3629.
static qsizetype utf8SequenceLength(const unsigned char *p, qsizetype left)
{
    const unsigned char lead = p[0];
    qsizetype length = 0;
    char32_t codePoint = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (p[k] & 0x3F);
    }
    if (length == 3 && (codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)))
        return 0;
    if (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF))
        return 0;
    return length;
}

JsonScan scanJson(QByteArrayView bytes)
{
    JsonScan scan;
    if (bytes.size() > maxRecordBytes) {
        scan.error = QStringLiteral("record is %1 bytes; the limit is %2").arg(bytes.size()).arg(maxRecordBytes);
        return scan;
    }
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = data[i];
        if (c == 0) {
            scan.error = QStringLiteral("NUL byte at offset %1").arg(i);
            return scan;
        }
        if (c >= 0x80) {
            const qsizetype length = utf8SequenceLength(data + i, size - i);
            if (length == 0) {
                scan.error = QStringLiteral("invalid UTF-8 at offset %1").arg(i);
                return scan;
            }
            i += length - 1;
            continue;
        }
        if (inString) {
            if (c == '\\') {
                ++i; // an escaped quote does not end the string; bad escapes are the JSON parser's business
            } else if (c == '"') {
                inString = false;
                if (i - stringStart - 1 > maxStringChars)
                    scan.hasLongString = true;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            break;
        case '{':
        case '[':
            if (++depth > maxJsonDepth) {
                scan.error = QStringLiteral("JSON nested deeper than %1 levels at offset %2").arg(maxJsonDepth).arg(i);
                return scan;
            }
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return scan;
}

std::optional<QJsonObject> parseObject(QByteArrayView bytes, QString *error)
{
    const JsonScan scan = scanJson(bytes);
    if (!scan.error.isEmpty()) {
        *error = scan.error;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    if (scan.hasLongString)
        return truncateLongStrings(doc.object()).toObject();
    return doc.object();
}

QString expansionError(qint64 compressed, qint64 decompressed)
{
    return QStringLiteral("gzip data expands more than %1 times (%2 MB from %3 kB), as a decompression bomb does; "
                          "stopped reading there")
        .arg(maxExpansionRatio)
        .arg(decompressed / (1024 * 1024))
        .arg(compressed / 1024);
}

QString truncated(const QString &text)
{
    if (text.size() <= maxStringChars)
        return text;
    qsizetype cut = maxStringChars;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // never leave half a surrogate pair behind
    return text.left(cut) + truncationMarker;
}

QJsonValue truncateLongStrings(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return truncated(value.toString());
    case QJsonValue::Array: {
        QJsonArray result;
        for (const auto &entry : value.toArray())
            result.append(truncateLongStrings(entry));
        return result;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it)
            result.insert(truncated(it.key()), truncateLongStrings(it.value()));
        return result;
    }
    default:
        return value;
    }
}

} // namespace lookout::InputLimits
