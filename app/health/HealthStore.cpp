#include "health/HealthStore.h"
#include "health/HealthSources.h"

#include "ingest/EventJsonParser.h"
#include "ingest/SessionJsonParser.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace lookout {

using namespace HealthSources;

namespace {

// Release and environment are part of keys: "none" is stored as '', never NULL.
QString key(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

qint64 floorHour(qint64 ms)
{
    return ms >= 0 ? ms / hourMs : (ms - hourMs + 1) / hourMs;
}

// A write that is its own transaction, or a savepoint inside the caller's.
class Write
{
public:
    explicit Write(Store &store, sqlite3 *db)
        : m_store(store)
        , m_db(db)
        , m_outer(sqlite3_get_autocommit(db) != 0)
    {
        m_ok = m_outer ? m_store.begin() : sqlite3_exec(m_db, "SAVEPOINT health", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Write()
    {
        if (m_ok && !m_done)
            rollback();
    }
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_done = true;
        if (m_outer)
            return m_store.commit();
        return sqlite3_exec(m_db, "RELEASE health", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    void rollback()
    {
        m_done = true;
        if (m_outer)
            m_store.rollback();
        else
            sqlite3_exec(m_db, "ROLLBACK TO health; RELEASE health", nullptr, nullptr, nullptr);
    }

private:
    Store &m_store;
    sqlite3 *m_db;
    bool m_outer;
    bool m_ok = false;
    bool m_done = false;
};

qint64 count(const QJsonValue &value)
{
    return value.isDouble() ? qMax<qint64>(0, qRound64(value.toDouble())) : 0;
}

qint64 msOf(const QJsonValue &value)
{
    const QDateTime time = parseSentryTimestamp(value);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

struct Counts
{
    SessionCounts sessions;
    UserCounts users;
};

void addStatus(Counts &counts, const QString &status, qint64 sessions, qint64 users)
{
    // Sentry's session.status values; "unhandled" (newer servers) is an errored session too.
    const SessionStatus s = status == u"crashed"_s           ? SessionStatus::Crashed
        : status == u"abnormal"_s                            ? SessionStatus::Abnormal
        : status == u"errored"_s || status == u"unhandled"_s ? SessionStatus::Errored
                                                             : SessionStatus::Healthy;
    counts.sessions.add(s, sessions);
    counts.users.add(s, users);
}

} // namespace

QString HealthThresholds::name(Status status)
{
    switch (status) {
    case Status::NoData:
        return u"no data"_s;
    case Status::Healthy:
        return u"healthy"_s;
    case Status::Warning:
        return u"warning"_s;
    case Status::Critical:
        return u"critical"_s;
    }
    return {};
}

int healthStepHours(qint64 windowHours)
{
    if (windowHours <= 7 * 24)
        return 1;
    if (windowHours <= 14 * 24)
        return 3;
    if (windowHours <= 30 * 24)
        return 6;
    return 24;
}

HealthWindow HealthWindow::last(qint64 projectId, qint64 hours, const QDateTime &now, const QString &environment)
{
    const qint64 end = floorHour(now.toMSecsSinceEpoch()) + 1;
    return HealthWindow {projectId, environment, end - hours, end};
}

HealthStore::HealthStore(Store &store)
    : m_store(store)
    , m_db(store.syncHandle())
{ }

bool HealthStore::fail(const QString &error)
{
    m_error = error;
    return false;
}

qint64 HealthStore::stateValue(const QString &key, qint64 fallback)
{
    Statement get(m_db, "SELECT value FROM health_state WHERE key = ?1");
    get.bind(1, key);
    return get.step() ? get.int64(0) : fallback;
}

bool HealthStore::setStateValue(const QString &key, qint64 value)
{
    Statement put(
        m_db, "INSERT INTO health_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    return put.bind(1, key).bind(2, value).exec() || fail(put.errorString());
}

bool HealthStore::noteFirstSeen(qint64 projectId, const QString &version, qint64 ms)
{
    Statement put(m_db,
        "INSERT INTO releases (project_id, version, first_seen) VALUES (?1, ?2, ?3) ON CONFLICT (project_id, version)"
        " DO UPDATE SET first_seen = min(coalesce(first_seen, excluded.first_seen), excluded.first_seen)");
    return put.bind(1, projectId).bind(2, version).bind(3, ms).exec() || fail(put.errorString());
}

qint64 HealthStore::projectForSentryId(qint64 accountId, const QJsonValue &id)
{
    const QString sentryId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    if (sentryId.isEmpty())
        return 0;
    Statement find(m_db, "SELECT id FROM projects WHERE account_id = ?1 AND sentry_id = ?2");
    find.bind(1, accountId).bind(2, sentryId);
    return find.step() ? find.int64(0) : 0;
}

bool HealthStore::refresh()
{
    m_error.clear();
    return rebuildLocal() && refreshSynced();
}

bool HealthStore::rebuildLocal()
{
    Statement mark(m_db, "SELECT coalesce(max(id), 0), count(*) FROM session_payloads");
    if (!mark.step())
        return fail(mark.errorString());
    // Payloads are only ever added, so the newest id and the count tell whether any arrived.
    const qint64 maxId = mark.int64(0), payloads = mark.int64(1);
    if (stateValue(u"local.maxId"_s, -1) == maxId && stateValue(u"local.count"_s, -1) == payloads)
        return true;

    QHash<qint64, SessionTally> tallies;
    Statement read(m_db, "SELECT project_id, kind, payload FROM session_payloads ORDER BY id");
    while (read.step()) {
        SessionTally &tally = tallies[read.int64(0)];
        const QByteArray payload = read.blob(2);
        QString error; // the importer checked every payload; one unreadable now is skipped
        if (read.text(1) == u"session"_s) {
            if (const std::optional<SessionUpdate> update = SessionJsonParser::parseUpdate(payload, &error))
                tally.addUpdate(*update);
        } else if (const auto aggregates = SessionJsonParser::parseAggregates(payload, &error)) {
            for (const SessionAggregate &aggregate : *aggregates)
                tally.addAggregate(aggregate);
        }
    }

    Write write(m_store, m_db);
    if (!write.ok())
        return fail(m_store.errorString());
    Statement clearHours(m_db, "DELETE FROM session_hourly WHERE source = 0");
    Statement clearUsers(m_db, "DELETE FROM session_users");
    if (!clearHours.exec() || !clearUsers.exec())
        return fail(clearHours.errorString() + clearUsers.errorString());
    Statement putHour(m_db,
        "INSERT INTO session_hourly (project_id, hour, release, environment, source, sessions, errored, abnormal, crashed,"
        " users, users_errored, users_abnormal, users_crashed) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    Statement putUser(m_db,
        "INSERT INTO session_users (project_id, hour, release, environment, user_key, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (auto t = tallies.cbegin(); t != tallies.cend(); ++t) {
        const qint64 projectId = t.key();
        QHash<QString, qint64> firstHour;
        for (const SessionTally::Bucket &b : t->buckets()) {
            const UserCounts users = b.userCounts();
            putHour.bind(1, projectId).bind(2, b.key.hour).bind(3, key(b.key.release)).bind(4, key(b.key.environment));
            putHour.bind(5, b.sessions.total).bind(6, b.sessions.errored).bind(7, b.sessions.abnormal);
            putHour.bind(8, b.sessions.crashed).bind(9, users.total).bind(10, users.errored).bind(11, users.abnormal);
            putHour.bind(12, users.crashed);
            if (!putHour.exec())
                return fail(putHour.errorString());
            for (auto u = b.users.cbegin(); u != b.users.cend(); ++u) {
                putUser.bind(1, projectId).bind(2, b.key.hour).bind(3, key(b.key.release)).bind(4, key(b.key.environment));
                putUser.bind(5, u.key()).bind(6, qint64(u.value()));
                if (!putUser.exec())
                    return fail(putUser.errorString());
            }
            if (!firstHour.contains(b.key.release)) // buckets come oldest first
                firstHour.insert(b.key.release, b.key.hour);
        }
        for (auto f = firstHour.cbegin(); f != firstHour.cend(); ++f) {
            if (!noteFirstSeen(projectId, key(f.key()), f.value() * hourMs))
                return false;
        }
    }
    if (!setStateValue(u"local.maxId"_s, maxId) || !setStateValue(u"local.count"_s, payloads))
        return false;
    return write.commit() || fail(m_store.errorString());
}

bool HealthStore::refreshSynced()
{
    // Releases first, so the sessions that follow find their release rows.
    Statement changed(m_db,
        "SELECT p.account_id, p.kind, p.key, p.fetched_at FROM sync_payloads p"
        " WHERE p.fetched_at > coalesce((SELECT value FROM health_state"
        "   WHERE key = 'sync:' || p.account_id || ':' || p.kind || ':' || p.key), -1)"
        " ORDER BY p.kind = 'sessions', p.fetched_at");
    struct Pending
    {
        qint64 accountId;
        QString kind, key;
        qint64 fetchedAt;
    };
    QList<Pending> pending;
    while (changed.step())
        pending.append({changed.int64(0), changed.text(1), changed.text(2), changed.int64(3)});
    if (pending.isEmpty())
        return true;
    Write write(m_store, m_db);
    if (!write.ok())
        return fail(m_store.errorString());
    Statement read(m_db, "SELECT payload FROM sync_payloads WHERE account_id = ?1 AND kind = ?2 AND key = ?3");
    for (const Pending &p : std::as_const(pending)) {
        read.bind(1, p.accountId).bind(2, p.kind).bind(3, p.key);
        const QByteArray payload = read.step() ? read.blob(0) : QByteArray();
        read.reset();
        const QJsonObject json = QJsonDocument::fromJson(payload).object();
        const bool ok = p.kind == u"release"_s ? storeSentryRelease(p.accountId, json) : storeSentrySessions(p.accountId, json);
        if (!ok)
            return fail(u"%1 payload %2: %3"_s.arg(p.kind, p.key, m_error));
        if (!setStateValue(u"sync:%1:%2:%3"_s.arg(p.accountId).arg(p.kind, p.key), p.fetchedAt))
            return false;
    }
    return write.commit() || fail(m_store.errorString());
}

bool HealthStore::storeSentryRelease(qint64 accountId, const QJsonObject &release)
{
    const QString version = release.value(u"version"_s).toString();
    if (version.isEmpty())
        return fail(u"release without \"version\""_s);
    const qint64 created = msOf(release.value(u"dateCreated"_s));
    const qint64 released = msOf(release.value(u"dateReleased"_s));
    Statement put(m_db,
        "INSERT INTO releases (project_id, version, date_created, date_released, new_groups, health)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (project_id, version) DO UPDATE SET"
        " date_created = excluded.date_created, date_released = excluded.date_released,"
        " new_groups = excluded.new_groups, health = coalesce(excluded.health, health)");
    const QJsonArray projects = release.value(u"projects"_s).toArray();
    for (const QJsonValue &p : projects) {
        const QJsonObject project = p.toObject();
        const qint64 projectId = projectForSentryId(accountId, project.value(u"id"_s));
        if (projectId == 0)
            continue; // a project outside the synced scope
        const QJsonValue health = project.value(u"healthData"_s);
        put.bind(1, projectId).bind(2, version);
        created ? put.bind(3, created) : put.bindNull(3);
        released ? put.bind(4, released) : put.bindNull(4);
        put.bind(5, count(project.value(u"newGroups"_s)));
        put.bind(6,
            health.isObject() ? QString::fromUtf8(QJsonDocument(health.toObject()).toJson(QJsonDocument::Compact)) : QString());
        if (!put.exec())
            return fail(put.errorString());
    }
    return true;
}

bool HealthStore::storeSentrySessions(qint64 accountId, const QJsonObject &answer)
{
    const QJsonArray intervals = answer.value(u"intervals"_s).toArray();
    const QJsonArray groups = answer.value(u"groups"_s).toArray();
    QList<qint64> hours;
    for (const QJsonValue &interval : intervals) {
        const qint64 ms = msOf(interval);
        if (ms == 0)
            return fail(u"field \"intervals\": \"%1\" is not a date"_s.arg(interval.toString()));
        hours.append(floorHour(ms));
    }
    const qint64 startMs = msOf(answer.value(u"start"_s)), endMs = msOf(answer.value(u"end"_s));
    if (startMs == 0 || endMs == 0)
        return fail(u"fields \"start\" and \"end\": expected dates"_s);
    const qint64 startHour = floorHour(startMs), endHour = floorHour(endMs - 1) + 1;

    struct Key
    {
        qint64 projectId;
        QString release, environment;
        qint64 hour;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const { return qHashMulti(0, k.projectId, k.release, k.environment, k.hour); }
    };
    std::unordered_map<Key, Counts, KeyHash> cells;
    QHash<QString, Counts> totals; // project, release, environment
    QHash<QString, std::tuple<qint64, QString, QString>> totalKeys;
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        const QJsonObject by = group.value(u"by"_s).toObject();
        if (!by.contains(u"project"_s) || !by.contains(u"session.status"_s))
            return fail(u"sessions answer not grouped by project and session.status"_s);
        const qint64 projectId = projectForSentryId(accountId, by.value(u"project"_s));
        if (projectId == 0)
            continue;
        const QString release = by.value(u"release"_s).toString();
        const QString environment = by.value(u"environment"_s).toString();
        const QString status = by.value(u"session.status"_s).toString();
        const QJsonObject series = group.value(u"series"_s).toObject();
        const QJsonArray sessions = series.value(u"sum(session)"_s).toArray();
        const QJsonArray users = series.value(u"count_unique(user)"_s).toArray();
        for (qsizetype i = 0; i < hours.size(); ++i) {
            const qint64 s = count(sessions.at(i)), u = count(users.at(i));
            if (s == 0 && u == 0)
                continue;
            addStatus(cells[Key {projectId, release, environment, hours[i]}], status, s, u);
        }
        const QJsonObject groupTotals = group.value(u"totals"_s).toObject();
        const QString totalKey = u"%1\x01%2\x01%3"_s.arg(projectId).arg(release, environment);
        totalKeys.insert(totalKey, {projectId, release, environment});
        addStatus(totals[totalKey], status, count(groupTotals.value(u"sum(session)"_s)),
            count(groupTotals.value(u"count_unique(user)"_s)));
    }

    Write write(m_store, m_db);
    if (!write.ok())
        return fail(m_store.errorString());
    // The answer is the truth for its hours: what Sentry no longer reports there (a release whose
    // sessions were all filtered out later) goes; older hours stay, so the series grows past the
    // period one sync reads.
    Statement clear(m_db,
        "DELETE FROM session_hourly WHERE source = 1 AND hour >= ?2 AND hour < ?3"
        " AND project_id IN (SELECT id FROM projects WHERE account_id = ?1)");
    if (!clear.bind(1, accountId).bind(2, startHour).bind(3, endHour).exec())
        return fail(clear.errorString());
    Statement put(m_db,
        "INSERT INTO session_hourly (project_id, hour, release, environment, source, sessions, errored, abnormal, crashed,"
        " users, users_errored, users_abnormal, users_crashed) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        " ON CONFLICT (project_id, source, hour, release, environment) DO UPDATE SET sessions = sessions + excluded.sessions,"
        " errored = errored + excluded.errored, abnormal = abnormal + excluded.abnormal, crashed = crashed + excluded.crashed,"
        " users = users + excluded.users, users_errored = users_errored + excluded.users_errored,"
        " users_abnormal = users_abnormal + excluded.users_abnormal, users_crashed = users_crashed + excluded.users_crashed");
    QHash<QPair<qint64, QString>, qint64> firstHour;
    for (const auto &[cell, c] : cells) {
        put.bind(1, cell.projectId).bind(2, cell.hour).bind(3, key(cell.release)).bind(4, key(cell.environment));
        put.bind(5, c.sessions.total).bind(6, c.sessions.errored).bind(7, c.sessions.abnormal).bind(8, c.sessions.crashed);
        put.bind(9, c.users.total).bind(10, c.users.errored).bind(11, c.users.abnormal).bind(12, c.users.crashed);
        if (!put.exec())
            return fail(put.errorString());
        if (c.sessions.total > 0) {
            qint64 &first = firstHour[{cell.projectId, key(cell.release)}];
            first = first == 0 ? cell.hour : std::min(first, cell.hour);
        }
    }
    for (auto f = firstHour.cbegin(); f != firstHour.cend(); ++f) {
        if (!noteFirstSeen(f.key().first, f.key().second, f.value() * hourMs))
            return false;
    }
    Statement putTotal(m_db,
        "INSERT INTO session_totals (project_id, release, environment, start_hour, end_hour, sessions, users, users_errored,"
        " users_abnormal, users_crashed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
        " ON CONFLICT (project_id, start_hour, end_hour, release, environment) DO UPDATE SET sessions = excluded.sessions,"
        " users = excluded.users, users_errored = excluded.users_errored, users_abnormal = excluded.users_abnormal,"
        " users_crashed = excluded.users_crashed");
    for (auto t = totals.cbegin(); t != totals.cend(); ++t) {
        const auto &[projectId, release, environment] = totalKeys.value(t.key());
        putTotal.bind(1, projectId).bind(2, key(release)).bind(3, key(environment)).bind(4, startHour).bind(5, endHour);
        putTotal.bind(6, t->sessions.total).bind(7, t->users.total).bind(8, t->users.errored).bind(9, t->users.abnormal);
        putTotal.bind(10, t->users.crashed);
        if (!putTotal.exec())
            return fail(putTotal.errorString());
    }
    return write.commit() || fail(m_store.errorString());
}

bool HealthStore::storeOutcomes(qint64 accountId, const QJsonObject &answer)
{
    QList<qint64> hours;
    for (const QJsonValue &interval : answer.value(u"intervals"_s).toArray()) {
        const qint64 ms = msOf(interval);
        if (ms == 0)
            return fail(u"field \"intervals\": \"%1\" is not a date"_s.arg(interval.toString()));
        hours.append(floorHour(ms));
    }
    const qint64 startMs = msOf(answer.value(u"start"_s)), endMs = msOf(answer.value(u"end"_s));
    if (startMs == 0 || endMs == 0)
        return fail(u"fields \"start\" and \"end\": expected dates"_s);
    Write write(m_store, m_db);
    if (!write.ok())
        return fail(m_store.errorString());
    Statement clear(m_db,
        "DELETE FROM outcome_hourly WHERE hour >= ?2 AND hour < ?3 AND project_id IN (SELECT id FROM projects WHERE account_id = "
        "?1)");
    if (!clear.bind(1, accountId).bind(2, floorHour(startMs)).bind(3, floorHour(endMs - 1) + 1).exec())
        return fail(clear.errorString());
    Statement put(m_db,
        "INSERT INTO outcome_hourly (project_id, hour, category, outcome, quantity) VALUES (?1, ?2, ?3, ?4, ?5)"
        " ON CONFLICT (project_id, hour, category, outcome) DO UPDATE SET quantity = quantity + excluded.quantity");
    for (const QJsonValue &g : answer.value(u"groups"_s).toArray()) {
        const QJsonObject group = g.toObject();
        const QJsonObject by = group.value(u"by"_s).toObject();
        if (!by.contains(u"project"_s) || !by.contains(u"outcome"_s))
            return fail(u"stats_v2 answer not grouped by project and outcome"_s);
        const qint64 projectId = projectForSentryId(accountId, by.value(u"project"_s));
        if (projectId == 0)
            continue;
        const QString category = by.value(u"category"_s).toString(u"error"_s);
        const QString outcome = by.value(u"outcome"_s).toString();
        const QJsonArray values = group.value(u"series"_s).toObject().value(u"sum(quantity)"_s).toArray();
        for (qsizetype i = 0; i < hours.size(); ++i) {
            const qint64 quantity = count(values.at(i));
            if (quantity == 0)
                continue;
            put.bind(1, projectId).bind(2, hours[i]).bind(3, key(category)).bind(4, key(outcome)).bind(5, quantity);
            if (!put.exec())
                return fail(put.errorString());
        }
    }
    return write.commit() || fail(m_store.errorString());
}

} // namespace lookout
