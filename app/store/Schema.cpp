#include "store/Schema.h"

#include <QByteArray>

#include <sqlite3.h>

#include <iterator>

namespace lookout::Schema {

// Times are milliseconds since the epoch, UTC. Raw payloads are kept so that nothing a user
// imported is lost when the model learns new fields: a re-parse can read them again.
static constexpr const char *version1 = R"sql(
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

)sql";

// Version 2: what the issue stream and offline review need. Payloads written from now on are
// zlib-compressed (payload_format 1); rows from version 1 stay plain JSON (payload_format 0).
static constexpr const char *version2 = R"sql(
ALTER TABLE issues ADD COLUMN substatus TEXT;
ALTER TABLE issues ADD COLUMN assignee TEXT;
ALTER TABLE issues ADD COLUMN is_bookmarked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issues ADD COLUMN has_seen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issues ADD COLUMN first_release TEXT;
ALTER TABLE issues ADD COLUMN last_release TEXT;
ALTER TABLE issues ADD COLUMN sentry_id TEXT;
CREATE TABLE issue_hashes (
    project_id INTEGER NOT NULL REFERENCES projects(id),
    hash       TEXT NOT NULL,
    issue_id   INTEGER NOT NULL REFERENCES issues(id),
    PRIMARY KEY (project_id, hash)
) WITHOUT ROWID;
INSERT INTO issue_hashes (project_id, hash, issue_id) SELECT project_id, grouping_hash, id FROM issues;
CREATE TABLE issue_hourly (
    issue_id INTEGER NOT NULL REFERENCES issues(id),
    hour     INTEGER NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (issue_id, hour)
) WITHOUT ROWID;
INSERT INTO issue_hourly (issue_id, hour, count) SELECT issue_id, timestamp / 3600000, count(*) FROM events GROUP BY 1, 2;
ALTER TABLE events ADD COLUMN payload_format INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_release ON events(release, issue_id);
CREATE INDEX events_environment ON events(environment, issue_id);
DROP INDEX issues_last_seen;
DROP INDEX issues_project;
CREATE INDEX issues_status_last_seen ON issues(status, last_seen DESC);
CREATE INDEX issues_status_first_seen ON issues(status, first_seen DESC);
CREATE INDEX issues_status_times_seen ON issues(status, times_seen DESC);
CREATE INDEX issues_status_user_count ON issues(status, user_count DESC);
CREATE INDEX issues_project_status_last_seen ON issues(project_id, status, last_seen DESC);
CREATE INDEX issues_level_last_seen ON issues(level, last_seen DESC);
CREATE VIRTUAL TABLE events_fts USING fts5(message, exception, frames, breadcrumbs, tags, content='', contentless_delete=1);
)sql";

// Version 3: envelope attachments (screenshots, logs, minidumps), kept so the detail view can show
// and save them. An attachment names its event by event_id rather than a foreign key: SDKs may
// send it in another envelope than the event, before or after it. Re-importing the same envelope
// adds nothing. Payloads written from now on are zstd-compressed (payload_format 2), as are
// attachment bytes (data_format 2) unless zstd did not make them smaller (0: as they came).
static constexpr const char *version3 = R"sql(
CREATE TABLE attachments (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL REFERENCES projects(id),
    event_id        TEXT NOT NULL,
    filename        TEXT NOT NULL,
    content_type    TEXT,
    attachment_type TEXT NOT NULL,
    size            INTEGER NOT NULL,
    data            BLOB NOT NULL,
    data_format     INTEGER NOT NULL,
    UNIQUE (event_id, attachment_type, filename, size)
);
)sql";

