// EventPager against the fake Sentry in virtual time: an issue's events listed page by page with
// Sentry's cursors and stored once, the cursor kept across restarts, one event fetched by id or as
// "oldest", and HTTP errors, rate limits and an unreachable server reported, not fatal.
#include "SyncHarness.h"

#include "api/SentryClient.h"
#include "sync/EventPager.h"
#include "sync/SyncController.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

class TestEventPager : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    std::unique_ptr<test::SyncHarness> m_h;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncStore> m_sync;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<test::VirtualWaiter> m_waiter;
    std::unique_ptr<SentryClient> m_client;
    std::unique_ptr<EventPager> m_pager;
    qint64 m_account = 0;
    qint64 m_issue = 0; // a synced issue with 250 events on the server
    const FakeIssue *m_fakeIssue = nullptr;

    bool start()
    {
        m_h = std::make_unique<test::SyncHarness>(m_clock);
        SeedOptions seed;
        // Enough issues per project that the sync's one page of a project's events leaves each
        // issue with a few of its newest events cached.
        seed.issues = 40;
        seed.eventsPerIssue = 250;
        if (!m_h->start(seed) || !m_h->sync().ok())
            return false;
        m_h->stopEngine();
        m_account = m_h->accountId();
        if (m_account == 0)
            return false;
        openPager();
        m_issue = m_h->fewestCachedIssue(*m_store, 250, &m_fakeIssue);
        return m_issue != 0;
    }

    // A new store connection, client and pager on the same cache, as after a restart.
    void openPager()
    {
        m_pager.reset();
        m_client.reset();
        m_sync.reset();
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_h->dbPath()));
        m_sync = std::make_unique<SyncStore>(*m_store);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_waiter = std::make_unique<test::VirtualWaiter>(m_clock);
        m_client = std::make_unique<SentryClient>(m_nam.get(), m_clock, *m_waiter);
        m_client->setAccount(m_h->account());
        m_pager = std::make_unique<EventPager>(*m_client, *m_sync, m_account);
    }

    qint64 serverEvents() const { return m_h->server().data().issueEvents(m_fakeIssue->id).size(); }
    qint64 cached() { return m_store->cachedEventCount(m_issue); }

    // Loads the next page; the signal's arguments (issue, stored, more), or empty when it failed.
    QVariantList loadMore(QString *error = nullptr)
    {
        QSignalSpy loaded(m_pager.get(), &EventPager::moreLoaded);
        QSignalSpy failed(m_pager.get(), &EventPager::failed);
        m_pager->loadMore(m_issue);
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 60'000))
            return {};
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.constFirst().at(2).toString();
            return {};
        }
        return loaded.constFirst();
    }

    QStringList listingQueries() const
    {
        QStringList queries;
        for (const FakeSentry::RequestRecord &record : m_h->server().requests()) {
            if (record.operation == u"listOrganizationIssueEvents"_s)
                queries << record.query;
        }
        return queries;
    }

    // Another client (a sync elsewhere) uses up the endpoint's window, so this one's first request
    // meets a 429 its limiter could not foresee.
    void useUpTheWindow()
    {
        m_h->server().setRateLimit(1, 60);
        test::VirtualWaiter waiter(m_clock);
        SentryClient other(m_nam.get(), m_clock, waiter);
        other.setAccount(m_h->account());
        SentryReply *reply = other.issueEvents(QString::number(m_fakeIssue->id));
        QSignalSpy finished(reply, &SentryReply::finished);
        QVERIFY(finished.wait(60'000));
        QVERIFY(reply->isOk());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_pager.reset();
        m_client.reset();
        m_sync.reset();
        m_store.reset();
        m_h.reset();
    }

    void pagesComeWithCursorsAndAreStoredOnce()
    {
        QVERIFY(start());
        const qint64 before = cached();
        QVERIFY(before >= 1); // the sync brought the latest event
        QVERIFY(before < 100);
        QCOMPARE(serverEvents(), 250);
        QVERIFY(!EventPager::listingComplete(*m_sync, m_account, m_issue, m_store->issue(m_issue)->timesSeen));
        m_h->server().clearRequests();

        QVariantList first = loadMore();
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(0).toLongLong(), m_issue);
        QVERIFY(first.at(2).toBool()); // more to come
        // The newest 100 events, less those the sync had already stored: none twice.
        QCOMPARE(cached(), before + first.at(1).toLongLong());
        QVERIFY(first.at(1).toLongLong() >= 100 - before);
        QVERIFY(cached() >= 100);
        QStringList queries = listingQueries();
        QCOMPARE(queries.size(), 1);
        const QUrlQuery firstQuery(queries.constFirst());
        QCOMPARE(firstQuery.queryItemValue(u"full"_s), u"true"_s);
        QCOMPARE(firstQuery.queryItemValue(u"per_page"_s), u"100"_s);
        QVERIFY(!firstQuery.hasQueryItem(u"cursor"_s));
        const QString cursor = m_sync->state(m_account, EventPager::cursorKey(m_issue));
        QVERIFY(!cursor.isEmpty());

        // The next press goes on from Sentry's cursor.
        const QVariantList second = loadMore();
        QCOMPARE(second.value(1).toLongLong(), 100);
        QVERIFY(second.value(2).toBool());
        queries = listingQueries();
        QCOMPARE(queries.size(), 2);
        QCOMPARE(QUrlQuery(queries.at(1)).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), cursor);
        QVERIFY(cached() >= 200);

        const QVariantList third = loadMore();
        QVERIFY(!third.value(2).toBool()); // the listing's end
        QCOMPARE(cached(), 250);
        QCOMPARE(test::SyncHarness::scalar(*m_store, "SELECT count(DISTINCT event_id) FROM events"),
            test::SyncHarness::scalar(*m_store, "SELECT count(*) FROM events"));
        QVERIFY(EventPager::listingComplete(*m_sync, m_account, m_issue, m_store->issue(m_issue)->timesSeen));
        // Events belong to their group, as the sync stores them.
        QCOMPARE(
            test::SyncHarness::scalar(*m_store,
                "SELECT count(*) FROM events e JOIN issues i ON i.id = e.issue_id WHERE e.sentry_group_id IS NOT i.sentry_id"),
            0);
    }

    void theCursorOutlivesARestart()
    {
        QVERIFY(start());
        QVERIFY(!loadMore().isEmpty());
        const QString cursor = m_sync->state(m_account, EventPager::cursorKey(m_issue));
        openPager();
        m_h->server().clearRequests();
        QVERIFY(!loadMore().isEmpty());
        QCOMPARE(listingQueries().size(), 1);
        QCOMPARE(QUrlQuery(listingQueries().constFirst()).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), cursor);
    }

    void aListingReadToItsEndStartsOverWhenTheCountGrows()
    {
        QVERIFY(start());
        while (true) {
            const QVariantList page = loadMore();
            QVERIFY(!page.isEmpty());
            if (!page.at(2).toBool())
                break;
        }
        QCOMPARE(cached(), 250);
        // A newer event on the server; the next sync raises the count.
        FakeEvent event = *m_h->server().data().issueEvents(m_fakeIssue->id).constFirst();
        event.eventId = u"f00dfeedf00dfeedf00dfeedf00dfeed"_s;
        event.dateCreated = m_clock.now();
        m_h->server().data().addEvent(event);
        QVERIFY(m_sync->begin());
        QVERIFY(test::SyncHarness::scalar(*m_store, "UPDATE issues SET times_seen = times_seen + 1 RETURNING 0") == 0);
        QVERIFY(m_sync->commit());
        QVERIFY(!EventPager::listingComplete(*m_sync, m_account, m_issue, m_store->issue(m_issue)->timesSeen));
        m_h->server().clearRequests();
        const QVariantList again = loadMore();
        QCOMPARE(again.value(1).toLongLong(), 1);
        QVERIFY(!QUrlQuery(listingQueries().constFirst()).hasQueryItem(u"cursor"_s));
        QVERIFY(m_store->event(u"f00dfeedf00dfeedf00dfeedf00dfeed"_s));
    }

    void fetchesOneEventByIdOrAsTheOldest()
    {
        QVERIFY(start());
        const QList<const FakeEvent *> events = m_h->server().data().issueEvents(m_fakeIssue->id);
        const QString oldest = events.constLast()->eventId;
        QVERIFY(!m_store->event(oldest));
        QSignalSpy loaded(m_pager.get(), &EventPager::eventLoaded);
        m_pager->fetchEvent(m_issue, SentryClient::oldestEvent());
        QVERIFY(loaded.wait(60'000));
        QCOMPARE(loaded.constFirst().at(1).toString(), u"oldest"_s);
        QCOMPARE(loaded.constFirst().at(2).toString(), oldest);
        const std::optional<StoredEvent> stored = m_store->event(oldest);
        QVERIFY(stored);
        QCOMPARE(stored->issueId, m_issue);
        QCOMPARE(m_store->oldestEvent(m_issue)->eventId, oldest);

        const QString middle = events.at(150)->eventId;
        m_pager->fetchEvent(m_issue, middle);
        QVERIFY(loaded.wait(60'000));
        QCOMPARE(loaded.at(1).at(2).toString(), middle);

        // Fetching it again stores nothing twice.
        const qint64 count = cached();
        m_pager->fetchEvent(m_issue, middle);
        QVERIFY(loaded.wait(60'000));
        QCOMPARE(cached(), count);

        QSignalSpy failed(m_pager.get(), &EventPager::failed);
        m_pager->fetchEvent(m_issue, u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(failed.wait(60'000));
        QVERIFY(failed.constFirst().at(2).toString().contains(u"no longer has this event"_s));
        QVERIFY(!failed.constFirst().at(3).toBool());
    }

    void httpErrorsAreReportedAndARetryGoesOn()
    {
        QVERIFY(start());
        QVERIFY(!loadMore().isEmpty());
        const qint64 count = cached();
        const QString cursor = m_sync->state(m_account, EventPager::cursorKey(m_issue));
        // Sentry's own words come through; nothing is stored and the cursor stays.
        m_h->server().setToken(u"another-token"_s);
        QString error;
        QVERIFY(loadMore(&error).isEmpty());
        QVERIFY2(error.contains(u"401"_s), qPrintable(error));
        QCOMPARE(cached(), count);
        QCOMPARE(m_sync->state(m_account, EventPager::cursorKey(m_issue)), cursor);

        // Server errors are retried by the transport; past its attempts they are reported.
        m_h->server().setToken(FakeSentry::defaultToken());
        m_h->server().injectFault(FakeSentry::Fault::ServerError, 5, u"listOrganizationIssueEvents"_s);
        QVERIFY(loadMore(&error).isEmpty());
        QVERIFY2(error.contains(u"500"_s), qPrintable(error));
        QVERIFY(!m_pager->isLoading(m_issue));
        QCOMPARE(cached(), count);
    }

    void aCursorSentryRefusesStartsTheListingOver()
    {
        QVERIFY(start());
        QVERIFY(m_sync->setState(m_account, EventPager::cursorKey(m_issue), u"not-a-cursor"_s));
        m_h->server().clearRequests();
        const qint64 before = cached();
        const QVariantList loaded = loadMore();
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(cached(), before + loaded.at(1).toLongLong());
        QVERIFY(cached() >= 100);
        const QStringList queries = listingQueries();
        QCOMPARE(queries.size(), 2); // refused, then from the top
        QVERIFY(!QUrlQuery(queries.at(1)).hasQueryItem(u"cursor"_s));
        QCOMPARE(m_h->server().countStatus(400), 1);
    }

    void retryAfterAnErrorContinuesFromTheCursor()
    {
        QVERIFY(start());
        QVERIFY(!loadMore().isEmpty());
        const QString cursor = m_sync->state(m_account, EventPager::cursorKey(m_issue));
        m_h->server().injectFault(FakeSentry::Fault::ServerError, 5, u"listOrganizationIssueEvents"_s);
        QString error;
        QVERIFY(loadMore(&error).isEmpty()); // five attempts, five 500s
        m_h->server().clearRequests();
        const QVariantList retried = loadMore();
        QCOMPARE(retried.value(1).toLongLong(), 100);
        QCOMPARE(QUrlQuery(listingQueries().constFirst()).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), cursor);
    }

    void rateLimitsHoldTheRequestAndSayUntilWhen()
    {
        QVERIFY(start());
        useUpTheWindow();
        QSignalSpy held(m_pager.get(), &EventPager::rateLimited);
        const QDateTime before = m_clock.now();
        m_h->server().clearRequests();
        const QVariantList loaded = loadMore(); // refused once, then sent again after the reset
        QVERIFY(!loaded.isEmpty());
        QVERIFY(loaded.at(1).toLongLong() > 0);
        QCOMPARE(m_h->server().countStatus(429), 1);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.constFirst().at(0).toLongLong(), m_issue);
        QVERIFY(held.constFirst().at(1).toDateTime() > before);
        QVERIFY(m_clock.now() >= held.constFirst().at(1).toDateTime());
    }

    void aRateLimitThatOutlastsTheWaitsIsReported()
    {
        QVERIFY(start());
        SentryTransport::RetryPolicy policy;
        policy.maxRateLimitWaits = 0;
        m_client->transport().setRetryPolicy(policy);
        useUpTheWindow();
        const qint64 count = cached();
        QString error;
        QVERIFY(loadMore(&error).isEmpty());
        QVERIFY2(error.contains(u"429"_s), qPrintable(error));
        QCOMPARE(cached(), count);
        QVERIFY(!m_pager->isLoading(m_issue));
    }

    void anUnreachableServerIsOffline()
    {
        QVERIFY(start());
        AccountConfig nowhere = m_h->account();
        nowhere.url = QUrl(u"http://127.0.0.1:1"_s);
        m_client->setAccount(nowhere);
        SentryTransport::RetryPolicy policy;
        policy.maxAttempts = 2;
        m_client->transport().setRetryPolicy(policy);
        QSignalSpy failed(m_pager.get(), &EventPager::failed);
        m_pager->loadMore(m_issue);
        QVERIFY(failed.wait(60'000));
        QVERIFY(failed.constFirst().at(3).toBool()); // offline
        QVERIFY(!m_pager->isLoading(m_issue));
        m_pager->fetchEvent(m_issue, SentryClient::latestEvent());
        QVERIFY(failed.wait(60'000));
        QCOMPARE(failed.at(1).at(1).toString(), u"latest"_s);
        QVERIFY(failed.at(1).at(3).toBool());
    }

    // As the window does it: the controller hands the request to the sync engine's own thread,
    // whose store connection writes the events; the GUI thread's connection then reads them.
    void theSyncThreadFetchesForTheWindow()
    {
        QVERIFY(start());
        SyncEngine engine(m_h->dbPath()); // threaded, real time
        SyncController controller(&engine, *m_store, m_clock);
        controller.setTokenResolver(
            [](const QString &, const QString &, QString *) -> std::optional<QString> { return FakeSentry::defaultToken(); });
        const qint64 before = cached();
        QSignalSpy loaded(&controller, &SyncController::eventsLoaded);
        controller.loadMoreEvents(m_issue);
        QVERIFY(loaded.wait(60'000));
        QCOMPARE(loaded.constFirst().at(0).toLongLong(), m_issue);
        QCOMPARE(cached(), before + loaded.constFirst().at(1).toLongLong());
        QVERIFY(cached() >= 100);

        const QString oldest = m_h->server().data().issueEvents(m_fakeIssue->id).constLast()->eventId;
        QSignalSpy one(&controller, &SyncController::eventLoaded);
        controller.fetchEvent(m_issue, SentryClient::oldestEvent());
        QVERIFY(one.wait(60'000));
        QCOMPARE(one.constFirst().at(2).toString(), oldest);
        QVERIFY(m_store->event(oldest));

        // An imported issue is refused at once, with a reason.
        QSignalSpy failed(&controller, &SyncController::eventLoadFailed);
        controller.loadMoreEvents(m_store->ensureProject(u"nowhere"_s) + 100000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!controller.isOffline());
    }

    // A user waits for these: they go ahead of requests a sync has queued.
    void goesAheadOfQueuedBackgroundRequests()
    {
        QVERIFY(start());
        m_client->transport().setMaxConcurrent(1);
        QList<SentryReply *> background;
        for (int i = 0; i < 4; ++i)
            background << m_client->issue(QString::number(m_fakeIssue->id));
        m_h->server().clearRequests();
        QVERIFY(!loadMore().isEmpty());
        for (SentryReply *reply : std::as_const(background))
            QTRY_VERIFY(reply->isFinished());
        QStringList order;
        for (const FakeSentry::RequestRecord &record : m_h->server().requests())
            order << record.operation;
        QCOMPARE(order.size(), 5);
        // At most the first background request was on its way before it; without the priority it
        // would have been last.
        QVERIFY2(order.indexOf(u"listOrganizationIssueEvents"_s) <= 1, qPrintable(order.join(u", "_s)));
    }

    void importedIssuesHaveNothingToFetch()
    {
        QVERIFY(start());
        Event event;
        event.eventId = u"0badc0de0badc0de0badc0de0badc0de"_s;
        event.timestamp = m_clock.now();
        event.logentry.formatted = u"imported from a file"_s;
        QCOMPARE(
            m_store->insertEvent(m_store->ensureProject(u"local"_s), event, QByteArray("{}")), Store::InsertResult::Inserted);
        const qint64 local = m_store->event(event.eventId)->issueId;
        m_h->server().clearRequests();
        QSignalSpy failed(m_pager.get(), &EventPager::failed);
        m_pager->loadMore(local);
        QCOMPARE(failed.size(), 1); // at once: nothing to ask Sentry
        QVERIFY(failed.constFirst().at(2).toString().contains(u"imported"_s));
        QVERIFY(!failed.constFirst().at(3).toBool());
        QVERIFY(m_h->server().requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventPager)
#include "TestEventPager.moc"
