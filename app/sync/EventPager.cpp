#include "sync/EventPager.h"

#include "api/SentryClient.h"
#include "store/SyncStore.h"
#include "sync/EventFetcher.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lookout {

EventPager::EventPager(SentryClient &client, SyncStore &store, qint64 accountId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_accountId(accountId)
{
    connect(&m_client.transport(), &SentryTransport::rateLimitWait, this, [this](const QString &bucket, const QDateTime &until) {
        QList<qint64> held;
        for (const auto &[issueId, reply] : std::as_const(m_replies)) {
            if (reply && reply->request().bucket == bucket && !held.contains(issueId))
                held.append(issueId);
        }
        for (qint64 issueId : std::as_const(held))
            Q_EMIT rateLimited(issueId, until);
    });
}

EventPager::~EventPager()
{
    cancel();
}

QString EventPager::cursorKey(qint64 issueId)
{
    return u"events.cursor."_s + QString::number(issueId);
}

QString EventPager::listedAtKey(qint64 issueId)
{
    return u"events.listedAt."_s + QString::number(issueId);
}

bool EventPager::listingComplete(SyncStore &store, qint64 accountId, qint64 issueId, qint64 timesSeen)
{
    const qint64 listedAt = store.stateInt(accountId, listedAtKey(issueId), -1);
    return listedAt >= 0 && listedAt >= timesSeen;
}

bool EventPager::isLoading(qint64 issueId) const
{
    return !m_listings.value(issueId).isNull();
}

void EventPager::cancel()
{
    const auto replies = m_replies;
    m_replies.clear();
    m_listings.clear();
    for (const auto &[issueId, reply] : replies) {
        if (reply)
            reply->abort();
    }
}

void EventPager::fail(qint64 issueId, const QString &requested, const QString &message, bool offline)
{
    Q_EMIT failed(issueId, requested, message, offline);
}

bool EventPager::resolve(qint64 issueId, const QString &requested, Target *target)
{
    const std::optional<SyncStore::IssueIdentity> identity = m_store.issueIdentity(issueId);
    if (!identity) {
        fail(issueId, requested, tr("The issue is no longer in the cache."), false);
        return false;
    }
    if (identity->accountId == 0) {
        fail(issueId, requested, tr("The issue was imported, not synced: Sentry has nothing more of it."), false);
        return false;
    }
    if (identity->accountId != m_accountId) {
        fail(issueId, requested, tr("The issue belongs to another Sentry account."), false);
        return false;
    }
    const std::optional<IssueSummary> issue = m_store.store().issue(issueId);
    if (!issue) {
        fail(issueId, requested, tr("The issue is no longer in the cache."), false);
        return false;
    }
    target->issueId = issueId;
    target->projectId = issue->projectId;
    target->timesSeen = issue->timesSeen;
    target->sentryId = identity->sentryId;
    return true;
}

void EventPager::track(qint64 issueId, SentryReply *reply)
{
    m_replies.append({issueId, QPointer<SentryReply>(reply)});
}

void EventPager::loadMore(qint64 issueId)
{
    if (isLoading(issueId))
        return;
    Target target;
    if (!resolve(issueId, QString(), &target))
        return;
    // A listing read to its end starts over once Sentry counts more events than it did then.
    QString cursor = m_store.state(m_accountId, cursorKey(issueId));
    if (m_store.stateInt(m_accountId, listedAtKey(issueId), -1) >= 0
        && !listingComplete(m_store, m_accountId, issueId, target.timesSeen))
        cursor.clear();
    requestPage(target, cursor, 1, 0);
}

void EventPager::requestPage(const Target &target, const QString &cursor, int page, qint64 storedSoFar)
{
    EventListQuery query;
    query.full = true;
    query.pages.cursor = cursor;
    query.pages.maxPages = 1;
    query.priority = interactivePriority;
    SentryReply *reply = m_client.issueEvents(target.sentryId, query);
    m_listings.insert(target.issueId, reply);
    track(target.issueId, reply);
    connect(reply, &SentryReply::finished, this, [this, target, page, storedSoFar, reply] {
        reply->deleteLater();
        m_replies.removeIf([reply](const auto &entry) { return entry.second == reply; });
        if (m_listings.value(target.issueId) != reply)
            return; // cancelled
        m_listings.remove(target.issueId);
        handlePage(target, page, storedSoFar, reply);
    });
}

void EventPager::handlePage(const Target &target, int page, qint64 storedSoFar, SentryReply *reply)
{
    if (!reply->isOk()) {
        const ApiError &error = reply->error();
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        // A kept cursor Sentry no longer takes (a new version, another shard): start over from the
        // newest page, once; events the cache has are skipped there.
        const QString cursor = reply->request().queryValue(u"cursor"_s);
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 400 && !cursor.isEmpty()) {
            if (!m_store.setState(m_accountId, cursorKey(target.issueId), QString())) {
                fail(target.issueId, QString(), m_store.errorString(), false);
                return;
            }
            requestPage(target, QString(), page, storedSoFar);
            return;
        }
        const bool offline = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        fail(target.issueId, QString(), error.message, offline);
        return;
    }
    const QJsonArray items = reply->json().array();
    const QString next = reply->nextCursor();
    if (!m_store.begin()) {
        fail(target.issueId, QString(), m_store.errorString(), false);
        return;
    }
    qint64 stored = 0;
    bool ok = true;
    for (qsizetype i = 0; ok && i < items.size(); ++i)
        ok = EventFetcher::storeRestEvent(m_store, items[i].toObject(), target.issueId, target.projectId, &stored);
    ok = ok && m_store.setState(m_accountId, cursorKey(target.issueId), next);
    if (ok && next.isEmpty())
        ok = m_store.setState(m_accountId, listedAtKey(target.issueId), target.timesSeen);
    if (!ok || !m_store.commit()) {
        const QString error = m_store.errorString();
        m_store.rollback();
        fail(target.issueId, QString(), error, false);
        return;
    }
    // Pages of events the cache already had say nothing to the user: go on to one that does.
    if (stored == 0 && !next.isEmpty() && page < maxPagesPerLoad) {
        requestPage(target, next, page + 1, storedSoFar);
        return;
    }
    Q_EMIT moreLoaded(target.issueId, storedSoFar + stored, !next.isEmpty());
}

