#include "FuzzTargets.h"
#include "ingest/EnvelopeParser.h"
#include "ingest/InputLimits.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>

namespace lookout::fuzz {

int envelope(const uint8_t *data, size_t size)
{
    // As Importer::importEnvelope does: frame, then decode every item.
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Envelope envelope = EnvelopeParser::parse(bytes);
    const QDateTime received = QDateTime::fromSecsSinceEpoch(1717243200, QTimeZone::UTC);
    for (const EnvelopeItem &item : envelope.items) {
        FUZZ_CHECK(item.payloadOffset >= 0 && item.payloadOffset <= bytes.size());
        FUZZ_CHECK(item.payload.size() <= bytes.size());
        if (item.type == u"attachment") {
            (void)EnvelopeParser::decodeAttachment(item, envelope);
            continue;
        }
        QString error;
        if (const std::optional<Event> event = EnvelopeParser::decodeEvent(item, envelope, received, &error)) {
            FUZZ_CHECK(!event->eventId.isEmpty());
            FUZZ_CHECK(event->breadcrumbs.size() <= InputLimits::maxBreadcrumbs);
        }
    }
    for (const EnvelopeProblem &problem : envelope.problems)
        FUZZ_CHECK(problem.offset >= 0 && problem.offset <= bytes.size());
    (void)EnvelopeParser::decode(envelope, received);
    return 0;
}

} // namespace lookout::fuzz
