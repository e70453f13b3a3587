#include "sync/EventFetcher.h"

#include "api/SentryClient.h"
#include "ingest/InputLimits.h"
#include "ingest/RestEventParser.h"
#include "store/PreparedEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

Q_LOGGING_CATEGORY(lcSyncEvents, "lookout.sync.events", QtInfoMsg)

EventFetcher::EventFetcher(SentryClient &client, SyncStore &store, qint64 accountId, const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_accountId(accountId)
    , m_options(options)
{ }

QString EventFetcher::key(const char *name, qint64 projectId) const
{
    return QString::fromLatin1(name) + QString::number(projectId);
}

void EventFetcher::addProjects(qint64 projectId)
{
    if (m_finished || m_allTaken || m_projectsTaken.contains(projectId))
        return;
    if (projectId == 0)
        m_allTaken = true;
    else
        m_projectsTaken.insert(projectId);
    const QList<EventWant> wants = m_store.eventWants(m_accountId, projectId);
    QList<qint64> projects;
    for (const EventWant &want : wants) {
        if (m_wanted.contains(want.issueId) || (projectId == 0 && m_projectsTaken.contains(want.projectId)))
            continue;
        m_wanted.insert(want.issueId);
        m_issueBySentry.insert(want.sentryId, want.issueId);
        ++m_wantedPerProject[want.projectId];
        QList<EventWant> &projectWants = m_wantsByProject[want.projectId];
        if (projectWants.isEmpty())
            projects.append(want.projectId);
        projectWants.append(want);
        ++m_total;
    }
    report();
    for (qint64 project : std::as_const(projects)) {
        if (m_finished) // cancelled by a receiver of progress()
            return;
        startProject(project);
    }
}

void EventFetcher::finishInput()
{
    m_inputFinished = true;
    report();
    maybeFinish();
}

void EventFetcher::startProject(qint64 projectId)
{
    if (m_store.stateInt(m_accountId, key("run.eventsListed.", projectId)) != 0) {
        listingDone(projectId);
        return;
    }
    Listing listing;
    listing.projectId = projectId;
    listing.slug = m_store.projectSlug(projectId);
    listing.cursor = m_store.state(m_accountId, key("run.eventsCursor.", projectId));
    // The lower bound is chosen once per listing: its cursor is only valid with the same query.
    const QString startKey = key("run.eventsStart.", projectId);
    listing.start = m_store.state(m_accountId, startKey, u"?"_s);
    if (listing.start == u"?"_s) {
        const qint64 since = m_store.stateInt(m_accountId, key("events.since.", projectId));
        listing.start
            = since > 0 ? QDateTime::fromMSecsSinceEpoch(since + 1, QTimeZone::UTC).toString(Qt::ISODateWithMs) : QString();
        if (!m_store.setState(m_accountId, startKey, listing.start)) {
            fail(m_store.errorString());
            return;
        }
    }
    m_listingProjects.insert(projectId);
    startListing(listing);
}

void EventFetcher::cancel()
{
    m_finished = true;
    for (const QPointer<SentryReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void EventFetcher::startListing(const Listing &listing)
{
    EventListQuery query;
    query.full = true;
    query.environments = m_options.scope.environments;
    if (!listing.start.isEmpty())
        query.range.start = QDateTime::fromString(listing.start, Qt::ISODateWithMs);
    query.pages.cursor = listing.cursor;
    query.pages.maxPages = 1; // page by page: whether to go on depends on what each page covered
    SentryReply *reply = m_client.projectEvents(listing.slug, query);
    m_replies.append(reply);
    connect(reply, &SentryReply::finished, this, [this, listing, reply] {
        m_replies.removeAll(QPointer<SentryReply>(reply));
        reply->deleteLater();
        if (!m_finished)
            handlePage(listing, reply);
    });
}

qint64 EventFetcher::issueOf(const QString &sentryGroupId)
{
    const auto known = m_issueBySentry.constFind(sentryGroupId);
    if (known != m_issueBySentry.cend())
        return known.value();
    const qint64 id = m_store.issueBySentryId(m_accountId, sentryGroupId);
    m_issueBySentry.insert(sentryGroupId, id);
    return id;
}

bool EventFetcher::storeEvent(const QJsonObject &json, qint64 issueId, qint64 projectId, qint64 *stored)
{
    return storeRestEvent(m_store, json, issueId, projectId, stored);
}

bool EventFetcher::storeRestEvent(SyncStore &store, const QJsonObject &json, qint64 issueId, qint64 projectId, qint64 *stored)
{
    const QString eventId = json.value(u"eventID"_s).toString(json.value(u"id"_s).toString());
    if (store.hasEvent(eventId))
        return true;
    QString error;
    // A synced event meets the limits an imported one does (depth, long strings, frames, crumbs).
    QByteArray raw = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const InputLimits::JsonScan scan = InputLimits::scanJson(raw);
    std::optional<Event> event;
    if (scan.error.isEmpty()) {
        const QJsonObject checked = scan.hasLongString ? InputLimits::truncateLongStrings(json).toObject() : json;
        if (scan.hasLongString)
            raw = QJsonDocument(checked).toJson(QJsonDocument::Compact);
        event = RestEventParser::parse(checked, &error);
    } else {
        error = scan.error;
    }
    if (!event) {
        qCWarning(lcSyncEvents).noquote() << "skipping event" << eventId << "that cannot be read:" << error;
        return true;
    }
    const QString group = json.value(u"groupID"_s).toString();
    switch (store.insertEvent(issueId, projectId, group, PreparedEvent::from(*event, raw))) {
    case Store::InsertResult::Inserted:
        ++*stored;
        return true;
    case Store::InsertResult::Duplicate:
        return true;
    case Store::InsertResult::Failed:
        return false;
    }
    return false;
}

bool EventFetcher::satisfy(qint64 issueId, qint64 projectId)
{
    if (!m_wanted.remove(issueId))
        return true;
    --m_wantedPerProject[projectId];
    return m_store.clearEventWant(issueId);
}

void EventFetcher::handlePage(Listing listing, SentryReply *reply)
{
    const qint64 projectId = listing.projectId;
    if (!reply->isOk()) {
        const int status = reply->error().httpStatus;
        // A project the token may not list is still reachable issue by issue.
        if (reply->error().kind == ApiError::Kind::Http && (status == 403 || status == 404)) {
            if (!m_store.setState(m_accountId, key("run.eventsListed.", projectId), qint64(1))) {
                fail(m_store.errorString());
                return;
            }
            listingDone(projectId);
            return;
        }
        m_offline = reply->error().kind == ApiError::Kind::Network || reply->error().kind == ApiError::Kind::Timeout;
        fail(tr("Reading the events of project %1: %2").arg(listing.slug, reply->error().message));
        return;
    }
    const QJsonArray items = reply->json().array();
    const QString next = reply->nextCursor();
    const int wantedBefore = m_wantedPerProject.value(projectId);
    if (!m_store.begin()) {
        fail(m_store.errorString());
        return;
    }
    qint64 stored = 0;
    int covered = 0;
    qint64 newest = m_store.stateInt(m_accountId, key("events.since.", projectId));
    bool ok = true;
    for (qsizetype i = 0; ok && i < items.size(); ++i) {
        const QJsonObject json = items[i].toObject();
        // Counted even for events left out, so the next listing starts after them too.
        const QDateTime created = QDateTime::fromString(json.value(u"dateCreated"_s).toString(), Qt::ISODateWithMs);
        if (created.isValid())
            newest = std::max(newest, created.toMSecsSinceEpoch());
        const qint64 issueId = issueOf(json.value(u"groupID"_s).toString());
        if (issueId == 0)
            continue; // an issue outside the sync's scope
        const bool wanted = m_wanted.contains(issueId);
        ok = storeEvent(json, issueId, projectId, &stored) && satisfy(issueId, projectId);
        covered += wanted ? 1 : 0;
    }
    const int remaining = m_wantedPerProject.value(projectId);
    const bool more = !next.isEmpty() && remaining > 0 && covered >= std::min(m_options.minCoveredPerPage, wantedBefore);
    ok = ok && m_store.setState(m_accountId, key("run.eventsCursor.", projectId), next)
        && m_store.setState(m_accountId, key("events.since.", projectId), newest)
        && m_store.addToState(m_accountId, u"run.events"_s, stored)
        && (more || m_store.setState(m_accountId, key("run.eventsListed.", projectId), qint64(1))) && m_store.commit();
    if (!ok) {
        m_store.rollback();
        fail(m_store.errorString());
        return;
    }
    Q_EMIT committed(stored);
    report();
    if (more) {
        listing.cursor = next;
        startListing(listing);
        return;
    }
    listingDone(projectId);
}

void EventFetcher::listingDone(qint64 projectId)
{
    m_listingProjects.remove(projectId);
    for (const EventWant &want : m_wantsByProject.value(projectId)) {
        if (m_wanted.contains(want.issueId))
            m_singles.append(want);
    }
    pumpSingles();
    maybeFinish();
}

void EventFetcher::pumpSingles()
{
    while (!m_finished && m_singlesInFlight < std::max(1, m_options.parallelEventFetches) && !m_singles.isEmpty()) {
        const EventWant want = m_singles.takeFirst();
        if (!m_wanted.contains(want.issueId))
            continue;
        ++m_singlesInFlight;
        SentryReply *reply = m_client.issueEvent(want.sentryId, SentryClient::latestEvent());
        m_replies.append(reply);
        connect(reply, &SentryReply::finished, this, [this, want, reply] {
            m_replies.removeAll(QPointer<SentryReply>(reply));
            reply->deleteLater();
            --m_singlesInFlight;
            if (!m_finished)
                handleSingle(want, reply);
        });
    }
}

void EventFetcher::handleSingle(const EventWant &want, SentryReply *reply)
{
    const bool gone = !reply->isOk() && reply->error().kind == ApiError::Kind::Http && reply->error().httpStatus == 404;
    if (!reply->isOk() && !gone) {
        m_offline = reply->error().kind == ApiError::Kind::Network || reply->error().kind == ApiError::Kind::Timeout;
        fail(tr("Reading the latest event of issue %1: %2").arg(want.sentryId, reply->error().message));
        return;
    }
    if (!m_store.begin()) {
        fail(m_store.errorString());
        return;
    }
    qint64 stored = 0;
    bool ok = true;
    if (!gone) {
        // Stored under the issue Sentry answered for: its groupID, else the issue asked about.
        const QJsonObject json = reply->json().object();
        const qint64 group = issueOf(json.value(u"groupID"_s).toString());
        ok = storeEvent(json, group != 0 ? group : want.issueId, want.projectId, &stored);
        // The project's listing is over for this run; the next one need not list this event again.
        const QDateTime created = QDateTime::fromString(json.value(u"dateCreated"_s).toString(), Qt::ISODateWithMs);
        const QString sinceKey = key("events.since.", want.projectId);
        if (ok && created.isValid() && created.toMSecsSinceEpoch() > m_store.stateInt(m_accountId, sinceKey))
            ok = m_store.setState(m_accountId, sinceKey, created.toMSecsSinceEpoch());
    }
    ok = ok && satisfy(want.issueId, want.projectId) && m_store.addToState(m_accountId, u"run.events"_s, stored)
        && m_store.commit();
    if (!ok) {
        m_store.rollback();
        fail(m_store.errorString());
        return;
    }
    Q_EMIT committed(stored);
    report();
    pumpSingles();
    maybeFinish();
}

void EventFetcher::fail(const QString &error)
{
    if (m_finished)
        return;
    cancel();
    Q_EMIT finished(false, error);
}

void EventFetcher::maybeFinish()
{
    if (m_finished || !m_inputFinished || !m_listingProjects.isEmpty() || !m_singles.isEmpty() || m_singlesInFlight > 0)
        return;
    m_finished = true;
    Q_EMIT finished(true, QString());
}

void EventFetcher::report()
{
    Q_EMIT progress(m_total - m_wanted.size(), m_total);
}

} // namespace lookout
