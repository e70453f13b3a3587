#pragma once

// The SQL of an IssueQuery, for Store's read side (StoreQueries.cpp) alone: not part of the Store's
// interface.

#include "store/IssueTextIndex.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QHash>
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
        const QList<TextTerm> terms = textTerms(query);
        const QString match = ftsMatch(terms);
        const auto textSet = m_sets.constFind(textKey(match));
        if (!match.isEmpty() && textSet != m_sets.cend()) {
            // lookout_in_set reads only the id, which every index holds: a status index still serves.
            m_textTable = textSet->table;
            m_where << inSet(*textSet);
        } else if (!match.isEmpty()) {
            m_onlyStatus = false;
            m_where << "i.id IN (" + textIdsSql(terms) + ")";
        }
    }

    QByteArray where() const { return m_where.isEmpty() ? QByteArray() : " WHERE " + m_where.join(" AND "); }
    bool joinsProjects() const { return m_joinsProjects; }
    // Whether to start from the free text's matches rather than walk issues_scan: the store puts a
    // text set in a temp table when it is small enough that looking each issue up costs less than
    // the walk (Store::issueSets).
    bool drivenByTextHits() const { return !m_textTable.isEmpty(); }
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

    static QList<TextTerm> textTerms(const IssueQuery &query)
    {
        QList<TextTerm> terms = query.textTerms;
        const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            terms.append({word, false});
        return terms;
    }
    // The FTS5 query of query's free text ("" when it has none): the key of its issue set.
    static QString textMatch(const IssueQuery &query) { return ftsMatch(textTerms(query)); }

    // SELECT of the ids of the issues that have every term somewhere: in the title or culprit, or
    // in the text of any of their events (one event need not have them all).
    QByteArray textIdsSql(const QList<TextTerm> &terms)
    {
        QByteArrayList selects;
        for (const TextTerm &term : terms) {
            const QByteArray ids = termIdsSelects(term).join(" UNION ");
            selects << (terms.size() == 1 ? ids : "SELECT id FROM (" + ids + ")");
        }
        return selects.join(" INTERSECT ");
    }
    // The SELECTs of the ids of the issues with one term: in the title or culprit, in the issue's
    // text index, in the per-event index (older caches).
    QByteArrayList termIdsSelects(const TextTerm &term)
    {
        const QByteArray k = param(ftsMatch({term})); // one parameter, used three times
        return {"SELECT rowid AS id FROM issues_fts WHERE issues_fts MATCH " + k, IssueTextIndex::issueIdsMatching(k),
            "SELECT e.issue_id FROM events e WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH " + k + ")"};
    }

    // count(*) reads an index, never the table: a status alone has its own indexes; anything else
    // is read from issues_scan, which holds every column a filter reads, so no row is fetched.
    QByteArray countSql() const { return selectSql("count(*)"); }
    // The ids of every matching issue, in no particular order.
    QByteArray idsSql() const { return selectSql("i.id"); }
    QByteArray selectSql(const QByteArray &what) const
    {
        QByteArray sql = "SELECT " + what + " FROM issues i";
        if (drivenByTextHits())
            sql = "SELECT " + what + " FROM temp." + m_textTable + " h CROSS JOIN issues i ON i.id = h.issue_id";
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
                return inSet(*set);
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
        const bool idOnly = !setKey(filter).isEmpty() && m_sets.contains(setKey(filter)); // lookout_in_set
        m_onlyStatus = m_onlyStatus && (filter.field == IssueFilter::Field::Status || idOnly);
        const QByteArray sql = condition(filter);
        // NOT of a NULL is NULL, which would drop the rows where the column is empty: a negated
        // term keeps them, as Sentry's does.
        m_where << (filter.negated ? "NOT coalesce(" + sql + ", 0)" : sql);
    }

    QByteArrayList m_where;
    std::vector<SqlValue> m_values;
    const QHash<QByteArray, Store::IssueSet> &m_sets;
    // The slot is the store's own small number, never a value from the query.
    static QByteArray inSet(const Store::IssueSet &set) { return "lookout_in_set(" + QByteArray::number(set.slot) + ", i.id)"; }

    QByteArray m_textTable;
    bool m_joinsProjects = false;
    bool m_onlyStatus = true;
};

} // namespace lookout
