// The read side of the Store: the issue stream's filters and sorts, all done in SQL.
#include "store/Statement.h"
#include "store/Store.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QTimeZone>

#include <variant>
#include <vector>

namespace lookout {

using SqlValue = std::variant<qint64, double, QString>;

// Builds "WHERE ..." (and the sort) with numbered parameters from an IssueQuery. Every value is
// bound, never spliced into the SQL text; only fixed fragments chosen by enum end up in the
// statement. literal() writes the values in instead, for showing the SQL or running it elsewhere.
class IssueQueryBuilder
{
public:
    // sets: issue sets the store has found already (Store::issueSets), by setKey(); a filter or free
    // text without one is matched in the statement itself.
    explicit IssueQueryBuilder(const IssueQuery &query, const QHash<QByteArray, Store::IssueSet> &sets = {})
        : m_sets(sets)
    {
        if (query.projectId != 0) {
            m_where << "i.project_id = " + param(query.projectId);
            m_onlyStatus = false;
        }
        for (const IssueFilter &filter : legacyFilters(query))
            addFilter(filter);
        for (const IssueFilter &filter : query.filters)
            addFilter(filter);
        QList<TextTerm> terms = query.textTerms;
        const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            terms.append({word, false});
        const QString match = ftsMatch(terms);
        const auto textSet = m_sets.constFind(textKey(match));
        if (!match.isEmpty() && textSet != m_sets.cend()) {
            m_onlyStatus = false;
            m_textHits = textSet->count;
            m_textTable = textSet->table;
            m_where << "i.id IN temp." + textSet->table;
        } else if (!match.isEmpty()) {
            m_onlyStatus = false;
            const QByteArray k = param(match); // one parameter, used twice
            m_where << "(i.id IN (SELECT rowid FROM issues_fts WHERE issues_fts MATCH " + k
                    + ") OR i.id IN (SELECT e.issue_id FROM events e WHERE e.id IN"
                      " (SELECT rowid FROM events_fts WHERE events_fts MATCH "
                    + k + ")))";
        }
    }

    QByteArray where() const { return m_where.isEmpty() ? QByteArray() : " WHERE " + m_where.join(" AND "); }
    bool joinsProjects() const { return m_joinsProjects; }
    // Whether to start from the free text's matches rather than walk issues_scan: when there are
    // fewer than limit of them, looking each up costs less than the walk.
    bool drivenByTextHits(qint64 limit) const { return m_textHits >= 0 && m_textHits < limit; }
    QByteArray textTable() const { return m_textTable; }

    // The keys of the issue sets a query can use: its free text, and its release and environment
    // filters (each a set of issues found through the events' indexes).
    static QByteArray textKey(const QString &match) { return "text\x1f" + match.toUtf8(); }
    static QByteArray setKey(const IssueFilter &filter)
    {
        if (filter.field != IssueFilter::Field::Release && filter.field != IssueFilter::Field::Environment)
            return {};
        return QByteArray(filter.field == IssueFilter::Field::Release ? "release" : "environment") + "\x1f"
            + filter.values.join(QChar(0x1f)).toUtf8();
    }
    static QList<IssueFilter> eventFilters(const IssueQuery &query)
    {
        QList<IssueFilter> result;
        const QList<IssueFilter> all = legacyFilters(query) + query.filters;
        for (const IssueFilter &filter : all) {
            if (!setKey(filter).isEmpty())
                result.append(filter);
        }
        return result;
    }
    // SELECT of the ids of the issues with an event filter's values (its parameters in this builder).
    QByteArray issueIdsOf(const IssueFilter &filter)
    {
        const QByteArray column = filter.field == IssueFilter::Field::Release ? "e.release" : "e.environment";
        return "SELECT DISTINCT e.issue_id FROM events e WHERE " + matchAny(column, filter.values);
    }

    // The FTS5 query of query's free text ("" when it has none).
    static QString textMatch(const IssueQuery &query)
    {
        QList<TextTerm> terms = query.textTerms;
        const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            terms.append({word, false});
        return ftsMatch(terms);
    }

    // count(*) reads an index, never the table: a status alone has its own indexes; anything else
    // is read from issues_scan, which holds every column a filter reads, so no row is fetched.
    QByteArray countSql() const
    {
        QByteArray sql = "SELECT count(*) FROM issues i";
        if (drivenByTextHits(20000))
            sql = "SELECT count(*) FROM temp." + m_textTable + " h CROSS JOIN issues i ON i.id = h.issue_id";
        else if (!m_onlyStatus)
            sql += " INDEXED BY issues_scan";
        if (m_joinsProjects)
            sql += " JOIN projects p ON p.id = i.project_id";
        return sql + where();
    }
    QByteArray conditions() const { return m_where.join(" AND "); }

