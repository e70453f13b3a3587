// The triage side of SyncStore: applying Sentry issue updates locally, merging, and the outbox.
#include "store/Statement.h"
#include "store/SyncStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <sqlite3.h>

#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool truthy(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.toInt() != 0;
}

// How an assignee reads in the issue list: Sentry's search syntax (an email, or #team).
QString assigneeLabel(const QString &actor)
{
    if (actor.startsWith(u"team:"_s))
        return u"#"_s + actor.mid(5);
    return actor;
}

OutboxEntry::State stateFromName(const QString &name)
{
    if (name == u"sending"_s)
        return OutboxEntry::State::Sending;
    if (name == u"done"_s)
        return OutboxEntry::State::Done;
    if (name == u"failed"_s)
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

} // namespace

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Sending:
        return u"sending"_s;
    case State::Done:
        return u"done"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return u"pending"_s;
}

bool SyncStore::applyTriage(const QList<qint64> &issueIds, const QJsonObject &body)
{
    QStringList sets;
    std::vector<std::variant<qint64, QString>> values; // bound in order as ?2, ?3, ...
    const auto set = [&](const char *column, std::variant<qint64, QString> value) {
        sets << QString::fromLatin1(column) + u" = ?"_s + QString::number(values.size() + 2);
        values.push_back(std::move(value));
    };
    if (body.contains(u"status"_s)) {
        QString status = body.value(u"status"_s).toString();
        QJsonObject details = body.value(u"statusDetails"_s).toObject();
        QString substatus;
        if (status == u"resolvedInNextRelease"_s) {
            status = u"resolved"_s;
            details = {{u"inNextRelease"_s, true}};
        } else if (status == u"ignored"_s || status == u"muted"_s) {
            status = u"ignored"_s;
            substatus = details.isEmpty() ? u"archived_forever"_s : u"archived_until_condition_met"_s;
            if (body.value(u"substatus"_s).isString())
                substatus = body.value(u"substatus"_s).toString();
        } else if (status == u"unresolved"_s) {
            substatus = u"ongoing"_s;
            details = {};
        }
        set("status", status);
        set("substatus", substatus.isEmpty() ? QString() : substatus);
        set("status_details", compact(details));
    }
    if (body.contains(u"assignedTo"_s)) {
        const QString actor = body.value(u"assignedTo"_s).toString();
        set("assignee", actor.isEmpty() ? QString() : assigneeLabel(actor));
        set("assignee_id", actor.isEmpty() ? QString() : actor);
    }
    if (body.contains(u"isBookmarked"_s))
        set("is_bookmarked", qint64(truthy(body.value(u"isBookmarked"_s))));
    if (body.contains(u"hasSeen"_s))
        set("has_seen", qint64(truthy(body.value(u"hasSeen"_s))));
    if (sets.isEmpty())
        return true;
    const QByteArray sql = "UPDATE issues SET " + sets.join(u", "_s).toUtf8() + " WHERE id = ?1";
    Statement update(m_db, sql.constData());
    for (qint64 id : issueIds) {
        update.bind(1, id);
        for (size_t i = 0; i < values.size(); ++i)
            std::visit([&](const auto &v) { update.bind(int(i) + 2, v); }, values[i]);
        if (!update.exec())
            return fail(update.errorString());
    }
    return true;
}

