#include "SyncHarness.h"
#include "watch/Notifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

// The Notifier fed by a real SyncEngine against the fake Sentry, as the window wires them:
// SyncEngine::issuesFound -> Notifier::syncFinished, on the window's own store connection.
class TestWatchSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syncsRaiseWhatChangedInSentry()
    {
        test::SyncHarness h(m_clock);
        QVERIFY(h.start());
        FakeData &data = h.server().data();
        const QList<FakeIssue *> unresolved = data.findIssues([](const FakeIssue &i) { return i.status == u"unresolved"; });
        FakeIssue *busy = unresolved.at(0);
        FakeIssue *regressing = unresolved.at(1);
        regressing->status = u"resolved"_s;
        regressing->substatus.clear();

        Store store;
        QVERIFY(store.open(h.dbPath()));
        Notifier notifier(&store, &m_clock);
        notifier.setTimeZone(QTimeZone::UTC);
        NotificationSettings settings;
        settings.rules = {{u"Busy"_s, u"is:unresolved"_s, 20, 90, false}};
        notifier.setSettings(settings);
        QSignalSpy raised(&notifier, &Notifier::notificationsRaised);
        connect(&h.engine(), &SyncEngine::issuesFound, &notifier, &Notifier::syncFinished);

        // The first sync finds every issue new, and says nothing about it.
        QVERIFY(h.sync().ok());
        QCOMPARE(raised.size(), 0);
        QCOMPARE(notifier.unreadCount(), 0);

        // An hour later: a new issue, a resolved one happens again, 30 more users on another.
        m_clock.advance(3600);
        FakeIssue fresh;
        fresh.title = u"FreshError: just now"_s;
        const qint64 freshId = data.addIssue(u"orders-service"_s, fresh).id;
        FakeEvent event;
        event.issueId = freshId;
        event.dateCreated = m_clock.now().addSecs(-300);
        data.addEvent(event);
        event = {};
        event.issueId = regressing->id;
        event.dateCreated = m_clock.now().addSecs(-60);
        data.addEvent(event);
        for (int i = 0; i < 30; ++i) {
            event = {};
            event.issueId = busy->id;
            event.dateCreated = m_clock.now().addSecs(-1200 + i);
            event.userId = u"watch-user-%1"_s.arg(i);
            data.addEvent(event);
        }
        QVERIFY(h.sync().ok());

        QCOMPARE(raised.size(), 1);
        const QList<Notification> got = raised.constFirst().constFirst().value<QList<Notification>>();
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.at(0).reason, Notification::Reason::NewIssue);
        QCOMPARE(got.at(0).issueId, store.issueByShortId(data.issue(QString::number(freshId))->shortId)->id);
        QCOMPARE(got.at(0).body, data.issue(QString::number(freshId))->shortId + u": FreshError: just now"_s);
        QCOMPARE(got.at(1).reason, Notification::Reason::Regression);
        QCOMPARE(got.at(1).issueId, store.issueByShortId(regressing->shortId)->id);
        // Sentry's userCount grew by 30 since the last look, an hour ago: over 20 in 90 minutes.
        QCOMPARE(got.at(2).reason, Notification::Reason::Threshold);
        QCOMPARE(got.at(2).issueId, store.issueByShortId(busy->shortId)->id);
        QVERIFY2(got.at(2).users >= 30, qPrintable(QString::number(got.at(2).users)));
        QCOMPARE(notifier.unreadCount(), 3);

        // Nothing new: nothing raised.
        m_clock.advance(600);
        QVERIFY(h.sync().ok());
        QCOMPARE(raised.size(), 1);
    }

private:
    test::MockClock m_clock;
};

QTEST_GUILESS_MAIN(TestWatchSync)
#include "TestWatchSync.moc"
