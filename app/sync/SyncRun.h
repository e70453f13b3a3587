#pragma once

#include "sync/SyncTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace lookout {

struct ApiError;
class Clock;
class EventFetcher;
class SentryClient;
class SentryReply;
class SyncStore;

// One sync of one account: organisations (for the region URL) -> projects -> issues -> events ->
// releases with health -> sessions. The run's phase, cursors and watermarks are written to the
// store with the data they describe, so a run killed at any point is resumed by the next start():
// organisations and projects are read again (two requests), then the stored phase goes on from its
// cursor. Issue listings upsert by Sentry's id, so a page read twice changes nothing.
//
// Issues are listed in chains: one per project while the scope has a few projects (their cursor
// chains advance side by side, bounded by the transport's concurrency), else one for the whole
// scope. A project's events are fetched as soon as its chain is done, while other chains go on.
//
// The first run lists the scope; later runs are incremental: only issues whose lastSeen is at or
// after the last run's newest lastSeen (less SyncOptions::overlapSecs), and only events newer than
// each project's event watermark.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    SyncRun(SentryClient &client, SyncStore &store, const Clock &clock, qint64 accountId, const SyncOptions &options,
        QObject *parent = nullptr);
    ~SyncRun() override;

    void start();
    // Stops at once; the stored state lets the next run resume. finished() reports Cancelled.
    void cancel();

Q_SIGNALS:
    void progress(const lookout::SyncProgress &progress);
    // Data was committed: readers (the UI) may re-read.
    void committed();
    void finished(const lookout::SyncSummary &summary);

private:
    void beginRun();
    void fetchOrganizations();
    void fetchProjects();
    void fetchMembers();
    void runPhase(SyncPhase phase);
    void listIssues();
    QStringList chooseChains();
    void listChain(const QString &chain);
    void chainDone(const QString &chain);
    bool storeIssuePage(const QJsonDocument &page, const QString &chain, const QString &next);
    void createEventFetcher();
    void fetchEvents();
    void fetchReleases();
    bool storeReleasePage(const QJsonDocument &page, const QString &next);
    void fetchSessions(const QString &interval);
    void fetchOutcomes();
    void complete();
    bool enterPhase(SyncPhase phase);
    struct PlannedListing
    {
        QString query;
        QString statsPeriod;
        QDateTime start; // incremental runs: lastSeen from here on
    };
    QList<PlannedListing> plannedListings();
    QStringList projectFilter(QString *error) const;
    SentryReply *track(SentryReply *reply);
    void untrack(SentryReply *reply);
    void fail(const QString &what, const QString &message);
    void failReply(const QString &what, const ApiError &error);
    void finish(SyncSummary::Outcome outcome, const QString &error);

    SentryClient &m_client;
    SyncStore &m_store;
    const Clock &m_clock;
    qint64 m_accountId;
    SyncOptions m_options;
    SyncPhase m_phase = SyncPhase::Idle;
    SyncPhase m_resumeAt = SyncPhase::Issues;
    QHash<QString, qint64> m_projectIds; // Sentry project id -> local project id
    QHash<QString, QString> m_projectSentryIds; // slug -> Sentry project id
    QList<QPointer<SentryReply>> m_replies;
    QList<PlannedListing> m_listings;
    QSet<QString> m_openChains;
    EventFetcher *m_events = nullptr;
    SyncSummary m_summary;
    QElapsedTimer m_elapsed;
    int m_baseRequests = 0;
    int m_baseRateLimited = 0;
    int m_baseRetries = 0;
    qint64 m_baseBytes = 0;
    bool m_finished = false;
};

} // namespace lookout