bool SyncStore::mergeLocally(qint64 parentId, const QList<qint64> &childIds)
{
    static constexpr const char *steps[] = {
        "UPDATE issues SET times_seen = times_seen + (SELECT times_seen FROM issues WHERE id = ?2),"
        " user_count = user_count + (SELECT user_count FROM issues WHERE id = ?2),"
        " first_seen = min(first_seen, (SELECT first_seen FROM issues WHERE id = ?2)),"
        " last_seen = max(last_seen, (SELECT last_seen FROM issues WHERE id = ?2)) WHERE id = ?1",
        "UPDATE events SET issue_id = ?1 WHERE issue_id = ?2",
        "INSERT INTO issue_hourly (issue_id, hour, count) SELECT ?1, hour, count FROM issue_hourly WHERE issue_id = ?2"
        " ON CONFLICT (issue_id, hour) DO UPDATE SET count = count + excluded.count",
        "DELETE FROM issue_hourly WHERE issue_id = ?2",
        "INSERT OR IGNORE INTO issue_users (issue_id, user_key) SELECT ?1, user_key FROM issue_users WHERE issue_id = ?2",
        "DELETE FROM issue_users WHERE issue_id = ?2",
        "UPDATE issue_hashes SET issue_id = ?1 WHERE issue_id = ?2",
        "DELETE FROM sync_run_issues WHERE issue_id = ?2",
        // The search index is external content: it forgets a row only when told what it held.
        "INSERT INTO issues_fts (issues_fts, rowid, title, culprit) SELECT 'delete', id, title, culprit FROM issues WHERE id = "
        "?2",
        "DELETE FROM issues WHERE id = ?2",
    };
    for (qint64 child : childIds) {
        if (child == parentId)
            continue;
        const QList<qint64> moved = eventRows("SELECT id FROM events WHERE issue_id = ?1", child);
        for (const char *sql : steps) {
            Statement step(m_db, sql);
            if (!step.bind(1, parentId).bind(2, child).exec())
                return fail(step.errorString());
        }
        if (!moveText(child, parentId, moved, false))
            return false;
    }
    return true;
}

bool SyncStore::rekeyIssue(qint64 issueId, qint64 accountId, const QString &sentryId)
{
    Statement update(
        m_db, "UPDATE issues SET sentry_id = ?3, grouping_hash = 'sentry:' || ?3 || ':' || ?2 WHERE id = ?1 AND account_id = ?2");
    return update.bind(1, issueId).bind(2, accountId).bind(3, sentryId).exec() || fail(update.errorString());
}

bool SyncStore::regroupEvents(qint64 issueId, const QString &sentryGroupId)
{
    Statement update(m_db, "UPDATE events SET sentry_group_id = ?2 WHERE issue_id = ?1 AND sentry_group_id IS NOT NULL");
    return update.bind(1, issueId).bind(2, sentryGroupId).exec() || fail(update.errorString());
}

bool SyncStore::moveGroupEvents(qint64 from, qint64 to, const QString &sentryGroupId)
{
    const QList<qint64> moved
        = eventRows("SELECT id FROM events WHERE issue_id = ?1 AND sentry_group_id = ?2", from, sentryGroupId);
    Statement move(m_db, "UPDATE events SET issue_id = ?2 WHERE issue_id = ?1 AND sentry_group_id = ?3");
    if (!move.bind(1, from).bind(2, to).bind(3, sentryGroupId).exec())
        return fail(move.errorString());
    return moved.isEmpty() || moveText(from, to, moved, true);
}

