#pragma once

// What the crash and fault tests check in a cache a killed or failed lookoutctl left behind.

#include <QFile>
#include <QSet>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace lookout::test {

inline qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

inline QStringList column(sqlite3 *db, const char *sql)
{
    QStringList values;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return values;
}

// What a cache holds after a kill, and what is wrong with it (empty: nothing).
struct CacheSnapshot
{
    QString problem;
    QStringList eventIds; // in the order they were stored
    QStringList issues; // one line per issue: its identity and counts
    QStringList outbox; // "id state"
};
inline CacheSnapshot cacheSnapshot(const QString &db)
{
    CacheSnapshot s;
    if (!QFile::exists(db))
        return s; // killed before the cache was made
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(db).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        s.problem = QStringLiteral("cannot open the cache");
        return s;
    }
    const QStringList integrity = column(raw, "PRAGMA integrity_check");
    if (integrity != QStringList {QStringLiteral("ok")}) {
        s.problem = QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; "));
    } else if (scalar(raw, "SELECT count(*) FROM sqlite_master WHERE name = 'events'") == 0) {
        // killed while the schema was being made: each step is one transaction, so a part is fine
    } else {
        s.eventIds = column(raw, "SELECT event_id FROM events ORDER BY id");
        s.issues = column(raw,
            "SELECT coalesce(sentry_id, grouping_hash) || ' ' || short_id || ' ' || times_seen || ' ' || user_count"
            " || ' ' || first_seen || ' ' || last_seen || ' ' || status FROM issues ORDER BY 1");
        s.outbox = column(raw, "SELECT id || ' ' || state FROM outbox ORDER BY id");
        if (QSet<QString>(s.eventIds.cbegin(), s.eventIds.cend()).size() != s.eventIds.size())
            s.problem = QStringLiteral("an event is stored twice");
        else if (scalar(raw,
                     "SELECT count(*) FROM (SELECT 1 FROM issues WHERE sentry_id IS NOT NULL"
                     " GROUP BY account_id, sentry_id HAVING count(*) > 1)")
            > 0)
            s.problem = QStringLiteral("an issue is stored twice");
        else if (scalar(raw, "SELECT count(*) FROM events e LEFT JOIN issues i ON i.id = e.issue_id WHERE i.id IS NULL") > 0)
            s.problem = QStringLiteral("an event without its issue");
        // Imported issues count their own events: a batch is written whole or not at all.
        else if (scalar(raw,
                     "SELECT count(*) FROM issues i WHERE i.sentry_id IS NULL AND i.times_seen !="
                     " (SELECT count(*) FROM events e WHERE e.issue_id = i.id)")
            > 0)
            s.problem = QStringLiteral("an imported issue's count differs from its events");
        else if (scalar(raw, "SELECT count(*) FROM events WHERE sentry_group_id IS NULL")
            != scalar(raw,
                "SELECT coalesce(sum(count), 0) FROM issue_hourly h JOIN issues i ON i.id = h.issue_id"
                " WHERE i.sentry_id IS NULL"))
            s.problem = QStringLiteral("the hourly counts differ from the imported events");
    }
    sqlite3_close(raw);
    return s;
}

inline void removeCache(const QString &db)
{
    for (const QString &suffix : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
}

} // namespace lookout::test
