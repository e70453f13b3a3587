#include "MockClock.h"
#include "TestData.h"
#include "store/Store.h"
#include "watch/Notifier.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kUtc = QTimeZone::UTC;

QList<Notification::Reason> reasons(const QList<Notification> &notifications)
{
    QList<Notification::Reason> result;
    for (const Notification &n : notifications)
        result << n.reason;
    return result;
}

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), kUtc));
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(u":memory:"_s));
        m_project = m_store->ensureProject(u"shop"_s);
        m_events = 0;
    }

    void newIssuesAndRegressions()
    {
        const qint64 a = addEvent(u"KeyError"_s, 5);
        const qint64 b = addEvent(u"TimeoutError"_s, 5);
        Notifier notifier(m_store.get(), &m_clock);
        notifier.setTimeZone(kUtc);
        QSignalSpy raised(&notifier, &Notifier::notificationsRaised);
        QSignalSpy unread(&notifier, &Notifier::unreadCountChanged);

        // The first sync of an account finds everything new: no notice.
        QVERIFY(notifier.syncFinished({a, b}, {}, true).isEmpty());
        QCOMPARE(raised.size(), 0);

        const QList<Notification> got = notifier.syncFinished({a}, {b}, false);
        QCOMPARE(reasons(got), (QList {Notification::Reason::NewIssue, Notification::Reason::Regression}));
        QCOMPARE(got.at(0).issueId, a);
        QCOMPARE(got.at(0).title, u"New issue in shop"_s);
        QCOMPARE(got.at(0).body, m_store->issue(a)->shortId + u": KeyError: something failed"_s);
        QCOMPARE(got.at(1).title, u"Regression in shop"_s);
        QCOMPARE(got.at(0).at, m_clock.now());
        QVERIFY(!got.at(0).quiet);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.constFirst().constFirst().value<QList<Notification>>().size(), 2);
        QCOMPARE(notifier.unreadCount(), 2);
        QCOMPARE(unread.constLast().constFirst().toInt(), 2);

        // Never the same issue twice for the same reason within the hour.
        m_clock.advance(30 * 60);
        QVERIFY(notifier.syncFinished({a}, {b}, false).isEmpty());
        m_clock.advance(31 * 60);
        QCOMPARE(notifier.syncFinished({}, {b}, false).size(), 1);
        QCOMPARE(notifier.unreadCount(), 2);
    }

    void togglesAndResolvedIssues()
    {
        const qint64 a = addEvent(u"KeyError"_s, 5);
        const qint64 b = addEvent(u"TimeoutError"_s, 5);
        Notifier notifier(m_store.get(), &m_clock);
        NotificationSettings settings;
        settings.newIssues = false;
        notifier.setSettings(settings);
        QCOMPARE(reasons(notifier.syncFinished({a}, {b}, false)), QList {Notification::Reason::Regression});

        // An issue resolved by the time the sync ends is not worth a notice.
        const qint64 c = addEvent(u"ValueError"_s, 1);
        setColumn(c, "status = 'resolved'");
        settings.newIssues = true;
        settings.regressions = false;
        notifier.setSettings(settings);
        QVERIFY(notifier.syncFinished({c}, {a}, false).isEmpty());
    }

    void quietHoursSuppressButCount()
    {
        const qint64 a = addEvent(u"KeyError"_s, 5);
        const qint64 b = addEvent(u"TimeoutError"_s, 5);
        const qint64 c = addEvent(u"ValueError"_s, 5);
        Notifier notifier(m_store.get(), &m_clock);
        notifier.setTimeZone(QTimeZone(2 * 3600)); // local time is UTC+2
        NotificationSettings settings;
        settings.quietHours = true;
        settings.quietFrom = QTime(22, 0);
        settings.quietTo = QTime(7, 0);
        notifier.setSettings(settings);
        QSignalSpy raised(&notifier, &Notifier::notificationsRaised);

        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(20, 30), kUtc)); // 22:30 local
        QVERIFY(notifier.isQuietNow());
        const QList<Notification> quiet = notifier.syncFinished({a}, {}, false);
        QCOMPARE(quiet.size(), 1);
        QVERIFY(quiet.constFirst().quiet);
        QCOMPARE(raised.size(), 0);
        QCOMPARE(notifier.unreadCount(), 1); // still there to see in the morning

        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(4, 59), kUtc)); // 06:59 local, across midnight
        QVERIFY(notifier.syncFinished({b}, {}, false).constFirst().quiet);
        QCOMPARE(raised.size(), 0);

        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(5, 0), kUtc)); // 07:00 local: over
        QVERIFY(!notifier.isQuietNow());
        QVERIFY(!notifier.syncFinished({c}, {}, false).constFirst().quiet);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(notifier.unreadCount(), 3);
    }

    void quietHoursRanges()
    {
        NotificationSettings settings;
        settings.quietFrom = QTime(22, 0);
        settings.quietTo = QTime(7, 0);
        QVERIFY(!settings.isQuietAt(QTime(23, 0))); // switched off
        settings.quietHours = true;
        QVERIFY(settings.isQuietAt(QTime(22, 0)));
        QVERIFY(settings.isQuietAt(QTime(0, 0)));
        QVERIFY(settings.isQuietAt(QTime(6, 59)));
        QVERIFY(!settings.isQuietAt(QTime(7, 0)));
        QVERIFY(!settings.isQuietAt(QTime(21, 59)));
        settings.quietFrom = QTime(12, 0);
        settings.quietTo = QTime(13, 30);
        QVERIFY(settings.isQuietAt(QTime(12, 45)));
        QVERIFY(!settings.isQuietAt(QTime(13, 30)));
        QVERIFY(!settings.isQuietAt(QTime(11, 59)));
        settings.quietTo = settings.quietFrom; // an empty range is never quiet
        QVERIFY(!settings.isQuietAt(QTime(12, 0)));
    }

    void thresholdCrossingFiresOnce()
    {
        Notifier notifier(m_store.get(), &m_clock);
        notifier.setTimeZone(kUtc);
        NotificationSettings settings;
        settings.rules = {{u"Checkout"_s, u"is:unresolved KeyError"_s, 3, 60, false}};
        notifier.setSettings(settings);

        // An old issue (first seen two days ago), so only its users within the hour count.
        const qint64 issue = addEvent(u"KeyError"_s, 2 * 24 * 60, u"old-user"_s);
        for (int i = 1; i <= 3; ++i)
            addEvent(u"KeyError"_s, 50 - i, u"user%1"_s.arg(i));
        addEvent(u"TimeoutError"_s, 10, u"user9"_s); // another issue, not in the search
        QCOMPARE(notifier.usersInWindow(*m_store->issue(issue), 60), 3);
        QVERIFY(notifier.checkRules().isEmpty()); // 3 is not more than 3

        m_clock.advance(5 * 60);
        addEvent(u"KeyError"_s, 1, u"user4"_s);
        addEvent(u"KeyError"_s, 1, u"user4"_s); // the same user again
        const QList<Notification> crossed = notifier.checkRules();
        QCOMPARE(crossed.size(), 1);
        QCOMPARE(crossed.constFirst().reason, Notification::Reason::Threshold);
        QCOMPARE(crossed.constFirst().issueId, issue);
        QCOMPARE(crossed.constFirst().users, 4);
        QCOMPARE(crossed.constFirst().rule, u"Checkout"_s);
        QCOMPARE(crossed.constFirst().title, u"Checkout: 4 users in 60 min"_s);

        // Still above: once is enough.
        m_clock.advance(5 * 60);
        addEvent(u"KeyError"_s, 1, u"user5"_s);
        QVERIFY(notifier.checkRules().isEmpty());

        // Two quiet hours: every user is out of the window, the issue is below again.
        m_clock.advance(2 * 3600);
        QVERIFY(notifier.checkRules().isEmpty());
        QCOMPARE(notifier.usersInWindow(*m_store->issue(issue), 60), 0);

        // A new burst crosses again, and is told again.
        for (int i = 10; i < 15; ++i)
            addEvent(u"KeyError"_s, 2, u"user%1"_s.arg(i));
        const QList<Notification> again = notifier.checkRules();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.constFirst().users, 5);
    }

    void recrossingWithinTheWindowIsNotToldAgain()
    {
        Notifier notifier(m_store.get(), &m_clock);
        NotificationSettings settings;
        settings.rules = {{u"Busy"_s, QString(), 2, 30, false}};
        notifier.setSettings(settings);
        const qint64 issue = addEvent(u"KeyError"_s, 24 * 60, u"old"_s);
        for (int i = 0; i < 3; ++i)
            addEvent(u"KeyError"_s, 25, u"a%1"_s.arg(i));
        QCOMPARE(notifier.checkRules().size(), 1);
        // Ten minutes later the first users fall out of the 30 minutes: below...
        m_clock.advance(10 * 60);
        QCOMPARE(notifier.usersInWindow(*m_store->issue(issue), 30), 0);
        QVERIFY(notifier.checkRules().isEmpty());
        // ...and above again 20 minutes after the notice: too soon to tell again.
        m_clock.advance(10 * 60);
        for (int i = 0; i < 3; ++i)
            addEvent(u"KeyError"_s, 1, u"b%1"_s.arg(i));
        QVERIFY(notifier.checkRules().isEmpty());
    }

    void newIssueCountsAllItsUsers()
    {
        // First seen within the window: all its users came within it.
        Notifier notifier(m_store.get(), &m_clock);
        const qint64 issue = addEvent(u"KeyError"_s, 20, u"u1"_s);
        addEvent(u"KeyError"_s, 15, u"u2"_s);
        setColumn(issue, "user_count = 40"); // as Sentry counted it; two events cached
        QCOMPARE(notifier.usersInWindow(*m_store->issue(issue), 30), 40);
        QCOMPARE(notifier.usersInWindow(*m_store->issue(issue), 10), 0);
    }

    void syncedUserCountGrowthCounts()
    {
        // A synced issue: few cached events, Sentry's userCount grows between syncs.
        Notifier notifier(m_store.get(), &m_clock);
        NotificationSettings settings;
        settings.rules = {{u"Growth"_s, u"is:unresolved"_s, 20, 30, false}};
        notifier.setSettings(settings);
        const qint64 issue = addEvent(u"KeyError"_s, 3 * 24 * 60, u"u1"_s);
        setColumn(issue, "user_count = 100");
        QVERIFY(notifier.checkRules().isEmpty()); // the first look: 100 users, but when?

        m_clock.advance(10 * 60);
        setColumn(issue, "user_count = 115, last_seen = " + QByteArray::number(m_clock.now().toMSecsSinceEpoch()));
        QCOMPARE(notifier.usersInWindow(*m_store->issue(issue), 30), 15);
        QVERIFY(notifier.checkRules().isEmpty());

        m_clock.advance(10 * 60);
        setColumn(issue, "user_count = 130, last_seen = " + QByteArray::number(m_clock.now().toMSecsSinceEpoch()));
        const QList<Notification> crossed = notifier.checkRules();
        QCOMPARE(crossed.size(), 1);
        QCOMPARE(crossed.constFirst().users, 30);

        // 40 minutes on, the looks at 100 and 115 are out of the window: growth since the one at 130.
        m_clock.advance(25 * 60);
        setColumn(issue, "user_count = 131, last_seen = " + QByteArray::number(m_clock.now().toMSecsSinceEpoch()));
        QCOMPARE(notifier.checkRules().size(), 0);
        QCOMPARE(notifier.usersInWindow(*m_store->issue(issue), 30), 1);
    }

    void muteWorks()
    {
        Notifier notifier(m_store.get(), &m_clock);
        NotificationSettings settings;
        settings.rules = {{u"Loud"_s, u"KeyError"_s, 1, 60, true}, {u"Other"_s, u"TimeoutError"_s, 1, 60, false}};
        notifier.setSettings(settings);
        addEvent(u"KeyError"_s, 5, u"u1"_s);
        const qint64 issue = addEvent(u"KeyError"_s, 4, u"u2"_s);
        QVERIFY(notifier.checkRules().isEmpty());
        QCOMPARE(notifier.unreadCount(), 0);

        settings.rules[0].muted = false;
        notifier.setSettings(settings);
        m_clock.advance(60);
        const QList<Notification> unmuted = notifier.checkRules();
        QCOMPARE(unmuted.size(), 1);
        QCOMPARE(unmuted.constFirst().issueId, issue);
        QCOMPARE(unmuted.constFirst().rule, u"Loud"_s);
    }

    void unreadCounts()
    {
        const qint64 a = addEvent(u"KeyError"_s, 5, u"u1"_s);
        addEvent(u"KeyError"_s, 4, u"u2"_s);
        const qint64 b = addEvent(u"TimeoutError"_s, 5);
        const qint64 c = addEvent(u"ValueError"_s, 5);
        Notifier notifier(m_store.get(), &m_clock);
        NotificationSettings settings;
        settings.rules = {{u"Keys"_s, u"KeyError"_s, 1, 60, false}};
        notifier.setSettings(settings);
        QSignalSpy unread(&notifier, &Notifier::unreadCountChanged);

        // a is new and over the rule's threshold: one issue to look at, counted once.
        QCOMPARE(notifier.syncFinished({a, b}, {c}, false).size(), 4);
        QCOMPARE(notifier.unreadCount(), 3);
        QCOMPARE(notifier.unread().constFirst().issueId, b); // a's latest notice is its threshold
        QCOMPARE(notifier.unread().constLast().reason, Notification::Reason::Threshold);

        notifier.markRead(a);
        QCOMPARE(notifier.unreadCount(), 2);
        QCOMPARE(unread.constLast().constFirst().toInt(), 2);
        const qsizetype signals_ = unread.size();
        notifier.markRead(a); // nothing changes, nothing is said
        QCOMPARE(unread.size(), signals_);
        notifier.markAllRead();
        QCOMPARE(notifier.unreadCount(), 0);
        QCOMPARE(unread.constLast().constFirst().toInt(), 0);
    }

    void unusableRuleIsSkippedAndNamed()
    {
        Notifier notifier(m_store.get(), &m_clock);
        NotificationSettings settings;
        const WatchRule broken {u"Broken"_s, u"level:\"error"_s, 0, 60, false};
        settings.rules = {broken};
        notifier.setSettings(settings);
        addEvent(u"KeyError"_s, 5, u"u1"_s);
        QVERIFY(notifier.checkRules().isEmpty());
        QVERIFY2(broken.problem().startsWith(u"The search cannot be used: level:\"error: the quote is never closed"_s),
            qPrintable(broken.problem()));
        QVERIFY(WatchRule({u"Fine"_s, u"is:unresolved level:error"_s, 5, 10, false}).problem().isEmpty());
        QCOMPARE(WatchRule({QString(), QString(), 5, 10, false}).problem(), u"The rule needs a name."_s);
    }

    void settingsRoundTrip()
    {
        QSettings store(u"lookout-test"_s, u"notifier"_s);
        store.clear();
        QCOMPARE(NotificationSettings::load(store), NotificationSettings());
        NotificationSettings settings;
        settings.newIssues = false;
        settings.quietHours = true;
        settings.quietFrom = QTime(23, 15);
        settings.quietTo = QTime(6, 45);
        settings.rules = {{u"Checkout"_s, u"project:shop level:error"_s, 50, 60, false}, {u"Noisy"_s, QString(), 5, 5, true}};
        settings.save(store);
        QCOMPARE(NotificationSettings::load(store), settings);
        // Fewer rules saved later leave none of the old ones behind.
        settings.rules.removeLast();
        settings.save(store);
        QCOMPARE(NotificationSettings::load(store).rules.size(), 1);
        store.clear();
    }

private:
    // An event minutesAgo, grouped by its exception type; returns its issue.
    qint64 addEvent(const QString &type, int minutesAgo, const QString &user = {})
    {
        const QString id = u"%1"_s.arg(++m_events, 32, 16, QLatin1Char('0'));
        const double timestamp = double(m_clock.now().toSecsSinceEpoch() - 60 * qint64(minutesAgo));
        test::addEvent(*m_store, m_project, id, timestamp, type, u"handler"_s, user);
        return m_store->event(id)->issueId;
    }

    void setColumn(qint64 issueId, const QByteArray &assignment)
    {
        const QByteArray sql = "UPDATE issues SET " + assignment + " WHERE id = " + QByteArray::number(issueId);
        QCOMPARE(sqlite3_exec(m_store->syncHandle(), sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    }

    test::MockClock m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_project = 0;
    int m_events = 0;
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "TestNotifier.moc"
