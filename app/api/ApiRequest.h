#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace lookout {

// One call to Sentry's REST API, as SentryClient builds it and SentryTransport sends it.
struct ApiRequest
{
    QByteArray method = "GET";
    // Below the account's base URL, e.g. "/api/0/organizations/acme/issues/"; segments already encoded.
    QString path;
    // Repeated keys are allowed (project=1&project=2), so a list rather than a map. Not yet encoded.
    QList<std::pair<QString, QString>> query;
    QByteArray body; // JSON, for PUT
    // The rate-limit bucket: Sentry limits each endpoint separately, so its path template.
    QString bucket;

    // Follow the Link header's "next" cursor until results="false" (or maxPages pages).
    bool paginate = false;
    int maxPages = 0; // 0: no limit
    // Keep the items of all pages in SentryReply::items() (off for very long listings that the
    // caller consumes page by page through pageReceived).
    bool collectItems = true;

    // Higher starts first when requests queue (e.g. a user's triage action before background sync).
    int priority = 0;
    // Whether a failed attempt may be sent again. Off for changes that are not idempotent (merges).
    bool retryable = true;

    void addQuery(const QString &key, const QString &value) { query.append({key, value}); }
    void setQuery(const QString &key, const QString &value);
    QString queryValue(const QString &key) const;
};

} // namespace lookout
