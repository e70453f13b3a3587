#include "SyncHarness.h"
#include "ingest/InputLimits.h"

#include "FakeApi.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

namespace {

QStringList g_messages;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages << QString::fromUtf8(context.category ? context.category : "") + u": "_s + message;
}

SeedOptions bench(int issues, int eventsPerIssue = 1)
{
    SeedOptions options;
    options.kind = SeedOptions::Kind::Bench;
    options.issues = issues;
    options.eventsPerIssue = eventsPerIssue;
    return options;
}

} // namespace

// SyncEngine against the fake Sentry on loopback, in virtual time (the engine works on the test's
// thread with a MockClock and a VirtualWaiter, so pacing and backoff never sleep).
class TestSyncEngine : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    std::unique_ptr<test::SyncHarness> m_h;

    bool start(const SeedOptions &seed = {})
    {
        m_h = std::make_unique<test::SyncHarness>(m_clock);
        return m_h->start(seed);
    }

    FakeSentry &server() { return m_h->server(); }

    QList<FakeSentry::RequestRecord> requestsFor(const QString &operation) const
    {
        QList<FakeSentry::RequestRecord> found;
        for (const FakeSentry::RequestRecord &r : m_h->server().requests()) {
            if (r.operation == operation)
                found << r;
        }
        return found;
    }

    static QList<qint64> shortIdsToIds(test::SyncHarness &h, const QStringList &shortIds)
    {
        Store store;
        QList<qint64> ids;
        if (!store.open(h.dbPath()))
            return ids;
        for (const QString &shortId : shortIds) {
            if (const auto issue = store.issueByShortId(shortId))
                ids << issue->id;
        }
        return ids;
    }

