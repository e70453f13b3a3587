#include "api/SentryTransport.h"

#include "api/LinkHeader.h"
#include "api/SentryReply.h"
#include "api/Waiter.h"
#include "core/Clock.h"
#include "ingest/InputLimits.h"

#include <QElapsedTimer>
#include <QJsonParseError>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

Q_LOGGING_CATEGORY(lcApi, "lookout.api", QtInfoMsg)

namespace {

// What a failed transfer with no usable HTTP answer means for retrying.
ApiError networkError(QNetworkReply *net, bool tlsFailed, bool abortedByUs)
{
    const QString host = net->url().host();
    const QNetworkReply::NetworkError code = net->error();
    if (abortedByUs)
        return ApiError::make(ApiError::Kind::Cancelled, SentryTransport::tr("Cancelled"));
    if (tlsFailed || code == QNetworkReply::SslHandshakeFailedError)
        return ApiError::make(ApiError::Kind::Tls,
            SentryTransport::tr("The secure connection to %1 failed (%2); the certificate is not trusted, so nothing was sent")
                .arg(host, net->errorString()));
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
        return ApiError::make(ApiError::Kind::Timeout, SentryTransport::tr("%1 did not answer in time").arg(host));
    return ApiError::make(
        ApiError::Kind::Network, SentryTransport::tr("The connection to %1 failed: %2").arg(host, net->errorString()));
}

bool isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 408;
    default:
        return false;
    }
}

} // namespace

SentryTransport::SentryTransport(QNetworkAccessManager *nam, const Clock &clock, Waiter &waiter, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_waiter(waiter)
    , m_maxResponseBytes(InputLimits::maxResponseBytes)
{ }

SentryTransport::~SentryTransport()
{
    // Replies still on the wire would call back into this object.
    for (const QPointer<QNetworkReply> &net : std::as_const(m_active)) {
        if (net) {
            net->disconnect(this);
            net->abort();
            net->deleteLater();
        }
    }
}

void SentryTransport::setMaxConcurrent(int requests)
{
    m_maxConcurrent = std::max(1, requests);
    schedulePump();
}

SentryReply *SentryTransport::send(ApiRequest request, QObject *replyParent)
{
    auto *reply = new SentryReply(std::move(request), replyParent);
    reply->m_sequence = ++m_sequence;
    connect(reply, &SentryReply::abortRequested, this, [this, reply] { cancel(reply); });
    enqueue(reply);
    return reply;
}

SentryReply *SentryTransport::refuse(ApiRequest request, ApiError error, QObject *replyParent)
{
    auto *reply = new SentryReply(std::move(request), replyParent);
    // Reported like any answer, later, so the caller can connect to finished() first.
    QTimer::singleShot(0, reply, [this, reply, error = std::move(error)] { finish(reply, error); });
    return reply;
}

QUrl SentryTransport::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    // Segments are encoded by whoever built the path; tolerant mode keeps their %XX as they are.
    url.setPath(base + request.path, QUrl::TolerantMode);
    QByteArray query;
    for (const auto &[key, value] : request.query) {
        if (!query.isEmpty())
            query += '&';
        // '+' would reach Django as a space, so everything but unreserved characters is encoded.
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::TolerantMode);
    return url;
}

void SentryTransport::enqueue(SentryReply *reply)
{
    const auto before = [reply](const QPointer<SentryReply> &other) {
        return other
            && (other->m_request.priority < reply->m_request.priority
                || (other->m_request.priority == reply->m_request.priority && other->m_sequence > reply->m_sequence));
    };
    m_queue.insert(std::find_if(m_queue.begin(), m_queue.end(), before), QPointer<SentryReply>(reply));
    schedulePump();
}

