// The read side of the Store: the issue stream's filters and sorts, all done in SQL.
#include "store/Statement.h"
#include "store/Store.h"

#include <QTimeZone>

#include <variant>
#include <vector>

namespace lookout {

// Builds "WHERE ..." with numbered parameters from an IssueQuery. Every value is bound, never
// spliced into the SQL text; only fixed fragments chosen by enum end up in the statement.
class IssueQueryBuilder
{
public:
    explicit IssueQueryBuilder(const IssueQuery &query)
    {
        if (query.projectId != 0)
            add("i.project_id = ?", query.projectId);
        addIn("i.status", query.statuses);
        addIn("i.level", query.levels);
        addIn("p.slug", query.projectSlugs);
        if (!query.release.isNull())
            add("EXISTS (SELECT 1 FROM events e WHERE e.release = ? AND e.issue_id = i.id)", query.release);
        if (!query.environment.isNull())
            add("EXISTS (SELECT 1 FROM events e WHERE e.environment = ? AND e.issue_id = i.id)", query.environment);
        if (query.firstSeenAfterMs)
            add("i.first_seen >= ?", *query.firstSeenAfterMs);
        if (query.lastSeenAfterMs)
            add("i.last_seen >= ?", *query.lastSeenAfterMs);
        if (query.minTimesSeen)
            add("i.times_seen >= ?", *query.minTimesSeen);
        if (query.minUserCount)
            add("i.user_count >= ?", *query.minUserCount);
        if (query.bookmarkedOnly)
            m_where << QByteArrayLiteral("i.is_bookmarked = 1");
        if (query.unseenOnly)
            m_where << QByteArrayLiteral("i.has_seen = 0");
        if (query.assigned)
            m_where << (*query.assigned ? QByteArrayLiteral("i.assignee IS NOT NULL") : QByteArrayLiteral("i.assignee IS NULL"));
        const QString match = ftsMatch(query.text);
        if (!match.isEmpty()) {
            const QByteArray k = QByteArray::number(next()); // one parameter, used twice
            m_where << "(i.id IN (SELECT rowid FROM issues_fts WHERE issues_fts MATCH ?" + k
                    + ") OR i.id IN (SELECT e.issue_id FROM events e WHERE e.id IN"
                      " (SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
                    + k + ")))";
            m_values.emplace_back(match);
        }
    }

    QByteArray where() const { return m_where.isEmpty() ? QByteArray() : " WHERE " + m_where.join(" AND "); }
    void bind(Statement &statement) const
    {
        for (size_t i = 0; i < m_values.size(); ++i)
            std::visit([&](const auto &v) { statement.bind(int(i) + 1, v); }, m_values[i]);
    }
    int count() const { return int(m_values.size()); }

    // Free text becomes quoted FTS5 prefix terms, so nothing a user types is read as FTS syntax.
    static QString ftsMatch(const QString &text)
    {
        QStringList terms;
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            QString quoted = word;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            terms << QLatin1Char('"') + quoted + QStringLiteral("\"*");
        }
        return terms.join(QLatin1Char(' '));
    }

private:
    int next() { return int(m_values.size()) + 1; }

    template<typename T>
    void add(const char *condition, const T &value)
    {
        QByteArray sql(condition);
        sql.replace('?', QByteArray("?" + QByteArray::number(next())));
        m_where << sql;
        m_values.emplace_back(value);
    }

    void addIn(const char *column, const QStringList &values)
    {
        if (values.isEmpty())
            return;
        QByteArrayList placeholders;
        for (const QString &value : values) {
            placeholders << "?" + QByteArray::number(next());
            m_values.emplace_back(value);
        }
        m_where << QByteArray(column) + " IN (" + placeholders.join(", ") + ")";
    }

    QByteArrayList m_where;
    std::vector<std::variant<qint64, QString>> m_values;
};

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

static constexpr char issueColumns[]
    = "SELECT i.id, i.project_id, p.slug, p.name, i.short_id, i.title, i.culprit, i.level, i.status, i.substatus,"
      " i.platform, i.assignee, i.is_bookmarked, i.has_seen, i.times_seen, i.user_count, i.first_seen, i.last_seen,"
      " i.first_release, i.last_release FROM issues i JOIN projects p ON p.id = i.project_id";

static IssueSummary readIssue(const Statement &row)
{
    IssueSummary issue;
    issue.id = row.int64(0);
    issue.projectId = row.int64(1);
    issue.projectSlug = row.text(2);
    issue.projectName = row.text(3);
    issue.shortId = row.text(4);
    issue.title = row.text(5);
    issue.culprit = row.text(6);
    issue.level = levelFromString(row.text(7));
    issue.status = row.text(8);
    issue.substatus = row.text(9);
    issue.platform = row.text(10);
    issue.assignee = row.text(11);
    issue.bookmarked = row.int64(12) != 0;
    issue.hasSeen = row.int64(13) != 0;
    issue.timesSeen = row.int64(14);
    issue.userCount = row.int64(15);
    issue.firstSeen = QDateTime::fromMSecsSinceEpoch(row.int64(16), QTimeZone::UTC);
    issue.lastSeen = QDateTime::fromMSecsSinceEpoch(row.int64(17), QTimeZone::UTC);
    issue.firstRelease = row.text(18);
    issue.lastRelease = row.text(19);
    return issue;
}

qint64 Store::issueCount(const IssueQuery &query)
{
    flushPending();
    const IssueQueryBuilder builder(query);
    const QByteArray sql = "SELECT count(*) FROM issues i JOIN projects p ON p.id = i.project_id" + builder.where();
    Statement count(m_db, sql.constData());
    builder.bind(count);
    return count.step() ? count.int64(0) : 0;
}

QList<IssueSummary> Store::issues(const IssueQuery &query, qint64 offset, qint64 limit)
{
    flushPending();
    const IssueQueryBuilder builder(query);
    const QByteArray direction = query.descending ? " DESC" : " ASC";
    const int n = builder.count();
    const QByteArray sql = issueColumns + builder.where() + " ORDER BY " + orderColumn(query.sort) + direction + ", i.id"
        + direction + " LIMIT ?" + QByteArray::number(n + 1) + " OFFSET ?" + QByteArray::number(n + 2);
    Statement select(m_db, sql.constData());
    if (!select.isValid()) {
        m_error = select.errorString();
        return {};
    }
    builder.bind(select);
    select.bind(n + 1, limit).bind(n + 2, offset);
    QList<IssueSummary> rows;
    while (select.step())
        rows.append(readIssue(select));
    if (!select.errorString().isEmpty())
        m_error = select.errorString();
    return rows;
}

std::optional<IssueSummary> Store::issue(qint64 id)
{
    flushPending();
    const QByteArray sql = QByteArray(issueColumns) + " WHERE i.id = ?1";
    Statement select(m_db, sql.constData());
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readIssue(select);
}

std::optional<IssueSummary> Store::issueByShortId(const QString &shortId)
{
    flushPending();
    const QByteArray sql = QByteArray(issueColumns) + " WHERE i.short_id = ?1";
    Statement select(m_db, sql.constData());
    select.bind(1, shortId.toUpper());
    if (!select.step())
        return std::nullopt;
    return readIssue(select);
}

} // namespace lookout
