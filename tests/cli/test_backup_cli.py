"""``hptracker backup``, ``restore`` and ``check`` end to end: in this process (tests/inprocess.py),
and with the real executable where a limit of the process (file size, rights) makes the failure."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from inprocess import Result, run_cli

from hptracker.core.backup import list_backups

HPTRACKER = str(Path(sys.executable).parent / "hptracker")


def run(db: Path, *args: str) -> Result:
    return run_cli("--db", str(db), "--lang", "en", *args, drop=())


def partner_names(db: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM partners")}
    finally:
        conn.close()


@pytest.mark.slow
def test_backup_check_restore_round_trip(tmp_path):
    db = tmp_path / "data" / "hptracker.db"
    assert run(db, "demo").returncode == 0

    made = run(db, "backup")
    assert made.returncode == 0, made.stderr
    backups = list_backups(db)
    assert len(backups) == 1 and str(backups[0].path) in made.stdout
    assert "7 partners" in made.stdout and "9 follow-ups" in made.stdout
    assert backups[0].path.parent == db.parent / "backups"
    assert backups[0].path.stat().st_mode & 0o777 == 0o600

    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    copied = run(db, "backup", "--to", str(elsewhere))
    assert copied.returncode == 0, copied.stderr
    assert len(list_backups(db, elsewhere)) == 1

    check = run(db, "check")
    assert check.returncode == 0 and "No problems found" in check.stdout and check.stderr == ""

    # Change the data, then put the backup back.
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM partner_aliases")
        conn.execute("UPDATE partners SET name = name || ' (đã sửa)'")
    conn.close()
    restored = run(db, "restore", str(backups[0].path))
    assert restored.returncode == 0, restored.stderr
    assert "restored from" in restored.stdout and "-before-restore.db" in restored.stdout
    assert "Huyện Thượng Ngu" in partner_names(db)
    kept = [b for b in list_backups(db) if b.kind == "before-restore"]
    assert len(kept) == 1 and "Huyện Thượng Ngu (đã sửa)" in partner_names(kept[0].path)
    assert run(db, "check").returncode == 0


@pytest.mark.slow
def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    db = tmp_path / "hptracker.db"
    assert run(db, "demo").returncode == 0
    before = db.read_bytes()
    notes = tmp_path / "notes.db"
    notes.write_text("biên bản hội đàm\n" * 200, encoding="utf-8")
    result = run(db, "restore", str(notes))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "Nothing was changed" in result.stderr
    assert db.read_bytes() == before
    assert not list_backups(db)
    missing = run(db, "restore", str(tmp_path / "nowhere.db"))
    assert missing.returncode == 1 and "There is no backup file" in missing.stderr


@pytest.mark.slow
def test_check_exits_1_on_broken_references(tmp_path):
    db = tmp_path / "hptracker.db"
    assert run(db, "demo").returncode == 0
    conn = sqlite3.connect(db)  # foreign keys are off on a plain connection
    with conn:
        conn.execute("UPDATE followups SET partner_id = 4242")
    conn.close()
    result = run(db, "check")
    assert result.returncode == 1
    assert "point to records that no longer exist" in result.stdout
    assert "No good backup" in result.stdout


# ---- errors say what happened (issue 13, item 4) -------------------------------------------------


def digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_database(db: Path, backed_up: bool = False) -> Path | None:
    """The demo records written in-process (a start of the executable costs seconds)."""
    from hptracker.core.demo import add_demo
    from hptracker.core.tracker import Tracker

    tracker = Tracker.open(db)
    try:
        add_demo(tracker)
        return tracker.backup().path if backed_up else None
    finally:
        tracker.close()


def run_limited(db: Path, max_file_size: int, *args: str) -> subprocess.CompletedProcess:
    """The real command with every file it writes capped at ``max_file_size`` bytes (RLIMIT_FSIZE):
    its writes fail part-way as on a full disk (SQLite reports the failed write)."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_size, max_file_size))

    return subprocess.run(
        [HPTRACKER, "--db", str(db), "--lang", "en", *args], capture_output=True, text=True, encoding="utf-8", timeout=120, preexec_fn=limit
    )


def assert_write_failure(result: subprocess.CompletedProcess | Result, where: Path, words: tuple[str, ...]) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "damaged" not in result.stderr, result.stderr
    assert any(word in result.stderr for word in words) and str(where) in result.stderr, result.stderr


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE as a stand-in for a full disk is Linux-tested")
def test_backup_and_restore_to_a_destination_that_cannot_take_the_file_say_so(tmp_path):
    db = tmp_path / "data" / "hptracker.db"
    backup = demo_database(db, backed_up=True)
    before = digest(db)
    usb = tmp_path / "usb"
    usb.mkdir()
    cap = db.stat().st_size // 3 + 123  # the copy cannot be written whole

    assert_write_failure(run_limited(db, cap, "backup", "--to", str(usb)), usb, ("Cannot write to", "space"))
    assert list(usb.iterdir()) == []  # no partial backup, no temporary file
    assert_write_failure(run_limited(db, cap, "backup"), db.parent / "backups", ("Cannot write to", "space"))
    assert [b.path for b in list_backups(db)] == [backup]
    # restore first keeps the current database as a copy: that copy cannot be written either.
    assert_write_failure(run_limited(db, cap, "restore", str(backup)), db.parent / "backups", ("Cannot write to", "space"))
    assert digest(db) == before
    assert [b.path for b in list_backups(db)] == [backup]
    assert sorted(p.name for p in db.parent.iterdir()) == ["backups", "hptracker.db", "hptracker.db.lock"]
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE as a stand-in for a full disk is Linux-tested")
def test_restore_over_a_damaged_database_that_cannot_keep_its_copy_says_so(tmp_path):
    """The damaged file is kept byte for byte before a restore; when that copy cannot be written,
    the officer is told so in one line and the damaged file stays as it was."""
    import random

    db = tmp_path / "hptracker.db"
    backup = demo_database(db, backed_up=True)
    data = bytearray(db.read_bytes())
    rng = random.Random(3)
    for page in range(2, len(data) // 4096 - 1):
        data[page * 4096 : page * 4096 + 200] = rng.randbytes(200)
    db.write_bytes(bytes(data))
    result = run_limited(db, db.stat().st_size // 3 + 123, "restore", str(backup))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "Cannot write" in result.stderr, result.stderr
    assert db.read_bytes() == bytes(data)
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="mounting a small disk needs root")
def test_backup_to_a_full_disk_says_no_space(tmp_path):
    db = tmp_path / "hptracker.db"
    demo_database(db)
    disk = tmp_path / "small-disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("no tmpfs mount here")
    try:
        result = run(db, "backup", "--to", str(disk))
        assert_write_failure(result, disk, ("space",))
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_backup_to_a_folder_that_cannot_be_written_says_so(tmp_path):
    import shutil

    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: a read-only folder cannot be made here")
    db = tmp_path / "hptracker.db"
    demo_database(db)
    locked = tmp_path / "read-only"
    locked.mkdir(mode=0o555)
    command = [HPTRACKER, "--db", str(db), "--lang", "en", "backup", "--to", str(locked)]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert_write_failure(result, locked, ("Cannot write",))
    assert list(locked.iterdir()) == []


@pytest.mark.slow
def test_check_of_a_database_another_program_holds_locked_says_busy(tmp_path):
    db = tmp_path / "hptracker.db"
    demo_database(db)
    other = sqlite3.connect(db, isolation_level=None)  # e.g. DB Browser in the middle of a change
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        result = run(db, "check")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "busy" in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "damaged" not in result.stdout + result.stderr
