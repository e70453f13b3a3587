#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

namespace lookout {

class SentryClient;
class SentryReply;
class SyncStore;

// Brings more of one synced issue's events on demand, beyond the latest ones a sync keeps: the
// next page of Sentry's issue event listing (GET /organizations/{org}/issues/{id}/events/ with
// full=true, 100 whole events a page, newest first), or one event by id ("latest", "oldest" and
// "recommended" too). Events are stored the way the sync stores them (EventFetcher::storeRestEvent),
// once each whatever pages overlap.
//
// Where the listing stopped is kept per issue in the account's sync state ("events.cursor.ID"),
// so the next loadMore() goes on from there, also after a restart; reaching its end is noted with
// the issue's count at the time ("events.listedAt.ID"), and a later, higher count starts over.
//
// Requests go through the client's transport, so they share the sync's rate limits, retries and
// pacing. One account per pager: the client is set to the issue's account.
class EventPager : public QObject
{
    Q_OBJECT
public:
    // A page that stores nothing new (events the cache had) is followed by the next, up to this many.
    static constexpr int maxPagesPerLoad = 10;
    // Someone is looking at the issue: ahead of a running sync's queued requests.
    static constexpr int interactivePriority = 1;

    EventPager(SentryClient &client, SyncStore &store, qint64 accountId, QObject *parent = nullptr);
    ~EventPager() override;

    qint64 accountId() const { return m_accountId; }

    // The next page(s) of the issue's listing; moreLoaded() or failed() (requested empty) follow.
    // Ignored while the issue's listing is already loading.
    void loadMore(qint64 issueId);
    // One event of the issue by id, or "latest" / "oldest" / "recommended"; eventLoaded() or failed().
    void fetchEvent(qint64 issueId, const QString &eventId);
    bool isLoading(qint64 issueId) const;
    void cancel();

    // Whether Sentry's listing of the issue was read to its end since its count last grew.
    static bool listingComplete(SyncStore &store, qint64 accountId, qint64 issueId, qint64 timesSeen);
    static QString cursorKey(qint64 issueId);
    static QString listedAtKey(qint64 issueId);

Q_SIGNALS:
    // stored: new events in the cache; more: Sentry's listing has pages after these.
    void moreLoaded(qint64 issueId, qint64 stored, bool more);
    // requested as asked; eventId the event Sentry answered with (now in the cache).
    void eventLoaded(qint64 issueId, const QString &requested, const QString &eventId);
    // requested: empty for loadMore(). offline: Sentry could not be reached at all.
    void failed(qint64 issueId, const QString &requested, const QString &message, bool offline);
    // Sentry's rate limit holds this issue's requests back until then (the request goes on by itself).
    void rateLimited(qint64 issueId, const QDateTime &until);

private:
    struct Target
    {
        qint64 issueId = 0;
        qint64 projectId = 0;
        qint64 timesSeen = 0;
        QString sentryId;
    };
    bool resolve(qint64 issueId, const QString &requested, Target *target);
    void requestPage(const Target &target, const QString &cursor, int page, qint64 storedSoFar);
    void handlePage(const Target &target, int page, qint64 storedSoFar, SentryReply *reply);
    void handleEvent(const Target &target, const QString &requested, SentryReply *reply);
    void track(qint64 issueId, SentryReply *reply);
    void fail(qint64 issueId, const QString &requested, const QString &message, bool offline);

    SentryClient &m_client;
    SyncStore &m_store;
    qint64 m_accountId;
    QHash<qint64, QPointer<SentryReply>> m_listings; // issue -> its listing's page in flight
    QList<QPair<qint64, QPointer<SentryReply>>> m_replies; // every reply in flight, by issue
};

} // namespace lookout