    // The sort key: expressions compared in order, the issue id last so that the order is total.
    QByteArrayList sortKey(const IssueQuery &query)
    {
        QByteArrayList key;
        switch (query.sort) {
        case IssueSort::LastSeen:
            key << "i.last_seen";
            break;
        case IssueSort::FirstSeen:
            key << "i.first_seen";
            break;
        case IssueSort::TimesSeen:
            key << "i.times_seen";
            break;
        case IssueSort::UserCount:
            key << "i.user_count";
            break;
        case IssueSort::Title:
            key << "i.title COLLATE NOCASE";
            break;
        case IssueSort::Level:
            key << "CASE i.level WHEN 'fatal' THEN 4 WHEN 'error' THEN 3 WHEN 'warning' THEN 2 WHEN 'info' THEN 1 ELSE 0 END";
            break;
        case IssueSort::ShortId:
        case IssueSort::Project:
            key << "p.slug";
            break;
        case IssueSort::Status:
            key << "i.status";
            break;
        case IssueSort::Trend: {
            // Events in the last 24 hours against the mean day of the last 14 (days, as hours
            // since the epoch); issues quiet for a day rank by when they were last seen.
            const qint64 nowMs = query.nowMs != 0 ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
            const qint64 hour = nowMs / 3600000;
            const QByteArray day = param(hour - 23);
            const QByteArray fortnight = param(hour - 14 * 24 + 1);
            // Only issues seen since that hour began can have a trend: the rest skip the sums.
            const QByteArray dayStartMs = param((hour - 23) * 3600000);
            key << "CASE WHEN i.last_seen >= " + dayStartMs
                    + " THEN coalesce((SELECT sum(h.count) FROM issue_hourly h WHERE h.issue_id = i.id AND h.hour >= " + day
                    + ") * 14.0 / (SELECT sum(h.count) FROM issue_hourly h WHERE h.issue_id = i.id AND h.hour >= " + fortnight
                    + "), 0.0) ELSE 0.0 END"
                << "i.last_seen";
            break;
        }
        }
        key << "i.id";
        return key;
    }

    QByteArray param(const SqlValue &value)
    {
        m_values.push_back(value);
        return "?" + QByteArray::number(m_values.size());
    }

    void bind(Statement &statement) const
    {
        for (size_t i = 0; i < m_values.size(); ++i)
            std::visit([&](const auto &v) { statement.bind(int(i) + 1, v); }, m_values[i]);
    }

    // sql with each ?N replaced by its value as an SQL literal.
    QByteArray literal(const QByteArray &sql) const
    {
        QByteArray result;
        for (qsizetype i = 0; i < sql.size(); ++i) {
            if (sql.at(i) != '?') {
                result += sql.at(i);
                continue;
            }
            qsizetype end = i + 1;
            while (end < sql.size() && sql.at(end) >= '0' && sql.at(end) <= '9')
                ++end;
            const size_t n = size_t(sql.mid(i + 1, end - i - 1).toLongLong());
            if (n >= 1 && n <= m_values.size()) {
                result += literalOf(m_values[n - 1]);
                i = end - 1;
            } else {
                result += '?';
            }
        }
        return result;
    }

    // Free text becomes quoted FTS5 terms (prefixes, or phrases when exact), so nothing a user
    // types is read as FTS syntax.
    static QString ftsMatch(const QList<TextTerm> &terms)
    {
        QStringList parts;
        for (const TextTerm &term : terms) {
            QString quoted = term.text;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            parts << QLatin1Char('"') + quoted + (term.exact ? QStringLiteral("\"") : QStringLiteral("\"*"));
        }
        return parts.join(QLatin1Char(' '));
    }

private:
    static QByteArray literalOf(const SqlValue &value)
    {
        if (const auto *n = std::get_if<qint64>(&value))
            return QByteArray::number(*n);
        if (const auto *d = std::get_if<double>(&value))
            return QByteArray::number(*d, 'g', 17);
        QString text = std::get<QString>(value);
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        return "'" + text.toUtf8() + "'";
    }

