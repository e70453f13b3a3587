#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/RateLimiter.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace lookout {

class Clock;
class SentryReply;
class Waiter;

// Sends ApiRequests to one Sentry account: authentication, a bounded number of requests in flight,
// rate-limit pacing, retries with jittered exponential backoff, pagination, readable errors.
// Nothing here sleeps: every delay is a Waiter call, so it runs on any thread's event loop and tests
// run it in virtual time. TLS errors are never ignored. The token is sent only in the Authorization
// header, never logged, and removed from any error text before the text leaves this class.
class SentryTransport : public QObject
{
    Q_OBJECT
public:
    struct RetryPolicy
    {
        int maxAttempts = 5; // per page, for 5xx, timeouts, connection errors, cut-off bodies
        std::chrono::milliseconds baseDelay {500};
        std::chrono::milliseconds maxDelay {30'000};
        int maxRateLimitWaits = 10; // 429s tolerated per reply (each waits for the reset)
    };

    struct Stats
    {
        int requestsSent = 0;
        int retries = 0;
        int rateLimited = 0; // 429 answers
        qint64 bytesReceived = 0;
    };

    SentryTransport(QNetworkAccessManager *nam, const Clock &clock, Waiter &waiter, QObject *parent = nullptr);
    ~SentryTransport() override;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    const QUrl &baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    void setMaxConcurrent(int requests);
    int maxConcurrent() const { return m_maxConcurrent; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // A transfer that receives nothing for this long is abandoned (and retried) as a timeout.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    // An answer bigger than this is abandoned unread and fails (not retried): a misbehaving
    // server or proxy must not fill the memory. InputLimits::maxResponseBytes unless a test says.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    // Queues the request; the reply is parented to replyParent (see SentryReply for ownership).
    SentryReply *send(ApiRequest request, QObject *replyParent);
    // A reply that fails with error without sending anything (reported on the next event-loop turn).
    SentryReply *refuse(ApiRequest request, ApiError error, QObject *replyParent);

    QUrl urlFor(const ApiRequest &request) const;
    const Stats &stats() const { return m_stats; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    // Requests of bucket are held back until `until` by the rate limits (for a status line).
    void rateLimitWait(const QString &bucket, const QDateTime &until);

private:
    void enqueue(SentryReply *reply);
    void schedulePump();
    void pump();
    void start(SentryReply *reply);
    void handleFinished(const QPointer<SentryReply> &reply, const QString &bucket, QNetworkReply *net, bool tlsFailed);
    void handleTooLarge(const QPointer<SentryReply> &reply, const QString &bucket, QNetworkReply *net);
    void handleSuccess(SentryReply *reply, QNetworkReply *net, const QJsonDocument &document);
    void retryOrFail(SentryReply *reply, ApiError error);
    void finish(SentryReply *reply, ApiError error);
    void cancel(SentryReply *reply);
    QString redact(QString text) const;
    std::chrono::milliseconds backoff(int attempt) const;

    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    Waiter &m_waiter;
    QUrl m_baseUrl;
    QString m_token;
    int m_maxConcurrent = 4;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_transferTimeout {30'000};
    qint64 m_maxResponseBytes; // set by the constructor, from InputLimits
    RateLimiter m_limiter;
    QList<QPointer<SentryReply>> m_queue;
    QHash<SentryReply *, QPointer<QNetworkReply>> m_active;
    QHash<QString, QDateTime> m_wakeups;
    int m_inFlight = 0;
    quint64 m_sequence = 0;
    bool m_pumpScheduled = false;
    Stats m_stats;
};

} // namespace lookout