// Version 4: mirroring Sentry accounts and offline triage. Synced issues keep Sentry's identity
// (account_id + sentry_id) and their events name Sentry's group (sentry_group_id), so a sync maps
// events by Sentry's grouping, never ours, and a merge Sentry refuses can be undone. needs_event
// marks issues whose latest event is still to be fetched: it is committed with the issue, so a
// killed sync knows what is left. sync_state holds cursors, watermarks and the phase of the run in
// progress; outbox holds triage actions until Sentry has them, with the state of the last attempt
// written before it is sent.
static constexpr const char *version4 = R"sql(
CREATE TABLE sync_accounts (
    id         INTEGER PRIMARY KEY,
    url        TEXT NOT NULL,
    org        TEXT NOT NULL,
    region_url TEXT,
    UNIQUE (url, org)
);
ALTER TABLE projects ADD COLUMN account_id INTEGER REFERENCES sync_accounts(id);
ALTER TABLE projects ADD COLUMN sentry_id TEXT;
ALTER TABLE issues ADD COLUMN account_id INTEGER REFERENCES sync_accounts(id);
ALTER TABLE issues ADD COLUMN status_details TEXT;
ALTER TABLE issues ADD COLUMN assignee_id TEXT;
ALTER TABLE issues ADD COLUMN needs_event INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issues ADD COLUMN synced_at INTEGER;
CREATE UNIQUE INDEX issues_sentry ON issues(account_id, sentry_id) WHERE sentry_id IS NOT NULL;
CREATE INDEX issues_needs_event ON issues(account_id, project_id) WHERE needs_event = 1;
ALTER TABLE events ADD COLUMN sentry_group_id TEXT;
CREATE TABLE sync_state (
    account_id INTEGER NOT NULL REFERENCES sync_accounts(id),
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
) WITHOUT ROWID;
CREATE TABLE sync_run_issues (
    account_id INTEGER NOT NULL REFERENCES sync_accounts(id),
    issue_id   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('new', 'updated', 'regressed')),
    PRIMARY KEY (account_id, issue_id)
) WITHOUT ROWID;
CREATE TABLE sync_payloads (
    account_id INTEGER NOT NULL REFERENCES sync_accounts(id),
    kind       TEXT NOT NULL CHECK (kind IN ('release', 'sessions')),
    key        TEXT NOT NULL,
    payload    BLOB NOT NULL,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, kind, key)
) WITHOUT ROWID;
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES sync_accounts(id),
    action      TEXT NOT NULL,
    sentry_ids  TEXT NOT NULL,
    body        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    http_status INTEGER,
    error       TEXT,
    result      TEXT
);
CREATE INDEX outbox_state ON outbox(state, id);
)sql";

// Version 5: release health as time series, so the health view and `lookoutctl health` answer from
// indexed rows instead of re-reading payloads. session_hourly holds sessions per project, hour (of
// their start), release and environment by final state, from two sources kept apart: 0 = the
// session payloads imported or ingested locally (session_payloads, folded by SessionTally), 1 =
// Sentry's sessions endpoint (sync_payloads kind 'sessions'). A reader takes one source per
// project, so data Sentry also has is never counted twice. Distinct users do not add up over
// hours: local users are kept per hour (session_users) so any window counts them exactly, and
// Sentry's totals for the synced period are kept in session_totals. releases holds what is known
// of each project's releases: Sentry's dates, newGroups and healthData, and the first hour with
// sessions. outcome_hourly holds Sentry's ingestion outcomes (stats_v2). health_state remembers
// which payloads the series already contain.
static constexpr const char *version5 = R"sql(
CREATE TABLE session_hourly (
    project_id     INTEGER NOT NULL REFERENCES projects(id),
    hour           INTEGER NOT NULL,
    release        TEXT NOT NULL,
    environment    TEXT NOT NULL,
    source         INTEGER NOT NULL,
    sessions       INTEGER NOT NULL,
    errored        INTEGER NOT NULL,
    abnormal       INTEGER NOT NULL,
    crashed        INTEGER NOT NULL,
    users          INTEGER NOT NULL,
    users_errored  INTEGER NOT NULL,
    users_abnormal INTEGER NOT NULL,
    users_crashed  INTEGER NOT NULL,
    PRIMARY KEY (project_id, source, hour, release, environment)
) WITHOUT ROWID;
CREATE TABLE session_users (
    project_id  INTEGER NOT NULL REFERENCES projects(id),
    hour        INTEGER NOT NULL,
    release     TEXT NOT NULL,
    environment TEXT NOT NULL,
    user_key    TEXT NOT NULL,
    status      INTEGER NOT NULL,
    PRIMARY KEY (project_id, hour, release, environment, user_key)
) WITHOUT ROWID;
CREATE TABLE session_totals (
    project_id     INTEGER NOT NULL REFERENCES projects(id),
    release        TEXT NOT NULL,
    environment    TEXT NOT NULL,
    start_hour     INTEGER NOT NULL,
    end_hour       INTEGER NOT NULL,
    sessions       INTEGER NOT NULL,
    users          INTEGER NOT NULL,
    users_errored  INTEGER NOT NULL,
    users_abnormal INTEGER NOT NULL,
    users_crashed  INTEGER NOT NULL,
    PRIMARY KEY (project_id, start_hour, end_hour, release, environment)
) WITHOUT ROWID;
CREATE TABLE releases (
    project_id    INTEGER NOT NULL REFERENCES projects(id),
    version       TEXT NOT NULL,
    first_seen    INTEGER,
    date_created  INTEGER,
    date_released INTEGER,
    new_groups    INTEGER,
    health        TEXT,
    PRIMARY KEY (project_id, version)
) WITHOUT ROWID;
CREATE TABLE outcome_hourly (
    project_id INTEGER NOT NULL REFERENCES projects(id),
    hour       INTEGER NOT NULL,
    category   TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    quantity   INTEGER NOT NULL,
    PRIMARY KEY (project_id, hour, category, outcome)
) WITHOUT ROWID;
CREATE TABLE health_state (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX issues_first_release ON issues(project_id, first_release) WHERE first_release IS NOT NULL;
)sql";

