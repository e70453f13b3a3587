#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

// Limits on hostile or broken input. Lookout opens files users were sent or downloaded; a bad one
// must cost an error message, never a crash, a hang or all of the machine's memory.
//
// What happens at each limit:
// - record bigger than maxRecordBytes, nesting deeper than maxJsonDepth, invalid UTF-8, a raw NUL
//   byte: the record is rejected with a message naming the byte offset.
// - a string longer than maxStringChars: kept, cut to that length, and truncationMarker appended,
//   so a 10 MB log message still shows up as an event (Sentry trims long values the same way).
// - more than maxFrames frames: the first and last maxFrames / 2 are kept (the entry point and the
//   crash site; what is lost is the middle of a deep recursion), as Relay trims stack traces.
// - more than maxBreadcrumbs breadcrumbs: the newest are kept, as the SDKs' ring buffers do.
// - an escaped "\u0000" inside a string is valid JSON and is kept: QString holds NULs safely.
// - gzip that expands more than maxExpansionRatio times (once past expansionAllowance bytes):
//   reading stops there with an error naming the line or size reached; what was read before is
//   kept. Real event exports compress 5-50 times (every event has its own id and times); a
//   decompression bomb, deflate's best case, about 1000 times.
// - a Sentry API answer bigger than maxResponseBytes is abandoned unread (a misbehaving server or
//   proxy must not fill the memory); events synced from it go through the record limits above.
namespace lookout::InputLimits {

inline constexpr qsizetype maxRecordBytes = 20 * 1024 * 1024;
// Envelopes carry attachments (screenshots, minidumps, videos): they get more room than one record.
inline constexpr qsizetype maxEnvelopeBytes = 200 * 1024 * 1024;
inline constexpr int maxJsonDepth = 64;
inline constexpr qsizetype maxFrames = 1000;
inline constexpr qsizetype maxBreadcrumbs = 1000;
inline constexpr qsizetype maxStringChars = 1024 * 1024;
inline constexpr QStringView truncationMarker = u"\u2026 [truncated by Lookout]";
inline constexpr qint64 maxExpansionRatio = 200;
inline constexpr qint64 expansionAllowance = 64 * 1024 * 1024;
inline constexpr qint64 maxResponseBytes = 256 * 1024 * 1024;

// Whether decompressed bytes out of compressed bytes in is more than a real file expands; the
// error to report when it is.
constexpr bool expandsTooMuch(qint64 compressed, qint64 decompressed)
{
    return decompressed > expansionAllowance && decompressed > maxExpansionRatio * qMax<qint64>(compressed, 1);
}
QString expansionError(qint64 compressed, qint64 decompressed);

// What scanJson found in raw JSON bytes without building anything.
struct JsonScan
{
    QString error; // empty: within the limits
    bool hasLongString = false; // some string token is longer than maxStringChars bytes
};

// Checks size, nesting depth, NUL bytes and UTF-8 validity in one pass over the bytes, before
// QJsonDocument (which allows 1024 levels and builds everything first) sees them.
JsonScan scanJson(QByteArrayView bytes);

// Parses one JSON object under all the limits above; on failure nullopt and the reason in *error.
std::optional<QJsonObject> parseObject(QByteArrayView bytes, QString *error);

// Cuts over-long strings anywhere inside the value (keys included) to maxStringChars.
QJsonValue truncateLongStrings(const QJsonValue &value);
QString truncated(const QString &text);

// Which elements of a list of `count` survive a limit of `max`: [0, headEnd) and [tailBegin, count).
struct KeptEnds
{
    qsizetype headEnd;
    qsizetype tailBegin;
};
constexpr KeptEnds keepEnds(qsizetype count, qsizetype max)
{
    if (count <= max)
        return {count, count};
    return {max / 2, count - (max - max / 2)};
}

} // namespace lookout::InputLimits
