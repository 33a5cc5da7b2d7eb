"""Kill a writing process at random moments: every commit it reported survives, the file stays whole.

The writer (tests/core/test_crash_writer.py, forked by a helper process started once so that fifty runs
fit in well under a minute) writes through hptracker.core — partners, follow-ups, progress
entries — and prints each id right after the Tracker call returned, i.e. after COMMIT. It is
killed with SIGKILL after a random delay; the same database carries on into the next run, so every
run also starts from a database that has just been through a crash.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hptracker.core.db import open_database

CHILD = Path(__file__).with_name("test_crash_writer.py")
RUNS = 50

pytestmark = pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX-only")


class Zygote:
    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, str(CHILD), str(db), "zygote"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:  # type: ignore[union-attr]
            self.lines.put(line.strip())
        self.lines.put("EOF")

    def next_line(self) -> str:
        line = self.lines.get(timeout=30)
        if line == "EOF":
            raise AssertionError("writer helper died: " + self.proc.stderr.read())  # type: ignore[union-attr]
        return line

    def run_and_kill(self, rng: random.Random) -> list[str]:
        self.proc.stdin.write("run\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        first = self.next_line()
        assert first.startswith("child "), first
        pid = int(first.split()[1])
        reported: list[str] = []
        if rng.random() < 0.9:  # most kills land among the writes, some while it is still opening
            while (line := self.next_line()) != "ready":
                raise AssertionError(f"unexpected {line!r}")
        time.sleep(rng.uniform(0.05, 0.5))
        os.kill(pid, signal.SIGKILL)
        while True:
            line = self.next_line()
            if line == f"dead {pid}":
                return reported
            if line != "ready":
                reported.append(line)

    def close(self) -> None:
        self.proc.stdin.close()  # type: ignore[union-attr]
        self.proc.wait(10)
        stderr = self.proc.stderr.read()  # type: ignore[union-attr]
        self.proc.stdout.close()  # type: ignore[union-attr]
        self.proc.stderr.close()  # type: ignore[union-attr]
        assert "Traceback" not in stderr, stderr


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_reported_commit(tmp_path):
    db = tmp_path / "crash.db"
    rng = random.Random(int(os.environ.get("HPTRACKER_CRASH_SEED", "20240513")))
    partners: set[int] = set()
    followups: set[int] = set()
    progressed: set[int] = set()
    zygote = Zygote(db)
    try:
        for run in range(RUNS):
            for line in zygote.run_and_kill(rng):
                kind, ident, *_ = line.split()
                {"P": partners, "F": followups, "E": progressed}[kind].add(int(ident))
            # Opens through the normal path (file inspection, lock, WAL recovery)...
            database = open_database(db)
            database.dispose()
            # ...and SQLite's full check agrees, with every reported commit present.
            conn = sqlite3.connect(db)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"run {run}"
                assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], f"run {run}"
                have_p = {r[0] for r in conn.execute("SELECT id FROM partners")}
                have_f = {r[0] for r in conn.execute("SELECT id FROM followups")}
                have_e = {r[0] for r in conn.execute(
                    "SELECT followup_id FROM progress_entries WHERE status = 'in_progress'")}
                audited = {r[0] for r in conn.execute("SELECT entity_id FROM audit WHERE entity = 'followups'")}
            finally:
                conn.close()
            assert partners <= have_p, f"run {run}: lost partners {sorted(partners - have_p)[:5]}"
            assert followups <= have_f, f"run {run}: lost follow-ups {sorted(followups - have_f)[:5]}"
            assert progressed <= have_e, f"run {run}: lost progress {sorted(progressed - have_e)[:5]}"
            # A transaction is all or nothing: every follow-up that exists has its audit entry.
            assert have_f <= audited, f"run {run}"
    finally:
        zygote.close()
    print(f"\n{RUNS} crash runs; commits checked: {len(partners)} partners, {len(followups)} follow-ups, "
          f"{len(progressed)} progress entries")
    assert len(followups) > RUNS  # the kills really landed among the writes