    // The fields IssueQuery had before filters, as filters.
    static QList<IssueFilter> legacyFilters(const IssueQuery &query)
    {
        QList<IssueFilter> filters;
        const auto values = [&](IssueFilter::Field field, const QStringList &list) {
            if (!list.isEmpty())
                filters.append(IssueFilter::of(field, false, list));
        };
        const auto number = [&](IssueFilter::Field field, std::optional<qint64> n) {
            if (n)
                filters.append(IssueFilter::compare(field, IssueFilter::Op::GreaterEqual, *n));
        };
        values(IssueFilter::Field::Status, query.statuses);
        values(IssueFilter::Field::Level, query.levels);
        values(IssueFilter::Field::Project, query.projectSlugs);
        if (!query.release.isNull())
            values(IssueFilter::Field::Release, {query.release});
        if (!query.environment.isNull())
            values(IssueFilter::Field::Environment, {query.environment});
        number(IssueFilter::Field::FirstSeen, query.firstSeenAfterMs);
        number(IssueFilter::Field::LastSeen, query.lastSeenAfterMs);
        number(IssueFilter::Field::TimesSeen, query.minTimesSeen);
        number(IssueFilter::Field::UserCount, query.minUserCount);
        if (query.bookmarkedOnly)
            filters.append(IssueFilter::of(IssueFilter::Field::Bookmarked));
        if (query.unseenOnly)
            filters.append(IssueFilter::of(IssueFilter::Field::Unseen));
        if (query.assigned)
            filters.append(IssueFilter::of(IssueFilter::Field::Assigned, !*query.assigned));
        return filters;
    }

    // column equal to any of values; values with '*' match as globs (case matters, as for equality).
    QByteArray matchAny(const QByteArray &column, const QStringList &values, bool noCase = false)
    {
        QByteArrayList exact;
        QByteArrayList parts;
        for (const QString &value : values) {
            if (value.contains(QLatin1Char('*'))) {
                QString glob;
                for (const QChar c : value) {
                    if (c == u'?' || c == u'[')
                        glob += QLatin1Char('[') + c + QLatin1Char(']');
                    else
                        glob += c;
                }
                if (noCase)
                    parts << "lower(" + column + ") GLOB " + param(glob.toLower());
                else
                    parts << column + " GLOB " + param(glob);
            } else {
                exact << param(value);
            }
        }
        const QByteArray collate = noCase ? " COLLATE NOCASE" : "";
        if (exact.size() == 1)
            parts.prepend(column + collate + " = " + exact.constFirst());
        else if (!exact.isEmpty())
            parts.prepend(column + collate + " IN (" + exact.join(", ") + ")");
        return parts.size() == 1 ? parts.constFirst() : "(" + parts.join(" OR ") + ")";
    }

    QByteArray compare(const QByteArray &column, const IssueFilter &filter)
    {
        switch (filter.op) {
        case IssueFilter::Op::Equal:
            return column + " = " + param(filter.number);
        case IssueFilter::Op::Greater:
            return column + " > " + param(filter.number);
        case IssueFilter::Op::GreaterEqual:
            return column + " >= " + param(filter.number);
        case IssueFilter::Op::Less:
            return column + " < " + param(filter.number);
        case IssueFilter::Op::LessEqual:
            return column + " <= " + param(filter.number);
        case IssueFilter::Op::Within:
            return "(" + column + " >= " + param(filter.number) + " AND " + column + " < " + param(filter.upper) + ")";
        }
        return "0";
    }

    QByteArray condition(const IssueFilter &filter)
    {
        using Field = IssueFilter::Field;
        switch (filter.field) {
        case Field::Status:
            return matchAny("i.status", filter.values);
        case Field::Substatus:
            return matchAny("i.substatus", filter.values);
        case Field::Assigned:
            return "coalesce(i.assignee, '') <> ''";
        case Field::Assignee:
            return matchAny("i.assignee", filter.values, true);
        case Field::Bookmarked:
            return "i.is_bookmarked = 1";
        case Field::Unseen:
            return "i.has_seen = 0";
        case Field::Level:
            return matchAny("i.level", filter.values);
        case Field::Release:
        case Field::Environment: {
            const auto set = m_sets.constFind(setKey(filter));
            if (set != m_sets.cend())
                return "i.id IN temp." + set->table;
            const QByteArray column = filter.field == Field::Release ? "e.release" : "e.environment";
            return "i.id IN (SELECT e.issue_id FROM events e WHERE " + matchAny(column, filter.values) + ")";
        }
        case Field::Project:
            return matchAny("p.slug", filter.values);
        case Field::Platform:
            return matchAny("i.platform", filter.values);
        case Field::FirstSeen:
            return compare("i.first_seen", filter);
        case Field::LastSeen:
            return compare("i.last_seen", filter);
        case Field::TimesSeen:
            return compare("i.times_seen", filter);
        case Field::UserCount:
            return compare("i.user_count", filter);
        case Field::HasRelease:
            return "coalesce(i.last_release, i.first_release, '') <> ''";
        case Field::HasEnvironment:
            return "EXISTS (SELECT 1 FROM events e WHERE e.issue_id = i.id AND e.environment <> '')";
        case Field::HasUser:
            return "i.user_count > 0";
        }
        return "0";
    }

