#pragma once

#include "domain/Attachment.h"
#include "domain/Event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace lookout {

// Where an envelope went wrong. itemIndex -1: the envelope header (or the input as a whole).
struct EnvelopeProblem
{
    qsizetype offset = 0; // byte offset into the envelope
    int itemIndex = -1; // counts every item, skipped types included, from 0
    QString message;
    QString toString() const;
};

// One item as framed: its header and raw payload bytes, nothing decoded yet.
struct EnvelopeItem
{
    int index = 0;
    qsizetype offset = 0; // of the item header line
    qsizetype payloadOffset = 0;
    QJsonObject header;
    QString type;
    QString contentType;
    QString filename;
    QString attachmentType;
    QByteArray payload;
};

struct Envelope
{
    QJsonObject header; // event_id, dsn, sent_at, sdk, trace
    QList<EnvelopeItem> items; // only the types Lookout decodes (see EnvelopeParser::isDecodedType)
    QMap<QString, int> skippedTypes; // every other type, with how many items of it were passed over
    QList<EnvelopeProblem> problems;
    int itemCount = 0; // items framed, kept and skipped

    QString eventId() const; // the header's event_id as 32 lowercase hex digits, or empty
    QDateTime sentAt() const;
};

// What an envelope holds, decoded into Lookout's model.
struct EnvelopeContents
{
    QJsonObject header;
    QList<Event> events; // "event" and "transaction" items, in envelope order
    QList<SessionUpdate> sessions;
    QList<SessionAggregate> sessionAggregates;
    QList<Attachment> attachments;
    QMap<QString, int> skippedTypes;
    QList<EnvelopeProblem> problems; // framing and decoding problems, by offset
};

// Sentry envelopes (https://develop.sentry.dev/sdk/data-model/envelopes/): a JSON header line, then
// items, each an item-header JSON line and a payload of exactly "length" bytes (then an optional
// newline) or, without "length", up to the next newline or the end.
//
// Parsing never throws anything away that was read correctly: a framing error (bad header JSON,
// a length past the end) stops the parse there, with a problem naming the byte offset and item,
// and every item before it is returned. A bad payload costs only its own item.
//
// Leniencies, as files saved by hand or by tools differ from what SDKs send: blank lines between
// items are skipped, and header lines and length-less payloads may end in CRLF (the CR is dropped;
// payloads with a length are taken byte for byte).
class EnvelopeParser
{
public:
    static Envelope parse(QByteArrayView bytes);

    // Frames and decodes. received: when Lookout got the envelope; the last fallback for an event
    // without a timestamp (after the envelope's sent_at), as Relay uses its receive time.
    static EnvelopeContents decode(QByteArrayView bytes, const QDateTime &received = {});
    static EnvelopeContents decode(const Envelope &envelope, const QDateTime &received = {});

    // An "event" or "transaction" item. The envelope header fills in a missing event_id and sdk.
    static std::optional<Event> decodeEvent(
        const EnvelopeItem &item, const Envelope &envelope, const QDateTime &received, QString *error);
    static Attachment decodeAttachment(const EnvelopeItem &item, const Envelope &envelope);

    // event, transaction, session, sessions, attachment.
    static bool isDecodedType(QStringView type);
};

} // namespace lookout
