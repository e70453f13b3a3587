#!/usr/bin/env python3
"""The write floor: how fast SQLite alone stores the rows the baseline stores.

  python3 bench/baselines/sqlite_floor.py EVENTS.jsonl [--db FILE]

Builds, untimed, exactly the rows import_baseline.py writes (issue upserts, event rows with their
zlib-compressed payloads, the FTS5 rows), then times only SQLite taking them: the same schema,
pragmas, 2,000-event transactions and executemany. No importer that writes these rows into one
SQLite database can beat this rate on this machine, whatever its parser, so it bounds what any
"N x the baseline" target can mean here. Prints one line, and with --json a JSON object too.
"""
import argparse
import json
import os
import sqlite3
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import import_baseline as base  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("file")
    args = ap.parse_args()
    db_path = args.db or args.file + ".floor.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)

    batches, issues, batch = [], {}, None
    next_issue = 1
    with open(args.file, "rb") as f:
        for n, raw in enumerate(f):
            raw = raw.strip()
            if not raw:
                continue
            event = json.loads(raw)
            h, title, culprit = base.grouping(event)
            issue = issues.get(h)
            if issue is None:
                issue = issues[h] = [next_issue, f"BENCH-{next_issue}", title, culprit, event.get("level") or "error",
                                     event.get("platform"), 0, 0, 0, None, None]
                next_issue += 1
            issue[8] += 1
            if batch is None or len(batch[1]) >= base.BATCH:
                batch = ({}, [], [])
                batches.append(batch)
            batch[0][h] = tuple([issue[0], 1, h] + issue[1:])
            eid = n + 1
            batch[1].append((eid, event["event_id"], issue[0], 1, 0, issue[4], event.get("release"),
                             event.get("environment"), None, zlib.compress(raw, 6)))
            batch[2].append((eid,) + base.text_of(event))

    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    delete = ", contentless_delete=1" if sqlite3.sqlite_version_info >= (3, 43, 0) else ""
    db.executescript(base.SCHEMA.format(delete=delete))
    db.execute("INSERT INTO projects (slug, name) VALUES ('bench', 'bench')")
    events = sum(len(b[1]) for b in batches)
    start = time.perf_counter()
    for upserts, event_rows, fts_rows in batches:
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO issues (id, project_id, grouping_hash, short_id, title, culprit, level, platform,"
            " first_seen, last_seen, times_seen, first_release, last_release) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (project_id, grouping_hash) DO UPDATE SET times_seen = excluded.times_seen",
            list(upserts.values()))
        db.executemany("INSERT INTO events (id, event_id, issue_id, project_id, timestamp, level, release, environment,"
                       " user_key, payload) VALUES (?,?,?,?,?,?,?,?,?,?)", event_rows)
        db.executemany("INSERT INTO events_fts (rowid, message, exception, frames, breadcrumbs, tags) VALUES (?,?,?,?,?,?)",
                       fts_rows)
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    print(f"floor: SQLite stored the baseline's rows for {events} events in {elapsed:.2f} s: {events / elapsed:.0f} events/s")
    if args.json:
        print(json.dumps({"events": events, "seconds": round(elapsed, 3), "events_per_s": round(events / elapsed, 1)}))


if __name__ == "__main__":
    sys.exit(main())
