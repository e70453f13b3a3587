#include "SyncHarness.h"

#include "ingest/EventJsonParser.h"
#include "sync/Outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

// Offline triage: actions applied to the cache at once, queued in the outbox, sent in order and
// exactly once, refusals kept with Sentry's message and the local state put back.
class TestOutbox : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    std::unique_ptr<test::SyncHarness> m_h;
    std::unique_ptr<Store> m_store; // the UI's own connection
    std::unique_ptr<SyncStore> m_sync;

    FakeSentry &server() { return m_h->server(); }

    void startSynced()
    {
        m_h = std::make_unique<test::SyncHarness>(m_clock);
        QVERIFY(m_h->start());
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_h->dbPath()));
        m_sync = std::make_unique<SyncStore>(*m_store);
    }

    // Unresolved, unassigned issues on the server, in a stable order.
    QList<FakeIssue *> openIssues()
    {
        return server().data().findIssues([](const FakeIssue &i) { return i.status == u"unresolved" && i.assignedTo.isEmpty(); });
    }

    qint64 local(const FakeIssue *issue) { return m_sync->issueBySentryId(m_h->accountId(), QString::number(issue->id)); }

    IssueSummary row(const FakeIssue *issue)
    {
        const std::optional<IssueSummary> found = m_store->issue(local(issue));
        return found.value_or(IssueSummary {});
    }

    QList<qint64> queue(TriageAction action, const QList<const FakeIssue *> &issues)
    {
        for (const FakeIssue *issue : issues)
            action.issueIds << local(issue);
        QString error;
        const std::optional<Outbox::Queued> queued = Outbox::queue(*m_sync, action, m_clock.now(), &error);
        if (!queued)
            qWarning("queue: %s", qPrintable(error));
        return queued ? queued->entryIds : QList<qint64> {};
    }

    static TriageAction action(TriageAction::Kind kind)
    {
        TriageAction a;
        a.kind = kind;
        return a;
    }

    OutboxEntry entry(qint64 id) { return m_sync->outboxEntry(id).value_or(OutboxEntry {}); }

    QStringList updatedIssueIds()
    {
        QStringList ids;
        for (const FakeSentry::RequestRecord &r : server().requests()) {
            if (r.operation == u"updateOrganizationIssue"_s && r.status == 200)
                ids << r.path.section(u'/', -2, -2);
        }
        return ids;
    }

