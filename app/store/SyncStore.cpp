#include "store/SyncStore.h"

#include "store/IssueTextIndex.h"
#include "store/Statement.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <sqlite3.h>

namespace lookout {

struct SyncStore::Statements
{
    explicit Statements(sqlite3 *db)
        : getState(db, "SELECT value FROM sync_state WHERE account_id = ?1 AND key = ?2")
        , putState(db,
              "INSERT INTO sync_state (account_id, key, value) VALUES (?1, ?2, ?3)"
              " ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value")
        , findIssue(
              db, "SELECT id, status, substatus, last_seen, needs_event FROM issues WHERE account_id = ?1 AND sentry_id = ?2")
        , insertIssue(db,
              "INSERT INTO issues (project_id, grouping_hash, short_id, title, culprit, level, platform, status, substatus,"
              " first_seen, last_seen, times_seen, user_count, assignee, is_bookmarked, has_seen, sentry_id, account_id,"
              " status_details, assignee_id, needs_event, synced_at)"
              " VALUES (?1, 'sentry:' || ?2 || ':' || ?17, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
              " ?2, ?17, ?18, ?19, 1, ?20)")
        , updateIssue(db,
              "UPDATE issues SET project_id = ?2, short_id = ?3, title = ?4, culprit = ?5, level = ?6, platform = ?7,"
              " status = ?8, substatus = ?9, first_seen = ?10, last_seen = ?11, times_seen = ?12, user_count = ?13,"
              " assignee = ?14, is_bookmarked = ?15, has_seen = ?16, status_details = ?17, assignee_id = ?18,"
              " needs_event = max(needs_event, ?19), synced_at = ?20"
              " WHERE id = ?1 AND (project_id IS NOT ?2 OR short_id IS NOT ?3 OR title IS NOT ?4 OR culprit IS NOT ?5"
              " OR level IS NOT ?6 OR status IS NOT ?8 OR substatus IS NOT ?9 OR first_seen IS NOT ?10"
              " OR last_seen IS NOT ?11 OR times_seen IS NOT ?12 OR user_count IS NOT ?13 OR assignee IS NOT ?14"
              " OR is_bookmarked IS NOT ?15 OR has_seen IS NOT ?16 OR status_details IS NOT ?17"
              " OR assignee_id IS NOT ?18 OR needs_event < ?19)")
        , putHour(db,
              "INSERT INTO issue_hourly (issue_id, hour, count) VALUES (?1, ?2, ?3)"
              " ON CONFLICT (issue_id, hour) DO UPDATE SET count = excluded.count")
        , insertEvent(db,
              "INSERT OR IGNORE INTO events (event_id, issue_id, project_id, timestamp, level, release, environment,"
              " user_key, payload, payload_format, sentry_group_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        , text(db)
        , lastRelease(db,
              "UPDATE issues SET last_release = ?2 WHERE id = ?1 AND ?2 IS NOT NULL"
              " AND NOT EXISTS (SELECT 1 FROM events WHERE issue_id = ?1 AND timestamp > ?3)")
        , clearWant(db, "UPDATE issues SET needs_event = 0 WHERE id = ?1")
        , findEvent(db, "SELECT 1 FROM events WHERE event_id = ?1")
        , noteRunIssue(db,
              "INSERT INTO sync_run_issues (account_id, issue_id, kind) VALUES (?1, ?2, ?3)"
              " ON CONFLICT (account_id, issue_id) DO UPDATE SET kind = CASE"
              " WHEN kind IN ('new', 'regressed') THEN kind ELSE excluded.kind END")
        , anyUnsent(db, "SELECT EXISTS (SELECT 1 FROM outbox WHERE account_id = ?1 AND state IN ('pending', 'sending'))")
    { }
    Statement getState, putState, findIssue, insertIssue, updateIssue, putHour, insertEvent;
    IssueTextIndex text;
    Statement lastRelease, clearWant, findEvent, noteRunIssue, anyUnsent;
};

namespace {

qint64 ms(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString json(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

SyncStore::SyncStore(Store &store)
    : m_store(store)
    , m_db(store.syncHandle())
    , m_stmts(std::make_unique<Statements>(m_db))
{ }

SyncStore::~SyncStore() = default;

bool SyncStore::fail(const QString &error)
{
    m_error = error;
    m_store.setSyncError(error);
    return false;
}

bool SyncStore::begin()
{
    if (m_store.begin())
        return true;
    return fail(m_store.errorString());
}

bool SyncStore::commit()
{
    if (m_store.commit())
        return true;
    return fail(m_store.errorString());
}

void SyncStore::rollback()
{
    m_store.rollback();
}

qint64 SyncStore::ensureAccount(const QString &url, const QString &org)
{
    Statement upsert(m_db,
        "INSERT INTO sync_accounts (url, org) VALUES (?1, ?2) ON CONFLICT (url, org) DO UPDATE SET org = excluded.org"
        " RETURNING id");
    upsert.bind(1, url).bind(2, org);
    if (!upsert.step()) {
        fail(upsert.errorString());
        return 0;
    }
    return upsert.int64(0);
}

QList<SyncStore::Account> SyncStore::accounts()
{
    Statement select(m_db, "SELECT id, url, org FROM sync_accounts ORDER BY org, url");
    QList<Account> accounts;
    while (select.step())
        accounts.append({select.int64(0), select.text(1), select.text(2)});
    return accounts;
}

qint64 SyncStore::unsentCount()
{
    Statement count(m_db, "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')");
    return count.step() ? count.int64(0) : 0;
}

std::optional<qint64> SyncStore::findAccount(const QString &url, const QString &org)
{
    Statement find(m_db, "SELECT id FROM sync_accounts WHERE url = ?1 AND org = ?2");
    find.bind(1, url).bind(2, org);
    if (!find.step())
        return std::nullopt;
    return find.int64(0);
}

QString SyncStore::regionUrl(qint64 accountId)
{
    Statement find(m_db, "SELECT region_url FROM sync_accounts WHERE id = ?1");
    find.bind(1, accountId);
    return find.step() ? find.text(0) : QString();
}

bool SyncStore::setRegionUrl(qint64 accountId, const QString &url)
{
    Statement update(m_db, "UPDATE sync_accounts SET region_url = ?2 WHERE id = ?1");
    return update.bind(1, accountId).bind(2, url).exec() || fail(update.errorString());
}

QString SyncStore::accountUser(qint64 accountId)
{
    Statement find(m_db, "SELECT user_email FROM sync_accounts WHERE id = ?1");
    find.bind(1, accountId);
    return find.step() ? find.text(0) : QString();
}

bool SyncStore::setAccountUser(qint64 accountId, const QString &email)
{
    Statement update(m_db, "UPDATE sync_accounts SET user_email = ?2 WHERE id = ?1");
    return update.bind(1, accountId).bind(2, email).exec() || fail(update.errorString());
}

QString SyncStore::me()
{
    Statement find(m_db, "SELECT user_email FROM sync_accounts WHERE coalesce(user_email, '') <> '' ORDER BY id LIMIT 1");
    return find.step() ? find.text(0) : QString();
}

bool SyncStore::setMembers(qint64 accountId, const QList<Member> &members)
{
    Statement clear(m_db, "DELETE FROM account_members WHERE account_id = ?1");
    if (!clear.bind(1, accountId).exec())
        return fail(clear.errorString());
    Statement insert(m_db, "INSERT OR REPLACE INTO account_members (account_id, email, name) VALUES (?1, ?2, ?3)");
    for (const Member &member : members) {
        if (!insert.bind(1, accountId).bind(2, member.email).bind(3, member.name).exec())
            return fail(insert.errorString());
    }
    return true;
}

QString SyncStore::state(qint64 accountId, const QString &key, const QString &fallback)
{
    Statement &get = m_stmts->getState;
    get.bind(1, accountId).bind(2, key);
    const QString value = get.step() ? get.text(0) : fallback;
    get.reset();
    return value;
}

qint64 SyncStore::stateInt(qint64 accountId, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = state(accountId, key).toLongLong(&ok);
    return ok ? value : fallback;
}

bool SyncStore::setState(qint64 accountId, const QString &key, const QString &value)
{
    Statement &put = m_stmts->putState;
    return put.bind(1, accountId).bind(2, key).bind(3, value.isNull() ? QStringLiteral("") : value).exec()
        || fail(put.errorString());
}

bool SyncStore::setState(qint64 accountId, const QString &key, qint64 value)
{
    return setState(accountId, key, QString::number(value));
}

bool SyncStore::addToState(qint64 accountId, const QString &key, qint64 delta)
{
    return delta == 0 || setState(accountId, key, stateInt(accountId, key) + delta);
}

bool SyncStore::clearState(qint64 accountId, const QString &prefix)
{
    Statement remove(m_db, "DELETE FROM sync_state WHERE account_id = ?1 AND substr(key, 1, length(?2)) = ?2");
    return remove.bind(1, accountId).bind(2, prefix).exec() || fail(remove.errorString());
}

qint64 SyncStore::ensureProject(
    qint64 accountId, const QString &sentryId, const QString &slug, const QString &name, const QString &platform)
{
    const qint64 id = m_store.ensureProject(slug, name, platform);
    if (id == 0) {
        fail(m_store.errorString());
        return 0;
    }
    Statement update(m_db, "UPDATE projects SET account_id = ?2, sentry_id = ?3 WHERE id = ?1");
    if (!update.bind(1, id).bind(2, accountId).bind(3, sentryId).exec()) {
        fail(update.errorString());
        return 0;
    }
    return id;
}

qint64 SyncStore::projectBySentryId(qint64 accountId, const QString &sentryId)
{
    Statement find(m_db, "SELECT id FROM projects WHERE account_id = ?1 AND sentry_id = ?2");
    find.bind(1, accountId).bind(2, sentryId);
    return find.step() ? find.int64(0) : 0;
}

QString SyncStore::projectSlug(qint64 projectId)
{
    Statement find(m_db, "SELECT slug FROM projects WHERE id = ?1");
    find.bind(1, projectId);
    return find.step() ? find.text(0) : QString();
}

std::optional<IssueUpsert> SyncStore::upsertIssue(qint64 accountId, qint64 projectId, const SyncedIssue &issue)
{
    Statements &s = *m_stmts;
    IssueUpsert result;
    Statement &find = s.findIssue;
    find.bind(1, accountId).bind(2, issue.sentryId);
    const bool known = find.step();
    QString oldStatus, oldSubstatus;
    qint64 oldLastSeen = 0;
    if (known) {
        result.issueId = find.int64(0);
        oldStatus = find.text(1);
        oldSubstatus = find.text(2);
        oldLastSeen = find.int64(3);
    }
    find.reset();

    const QString details = json(issue.statusDetails);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!known) {
        Statement &insert = s.insertIssue;
        insert.bind(1, projectId).bind(2, issue.sentryId).bind(3, issue.shortId).bind(4, issue.title);
        insert.bind(5, issue.culprit).bind(6, issue.level).bind(7, issue.platform).bind(8, issue.status);
        insert.bind(9, issue.substatus).bind(10, ms(issue.firstSeen)).bind(11, ms(issue.lastSeen)).bind(12, issue.count);
        insert.bind(13, issue.userCount).bind(14, issue.assignee).bind(15, qint64(issue.bookmarked));
        insert.bind(16, qint64(issue.hasSeen)).bind(17, accountId).bind(18, details).bind(19, issue.assigneeId);
        insert.bind(20, now);
        if (!insert.exec()) {
            fail(insert.errorString());
            return std::nullopt;
        }
        result.issueId = sqlite3_last_insert_rowid(m_db);
        result.created = result.changed = true;
    } else {
        // A later lastSeen means an event we do not have yet; an equal one, that nothing new arrived.
        const bool newer = ms(issue.lastSeen) > oldLastSeen;
        Statement &update = s.updateIssue;
        update.bind(1, result.issueId).bind(2, projectId).bind(3, issue.shortId).bind(4, issue.title);
        update.bind(5, issue.culprit).bind(6, issue.level).bind(7, issue.platform).bind(8, issue.status);
        update.bind(9, issue.substatus).bind(10, ms(issue.firstSeen)).bind(11, ms(issue.lastSeen)).bind(12, issue.count);
        update.bind(13, issue.userCount).bind(14, issue.assignee).bind(15, qint64(issue.bookmarked));
        update.bind(16, qint64(issue.hasSeen)).bind(17, details).bind(18, issue.assigneeId).bind(19, qint64(newer));
        update.bind(20, now);
        if (!update.exec()) {
            fail(update.errorString());
            return std::nullopt;
        }
        result.changed = sqlite3_changes(m_db) > 0;
    }
    for (const auto &[hour, count] : issue.hourly) {
        if (!s.putHour.bind(1, result.issueId).bind(2, hour).bind(3, count).exec()) {
            fail(s.putHour.errorString());
            return std::nullopt;
        }
    }
    s.anyUnsent.bind(1, accountId);
    const bool anyUnsent = s.anyUnsent.step() && s.anyUnsent.int64(0) != 0;
    s.anyUnsent.reset();
    bool reapplied = false;
    if (anyUnsent && !reapplyUnsent(accountId, result.issueId, issue.sentryId, &reapplied))
        return std::nullopt;
    // A local unresolve or resolve that Sentry has not seen yet is no regression.
    const bool unresolvedAgain = known && !reapplied && issue.status == u"unresolved" && oldStatus != u"unresolved";
    const bool sentryRegressed
        = issue.status == u"unresolved" && issue.substatus == u"regressed" && (!known || oldSubstatus != u"regressed");
    result.regressed = unresolvedAgain || sentryRegressed;
    return result;
}

qint64 SyncStore::issueBySentryId(qint64 accountId, const QString &sentryId)
{
    Statement &find = m_stmts->findIssue;
    find.bind(1, accountId).bind(2, sentryId);
    const qint64 id = find.step() ? find.int64(0) : 0;
    find.reset();
    return id;
}

std::optional<SyncStore::IssueIdentity> SyncStore::issueIdentity(qint64 issueId)
{
    Statement find(m_db, "SELECT id, coalesce(account_id, 0), sentry_id FROM issues WHERE id = ?1");
    find.bind(1, issueId);
    if (!find.step())
        return std::nullopt;
    return IssueIdentity {find.int64(0), find.text(2).isEmpty() ? 0 : find.int64(1), find.text(2)};
}

QList<EventWant> SyncStore::eventWants(qint64 accountId, qint64 projectId)
{
    Statement select(m_db,
        "SELECT id, sentry_id, project_id, last_seen FROM issues WHERE account_id = ?1 AND needs_event = 1"
        " AND (?2 = 0 OR project_id = ?2) ORDER BY last_seen DESC, id");
    select.bind(1, accountId).bind(2, projectId);
    QList<EventWant> wants;
    while (select.step())
        wants.append(
            {select.int64(0), select.text(1), select.int64(2), QDateTime::fromMSecsSinceEpoch(select.int64(3), QTimeZone::UTC)});
    return wants;
}

qint64 SyncStore::eventWantCount(qint64 accountId)
{
    Statement count(m_db, "SELECT count(*) FROM issues WHERE account_id = ?1 AND needs_event = 1");
    count.bind(1, accountId);
    return count.step() ? count.int64(0) : 0;
}

QList<qint64> SyncStore::eventRows(const char *sql, qint64 issueId, const QString &sentryGroupId)
{
    QList<qint64> rows;
    Statement select(m_db, sql);
    select.bind(1, issueId);
    if (!sentryGroupId.isNull())
        select.bind(2, sentryGroupId);
    while (select.step())
        rows.append(select.int64(0));
    return rows;
}

bool SyncStore::moveText(qint64 from, qint64 to, const QList<qint64> &eventRows, bool fromKeepsEvents)
{
    return m_stmts->text.moveEvents(from, to, eventRows, fromKeepsEvents) || fail(m_stmts->text.errorString());
}

bool SyncStore::clearEventWant(qint64 issueId)
{
    return m_stmts->clearWant.bind(1, issueId).exec() || fail(m_stmts->clearWant.errorString());
}

bool SyncStore::hasEvent(const QString &eventId)
{
    Statement &find = m_stmts->findEvent;
    find.bind(1, eventId.toLower().remove(QLatin1Char('-')));
    const bool found = find.step();
    find.reset();
    return found;
}

Store::InsertResult SyncStore::insertEvent(
    qint64 issueId, qint64 projectId, const QString &sentryGroupId, const PreparedEvent &event)
{
    Statements &s = *m_stmts;
    Statement &insert = s.insertEvent;
    insert.bind(1, event.eventId).bind(2, issueId).bind(3, projectId).bind(4, event.timestampMs).bind(5, event.level);
    insert.bind(6, event.release).bind(7, event.environment).bind(8, event.userKey).bind(9, event.payload);
    insert.bind(10, qint64(event.payloadFormat)).bind(11, sentryGroupId);
    if (!insert.exec()) {
        fail(insert.errorString());
        return Store::InsertResult::Failed;
    }
    if (sqlite3_changes(m_db) == 0)
        return Store::InsertResult::Duplicate;
    const qint64 rowId = sqlite3_last_insert_rowid(m_db);
    if (!s.text.add(issueId, rowId, event.text)) {
        fail(s.text.errorString());
        return Store::InsertResult::Failed;
    }
    // Sentry's issue listing has no release range; the newest event's release is the next best.
    if (!s.lastRelease.bind(1, issueId).bind(2, event.release).bind(3, event.timestampMs).exec()) {
        fail(s.lastRelease.errorString());
        return Store::InsertResult::Failed;
    }
    return Store::InsertResult::Inserted;
}

qint64 SyncStore::eventCount(qint64 accountId)
{
    Statement count(m_db, "SELECT count(*) FROM events e JOIN issues i ON i.id = e.issue_id WHERE i.account_id = ?1");
    count.bind(1, accountId);
    return count.step() ? count.int64(0) : 0;
}

bool SyncStore::noteRunIssue(qint64 accountId, qint64 issueId, const QString &kind)
{
    Statement &note = m_stmts->noteRunIssue;
    return note.bind(1, accountId).bind(2, issueId).bind(3, kind).exec() || fail(note.errorString());
}

QList<qint64> SyncStore::runIssues(qint64 accountId, const QString &kind)
{
    Statement select(m_db,
        "SELECT r.issue_id FROM sync_run_issues r JOIN issues i ON i.id = r.issue_id"
        " WHERE r.account_id = ?1 AND r.kind = ?2 ORDER BY i.last_seen DESC, i.id");
    select.bind(1, accountId).bind(2, kind);
    QList<qint64> ids;
    while (select.step())
        ids.append(select.int64(0));
    return ids;
}

bool SyncStore::clearRunIssues(qint64 accountId)
{
    Statement remove(m_db, "DELETE FROM sync_run_issues WHERE account_id = ?1");
    return remove.bind(1, accountId).exec() || fail(remove.errorString());
}

bool SyncStore::putPayload(
    qint64 accountId, const QString &kind, const QString &key, const QByteArray &json, const QDateTime &now)
{
    Statement put(m_db,
        "INSERT INTO sync_payloads (account_id, kind, key, payload, fetched_at) VALUES (?1, ?2, ?3, ?4, ?5)"
        " ON CONFLICT (account_id, kind, key) DO UPDATE SET payload = excluded.payload, fetched_at = excluded.fetched_at");
    put.bind(1, accountId).bind(2, kind).bind(3, key).bind(4, json).bind(5, ms(now));
    return put.exec() || fail(put.errorString());
}

qint64 SyncStore::payloadCount(qint64 accountId, const QString &kind)
{
    Statement count(m_db, "SELECT count(*) FROM sync_payloads WHERE account_id = ?1 AND kind = ?2");
    count.bind(1, accountId).bind(2, kind);
    return count.step() ? count.int64(0) : 0;
}

std::optional<QByteArray> SyncStore::payload(qint64 accountId, const QString &kind, const QString &key)
{
    Statement select(m_db, "SELECT payload FROM sync_payloads WHERE account_id = ?1 AND kind = ?2 AND key = ?3");
    select.bind(1, accountId).bind(2, kind).bind(3, key);
    if (!select.step())
        return std::nullopt;
    return select.blob(0);
}

} // namespace lookout
