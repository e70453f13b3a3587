#include "store/Schema.h"

#include <sqlite3.h>

namespace lookout::Schema {

// Times are milliseconds since the epoch, UTC. Raw payloads are kept so that nothing a user
// imported is lost when the model learns new fields: a re-parse can read them again.
static const char *const version1 = R"sql(
CREATE TABLE projects (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    platform  TEXT,
    next_short_id INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE issues (
    id            INTEGER PRIMARY KEY,
    project_id    INTEGER NOT NULL REFERENCES projects(id),
    grouping_hash TEXT NOT NULL,
    short_id      TEXT NOT NULL,
    title         TEXT NOT NULL,
    culprit       TEXT,
    level         TEXT NOT NULL,
    platform      TEXT,
    status        TEXT NOT NULL DEFAULT 'unresolved',
    first_seen    INTEGER NOT NULL,
    last_seen     INTEGER NOT NULL,
    times_seen    INTEGER NOT NULL DEFAULT 0,
    user_count    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (project_id, grouping_hash)
);
CREATE INDEX issues_last_seen ON issues(last_seen DESC);
CREATE INDEX issues_project ON issues(project_id, last_seen DESC);
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL UNIQUE,
    issue_id    INTEGER NOT NULL REFERENCES issues(id),
    project_id  INTEGER NOT NULL REFERENCES projects(id),
    timestamp   INTEGER NOT NULL,
    level       TEXT NOT NULL,
    release     TEXT,
    environment TEXT,
    user_key    TEXT,
    payload     BLOB NOT NULL
);
CREATE INDEX events_issue ON events(issue_id, timestamp DESC);
CREATE TABLE issue_users (
    issue_id INTEGER NOT NULL REFERENCES issues(id),
    user_key TEXT NOT NULL,
    PRIMARY KEY (issue_id, user_key)
) WITHOUT ROWID;
CREATE TABLE session_payloads (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    kind       TEXT NOT NULL CHECK (kind IN ('session', 'sessions')),
    payload    BLOB NOT NULL
);
CREATE VIRTUAL TABLE issues_fts USING fts5(title, culprit, content='issues', content_rowid='id');
CREATE TRIGGER issues_fts_insert AFTER INSERT ON issues BEGIN
    INSERT INTO issues_fts(rowid, title, culprit) VALUES (new.id, new.title, new.culprit);
END;
CREATE TRIGGER issues_fts_update AFTER UPDATE OF title, culprit ON issues BEGIN
    INSERT INTO issues_fts(issues_fts, rowid, title, culprit) VALUES ('delete', old.id, old.title, old.culprit);
    INSERT INTO issues_fts(rowid, title, culprit) VALUES (new.id, new.title, new.culprit);
END;
PRAGMA user_version = 1;
)sql";

bool migrate(sqlite3 *db, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    int version = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);

    if (version > currentVersion) {
        *error = QStringLiteral("the cache was written by a newer Lookout (schema %1, this build reads up to %2)")
                     .arg(version)
                     .arg(currentVersion);
        return false;
    }
    if (version == currentVersion)
        return true;

    char *message = nullptr;
    const QByteArray script = QByteArray("BEGIN IMMEDIATE;") + version1 + "COMMIT;";
    if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QStringLiteral("cannot create the cache schema: %1").arg(QString::fromUtf8(message));
        sqlite3_free(message);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return true;
}

} // namespace lookout::Schema
