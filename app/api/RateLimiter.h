#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

class QHttpHeaders;

namespace lookout {

// What one response said about the rate limits of its endpoint. Sentry sends, on every response:
//   X-Sentry-Rate-Limit-Limit / -Remaining: requests allowed / left in the current fixed window,
//   X-Sentry-Rate-Limit-Reset: when that window ends (Unix seconds, server time),
//   X-Sentry-Rate-Limit-ConcurrentLimit / -ConcurrentRemaining: requests allowed in flight at once.
// Sentry sends no Retry-After; a proxy in front of it may.
struct RateLimitInfo
{
    int limit = -1;
    int remaining = -1;
    int concurrentLimit = -1;
    int concurrentRemaining = -1;
    QDateTime reset; // already moved onto our clock (see serverSkewSecs)
    std::optional<QDateTime> retryAfter;

    bool hasWindow() const { return limit >= 0 && remaining >= 0 && reset.isValid(); }
    static constexpr qint64 maxWaitSecs = 3600; // the longest reset or Retry-After believed
    static RateLimitInfo parse(const QHttpHeaders &headers, const QDateTime &now);
};

// Paces requests per rate-limit bucket (Sentry limits each endpoint separately, so a bucket is an
// endpoint's path template) so that a normal run never sees a 429:
// - until a bucket's limits are known, one request probes them alone (a server that sends no
//   limits, as self-hosted Sentry may not, is then bounded only by the concurrency);
// - within a window, no more requests start than the server said remain (counting our own in flight);
// - when the window is used up, the next request waits for its reset;
// - after a 429 the bucket waits until the reset (or Retry-After, whichever is later).
// It never sleeps: it says when to try again, and the caller waits (see Waiter).
class RateLimiter
{
public:
    struct Decision
    {
        bool start = false;
        // When start is false: when to ask again; invalid means "when one of this bucket's requests ends".
        QDateTime retryAt;
    };

    // Asks to start a request on bucket; when allowed, it is counted as started.
    Decision tryStart(const QString &bucket, const QDateTime &now);
    // A request ended with a response carrying info (status 429 blocks the bucket until the reset).
    void finished(const QString &bucket, int httpStatus, const RateLimitInfo &info, const QDateTime &now);
    // A request ended without a response (network error, cancelled): only its slot is returned.
    void abandoned(const QString &bucket);

    int inFlight(const QString &bucket) const { return m_buckets.value(bucket).inFlight; }
    // Until when the bucket is blocked by a 429, if it is.
    QDateTime blockedUntil(const QString &bucket) const { return m_buckets.value(bucket).blockedUntil; }

private:
    struct Bucket
    {
        bool known = false;
        bool limited = false; // false once an answer came without limits (self-hosted, GlitchTip)
        int limit = 0;
        int remaining = 0;
        int concurrentLimit = 0;
        int inFlight = 0;
        QDateTime windowReset; // invalid after we rolled into a window whose reset we have not seen
        QDateTime blockedUntil;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace lookout
