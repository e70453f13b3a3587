#include "ingest/EnvelopeParser.h"

#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/JsonFields.h"
#include "ingest/SessionJsonParser.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace lookout {

using namespace JsonFields;

QString EnvelopeProblem::toString() const
{
    if (itemIndex < 0)
        return QStringLiteral("envelope header, byte %1: %2").arg(offset).arg(message);
    return QStringLiteral("item %1, byte %2: %3").arg(itemIndex).arg(offset).arg(message);
}

static QString normalizedEventId(const QJsonValue &value)
{
    const QString hex = value.toString().remove(QLatin1Char('-')).toLower();
    return hex.size() == 32 && isHex(hex) ? hex : QString();
}

QString Envelope::eventId() const
{
    return normalizedEventId(header.value(u"event_id"));
}

QDateTime Envelope::sentAt() const
{
    return parseSentryTimestamp(header.value(u"sent_at"));
}

bool EnvelopeParser::isDecodedType(QStringView type)
{
    return type == u"event" || type == u"transaction" || type == u"session" || type == u"sessions" || type == u"attachment";
}

namespace {

// Walks the bytes of one envelope; each method moves `pos` past what it consumed.
class Framer
{
public:
    explicit Framer(QByteArrayView bytes)
        : m_bytes(bytes)
    { }

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    qsizetype pos() const { return m_pos; }

    // The rest of the current line, without its LF (or CRLF); moves past the LF.
    QByteArrayView takeLine()
    {
        qsizetype end = m_bytes.indexOf('\n', m_pos);
        if (end < 0)
            end = m_bytes.size();
        QByteArrayView line = m_bytes.sliced(m_pos, end - m_pos);
        m_pos = std::min(end + 1, m_bytes.size());
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    }

    qsizetype remaining() const { return m_bytes.size() - m_pos; }

