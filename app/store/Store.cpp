#include "store/Store.h"

#include "grouping/Grouping.h"
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
        , findIssue(db, "SELECT id, last_seen FROM issues WHERE project_id = ?1 AND grouping_hash = ?2")
        , nextShortId(db, "UPDATE projects SET next_short_id = next_short_id + 1 WHERE id = ?1 RETURNING slug, next_short_id - 1")
        , insertIssue(db,
              "INSERT INTO issues (project_id, grouping_hash, short_id, title, culprit, level, platform,"
              " first_seen, last_seen, times_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1)")
        , touchIssue(db,
              "UPDATE issues SET times_seen = times_seen + 1, first_seen = min(first_seen, ?2),"
              " last_seen = max(last_seen, ?2) WHERE id = ?1")
        , retitleIssue(db, "UPDATE issues SET title = ?2, culprit = ?3, level = ?4 WHERE id = ?1")
        , insertEvent(db,
              "INSERT INTO events (event_id, issue_id, project_id, timestamp, level, release, environment,"
              " user_key, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        , insertUser(db, "INSERT OR IGNORE INTO issue_users (issue_id, user_key) VALUES (?1, ?2)")
        , countUser(db, "UPDATE issues SET user_count = user_count + 1 WHERE id = ?1")
        , insertSession(db, "INSERT INTO session_payloads (project_id, kind, payload) VALUES (?1, ?2, ?3)")
    { }
    Statement findEvent, findIssue, nextShortId, insertIssue, touchIssue, retitleIssue, insertEvent, insertUser, countUser,
        insertSession;
};

Store::Store() = default;

Store::~Store()
{
    close();
}

