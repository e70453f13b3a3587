#pragma once

#include "store/SyncStore.h"
#include "sync/SyncTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace lookout {

class SentryClient;
class SentryReply;

// The events phase of a sync: brings the latest event of every issue marked as wanting one, and
// new events of known issues. Per project it reads the project's event listing with full=true
// (100 whole events a request, newest first, so the first event of a group is its latest), from
// the project's event watermark on, for as long as pages keep covering wanted issues; what the
// listing did not cover is fetched one issue at a time. Events land under the issue Sentry's
// groupID names. Every page is committed with the cursor after it and the wants it satisfied, so
// a killed run resumes without fetching an event it already stored.
//
// Projects are handed over as the sync finishes listing their issues, so one project's events
// arrive while another's issues are still being listed; finished() comes only after
// finishInput() said no more projects follow.
class EventFetcher : public QObject
{
    Q_OBJECT
public:
    EventFetcher(SentryClient &client, SyncStore &store, qint64 accountId, const SyncOptions &options, QObject *parent = nullptr);
    // The issues of projectId (0: of every project) are all listed: fetch what they want. A
    // project is taken once; asking again changes nothing.
    void addProjects(qint64 projectId);
    void finishInput();
    void cancel();
    // Emits progress() with where it stands.
    void report();
    // After finished(false, ...): because Sentry could not be reached (network, timeout).
    bool offline() const { return m_offline; }

    // Stores one REST event (a listing's full=true item or an event's detail) under issueId, as
    // every fetch of events does; *stored counts it when it was new. False only on a store error:
    // an unreadable event is skipped with a warning (one bad event must not stop a fetch).
    static bool storeRestEvent(SyncStore &store, const QJsonObject &json, qint64 issueId, qint64 projectId, qint64 *stored);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void committed(qint64 eventsStored);
    void finished(bool ok, const QString &error);

private:
    struct Listing
    {
        qint64 projectId = 0;
        QString slug;
        QString cursor;
        QString start; // the listing's lower bound, fixed for the whole listing (ISO), or empty
    };
    void startProject(qint64 projectId);
    void startListing(const Listing &listing);
    void handlePage(Listing listing, SentryReply *reply);
    void listingDone(qint64 projectId);
    void pumpSingles();
    void handleSingle(const EventWant &want, SentryReply *reply);
    // The local issue of a Sentry group (0 when the group is not synced).
    qint64 issueOf(const QString &sentryGroupId);
    bool storeEvent(const QJsonObject &json, qint64 issueId, qint64 projectId, qint64 *stored);
    bool satisfy(qint64 issueId, qint64 projectId);
    void fail(const QString &error);
    void maybeFinish();
    QString key(const char *name, qint64 projectId) const;

    SentryClient &m_client;
    SyncStore &m_store;
    qint64 m_accountId;
    SyncOptions m_options;
    QHash<QString, qint64> m_issueBySentry; // cache of the store's (account, sentry id) -> issue
    QSet<qint64> m_wanted; // issues still wanting their latest event
    QHash<qint64, int> m_wantedPerProject;
    QHash<qint64, QList<EventWant>> m_wantsByProject;
    QList<EventWant> m_singles; // queued for one-by-one fetching
    QSet<qint64> m_listingProjects; // listings in progress
    QSet<qint64> m_projectsTaken;
    bool m_allTaken = false;
    bool m_inputFinished = false;
    QList<QPointer<SentryReply>> m_replies;
    int m_singlesInFlight = 0;
    qint64 m_total = 0;
    bool m_finished = false;
    bool m_offline = false;
};

} // namespace lookout
