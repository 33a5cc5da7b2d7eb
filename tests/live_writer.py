"""Another workstation, for the tests of live refresh: a separate process writing through Tracker.

Run as ``python tests/live_writer.py TARGET OFFICER``; reads one JSON command per line on stdin,
performs it through the public Tracker API (each command is one committed transaction), and
answers one JSON line on stdout once the transaction has been committed:

    {"op": "create", "partner_id": 1, "title": "…", "direction": "ours", "due": "01/01/2020"}
    {"op": "update", "id": 3, "title": "…"}
    {"op": "progress", "id": 3, "status": "done", "note": "…"}
    {"op": "delete", "id": 3}
    {"op": "quit"}
"""

from __future__ import annotations

import json
import sys


def main() -> int:
    from hptracker.core.tracker import Tracker

    target, officer = sys.argv[1], sys.argv[2]
    tracker = Tracker.open(target, officer=officer)
    print(json.dumps({"ready": True}), flush=True)
    try:
        for line in sys.stdin:
            command = json.loads(line)
            op = command.pop("op")
            if op == "quit":
                break
            if op == "create":
                result = tracker.create_followup(**command).id
            elif op == "update":
                result = tracker.update_followup(command.pop("id"), **command).id
            elif op == "progress":
                result = tracker.record_progress(command.pop("id"), **command).id
            elif op == "delete":
                tracker.delete_followup(command["id"])
                result = command["id"]
            else:
                raise SystemExit(f"unknown op {op}")
            print(json.dumps({"id": result}), flush=True)
    finally:
        tracker.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