void SentryTransport::schedulePump()
{
    // Deferred, so a caller queueing many requests at once has them ordered by priority first.
    if (std::exchange(m_pumpScheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void SentryTransport::pump()
{
    const QDateTime now = m_clock.now();
    QSet<QString> refused;
    for (auto it = m_queue.begin(); it != m_queue.end() && m_inFlight < m_maxConcurrent;) {
        SentryReply *reply = it->data();
        if (!reply) {
            it = m_queue.erase(it);
            continue;
        }
        const QString &bucket = reply->m_request.bucket;
        if (refused.contains(bucket)) {
            ++it;
            continue;
        }
        const RateLimiter::Decision decision = m_limiter.tryStart(bucket, now);
        if (!decision.start) {
            refused.insert(bucket);
            if (decision.retryAt.isValid()) {
                const QDateTime scheduled = m_wakeups.value(bucket);
                if (!scheduled.isValid() || scheduled > decision.retryAt) {
                    m_wakeups.insert(bucket, decision.retryAt);
                    qCDebug(lcApi) << "rate limit: holding" << bucket << "until" << decision.retryAt;
                    Q_EMIT rateLimitWait(bucket, decision.retryAt);
                    m_waiter.waitUntil(decision.retryAt, this, [this, bucket, when = decision.retryAt] {
                        if (m_wakeups.value(bucket) == when)
                            m_wakeups.remove(bucket);
                        pump();
                    });
                }
            }
            ++it;
            continue;
        }
        it = m_queue.erase(it);
        start(reply);
    }
}

void SentryTransport::start(SentryReply *reply)
{
    const ApiRequest &request = reply->m_request;
    QNetworkRequest net(urlFor(request));
    net.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    net.setRawHeader("Accept", "application/json");
    net.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Lookout/" LOOKOUT_VERSION));
    if (!request.body.isEmpty())
        net.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // A redirect to another origin would carry the token there.
    net.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    net.setTransferTimeout(m_transferTimeout);

    ++m_inFlight;
    ++reply->m_attempts;
    ++m_stats.requestsSent;
    QNetworkReply *netReply = m_nam->sendCustomRequest(net, request.method, request.body);
    m_active.insert(reply, netReply);
    auto tlsFailed = std::make_shared<bool>(false);
    // Recorded only: the reply fails by itself unless errors are ignored, which is never done.
    connect(netReply, &QNetworkReply::sslErrors, this, [tlsFailed](const QList<QSslError> &) { *tlsFailed = true; });
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Stopped as soon as it is known to be too big: from Content-Length, or while it arrives.
    auto tooLarge = std::make_shared<bool>(false);
    connect(netReply, &QNetworkReply::downloadProgress, this,
        [netReply, tooLarge, limit = m_maxResponseBytes](qint64 received, qint64 total) {
            if (!*tooLarge && (received > limit || total > limit)) {
                *tooLarge = true;
                netReply->abort();
            }
        });
    connect(netReply, &QNetworkReply::finished, this,
        [this, guard = QPointer<SentryReply>(reply), key = reply, bucket = request.bucket, netReply, tlsFailed, timer, tooLarge] {
            m_active.remove(key);
            if (*tooLarge) {
                handleTooLarge(guard, bucket, netReply);
                return;
            }
            qCDebug(lcApi).noquote() << netReply->operation() << netReply->url().path()
                                     << netReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << timer->elapsed()
                                     << "ms";
            handleFinished(guard, bucket, netReply, *tlsFailed);
        });
}

void SentryTransport::handleTooLarge(const QPointer<SentryReply> &guard, const QString &bucket, QNetworkReply *net)
{
    net->deleteLater();
    --m_inFlight;
    m_limiter.abandoned(bucket);
    schedulePump();
    if (SentryReply *reply = guard.data(); reply && !reply->m_finished) {
        finish(reply,
            ApiError::make(ApiError::Kind::Parse,
                tr("%1 sent an answer larger than %2; it was not read")
                    .arg(net->url().host(),
                        QLocale().formattedDataSize(m_maxResponseBytes, 0, QLocale::DataSizeTraditionalFormat))));
    }
}

void SentryTransport::handleFinished(
    const QPointer<SentryReply> &guard, const QString &bucket, QNetworkReply *net, bool tlsFailed)
{
    net->deleteLater();
    --m_inFlight;
    const QDateTime now = m_clock.now();
    const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = net->isReadable() ? net->readAll() : QByteArray();
    m_stats.bytesReceived += body.size();
    SentryReply *reply = guard.data();
    if (status > 0)
        m_limiter.finished(bucket, status, RateLimitInfo::parse(net->headers(), now), now);
    else
        m_limiter.abandoned(bucket);
    schedulePump();
    if (!reply || reply->m_finished)
        return;
    if (reply->m_aborted) {
        finish(reply, ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled")));
        return;
    }
    reply->m_httpStatus = status;

    // A status with a transfer error is a body cut off mid-way: as unusable as no answer at all.
    if (status == 0 || (net->error() != QNetworkReply::NoError && status < 300)) {
        retryOrFail(reply, networkError(net, tlsFailed, false));
        return;
    }
    if (status == 429) {
        ++m_stats.rateLimited;
        if (++reply->m_rateLimited > m_retry.maxRateLimitWaits) {
            finish(reply, ApiError::fromHttp(status, body));
            return;
        }
        qCInfo(lcApi).noquote() << "rate limited on" << bucket << "- waiting for the reset";
        enqueue(reply); // the limiter holds the bucket until the reset
        return;
    }
    if (status >= 300 && status < 400) {
        // Only a redirect to another origin gets here (same-origin ones are followed): following
        // it would send the token to a site the user did not name.
        ApiError error = ApiError::fromHttp(status, body);
        const QUrl target = net->url().resolved(QUrl::fromEncoded(net->rawHeader("Location")));
        error.message = tr("%1 redirected the request to %2, another site; Lookout does not follow it, so the token is"
                           " not sent there (check the account's URL)")
                            .arg(net->url().authority(), target.authority());
        finish(reply, std::move(error));
        return;
    }
    if (status >= 300) {
        retryOrFail(reply, ApiError::fromHttp(status, body));
        return;
    }
    QJsonDocument document;
    if (!body.isEmpty()) {
        QJsonParseError parseError;
        document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            retryOrFail(reply,
                ApiError::make(ApiError::Kind::Parse,
                    tr("%1 sent an unreadable answer (%2 at byte %3)")
                        .arg(net->url().host(), parseError.errorString(), QLocale().toString(parseError.offset))));
            return;
        }
    }
    handleSuccess(reply, net, document);
}

void SentryTransport::handleSuccess(SentryReply *reply, QNetworkReply *net, const QJsonDocument &document)
{
    reply->m_json = document;
    ++reply->m_pages;
    QString next;
    if (reply->m_request.paginate) {
        if (reply->m_request.collectItems) {
            const QJsonArray items = document.array();
            for (const QJsonValue &item : items)
                reply->m_items.append(item);
        }
        next = LinkHeader::parse(net->rawHeader("Link")).nextCursor();
    }
    const QPointer<SentryReply> guard(reply);
    Q_EMIT reply->pageReceived(document, next);
    if (!guard || reply->m_finished)
        return;
    if (reply->m_aborted) {
        finish(reply, ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled")));
        return;
    }
    const bool more = !next.isEmpty() && (reply->m_request.maxPages <= 0 || reply->m_pages < reply->m_request.maxPages);
    if (more) {
        reply->m_request.setQuery(u"cursor"_s, next);
        reply->m_attempts = 0;
        enqueue(reply);
        return;
    }
    reply->m_nextCursor = next;
    finish(reply, {});
}

void SentryTransport::retryOrFail(SentryReply *reply, ApiError error)
{
    if (!reply->m_request.retryable || !isRetryable(error) || reply->m_attempts >= m_retry.maxAttempts) {
        if (reply->m_request.paginate && reply->m_pages > 0)
            reply->m_nextCursor = reply->m_request.queryValue(u"cursor"_s);
        finish(reply, std::move(error));
        return;
    }
    ++m_stats.retries;
    const std::chrono::milliseconds delay = backoff(reply->m_attempts);
    qCInfo(lcApi).noquote() << redact(error.message)
                            << QStringLiteral("- attempt %1 of %2, retrying in %3 ms")
                                   .arg(reply->m_attempts)
                                   .arg(m_retry.maxAttempts)
                                   .arg(delay.count());
    const QPointer<SentryReply> guard(reply);
    m_waiter.waitUntil(m_clock.now().addMSecs(delay.count()), this, [this, guard] {
        if (guard && !guard->m_finished)
            enqueue(guard.data());
    });
}

void SentryTransport::finish(SentryReply *reply, ApiError error)
{
    m_queue.removeAll(QPointer<SentryReply>(reply));
    error.message = redact(error.message);
    error.detail = redact(error.detail);
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        qCWarning(lcApi).noquote() << reply->m_request.method << reply->m_request.path << "failed:" << error.message;
    reply->m_error = std::move(error);
    reply->m_finished = true;
    Q_EMIT reply->finished();
}

void SentryTransport::cancel(SentryReply *reply)
{
    if (reply->m_finished)
        return;
    if (const QPointer<QNetworkReply> net = m_active.value(reply)) {
        net->abort(); // finished() follows, and handleFinished reports the cancellation
        return;
    }
    // Queued or waiting for a retry: nothing is on the wire.
    finish(reply, ApiError::make(ApiError::Kind::Cancelled, u"Cancelled"_s));
}

QString SentryTransport::redact(QString text) const
{
    if (!m_token.isEmpty())
        text.replace(m_token, u"[token]"_s);
    return text;
}

std::chrono::milliseconds SentryTransport::backoff(int attempt) const
{
    // Exponential, capped, with "equal jitter": at least half the step, so clients that failed
    // together do not come back together, and never less than the base.
    const qint64 base = m_retry.baseDelay.count();
    const qint64 step = std::min<qint64>(m_retry.maxDelay.count(), base << std::min(attempt - 1, 20));
    const qint64 half = step / 2;
    return std::chrono::milliseconds(half + qint64(QRandomGenerator::global()->bounded(quint64(half + 1))));
}

} // namespace lookout
