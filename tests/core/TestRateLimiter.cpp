// The headers Sentry paces and pages with: Link cursors, the rate-limit window, Retry-After, and the
// RateLimiter that turns them into when the next request may go.
#include "MockClock.h"
#include "api/LinkHeader.h"
#include "api/RateLimiter.h"

#include <QHttpHeaders>
#include <QLocale>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestRateLimiter : public QObject
{
    Q_OBJECT
    test::MockClock m_clock;

private Q_SLOTS:
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC)); }

    void linkHeader()
    {
        const LinkHeader header = LinkHeader::parse(
            "<https://sentry.io/api/0/organizations/acme/issues/?query=a,b&cursor=1735689600000:0:1>; rel=\"previous\"; "
            "results=\"false\"; cursor=\"1735689600000:0:1\", "
            "<https://sentry.io/api/0/organizations/acme/issues/?query=a,b&cursor=1735689600000:100:0>; rel=\"next\"; "
            "results=\"true\"; cursor=\"1735689600000:100:0\"");
        QCOMPARE(header.links.size(), 2);
        QCOMPARE(header.links[0].rel, u"previous"_s);
        QVERIFY(!header.links[0].results);
        QVERIFY(header.links[1].url.contains(u"query=a,b"_s));
        QCOMPARE(header.nextCursor(), u"1735689600000:100:0"_s);
        QVERIFY(LinkHeader::parse("<x>; rel=\"next\"; results=\"false\"; cursor=\"0:100:0\"").nextCursor().isEmpty());
        QVERIFY(LinkHeader::parse("").nextCursor().isEmpty());
    }

    void rateLimitHeadersPastAnyClock()
    {
        // Found by fuzzing: the reset moved by the server's clock skew overflowed (UB) when both
        // were absurd. Such a reset says nothing; the request still counts.
        QHttpHeaders headers;
        headers.append("Date", "Mon, 01 Jan 0001 00:00:00 GMT");
        headers.append("X-Sentry-Rate-Limit-Reset", "9223372036854775000");
        headers.append("X-Sentry-Rate-Limit-Limit", "40");
        const RateLimitInfo info = RateLimitInfo::parse(headers, m_clock.now());
        QVERIFY(!info.reset.isValid());
        QCOMPARE(info.limit, 40);
        QVERIFY(!info.hasWindow());

        // A reset or Retry-After years away is believed for an hour at most: the sync tries again.
        const QDateTime now = m_clock.now();
        QHttpHeaders far;
        far.append("X-Sentry-Rate-Limit-Limit", "40");
        far.append("X-Sentry-Rate-Limit-Remaining", "0");
        far.append("X-Sentry-Rate-Limit-Reset", QByteArray::number(now.toSecsSinceEpoch() + 10LL * 365 * 86400));
        far.append("Retry-After", "999999999");
        const RateLimitInfo capped = RateLimitInfo::parse(far, now);
        QCOMPARE(capped.reset, now.addSecs(3600));
        QCOMPARE(*capped.retryAfter, now.addSecs(3600));
        RateLimiter limiter;
        limiter.finished(u"GET /x/"_s, 429, capped, now);
        QCOMPARE(limiter.blockedUntil(u"GET /x/"_s), now.addSecs(3600));
    }

    void rateLimiterPacesAndHonoursRetryAfter()
    {
        const QDateTime now = m_clock.now();
        RateLimiter limiter;
        const QString bucket = u"GET /x/"_s;
        QVERIFY(limiter.tryStart(bucket, now).start); // unknown limits: one probe
        QVERIFY(!limiter.tryStart(bucket, now).start);
        QHttpHeaders headers;
        headers.append("X-Sentry-Rate-Limit-Limit", "3");
        headers.append("X-Sentry-Rate-Limit-Remaining", "2");
        headers.append("X-Sentry-Rate-Limit-Reset", QByteArray::number(now.toSecsSinceEpoch() + 1));
        headers.append("X-Sentry-Rate-Limit-ConcurrentLimit", "5");
        limiter.finished(bucket, 200, RateLimitInfo::parse(headers, now), now);
        QVERIFY(limiter.tryStart(bucket, now).start);
        QVERIFY(limiter.tryStart(bucket, now).start);
        const RateLimiter::Decision held = limiter.tryStart(bucket, now);
        QVERIFY(!held.start);
        QCOMPARE(held.retryAt, now.addSecs(1));
        QVERIFY(limiter.tryStart(bucket, now.addSecs(1)).start); // a new window (2 still in flight)

        // A proxy's Retry-After, later than Sentry's reset, wins; as an HTTP date it works too.
        QHttpHeaders refused = headers;
        refused.replaceOrAppend(QHttpHeaders::WellKnownHeader::RetryAfter, "30");
        limiter.finished(bucket, 429, RateLimitInfo::parse(refused, now), now);
        QCOMPARE(limiter.blockedUntil(bucket), now.addSecs(30));
        QCOMPARE(limiter.tryStart(bucket, now.addSecs(10)).retryAt, now.addSecs(30));
        refused.replaceOrAppend(QHttpHeaders::WellKnownHeader::RetryAfter,
            QLocale::c().toString(now.addSecs(90), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
        QCOMPARE(*RateLimitInfo::parse(refused, now).retryAfter, now.addSecs(90));

        // A server clock behind ours moves the reset later, never earlier.
        QHttpHeaders skewed = headers;
        skewed.append(QHttpHeaders::WellKnownHeader::Date,
            QLocale::c().toString(now.addSecs(-20), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
        QCOMPARE(RateLimitInfo::parse(skewed, now).reset, now.addSecs(21));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
