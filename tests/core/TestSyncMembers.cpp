// Who "me" is: the sync learns the token's user and the organisation's members from Sentry.
#include "SyncHarness.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QTest>

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

class TestSyncMembers : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    std::unique_ptr<test::SyncHarness> m_h;

    bool start()
    {
        m_h = std::make_unique<test::SyncHarness>(m_clock);
        return m_h->start({});
    }
    FakeSentry &server() { return m_h->server(); }

private Q_SLOTS:
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC)); }
    void cleanup() { m_h.reset(); }

    // The token's user becomes "me" (assigned:me, first in the assign list), with the
    // organisation's members to assign to; read once a day, not on every sync.
    void learnsWhoMeIs()
    {
        QVERIFY(start());
        QVERIFY(m_h->sync().ok());
        QCOMPARE(server().countOperation(u"getOrganizationMember"_s), 1);
        QCOMPARE(server().countOperation(u"listOrganizationMembers"_s), 1);
        {
            Store store;
            QVERIFY(store.open(m_h->dbPath()));
            SyncStore sync(store);
            QCOMPARE(sync.me(), u"jane@example.com"_s);
            const QStringList assignees = sync.knownAssignees();
            QCOMPARE(assignees.value(0), u"jane@example.com"_s);
            QVERIFY(assignees.contains(u"sam@example.com"_s) && assignees.contains(u"ana@example.com"_s));
            QCOMPARE(assignees.count(u"jane@example.com"_s), 1);
        }
        m_clock.advance(3600);
        QVERIFY(m_h->sync().ok());
        QCOMPARE(server().countOperation(u"getOrganizationMember"_s), 1);
        m_clock.advance(25 * 3600);
        QVERIFY(m_h->sync().ok());
        QCOMPARE(server().countOperation(u"getOrganizationMember"_s), 2);

        // An organisation token has no user: "me" stays unknown and the sync goes on.
        QVERIFY(start());
        server().data().tokenUser = -1;
        server().setToken(FakeSentry::defaultToken(), {u"org:read"_s, u"project:read"_s, u"project:releases"_s, u"event:read"_s});
        const SyncSummary summary = m_h->sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        Store store;
        QVERIFY(store.open(m_h->dbPath()));
        QCOMPARE(SyncStore(store).me(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncMembers)
#include "TestSyncMembers.moc"
