// The read side of the Store: the issue stream's filters and sorts, all done in SQL.
#include "store/IssueQueryBuilder.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QTimeZone>

#include <variant>
#include <vector>

namespace lookout {

static constexpr char issueColumnList[]
    = "SELECT i.id, i.project_id, p.slug, p.name, i.short_id, i.title, i.culprit, i.level, i.status, i.substatus,"
      " i.platform, i.assignee, i.is_bookmarked, i.has_seen, i.times_seen, i.user_count, i.first_seen, i.last_seen,"
      " i.first_release, i.last_release";
static constexpr int issueColumnCount = 20;
static constexpr char issueTables[] = " FROM issues i JOIN projects p ON p.id = i.project_id";
static const QByteArray issueColumns = QByteArray(issueColumnList) + issueTables;

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

namespace {

// One page of the issue stream: the issue columns, then the sort key's columns (k0, k1, ...).
struct IssuePageSql
{
    QByteArray sql;
    int keyColumns = 0;
};

SqlValue sqlValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QString:
        return value.toString();
    default:
        return value.toLongLong();
    }
}

IssuePageSql issuePageSql(
    IssueQueryBuilder &builder, const IssueQuery &query, const IssueCursor &after, qint64 limit, qint64 offset)
{
    const QByteArrayList key = builder.sortKey(query);
    const QByteArray direction = query.descending ? " DESC" : " ASC";
    QByteArray where = builder.conditions();
    if (!after.isEmpty() && after.size() == key.size()) {
        QByteArrayList values;
        for (const QVariant &value : after)
            values << builder.param(sqlValue(value));
        const QByteArray seek = "(" + key.join(", ") + ") " + (query.descending ? "<" : ">") + " (" + values.join(", ") + ")";
        where = where.isEmpty() ? seek : where + " AND " + seek;
    }
    // The page's ids and sort keys first, read from issues_scan alone (every column a filter or a
    // sort other than by title reads is in it), so the sort sees narrow index entries and only the
    // page's own rows are read whole. By last seen the index is in order and the walk stops after
    // the page.
    QByteArray inner = "SELECT i.id AS sid";
    QByteArrayList order;
    QByteArrayList outerOrder;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QByteArray alias = "k" + QByteArray::number(i);
        inner += ", " + key.at(i) + " AS " + alias;
        order << alias + direction;
        const bool noCase = key.at(i).endsWith("COLLATE NOCASE");
        outerOrder << "s." + alias + (noCase ? " COLLATE NOCASE" : "") + direction;
    }
    if (builder.drivenByTextHits())
        inner += " FROM temp." + builder.textTable() + " h CROSS JOIN issues i ON i.id = h.issue_id";
    else
        inner += query.sort == IssueSort::Title ? " FROM issues i" : " FROM issues i INDEXED BY issues_scan";
    if (builder.joinsProjects() || query.sort == IssueSort::ShortId || query.sort == IssueSort::Project)
        inner += " JOIN projects p ON p.id = i.project_id";
    if (!where.isEmpty())
        inner += " WHERE " + where;
    inner += " ORDER BY " + order.join(", ") + " LIMIT " + builder.param(limit);
    if (offset > 0)
        inner += " OFFSET " + builder.param(offset);
    QByteArray sql = issueColumnList;
    for (qsizetype i = 0; i < key.size(); ++i)
        sql += ", s.k" + QByteArray::number(i);
    sql += " FROM (" + inner + ") s JOIN issues i ON i.id = s.sid JOIN projects p ON p.id = i.project_id ORDER BY "
        + outerOrder.join(", ");
    return {sql, int(key.size())};
}

} // namespace

qint64 Store::issueCount(const IssueQuery &query)
{
    flushPending();
    const IssueQueryBuilder builder(query, issueSets(query));
    const QByteArray sql = builder.countSql();
    Statement count(m_db, sql.constData());
    if (!count.isValid()) {
        m_error = count.errorString();
        return 0;
    }
    builder.bind(count);
    if (count.step())
        return count.int64(0);
    m_error = count.errorString();
    return 0;
}

