"""After a crash, an intact database opens (issue 13, item 1).

A writer killed with SIGKILL leaves its committed changes in the ``-wal``. Whatever opens the file
next — another SQLite program, a reading command, a kill at the very moment the writer closed —
folds that ``-wal`` into the file and removes it, as SQLite always does: nothing is lost, and the
database must open normally. Only when the file provably never received the crashed session's
changes (the ``-wal`` is gone and the file is exactly as it was when that session opened it) is
there a warning, and even then the database opens.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from inprocess import Result, run_cli

from hptracker.core import backup as core_backup
from hptracker.core.db import open_database
from hptracker.core.lock import lock_path_for, read_lock_info
from hptracker.core.tracker import Tracker

CHILD = Path(__file__).with_name("test_crash_writer.py")
HPTRACKER = str(Path(sys.executable).parent / "hptracker")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")


def wal(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def seeded(tmp_path: Path) -> Path:
    db = tmp_path / "hptracker.db"
    tracker = Tracker.open(db)
    tracker.create_partner(name="Huyện Thượng Ngu", name_native="上虞区", kind="government")
    tracker.close()
    return db


def killed_writer(db: Path, lines: int = 31) -> set[int]:
    """A real writer process killed with SIGKILL after ``lines`` reported commits; the partner IDs it reported."""
    proc = subprocess.Popen([sys.executable, str(CHILD), str(db), "write"], stdout=subprocess.PIPE, text=True, encoding="utf-8")
    reported = []
    for _ in range(lines):
        reported.append(proc.stdout.readline().strip())  # type: ignore[union-attr]
    proc.kill()
    proc.wait(10)
    proc.stdout.close()  # type: ignore[union-attr]
    assert wal(db).stat().st_size > 0, "the crash left committed changes in the -wal"
    assert read_lock_info(db).state == "open"
    return {int(line.split()[1]) for line in reported if line.startswith("P ")}


def fold_like_another_program(db: Path) -> None:
    """What `sqlite3 db 'PRAGMA integrity_check'` or DB Browser does: open, read, close."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    assert not wal(db).exists(), "SQLite folds the -wal into the file and removes it"


def partner_ids(db: Path) -> set[int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM partners")}
    finally:
        conn.close()


def opens_cleanly(db: Path) -> None:
    database = open_database(db)
    try:
        assert database.warning is None, database.warning
    finally:
        database.dispose()


def test_crash_then_another_sqlite_program_the_database_opens_with_every_row(tmp_path):
    db = seeded(tmp_path)
    reported = killed_writer(db)
    fold_like_another_program(db)
    copies = []
    for name, with_lock in (("with-lock", True), ("without-lock", False)):
        (tmp_path / name).mkdir()
        copies.append(tmp_path / name / db.name)
        shutil.copy2(db, copies[-1])  # the file's time is kept, as Explorer and `cp -p` do
        if with_lock:
            shutil.copy2(lock_path_for(db), lock_path_for(copies[-1]))
    opens_cleanly(db)
    assert reported and reported <= partner_ids(db)
    # A copy opens too, with or without its lock file (which says the crashed session is open).
    assert read_lock_info(copies[0]).state == "open"
    for copy in copies:
        opens_cleanly(copy)
        assert reported <= partner_ids(copy)
    report = core_backup.check_database(db)
    assert report.ok and not report.warnings, report.messages + report.warnings
    assert "No problems found" in report.messages[0]


def test_crash_then_read_only_open_then_a_writer_opens(tmp_path):
    db = seeded(tmp_path)
    reported = killed_writer(db)
    reader = open_database(db, exclusive=False)
    try:
        with reader.engine.connect() as conn:
            ids = {row[0] for row in conn.exec_driver_sql("SELECT id FROM partners")}
        assert reported <= ids
    finally:
        reader.dispose()
    fold_like_another_program(db)
    opens_cleanly(db)
    assert reported <= partner_ids(db)


def test_kill_at_the_moment_a_writer_closes(tmp_path):
    db = seeded(tmp_path)
    proc = subprocess.Popen([sys.executable, str(CHILD), str(db), "close-then-die"], stdout=subprocess.PIPE, text=True, encoding="utf-8")
    out, _ = proc.communicate(timeout=60)
    assert out.strip().endswith("closed") and proc.returncode == -9
    assert read_lock_info(db).state == "open" and not wal(db).exists()
    reported = {int(line.split()[1]) for line in out.splitlines() if line.startswith("P ")}
    assert len(reported) == 10
    opens_cleanly(db)
    assert reported <= partner_ids(db)


def test_a_lost_wal_is_warned_about_but_the_database_opens(tmp_path):
    """The -wal of a crashed writer is deleted before anything folded it: the file never got those
    changes. That is the one case worth a warning; the database still opens, as it is."""
    db = seeded(tmp_path)
    killed_writer(db)
    wal(db).unlink()
    db.with_name(db.name + "-shm").unlink(missing_ok=True)
    before = db.read_bytes()
    reader = open_database(db, exclusive=False)
    try:
        assert reader.warning is not None and "may be lost" in reader.warning
    finally:
        reader.dispose()
    assert db.read_bytes() == before  # the reader changed nothing
    report = core_backup.check_database(db)
    assert report.ok and any("may be lost" in w for w in report.warnings)
    database = open_database(db)
    try:
        assert database.warning is not None and "may be lost" in database.warning
        assert "\n" not in database.warning
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM partners WHERE id = 1").scalar() == "Huyện Thượng Ngu"
    finally:
        database.dispose()
    # Told once: the next session starts from a file hptracker has opened and closed since.
    opens_cleanly(db)


@pytest.mark.slow
def test_cli_after_a_crash_and_a_lost_wal(tmp_path):
    db = seeded(tmp_path)
    tracker = Tracker.open(db)
    good = tracker.backup()
    tracker.close()
    reported = killed_writer(db)

    def run(*args: str) -> Result:  # in this process (tests/inprocess.py): the crash was another's
        return run_cli("--db", str(db), "--lang", "en", *args, drop=())

    listed = run("list", "partners", "--json")
    assert listed.returncode == 0 and listed.stderr == "", listed.stderr
    fold_like_another_program(db)
    for command in (["check"], ["list", "partners"]):
        result = run(*command)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
        assert result.stderr == "" and "lost" not in result.stdout, (command, result.stdout)
    assert reported <= partner_ids(db)
    # A lost -wal: one warning line naming the newest backup, and the command does its work.
    killed_writer(db)
    wal(db).unlink()
    listed = run("list", "partners")
    assert listed.returncode == 0 and "Huyện Thượng Ngu" in listed.stdout
    assert listed.stderr.count("\n") == 1 and listed.stderr.startswith("hptracker: warning: ")
    assert "may be lost" in listed.stderr and str(good.path) in listed.stderr
    check = run("check")
    assert check.returncode == 0 and "No problems found" in check.stdout
    assert check.stderr.count("\n") == 1 and "may be lost" in check.stderr