private Q_SLOTS:
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC)); }
    void cleanup() { m_h.reset(); }

    void fullSyncMirrorsTheServer()
    {
        QVERIFY(start());
        // An old resolved issue is outside the default scope; an old unresolved one is inside.
        FakeIssue old;
        old.title = u"OldError: long gone"_s;
        old.status = u"resolved"_s;
        const qint64 oldId = server().data().addIssue(u"backend-api"_s, old).id;
        FakeEvent ancient;
        ancient.issueId = oldId;
        ancient.dateCreated = m_clock.now().addDays(-40);
        server().data().addEvent(ancient);
        server().data().issue(QString::number(oldId))->status = u"resolved"_s;
        FakeIssue stale;
        stale.title = u"StaleError: still open"_s;
        const qint64 staleId = server().data().addIssue(u"billing-service"_s, stale).id;
        ancient.issueId = staleId;
        ancient.eventId.clear();
        server().data().addEvent(ancient);

        QSignalSpy progress(&m_h->engine(), &SyncEngine::progress);
        QSignalSpy found(&m_h->engine(), &SyncEngine::issuesFound);
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(summary.initial);
        QVERIFY(!summary.incremental);
        QVERIFY(!summary.resumed);
        QCOMPARE(summary.newIssues.size(), m_h->issuesInScope().size());
        QCOMPARE(summary.newIssues.size(), 31);
        QVERIFY(summary.eventsStored >= 31);
        QCOMPARE(summary.releases, 15);
        QVERIFY(summary.sessionSeries > 0);
        QCOMPARE(summary.rateLimited, 0);
        QCOMPARE(server().countStatus(429), 0);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.constFirst().at(2).toBool()); // initial: the UI need not announce 31 issues
        // Every phase reported, in order.
        QList<SyncPhase> phases;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            const SyncPhase phase = signal.constFirst().value<SyncProgress>().phase;
            if (phases.isEmpty() || phases.last() != phase)
                phases << phase;
        }
        QCOMPARE(phases,
            (QList<SyncPhase> {SyncPhase::Outbox, SyncPhase::Organizations, SyncPhase::Projects, SyncPhase::Issues,
                SyncPhase::Events, SyncPhase::Releases, SyncPhase::Sessions, SyncPhase::Done}));
        // Three events per issue and at most 100 per project: the listings covered every issue.
        QCOMPARE(server().countOperation(u"getOrganizationIssueEvent"_s), 0);
        QCOMPARE(server().countOperation(u"listProjectEvents"_s), 5);

        // The raw JSON of releases and sessions is kept for the release health views.
        Store store;
        QVERIFY(store.open(m_h->dbPath()));
        SyncStore sync(store);
        QCOMPARE(sync.issueBySentryId(m_h->accountId(), QString::number(oldId)), 0);
        QVERIFY(sync.issueBySentryId(m_h->accountId(), QString::number(staleId)) != 0);
        QCOMPARE(sync.payloadCount(m_h->accountId(), u"release"_s), 15);
        const auto sessions = sync.payload(m_h->accountId(), u"sessions"_s, u"14d"_s);
        QVERIFY(sessions && QJsonDocument::fromJson(*sessions).object().contains(u"groups"_s));
        // Stored events read back as they do after an import, for show and export.
        const std::optional<IssueSummary> issue = store.issueByShortId(server().data().issues().first().shortId);
        QVERIFY(issue);
        const std::optional<StoredEvent> latest = store.latestEvent(issue->id);
        QVERIFY(latest);
        QCOMPARE(QJsonDocument::fromJson(latest->payload).object().value(u"groupID"_s).toString(),
            QString::number(server().data().issues().first().id));
    }

    void incrementalSyncFetchesOnlyWhatChanged()
    {
        QVERIFY(start());
        FakeData &data = server().data();
        const QList<FakeIssue *> issues = data.findIssues([](const FakeIssue &i) { return i.status == u"unresolved"; });
        FakeIssue *busy = issues.at(0);
        FakeIssue *regressing = issues.at(1);
        regressing->status = u"resolved"_s;
        regressing->substatus.clear();
        QVERIFY(m_h->sync().ok());
        const qint64 eventsBefore = m_h->scalar("SELECT count(*) FROM events");

        // An hour later: two events on one issue, a new issue, and a resolved issue regresses.
        m_clock.advance(3600);
        server().clearRequests();
        for (int i = 0; i < 2; ++i) {
            FakeEvent event;
            event.issueId = busy->id;
            event.dateCreated = m_clock.now().addSecs(-600 + i);
            event.userId = u"u%1"_s.arg(i);
            data.addEvent(event);
        }
        FakeIssue fresh;
        fresh.title = u"FreshError: just now"_s;
        const qint64 freshId = data.addIssue(u"orders-service"_s, fresh).id;
        FakeEvent first;
        first.issueId = freshId;
        first.dateCreated = m_clock.now().addSecs(-300);
        data.addEvent(first);
        FakeEvent again;
        again.issueId = regressing->id;
        again.dateCreated = m_clock.now().addSecs(-60);
        data.addEvent(again);
        QCOMPARE(regressing->substatus, u"regressed"_s);

        QSignalSpy found(&m_h->engine(), &SyncEngine::issuesFound);
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QVERIFY(summary.incremental);
        QVERIFY(!summary.initial);
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(summary.eventsStored, 4);
        QCOMPARE(m_h->scalar("SELECT count(*) FROM events"), eventsBefore + 4);
        QCOMPARE(summary.newIssues, shortIdsToIds(*m_h, {data.issue(QString::number(freshId))->shortId}));
        QCOMPARE(summary.regressedIssues, shortIdsToIds(*m_h, {regressing->shortId}));
        QCOMPARE(summary.issuesUpdated, 1); // busy
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.constFirst().at(2).toBool());

        // One listing of what changed (lastSeen from the watermark on), events only from each
        // project's watermark on, and no event asked for one by one.
        const auto listings = requestsFor(u"listOrganizationIssues"_s);
        QCOMPARE(listings.size(), 1);
        QVERIFY2(listings.constFirst().query.contains(u"start="_s), qPrintable(listings.constFirst().query));
        QVERIFY(!listings.constFirst().query.contains(u"statsPeriod"_s));
        const auto eventPages = requestsFor(u"listProjectEvents"_s);
        QVERIFY(eventPages.size() <= 3); // the projects of the three issues
        for (const auto &page : eventPages)
            QVERIFY2(page.query.contains(u"start="_s), qPrintable(page.query));
        QCOMPARE(server().countOperation(u"getOrganizationIssueEvent"_s), 0);

        // Nothing new: no events and one short listing.
        m_clock.advance(600);
        server().clearRequests();
        const SyncSummary idle = m_h->sync();
        QVERIFY(idle.ok());
        QCOMPARE(idle.eventsStored, 0);
        QVERIFY(idle.newIssues.isEmpty() && idle.regressedIssues.isEmpty());
        QCOMPARE(server().countOperation(u"listProjectEvents"_s), 0);
        QCOMPARE(server().countOperation(u"listOrganizationIssues"_s), 1);
        QCOMPARE(idle.requests, 6); // organisations, projects, issues, releases, sessions, outcomes
    }

    void pacingAvoids429sUnderATightBudget()
    {
        QVERIFY(start(bench(600, 2)));
        server().setRateLimit(3, 1, 2);
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(server().countStatus(429), 0);
        QCOMPARE(summary.rateLimited, 0);
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Bulk listings did the work: 600 issues, each with its latest event, in few requests.
        QVERIFY2(summary.requests < 40, qPrintable(QString::number(summary.requests)));
        QCOMPARE(server().countOperation(u"getOrganizationIssueEvent"_s), 0);
    }

    void survivesServerFaults()
    {
        QVERIFY(start(bench(250, 2)));
        server().injectFault(FakeSentry::Fault::ServerError, 2, u"listOrganizationIssues"_s);
        server().injectFault(FakeSentry::Fault::BadGateway, 1, u"listProjectEvents"_s);
        server().injectFault(FakeSentry::Fault::TruncatedBody, 1, u"listProjectEvents"_s);
        server().injectFault(FakeSentry::Fault::ConnectionReset, 1, u"listOrganizationReleases"_s);
        server().setRandomFaults({FakeSentry::Fault::ServerError, FakeSentry::Fault::TruncatedBody,
                                     FakeSentry::Fault::ConnectionReset, FakeSentry::Fault::BadGateway},
            0.08, 7);
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QVERIFY(summary.retries > 0);
        server().setRandomFaults({}, 0);
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void expiredTokenStopsWithAClearErrorAndResumes()
    {
        QVERIFY(start(bench(450, 1)));
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(u"lookout.*=true"_s);
        server().expireTokensAfter(7); // organisations, projects, me, members, then three pages of issues
        SyncOptions oneChain;
        oneChain.maxProjectChains = 0; // the pages follow one cursor
        const SyncSummary failed = m_h->sync(oneChain);
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        QCOMPARE(failed.outcome, SyncSummary::Outcome::Failed);
        QCOMPARE(failed.stoppedIn, SyncPhase::Issues);
        QVERIFY2(failed.error.contains(u"Token expired"_s), qPrintable(failed.error));
        QVERIFY2(failed.error.contains(u"401"_s), qPrintable(failed.error));
        QVERIFY2(!failed.error.contains(FakeSentry::defaultToken()), qPrintable(failed.error));
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(FakeSentry::defaultToken()), qPrintable(message));
        QCOMPARE(failed.issuesListed, 300);

        // A new token later: the run goes on from the fourth page, not from the start.
        server().expireTokensAfter(-1);
        server().clearRequests();
        const SyncSummary resumed = m_h->sync();
        QVERIFY2(resumed.ok(), qPrintable(resumed.error));
        QVERIFY(resumed.resumed);
        QVERIFY(resumed.initial);
        const auto listings = requestsFor(u"listOrganizationIssues"_s);
        QVERIFY(!listings.isEmpty());
        QVERIFY2(listings.constFirst().query.contains(u"cursor=0%3A300%3A0"_s), qPrintable(listings.constFirst().query));
        QCOMPARE(resumed.newIssues.size(), 450); // what the stopped run found is still reported
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void cancelsAtAnyPointAndResumes()
    {
        QVERIFY(start(bench(300, 2)));
        // Cancel after the n-th request reached the server, for several n through every phase.
        QSet<SyncPhase> stoppedIn;
        for (int n : {1, 2, 3, 5, 8, 10, 13}) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            int seen = 0;
            *connection = connect(&server(), &FakeSentry::requestHandled, this, [&, n, connection] {
                if (++seen == n) {
                    disconnect(*connection);
                    m_h->engine().cancel();
                }
            });
            const SyncSummary summary = m_h->sync();
            disconnect(*connection);
            if (summary.ok())
                break; // the run had finished before the n-th request
            QCOMPARE(summary.outcome, SyncSummary::Outcome::Cancelled);
            QCOMPARE(m_h->integrity(), u"ok"_s);
            stoppedIn.insert(summary.stoppedIn);
        }
        QVERIFY(stoppedIn.contains(SyncPhase::Organizations));
        QVERIFY(stoppedIn.contains(SyncPhase::Issues));
        // Events of listed projects arrive during the issues phase; cancel in the later phases too,
        // as the run enters them (from within the progress signal, as a UI's cancel button might),
        // starting from a finished run so that none is skipped by resuming past it.
        const SyncSummary finished = m_h->sync();
        QVERIFY2(finished.ok(), qPrintable(finished.error));
        for (SyncPhase phase : {SyncPhase::Events, SyncPhase::Releases, SyncPhase::Sessions}) {
            const QMetaObject::Connection connection
                = connect(&m_h->engine(), &SyncEngine::progress, this, [&, phase](const SyncProgress &p) {
                      if (p.phase == phase)
                          m_h->engine().cancel();
                  });
            const SyncSummary summary = m_h->sync();
            disconnect(connection);
            QVERIFY2(summary.outcome == SyncSummary::Outcome::Cancelled,
                qPrintable(u"%1 %2 %3"_s.arg(syncPhaseName(phase)).arg(int(summary.outcome)).arg(summary.error)));
            QCOMPARE(summary.stoppedIn, phase);
            QCOMPARE(m_h->integrity(), u"ok"_s);
        }
        const SyncSummary last = m_h->sync();
        QVERIFY2(last.ok(), qPrintable(last.error));
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void restartsAfterTheEngineIsDestroyedMidRun()
    {
        QVERIFY(start(bench(300, 2)));
        int restarts = 0;
        for (int n : {2, 4, 7, 9, 12}) {
            int seen = 0;
            bool stopped = false;
            QSignalSpy finished(&m_h->engine(), &SyncEngine::finished);
            const QMetaObject::Connection connection = connect(&server(), &FakeSentry::requestHandled, this, [&] {
                if (++seen == n)
                    stopped = true;
            });
            m_h->engine().sync();
            QTRY_VERIFY_WITH_TIMEOUT(stopped || !finished.isEmpty(), 60'000);
            disconnect(connection);
            if (!finished.isEmpty())
                break;
            m_h->restart(); // what a crash leaves: committed pages only
            ++restarts;
        }
        QVERIFY(restarts >= 3);
        const SyncSummary last = m_h->sync();
        QVERIFY2(last.ok(), qPrintable(last.error));
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void listsProjectsSideBySideAndOverlapsEvents()
    {
        QVERIFY(start(bench(500, 1)));
        // One project with many more issues than the others: its listing ends last.
        FakeData &data = server().data();
        const QString busySlug = data.projects().constFirst().slug;
        const QString busyId = QString::number(data.projects().constFirst().id);
        for (int i = 0; i < 400; ++i) {
            FakeIssue issue;
            issue.title = u"BusyError: %1"_s.arg(i);
            FakeEvent event;
            event.issueId = data.addIssue(busySlug, issue).id;
            event.dateCreated = m_clock.now().addSecs(-3600 - i);
            data.addEvent(event);
        }
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Every full listing names one project, and every project is listed.
        QSet<QString> listed;
        qsizetype lastBusyListing = -1;
        qsizetype firstEventPage = -1;
        const QList<FakeSentry::RequestRecord> &log = server().requests();
        for (qsizetype i = 0; i < log.size(); ++i) {
            const QUrlQuery query(log.at(i).query);
            if (log.at(i).operation == u"listOrganizationIssues"_s) {
                const QStringList projects = query.allQueryItemValues(u"project"_s);
                QCOMPARE(projects.size(), 1);
                listed.insert(projects.constFirst());
                if (projects.constFirst() == busyId)
                    lastBusyListing = i;
            } else if (log.at(i).operation == u"listProjectEvents"_s && firstEventPage < 0) {
                firstEventPage = i;
            }
        }
        QCOMPARE(listed.size(), data.projects().size());
        // The quiet projects' events were read while the busy project's issues were still listed.
        QVERIFY(firstEventPage >= 0);
        QVERIFY2(firstEventPage < lastBusyListing, qPrintable(u"%1 %2"_s.arg(firstEventPage).arg(lastBusyListing)));
    }

    void resumedChainsReadNoPageTwice()
    {
        QVERIFY(start(bench(1200, 1)));
        server().expireTokensAfter(12); // organisations, projects, then pages of several projects
        const SyncSummary failed = m_h->sync();
        QCOMPARE(failed.outcome, SyncSummary::Outcome::Failed);
        QCOMPARE(failed.stoppedIn, SyncPhase::Issues);
        QVERIFY(failed.issuesListed > 0);
        QSet<QString> answered;
        for (const FakeSentry::RequestRecord &r : server().requests()) {
            if (r.operation == u"listOrganizationIssues"_s && r.status == 200)
                answered.insert(r.query);
        }
        QVERIFY(!answered.isEmpty());

        server().expireTokensAfter(-1);
        server().clearRequests();
        const SyncSummary resumed = m_h->sync();
        QVERIFY2(resumed.ok(), qPrintable(resumed.error));
        QVERIFY(resumed.resumed);
        // Pages answered while the run was failing never reached the store: at most the requests
        // then in flight (the transport's concurrency) are read again.
        int readAgain = 0;
        int listings = 0;
        for (const FakeSentry::RequestRecord &r : server().requests()) {
            if (r.operation == u"listOrganizationIssues"_s) {
                ++listings;
                readAgain += answered.contains(r.query) ? 1 : 0;
            }
        }
        QVERIFY2(readAgain <= 4, qPrintable(QString::number(readAgain)));
        QVERIFY(listings > 0);
        QCOMPARE(resumed.newIssues.size(), 1200);
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void uncoveredIssuesFallBackToTheirLatestEvent()
    {
        SeedOptions empty;
        empty.kind = SeedOptions::Kind::Empty;
        QVERIFY(start(empty));
        FakeData &data = server().data();
        data.addProject(u"api"_s, u"python"_s);
        // One noisy issue fills the newest pages; twelve quiet ones had their last event days ago.
        FakeIssue noisy;
        noisy.title = u"NoisyError: again"_s;
        const qint64 noisyId = data.addIssue(u"api"_s, noisy).id;
        for (int i = 0; i < 250; ++i) {
            FakeEvent event;
            event.issueId = noisyId;
            event.dateCreated = m_clock.now().addSecs(-60 * i - 1);
            data.addEvent(event);
        }
        for (int q = 0; q < 12; ++q) {
            FakeIssue quiet;
            quiet.title = u"QuietError: %1"_s.arg(q);
            const qint64 id = data.addIssue(u"api"_s, quiet).id;
            FakeEvent event;
            event.issueId = id;
            event.dateCreated = m_clock.now().addDays(-3).addSecs(-q);
            data.addEvent(event);
        }
        SyncOptions options;
        options.scope.releases = options.scope.sessions = false;
        const SyncSummary summary = m_h->sync(options);
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The first page covered one issue only: the listing stopped, the rest came one by one.
        QCOMPARE(server().countOperation(u"listProjectEvents"_s), 1);
        QCOMPARE(server().countOperation(u"getOrganizationIssueEvent"_s), 12);
    }

    void eventsMapToSentrysGroupNotLocalGrouping()
    {
        QVERIFY(start());
        // Two Sentry issues whose events look alike: local grouping would put them together.
        FakeData &data = server().data();
        const FakeIssue model = data.issues().first();
        FakeIssue twin = model;
        const qint64 twinId = data.addIssue(data.project(QString::number(model.projectId))->slug, twin).id;
        FakeEvent event;
        event.issueId = twinId;
        event.dateCreated = m_clock.now().addSecs(-30);
        data.addEvent(event);
        QVERIFY(m_h->sync().ok());
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(m_h->scalar("SELECT count(DISTINCT issue_id) FROM events"), qint64(data.issues().size()));
    }

    void syncedEventsMeetTheRecordLimits()
    {
        // What Sentry sends is no more trusted than a file: a 3 MB message is cut as on import.
        QVERIFY(start());
        FakeData &data = server().data();
        FakeEvent event;
        event.eventId = u"abcdef0123456789abcdef0123456789"_s;
        event.issueId = data.issues().first().id;
        event.dateCreated = m_clock.now().addSecs(-30);
        event.message = QString(3 * 1024 * 1024, u'm');
        data.addEvent(event);
        QVERIFY(m_h->sync().ok());
        Store store;
        QVERIFY(store.open(m_h->dbPath()));
        const std::optional<StoredEvent> stored = store.event(event.eventId);
        QVERIFY(stored);
        QVERIFY(stored->payload.size() < 2 * 1024 * 1024);
        QVERIFY(QString::fromUtf8(stored->payload).contains(InputLimits::truncationMarker));
    }

    void followsTheOrganisationsRegion()
    {
        // sentry.io: the organisation list comes from sentry.io, its data from the region's host.
        QVERIFY(start());
        FakeSentry control(m_clock);
        control.seed({});
        QVERIFY(control.listen());
        control.data().regionUrl = server().baseUrl().toString();
        AccountConfig account = m_h->account();
        account.url = control.baseUrl();
        m_h->engine().setAccount(account);
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(control.requests().size(), 1);
        QCOMPARE(control.requests().constFirst().operation, u"listOrganizations"_s);
        QVERIFY(server().countOperation(u"listOrganizationIssues"_s) > 0);
        QCOMPARE(server().countOperation(u"listOrganizations"_s), 0);
        Store store;
        QVERIFY(store.open(m_h->dbPath()));
        SyncStore sync(store);
        const auto id = sync.findAccount(control.baseUrl().toString(), server().orgSlug());
        QVERIFY(id);
        QCOMPARE(sync.regionUrl(*id), server().baseUrl().toString());
        QCOMPARE(store.issueCount({}), qint64(m_h->issuesInScope().size()));
    }

    void wrongOrganisationIsAClearError()
    {
        QVERIFY(start());
        AccountConfig account = m_h->account();
        account.org = u"nope"_s;
        m_h->engine().setAccount(account);
        const SyncSummary summary = m_h->sync();
        QCOMPARE(summary.outcome, SyncSummary::Outcome::Failed);
        QVERIFY2(summary.error.contains(u"no access to organisation 'nope'"_s), qPrintable(summary.error));
        QVERIFY2(summary.error.contains(server().orgSlug()), qPrintable(summary.error));
    }

    void runsOnItsOwnThread()
    {
        // Real time and a real thread: the GUI's configuration.
        FakeSentry server;
        SeedOptions seed;
        seed.anchor = QDateTime::currentDateTimeUtc();
        server.seed(seed);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        SyncEngine engine(dir.filePath(u"cache.sqlite"_s));
        AccountConfig account;
        account.url = server.baseUrl();
        account.org = server.orgSlug();
        account.token = FakeSentry::defaultToken();
        engine.setAccount(account);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy committed(&engine, &SyncEngine::dataCommitted);
        engine.sync();
        QVERIFY(engine.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        const SyncSummary summary = finished.constFirst().constFirst().value<SyncSummary>();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QVERIFY(!engine.isBusy());
        QVERIFY(!committed.isEmpty());
        Store store;
        QVERIFY(store.open(dir.filePath(u"cache.sqlite"_s)));
        QCOMPARE(store.issueCount({}), qint64(server.data().issues().size()));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