QList<IssueSummary> Store::issues(const IssueQuery &query, qint64 offset, qint64 limit)
{
    flushPending();
    IssueQueryBuilder builder(query, issueSets(query));
    const IssuePageSql page = issuePageSql(builder, query, {}, limit, offset);
    Statement select(m_db, page.sql.constData());
    if (!select.isValid()) {
        m_error = select.errorString();
        return {};
    }
    builder.bind(select);
    QList<IssueSummary> rows;
    while (select.step())
        rows.append(readIssue(select));
    if (!select.errorString().isEmpty())
        m_error = select.errorString();
    return rows;
}

QList<IssueSummary> Store::issuesAfter(const IssueQuery &query, const IssueCursor &cursor, qint64 limit, IssueCursor *last)
{
    flushPending();
    const auto page = [this](const IssueQuery &q, const IssueCursor &after, qint64 n, IssueCursor *end) {
        IssueQueryBuilder builder(q, issueSets(q));
        const IssuePageSql sql = issuePageSql(builder, q, after, n, 0);
        Statement select(m_db, sql.sql.constData());
        QList<IssueSummary> rows;
        if (!select.isValid()) {
            m_error = select.errorString();
            return rows;
        }
        builder.bind(select);
        rows.reserve(n);
        while (select.step()) {
            rows.append(readIssue(select));
            if (end && rows.size() == n) {
                end->clear();
                for (int i = 0; i < sql.keyColumns; ++i)
                    end->append(select.value(issueColumnCount + i));
            }
        }
        if (!select.errorString().isEmpty())
            m_error = select.errorString();
        return rows;
    };
    if (query.sort != IssueSort::Trend || !query.descending)
        return page(query, cursor, limit, last);

    // Trending first: only issues seen since the day's first hour can trend, and they are few; the
    // rest all have a trend of 0 and follow by last seen, in issues_scan's own order. Two reads
    // spare computing and sorting a trend for every issue. (The same cut as the trend's key.)
    using Field = IssueFilter::Field;
    using Op = IssueFilter::Op;
    const qint64 nowMs = query.nowMs != 0 ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 dayStart = (nowMs / 3600000 - 23) * 3600000;
    const bool inRecent = cursor.size() != 3 || cursor.at(1).toLongLong() >= dayStart;
    QList<IssueSummary> rows;
    IssueCursor end;
    if (inRecent) {
        IssueQuery recent = query;
        recent.filters.append(IssueFilter::compare(Field::LastSeen, Op::GreaterEqual, dayStart));
        rows = page(recent, cursor, limit, &end);
    }
    if (rows.size() < limit) {
        IssueQuery older = query;
        older.sort = IssueSort::LastSeen;
        older.filters.append(IssueFilter::compare(Field::LastSeen, Op::Less, dayStart));
        const IssueCursor after = inRecent ? IssueCursor() : IssueCursor {cursor.at(1), cursor.at(2)};
        IssueCursor olderEnd;
        rows += page(older, after, limit - rows.size(), &olderEnd);
        if (olderEnd.size() == 2)
            end = {0.0, olderEnd.at(0), olderEnd.at(1)};
    }
    if (last && rows.size() == limit)
        *last = end;
    return rows;
}

