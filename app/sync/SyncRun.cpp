#include "sync/SyncRun.h"

#include "api/SentryClient.h"
#include "core/Clock.h"
#include "health/HealthStore.h"
#include "store/SyncStore.h"
#include "sync/EventFetcher.h"
#include "sync/SentryIssueParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

Q_LOGGING_CATEGORY(lcSync, "lookout.sync", QtInfoMsg)

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

SyncRun::SyncRun(
    SentryClient &client, SyncStore &store, const Clock &clock, qint64 accountId, const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
    , m_accountId(accountId)
    , m_options(options)
{ }

SyncRun::~SyncRun()
{
    m_finished = true;
    for (const QPointer<SentryReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void SyncRun::start()
{
    m_elapsed.start();
    const SentryTransport::Stats &stats = m_client.transport().stats();
    m_baseRequests = stats.requestsSent;
    m_baseRateLimited = stats.rateLimited;
    m_baseRetries = stats.retries;
    m_baseBytes = stats.bytesReceived;
    beginRun();
}

void SyncRun::cancel()
{
    finish(SyncSummary::Outcome::Cancelled, tr("The sync was cancelled; the next one resumes where it stopped."));
}

void SyncRun::beginRun()
{
    const QString stored = m_store.state(m_accountId, u"run.phase"_s);
    m_summary.resumed = !stored.isEmpty();
    if (m_summary.resumed) {
        m_resumeAt = std::max(SyncPhase::Issues, syncPhaseFromName(stored));
    } else {
        // A new run: what the last one found stays readable until now, then starts afresh.
        const qint64 watermark = m_store.stateInt(m_accountId, u"watermark.lastSeen"_s);
        const bool incremental = !m_options.full && watermark > 0;
        const bool ok = m_store.begin() && m_store.clearState(m_accountId, u"run."_s) && m_store.clearRunIssues(m_accountId)
            && m_store.setState(m_accountId, u"run.phase"_s, syncPhaseName(SyncPhase::Issues))
            && m_store.setState(m_accountId, u"run.mode"_s, incremental ? u"incremental"_s : u"full"_s)
            && m_store.setState(
                m_accountId, u"run.since"_s, incremental ? iso(watermark - qint64(m_options.overlapSecs) * 1000) : QString())
            && m_store.setState(m_accountId, u"run.startedAt"_s, m_clock.now().toMSecsSinceEpoch()) && m_store.commit();
        if (!ok) {
            m_store.rollback();
            fail(tr("starting the sync", "the sync stopped while …"), m_store.errorString());
            return;
        }
        m_resumeAt = SyncPhase::Issues;
    }
    m_summary.incremental = m_store.state(m_accountId, u"run.mode"_s) == u"incremental"_s;
    qCInfo(lcSync).noquote() << (m_summary.resumed ? "resuming" : "starting")
                             << (m_summary.incremental ? "an incremental" : "a full") << "sync at" << syncPhaseName(m_resumeAt);
    fetchOrganizations();
}

SentryReply *SyncRun::track(SentryReply *reply)
{
    m_replies.append(reply);
    return reply;
}

void SyncRun::untrack(SentryReply *reply)
{
    m_replies.removeAll(QPointer<SentryReply>(reply));
    reply->deleteLater();
}

bool SyncRun::enterPhase(SyncPhase phase)
{
    m_phase = phase;
    Q_EMIT progress({phase, 0, 0});
    if (m_finished) // cancelled by a receiver of progress()
        return false;
    if (phase < SyncPhase::Issues || phase == SyncPhase::Done)
        return true;
    if (m_store.setState(m_accountId, u"run.phase"_s, syncPhaseName(phase)))
        return true;
    fail(tr("recording the sync's progress", "the sync stopped while …"), m_store.errorString());
    return false;
}

void SyncRun::fetchOrganizations()
{
    if (!enterPhase(SyncPhase::Organizations))
        return;
    SentryReply *reply = track(m_client.organizations());
    connect(reply, &SentryReply::finished, this, [this, reply] {
        untrack(reply);
        if (m_finished)
            return;
        if (!reply->isOk()) {
            // Organisation tokens may not list organisations; the configured URL then has to do.
            const int status = reply->error().httpStatus;
            if (reply->error().kind != ApiError::Kind::Http || (status != 403 && status != 404)) {
                failReply(tr("reading organisations", "the sync stopped while …"), reply->error());
                return;
            }
        }
        const AccountConfig &account = m_client.account();
        QStringList seen;
        bool found = !reply->isOk();
        for (const QJsonValue &value : reply->items()) {
            const QJsonObject org = value.toObject();
            seen << org.value(u"slug"_s).toString();
            if (org.value(u"slug"_s).toString() != account.org && org.value(u"id"_s).toString() != account.org)
                continue;
            found = true;
            // sentry.io keeps each organisation's data in a region (us, de) with its own API host.
            QString error;
            QUrl region = AccountConfig::parseUrl(org.value(u"links"_s).toObject().value(u"regionUrl"_s).toString(), &error);
            QUrl configured;
            for (const SyncStore::Account &known : m_store.accounts()) {
                if (known.id == m_accountId)
                    configured = QUrl(known.url);
            }
            if (region.isValid() && !AccountConfig::isTrustedRegion(configured, region)) {
                // The token goes only where the user pointed Lookout; the configured URL has to do.
                qCWarning(lcSync).noquote() << u"ignoring the region %1 of organisation %2: not on %3"_s.arg(
                    region.host(), account.org, configured.host());
                region = configured;
            }
            if (region.isValid() && region != account.url) {
                AccountConfig regional = account;
                regional.url = region;
                m_client.setAccount(regional);
                qCInfo(lcSync).noquote() << "organisation" << account.org << "lives at" << region.toDisplayString();
            }
            if (region.isValid() && !m_store.setRegionUrl(m_accountId, region.toString())) {
                fail(tr("recording the region", "the sync stopped while …"), m_store.errorString());
                return;
            }
        }
        if (!found) {
            fail(tr("reading organisations", "the sync stopped while …"),
                tr("the token has no access to organisation '%1' (it sees: %2)")
                    .arg(account.org, seen.isEmpty() ? tr("none", "no organisations") : seen.join(u", "_s)));
            return;
        }
        fetchProjects();
    });
}

void SyncRun::fetchProjects()
{
    if (!enterPhase(SyncPhase::Projects))
        return;
    SentryReply *reply = track(m_client.projects());
    connect(reply, &SentryReply::finished, this, [this, reply] {
        untrack(reply);
        if (m_finished)
            return;
        if (!reply->isOk()) {
            failReply(tr("reading projects", "the sync stopped while …"), reply->error());
            return;
        }
        bool ok = m_store.begin();
        for (qsizetype i = 0; ok && i < reply->items().size(); ++i) {
            const QJsonObject project = reply->items().at(i).toObject();
            const QString sentryId = project.value(u"id"_s).toString();
            const QString slug = project.value(u"slug"_s).toString();
            const qint64 id = m_store.ensureProject(
                m_accountId, sentryId, slug, project.value(u"name"_s).toString(), project.value(u"platform"_s).toString());
            ok = id != 0;
            m_projectIds.insert(sentryId, id);
            m_projectSentryIds.insert(slug, sentryId);
        }
        if (!ok || !m_store.commit()) {
            m_store.rollback();
            fail(tr("storing projects", "the sync stopped while …"), m_store.errorString());
            return;
        }
        QString error;
        projectFilter(&error);
        if (!error.isEmpty()) {
            fail(tr("reading projects", "the sync stopped while …"), error);
            return;
        }
        Q_EMIT committed();
        fetchMembers();
    });
}

// Who "me" is (assigned:me, the assign list's first entry) and the people issues can be assigned
// to: read when the account's user is unknown, and again once a day. An organisation token has no
// user and may not list members; that leaves "me" unknown and the sync goes on.
void SyncRun::fetchMembers()
{
    static constexpr qint64 day = 24 * 3600 * 1000;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!m_store.accountUser(m_accountId).isEmpty() && now - m_store.stateInt(m_accountId, u"members.at"_s) < day) {
        runPhase(m_resumeAt);
        return;
    }
    SentryReply *me = track(m_client.member(u"me"_s));
    connect(me, &SentryReply::finished, this, [this, me, now] {
        untrack(me);
        if (m_finished)
            return;
        const QString email = me->isOk() ? me->json().object().value(u"email"_s).toString() : QString();
        if (!me->isOk())
            qCInfo(lcSync).noquote() << "the token's user is not known:" << me->error().message;
        SentryReply *list = track(m_client.members({{}, 5}));
        connect(list, &SentryReply::finished, this, [this, list, email, now] {
            untrack(list);
            if (m_finished)
                return;
            QList<SyncStore::Member> members;
            for (const QJsonValue &value : list->items()) {
                const QJsonObject member = value.toObject();
                if (!member.value(u"pending"_s).toBool() && !member.value(u"email"_s).toString().isEmpty())
                    members.append({member.value(u"email"_s).toString(), member.value(u"name"_s).toString()});
            }
            bool ok = m_store.begin();
            if (!email.isEmpty())
                ok = ok && m_store.setAccountUser(m_accountId, email);
            if (list->isOk())
                ok = ok && m_store.setMembers(m_accountId, members);
            ok = ok && m_store.setState(m_accountId, u"members.at"_s, now) && m_store.commit();
            if (!ok) {
                m_store.rollback();
                fail(tr("storing the organisation's members", "the sync stopped while …"), m_store.errorString());
                return;
            }
            runPhase(m_resumeAt);
        });
    });
}

QStringList SyncRun::projectFilter(QString *error) const
{
    QStringList ids;
    for (const QString &slug : m_options.scope.projects) {
        const QString id = m_projectSentryIds.value(slug);
        if (id.isEmpty())
            *error = tr("there is no project '%1' in organisation %2").arg(slug, m_client.account().org);
        ids << id;
    }
    return ids;
}

void SyncRun::runPhase(SyncPhase phase)
{
    if (m_finished)
        return;
    const SyncScope &scope = m_options.scope;
    switch (phase) {
    case SyncPhase::Issues:
        if (enterPhase(phase))
            listIssues();
        return;
    case SyncPhase::Events:
        if (!scope.events)
            return runPhase(SyncPhase::Releases);
        if (enterPhase(phase))
            fetchEvents();
        return;
    case SyncPhase::Releases:
        if (!scope.releases)
            return runPhase(SyncPhase::Sessions);
        if (enterPhase(phase))
            fetchReleases();
        return;
    case SyncPhase::Sessions:
        if (!scope.sessions)
            return complete();
        if (enterPhase(phase))
            fetchSessions(scope.sessionsInterval);
        return;
    default:
        complete();
        return;
    }
}

QList<SyncRun::PlannedListing> SyncRun::plannedListings()
{
    const QList<IssueListing> &scope = m_options.scope.listings;
    QList<PlannedListing> listings;
    if (m_store.state(m_accountId, u"run.mode"_s) != u"incremental"_s) {
        for (const IssueListing &listing : scope)
            listings.append({listing.query, listing.statsPeriod, {}});
        return listings;
    }
    // Since the watermark, every listing becomes a lastSeen range; one without a query covers them all.
    const QDateTime since = QDateTime::fromString(m_store.state(m_accountId, u"run.since"_s), Qt::ISODateWithMs);
    for (const IssueListing &listing : scope) {
        if (listing.query.isEmpty())
            return {{QString(), QString(), since}};
        listings.append({listing.query, QString(), since});
    }
    return listings;
}

namespace {

const QString wholeScope = u"*"_s;

QString chainKey(const char *name, const QString &chain)
{
    // The whole-scope chain keeps the keys runs used before chains existed, so those resume.
    return chain == wholeScope ? QString::fromLatin1(name) : QString::fromLatin1(name) + u'.' + chain;
}

} // namespace

QStringList SyncRun::chooseChains()
{
    if (m_store.state(m_accountId, u"run.mode"_s) == u"incremental"_s)
        return {wholeScope}; // a few issues since the watermark: one request answers them
    QString error;
    QStringList projects = m_options.scope.projects.isEmpty() ? m_projectSentryIds.values() : projectFilter(&error);
    if (projects.size() < 2 || projects.size() > m_options.maxProjectChains)
        return {wholeScope};
    std::sort(projects.begin(), projects.end());
    return projects;
}

void SyncRun::listIssues()
{
    m_listings = plannedListings();
    if (m_options.scope.events)
        createEventFetcher();
    QString chains = m_store.state(m_accountId, u"run.chains"_s);
    if (chains.isEmpty()) {
        // Chosen once: a resumed run goes on with the chains whose cursors it stored.
        chains = chooseChains().join(u',');
        if (!m_store.setState(m_accountId, u"run.chains"_s, chains)) {
            fail(tr("recording the sync's progress", "the sync stopped while …"), m_store.errorString());
            return;
        }
    }
    const QStringList list = chains.split(u',', Qt::SkipEmptyParts);
    m_openChains = QSet<QString>(list.begin(), list.end());
    for (const QString &chain : list) {
        listChain(chain);
        if (m_finished)
            return;
    }
}

void SyncRun::listChain(const QString &chain)
{
    const qint64 index = m_store.stateInt(m_accountId, chainKey("run.listing", chain));
    if (index >= m_listings.size()) {
        chainDone(chain);
        return;
    }
    const PlannedListing &listing = m_listings.at(index);
    IssueListQuery query;
    query.query = listing.query;
    query.range.statsPeriod = listing.statsPeriod;
    query.range.start = listing.start;
    query.groupStatsPeriod = u"24h"_s;
    QString error;
    query.projects = chain == wholeScope ? projectFilter(&error) : QStringList {chain};
    query.environments = m_options.scope.environments;
    query.pages.cursor = m_store.state(m_accountId, chainKey("run.cursor", chain));
    query.pages.collectItems = false;
    SentryReply *reply = track(m_client.issues(query));
    connect(reply, &SentryReply::pageReceived, this, [this, reply, chain](const QJsonDocument &page, const QString &next) {
        if (!m_finished && !storeIssuePage(page, chain, next))
            reply->abort();
    });
    connect(reply, &SentryReply::finished, this, [this, reply, index, chain] {
        untrack(reply);
        if (m_finished)
            return;
        if (!reply->isOk()) {
            failReply(tr("reading issues", "the sync stopped while …"), reply->error());
            return;
        }
        const bool ok = m_store.begin() && m_store.setState(m_accountId, chainKey("run.listing", chain), index + 1)
            && m_store.setState(m_accountId, chainKey("run.cursor", chain), QString()) && m_store.commit();
        if (!ok) {
            m_store.rollback();
            fail(tr("recording the sync's progress", "the sync stopped while …"), m_store.errorString());
            return;
        }
        listChain(chain);
    });
}

void SyncRun::chainDone(const QString &chain)
{
    m_openChains.remove(chain);
    if (m_events)
        m_events->addProjects(chain == wholeScope ? 0 : m_projectIds.value(chain));
    if (m_openChains.isEmpty() && !m_finished)
        runPhase(SyncPhase::Events);
}

bool SyncRun::storeIssuePage(const QJsonDocument &page, const QString &chain, const QString &next)
{
    const QJsonArray issues = page.array();
    if (!m_store.begin()) {
        fail(tr("storing issues", "the sync stopped while …"), m_store.errorString());
        return false;
    }
    qint64 maxLastSeen = m_store.stateInt(m_accountId, u"run.maxLastSeen"_s);
    bool ok = true;
    for (qsizetype i = 0; ok && i < issues.size(); ++i) {
        QString error;
        const std::optional<SyncedIssue> issue = SentryIssueParser::parse(issues[i].toObject(), &error);
        if (!issue) {
            qCWarning(lcSync).noquote() << "skipping" << error;
            continue;
        }
        qint64 projectId = m_projectIds.value(issue->projectSentryId);
        if (projectId == 0) { // a project created since the projects were read
            projectId = m_store.ensureProject(
                m_accountId, issue->projectSentryId, issue->projectSlug, issue->projectName, issue->platform);
            m_projectIds.insert(issue->projectSentryId, projectId);
        }
        const std::optional<IssueUpsert> stored
            = projectId == 0 ? std::nullopt : m_store.upsertIssue(m_accountId, projectId, *issue);
        ok = stored.has_value();
        if (ok && stored->changed) {
            const QString kind = stored->regressed ? u"regressed"_s : stored->created ? u"new"_s : u"updated"_s;
            ok = m_store.noteRunIssue(m_accountId, stored->issueId, kind);
        }
        if (issue->lastSeen.isValid())
            maxLastSeen = std::max(maxLastSeen, issue->lastSeen.toMSecsSinceEpoch());
    }
    ok = ok && m_store.setState(m_accountId, chainKey("run.cursor", chain), next)
        && m_store.setState(m_accountId, u"run.maxLastSeen"_s, maxLastSeen)
        && m_store.addToState(m_accountId, u"run.issues"_s, issues.size()) && m_store.commit();
    if (!ok) {
        m_store.rollback();
        fail(tr("storing issues", "the sync stopped while …"), m_store.errorString());
        return false;
    }
    Q_EMIT committed();
    if (m_phase == SyncPhase::Issues)
        Q_EMIT progress({SyncPhase::Issues, m_store.stateInt(m_accountId, u"run.issues"_s), 0});
    return true;
}

void SyncRun::createEventFetcher()
{
    if (m_events)
        return;
    m_events = new EventFetcher(m_client, m_store, m_accountId, m_options, this);
    connect(m_events, &EventFetcher::progress, this, [this](qint64 done, qint64 total) {
        // Events of listed projects arrive during the issues phase too; the bar shows the phase it is in.
        if (m_phase == SyncPhase::Events)
            Q_EMIT progress({SyncPhase::Events, done, total});
    });
    connect(m_events, &EventFetcher::committed, this, [this](qint64) { Q_EMIT committed(); });
    connect(m_events, &EventFetcher::finished, this, [this](bool ok, const QString &error) {
        m_summary.offline = !ok && m_events->offline();
        m_events->deleteLater();
        m_events = nullptr;
        if (m_finished)
            return;
        if (!ok) {
            fail(tr("reading events", "the sync stopped while …"), error);
            return;
        }
        runPhase(SyncPhase::Releases);
    });
}

void SyncRun::fetchEvents()
{
    // Resumed past the issues phase: every project's issues are listed.
    const bool resumed = m_events == nullptr;
    createEventFetcher();
    EventFetcher *events = m_events;
    if (resumed)
        events->addProjects(0);
    if (m_events == events) // not failed meanwhile
        events->finishInput();
}

void SyncRun::complete()
{
    // The release health series are built from the payloads this run stored.
    if (HealthStore health(m_store.store()); !health.refresh())
        qCWarning(lcSync).noquote() << "release health not updated:" << health.errorString();
    const qint64 watermark
        = std::max(m_store.stateInt(m_accountId, u"watermark.lastSeen"_s), m_store.stateInt(m_accountId, u"run.maxLastSeen"_s));
    m_summary.initial = m_store.state(m_accountId, u"synced.at"_s).isEmpty();
    m_summary.issuesListed = m_store.stateInt(m_accountId, u"run.issues"_s);
    m_summary.eventsStored = m_store.stateInt(m_accountId, u"run.events"_s);
    m_summary.releases = m_store.stateInt(m_accountId, u"run.releases"_s);
    m_summary.sessionSeries = m_store.stateInt(m_accountId, u"run.sessionSeries"_s);
    m_summary.newIssues = m_store.runIssues(m_accountId, u"new"_s);
    m_summary.regressedIssues = m_store.runIssues(m_accountId, u"regressed"_s);
    m_summary.issuesUpdated = m_store.runIssues(m_accountId, u"updated"_s).size();
    const bool ok = m_store.begin() && (watermark == 0 || m_store.setState(m_accountId, u"watermark.lastSeen"_s, watermark))
        && m_store.setState(m_accountId, u"synced.at"_s, m_clock.now().toMSecsSinceEpoch())
        && m_store.clearState(m_accountId, u"run."_s) && m_store.commit();
    if (!ok) {
        m_store.rollback();
        fail(tr("finishing the sync", "the sync stopped while …"), m_store.errorString());
        return;
    }
    m_phase = SyncPhase::Done;
    Q_EMIT progress({SyncPhase::Done, 1, 1});
    finish(SyncSummary::Outcome::Completed, QString());
}

void SyncRun::failReply(const QString &what, const ApiError &error)
{
    m_summary.offline = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    fail(what, error.message);
}

void SyncRun::fail(const QString &what, const QString &message)
{
    finish(
        SyncSummary::Outcome::Failed, tr("The sync stopped while %1: %2. The next sync resumes from there.").arg(what, message));
}

void SyncRun::finish(SyncSummary::Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    // Marked first: aborting a reply reports it finished at once, and this run must ignore that.
    m_finished = true;
    if (m_events)
        m_events->cancel();
    for (const QPointer<SentryReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
    m_summary.outcome = outcome;
    m_summary.error = error;
    m_summary.stoppedIn = m_phase;
    if (outcome != SyncSummary::Outcome::Completed) {
        // What the stopped run already found, so a status line can say it.
        m_summary.newIssues = m_store.runIssues(m_accountId, u"new"_s);
        m_summary.regressedIssues = m_store.runIssues(m_accountId, u"regressed"_s);
        m_summary.eventsStored = m_store.stateInt(m_accountId, u"run.events"_s);
        m_summary.issuesListed = m_store.stateInt(m_accountId, u"run.issues"_s);
    }
    const SentryTransport::Stats &stats = m_client.transport().stats();
    m_summary.requests = stats.requestsSent - m_baseRequests;
    m_summary.rateLimited = stats.rateLimited - m_baseRateLimited;
    m_summary.retries = stats.retries - m_baseRetries;
    m_summary.bytesReceived = stats.bytesReceived - m_baseBytes;
    m_summary.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (outcome == SyncSummary::Outcome::Failed)
        qCWarning(lcSync).noquote() << error;
    Q_EMIT finished(m_summary);
}

} // namespace lookout
