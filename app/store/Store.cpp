#include "store/Store.h"

#include "grouping/Grouper.h"
#include "store/EventText.h"
#include "store/IssueTextIndex.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QFile>
#include <QTimeZone>

#include <sqlite3.h>

namespace lookout {

struct Store::Statements
{
    explicit Statements(sqlite3 *db)
        : findEvent(db, "SELECT 1 FROM events WHERE event_id = ?1")
        , findHash(db, "SELECT issue_id FROM issue_hashes WHERE project_id = ?1 AND hash = ?2")
        , addHash(db, "INSERT OR IGNORE INTO issue_hashes (project_id, hash, issue_id) VALUES (?1, ?2, ?3)")
        , issueTimes(db, "SELECT first_seen, last_seen, first_release, last_release FROM issues WHERE id = ?1")
        , nextShortId(db, "UPDATE projects SET next_short_id = next_short_id + 1 WHERE id = ?1 RETURNING slug, next_short_id - 1")
        , insertIssue(db,
              "INSERT INTO issues (project_id, grouping_hash, short_id, title, culprit, level, platform,"
              " first_seen, last_seen, times_seen, first_release, last_release)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1, ?9, ?9)")
        , updateIssue(db,
              "UPDATE issues SET times_seen = times_seen + ?2, user_count = user_count + ?3, first_seen = ?4,"
              " last_seen = ?5, first_release = ?6, last_release = ?7 WHERE id = ?1")
        , retitleIssue(db,
              "UPDATE issues SET title = ?2, culprit = ?3, level = ?4 WHERE id = ?1"
              " AND (title IS NOT ?2 OR culprit IS NOT ?3 OR level IS NOT ?4)")
        , insertEvent(db,
              "INSERT INTO events (event_id, issue_id, project_id, timestamp, level, release, environment,"
              " user_key, payload, payload_format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        , text(db)
        , countHours(db,
              "INSERT INTO issue_hourly (issue_id, hour, count) VALUES (?1, ?2, ?3)"
              " ON CONFLICT (issue_id, hour) DO UPDATE SET count = count + ?3")
        , insertUser(db, "INSERT OR IGNORE INTO issue_users (issue_id, user_key) VALUES (?1, ?2)")
        , countUser(db, "UPDATE issues SET user_count = user_count + 1 WHERE id = ?1")
        , insertSession(db, "INSERT INTO session_payloads (project_id, kind, payload) VALUES (?1, ?2, ?3)")
        , insertAttachment(db,
              "INSERT OR IGNORE INTO attachments (project_id, event_id, filename, content_type, attachment_type, size,"
              " data, data_format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
    { }
    Statement findEvent, findHash, addHash, issueTimes, nextShortId, insertIssue, updateIssue, retitleIssue, insertEvent;
    IssueTextIndex text;
    Statement countHours, insertUser, countUser, insertSession, insertAttachment;
};

Store::Store() = default;

Store::~Store()
{
    close();
}

void Store::close()
{
    m_pendingIssues.clear();
    m_pendingHours.clear();
    m_hashes.clear();
    m_sets.clear();
    m_setsDataVersion = 0;
    m_setsChanges = 0;
    m_stmts.reset();
    sqlite3_close(m_db);
    m_db = nullptr;
}

bool Store::isOpen() const
{
    return m_db != nullptr;
}

static bool execSql(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = sqliteErrorText(db);
    sqlite3_free(message);
    return false;
}

void Store::adopt(sqlite3 *db)
{
    m_db = db;
    m_stmts = std::make_unique<Statements>(db);
    m_setIds->fill(nullptr);
    registerIssueIdSetFunction(db, m_setIds.get());
}

bool Store::begin()
{
    return execSql(m_db, "BEGIN IMMEDIATE", &m_error);
}

bool Store::commit()
{
    if (!flushPending())
        return false;
    // The hash cache is only trusted inside the transaction that holds the write lock.
    m_hashes.clear();
    return execSql(m_db, "COMMIT", &m_error);
}

void Store::rollback()
{
    // What was cached about the rolled-back rows is no longer true (the search's temp tables are
    // rolled back with them).
    m_sets.clear();
    m_pendingIssues.clear();
    m_pendingHours.clear();
    m_hashes.clear();
    QString ignored;
    execSql(m_db, "ROLLBACK", &ignored);
}

qint64 Store::ensureProject(const QString &slug, const QString &name, const QString &platform)
{
    Statement upsert(m_db,
        "INSERT INTO projects (slug, name, platform) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (slug) DO UPDATE SET name = coalesce(nullif(?2, ''), name),"
        " platform = coalesce(?3, platform) RETURNING id");
    upsert.bind(1, slug).bind(2, name.isEmpty() ? slug : name).bind(3, platform.isEmpty() ? QString() : platform);
    if (!upsert.step()) {
        m_error = upsert.errorString();
        return 0;
    }
    return upsert.int64(0);
}

QList<ProjectSummary> Store::projects()
{
    flushPending();
    QList<ProjectSummary> result;
    Statement query(m_db,
        "SELECT p.id, p.slug, p.name, p.platform,"
        " (SELECT count(*) FROM issues i WHERE i.project_id = p.id AND i.status = 'unresolved'), coalesce(p.account_id, 0)"
        " FROM projects p ORDER BY p.slug");
    while (query.step())
        result.append({query.int64(0), query.text(1), query.text(2), query.text(3), query.int64(4), query.int64(5)});
    return result;
}

QString makeShortId(const QString &projectSlug, qint64 counter)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString digits;
    do {
        digits.prepend(QLatin1Char(alphabet[counter % 32]));
        counter /= 32;
    } while (counter > 0);
    return projectSlug.toUpper() + QLatin1Char('-') + digits;
}

qint64 Store::findIssue(qint64 projectId, const QStringList &hashes)
{
    // Like Sentry: an event joins the issue that any of its hashes already belongs to.
    Statement &find = m_stmts->findHash;
    for (const QString &hash : hashes) {
        const auto known = m_hashes.constFind({projectId, hash});
        if (known != m_hashes.cend())
            return known.value();
        find.bind(1, projectId).bind(2, hash);
        const qint64 id = find.step() ? find.int64(0) : 0;
        find.reset();
        if (id != 0) {
            rememberHash(projectId, hash, id);
            return id;
        }
    }
    return 0;
}

void Store::rememberHash(qint64 projectId, const QString &hash, qint64 issueId)
{
    // Bounded, though a transaction rarely sees more than a few thousand distinct hashes.
    if (m_hashes.size() > 200000)
        m_hashes.clear();
    m_hashes.insert({projectId, hash}, issueId);
}

Store::IssueDelta *Store::issueDelta(qint64 issueId)
{
    auto found = m_pendingIssues.find(issueId);
    if (found != m_pendingIssues.end())
        return &found.value();
    Statement &times = m_stmts->issueTimes;
    times.bind(1, issueId);
    if (!times.step()) {
        m_error = times.errorString().isEmpty() ? QStringLiteral("issue %1 vanished").arg(issueId) : times.errorString();
        times.reset();
        return nullptr;
    }
    IssueDelta delta;
    delta.firstSeen = times.int64(0);
    delta.lastSeen = times.int64(1);
    delta.firstRelease = times.text(2);
    delta.lastRelease = times.text(3);
    times.reset();
    return &m_pendingIssues.insert(issueId, delta).value();
}

bool Store::flushPending()
{
    if (m_pendingIssues.isEmpty() && m_pendingHours.isEmpty())
        return true;
    Statements &s = *m_stmts;
    bool ok = true;
    for (auto it = m_pendingIssues.cbegin(); ok && it != m_pendingIssues.cend(); ++it) {
        const IssueDelta &d = it.value();
        s.updateIssue.bind(1, it.key()).bind(2, d.addedEvents).bind(3, d.addedUsers).bind(4, d.firstSeen).bind(5, d.lastSeen);
        s.updateIssue.bind(6, d.firstRelease).bind(7, d.lastRelease);
        ok = s.updateIssue.exec();
        if (!ok)
            m_error = s.updateIssue.errorString();
        // Only when something changed: the issue's search index is rewritten on every retitle.
        if (ok && d.retitled) {
            ok = s.retitleIssue.bind(1, it.key()).bind(2, d.title).bind(3, d.culprit).bind(4, d.level).exec();
            if (!ok)
                m_error = s.retitleIssue.errorString();
        }
    }
    for (auto it = m_pendingHours.cbegin(); ok && it != m_pendingHours.cend(); ++it) {
        ok = s.countHours.bind(1, it.key().first).bind(2, it.key().second).bind(3, it.value()).exec();
        if (!ok)
            m_error = s.countHours.errorString();
    }
    m_pendingIssues.clear();
    m_pendingHours.clear();
    return ok;
}

Store::InsertResult Store::insertEvent(qint64 projectId, const Event &event, const QByteArray &payload)
{
    return insertEvent(projectId, PreparedEvent::from(event, payload));
}

bool Store::hasEvent(const QString &eventId)
{
    Statement &find = m_stmts->findEvent;
    find.bind(1, eventId);
    const bool found = find.step();
    find.reset();
    return found;
}

Store::InsertResult Store::insertEvent(qint64 projectId, const PreparedEvent &event)
{
    Statements &s = *m_stmts;
    const auto fail = [this](const Statement &statement) {
        m_error = statement.errorString();
        return InsertResult::Failed;
    };
    if (hasEvent(event.eventId))
        return InsertResult::Duplicate;

    const qint64 when = event.timestampMs;
    const QStringList &hashes = event.hashes;
    qint64 issueId = findIssue(projectId, hashes);
    IssueDelta *delta = nullptr;
    if (issueId != 0) {
        delta = issueDelta(issueId);
        if (!delta)
            return InsertResult::Failed;
        // Like Sentry, the issue shows the title of its latest event.
        if (when >= delta->lastSeen) {
            delta->retitled = true;
            delta->title = event.title;
            delta->culprit = event.culprit;
            delta->level = event.level;
        }
        if (when < delta->firstSeen) {
            if (!event.release.isNull())
                delta->firstRelease = event.release;
        } else if (delta->firstRelease.isNull()) {
            delta->firstRelease = event.release;
        }
        if (when >= delta->lastSeen) {
            if (!event.release.isNull())
                delta->lastRelease = event.release;
        } else if (delta->lastRelease.isNull()) {
            delta->lastRelease = event.release;
        }
        delta->firstSeen = qMin(delta->firstSeen, when);
        delta->lastSeen = qMax(delta->lastSeen, when);
        ++delta->addedEvents;
    } else {
        if (!s.nextShortId.bind(1, projectId).step())
            return fail(s.nextShortId);
        const QString shortId = makeShortId(s.nextShortId.text(0), s.nextShortId.int64(1));
        s.nextShortId.reset();
        s.insertIssue.bind(1, projectId).bind(2, hashes.constFirst()).bind(3, shortId).bind(4, event.title);
        s.insertIssue.bind(5, event.culprit).bind(6, event.level).bind(7, event.platform).bind(8, when).bind(9, event.release);
        if (!s.insertIssue.exec())
            return fail(s.insertIssue);
        issueId = sqlite3_last_insert_rowid(m_db);
        m_createdIssues.append(issueId);
    }
    for (const QString &hash : hashes) {
        if (m_hashes.value({projectId, hash}) == issueId)
            continue;
        if (!s.addHash.bind(1, projectId).bind(2, hash).bind(3, issueId).exec())
            return fail(s.addHash);
        // A hash another issue already owns stays with it, as in Sentry.
        if (sqlite3_changes(m_db) > 0)
            rememberHash(projectId, hash, issueId);
    }

    s.insertEvent.bind(1, event.eventId).bind(2, issueId).bind(3, projectId).bind(4, when).bind(5, event.level);
    s.insertEvent.bind(6, event.release).bind(7, event.environment).bind(8, event.userKey);
    s.insertEvent.bind(9, event.payload).bind(10, qint64(event.payloadFormat));
    if (!s.insertEvent.exec())
        return fail(s.insertEvent);
    const qint64 rowId = sqlite3_last_insert_rowid(m_db);

    if (!s.text.add(issueId, rowId, event.text)) {
        m_error = s.text.errorString();
        return InsertResult::Failed;
    }
    ++m_pendingHours[{issueId, when / 3600000}];

    if (!event.userKey.isEmpty()) {
        if (!s.insertUser.bind(1, issueId).bind(2, event.userKey).exec())
            return fail(s.insertUser);
        if (sqlite3_changes(m_db) > 0) {
            if (delta) {
                ++delta->addedUsers;
            } else if (!s.countUser.bind(1, issueId).exec()) {
                return fail(s.countUser);
            }
        }
    }
    return InsertResult::Inserted;
}

bool Store::insertSessionPayload(qint64 projectId, const QString &kind, const QByteArray &payload)
{
    if (!m_stmts->insertSession.bind(1, projectId).bind(2, kind).bind(3, payload).exec()) {
        m_error = m_stmts->insertSession.errorString();
        return false;
    }
    return true;
}

Store::InsertResult Store::insertAttachment(qint64 projectId, const Attachment &attachment)
{
    // Screenshots and videos are compressed already: keep those as they came.
    QByteArray data = compressPayload(attachment.bytes);
    PayloadFormat format = PayloadFormat::Zstd;
    if (data.isNull() || data.size() >= attachment.bytes.size()) {
        data = attachment.bytes;
        format = PayloadFormat::PlainJson;
    }
    Statement &insert = m_stmts->insertAttachment;
    insert.bind(1, projectId).bind(2, attachment.eventId).bind(3, attachment.filename);
    insert.bind(4, attachment.contentType.isEmpty() ? QString() : attachment.contentType);
    insert.bind(5, attachment.attachmentType.isEmpty() ? QStringLiteral("event.attachment") : attachment.attachmentType);
    insert.bind(6, qint64(attachment.bytes.size())).bind(7, data).bind(8, qint64(format));
    if (!insert.exec()) {
        m_error = insert.errorString();
        return InsertResult::Failed;
    }
    return sqlite3_changes(m_db) > 0 ? InsertResult::Inserted : InsertResult::Duplicate;
}

QList<StoredAttachment> Store::attachments(const QString &eventId)
{
    QList<StoredAttachment> result;
    Statement select(m_db,
        "SELECT id, event_id, filename, content_type, attachment_type, size FROM attachments WHERE event_id = ?1 ORDER BY id");
    select.bind(1, eventId.toLower().remove(QLatin1Char('-')));
    while (select.step())
        result.append({select.int64(0), select.text(1), select.text(2), select.text(3), select.text(4), select.int64(5)});
    return result;
}

qint64 Store::attachmentCount()
{
    Statement count(m_db, "SELECT count(*) FROM attachments");
    return count.step() ? count.int64(0) : 0;
}

std::optional<QByteArray> Store::attachmentData(qint64 id)
{
    Statement select(m_db, "SELECT data, data_format, size FROM attachments WHERE id = ?1");
    select.bind(1, id);
    if (!select.step()) {
        m_error = QStringLiteral("no attachment %1").arg(id);
        return std::nullopt;
    }
    QByteArray data = decompressPayload(select.blob(0), PayloadFormat(select.int64(1)));
    if (data.size() != select.int64(2) || (data.isNull() && select.int64(2) > 0)) {
        m_error = QStringLiteral("attachment %1 is damaged in the cache").arg(id);
        return std::nullopt;
    }
    return data.isNull() ? QByteArray("") : data;
}

static QByteArray decodePayload(const QByteArray &stored, qint64 format)
{
    return decompressPayload(stored, PayloadFormat(format));
}

std::optional<StoredEvent> Store::readEvent(const char *sql, const std::function<void(Statement &)> &bind)
{
    Statement select(m_db, sql);
    bind(select);
    if (!select.step())
        return std::nullopt;
    return StoredEvent {select.int64(0), select.text(1), select.int64(2), select.text(3),
        QDateTime::fromMSecsSinceEpoch(select.int64(4), QTimeZone::UTC), decodePayload(select.blob(5), select.int64(6))};
}

static constexpr char eventColumns[] = "SELECT e.id, e.event_id, e.issue_id, p.slug, e.timestamp, e.payload, e.payload_format"
                                       " FROM events e JOIN projects p ON p.id = e.project_id ";

std::optional<StoredEvent> Store::event(const QString &eventId)
{
    const QByteArray sql = QByteArray(eventColumns) + "WHERE e.event_id = ?1";
    return readEvent(sql.constData(), [&](Statement &s) { s.bind(1, eventId.toLower().remove(QLatin1Char('-'))); });
}

std::optional<StoredEvent> Store::latestEvent(qint64 issueId)
{
    const QByteArray sql = QByteArray(eventColumns) + "WHERE e.issue_id = ?1 ORDER BY e.timestamp DESC, e.id DESC LIMIT 1";
    return readEvent(sql.constData(), [&](Statement &s) { s.bind(1, issueId); });
}

bool Store::forEachEvent(const std::function<bool(const StoredEvent &)> &visit)
{
    const QByteArray sql = QByteArray(eventColumns) + "ORDER BY e.timestamp, e.id";
    Statement select(m_db, sql.constData());
    while (select.step()) {
        const StoredEvent stored {select.int64(0), select.text(1), select.int64(2), select.text(3),
            QDateTime::fromMSecsSinceEpoch(select.int64(4), QTimeZone::UTC), decodePayload(select.blob(5), select.int64(6))};
        if (!visit(stored))
            return true;
    }
    m_error = select.errorString();
    return m_error.isEmpty();
}

qint64 Store::eventCount()
{
    Statement count(m_db, "SELECT count(*) FROM events");
    return count.step() ? count.int64(0) : 0;
}

qint64 Store::sessionPayloadCount()
{
    Statement count(m_db, "SELECT count(*) FROM session_payloads");
    return count.step() ? count.int64(0) : 0;
}

QDateTime Store::newestEventTime()
{
    Statement newest(m_db, "SELECT max(timestamp) FROM events");
    if (!newest.step() || newest.isNull(0))
        return {};
    return QDateTime::fromMSecsSinceEpoch(newest.int64(0), QTimeZone::UTC);
}

QList<qint64> Store::hourlyCounts(qint64 issueId, qint64 fromHour, qint64 toHour)
{
    flushPending();
    QList<qint64> counts(qMax<qint64>(0, toHour - fromHour), 0);
    Statement select(m_db, "SELECT hour, count FROM issue_hourly WHERE issue_id = ?1 AND hour >= ?2 AND hour < ?3");
    select.bind(1, issueId).bind(2, fromHour).bind(3, toHour);
    while (select.step())
        counts[select.int64(0) - fromHour] = select.int64(1);
    return counts;
}

} // namespace lookout
