#include "store/PreparedEvent.h"

#include "domain/Event.h"
#include "grouping/Grouper.h"

#include <zstd.h>

#include <memory>

namespace lookout {

PreparedEvent PreparedEvent::from(const Event &event, const QByteArray &rawJson, Compression compression)
{
    PreparedEvent prepared;
    prepared.eventId = event.eventId;
    prepared.timestampMs = event.timestamp.toMSecsSinceEpoch();
    // Ours first; hashes Sentry computed (events exported from Sentry) keep such events together.
    const GroupingResult grouping = group(event);
    prepared.hashes = grouping.hashes();
    if (prepared.hashes.isEmpty()) // Sentry's fallback variant makes this impossible; never keep an issue without a hash
        prepared.hashes << grouping.primaryHash();
    prepared.hashes += event.hashes;
    prepared.title = event.title();
    prepared.culprit = event.effectiveCulprit();
    prepared.level = levelToString(event.level);
    prepared.platform = event.platform;
    prepared.release = event.release.isEmpty() ? QString() : event.release;
    prepared.environment = event.environment;
    prepared.userKey = event.user.key();
    prepared.payload = rawJson;
    prepared.payloadFormat = PayloadFormat::PlainJson;
    prepared.compressionDeferred = true;
    if (compression == Compression::Now)
        prepared.compressDeferred();
    prepared.text = EventText::from(event);
    return prepared;
}

void PreparedEvent::compressDeferred()
{
    if (!compressionDeferred)
        return;
    compressionDeferred = false;
    QByteArray compressed = compressPayload(payload);
    if (compressed.isNull()) // only on a zstd failure, which leaves the bytes as they came
        return;
    payload = std::move(compressed);
    payloadFormat = PayloadFormat::Zstd;
}

namespace {

struct ContextDeleter
{
    void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
};

// Level 1: zstd's fastest regular level is several times quicker than zlib's fastest and still
// shrinks event JSON about 5x; compression was a tenth of import time at zlib level 1.
constexpr int compressionLevel = 1;
// Stored payloads come from imports capped far below this; a larger declared size means damage.
constexpr unsigned long long maxPayloadBytes = 512ull * 1024 * 1024;

} // namespace

QByteArray compressPayload(QByteArrayView json)
{
    thread_local std::unique_ptr<ZSTD_CCtx, ContextDeleter> context(ZSTD_createCCtx());
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    const size_t written
        = ZSTD_compressCCtx(context.get(), out.data(), size_t(out.size()), json.data(), size_t(json.size()), compressionLevel);
    if (ZSTD_isError(written))
        return {};
    out.truncate(qsizetype(written));
    return out;
}

QByteArray decompressPayload(const QByteArray &stored, PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::PlainJson:
        return stored;
    case PayloadFormat::Zlib:
        return qUncompress(stored);
    case PayloadFormat::Zstd: {
        const unsigned long long size = ZSTD_getFrameContentSize(stored.constData(), size_t(stored.size()));
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > maxPayloadBytes)
            return {};
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        const size_t read = ZSTD_decompress(out.data(), size_t(out.size()), stored.constData(), size_t(stored.size()));
        if (ZSTD_isError(read) || read != size)
            return {};
        if (out.isNull()) // an empty payload must not read as "damaged"
            out = QByteArray("");
        return out;
    }
    }
    return {};
}

} // namespace lookout
