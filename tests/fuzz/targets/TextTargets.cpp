// The small text parsers: search queries, and the HTTP headers Sentry paginates and rate-limits with.
#include "FuzzTargets.h"
#include "api/LinkHeader.h"
#include "api/RateLimiter.h"
#include "search/IssueSearch.h"

#include <QDateTime>
#include <QHttpHeaders>
#include <QTimeZone>

namespace lookout::fuzz {

namespace {

const QDateTime now = QDateTime::fromMSecsSinceEpoch(1717243200000, QTimeZone::UTC);

} // namespace

int search(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SearchResult result = IssueSearch::parse(text, {now, QStringLiteral("me@example.com")});
    // Every token and error points into the text, as the search bar underlines them.
    const auto within = [&](const SearchSpan &span) { return span.start >= 0 && span.length >= 0 && span.end() <= text.size(); };
    for (const SearchToken &token : result.tokens) {
        FUZZ_CHECK(within(token.span));
        FUZZ_CHECK(within(token.keySpan));
        FUZZ_CHECK(within(token.valueSpan));
    }
    for (const SearchError &error : result.errors) {
        FUZZ_CHECK(within(error.span));
        FUZZ_CHECK(!error.message.isEmpty());
    }
    return 0;
}

int linkHeader(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const LinkHeader header = LinkHeader::parse(value);
    FUZZ_CHECK(header.links.size() <= value.count(',') + 1);
    (void)header.nextCursor();
    return 0;
}

int rateLimit(const uint8_t *data, size_t size)
{
    // The input is a header block, "Name: value" per line, as a server could send it.
    QHttpHeaders headers;
    const QByteArray block(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : block.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.append(QByteArrayView(line).left(colon).trimmed(), QByteArrayView(line).mid(colon + 1).trimmed());
    }
    const RateLimitInfo info = RateLimitInfo::parse(headers, now);
    RateLimiter limiter;
    const QString bucket = QStringLiteral("/api/0/organizations/{org}/issues/");
    const RateLimiter::Decision first = limiter.tryStart(bucket, now);
    FUZZ_CHECK(first.start);
    limiter.finished(bucket, 429, info, now);
    const RateLimiter::Decision next = limiter.tryStart(bucket, now.addSecs(1));
    FUZZ_CHECK(next.start || next.retryAt.isValid() || limiter.inFlight(bucket) > 0);
    return 0;
}

} // namespace lookout::fuzz
