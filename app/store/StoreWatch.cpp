// Reads for watching issues: how many users an issue had in a time window.
#include "store/Statement.h"
#include "store/Store.h"

namespace lookout {

qint64 Store::distinctUsers(qint64 issueId, qint64 fromMs, qint64 toMs)
{
    // events_issue (issue_id, timestamp) bounds the scan to the window.
    Statement count(m_db,
        "SELECT count(DISTINCT user_key) FROM events WHERE issue_id = ?1 AND timestamp >= ?2 AND timestamp < ?3"
        " AND user_key IS NOT NULL AND user_key != ''");
    count.bind(1, issueId);
    count.bind(2, fromMs);
    count.bind(3, toMs);
    return count.step() ? count.int64(0) : 0;
}

QList<QPair<qint64, qint64>> Store::issueUserCounts()
{
    QList<QPair<qint64, qint64>> counts;
    if (!flushPending())
        return counts;
    Statement rows(m_db, "SELECT id, user_count FROM issues");
    while (rows.step())
        counts.append({rows.int64(0), rows.int64(1)});
    return counts;
}

} // namespace lookout