QHash<QByteArray, Store::IssueSet> Store::issueSets(const IssueQuery &query)
{
    // Valid while nothing was written, here or by another connection, since they were found.
    Statement version(m_db, "PRAGMA data_version");
    const qint64 dataVersion = version.step() ? version.int64(0) : -1;
    if (dataVersion != m_setsDataVersion || sqlite3_total_changes64(m_db) != m_setsChanges)
        m_sets.clear();
    QList<QPair<QByteArray, IssueFilter>> wanted;
    const QString match = IssueQueryBuilder::textMatch(query);
    const QByteArray textKey = match.isEmpty() ? QByteArray() : IssueQueryBuilder::textKey(match);
    if (!match.isEmpty())
        wanted.append({textKey, {}});
    // A text set this small is also put in a temp table, from which the count and the pages start:
    // one lookup per matching issue then costs less than a walk of every issue with a bit test per
    // row. A project filter makes the walk dearer (and the lookups fewer), hence a higher bound.
    const bool byProject = query.projectId != 0
        || std::any_of(query.filters.cbegin(), query.filters.cend(),
            [](const IssueFilter &f) { return f.field == IssueFilter::Field::Project && !f.negated; });
    const qint64 tableLimit = std::min(m_setTableLimit, byProject ? qint64(5000) : qint64(1000));
    const QList<IssueFilter> filters = IssueQueryBuilder::eventFilters(query);
    for (const IssueFilter &filter : filters)
        wanted.append({IssueQueryBuilder::setKey(filter), filter});
    QHash<QByteArray, IssueSet> result;
    for (const auto &[key, filter] : std::as_const(wanted)) {
        if (const auto found = m_sets.find(key); found != m_sets.end()) {
            if (key == textKey && found->table.isEmpty() && found->count < tableLimit)
                found->table = issueSetTable(found->slot);
            result.insert(key, *found);
            continue;
        }
        // Slots are reused: a search rarely needs more than two, and a new search replaces the old sets.
        const auto taken = [&](int n) {
            return std::any_of(m_sets.cbegin(), m_sets.cend(), [&](const IssueSet &s) { return s.slot == n; })
                || std::any_of(result.cbegin(), result.cend(), [&](const IssueSet &s) { return s.slot == n; });
        };
        int slot = -1;
        for (int n = 0; n < int(m_setIds->size()) && slot < 0; ++n) {
            if (!taken(n))
                slot = n;
        }
        if (slot < 0) {
            for (auto it = m_sets.begin(); it != m_sets.end(); ++it) {
                if (std::none_of(result.cbegin(), result.cend(), [&](const IssueSet &s) { return s.slot == it->slot; })) {
                    slot = it->slot;
                    m_sets.erase(it);
                    break;
                }
            }
        }
        if (slot < 0)
            continue; // the statement then matches it itself

        // The ids are stepped out of SQLite into a bitset: no temp b-tree to build, and the
        // statements read membership with a bit test.
        IssueQueryBuilder fillBuilder(IssueQuery {});
        const auto collect = [&](const QByteArray &sql, IssueIdSet *into) {
            Statement select(m_db, sql.constData());
            fillBuilder.bind(select);
            while (select.step())
                into->add(select.int64(0));
            if (!select.errorString().isEmpty())
                m_error = select.errorString();
            return select.isValid() && select.errorString().isEmpty();
        };
        auto ids = std::make_shared<IssueIdSet>();
        bool filled = true;
        if (!key.startsWith("text\x1f")) {
            filled = collect(fillBuilder.issueIdsOf(filter), ids.get());
        } else {
            // Every term somewhere in the issue (title, its text index, older per-event index).
            const QList<TextTerm> terms = IssueQueryBuilder::textTerms(query);
            for (qsizetype t = 0; t < terms.size() && filled; ++t) {
                IssueIdSet termIds;
                const QByteArrayList selects = fillBuilder.termIdsSelects(terms.at(t));
                for (const QByteArray &sql : selects)
                    filled = filled && collect(sql, t == 0 ? ids.get() : &termIds);
                if (t > 0)
                    ids->intersect(termIds);
            }
        }
        if (!filled)
            continue;
        IssueSet set {slot, {}, ids->size()};
        (*m_setIds)[size_t(slot)] = std::move(ids);
        if (key == textKey && set.count < tableLimit)
            set.table = issueSetTable(slot);
        m_sets.insert(key, set);
        result.insert(key, set);
    }
    m_setsDataVersion = dataVersion;
    m_setsChanges = sqlite3_total_changes64(m_db);
    return result;
}

