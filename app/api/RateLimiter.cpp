#include "api/RateLimiter.h"

#include <QHttpHeaders>
#include <QTimeZone>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

// HTTP dates (RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT"); Qt's RFC 2822 parser wants a numeric zone.
QDateTime httpDate(QByteArrayView value)
{
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(4) + u" +0000"_s;
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

int intHeader(const QHttpHeaders &headers, QAnyStringView name)
{
    bool ok = false;
    const int value = headers.value(name).trimmed().toInt(&ok);
    return ok ? value : -1;
}

} // namespace

RateLimitInfo RateLimitInfo::parse(const QHttpHeaders &headers, const QDateTime &now)
{
    RateLimitInfo info;
    info.limit = intHeader(headers, "X-Sentry-Rate-Limit-Limit");
    info.remaining = intHeader(headers, "X-Sentry-Rate-Limit-Remaining");
    info.concurrentLimit = intHeader(headers, "X-Sentry-Rate-Limit-ConcurrentLimit");
    info.concurrentRemaining = intHeader(headers, "X-Sentry-Rate-Limit-ConcurrentRemaining");

    // Reset is in the server's time. If our clock runs ahead of the server's we would think a window
    // over before it is and be refused, so the reset moves by that skew. The Date header has whole
    // seconds, so a skew of a second or less is only its rounding and is ignored.
    qint64 skewSecs = 0;
    const QDateTime serverNow = httpDate(headers.value("Date"));
    if (serverNow.isValid()) {
        const qint64 skew = serverNow.secsTo(now);
        if (skew > 1)
            skewSecs = skew;
    }
    bool ok = false;
    const qint64 reset = headers.value("X-Sentry-Rate-Limit-Reset").trimmed().toLongLong(&ok);
    qint64 shifted = 0;
    // A reset (or a server date) no clock can reach would overflow: such a header says nothing.
    if (ok && reset > 0 && !qAddOverflow(reset, skewSecs, &shifted))
        info.reset = QDateTime::fromSecsSinceEpoch(shifted, QTimeZone::UTC);

    const QByteArray retryAfter = headers.value("Retry-After").trimmed().toByteArray();
    if (!retryAfter.isEmpty()) {
        const qint64 secs = retryAfter.toLongLong(&ok);
        if (ok && secs >= 0) {
            info.retryAfter = now.addSecs(secs);
        } else {
            const QDateTime when = httpDate(retryAfter);
            if (when.isValid())
                info.retryAfter = when.addSecs(skewSecs);
        }
    }
    // A server (or a proxy) that says to come back in a year is wrong or hostile, and obeying it
    // would stop the sync for good: no wait is longer than an hour, after which the next answer says
    // again how long to wait.
    const QDateTime latest = now.addSecs(maxWaitSecs);
    if (info.reset.isValid() && info.reset > latest)
        info.reset = latest;
    if (info.retryAfter && *info.retryAfter > latest)
        info.retryAfter = latest;
    return info;
}

RateLimiter::Decision RateLimiter::tryStart(const QString &bucket, const QDateTime &now)
{
    Bucket &b = m_buckets[bucket];
    if (b.blockedUntil.isValid()) {
        if (now < b.blockedUntil)
            return {false, b.blockedUntil};
        b.blockedUntil = {};
    }
    if (!b.known) {
        // Nothing known yet: one request finds out the limits; the rest wait for its answer.
        if (b.inFlight > 0)
            return {false, {}};
        ++b.inFlight;
        return {true, {}};
    }
    if (b.concurrentLimit > 0 && b.inFlight >= b.concurrentLimit)
        return {false, {}};
    if (!b.limited) {
        ++b.inFlight;
        return {true, {}};
    }
    if (b.windowReset.isValid() && now >= b.windowReset) {
        // A new window. Requests still in flight may yet be counted in it, so they are held back.
        b.remaining = b.limit - b.inFlight;
        b.windowReset = {};
    }
    if (b.remaining <= 0) {
        if (b.windowReset.isValid())
            return {false, b.windowReset};
        if (b.inFlight > 0)
            return {false, {}};
        // Used up with nothing in flight and no reset known: probe once rather than stall forever.
    }
    --b.remaining;
    ++b.inFlight;
    return {true, {}};
}

void RateLimiter::finished(const QString &bucket, int httpStatus, const RateLimitInfo &info, const QDateTime &now)
{
    Bucket &b = m_buckets[bucket];
    b.inFlight = std::max(0, b.inFlight - 1);
    if (info.concurrentLimit > 0)
        b.concurrentLimit = info.concurrentLimit;
    if (!info.hasWindow() && httpStatus != 429 && !b.known)
        b.known = true; // no limits announced: nothing to pace
    if (info.hasWindow()) {
        b.limit = info.limit;
        const bool wasKnown = std::exchange(b.known, true) && b.limited;
        b.limited = true;
        if (info.reset <= now) {
            // An answer from a window that is already over says nothing about the current one.
            if (!wasKnown) {
                b.remaining = b.limit - b.inFlight;
                b.windowReset = {};
            }
        } else if (!wasKnown) {
            b.remaining = info.remaining - b.inFlight;
            b.windowReset = info.reset;
        } else if (!b.windowReset.isValid() || info.reset == b.windowReset) {
            // The window we counted in (or rolled into): our own count is exact for our requests, and
            // the server's can only be lower (other clients on the same token), so the lower one holds.
            b.remaining = std::min(b.remaining, info.remaining);
            b.windowReset = info.reset;
        } else if (info.reset > b.windowReset) {
            // The server moved on before our clock did: we cannot tell which of our requests in
            // flight it has counted yet, so assume none.
            b.remaining = info.remaining - b.inFlight;
            b.windowReset = info.reset;
        }
    }
    if (httpStatus == 429) {
        QDateTime until = info.reset.isValid() && info.reset > now ? info.reset : QDateTime();
        if (info.retryAfter && (!until.isValid() || *info.retryAfter > until))
            until = *info.retryAfter;
        // A 429 with no usable time (a proxy's, or a concurrency refusal) still backs off a moment.
        if (!until.isValid() || until <= now)
            until = now.addSecs(1);
        b.blockedUntil = until;
        if (b.limited) {
            b.remaining = 0;
            b.windowReset = until;
        }
    }
}

void RateLimiter::abandoned(const QString &bucket)
{
    Bucket &b = m_buckets[bucket];
    b.inFlight = std::max(0, b.inFlight - 1);
}

} // namespace lookout
