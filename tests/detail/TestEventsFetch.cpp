// The issue detail's Events tab and event bar for a synced issue, offscreen, against the fake Sentry
// in virtual time: Load More and scrolling to the end bring Sentry's next page into the table,
// Oldest fetches the oldest event, errors show below the table with Retry, offline and imported
// issues say what is cached and offer nothing to fetch.
#include "../core/SyncHarness.h"
#include "../ui/Screenshots.h"

#include "ElidedLabel.h"
#include "EventListModel.h"
#include "EventsPane.h"
#include "IssueDetailView.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

class TestEventsFetch : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    std::unique_ptr<test::SyncHarness> m_h;
    Store m_store;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<IssueDetailView> m_detail;
    const FakeIssue *m_fakeIssue = nullptr;
    qint64 m_issue = 0;

    EventsPane *pane() const { return m_detail->eventsPane(); }
    EventListModel *model() const { return pane()->model(); }
    QString status() const { return pane()->statusLabel()->text(); }

    bool start()
    {
        m_h = std::make_unique<test::SyncHarness>(m_clock);
        SeedOptions seed;
        seed.issues = 40; // a few per project: the sync caches a few of each issue's newest events
        seed.eventsPerIssue = 250;
        if (!m_h->start(seed) || !m_h->sync().ok() || !m_store.open(m_h->dbPath()))
            return false;
        m_controller = std::make_unique<SyncController>(&m_h->engine(), m_store, m_clock);
        m_controller->setTokenResolver(
            [](const QString &, const QString &, QString *) -> std::optional<QString> { return FakeSentry::defaultToken(); });
        m_issue = m_h->fewestCachedIssue(m_store, 250, &m_fakeIssue);
        m_detail = std::make_unique<IssueDetailView>(&m_store, &m_clock);
        m_detail->setSyncController(m_controller.get());
        m_detail->resize(1100, 700);
        m_detail->show();
        return m_issue != 0 && QTest::qWaitForWindowExposed(m_detail.get()) && m_detail->showIssue(m_issue);
    }

    void openEventsTab()
    {
        m_detail->tabs()->setCurrentIndex(IssueDetailView::EventsTab);
        QCOMPARE(pane()->issueId(), m_issue);
    }

    QString countsText(qint64 cached)
    {
        return u"%1 of %2 events cached"_s.arg(QLocale().toString(cached), QLocale().toString(m_store.issue(m_issue)->timesSeen));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_detail.reset();
        m_controller.reset();
        m_store.close();
        m_h.reset();
    }

    void loadMoreBringsTheNextPageIntoTheTable()
    {
        QVERIFY(start());
        openEventsTab();
        const int before = model()->rowCount();
        QVERIFY(before >= 1 && before < 100);
        QVERIFY2(status().startsWith(countsText(before)), qPrintable(status()));
        QVERIFY(pane()->loadMoreButton()->isVisible());
        QCOMPARE(pane()->loadMoreButton()->text(), u"Load More from Sentry"_s);
        const QString first = model()->index(0, 0).data(EventListModel::EventIdRole).toString();
        pane()->view()->setCurrentIndex(model()->index(0, 0));
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        test::saveScreenshot(m_detail.get(), u"events-few-cached"_s);

        QTest::mouseClick(pane()->loadMoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 100, 30'000);
        QTRY_VERIFY(!pane()->isLoading());
        QCOMPARE(reset.size(), 0); // rows were inserted: the selection stays
        QCOMPARE(pane()->view()->currentIndex().data(EventListModel::EventIdRole).toString(), first);
        QCOMPARE(m_store.cachedEventCount(m_issue), qint64(model()->rowCount()));
        QVERIFY2(status().startsWith(countsText(model()->rowCount())), qPrintable(status()));
        QVERIFY(m_detail->tabs()->tabText(IssueDetailView::EventsTab).contains(QString::number(model()->rowCount())));
        test::saveScreenshot(m_detail.get(), u"events-page-loaded"_s);

        // Scrolling to the end of the table asks for the next page by itself.
        QTRY_VERIFY_WITH_TIMEOUT(([this] {
            pane()->view()->scrollToBottom();
            return model()->rowCount() >= 200;
        }()),
            30'000);
        // And to the end of Sentry's listing: everything is cached, nothing more to fetch.
        QTRY_VERIFY_WITH_TIMEOUT(([this] {
            pane()->view()->scrollToBottom();
            return model()->rowCount() == 250 && !pane()->isLoading();
        }()),
            30'000);
        QTRY_VERIFY(!pane()->loadMoreButton()->isVisible());
        QVERIFY2(status().startsWith(u"All "_s), qPrintable(status()));
        test::saveScreenshot(m_detail.get(), u"events-all-cached"_s);
    }

    void errorsShowBelowTheTableWithRetry()
    {
        QVERIFY(start());
        openEventsTab();
        const int before = model()->rowCount();
        m_h->server().injectFault(FakeSentry::Fault::ServerError, 5, u"listOrganizationIssueEvents"_s);
        QTest::mouseClick(pane()->loadMoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(u"Loading more failed"_s), 30'000);
        QVERIFY2(status().contains(u"500"_s), qPrintable(status()));
        QCOMPARE(pane()->loadMoreButton()->text(), u"Retry"_s);
        test::saveScreenshot(m_detail.get(), u"events-error"_s);
        QVERIFY(pane()->loadMoreButton()->isEnabled());
        QCOMPARE(model()->rowCount(), before);
        QTest::mouseClick(pane()->loadMoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 100, 30'000);
        QVERIFY(!status().contains(u"failed"_s));
    }

    void offlineSaysWhatIsCachedAndOffersNothing()
    {
        QVERIFY(start());
        openEventsTab();
        // Every attempt (and the network stack's own retry of a reset) fails.
        m_h->server().injectFault(FakeSentry::Fault::ConnectionReset, 50, u"listOrganizationIssueEvents"_s);
        QTest::mouseClick(pane()->loadMoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->isOffline(), 30'000);
        QVERIFY2(status().contains(u"offline: connect to load more"_s), qPrintable(status()));
        QVERIFY(!pane()->loadMoreButton()->isVisible());
        test::saveScreenshot(m_detail.get(), u"events-offline"_s);
        // Navigating past the cache's oldest event says so too, without asking anything.
        m_h->server().clearRequests();
        QSignalSpy messages(m_detail.get(), &IssueDetailView::statusMessage);
        m_detail->showOldest();
        QVERIFY(m_detail->fetchingEvent().isEmpty());
        QCOMPARE(m_detail->eventId(), m_store.oldestEvent(m_issue)->eventId);
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.constLast().constFirst().toString().contains(u"offline"_s));
        QVERIFY(m_h->server().requests().isEmpty());
    }

    void oldestIsFetchedWhenNotCached()
    {
        QVERIFY(start());
        const QString oldest = m_h->server().data().issueEvents(m_fakeIssue->id).constLast()->eventId;
        QVERIFY(!m_store.event(oldest));
        QVERIFY(m_detail->oldestAction()->isEnabled());
        m_detail->oldestAction()->trigger();
        QCOMPARE(m_detail->fetchingEvent(), u"oldest"_s);
        QVERIFY(m_detail->eventLabel()->text().contains(u"Loading"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_detail->eventId(), oldest, 30'000);
        QVERIFY(m_detail->fetchingEvent().isEmpty());
        QVERIFY(m_store.event(oldest));
        // Older from the oldest cached event: Sentry has none older, so nothing is asked.
        QVERIFY(m_detail->newerAction()->isEnabled());
    }

    void anEventNotCachedIsFetchedWhenOpened()
    {
        QVERIFY(start());
        const QString id = m_h->server().data().issueEvents(m_fakeIssue->id).at(120)->eventId;
        QVERIFY(!m_store.event(id));
        QVERIFY(m_detail->openEvent(id));
        QCOMPARE(m_detail->fetchingEvent(), id);
        QVERIFY(m_detail->eventLabel()->text().startsWith(u"Loading event "_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_detail->eventId(), id, 30'000);
        QVERIFY(m_store.event(id));

        // One Sentry does not have: the event bar says so, the shown event stays.
        QVERIFY(m_detail->openEvent(u"0123456789abcdef0123456789abcdef"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_detail->fetchingEvent().isEmpty(), 30'000);
        QVERIFY2(
            m_detail->eventLabel()->text().contains(u"no longer has this event"_s), qPrintable(m_detail->eventLabel()->text()));
        QCOMPARE(m_detail->eventId(), id);
    }

    void olderPastTheCacheLoadsTheNextPage()
    {
        QVERIFY(start());
        const qint64 cached = m_store.cachedEventCount(m_issue);
        while (m_store.adjacentEvent(m_issue, m_detail->eventId(), false))
            m_detail->showOlder();
        const QString last = m_detail->eventId(); // the oldest cached
        QVERIFY(m_detail->olderAction()->isEnabled()); // Sentry has older ones
        m_detail->showOlder();
        QVERIFY(m_detail->eventLabel()->text().contains(u"Loading older events"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_detail->eventId() != last, 30'000);
        QVERIFY(m_store.cachedEventCount(m_issue) > cached);
        QCOMPARE(m_store.adjacentEvent(m_issue, last, false)->eventId, m_detail->eventId());
    }

    void importedIssuesHaveNoFetchRow()
    {
        QVERIFY(start());
        Event event;
        event.eventId = u"0badc0de0badc0de0badc0de0badc0de"_s;
        event.timestamp = m_clock.now();
        event.logentry.formatted = u"imported from a file"_s;
        QCOMPARE(m_store.insertEvent(m_store.ensureProject(u"local"_s), event, QByteArray("{}")), Store::InsertResult::Inserted);
        QVERIFY(m_detail->showEvent(event.eventId));
        m_detail->tabs()->setCurrentIndex(IssueDetailView::EventsTab);
        QCOMPARE(status(), u"This imported issue's only event is here."_s);
        QVERIFY(!pane()->loadMoreButton()->isVisible());
        QVERIFY(!m_detail->olderAction()->isEnabled());
        QVERIFY(!m_detail->oldestAction()->isEnabled());
    }
};

QTEST_MAIN(TestEventsFetch)
#include "TestEventsFetch.moc"
