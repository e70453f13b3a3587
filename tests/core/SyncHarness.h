#pragma once

// What TestSyncEngine and TestOutbox share: a fake Sentry and a SyncEngine on a temporary cache,
// both in virtual time, and a check that the cache mirrors the server.

#include "FakeSentry.h"
#include "MockClock.h"
#include "VirtualWaiter.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

namespace lookout::test {

class SyncHarness
{
public:
    explicit SyncHarness(MockClock &clock)
        : m_clock(clock)
    { }

    MockClock &clock() { return m_clock; }
    fake::FakeSentry &server() { return *m_server; }
    SyncEngine &engine() { return *m_engine; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

    bool start(const fake::SeedOptions &seed = {})
    {
        m_server = std::make_unique<fake::FakeSentry>(m_clock);
        m_server->seed(seed);
        if (!m_server->listen() || !m_dir.isValid())
            return false;
        m_waiter = std::make_unique<VirtualWaiter>(m_clock);
        restart();
        return true;
    }

    // A new engine on the same cache, as after a restart of the program.
    void restart()
    {
        m_engine.reset();
        m_engine = std::make_unique<SyncEngine>(dbPath(), m_clock, *m_waiter);
        m_engine->setAccount(account());
    }
    void stopEngine() { m_engine.reset(); }

    AccountConfig account(const QString &token = fake::FakeSentry::defaultToken()) const
    {
        AccountConfig config;
        config.url = m_server->baseUrl();
        config.org = m_server->orgSlug();
        config.token = token;
        return config;
    }

    SyncSummary sync(const SyncOptions &options = {})
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        m_engine->sync(options);
        if (finished.isEmpty() && !finished.wait(120'000))
            return failed(QStringLiteral("the sync did not finish"));
        return finished.constFirst().constFirst().value<SyncSummary>();
    }

    OutboxResult sendOutbox()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::outboxFinished);
        m_engine->sendOutbox();
        if (finished.isEmpty() && !finished.wait(60'000))
            return {false, QStringLiteral("the outbox was not sent"), 0, 0, 0};
        return finished.constFirst().constFirst().value<OutboxResult>();
    }

    qint64 accountId()
    {
        Store store;
        if (!store.open(dbPath()))
            return 0;
        SyncStore sync(store);
        return sync.findAccount(account().url.adjusted(QUrl::StripTrailingSlash).toString(), account().org).value_or(0);
    }

    // The server's issues a default sync covers: unresolved ones, and any seen in the last 14 days.
    QList<const fake::FakeIssue *> issuesInScope()
    {
        QList<const fake::FakeIssue *> result;
        const QDateTime since = m_clock.now().addDays(-14);
        for (const fake::FakeIssue *issue : m_server->data().findIssues(
                 [&](const fake::FakeIssue &i) { return i.status == u"unresolved" || i.lastSeen >= since; }))
            result << issue;
        return result;
    }

    // Differences between the cache and the server (empty when the cache mirrors it).
    QStringList differences()
    {
        QStringList problems;
        Store store;
        if (!store.open(dbPath()))
            return {store.errorString()};
        SyncStore sync(store);
        const qint64 account = accountId();
        const QList<const fake::FakeIssue *> expected = issuesInScope();
        for (const fake::FakeIssue *issue : expected) {
            const QString id = QString::number(issue->id);
            const qint64 local = sync.issueBySentryId(account, id);
            const std::optional<IssueSummary> row = local ? store.issue(local) : std::nullopt;
            if (!row) {
                problems << QStringLiteral("issue %1 (%2) is missing").arg(issue->shortId, id);
                continue;
            }
            const auto check = [&](const char *what, const QString &mine, const QString &theirs) {
                if (mine != theirs)
                    problems << QStringLiteral("%1 %2: %3 here, %4 on the server")
                                    .arg(issue->shortId, QString::fromLatin1(what), mine, theirs);
            };
            check("shortId", row->shortId, issue->shortId);
            check("title", row->title, issue->title);
            check("status", row->status, issue->status);
            check("substatus", row->substatus, issue->substatus);
            check("count", QString::number(row->timesSeen), QString::number(issue->count));
            check("users", QString::number(row->userCount), QString::number(issue->userCount));
            check("lastSeen", row->lastSeen.toString(Qt::ISODateWithMs), issue->lastSeen.toUTC().toString(Qt::ISODateWithMs));
            check("bookmarked", QString::number(row->bookmarked), QString::number(issue->isBookmarked));
            check("assigned", QString::number(!row->assignee.isEmpty()), QString::number(!issue->assignedTo.isEmpty()));
            const QList<const fake::FakeEvent *> events = m_server->data().issueEvents(issue->id);
            const std::optional<StoredEvent> latest = store.latestEvent(local);
            if (!events.isEmpty())
                check("latest event", latest ? latest->eventId : QStringLiteral("none"), events.constFirst()->eventId);
        }
        const qint64 synced = scalar(store, "SELECT count(*) FROM issues WHERE sentry_id IS NOT NULL");
        if (synced != expected.size())
            problems << QStringLiteral("%1 synced issues here, %2 in scope on the server").arg(synced).arg(expected.size());
        // Events belong to the issue Sentry's groupID names.
        const qint64 misplaced = scalar(store,
            "SELECT count(*) FROM events e JOIN issues i ON i.id = e.issue_id"
            " WHERE e.sentry_group_id IS NOT NULL AND e.sentry_group_id IS NOT i.sentry_id");
        if (misplaced != 0)
            problems << QStringLiteral("%1 events under another issue than their group").arg(misplaced);
        return problems;
    }

    // The synced issue with the fewest (but some) events cached among those with serverEvents on
    // the server: one to fetch more of (0 when there is none).
    qint64 fewestCachedIssue(Store &store, qsizetype serverEvents, const fake::FakeIssue **fake)
    {
        SyncStore sync(store);
        const qint64 account = accountId();
        qint64 best = 0;
        qint64 bestCount = 0;
        for (const fake::FakeIssue *issue : m_server->data().findIssues([](const fake::FakeIssue &) { return true; })) {
            if (m_server->data().issueEvents(issue->id).size() != serverEvents)
                continue;
            const qint64 local = sync.issueBySentryId(account, QString::number(issue->id));
            const qint64 count = local ? store.cachedEventCount(local) : 0;
            if (count > 0 && (best == 0 || count < bestCount)) {
                best = local;
                bestCount = count;
                *fake = issue;
            }
        }
        return best;
    }

    static qint64 scalar(Store &store, const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(store.syncHandle(), sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    }

    qint64 scalar(const char *sql)
    {
        Store store;
        return store.open(dbPath()) ? scalar(store, sql) : -1;
    }

    // "ok" when SQLite finds nothing wrong with the cache.
    QString integrity()
    {
        Store store;
        if (!store.open(dbPath()))
            return store.errorString();
        sqlite3_stmt *stmt = nullptr;
        QString result;
        if (sqlite3_prepare_v2(store.syncHandle(), "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return result;
    }

private:
    static SyncSummary failed(const QString &error)
    {
        SyncSummary summary;
        summary.outcome = SyncSummary::Outcome::Failed;
        summary.error = error;
        return summary;
    }

    MockClock &m_clock;
    std::unique_ptr<fake::FakeSentry> m_server;
    std::unique_ptr<VirtualWaiter> m_waiter;
    std::unique_ptr<SyncEngine> m_engine;
    QTemporaryDir m_dir;
};

} // namespace lookout::test