private Q_SLOTS:
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC)); }
    void cleanup()
    {
        m_sync.reset();
        m_store.reset();
        m_h.reset();
    }

    void appliesAtOnceAndQueues()
    {
        startSynced();
        FakeIssue *issue = openIssues().first();
        const QList<qint64> entries = queue(action(TriageAction::Kind::Resolve), {issue});
        QCOMPARE(entries.size(), 1);
        QCOMPARE(row(issue).status, u"resolved"_s); // before anything was sent
        QCOMPARE(issue->status, u"unresolved"_s);
        const OutboxEntry queued = entry(entries.first());
        QCOMPARE(queued.state, OutboxEntry::State::Pending);
        QCOMPARE(queued.sentryIds, QStringList {QString::number(issue->id)});
        QCOMPARE(QJsonDocument::fromJson(queued.body).object().value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(queued.attempts, 0);

        // Issues imported locally have no Sentry identity: they change here only.
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(
            QJsonObject {{u"event_id"_s, u"0123456789abcdef0123456789abcdef"_s}, {u"timestamp"_s, 1'790'000'000.0},
                {u"message"_s, u"imported locally"_s}, {u"platform"_s, u"python"_s}},
            &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(m_store->insertEvent(m_store->ensureProject(u"local"_s), *event, "{}"), Store::InsertResult::Inserted);
        const qint64 localIssue = m_store->event(event->eventId)->issueId;
        TriageAction bookmark = action(TriageAction::Kind::Bookmark);
        bookmark.issueIds = {localIssue};
        const std::optional<Outbox::Queued> localOnly = Outbox::queue(*m_sync, bookmark, m_clock.now(), &error);
        QVERIFY(localOnly);
        QVERIFY(localOnly->entryIds.isEmpty());
        QCOMPARE(localOnly->localOnly, 1);
        QVERIFY(m_store->issue(localIssue)->bookmarked);
        QCOMPARE(m_sync->outbox().size(), 1);
    }

    void sendsInOrder()
    {
        startSynced();
        const QList<FakeIssue *> open = openIssues();
        QVERIFY(open.size() >= 6);
        queue(action(TriageAction::Kind::Resolve), {open[0]});
        queue(action(TriageAction::Kind::Unresolve), {open[0]});
        queue(action(TriageAction::Kind::Bookmark), {open[1]});
        TriageAction assign = action(TriageAction::Kind::Assign);
        assign.assignee = u"user:1"_s;
        queue(assign, {open[2]});
        TriageAction ignore = action(TriageAction::Kind::Ignore);
        ignore.ignoreMinutes = 60;
        queue(ignore, {open[3]});
        queue(action(TriageAction::Kind::ResolveInNextRelease), {open[4]});
        TriageAction teamAssign = action(TriageAction::Kind::Assign);
        teamAssign.assignee = u"#backend"_s;
        queue(teamAssign, {open[5]});
        TriageAction ignoreUntil = action(TriageAction::Kind::Ignore);
        ignoreUntil.ignoreCount = 100;
        ignoreUntil.ignoreWindowMinutes = 60;
        queue(ignoreUntil, {open[1], open[2]}); // a bulk update
        queue(action(TriageAction::Kind::MarkSeen), {open[4]});
        QCOMPARE(row(open[3]).status, u"ignored"_s);
        QCOMPARE(row(open[5]).assignee, u"#backend"_s);

        server().clearRequests();
        const OutboxResult result = m_h->sendOutbox();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.sent, 9);
        QCOMPARE(result.failed, 0);
        QCOMPARE(result.remaining, 0);
        const QStringList ids {QString::number(open[0]->id), QString::number(open[0]->id), QString::number(open[1]->id),
            QString::number(open[2]->id), QString::number(open[3]->id), QString::number(open[4]->id),
            QString::number(open[5]->id), QString::number(open[4]->id)};
        QCOMPARE(updatedIssueIds(), ids);
        QCOMPARE(server().countOperation(u"updateOrganizationIssues"_s), 1);
        QCOMPARE(open[0]->status, u"unresolved"_s);
        QVERIFY(open[1]->isBookmarked);
        QCOMPARE(open[2]->assignedTo, u"user:1"_s);
        QCOMPARE(open[3]->status, u"ignored"_s);
        QVERIFY(open[3]->statusDetails.contains(u"ignoreUntil"_s));
        QCOMPARE(open[4]->statusDetails.value(u"inNextRelease"_s).toBool(), true);
        QVERIFY(open[4]->hasSeen);
        QCOMPARE(open[5]->assignedTo, u"team:1"_s);
        QCOMPARE(open[1]->statusDetails.value(u"ignoreCount"_s).toInt(), 100);
        // The answers of single updates are the issues as Sentry now has them.
        QCOMPARE(row(open[2]).assignee, u"jane@example.com"_s);
        QCOMPARE(row(open[5]).assignee, u"#backend"_s);
        for (const OutboxEntry &e : m_sync->outbox())
            QCOMPARE(e.state, OutboxEntry::State::Done);
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void mergeIsSentExactlyOnceAcrossACrash()
    {
        startSynced();
        const QList<FakeIssue *> open = openIssues();
        const QString a = QString::number(open[0]->id);
        const QString b = QString::number(open[1]->id);
        const qint64 eventsBefore = m_h->scalar("SELECT count(*) FROM events");
        const QList<qint64> entries = queue(action(TriageAction::Kind::Merge), {open[0], open[1]});
        QCOMPARE(entries.size(), 1);
        // Folded locally at once: one issue left of the two, holding the events of both.
        QCOMPARE(
            int(m_sync->issueBySentryId(m_h->accountId(), a) != 0) + int(m_sync->issueBySentryId(m_h->accountId(), b) != 0), 1);
        QCOMPARE(m_h->scalar("SELECT count(*) FROM events"), eventsBefore);

        // Sentry merges, and the program dies before the answer arrives.
        server().injectFault(FakeSentry::Fault::LostResponse, 1, u"updateOrganizationIssues"_s);
        bool crashed = false;
        const QMetaObject::Connection crash
            = connect(&server(), &FakeSentry::requestHandled, this, [&](const FakeSentry::RequestRecord &record) {
                  if (record.operation == u"updateOrganizationIssues"_s && !crashed) {
                      crashed = true;
                      m_h->stopEngine();
                  }
              });
        m_h->engine().sendOutbox();
        QTRY_VERIFY_WITH_TIMEOUT(crashed, 30'000);
        disconnect(crash);
        QCOMPARE(entry(entries.first()).state, OutboxEntry::State::Sending);
        QCOMPARE(server().countOperation(u"updateOrganizationIssues"_s), 1);
        QVERIFY(!server().data().issue(a) || !server().data().issue(b));

        // After a restart the merge is checked, found done, and not sent again.
        m_h->restart();
        const OutboxResult replay = m_h->sendOutbox();
        QVERIFY2(replay.ok, qPrintable(replay.error));
        QCOMPARE(replay.sent, 1);
        QCOMPARE(server().countOperation(u"updateOrganizationIssues"_s), 1);
        QCOMPARE(entry(entries.first()).state, OutboxEntry::State::Done);
        QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // A crash after the attempt was recorded but before the request left: both issues are
        // still there, so the merge is sent, once.
        const QList<FakeIssue *> rest = openIssues();
        const QList<qint64> second = queue(action(TriageAction::Kind::Merge), {rest[2], rest[3]});
        QVERIFY(m_sync->markOutboxSending(second.first(), m_clock.now()));
        m_h->restart();
        server().clearRequests();
        const OutboxResult resumed = m_h->sendOutbox();
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(server().countOperation(u"updateOrganizationIssues"_s), 1);
        QCOMPARE(server().countOperation(u"getOrganizationIssue"_s) >= 2, true);
        QCOMPARE(entry(second.first()).state, OutboxEntry::State::Done);
        QCOMPARE(entry(second.first()).attempts, 2);
        problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void aMergeQtSendsTwiceIsStillDone()
    {
        startSynced();
        const QList<FakeIssue *> open = openIssues();
        const QList<qint64> entries = queue(action(TriageAction::Kind::Merge), {open[0], open[1]});
        // Applied, then the connection drops: Qt may send it again by itself, and Sentry then
        // refuses the second one; the issues show the merge happened.
        server().injectFault(FakeSentry::Fault::LostResponse, 1, u"updateOrganizationIssues"_s);
        const OutboxResult result = m_h->sendOutbox();
        QCOMPARE(entry(entries.first()).state, OutboxEntry::State::Done);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.failed, 0);
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void updatesSurviveALostResponse()
    {
        startSynced();
        FakeIssue *issue = openIssues().first();
        const QList<qint64> entries = queue(action(TriageAction::Kind::Resolve), {issue});
        server().injectFault(FakeSentry::Fault::LostResponse, 1, u"updateOrganizationIssue"_s);
        const OutboxResult result = m_h->sendOutbox();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.sent, 1);
        QCOMPARE(issue->status, u"resolved"_s);
        QCOMPARE(entry(entries.first()).state, OutboxEntry::State::Done);
    }

    void refusalsKeepSentrysMessageAndRestoreTheIssue()
    {
        startSynced();
        const QList<FakeIssue *> open = openIssues();
        TriageAction assign = action(TriageAction::Kind::Assign);
        assign.assignee = u"user:999"_s;
        const qint64 badAssign = queue(assign, {open[0]}).first();
        TriageAction release = action(TriageAction::Kind::ResolveInRelease);
        release.release = u"9.9.9"_s;
        const qint64 badRelease = queue(release, {open[1]}).first();
        const qint64 fine = queue(action(TriageAction::Kind::Bookmark), {open[2]}).first();
        QCOMPARE(row(open[0]).assignee, u"user:999"_s);
        QCOMPARE(row(open[1]).status, u"resolved"_s);

        QSignalSpy changed(&m_h->engine(), &SyncEngine::outboxEntryChanged);
        const OutboxResult result = m_h->sendOutbox();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.sent, 1);
        QCOMPARE(result.failed, 2);
        QCOMPARE(entry(badAssign).state, OutboxEntry::State::Failed);
        QCOMPARE(entry(badAssign).httpStatus, 400);
        QVERIFY2(entry(badAssign).error.contains(u"Unknown actor input"_s), qPrintable(entry(badAssign).error));
        QCOMPARE(entry(badRelease).state, OutboxEntry::State::Failed);
        QVERIFY2(entry(badRelease).error.contains(u"Unable to find the given release."_s), qPrintable(entry(badRelease).error));
        QCOMPARE(entry(fine).state, OutboxEntry::State::Done);
        // Put back as Sentry has them.
        QVERIFY(row(open[0]).assignee.isEmpty());
        QCOMPARE(row(open[1]).status, u"unresolved"_s);
        bool reported = false;
        for (const QList<QVariant> &signal : std::as_const(changed))
            reported = reported || (signal.at(0).toLongLong() == badAssign && signal.at(1).toString() == u"failed"_s);
        QVERIFY(reported);
        // Refused actions stay in the outbox, and are not sent again.
        server().clearRequests();
        QCOMPARE(m_sync->outbox({OutboxEntry::State::Failed}).size(), 2);
        QVERIFY(m_h->sendOutbox().ok);
        QCOMPARE(server().requests().size(), 0);

        // An issue Sentry no longer has: 404.
        FakeIssue *gone = open[3];
        const QString goneId = QString::number(gone->id);
        const qint64 missing = queue(action(TriageAction::Kind::Resolve), {gone}).first();
        server().data().merge(open[4]->id, {gone->id});
        QCOMPARE(m_h->sendOutbox().failed, 1);
        QCOMPARE(entry(missing).httpStatus, 404);
        QVERIFY(entry(missing).error.contains(u"does not exist"_s));
        QVERIFY(goneId.size() > 0);
    }

    void refusedMergeIsUndone()
    {
        startSynced();
        const QList<FakeIssue *> open = openIssues();
        const QString a = QString::number(open[0]->id);
        const QString b = QString::number(open[1]->id);
        // A token that may read but not write: Sentry answers 403.
        server().setToken(FakeSentry::defaultToken(), {u"org:read"_s, u"project:read"_s, u"event:read"_s});
        const qint64 merge = queue(action(TriageAction::Kind::Merge), {open[0], open[1]}).first();
        const OutboxResult result = m_h->sendOutbox();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.failed, 1);
        QCOMPARE(entry(merge).httpStatus, 403);
        QVERIFY2(entry(merge).error.contains(u"permission"_s), qPrintable(entry(merge).error));
        QVERIFY(m_sync->issueBySentryId(m_h->accountId(), a) != 0);
        QVERIFY(m_sync->issueBySentryId(m_h->accountId(), b) != 0);
        const QStringList problems = m_h->differences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void replaysAcrossRestarts()
    {
        startSynced();
        const QList<FakeIssue *> open = openIssues();
        queue(action(TriageAction::Kind::Resolve), {open[0]});
        queue(action(TriageAction::Kind::Bookmark), {open[1]});
        queue(action(TriageAction::Kind::MarkSeen), {open[2]});

        // Sentry failing (5xx, every retry) and then the token expiring: nothing is lost.
        server().injectFault(FakeSentry::Fault::ServerError, 5, u"updateOrganizationIssue"_s);
        OutboxResult result = m_h->sendOutbox();
        QVERIFY(!result.ok);
        QCOMPARE(result.remaining, 3);
        QCOMPARE(m_sync->outbox({OutboxEntry::State::Pending}).size(), 3);
        server().expireTokensAfter(0);
        m_h->restart();
        result = m_h->sendOutbox();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"401"_s), qPrintable(result.error));
        QVERIFY(!result.error.contains(FakeSentry::defaultToken()));
        QCOMPARE(result.remaining, 3);
        m_h->stopEngine();

        // Later, in another run of the program, the sync sends them first.
        server().expireTokensAfter(-1);
        m_h->restart();
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.outboxSent, 3);
        QCOMPARE(open[0]->status, u"resolved"_s);
        QVERIFY(open[1]->isBookmarked);
        QVERIFY(open[2]->hasSeen);
        QCOMPARE(m_sync->outbox({OutboxEntry::State::Pending, OutboxEntry::State::Sending}).size(), 0);
    }

    void syncKeepsChangesSentryHasNotSeen()
    {
        startSynced();
        FakeIssue *issue = openIssues().first();
        queue(action(TriageAction::Kind::Resolve), {issue});
        // The outbox cannot get through, but the sync can: the issue comes back unresolved.
        server().injectFault(FakeSentry::Fault::ServerError, 5, u"updateOrganizationIssue"_s);
        SyncOptions full;
        full.full = true;
        const SyncSummary summary = m_h->sync(full);
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(issue->status, u"unresolved"_s);
        QCOMPARE(row(issue).status, u"resolved"_s);
        QVERIFY(!summary.regressedIssues.contains(local(issue)));
        QVERIFY(m_h->sendOutbox().ok);
        QCOMPARE(issue->status, u"resolved"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
