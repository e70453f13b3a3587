// The release-health phases of a sync: releases with their health data, the sessions series, and
// Sentry's ingestion outcomes (stats_v2). See SyncRun.cpp for the run itself.
#include "sync/SyncRun.h"

#include "api/SentryClient.h"
#include "core/Clock.h"
#include "health/HealthStore.h"
#include "store/SyncStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace lookout {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

void SyncRun::fetchReleases()
{
    const int pagesRead = int(m_store.stateInt(m_accountId, u"run.releasePages"_s));
    const QString cursor = m_store.state(m_accountId, u"run.releasesCursor"_s, u"?"_s);
    if (pagesRead >= m_options.scope.maxReleasePages || cursor.isEmpty()) { // enough, or the last page was read
        runPhase(SyncPhase::Sessions);
        return;
    }
    ReleaseListQuery query;
    query.health = true;
    query.healthStatsPeriod = m_options.scope.healthPeriod;
    QString error;
    query.projects = projectFilter(&error);
    query.environments = m_options.scope.environments;
    query.pages.cursor = cursor == u"?"_s ? QString() : cursor;
    query.pages.maxPages = m_options.scope.maxReleasePages - pagesRead;
    query.pages.collectItems = false;
    SentryReply *reply = track(m_client.releases(query));
    connect(reply, &SentryReply::pageReceived, this, [this, reply](const QJsonDocument &page, const QString &next) {
        if (!m_finished && !storeReleasePage(page, next))
            reply->abort();
    });
    connect(reply, &SentryReply::finished, this, [this, reply] {
        untrack(reply);
        if (m_finished)
            return;
        if (!reply->isOk()) {
            failReply(tr("reading releases", "the sync stopped while …"), reply->error());
            return;
        }
        runPhase(SyncPhase::Sessions);
    });
}

bool SyncRun::storeReleasePage(const QJsonDocument &page, const QString &next)
{
    const QJsonArray releases = page.array();
    const QDateTime now = m_clock.now();
    bool ok = m_store.begin();
    for (qsizetype i = 0; ok && i < releases.size(); ++i) {
        const QJsonObject release = releases[i].toObject();
        ok = m_store.putPayload(m_accountId, u"release"_s, release.value(u"version"_s).toString(),
            QJsonDocument(release).toJson(QJsonDocument::Compact), now);
    }
    ok = ok && m_store.setState(m_accountId, u"run.releasesCursor"_s, next)
        && m_store.addToState(m_accountId, u"run.releasePages"_s, 1)
        && m_store.addToState(m_accountId, u"run.releases"_s, releases.size()) && m_store.commit();
    if (!ok) {
        m_store.rollback();
        fail(tr("storing releases", "the sync stopped while …"), m_store.errorString());
        return false;
    }
    Q_EMIT committed();
    Q_EMIT progress({SyncPhase::Releases, m_store.stateInt(m_accountId, u"run.releases"_s), 0});
    return true;
}

void SyncRun::fetchSessions(const QString &interval)
{
    SessionsQuery query;
    query.fields = {u"sum(session)"_s, u"count_unique(user)"_s};
    // By environment too, so the health view's environment filter works on synced data.
    query.groupBy = {u"project"_s, u"release"_s, u"environment"_s, u"session.status"_s};
    query.interval = interval;
    query.range.statsPeriod = m_options.scope.healthPeriod;
    QString error;
    query.projects = projectFilter(&error);
    query.environments = m_options.scope.environments;
    Q_EMIT progress({SyncPhase::Sessions, 0, 1});
    SentryReply *reply = track(m_client.sessions(query));
    connect(reply, &SentryReply::finished, this, [this, reply, interval] {
        untrack(reply);
        if (m_finished)
            return;
        // Sentry caps the points of one answer; a long period at an hourly step may exceed it.
        if (!reply->isOk() && reply->error().httpStatus == 400 && interval != u"1d"_s) {
            qCInfo(lcSync).noquote() << "sessions at" << interval << "refused, asking per day:" << reply->error().detail;
            fetchSessions(u"1d"_s);
            return;
        }
        if (!reply->isOk()) {
            failReply(tr("reading sessions", "the sync stopped while …"), reply->error());
            return;
        }
        const QJsonObject json = reply->json().object();
        const bool ok = m_store.begin()
            && m_store.putPayload(m_accountId, u"sessions"_s, m_options.scope.healthPeriod,
                QJsonDocument(json).toJson(QJsonDocument::Compact), m_clock.now())
            && m_store.setState(m_accountId, u"run.sessionSeries"_s, json.value(u"groups"_s).toArray().size())
            && m_store.commit();
        if (!ok) {
            m_store.rollback();
            fail(tr("storing sessions", "the sync stopped while …"), m_store.errorString());
            return;
        }
        Q_EMIT committed();
        Q_EMIT progress({SyncPhase::Sessions, 1, 1});
        fetchOutcomes();
    });
}

void SyncRun::fetchOutcomes()
{
    // What Sentry accepted, filtered, rate-limited or dropped as invalid: beside release health,
    // it shows when events never reached the issues. Not worth failing a sync over.
    StatsQuery query;
    query.interval = u"1h"_s;
    query.range.statsPeriod = m_options.scope.healthPeriod;
    QString error;
    query.projects = projectFilter(&error);
    query.categories = {u"error"_s};
    SentryReply *reply = track(m_client.stats(query));
    connect(reply, &SentryReply::finished, this, [this, reply] {
        untrack(reply);
        if (m_finished)
            return;
        if (!reply->isOk()) {
            qCWarning(lcSync).noquote() << "ingestion outcomes not read:" << reply->error().message;
        } else if (HealthStore health(m_store.store()); !health.storeOutcomes(m_accountId, reply->json().object())) {
            qCWarning(lcSync).noquote() << "ingestion outcomes not stored:" << health.errorString();
        } else {
            Q_EMIT committed();
        }
        complete();
    });
}

} // namespace lookout
