#pragma once

#include "FakeData.h"
#include "FakeSeeder.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QTcpSocket;

namespace lookout {
class Clock;
}

namespace lookout::fake {

class SocketTrackingServer;
struct FakeResponse;

// A Sentry REST API test server on a loopback port: the endpoints Lookout uses (see FakeApi) over
// FakeData, with Sentry's Link-header cursors, bearer-token auth with scopes (401, 403), per-endpoint
// rate limits with Sentry's headers and 429s, {"detail": ...} errors, and fault knobs (latency,
// 500/502, connection resets before or after the change is applied, truncated and slow bodies,
// no answer at all, a token that expires after N requests). Time comes from a Clock, so a test can
// share a MockClock with the client and run rate-limit windows in virtual time.
class FakeSentry : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class Fault {
        ServerError, // 500 {"detail": "Internal Error"}; nothing applied
        BadGateway, // 502 with a proxy's HTML page; nothing applied
        ConnectionReset, // the connection is reset before the request is handled
        LostResponse, // handled (a change is applied), then the connection is reset
        TruncatedBody, // 200 whose body stops half-way (Content-Length promises all of it)
        SlowBody, // the body trickles in chunks (see setSlowBody)
        NoResponse, // never answered; the connection stays open until the client gives up
    };
    Q_ENUM(Fault)

    struct RequestRecord
    {
        quint64 id = 0;
        QByteArray method;
        QString path; // as requested, below the host
        QString query; // encoded
        QString operation; // the route's operationId; empty if none matched
        int status = 0; // 0 when no HTTP answer was sent (reset, truncated, no response)
        QDateTime at; // by the server's clock
        std::optional<Fault> fault;
    };

    explicit FakeSentry(QObject *parent = nullptr); // real time
    explicit FakeSentry(const Clock &clock, QObject *parent = nullptr);
    ~FakeSentry() override;

    // On 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString orgSlug() const { return m_data.orgSlug; }

    FakeData &data() { return m_data; }
    const FakeData &data() const { return m_data; }
    void seed(const SeedOptions &options);

    static QString defaultToken();
    static QStringList allScopes();
    // Replaces every token by this one.
    void setToken(const QString &token, const QStringList &scopes = allScopes());
    void addToken(const QString &token, const QStringList &scopes);
    // After `requests` more authenticated requests, every token answers 401 "Token expired"; -1 never.
    void expireTokensAfter(int requests);

    // Sentry-style fixed windows per endpoint: `limit` requests per `windowSecs`, and at most
    // `concurrentLimit` in flight. limit 0 turns limiting and its headers off. Default: 40/s, 25.
    void setRateLimit(int limit, int windowSecs = 1, int concurrentLimit = 25);

    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    void setSlowBody(int chunks, std::chrono::milliseconds delayPerChunk);
    // The next `count` requests (to `operation`, or any) get the fault.
    void injectFault(Fault fault, int count = 1, const QString &operation = {});
    // Each request gets one of faults with this probability, from a seeded generator (soak tests).
    void setRandomFaults(const QList<Fault> &faults, double probability, quint32 seed = 1);
    int pendingFaults() const;

    const QList<RequestRecord> &requests() const { return m_requests; }
    int countStatus(int status) const;
    int countOperation(const QString &operation) const;
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestHandled(const lookout::fake::FakeSentry::RequestRecord &record);

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    using Holder = std::shared_ptr<QHttpServerResponder>;
    struct Window
    {
        qint64 start = -1;
        int count = 0;
        int inFlight = 0;
    };
    struct PendingFault
    {
        Fault fault;
        int remaining;
        QString operation;
    };

    std::optional<Fault> takeFault(const QString &operation);
    void send(const Holder &holder, const QPointer<QTcpSocket> &socket, const FakeResponse &response, std::optional<Fault> fault,
        quint64 recordIndex, const QString &bucket);
    void write(const Holder &holder, const QPointer<QTcpSocket> &socket, const FakeResponse &response, std::optional<Fault> fault,
        quint64 recordIndex);
    void writeSlowly(const Holder &holder, const QPointer<QTcpSocket> &socket, const FakeResponse &response);
    void release(const Holder &holder);
    void releaseOnDisconnect(const Holder &holder, const QPointer<QTcpSocket> &socket);
    void finishRecord(quint64 recordIndex, int status);
    QByteArray httpDate() const;

    const Clock &m_clock;
    FakeData m_data;
    SocketTrackingServer *m_tcp = nullptr;
    QHash<QString, QStringList> m_tokens;
    int m_expireAfter = -1;
    int m_limit = 40;
    int m_windowSecs = 1;
    int m_concurrentLimit = 25;
    QHash<QString, Window> m_windows;
    std::chrono::milliseconds m_latency {0};
    int m_slowChunks = 8;
    std::chrono::milliseconds m_slowDelay {50};
    QList<PendingFault> m_faults;
    QList<Fault> m_randomFaults;
    double m_randomProbability = 0;
    QRandomGenerator m_random;
    // Every responder not yet done. Only this list owns them, so all are gone before the server's
    // connection handlers (which they point into) are.
    QList<Holder> m_live;
    QList<RequestRecord> m_requests;
    quint64 m_lastRequestId = 0;
};

} // namespace lookout::fake
