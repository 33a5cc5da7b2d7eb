"""Kill a writing process at random moments: every commit it reported survives, the file stays whole.

The writer (tests/core/test_crash_writer.py, forked by a helper process started once so that fifty runs
fit in well under a minute) writes through hptracker.core — partners, follow-ups, progress
entries — and prints each id right after the Tracker call returned, i.e. after COMMIT. It is
killed with SIGKILL; the same database carries on into the next run, so every run also starts from a
database that has just been through a crash.

Nothing here depends on how fast the machine is. The kill waits until the child says it has begun
its n-th write (n at random, plus a few milliseconds), not for a fixed time, so a loaded machine
that writes ten times slower is killed at the same points of its work. The child also says "W <kind>" before each
Tracker call, so where each kill landed is read from what it printed, not guessed from the clock:
the test goes on past ``RUNS`` runs (up to ``DEADLINE`` seconds) until ``MIN_IN_WRITE`` kills have
landed inside a write.
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
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hptracker.core.db import open_database

CHILD = Path(__file__).with_name("test_crash_writer.py")
RUNS = 50  # at least this many kills
MIN_IN_WRITE = 20  # ...and at least this many of them inside a Tracker write call
DEADLINE = 240  # seconds; more runs are added only until then
MAX_WRITES = 12  # a run is killed during or just after its 1st..MAX_WRITES-th write call

pytestmark = pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX-only")


@dataclass
class Run:
    """What one killed writer printed."""

    ready: bool = False
    started: int = 0  # write calls begun ("W <kind>")
    committed: list[str] = field(default_factory=list)  # "P <id>", "F <id>", "E <id> 1"
    last: str = ""  # the last line before it died

    def take(self, line: str) -> None:
        if line == "ready":
            assert not self.ready and not self.committed, line
            self.ready = True
        elif line.startswith("W "):
            assert self.ready, line
            self.started += 1
        else:
            assert self.ready and line.split()[0] in ("P", "F", "E"), f"unexpected {line!r}"
            self.committed.append(line)
        self.last = line

    @property
    def landed(self) -> str:
        """Where the kill landed, by the child's own account."""
        if not self.ready:
            return "opening"
        return "in a write" if self.last.startswith("W ") else "between writes"


class Zygote:
    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), "zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
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

    def run_and_kill(self, rng: random.Random) -> Run:
        self.proc.stdin.write("run\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        first = self.next_line()
        assert first.startswith("child "), first
        pid = int(first.split()[1])
        run = Run()
        if rng.random() < 0.1:  # some kills land while it is still opening the database
            time.sleep(rng.uniform(0.0, 0.3))
        else:  # the rest among the writes: once it has begun its n-th write, whatever its speed
            wanted = rng.randrange(1, MAX_WRITES + 1)
            while run.started < wanted:
                run.take(self.next_line())
            time.sleep(rng.uniform(0.0, 0.02))
        os.kill(pid, signal.SIGKILL)
        while (line := self.next_line()) != f"dead {pid}":
            run.take(line)
        return run

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
    landed: dict[str, int] = {"opening": 0, "between writes": 0, "in a write": 0}
    deadline = time.monotonic() + DEADLINE
    zygote = Zygote(db)
    run = 0
    try:
        while run < RUNS or (landed["in a write"] < MIN_IN_WRITE and time.monotonic() < deadline):
            run += 1
            outcome = zygote.run_and_kill(rng)
            landed[outcome.landed] += 1
            for line in outcome.committed:
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
                have_e = {r[0] for r in conn.execute("SELECT followup_id FROM progress_entries WHERE status = 'in_progress'")}
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
    print(
        f"\n{run} crash runs, killed {landed}; commits checked: {len(partners)} partners, "
        f"{len(followups)} follow-ups, {len(progressed)} progress entries"
    )
    # The kills really landed among the writes, by the child's own account (not by the clock).
    assert landed["in a write"] >= MIN_IN_WRITE, landed
    assert followups and progressed  # commits were reported, so the checks above checked something
