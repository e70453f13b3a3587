// Release health: the arithmetic (hand-computed cases), semver ordering, and the series tables
// filled from local session payloads and from Sentry's sessions and releases answers.
#include "health/HealthStore.h"
#include "health/ReleaseVersion.h"
#include "health/SessionTally.h"
#include "ingest/SessionJsonParser.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

// 2026-11-20T10:00:00Z, the start of an hour.
constexpr qint64 baseSecs = 1795168800;
constexpr qint64 baseHour = baseSecs / 3600;

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC);
}

SessionUpdate update(const QString &sid, const QString &did, const QString &status, bool init = false, qint64 errors = 0,
    qint64 started = baseSecs + 60, const QString &release = u"app@1.0.0"_s)
{
    SessionUpdate u;
    u.sid = sid;
    u.did = did;
    u.status = status;
    u.init = init;
    u.errors = errors;
    u.started = at(started);
    u.timestamp = at(started + 30);
    u.release = release;
    u.environment = u"production"_s;
    return u;
}

QByteArray sessionJson(const QString &sid, const QString &did, const QString &status, bool init, qint64 started,
    const QString &release = u"app@1.0.0"_s, const QString &environment = u"production"_s, qint64 errors = 0)
{
    QJsonObject json {{u"sid"_s, sid}, {u"init"_s, init}, {u"started"_s, double(started)}, {u"status"_s, status},
        {u"errors"_s, errors}, {u"attrs"_s, QJsonObject {{u"release"_s, release}, {u"environment"_s, environment}}}};
    if (!did.isEmpty())
        json.insert(u"did"_s, did);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray aggregateJson(qint64 started, qint64 exited, qint64 errored, qint64 abnormal, qint64 crashed,
    const QString &release = u"app@1.0.0"_s, const QString &environment = u"production"_s)
{
    QJsonObject bucket {{u"started"_s, at(started).toString(Qt::ISODate)}, {u"exited"_s, exited}};
    if (errored)
        bucket.insert(u"errored"_s, errored);
    if (abnormal)
        bucket.insert(u"abnormal"_s, abnormal);
    if (crashed)
        bucket.insert(u"crashed"_s, crashed);
    return QJsonDocument(QJsonObject {{u"aggregates"_s, QJsonArray {bucket}},
                             {u"attrs"_s, QJsonObject {{u"release"_s, release}, {u"environment"_s, environment}}}})
        .toJson(QJsonDocument::Compact);
}

const ReleaseHealth *find(const QList<ReleaseHealth> &releases, const QString &version)
{
    const auto it = std::find_if(releases.begin(), releases.end(), [&](const ReleaseHealth &r) { return r.version == version; });
    return it == releases.end() ? nullptr : &*it;
}

// One group of Sentry's sessions answer: by project, release, session.status.
QJsonObject group(
    qint64 project, const QString &release, const QString &status, const QList<int> &sessions, const QList<int> &users)
{
    QJsonArray s, u;
    qint64 total = 0;
    for (const int n : sessions) {
        s.append(n);
        total += n;
    }
    for (const int n : users)
        u.append(n);
    return QJsonObject {{u"by"_s, QJsonObject {{u"project"_s, project}, {u"release"_s, release}, {u"session.status"_s, status}}},
        {u"totals"_s,
            QJsonObject {{u"sum(session)"_s, total}, {u"count_unique(user)"_s, *std::max_element(users.begin(), users.end())}}},
        {u"series"_s, QJsonObject {{u"sum(session)"_s, s}, {u"count_unique(user)"_s, u}}}};
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crashFreeRatesAreOneMinusTheCrashedShare()
    {
        QCOMPARE(*HealthMath::crashFreeRate(2, 400), 99.5);
        QCOMPARE(*HealthMath::crashFreeRate(0, 7), 100.0);
        QCOMPARE(*HealthMath::crashFreeRate(1, 8), 87.5);
        QCOMPARE(*HealthMath::crashFreeRate(4, 4), 0.0);
        // No sessions is no data, not "100 % crash free".
        QVERIFY(!HealthMath::crashFreeRate(0, 0));
        QVERIFY(!HealthMath::percent(3, 0));
        QCOMPARE(*HealthMath::percent(1, 4), 25.0);
    }

    void aSessionCountsOnceInItsFinalState()
    {
        SessionTally tally;
        // A: init, an error noted while running, then exited with that error: errored.
        tally.addUpdate(update(u"a"_s, u"u1"_s, u"ok"_s, true));
        tally.addUpdate(update(u"a"_s, u"u1"_s, u"ok"_s, false, 1));
        tally.addUpdate(update(u"a"_s, u"u1"_s, u"exited"_s, false, 1));
        // B: the crash arrives before the init (another envelope overtook it): crashed, once.
        tally.addUpdate(update(u"b"_s, u"u1"_s, u"crashed"_s, false, 1));
        tally.addUpdate(update(u"b"_s, u"u1"_s, u"ok"_s, true));
        // C: a short session, init and exit in one update.
        tally.addUpdate(update(u"c"_s, u"u2"_s, u"exited"_s, true));
        // D: still running (no final update yet): healthy.
        tally.addUpdate(update(u"d"_s, u"u3"_s, u"ok"_s, true));
        // E: abnormal (the app was killed), without a user.
        tally.addUpdate(update(u"e"_s, QString(), u"ok"_s, true));
        tally.addUpdate(update(u"e"_s, QString(), u"abnormal"_s));
        // F: exited, then a stray "ok" arrives late: still only counted once, as exited.
        tally.addUpdate(update(u"f"_s, u"u4"_s, u"ok"_s, true));
        tally.addUpdate(update(u"f"_s, u"u4"_s, u"exited"_s));
        tally.addUpdate(update(u"f"_s, u"u4"_s, u"ok"_s));

        const QList<SessionTally::Bucket> buckets = tally.buckets();
        QCOMPARE(buckets.size(), 1);
        const SessionCounts &s = buckets[0].sessions;
        QCOMPARE(s.total, 6);
        QCOMPARE(s.errored, 1);
        QCOMPARE(s.abnormal, 1);
        QCOMPARE(s.crashed, 1);
        QCOMPARE(s.healthy(), 3);
        // 1 - 1/6
        QCOMPARE(*HealthMath::crashFreeRate(s.crashed, s.total), 100.0 * 5.0 / 6.0);
        // u1 had an errored and a crashed session: one crashed user. u2, u3, u4 healthy.
        const UserCounts users = buckets[0].userCounts();
        QCOMPARE(users, (UserCounts {4, 0, 0, 1}));
        QCOMPARE(*HealthMath::crashFreeRate(users.crashed, users.total), 75.0);
    }

    void abnormalAndErroredStayApartFromCrashed()
    {
        SessionTally tally;
        SessionAggregate a;
        a.started = at(baseSecs + 5);
        a.release = u"app@1.0.0"_s;
        a.environment = u"production"_s;
        a.exited = 380;
        a.errored = 12;
        a.abnormal = 6;
        a.crashed = 2;
        tally.addAggregate(a);
        const SessionCounts s = tally.buckets().constFirst().sessions;
        QCOMPARE(s, (SessionCounts {400, 12, 6, 2}));
        QCOMPARE(s.healthy(), 380);
        // Abnormal sessions are not crashes: 1 - 2/400.
        QCOMPARE(*HealthMath::crashFreeRate(s.crashed, s.total), 99.5);
    }

    void sessionsAreBucketedByTheHourTheyStarted()
    {
        SessionTally tally;
        tally.addUpdate(update(u"a"_s, u"u1"_s, u"ok"_s, true, 0, baseSecs + 3599));
        // Its crash comes two hours later; it still counts where it started.
        SessionUpdate crash = update(u"a"_s, u"u1"_s, u"crashed"_s, false, 1, baseSecs + 3599);
        crash.timestamp = at(baseSecs + 3 * 3600);
        tally.addUpdate(crash);
        tally.addUpdate(update(u"b"_s, u"u2"_s, u"exited"_s, true, 0, baseSecs + 3600));
        const QList<SessionTally::Bucket> buckets = tally.buckets();
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets[0].key.hour, baseHour);
        QCOMPARE(buckets[0].sessions, (SessionCounts {1, 0, 0, 1}));
        QCOMPARE(buckets[1].key.hour, baseHour + 1);
        QCOMPARE(buckets[1].sessions, (SessionCounts {1, 0, 0, 0}));
    }

    void versionsSortAsSemver()
    {
        QStringList versions {u"shop@2.10.0"_s, u"shop@2.9.1"_s, u"shop@2.10.0-rc.2"_s, u"shop@2.10.0-rc.10"_s,
            u"shop@2.10.0-beta"_s, u"shop@1.0"_s, u"shop@2.10.0+20"_s, u"shop@2.10.0+3"_s, u"shop@v2.9.10"_s, u"shop@abc123"_s};
        std::sort(versions.begin(), versions.end(),
            [](const QString &a, const QString &b) { return ReleaseVersion::compare(a, b) < 0; });
        const QStringList expected {u"shop@abc123"_s, u"shop@1.0"_s, u"shop@2.9.1"_s, u"shop@v2.9.10"_s, u"shop@2.10.0-beta"_s,
            u"shop@2.10.0-rc.2"_s, u"shop@2.10.0-rc.10"_s, u"shop@2.10.0"_s, u"shop@2.10.0+3"_s, u"shop@2.10.0+20"_s};
        QCOMPARE(versions, expected);
        QCOMPARE(ReleaseVersion::compare(u"1.2.3"_s, u"1.2.3"_s), 0);
        QVERIFY(ReleaseVersion::compare(u"build9"_s, u"build10"_s) < 0);
        QCOMPARE(ReleaseVersion::shortVersion(u"ios-app@4.8.0+1201"_s), u"4.8.0+1201"_s);
    }

    void localPayloadsBecomeSeriesWithExactUsers()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        const qint64 project = store.ensureProject(u"app"_s);
        // Hour 0: 100 aggregated sessions of 1.0.0 (1 crashed, 2 abnormal, 3 errored) and two user
        // sessions: u1 healthy, u2 crashed. Hour 1: u1 crashes; u3 healthy on 1.1.0.
        QVERIFY(store.insertSessionPayload(project, u"sessions"_s, aggregateJson(baseSecs, 94, 3, 2, 1)));
        QVERIFY(
            store.insertSessionPayload(project, u"session"_s, sessionJson(u"s1"_s, u"u1"_s, u"exited"_s, true, baseSecs + 10)));
        QVERIFY(store.insertSessionPayload(project, u"session"_s, sessionJson(u"s2"_s, u"u2"_s, u"ok"_s, true, baseSecs + 20)));
        QVERIFY(
            store.insertSessionPayload(project, u"session"_s, sessionJson(u"s2"_s, u"u2"_s, u"crashed"_s, false, baseSecs + 20)));
        QVERIFY(store.insertSessionPayload(
            project, u"session"_s, sessionJson(u"s3"_s, u"u1"_s, u"crashed"_s, true, baseSecs + 3600 + 5)));
        QVERIFY(store.insertSessionPayload(
            project, u"session"_s, sessionJson(u"s4"_s, u"u3"_s, u"exited"_s, true, baseSecs + 3600 + 9, u"app@1.1.0"_s)));
        HealthStore health(store);
        QVERIFY2(health.refresh(), qPrintable(health.errorString()));

        const HealthWindow both {project, {}, baseHour, baseHour + 2};
        const QList<ReleaseHealth> releases = health.releases(both);
        QCOMPARE(releases.size(), 2);
        const ReleaseHealth *v1 = find(releases, u"app@1.0.0"_s);
        QVERIFY(v1);
        // 100 aggregated + s1, s2, s3: 103 sessions, 3 crashed (1 + s2 + s3), 2 abnormal, 3 errored.
        QCOMPARE(v1->sessions, (SessionCounts {103, 3, 2, 3}));
        QCOMPARE(*v1->crashFreeSessions(), 100.0 * (1.0 - 3.0 / 103.0));
        // Users: u1 (healthy in hour 0, crashed in hour 1) and u2 (crashed): both crashed, once each.
        QCOMPARE(v1->users, (UserCounts {2, 0, 0, 2}));
        QCOMPARE(*v1->crashFreeUsers(), 0.0);
        QVERIFY(v1->usersExact);
        QCOMPARE(v1->projectSessions, 104);
        QCOMPARE(*v1->adoption(), 100.0 * 103.0 / 104.0);
        QCOMPARE(v1->firstSeen, at(baseSecs));

        // The first hour alone: u1 was still healthy then.
        const QList<ReleaseHealth> firstReleases
            = health.releases({project, {}, baseHour, baseHour + 1}); // kept: find() points into it
        const ReleaseHealth *first = find(firstReleases, u"app@1.0.0"_s);
        QVERIFY(first);
        QCOMPARE(first->users, (UserCounts {2, 0, 0, 1}));
        QCOMPARE(*first->crashFreeUsers(), 50.0);

        // Hourly series, and one two-hour bucket with distinct users.
        const HealthSeries hourly = health.series(both, 1);
        QCOMPARE(hourly.count, 2);
        QCOMPARE(hourly.releases.value(u"app@1.0.0"_s).at(0).sessions, (SessionCounts {102, 3, 2, 2}));
        QCOMPARE(hourly.releases.value(u"app@1.0.0"_s).at(1).sessions, (SessionCounts {1, 0, 0, 1}));
        QCOMPARE(hourly.all.at(1).sessions.total, 2);
        const HealthSeries twoHours = health.series(both, 2);
        QCOMPARE(twoHours.count, 1);
        QCOMPARE(twoHours.releases.value(u"app@1.0.0"_s).at(0).users, (UserCounts {2, 0, 0, 2}));

        // Environments are kept apart.
        QVERIFY(store.insertSessionPayload(
            project, u"sessions"_s, aggregateJson(baseSecs, 10, 0, 0, 0, u"app@1.0.0"_s, u"staging"_s)));
        QVERIFY(health.refresh());
        QCOMPARE(health.environments(project), (QStringList {u"production"_s, u"staging"_s}));
        QCOMPARE(find(health.releases({project, u"staging"_s, baseHour, baseHour + 2}), u"app@1.0.0"_s)->sessions.total, 10);
        QCOMPARE(find(health.releases(both), u"app@1.0.0"_s)->sessions.total, 113);
    }

    void updatesOfOneSessionAcrossImportsCountOnce()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        const qint64 project = store.ensureProject(u"app"_s);
        HealthStore health(store);
        QVERIFY(store.insertSessionPayload(project, u"session"_s, sessionJson(u"s1"_s, u"u1"_s, u"ok"_s, true, baseSecs)));
        QVERIFY(health.refresh());
        const HealthWindow window {project, {}, baseHour, baseHour + 1};
        QCOMPARE(health.releases(window).constFirst().sessions, (SessionCounts {1, 0, 0, 0}));
        // A later import brings the same session's crash.
        QVERIFY(store.insertSessionPayload(project, u"session"_s, sessionJson(u"s1"_s, u"u1"_s, u"crashed"_s, false, baseSecs)));
        QVERIFY(health.refresh());
        QCOMPARE(health.releases(window).constFirst().sessions, (SessionCounts {1, 0, 0, 1}));
        QCOMPARE(health.releases(window).constFirst().users, (UserCounts {1, 0, 0, 1}));
    }

    void sentrySessionsAndReleasesAreStoredAsSeries()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        SyncStore sync(store);
        const qint64 account = sync.ensureAccount(u"https://sentry.example"_s, u"org"_s);
        const qint64 project = sync.ensureProject(account, u"42"_s, u"backend"_s, u"Backend"_s, u"python"_s);
        QVERIFY(project);
        // Two hours; release 2.0.0: 200 + 300 sessions, of which 1 + 2 crashed, 1 abnormal, 4 errored.
        const QJsonObject answer {{u"start"_s, u"2026-11-20T10:00:00Z"_s}, {u"end"_s, u"2026-11-20T12:00:00Z"_s},
            {u"intervals"_s, QJsonArray {u"2026-11-20T10:00:00Z"_s, u"2026-11-20T11:00:00Z"_s}}, {u"query"_s, u""_s},
            {u"groups"_s,
                QJsonArray {group(42, u"backend@2.0.0"_s, u"healthy"_s, {197, 295}, {50, 60}),
                    group(42, u"backend@2.0.0"_s, u"errored"_s, {2, 2}, {2, 1}),
                    group(42, u"backend@2.0.0"_s, u"abnormal"_s, {0, 1}, {0, 1}),
                    group(42, u"backend@2.0.0"_s, u"crashed"_s, {1, 2}, {1, 2}),
                    group(42, u"backend@1.9.0"_s, u"healthy"_s, {100, 0}, {10, 0}),
                    group(7, u"other@1.0"_s, u"healthy"_s, {5, 5}, {1, 1})}}};
        HealthStore health(store);
        QVERIFY2(health.storeSentrySessions(account, answer), qPrintable(health.errorString()));
        const QList<ReleaseHealth> releases = health.releases({project, {}, baseHour, baseHour + 2});
        QCOMPARE(releases.size(), 2);
        const ReleaseHealth *v2 = find(releases, u"backend@2.0.0"_s);
        QVERIFY(v2);
        QCOMPARE(v2->sessions, (SessionCounts {500, 4, 1, 3}));
        QCOMPARE(*v2->crashFreeSessions(), 99.4);
        QCOMPARE(*v2->adoption(), 500.0 * 100.0 / 600.0);
        // The window is the answer's period: Sentry's totals give distinct users (60 + 2 + 1 + 2).
        QVERIFY(v2->usersExact);
        QCOMPARE(v2->users.total, 65);
        QCOMPARE(v2->users.crashed, 2);
        // One hour: only hourly counts, marked as estimated.
        const QList<ReleaseHealth> hourReleases
            = health.releases({project, {}, baseHour + 1, baseHour + 2}); // kept: find() points into it
        const ReleaseHealth *hour = find(hourReleases, u"backend@2.0.0"_s);
        QVERIFY(!hour->usersExact);
        QCOMPARE(hour->users, (UserCounts {64, 1, 1, 2}));
        QCOMPARE(hour->sessions, (SessionCounts {300, 2, 1, 2}));

        // A later answer replaces its own hours only.
        const QJsonObject later {{u"start"_s, u"2026-11-20T11:00:00Z"_s}, {u"end"_s, u"2026-11-20T12:00:00Z"_s},
            {u"intervals"_s, QJsonArray {u"2026-11-20T11:00:00Z"_s}}, {u"query"_s, u""_s},
            {u"groups"_s, QJsonArray {group(42, u"backend@2.0.0"_s, u"healthy"_s, {10}, {3})}}};
        QVERIFY(health.storeSentrySessions(account, later));
        const HealthSeries series = health.series({project, {}, baseHour, baseHour + 2}, 1);
        QCOMPARE(series.releases.value(u"backend@2.0.0"_s).at(0).sessions.total, 200);
        QCOMPARE(series.releases.value(u"backend@2.0.0"_s).at(1).sessions.total, 10);

        // Release: dateCreated and newGroups.
        const QJsonObject release {{u"version"_s, u"backend@2.0.0"_s}, {u"dateCreated"_s, u"2026-11-19T08:30:00Z"_s},
            {u"projects"_s,
                QJsonArray {QJsonObject {{u"id"_s, 42}, {u"slug"_s, u"backend"_s}, {u"newGroups"_s, 3},
                    {u"healthData"_s, QJsonObject {{u"crashFreeSessions"_s, 99.4}}}}}}};
        QVERIFY2(health.storeSentryRelease(account, release), qPrintable(health.errorString()));
        const QList<ReleaseHealth> withDatesReleases
            = health.releases({project, {}, baseHour, baseHour + 2}); // kept: find() points into it
        const ReleaseHealth *withDates = find(withDatesReleases, u"backend@2.0.0"_s);
        QCOMPARE(withDates->firstSeen, QDateTime(QDate(2026, 11, 19), QTime(8, 30), QTimeZone::UTC));
        QCOMPARE(withDates->newIssues, 3);
    }

    void syncedPayloadsAreReadOnRefreshAndWinOverLocalOnes()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        SyncStore sync(store);
        const qint64 account = sync.ensureAccount(u"https://sentry.example"_s, u"org"_s);
        const qint64 project = sync.ensureProject(account, u"42"_s, u"backend"_s, u"Backend"_s, u"python"_s);
        QVERIFY(store.insertSessionPayload(project, u"sessions"_s, aggregateJson(baseSecs, 50, 0, 0, 0, u"backend@2.0.0"_s)));
        HealthStore health(store);
        QVERIFY(health.refresh());
        const HealthWindow window {project, {}, baseHour, baseHour + 1};
        QCOMPARE(health.releases(window).constFirst().sessions.total, 50);

        const QJsonObject answer {{u"start"_s, u"2026-11-20T10:00:00Z"_s}, {u"end"_s, u"2026-11-20T11:00:00Z"_s},
            {u"intervals"_s, QJsonArray {u"2026-11-20T10:00:00Z"_s}}, {u"query"_s, u""_s},
            {u"groups"_s, QJsonArray {group(42, u"backend@2.0.0"_s, u"healthy"_s, {70}, {9})}}};
        QVERIFY(sync.putPayload(account, u"sessions"_s, u"14d"_s, QJsonDocument(answer).toJson(), at(baseSecs + 3600)));
        QVERIFY2(health.refresh(), qPrintable(health.errorString()));
        // Sentry's count, not Sentry's plus the local one.
        QCOMPARE(health.releases(window).constFirst().sessions.total, 70);
        // Nothing new: nothing read again.
        QVERIFY(health.refresh());
        QCOMPARE(health.releases(window).constFirst().sessions.total, 70);
    }

    void aVersion4CacheGetsItsSessionsAsSeries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            QVERIFY2(Schema::migrate(db, &error, 4), qPrintable(error));
            const QByteArray sql = "INSERT INTO projects (id, slug, name) VALUES (1, 'shop', 'shop');"
                                   "INSERT INTO session_payloads (project_id, kind, payload) VALUES (1, 'sessions', '"
                + aggregateJson(baseSecs, 99, 0, 0, 1, u"shop@1.0"_s) + "');";
            QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        HealthStore health(store);
        QVERIFY(health.refresh());
        const QList<ReleaseHealth> releases = health.releases({1, {}, baseHour, baseHour + 1});
        QCOMPARE(releases.size(), 1);
        QCOMPARE(*releases.constFirst().crashFreeSessions(), 99.0);
    }

    void outcomesAreStoredPerProjectAndOutcome()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        SyncStore sync(store);
        const qint64 account = sync.ensureAccount(u"https://sentry.example"_s, u"org"_s);
        const qint64 project = sync.ensureProject(account, u"42"_s, u"backend"_s, u"Backend"_s, u"python"_s);
        const auto outcome = [](const QString &name, const QString &category, const QList<int> &values) {
            QJsonArray series;
            for (const int v : values)
                series.append(v);
            return QJsonObject {{u"by"_s, QJsonObject {{u"project"_s, 42}, {u"outcome"_s, name}, {u"category"_s, category}}},
                {u"totals"_s, QJsonObject {{u"sum(quantity)"_s, 0}}}, {u"series"_s, QJsonObject {{u"sum(quantity)"_s, series}}}};
        };
        const QJsonObject answer {{u"start"_s, u"2026-11-20T10:00:00Z"_s}, {u"end"_s, u"2026-11-20T12:00:00Z"_s},
            {u"intervals"_s, QJsonArray {u"2026-11-20T10:00:00Z"_s, u"2026-11-20T11:00:00Z"_s}},
            {u"groups"_s,
                QJsonArray {outcome(u"accepted"_s, u"error"_s, {120, 80}), outcome(u"rate_limited"_s, u"error"_s, {0, 40}),
                    outcome(u"accepted"_s, u"transaction"_s, {5, 5})}}};
        HealthStore health(store);
        QVERIFY2(health.storeOutcomes(account, answer), qPrintable(health.errorString()));
        const OutcomeSeries series = health.outcomes({project, {}, baseHour, baseHour + 2}, 1);
        QCOMPARE(series.count, 2);
        QCOMPARE(series.outcomes.value(u"accepted"_s), (QList<qint64> {120, 80}));
        QCOMPARE(series.outcomes.value(u"rate_limited"_s), (QList<qint64> {0, 40}));
        QCOMPARE(series.totals.value(u"rate_limited"_s), 40);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "TestHealth.moc"
