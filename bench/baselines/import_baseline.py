#!/usr/bin/env python3
"""Baseline for the import benchmark: the plain, obvious Python 3 importer Lookout must beat.

  python3 bench/baselines/import_baseline.py --db FILE.sqlite [--project SLUG] EVENTS.jsonl

Standard library only (json, sqlite3, zlib, hashlib). Reads normalised Sentry events, one per line,
and writes them into tables equivalent to Lookout's cache (app/store/Schema.cpp): projects, issues,
events (raw line zlib-compressed as the payload, as Lookout stores it) and a contentless FTS5 table
over the event's words. Grouping is a simple md5 of the exception types and in-app function names;
per-issue counts and first/last seen are kept in a dict and upserted with each batch. Rows go in with
executemany, 2,000 events per transaction, journal_mode=WAL, synchronous=NORMAL.

Prints one line: events, issues, seconds, events/s, MB/s (of input). With --json, a JSON object too.
"""
import argparse
import hashlib
import json
import os
import sqlite3
import sys
import time
import zlib

BATCH = 2000

SCHEMA = """
CREATE TABLE projects (
    id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL, platform TEXT,
    next_short_id INTEGER NOT NULL DEFAULT 1);
CREATE TABLE issues (
    id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id), grouping_hash TEXT NOT NULL,
    short_id TEXT NOT NULL, title TEXT NOT NULL, culprit TEXT, level TEXT NOT NULL, platform TEXT,
    status TEXT NOT NULL DEFAULT 'unresolved', first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
    times_seen INTEGER NOT NULL DEFAULT 0, user_count INTEGER NOT NULL DEFAULT 0,
    first_release TEXT, last_release TEXT,
    UNIQUE (project_id, grouping_hash));
CREATE INDEX issues_status_last_seen ON issues(status, last_seen DESC);
CREATE INDEX issues_status_times_seen ON issues(status, times_seen DESC);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, issue_id INTEGER NOT NULL REFERENCES issues(id),
    project_id INTEGER NOT NULL REFERENCES projects(id), timestamp INTEGER NOT NULL, level TEXT NOT NULL,
    release TEXT, environment TEXT, user_key TEXT, payload BLOB NOT NULL, payload_format INTEGER NOT NULL DEFAULT 1);
CREATE INDEX events_issue ON events(issue_id, timestamp DESC);
CREATE INDEX events_release ON events(release, issue_id);
CREATE INDEX events_environment ON events(environment, issue_id);
CREATE VIRTUAL TABLE events_fts USING fts5(message, exception, frames, breadcrumbs, tags, content=''{delete});
"""


def text_of(event):
    """The five FTS columns: message, exception type+value, frame functions, breadcrumb messages, tag values."""
    msg = event.get("message")
    if isinstance(msg, dict):
        msg = msg.get("formatted") or msg.get("message")
    logentry = event.get("logentry")
    if not msg and isinstance(logentry, dict):
        msg = logentry.get("formatted") or logentry.get("message")
    exc_words, frame_words = [], []
    for exc in (event.get("exception") or {}).get("values") or []:
        exc_words.append(f"{exc.get('type', '')} {exc.get('value', '')}")
        for f in ((exc.get("stacktrace") or {}).get("frames")) or []:
            fn = f.get("function")
            if fn:
                frame_words.append(fn)
    crumbs = [b.get("message", "") for b in ((event.get("breadcrumbs") or {}).get("values") or []) if b.get("message")]
    tags = event.get("tags") or {}
    tag_values = tags.values() if isinstance(tags, dict) else [t[1] for t in tags if len(t) == 2]
    return (msg or "", "\n".join(exc_words), " ".join(frame_words), "\n".join(crumbs), " ".join(map(str, tag_values)))


