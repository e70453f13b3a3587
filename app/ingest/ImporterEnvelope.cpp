// The envelope side of the Importer: preparing an envelope's items (events, sessions, attachments)
// off any thread, and storing what was prepared. Local ingest uses the same two steps.
#include "ingest/Importer.h"
#include "ingest/ImporterOutcome.h"

#include "ingest/EnvelopeParser.h"
#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/RestEventParser.h"
#include "ingest/SessionJsonParser.h"
#include "ingest/SimdEventParser.h"
#include "store/PreparedEvent.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace lookout {

qint64 PreparedEnvelope::events() const
{
    return std::count_if(items.cbegin(), items.cend(), [](const Item &item) { return item.kind == Item::Kind::Event; });
}

PreparedEnvelope Importer::prepareEnvelope(
    QByteArrayView bytes, const QString &source, const QDateTime &received, PreparedEvent::Compression compression)
{
    PreparedEnvelope prepared;
    const Envelope envelope = EnvelopeParser::parse(bytes);
    prepared.eventId = envelope.eventId();
    for (const EnvelopeProblem &problem : envelope.problems)
        prepared.problems.append({source, 0, problem.offset, problem.toString()});
    prepared.framingError = !envelope.problems.isEmpty();
    prepared.skippedTypes = envelope.skippedTypes;
    using Item = PreparedEnvelope::Item;
    for (const EnvelopeItem &item : envelope.items) {
        Item out;
        out.index = item.index;
        out.offset = item.payloadOffset;
        out.type = item.type;
        if (item.type == u"attachment") {
            out.attachment = EnvelopeParser::decodeAttachment(item, envelope);
            if (out.attachment.eventId.isEmpty()) {
                out.kind = Item::Kind::Problem;
                out.message = QStringLiteral("item %1 (attachment %2): the envelope names no event_id to attach it to; skipped")
                                  .arg(item.index)
                                  .arg(out.attachment.filename);
            } else {
                out.kind = Item::Kind::Attachment;
            }
            prepared.items.append(std::move(out));
            continue;
        }
        if (item.type == u"transaction") { // performance data, never an issue
            out.kind = Item::Kind::Skipped;
            prepared.items.append(std::move(out));
            continue;
        }
        QString error;
        if (item.type == u"session" || item.type == u"sessions") {
            const bool valid = item.type == u"session" ? SessionJsonParser::parseUpdate(item.payload, &error).has_value()
                                                       : SessionJsonParser::parseAggregates(item.payload, &error).has_value();
            if (!valid) {
                out.kind = Item::Kind::Problem;
                out.message = QStringLiteral("item %1: %2").arg(item.index).arg(error);
            } else {
                out.kind = Item::Kind::Session;
                out.payload = item.payload;
            }
            prepared.items.append(std::move(out));
            continue;
        }
        // Most event items are complete SDK events: the simdjson path reads those several times
        // faster. Anything the envelope header would have to fill in (id, time, sdk), and anything
        // it does not take, goes the reference way.
        if (item.type == u"event") {
            SimdParseResult fast = SimdEventParser::parse(item.payload, SimdEventParser::Scope::Storing);
            if (fast.status == SimdParseResult::Status::Parsed && !fast.event->eventId.isEmpty()
                && fast.event->timestamp.isValid()
                && (item.payload.contains("\"sdk\"") || !envelope.header.value(u"sdk").isObject())) {
                if (prepared.eventId.isEmpty())
                    prepared.eventId = fast.event->eventId;
                out.kind = Item::Kind::Event;
                out.event = PreparedEvent::from(*fast.event, item.payload, compression);
                prepared.items.append(std::move(out));
                continue;
            }
        }
        const std::optional<Event> event = EnvelopeParser::decodeEvent(item, envelope, received, &error);
        if (!event) {
            out.kind = Item::Kind::Problem;
            out.message = QStringLiteral("item %1 (%2): %3").arg(item.index).arg(item.type, error);
            prepared.items.append(std::move(out));
            continue;
        }
        // What the envelope header supplied is written into the kept payload, so that it stands on
        // its own when exported and imported again.
        QByteArray payload = item.payload;
        QJsonObject object = QJsonDocument::fromJson(payload).object();
        if (!object.contains(u"event_id") || !object.contains(u"timestamp")) {
            object.insert(QStringLiteral("event_id"), event->eventId);
            object.insert(QStringLiteral("timestamp"), double(event->timestamp.toMSecsSinceEpoch()) / 1000.0);
            payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        if (prepared.eventId.isEmpty())
            prepared.eventId = event->eventId;
        out.kind = Item::Kind::Event;
        out.event = PreparedEvent::from(*event, payload, compression);
        prepared.items.append(std::move(out));
    }
    for (const Item &item : std::as_const(prepared.items)) {
        if (item.kind == Item::Kind::Problem)
            prepared.problems.append({source, 0, item.offset, item.message});
    }
    return prepared;
}

PreparedEnvelope Importer::prepareJson(const QByteArray &bytes, const QString &source)
{
    using Item = PreparedEnvelope::Item;
    PreparedEnvelope prepared;
    const Outcome outcome = prepareLine(bytes);
    Item item;
    item.offset = 0;
    switch (outcome.kind) {
    case Outcome::Kind::Event:
        item.kind = Item::Kind::Event;
        item.event = outcome.event;
        prepared.eventId = outcome.event->eventId;
        break;
    case Outcome::Kind::Session:
        item.kind = Item::Kind::Session;
        item.type = outcome.sessionKind;
        item.payload = outcome.raw;
        break;
    case Outcome::Kind::Transaction:
        item.kind = Item::Kind::Skipped;
        item.type = QStringLiteral("transaction");
        break;
    case Outcome::Kind::Blank:
        item.message = QStringLiteral("empty body");
        break;
    case Outcome::Kind::Problem:
        item.message = outcome.error;
        break;
    }
    if (item.kind == Item::Kind::Problem)
        prepared.problems.append({source, 0, 0, item.message});
    prepared.items.append(std::move(item));
    return prepared;
}

void Importer::storePrepared(qint64 projectId, const PreparedEnvelope &envelope, const QString &source, ImportReport *report)
{
    using Item = PreparedEnvelope::Item;
    report->problems.append(envelope.problems);
    for (auto it = envelope.skippedTypes.cbegin(); it != envelope.skippedTypes.cend(); ++it)
        report->skippedItems[it.key()] += it.value();
    for (const Item &item : envelope.items) {
        if (checkCancelled(report))
            return;
        switch (item.kind) {
        case Item::Kind::Problem:
            continue; // reported above, in offset order with the framing problems
        case Item::Kind::Skipped:
            ++report->skippedItems[item.type];
            continue;
        case Item::Kind::Attachment:
            if (!ensureTransaction(report, source))
                return;
            switch (m_store.insertAttachment(projectId, item.attachment)) {
            case Store::InsertResult::Inserted:
                ++report->attachments;
                break;
            case Store::InsertResult::Duplicate:
                ++report->duplicates;
                break;
            case Store::InsertResult::Failed:
                report->problems.append({source, 0, item.offset,
                    QStringLiteral("item %1 (attachment %2): cannot store: %3")
                        .arg(item.index)
                        .arg(item.attachment.filename, m_store.errorString())});
                break;
            }
            countRecord(report, source, 0);
            continue;
        case Item::Kind::Session:
            if (!ensureTransaction(report, source))
                return;
            if (m_store.insertSessionPayload(projectId, item.type, item.payload))
                ++report->sessions;
            else
                report->problems.append({source, 0, item.offset, m_store.errorString()});
            countRecord(report, source, 0);
            continue;
        case Item::Kind::Event:
            if (!ensureTransaction(report, source))
                return;
            storeEvent(projectId, *item.event, {source, 0, item.offset, {}}, report);
            countRecord(report, source, 0);
            continue;
        }
    }
}

void Importer::importEnvelope(const QString &file, const QByteArray &bytes, qint64 projectId, ImportReport *report)
{
    const QDateTime received = QFileInfo(file).lastModified().toUTC();
    storePrepared(projectId, prepareEnvelope(bytes, file, received), file, report);
}

} // namespace lookout