    void addFilter(const IssueFilter &filter)
    {
        m_joinsProjects = m_joinsProjects || filter.field == IssueFilter::Field::Project;
        m_onlyStatus = m_onlyStatus && filter.field == IssueFilter::Field::Status;
        const QByteArray sql = condition(filter);
        // NOT of a NULL is NULL, which would drop the rows where the column is empty: a negated
        // term keeps them, as Sentry's does.
        m_where << (filter.negated ? "NOT coalesce(" + sql + ", 0)" : sql);
    }

    QByteArrayList m_where;
    std::vector<SqlValue> m_values;
    const QHash<QByteArray, Store::IssueSet> &m_sets;
    qint64 m_textHits = -1;
    QByteArray m_textTable;
    bool m_joinsProjects = false;
    bool m_onlyStatus = true;
};

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
    if (builder.drivenByTextHits(5000))
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
    if (!match.isEmpty())
        wanted.append({IssueQueryBuilder::textKey(match), {}});
    const QList<IssueFilter> filters = IssueQueryBuilder::eventFilters(query);
    for (const IssueFilter &filter : filters)
        wanted.append({IssueQueryBuilder::setKey(filter), filter});
    QHash<QByteArray, IssueSet> result;
    for (const auto &[key, filter] : std::as_const(wanted)) {
        if (const auto found = m_sets.constFind(key); found != m_sets.cend()) {
            result.insert(key, *found);
            continue;
        }
        // Four tables, reused: a search rarely needs more, and a new search replaces the old sets.
        QByteArray table;
        for (int n = 0; n < 4 && table.isEmpty(); ++n) {
            const QByteArray name = "issue_set_" + QByteArray::number(n);
            const bool used = std::any_of(m_sets.cbegin(), m_sets.cend(), [&](const IssueSet &s) { return s.table == name; })
                || std::any_of(result.cbegin(), result.cend(), [&](const IssueSet &s) { return s.table == name; });
            if (!used)
                table = name;
        }
        if (table.isEmpty()) {
            for (auto it = m_sets.begin(); it != m_sets.end();) {
                if (std::none_of(result.cbegin(), result.cend(), [&](const IssueSet &s) { return s.table == it->table; })) {
                    table = it->table;
                    m_sets.erase(it);
                    break;
                }
                ++it;
            }
        }
        const QByteArray create
            = "CREATE TEMP TABLE IF NOT EXISTS " + table + " (issue_id INTEGER PRIMARY KEY); DELETE FROM temp." + table;
        if (table.isEmpty() || sqlite3_exec(m_db, create.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            continue; // the statement then matches it itself
        IssueQueryBuilder fillBuilder(IssueQuery {});
        QByteArray sql;
        if (key.startsWith("text\x1f")) {
            // UNION hands the ids over sorted and distinct: each insert appends.
            sql = "INSERT INTO temp." + table + " (issue_id) SELECT rowid FROM issues_fts WHERE issues_fts MATCH "
                + fillBuilder.param(match) + " UNION SELECT e.issue_id FROM events e WHERE e.id IN"
                + " (SELECT rowid FROM events_fts WHERE events_fts MATCH ?1)";
        } else {
            sql = "INSERT INTO temp." + table + " (issue_id) " + fillBuilder.issueIdsOf(filter);
        }
        Statement fill(m_db, sql.constData());
        fillBuilder.bind(fill);
        if (!fill.exec()) {
            m_error = fill.errorString();
            continue;
        }
        const IssueSet set {table, sqlite3_changes64(m_db)};
        m_sets.insert(key, set);
        result.insert(key, set);
    }
    m_setsDataVersion = dataVersion;
    m_setsChanges = sqlite3_total_changes64(m_db);
    return result;
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