def grouping(event):
    """md5 of exception types + in-app function names; the title and culprit of the issue."""
    h = hashlib.md5()
    title, culprit = None, None
    values = (event.get("exception") or {}).get("values") or []
    for exc in values:
        h.update(str(exc.get("type")).encode())
        for f in ((exc.get("stacktrace") or {}).get("frames")) or []:
            if f.get("in_app"):
                h.update(b"|")
                h.update(str(f.get("function")).encode())
                culprit = f.get("function") or culprit
    if values:
        last = values[-1]
        title = f"{last.get('type', 'Error')}: {last.get('value', '')}"[:200]
    else:
        msg = event.get("message") or ""
        if isinstance(msg, dict):
            msg = msg.get("formatted") or msg.get("message") or ""
        h.update(msg.encode())
        title = msg[:200] or "<unlabeled event>"
    return h.hexdigest(), title, culprit


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--project", default="bench")
    ap.add_argument("--json", action="store_true", help="also print the result as one JSON object")
    ap.add_argument("file")
    args = ap.parse_args()

    start = time.perf_counter()
    db = sqlite3.connect(args.db, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone():
        # contentless_delete (as Lookout uses) needs SQLite >= 3.43; older ones get a plain contentless table.
        delete = ", contentless_delete=1" if sqlite3.sqlite_version_info >= (3, 43, 0) else ""
        db.executescript(SCHEMA.format(delete=delete))
    db.execute("INSERT OR IGNORE INTO projects (slug, name) VALUES (?, ?)", (args.project, args.project))
    project_id = db.execute("SELECT id FROM projects WHERE slug = ?", (args.project,)).fetchone()[0]

    issues = {}  # hash -> [id, short_id, title, culprit, level, platform, first, last, count, first_rel, last_rel]
    next_issue = (db.execute("SELECT coalesce(max(id), 0) FROM issues").fetchone()[0]) + 1
    next_event = (db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]) + 1
    seen_ids = set(r[0] for r in db.execute("SELECT event_id FROM events"))
    events_rows, fts_rows, dirty = [], [], set()
    n_events = n_bad = n_dup = 0

    def flush():
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO issues (id, project_id, grouping_hash, short_id, title, culprit, level, platform,"
            " first_seen, last_seen, times_seen, first_release, last_release) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (project_id, grouping_hash) DO UPDATE SET first_seen = excluded.first_seen,"
            " last_seen = excluded.last_seen, times_seen = excluded.times_seen,"
            " first_release = excluded.first_release, last_release = excluded.last_release",
            [(i[0], project_id, h, i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], i[9], i[10])
             for h, i in ((h, issues[h]) for h in dirty)])
        db.executemany("INSERT INTO events (id, event_id, issue_id, project_id, timestamp, level, release, environment,"
                       " user_key, payload) VALUES (?,?,?,?,?,?,?,?,?,?)", events_rows)
        db.executemany("INSERT INTO events_fts (rowid, message, exception, frames, breadcrumbs, tags) VALUES (?,?,?,?,?,?)",
                       fts_rows)
        db.execute("COMMIT")
        events_rows.clear()
        fts_rows.clear()
        dirty.clear()

    size = os.path.getsize(args.file)
    with open(args.file, "rb") as f:
        for raw in f:
            raw = raw.strip()
            if not raw:
                continue
            try:
                event = json.loads(raw)
                event_id = event["event_id"].replace("-", "").lower()
            except (ValueError, KeyError, AttributeError):
                n_bad += 1
                continue
            if event_id in seen_ids:
                n_dup += 1
                continue
            seen_ids.add(event_id)
            ts = event.get("timestamp")
            ts_ms = int(float(ts) * 1000) if isinstance(ts, (int, float)) else 0
            level = event.get("level") or "error"
            release = event.get("release")
            h, title, culprit = grouping(event)
            issue = issues.get(h)
            if issue is None:
                row = db.execute("SELECT id, short_id, title, culprit, level, platform, first_seen, last_seen, times_seen,"
                                 " first_release, last_release FROM issues WHERE project_id = ? AND grouping_hash = ?",
                                 (project_id, h)).fetchone()
                if row:
                    issue = list(row)
                else:
                    issue = [next_issue, f"{args.project.upper()}-{next_issue}", title, culprit, level, event.get("platform"),
                             ts_ms, ts_ms, 0, release, release]
                    next_issue += 1
                issues[h] = issue
            issue[8] += 1
            if ts_ms < issue[6]:
                issue[6], issue[9] = ts_ms, release or issue[9]
            if ts_ms >= issue[7]:
                issue[7], issue[10] = ts_ms, release or issue[10]
            dirty.add(h)
            user = event.get("user") or {}
            user_key = user.get("id") or user.get("email") or user.get("ip_address")
            events_rows.append((next_event, event_id, issue[0], project_id, ts_ms, level, release,
                                event.get("environment"), user_key, zlib.compress(raw, 6)))
            fts_rows.append((next_event,) + text_of(event))
            next_event += 1
            n_events += 1
            if len(events_rows) >= BATCH:
                flush()
    if events_rows or dirty:
        flush()
    db.close()
    elapsed = time.perf_counter() - start
    result = {"implementation": "python-baseline", "events": n_events, "duplicates": n_dup, "bad_lines": n_bad,
              "issues": len(issues), "seconds": round(elapsed, 3), "events_per_s": round(n_events / elapsed, 1),
              "mb_per_s": round(size / 1e6 / elapsed, 2), "input_mb": round(size / 1e6, 1)}
    print(f"baseline: {n_events} events imported ({len(issues)} issues, {n_dup} duplicates, {n_bad} bad lines) "
          f"in {elapsed:.2f} s: {n_events / elapsed:.0f} events/s, {size / 1e6 / elapsed:.1f} MB/s")
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
