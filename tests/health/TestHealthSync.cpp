// Release health from a sync against the fake Sentry: the sessions and releases the sync stores
// become the series (refresh), and stats_v2 outcomes round-trip through SentryClient::stats and
// HealthStore::storeOutcomes.
#include "SyncHarness.h"
#include "api/SentryClient.h"
#include "health/HealthStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestHealthSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syncedSessionsBecomeTheSeries()
    {
        test::MockClock clock;
        test::SyncHarness h(clock);
        QVERIFY(h.start());
        const SyncSummary summary = h.sync();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QVERIFY(summary.sessionSeries > 0);

        Store store;
        QVERIFY(store.open(h.dbPath()));
        HealthStore health(store);
        QVERIFY2(health.refresh(), qPrintable(health.errorString()));
        SyncStore sync(store);
        const qint64 account = h.accountId();
        // The sync asks for 14 days at 1h: the fake answers from the hour 14 days ago to the next hour.
        const qint64 nowSecs = clock.now().toSecsSinceEpoch();
        const qint64 startHour = (nowSecs - 14 * 86400) / 3600, endHour = nowSecs / 3600 + 1;
        int releasesChecked = 0;
        for (const fake::FakeProject &project : h.server().data().projects()) {
            const qint64 local = sync.projectBySentryId(account, QString::number(project.id));
            QVERIFY(local);
            QMap<QString, SessionCounts> expected;
            QMap<QString, QDateTime> firstSession;
            for (const fake::FakeSessionBucket &b : h.server().data().sessions) {
                const qint64 hour = b.start.toSecsSinceEpoch() / 3600;
                if (b.projectId != project.id || hour < startHour || hour >= endHour)
                    continue;
                if (!firstSession.contains(b.release))
                    firstSession.insert(b.release, b.start.toUTC());
                SessionCounts &c = expected[b.release];
                c.add(SessionStatus::Healthy, b.healthy);
                c.add(SessionStatus::Errored, b.errored);
                c.add(SessionStatus::Abnormal, b.abnormal);
                c.add(SessionStatus::Crashed, b.crashed);
            }
            const QList<ReleaseHealth> releases = health.releases({local, {}, startHour, endHour});
            qint64 projectTotal = 0;
            for (const SessionCounts &c : std::as_const(expected))
                projectTotal += c.total;
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                const auto r = std::find_if(
                    releases.begin(), releases.end(), [&](const ReleaseHealth &rh) { return rh.version == it.key(); });
                QVERIFY2(r != releases.end(), qPrintable(it.key()));
                QCOMPARE(r->sessions, *it);
                QCOMPARE(*r->crashFreeSessions(), 100.0 * (1.0 - double(it->crashed) / double(it->total)));
                QCOMPARE(*r->adoption(), 100.0 * double(it->total) / double(projectTotal));
                // The window is the synced period: distinct users are Sentry's totals.
                QVERIFY(r->usersExact);
                QVERIFY(r->users.total > 0);
                // dateCreated from the release listing, or its first session when that came earlier.
                const fake::FakeRelease *release = h.server().data().release(it.key());
                QVERIFY(release);
                QCOMPARE(r->firstSeen, std::min(release->dateCreated.toUTC(), firstSession.value(it.key())));
                QCOMPARE(r->newIssues, qint64(release->newGroups));
                ++releasesChecked;
            }
        }
        QVERIFY(releasesChecked >= 10);

        // A second sync an hour later: only the new payloads are read, and hours before the new
        // answer's period stay.
        clock.advance(3600);
        QVERIFY(h.sync().ok());
        QVERIFY(health.refresh());
        const qint64 project = sync.projectBySentryId(account, QString::number(h.server().data().projects().first().id));
        const HealthSeries series = health.series({project, {}, startHour, startHour + 1}, 1);
        QVERIFY(!series.releases.isEmpty());
        QVERIFY(series.all.first().sessions.total > 0);
    }

    void statsOutcomesRoundTrip()
    {
        test::MockClock clock;
        test::SyncHarness h(clock);
        QVERIFY(h.start());
        QVERIFY(h.sync().ok());

        QNetworkAccessManager nam;
        test::VirtualWaiter waiter(clock);
        SentryClient client(&nam, clock, waiter);
        client.setAccount(h.account());
        StatsQuery query;
        query.interval = u"1h"_s;
        query.range.statsPeriod = u"14d"_s;
        query.categories = {u"error"_s};
        SentryReply *reply = client.stats(query);
        QSignalSpy finished(reply, &SentryReply::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        const QJsonObject answer = reply->json().object();
        QMap<QPair<qint64, QString>, qint64> totals;
        for (const QJsonValue &g : answer.value(u"groups"_s).toArray()) {
            const QJsonObject group = g.toObject();
            const QJsonObject by = group.value(u"by"_s).toObject();
            totals[{by.value(u"project"_s).toInteger(), by.value(u"outcome"_s).toString()}]
                += group.value(u"totals"_s).toObject().value(u"sum(quantity)"_s).toInteger();
        }
        QVERIFY(totals.size() > 5);

        Store store;
        QVERIFY(store.open(h.dbPath()));
        HealthStore health(store);
        QVERIFY2(health.storeOutcomes(h.accountId(), answer), qPrintable(health.errorString()));
        SyncStore sync(store);
        const qint64 nowSecs = clock.now().toSecsSinceEpoch();
        const HealthWindow window {0, {}, (nowSecs - 14 * 86400) / 3600, nowSecs / 3600 + 1};
        bool sawRateLimits = false;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            HealthWindow w = window;
            w.projectId = sync.projectBySentryId(h.accountId(), QString::number(it.key().first));
            QCOMPARE(health.outcomes(w, 24).totals.value(it.key().second), it.value());
            sawRateLimits = sawRateLimits || (it.key().second == u"rate_limited"_s && it.value() > 0);
        }
        QVERIFY(sawRateLimits);
    }
};

QTEST_GUILESS_MAIN(TestHealthSync)
#include "TestHealthSync.moc"