void EventPager::fetchEvent(qint64 issueId, const QString &eventId)
{
    Target target;
    if (!resolve(issueId, eventId, &target))
        return;
    SentryReply *reply = m_client.issueEvent(target.sentryId, eventId, interactivePriority);
    track(issueId, reply);
    connect(reply, &SentryReply::finished, this, [this, target, eventId, reply] {
        reply->deleteLater();
        const qsizetype tracked = m_replies.removeIf([reply](const auto &entry) { return entry.second == reply; });
        if (tracked == 0)
            return; // cancelled
        handleEvent(target, eventId, reply);
    });
}

void EventPager::handleEvent(const Target &target, const QString &requested, SentryReply *reply)
{
    if (!reply->isOk()) {
        const ApiError &error = reply->error();
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
            fail(target.issueId, requested, tr("Sentry no longer has this event (it may be past its retention)."), false);
            return;
        }
        const bool offline = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        fail(target.issueId, requested, error.message, offline);
        return;
    }
    const QJsonObject json = reply->json().object();
    const QString eventId = json.value(u"eventID"_s).toString(json.value(u"id"_s).toString());
    if (eventId.isEmpty()) {
        fail(target.issueId, requested, tr("Sentry's answer has no event id."), false);
        return;
    }
    // Under the issue Sentry's groupID names (the issue may have been merged), else the one asked about.
    const qint64 group = m_store.issueBySentryId(m_accountId, json.value(u"groupID"_s).toString());
    const qint64 issueId = group != 0 ? group : target.issueId;
    qint64 stored = 0;
    if (!m_store.begin()) {
        fail(target.issueId, requested, m_store.errorString(), false);
        return;
    }
    if (!EventFetcher::storeRestEvent(m_store, json, issueId, target.projectId, &stored) || !m_store.commit()) {
        const QString error = m_store.errorString();
        m_store.rollback();
        fail(target.issueId, requested, error, false);
        return;
    }
    if (!m_store.hasEvent(eventId)) {
        fail(target.issueId, requested, tr("Sentry's event %1 could not be read.").arg(eventId), false);
        return;
    }
    Q_EMIT eventLoaded(target.issueId, requested, eventId.toLower().remove(u'-'));
}

} // namespace lookout
