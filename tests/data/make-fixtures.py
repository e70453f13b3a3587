#!/usr/bin/env python3
"""Writes tests/data/events/mixed.jsonl(.gz): 20 good events and 3 broken lines at known places."""
import gzip
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def event(i, exc_type, function):
    return {
        "event_id": "%032x" % (0xE0000 + i),
        "timestamp": 1763640000 + i * 60,
        "platform": "python",
        "level": "error",
        "release": "shop@1.2.%d" % (i % 3),
        "environment": "production",
        "user": {"id": "user-%d" % (i % 7)},
        "exception": {"values": [{
            "type": exc_type,
            "value": "order %d not found" % (1000 + i),
            "mechanism": {"type": "generic", "handled": i % 2 == 0},
            "stacktrace": {"frames": [
                {"function": "dispatch", "module": "flask.app", "filename": "flask/app.py", "lineno": 880, "in_app": False},
                {"function": function, "module": "shop.orders", "filename": "shop/orders.py", "lineno": 42, "in_app": True},
            ]},
        }]},
    }


lines = []
good = 0
for n in range(1, 24):
    if n == 2:
        lines.append('{"event_id": "00000000000000000000000000000bad", "timestamp": ')  # truncated JSON
    elif n == 9:
        lines.append(json.dumps({"timestamp": 1763640000, "message": "no id"}))  # missing event_id
    elif n == 17:
        lines.append(json.dumps({"event_id": "%032x" % 0xBAD17, "timestamp": "not a date"}))
    else:
        kind = ("KeyError", "load_order") if good % 4 else ("TimeoutError", "charge_card")
        lines.append(json.dumps(event(good, *kind), sort_keys=True))
        good += 1
assert good == 20
os.makedirs(os.path.join(HERE, "events"), exist_ok=True)
data = ("\n".join(lines) + "\n").encode()
with open(os.path.join(HERE, "events", "mixed.jsonl"), "wb") as f:
    f.write(data)
with open(os.path.join(HERE, "events", "mixed.jsonl.gz"), "wb") as f:
    f.write(gzip.compress(data, mtime=0))