QByteArray Store::issueSetTable(int slot)
{
    const QByteArray table = "issue_set_" + QByteArray::number(slot);
    const QByteArray create
        = "CREATE TEMP TABLE IF NOT EXISTS " + table + " (issue_id INTEGER PRIMARY KEY); DELETE FROM temp." + table;
    if (sqlite3_exec(m_db, create.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return {};
    const QByteArray sql = "INSERT INTO temp." + table + " (issue_id) VALUES (?1)";
    Statement insert(m_db, sql.constData());
    if (!insert.isValid())
        return {};
    for (const qint64 id : (*m_setIds)[size_t(slot)]->ids()) {
        if (!insert.bind(1, id).exec()) // exec() resets the statement
            return {};
    }
    m_setsChanges = sqlite3_total_changes64(m_db);
    return table;
}

void Store::forgetIssueSets()
{
    m_sets.clear();
}

QByteArray Store::issuesSql(const IssueQuery &query, qint64 limit)
{
    IssueQueryBuilder builder(query);
    return builder.literal(issuePageSql(builder, query, {}, limit, 0).sql);
}

QByteArray Store::issueCountSql(const IssueQuery &query)
{
    const IssueQueryBuilder builder(query);
    return builder.literal(builder.countSql());
}

QList<qint64> Store::issueIds(const IssueQuery &query)
{
    flushPending();
    const IssueQueryBuilder builder(query, issueSets(query));
    Statement select(m_db, builder.idsSql().constData());
    QList<qint64> ids;
    if (!select.isValid()) {
        m_error = select.errorString();
        return ids;
    }
    builder.bind(select);
    while (select.step())
        ids << select.int64(0);
    return ids;
}

QByteArray Store::issueFilterSql(const IssueQuery &query)
{
    const IssueQueryBuilder builder(query);
    return builder.literal(builder.conditions());
}

QStringList Store::knownValues(ValueKind kind, const QString &prefix, int limit)
{
    flushPending();
    // Most used first, so the likely value is at the top; all of them read through an index.
    const char *sql = nullptr;
    switch (kind) {
    case ValueKind::Project:
        sql = "SELECT p.slug FROM projects p WHERE p.slug LIKE ?1 ESCAPE '\\' ORDER BY"
              " (SELECT count(*) FROM issues i WHERE i.project_id = p.id) DESC, p.slug LIMIT ?2";
        break;
    // Distinct values of an indexed column by skipping through the index, one probe per value, not
    // one per event; newest-looking releases (the greatest) first.
    case ValueKind::Release:
        sql = "WITH RECURSIVE r(v) AS (SELECT max(release) FROM events WHERE release >= ?3 AND release < ?4"
              " UNION ALL SELECT (SELECT max(release) FROM events WHERE release < r.v AND release >= ?3)"
              " FROM r WHERE r.v IS NOT NULL LIMIT ?2) SELECT v FROM r WHERE v IS NOT NULL";
        break;
    case ValueKind::Environment:
        sql = "WITH RECURSIVE r(v) AS (SELECT min(environment) FROM events WHERE environment >= ?3 AND environment < ?4"
              " UNION ALL SELECT (SELECT min(environment) FROM events WHERE environment > r.v AND environment < ?4)"
              " FROM r WHERE r.v IS NOT NULL LIMIT ?2) SELECT v FROM r WHERE v IS NOT NULL";
        break;
    case ValueKind::Level:
        sql = "SELECT level FROM issues WHERE level LIKE ?1 ESCAPE '\\' GROUP BY level ORDER BY count(*) DESC LIMIT ?2";
        break;
    case ValueKind::Platform:
        sql = "SELECT platform FROM issues WHERE platform LIKE ?1 ESCAPE '\\' GROUP BY platform ORDER BY count(*) DESC LIMIT ?2";
        break;
    case ValueKind::Assignee:
        sql = "SELECT assignee FROM issues WHERE assignee LIKE ?1 ESCAPE '\\' AND assignee <> '' GROUP BY assignee"
              " ORDER BY count(*) DESC, assignee LIMIT ?2";
        break;
    }
    QString pattern = prefix;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    Statement select(m_db, sql);
    select.bind(1, pattern + QLatin1Char('%')).bind(2, qint64(limit));
    // Releases and environments: the range of values that start with prefix (case matters there).
    select.bind(3, prefix.isNull() ? QStringLiteral("") : prefix).bind(4, prefix + QString::fromUcs4(U"\U0010FFFF", 1));
    QStringList values;
    while (select.step()) {
        const QString value = select.text(0);
        if (!value.isEmpty())
            values << value;
    }
    return values;
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
