#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace lookout {

class SentryTransport;

// The answer to one ApiRequest, delivered over however many attempts and pages it takes.
// Like QNetworkReply, the caller owns it once finished() is emitted (it is parented to the client,
// so it is freed with it at the latest): call deleteLater() when done with it.
class SentryReply : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }

    // The last response's JSON (the whole answer for a request that is not paginated; null for 204).
    const QJsonDocument &json() const { return m_json; }
    // For paginated requests with collectItems: the items of every page, in order.
    const QJsonArray &items() const { return m_items; }
    // The cursor of the page after the last one received, when the listing stopped early (maxPages,
    // or an error): a later request can resume from it. Empty once everything was read.
    const QString &nextCursor() const { return m_nextCursor; }

    int httpStatus() const { return m_httpStatus; }
    int pages() const { return m_pages; }
    // Attempts of the current page (1 when it succeeded at once); 429 waits are not attempts.
    int attempts() const { return m_attempts; }
    // Total times this reply was refused with 429 (expected to stay 0 in a paced run).
    int rateLimitedCount() const { return m_rateLimited; }

    // Stops at once, also between retries and pages; finished() follows with Kind::Cancelled.
    void abort();

Q_SIGNALS:
    // One page of a paginated listing (or the only response of any other request), as it arrives.
    // nextCursor is empty on the last page.
    void pageReceived(const QJsonDocument &page, const QString &nextCursor);
    void finished();
    // For SentryTransport, which owns the request on the wire; callers use abort().
    void abortRequested();

private:
    friend class SentryTransport;
    SentryReply(ApiRequest request, QObject *parent);

    ApiRequest m_request;
    ApiError m_error;
    QJsonDocument m_json;
    QJsonArray m_items;
    QString m_nextCursor;
    int m_httpStatus = 0;
    int m_pages = 0;
    int m_attempts = 0;
    int m_rateLimited = 0;
    bool m_finished = false;
    bool m_aborted = false;
    quint64 m_sequence = 0; // queue order among equal priorities
};

} // namespace lookout