// Version 6: saved searches for the sidebar, in the user's order.
// issues_scan holds, in last-seen order, every column a search filters on: counting a search reads
// it instead of the (wide) rows, and a page sorted by last seen walks it until it has its rows.
static constexpr const char *version6 = R"sql(
CREATE INDEX issues_scan ON issues(last_seen DESC, status, level, project_id, assignee, platform, is_bookmarked,
    has_seen, substatus, times_seen, user_count, first_seen, last_release, first_release);
CREATE TABLE saved_searches (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    query    TEXT NOT NULL,
    sort     TEXT NOT NULL,
    position INTEGER NOT NULL
);
)sql";

// Version 7: free text indexed per issue (store/IssueTextIndex): each event adds only the text its
// issue has not had, under a rowid carrying the issue id. events_fts keeps what older versions
// wrote there, and events too large for that rowid; searches read both.
static constexpr const char *version7 = R"sql(
CREATE VIRTUAL TABLE issue_text_fts USING fts5(message, exception, frames, breadcrumbs, tags, content='', contentless_delete=1);
CREATE TABLE issue_text_pieces (
    issue_id INTEGER NOT NULL,
    hash     INTEGER NOT NULL,
    PRIMARY KEY (issue_id, hash)
) WITHOUT ROWID;
)sql";

// Version 8: who the account's user is ("me" in searches and the assign list) and the
// organisation's members to assign issues to.
static constexpr const char *version8 = R"sql(
ALTER TABLE sync_accounts ADD COLUMN user_email TEXT;
CREATE TABLE account_members (
    account_id INTEGER NOT NULL,
    email      TEXT NOT NULL,
    name       TEXT,
    PRIMARY KEY (account_id, email)
) WITHOUT ROWID;
)sql";

struct Migration
{
    int version;
    const char *sql;
};
static constexpr Migration migrations[]
    = {{1, version1}, {2, version2}, {3, version3}, {4, version4}, {5, version5}, {6, version6}, {7, version7}, {8, version8}};
static_assert(migrations[std::size(migrations) - 1].version == currentVersion);

static int pragmaInt(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int value = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

static int userVersion(sqlite3 *db)
{
    return pragmaInt(db, "PRAGMA user_version");
}

bool migrate(sqlite3 *db, QString *error, int target)
{
    const int version = userVersion(db);
    if (version > currentVersion) {
        *error = QStringLiteral("the cache was written by a newer Lookout (schema %1, this build reads up to %2)")
                     .arg(version)
                     .arg(currentVersion);
        return false;
    }
    // Each step commits with its version, so an interrupted upgrade resumes where it stopped.
    for (const Migration &migration : migrations) {
        if (migration.version <= version || migration.version > target)
            continue;
        const QByteArray script = QByteArray("BEGIN IMMEDIATE;") + migration.sql
            + "PRAGMA user_version = " + QByteArray::number(migration.version) + ";COMMIT;";
        char *message = nullptr;
        if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QStringLiteral("cannot upgrade the cache to schema %1: %2")
                         .arg(migration.version)
                         .arg(QString::fromUtf8(message));
            sqlite3_free(message);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return false;
        }
    }
    if (pragmaInt(db, "PRAGMA application_id") != applicationId) {
        const QByteArray mark = "PRAGMA application_id = " + QByteArray::number(applicationId);
        char *message = nullptr;
        if (sqlite3_exec(db, mark.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QStringLiteral("cannot mark the cache as Lookout's: %1").arg(QString::fromUtf8(message));
            sqlite3_free(message);
            return false;
        }
    }
    return true;
}

} // namespace lookout::Schema
