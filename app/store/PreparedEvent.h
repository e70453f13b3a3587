#pragma once

#include "store/EventText.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lookout {

struct Event;

enum class PayloadFormat : int { PlainJson = 0, Zlib = 1, Zstd = 2 };

// Everything the store writes for one event, computed without the database: grouping, title,
// search text and the compressed payload. Preparing is the costly part of storing an event and
// is thread-safe, so importers prepare on worker threads while one thread writes.
struct PreparedEvent
{
    QString eventId;
    qint64 timestampMs = 0;
    QStringList hashes; // ours first, then any Sentry sent; never empty
    QString title;
    QString culprit;
    QString level;
    QString platform;
    QString release; // null when the event names none
    QString environment;
    QString userKey;
    QByteArray payload; // compressed as payloadFormat says
    PayloadFormat payloadFormat = PayloadFormat::Zstd;
    EventText text;
    // From from(..., Compression::Deferred): payload is still the JSON as it came (PlainJson, which
    // the store can keep as it is) until compressDeferred() is called, on another thread.
    bool compressionDeferred = false;

    enum class Compression {
        Now,
        // The local ingest prepares on its network thread and stores on its writer thread: the
        // writer compresses, which spreads the work of an envelope over both.
        Deferred,
    };
    static PreparedEvent from(const Event &event, const QByteArray &rawJson, Compression compression = Compression::Now);
    // Compresses a deferred payload (nothing otherwise).
    void compressDeferred();
};

// The kept payload, compressed for the cache, and back. decompressPayload returns a null
// QByteArray when the stored bytes are damaged.
QByteArray compressPayload(QByteArrayView json);
QByteArray decompressPayload(const QByteArray &stored, PayloadFormat format);

} // namespace lookout