qint64 SyncStore::addOutbox(
    qint64 accountId, const QString &action, const QStringList &sentryIds, const QByteArray &body, const QDateTime &now)
{
    Statement insert(m_db,
        "INSERT INTO outbox (account_id, action, sentry_ids, body, state, created_at) VALUES (?1, ?2, ?3, ?4, 'pending', ?5)");
    const QByteArray ids = QJsonDocument(QJsonArray::fromStringList(sentryIds)).toJson(QJsonDocument::Compact);
    insert.bind(1, accountId).bind(2, action).bind(3, QString::fromUtf8(ids)).bind(4, QString::fromUtf8(body));
    insert.bind(5, now.toMSecsSinceEpoch());
    if (!insert.exec()) {
        fail(insert.errorString());
        return 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

static constexpr char outboxColumns[] = "SELECT id, account_id, action, sentry_ids, body, state, attempts, created_at, sent_at,"
                                        " http_status, error, result FROM outbox o ";

static OutboxEntry readOutbox(const Statement &row)
{
    OutboxEntry entry;
    entry.id = row.int64(0);
    entry.accountId = row.int64(1);
    entry.action = row.text(2);
    for (const QJsonValue &id : QJsonDocument::fromJson(row.text(3).toUtf8()).array())
        entry.sentryIds << id.toString();
    entry.body = row.text(4).toUtf8();
    entry.state = stateFromName(row.text(5));
    entry.attempts = int(row.int64(6));
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(row.int64(7), QTimeZone::UTC);
    if (!row.isNull(8))
        entry.sentAt = QDateTime::fromMSecsSinceEpoch(row.int64(8), QTimeZone::UTC);
    entry.httpStatus = int(row.int64(9));
    entry.error = row.text(10);
    entry.result = row.text(11).toUtf8();
    return entry;
}

QList<OutboxEntry> SyncStore::outbox(const QList<OutboxEntry::State> &states, qint64 accountId)
{
    QStringList names;
    for (OutboxEntry::State state : states)
        names << OutboxEntry::stateName(state);
    const QByteArray sql = QByteArray(outboxColumns)
        + "WHERE (?1 = 0 OR account_id = ?1) AND (?2 = '' OR instr(?2, ',' || state || ',') > 0) ORDER BY id";
    Statement select(m_db, sql.constData());
    select.bind(1, accountId).bind(2, names.isEmpty() ? u""_s : u","_s + names.join(u',') + u","_s);
    QList<OutboxEntry> entries;
    while (select.step())
        entries.append(readOutbox(select));
    return entries;
}

std::optional<OutboxEntry> SyncStore::outboxEntry(qint64 id)
{
    const QByteArray sql = QByteArray(outboxColumns) + "WHERE id = ?1";
    Statement select(m_db, sql.constData());
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readOutbox(select);
}

bool SyncStore::markOutboxSending(qint64 id, const QDateTime &now)
{
    Statement update(m_db, "UPDATE outbox SET state = 'sending', attempts = attempts + 1, sent_at = ?2 WHERE id = ?1");
    return update.bind(1, id).bind(2, now.toMSecsSinceEpoch()).exec() || fail(update.errorString());
}

bool SyncStore::markOutboxPending(qint64 id)
{
    Statement update(m_db, "UPDATE outbox SET state = 'pending' WHERE id = ?1 AND state = 'sending'");
    return update.bind(1, id).exec() || fail(update.errorString());
}

bool SyncStore::markOutboxDone(qint64 id, int httpStatus, const QByteArray &result)
{
    Statement update(m_db, "UPDATE outbox SET state = 'done', http_status = ?2, result = ?3, error = NULL WHERE id = ?1");
    update.bind(1, id).bind(2, qint64(httpStatus)).bind(3, result.isEmpty() ? QString() : QString::fromUtf8(result));
    return update.exec() || fail(update.errorString());
}

bool SyncStore::markOutboxFailed(qint64 id, int httpStatus, const QString &error)
{
    Statement update(m_db, "UPDATE outbox SET state = 'failed', http_status = ?2, error = ?3 WHERE id = ?1");
    return update.bind(1, id).bind(2, qint64(httpStatus)).bind(3, error).exec() || fail(update.errorString());
}

QList<OutboxEntry> SyncStore::unsentFor(qint64 accountId, const QString &sentryId)
{
    const QByteArray sql = QByteArray(outboxColumns)
        + "WHERE account_id = ?1 AND state IN ('pending', 'sending')"
          " AND EXISTS (SELECT 1 FROM json_each(o.sentry_ids) j WHERE j.value = ?2) ORDER BY id";
    Statement select(m_db, sql.constData());
    select.bind(1, accountId).bind(2, sentryId);
    QList<OutboxEntry> entries;
    while (select.step())
        entries.append(readOutbox(select));
    return entries;
}

std::optional<TriageSnapshot> SyncStore::triageSnapshot(const QList<qint64> &issueIds)
{
    Statement select(m_db,
        "SELECT status, substatus, status_details, assignee, assignee_id, is_bookmarked, has_seen FROM issues WHERE id = ?1");
    TriageSnapshot snapshot;
    for (qint64 id : issueIds) {
        select.bind(1, id);
        if (!select.step()) {
            fail(QCoreApplication::translate("Store", "there is no issue %1").arg(id)); // why a triage action failed
            return std::nullopt;
        }
        snapshot.rows.append({id, select.text(0), select.text(1), select.text(2), select.text(3), select.text(4),
            select.int64(5) != 0, select.int64(6) != 0});
        select.reset();
    }
    return snapshot;
}

bool SyncStore::restoreTriage(const TriageSnapshot &snapshot)
{
    Statement update(m_db,
        "UPDATE issues SET status = ?2, substatus = ?3, status_details = ?4, assignee = ?5, assignee_id = ?6,"
        " is_bookmarked = ?7, has_seen = ?8 WHERE id = ?1");
    for (const TriageSnapshot::Row &row : snapshot.rows) {
        update.bind(1, row.issueId).bind(2, row.status).bind(3, row.substatus).bind(4, row.statusDetails);
        update.bind(5, row.assignee).bind(6, row.assigneeId).bind(7, qint64(row.bookmarked)).bind(8, qint64(row.hasSeen));
        if (!update.exec())
            return fail(update.errorString());
    }
    return true;
}

bool SyncStore::withdrawOutbox(const QList<qint64> &entryIds, bool *sent)
{
    *sent = false;
    Statement state(m_db, "SELECT state FROM outbox WHERE id = ?1");
    for (qint64 id : entryIds) {
        state.bind(1, id);
        if (!state.step() || state.text(0) != u"pending"_s) {
            *sent = true;
            return false;
        }
        state.reset();
    }
    Statement remove(m_db, "DELETE FROM outbox WHERE id = ?1 AND state = 'pending'");
    for (qint64 id : entryIds) {
        if (!remove.bind(1, id).exec())
            return fail(remove.errorString());
    }
    return true;
}

QStringList SyncStore::knownAssignees()
{
    QStringList assignees;
    const QString mine = me();
    if (!mine.isEmpty())
        assignees << mine;
    Statement members(m_db, "SELECT DISTINCT email FROM account_members ORDER BY email");
    while (members.step()) {
        if (!assignees.contains(members.text(0)))
            assignees << members.text(0);
    }
    Statement select(m_db,
        "SELECT assignee FROM issues WHERE assignee IS NOT NULL AND assignee != '' GROUP BY assignee"
        " ORDER BY count(*) DESC, assignee");
    while (select.step()) {
        if (!assignees.contains(select.text(0)))
            assignees << select.text(0);
    }
    return assignees;
}

QHash<qint64, OutboxMark> SyncStore::outboxMarks(const QDateTime &failedSince)
{
    Statement select(m_db,
        "SELECT i.id, o.state, o.action, o.error FROM outbox o, json_each(o.sentry_ids) j"
        " JOIN issues i ON i.account_id = o.account_id AND i.sentry_id = j.value"
        " WHERE o.state IN ('pending', 'sending') OR (o.state = 'failed' AND o.created_at >= ?1) ORDER BY o.id");
    select.bind(1, failedSince.toMSecsSinceEpoch());
    QHash<qint64, OutboxMark> marks;
    while (select.step()) {
        const bool failed = select.text(1) == u"failed"_s;
        // The newest entry speaks for the issue: a later action supersedes a refusal.
        marks.insert(select.int64(0),
            {failed ? OutboxMark::Kind::Failed : OutboxMark::Kind::Pending, select.text(2), failed ? select.text(3) : QString()});
    }
    return marks;
}

bool SyncStore::reapplyUnsent(qint64 accountId, qint64 issueId, const QString &sentryId, bool *applied)
{
    *applied = false;
    for (const OutboxEntry &entry : unsentFor(accountId, sentryId)) {
        *applied = true;
        const QJsonObject body = QJsonDocument::fromJson(entry.body).object();
        if (!body.contains(u"merge"_s)) {
            if (!applyTriage({issueId}, body))
                return false;
            continue;
        }
        // The first id of a merge names the issue the others were folded into here.
        const qint64 parent = issueBySentryId(accountId, entry.sentryIds.value(0));
        if (parent != 0 && parent != issueId && !mergeLocally(parent, {issueId}))
            return false;
    }
    return true;
}

} // namespace lookout