void Store::close()
{
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
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

bool Store::open(const QString &path)
{
    close();
    m_path = path;
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
        m_error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 5000);
    QString error;
    // WAL lets the GUI read while a sync or import writes; NORMAL sync is durable at checkpoints
    // and never corrupts, which is the trade SQLite recommends for WAL.
    if (!execSql(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", &error)
        || !Schema::migrate(db, &error)) {
        m_error = QStringLiteral("%1: %2").arg(path, error);
        sqlite3_close(db);
        return false;
    }
    m_db = db;
    m_stmts = std::make_unique<Statements>(db);
    return true;
}

bool Store::begin()
{
    return execSql(m_db, "BEGIN IMMEDIATE", &m_error);
}

bool Store::commit()
{
    return execSql(m_db, "COMMIT", &m_error);
}

void Store::rollback()
{
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
    QList<ProjectSummary> result;
    Statement query(m_db,
        "SELECT p.id, p.slug, p.name, p.platform,"
        " (SELECT count(*) FROM issues i WHERE i.project_id = p.id AND i.status = 'unresolved')"
        " FROM projects p ORDER BY p.slug");
    while (query.step())
        result.append({query.int64(0), query.text(1), query.text(2), query.text(3), query.int64(4)});
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

Store::InsertResult Store::insertEvent(qint64 projectId, const Event &event, const QByteArray &payload)
{
    Statements &s = *m_stmts;
    const auto fail = [this](const Statement &statement) {
        m_error = statement.errorString();
        return InsertResult::Failed;
    };
    s.findEvent.bind(1, event.eventId);
    const bool duplicate = s.findEvent.step();
    s.findEvent.reset();
    if (duplicate)
        return InsertResult::Duplicate;

    const qint64 when = event.timestamp.toMSecsSinceEpoch();
    const QString hash = groupingHash(event);
    const QString level = levelToString(event.level);
    qint64 issueId = 0;

    s.findIssue.bind(1, projectId).bind(2, hash);
    if (s.findIssue.step()) {
        issueId = s.findIssue.int64(0);
        const bool newest = when >= s.findIssue.int64(1);
        s.findIssue.reset();
        if (!s.touchIssue.bind(1, issueId).bind(2, when).exec())
            return fail(s.touchIssue);
        // Like Sentry, the issue shows the title of its latest event.
        if (newest
            && !s.retitleIssue.bind(1, issueId).bind(2, event.title()).bind(3, event.effectiveCulprit()).bind(4, level).exec())
            return fail(s.retitleIssue);
    } else {
        s.findIssue.reset();
        if (!s.nextShortId.bind(1, projectId).step())
            return fail(s.nextShortId);
        const QString shortId = makeShortId(s.nextShortId.text(0), s.nextShortId.int64(1));
        s.nextShortId.reset();
        s.insertIssue.bind(1, projectId).bind(2, hash).bind(3, shortId).bind(4, event.title());
        s.insertIssue.bind(5, event.effectiveCulprit()).bind(6, level).bind(7, event.platform).bind(8, when);
        if (!s.insertIssue.exec())
            return fail(s.insertIssue);
        issueId = sqlite3_last_insert_rowid(m_db);
    }

    s.insertEvent.bind(1, event.eventId).bind(2, issueId).bind(3, projectId).bind(4, when).bind(5, level);
    s.insertEvent.bind(6, event.release).bind(7, event.environment).bind(8, event.user.key()).bind(9, payload);
    if (!s.insertEvent.exec())
        return fail(s.insertEvent);

    if (!event.user.key().isEmpty()) {
        if (!s.insertUser.bind(1, issueId).bind(2, event.user.key()).exec())
            return fail(s.insertUser);
        if (sqlite3_changes(m_db) > 0 && !s.countUser.bind(1, issueId).exec())
            return fail(s.countUser);
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

static const char *orderColumn(IssueSort sort)
{
    switch (sort) {
    case IssueSort::LastSeen:
        return "i.last_seen";
    case IssueSort::FirstSeen:
        return "i.first_seen";
    case IssueSort::TimesSeen:
        return "i.times_seen";
    case IssueSort::UserCount:
        return "i.user_count";
    case IssueSort::Title:
        return "i.title COLLATE NOCASE";
    case IssueSort::Level:
        return "CASE i.level WHEN 'fatal' THEN 4 WHEN 'error' THEN 3 WHEN 'warning' THEN 2 WHEN 'info' THEN 1 ELSE 0 END";
    case IssueSort::ShortId:
        return "p.slug, i.id";
    case IssueSort::Project:
        return "p.slug";
    case IssueSort::Status:
        return "i.status";
    }
    return "i.last_seen";
}

qint64 Store::issueCount(const IssueQuery &query)
{
    Statement count(m_db, "SELECT count(*) FROM issues WHERE ?1 = 0 OR project_id = ?1");
    count.bind(1, query.projectId);
    return count.step() ? count.int64(0) : 0;
}

QList<IssueSummary> Store::issues(const IssueQuery &query, qint64 offset, qint64 limit)
{
    // The ORDER BY column comes from a closed enum, never from user text.
    const QByteArray direction = query.descending ? " DESC" : " ASC";
    const QByteArray sql = QByteArray("SELECT i.id, p.slug, i.short_id, i.title, i.culprit, i.level, i.status, i.platform,"
                                      " i.times_seen, i.user_count, i.first_seen, i.last_seen"
                                      " FROM issues i JOIN projects p ON p.id = i.project_id"
                                      " WHERE ?1 = 0 OR i.project_id = ?1 ORDER BY ")
        + orderColumn(query.sort) + direction + ", i.id" + direction + " LIMIT ?2 OFFSET ?3";
    Statement select(m_db, sql.constData());
    select.bind(1, query.projectId).bind(2, limit).bind(3, offset);
    QList<IssueSummary> rows;
    while (select.step()) {
        IssueSummary row;
        row.id = select.int64(0);
        row.projectSlug = select.text(1);
        row.shortId = select.text(2);
        row.title = select.text(3);
        row.culprit = select.text(4);
        row.level = levelFromString(select.text(5));
        row.status = select.text(6);
        row.platform = select.text(7);
        row.timesSeen = select.int64(8);
        row.userCount = select.int64(9);
        row.firstSeen = QDateTime::fromMSecsSinceEpoch(select.int64(10), QTimeZone::UTC);
        row.lastSeen = QDateTime::fromMSecsSinceEpoch(select.int64(11), QTimeZone::UTC);
        rows.append(row);
    }
    if (!select.errorString().isEmpty())
        m_error = select.errorString();
    return rows;
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

} // namespace lookout