    QByteArrayView take(qsizetype length)
    {
        const QByteArrayView result = m_bytes.sliced(m_pos, length);
        m_pos += length;
        // A payload with a length may be followed by a newline, or by nothing at the end.
        if (m_bytes.sliced(m_pos).startsWith('\n'))
            m_pos += 1;
        else if (m_bytes.sliced(m_pos).startsWith("\r\n"))
            m_pos += 2;
        return result;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// An item's declared length: a non-negative whole number, or nullopt with *error set.
std::optional<qsizetype> itemLength(const QJsonValue &value, QString *error)
{
    const double length = value.toDouble(-1);
    // Beyond 2^53 a double no longer counts bytes exactly; anything smaller is checked against the end.
    if (!value.isDouble() || length < 0 || std::trunc(length) != length || length > 9007199254740992.0) {
        *error = QStringLiteral("item header: \"length\" must be a whole number of bytes");
        return std::nullopt;
    }
    return qsizetype(length);
}

} // namespace

Envelope EnvelopeParser::parse(QByteArrayView bytes)
{
    Envelope envelope;
    const auto problem
        = [&envelope](qsizetype offset, int item, const QString &message) { envelope.problems.append({offset, item, message}); };
    if (bytes.isEmpty()) {
        problem(0, -1, QStringLiteral("empty input: an envelope starts with a header line"));
        return envelope;
    }
    if (bytes.size() > InputLimits::maxEnvelopeBytes) {
        problem(
            0, -1, QStringLiteral("envelope is %1 bytes; the limit is %2").arg(bytes.size()).arg(InputLimits::maxEnvelopeBytes));
        return envelope;
    }

    Framer framer(bytes);
    QString error;
    const std::optional<QJsonObject> header = InputLimits::parseObject(framer.takeLine(), &error);
    if (!header) {
        problem(0, -1, error);
        return envelope;
    }
    envelope.header = *header;

    int index = 0;
    while (!framer.atEnd()) {
        const qsizetype offset = framer.pos();
        const QByteArrayView headerLine = framer.takeLine();
        if (isBlank(headerLine))
            continue;
        const std::optional<QJsonObject> itemHeader = InputLimits::parseObject(headerLine, &error);
        if (!itemHeader) {
            // Without a header there is no telling where the payload ends: stop, keep what we have.
            problem(offset, index, QStringLiteral("item header: ") + error);
            break;
        }
        EnvelopeItem item;
        item.index = index++;
        item.offset = offset;
        item.payloadOffset = framer.pos();
        item.header = *itemHeader;
        if (itemHeader->contains(u"length")) {
            const std::optional<qsizetype> length = itemLength(itemHeader->value(u"length"), &error);
            if (!length) {
                problem(offset, item.index, error);
                break;
            }
            if (*length > framer.remaining()) {
                problem(item.payloadOffset, item.index,
                    QStringLiteral("length %1 runs past the end of the envelope (%2 bytes left)")
                        .arg(*length)
                        .arg(framer.remaining()));
                break;
            }
            item.payload = framer.take(*length).toByteArray();
        } else {
            item.payload = framer.takeLine().toByteArray();
        }
        ++envelope.itemCount;

        item.type = string(item.header, u"type");
        if (item.type.isEmpty()) {
            problem(offset, item.index, QStringLiteral("item header has no \"type\"; item skipped"));
            continue;
        }
        if (!isDecodedType(item.type)) {
            ++envelope.skippedTypes[item.type];
            continue;
        }
        item.contentType = string(item.header, u"content_type");
        item.filename = string(item.header, u"filename");
        item.attachmentType = string(item.header, u"attachment_type");
        envelope.items.append(std::move(item));
    }
    return envelope;
}

std::optional<Event> EnvelopeParser::decodeEvent(
    const EnvelopeItem &item, const Envelope &envelope, const QDateTime &received, QString *error)
{
    std::optional<QJsonObject> json = InputLimits::parseObject(item.payload, error);
    if (!json)
        return std::nullopt;
    if (normalizedEventId(json->value(u"event_id")).isEmpty() && !envelope.eventId().isEmpty())
        json->insert(u"event_id", envelope.eventId());
    if (!parseSentryTimestamp(json->value(u"timestamp")).isValid()) {
        // Relay stamps such events with their receive time; the closest we have is when the SDK
        // sent them, else when Lookout read them.
        const QDateTime fallback = envelope.sentAt().isValid() ? envelope.sentAt() : received;
        if (fallback.isValid())
            json->insert(u"timestamp", fallback.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!json->contains(u"sdk") && envelope.header.value(u"sdk").isObject())
        json->insert(u"sdk", envelope.header.value(u"sdk"));
    if (item.type == u"transaction")
        json->insert(u"type", QStringLiteral("transaction"));
    return EventJsonParser::parse(*json, error);
}

Attachment EnvelopeParser::decodeAttachment(const EnvelopeItem &item, const Envelope &envelope)
{
    Attachment attachment;
    attachment.eventId = envelope.eventId();
    attachment.filename = item.filename;
    attachment.contentType = item.contentType;
    attachment.attachmentType = item.attachmentType;
    attachment.size = item.payload.size();
    attachment.bytes = item.payload;
    return attachment;
}

EnvelopeContents EnvelopeParser::decode(QByteArrayView bytes, const QDateTime &received)
{
    return decode(parse(bytes), received);
}

EnvelopeContents EnvelopeParser::decode(const Envelope &envelope, const QDateTime &received)
{
    EnvelopeContents contents;
    contents.header = envelope.header;
    contents.skippedTypes = envelope.skippedTypes;
    contents.problems = envelope.problems;
    for (const EnvelopeItem &item : envelope.items) {
        QString error;
        if (item.type == u"event" || item.type == u"transaction") {
            if (std::optional<Event> event = decodeEvent(item, envelope, received, &error))
                contents.events.append(std::move(*event));
        } else if (item.type == u"session") {
            if (std::optional<SessionUpdate> session = SessionJsonParser::parseUpdate(item.payload, &error))
                contents.sessions.append(std::move(*session));
        } else if (item.type == u"sessions") {
            if (std::optional<QList<SessionAggregate>> aggregates = SessionJsonParser::parseAggregates(item.payload, &error))
                contents.sessionAggregates.append(*aggregates);
        } else if (item.type == u"attachment") {
            contents.attachments.append(decodeAttachment(item, envelope));
        }
        if (!error.isEmpty())
            contents.problems.append({item.payloadOffset, item.index, item.type + QStringLiteral(": ") + error});
    }
    std::stable_sort(contents.problems.begin(), contents.problems.end(),
        [](const EnvelopeProblem &a, const EnvelopeProblem &b) { return a.offset < b.offset; });
    return contents;
}

} // namespace lookout
