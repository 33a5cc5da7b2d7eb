"""One writer per database: a second process is refused with the holder's PID, nothing changes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from inprocess import run_cli

from hptracker.core.db import open_database
from hptracker.core.errors import DatabaseLockedError
from hptracker.core.lock import lock_path_for, read_lock_info
from hptracker.core.tracker import Tracker

CHILD = Path(__file__).with_name("test_crash_writer.py")
HPTRACKER = str(Path(sys.executable).parent / "hptracker")


def state(db: Path) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = db.with_name(db.name + suffix)
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def holder(tmp_path):
    """Another process with the database open (as a second window would have it)."""
    db = tmp_path / "hptracker.db"
    tracker = Tracker.open(db)
    tracker.create_partner(name="Huyện Thượng Ngu", kind="government")
    tracker.close()
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), "hold"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
    )
    assert proc.stdout.readline().strip() == "ready"  # type: ignore[union-attr]
    yield db, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)
    proc.stdin.close()  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]


def test_second_process_is_refused_first_still_works_db_unchanged(holder):
    db, proc = holder
    before = state(db)
    with pytest.raises(DatabaseLockedError) as info:
        Tracker.open(db)
    assert f"by PID {proc.pid}" in info.value.message
    assert "already open on this database" in info.value.message
    assert state(db) == before
    # The first instance carries on writing.
    proc.stdin.write("go\n")  # type: ignore[union-attr]
    proc.stdin.flush()  # type: ignore[union-attr]
    assert proc.stdout.readline().startswith("P ")  # type: ignore[union-attr]
    assert proc.wait(10) == 0
    # Once it has closed, the database opens again and holds both processes' work.
    tracker = Tracker.open(db)
    try:
        assert {p.name for p in tracker.list_partners()} == {"Huyện Thượng Ngu", "Thành phố Nam Ninh"}
    finally:
        tracker.close()
    assert read_lock_info(db).state == "closed"


def test_writing_command_refused_reading_commands_allowed(holder):
    db, proc = holder
    before = state(db)
    # The command in this process (tests/inprocess.py); the lock is held by another one.
    result = run_cli("--db", str(db), "--lang", "en", "demo", drop=())
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and f"(by PID {proc.pid})" in result.stderr
    assert state(db) == before
    check = run_cli("--db", str(db), "--lang", "en", "check", drop=())
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No problems found" in check.stdout


def test_read_only_open_needs_no_lock(holder):
    db, _proc = holder
    database = open_database(db, exclusive=False)
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM partners").scalar() == 1
    finally:
        database.dispose()


def test_one_process_shares_its_lock_and_releases_it_on_close(tmp_path):
    db = tmp_path / "hptracker.db"
    first = Tracker.open(db)
    second = Tracker.open(db)  # the same process: a restore reopens, tests build windows
    assert first.db.lock is second.db.lock
    first.close()
    second.create_partner(name="Vẫn ghi được", kind="other")
    assert read_lock_info(db).state == "open" and read_lock_info(db).pid == os.getpid()
    second.close()
    assert read_lock_info(db).state == "closed"
    assert lock_path_for(db).stat().st_mode & 0o777 == 0o600
    # Released: another process may now open it.
    code = "from hptracker.core.tracker import Tracker; import sys; Tracker.open(sys.argv[1]).close()"
    assert subprocess.run([sys.executable, "-c", code, str(db)], timeout=60).returncode == 0


# ---- no file is clobbered through a link (issue 13, item 8) ---------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="symbolic and hard links as planted here are POSIX")
@pytest.mark.parametrize("link", ["symbolic", "dangling symbolic", "hard"])
def test_a_planted_lock_file_link_is_refused_and_nothing_is_written_through_it(tmp_path, link):
    db = tmp_path / "shared" / "hptracker.db"
    db.parent.mkdir()
    victim = tmp_path / "officer-notes.txt"
    if link != "dangling symbolic":
        victim.write_text("Ghi chú riêng của cán bộ\n", encoding="utf-8")
    before = victim.read_bytes() if victim.exists() else None
    if link == "hard":
        os.link(victim, lock_path_for(db))
    else:
        lock_path_for(db).symlink_to(victim)
    from hptracker.core.errors import StoreError

    with pytest.raises(StoreError) as info:
        Tracker.open(db)
    assert str(lock_path_for(db)) in info.value.message and "\n" not in info.value.message
    assert (victim.read_bytes() if victim.exists() else None) == before
    assert not db.exists()


def test_the_data_folder_is_created_readable_by_the_user_only(tmp_path):
    db = tmp_path / "new" / "hptracker" / "hptracker.db"
    Tracker.open(db).close()
    assert db.parent.stat().st_mode & 0o077 == 0
    assert db.stat().st_mode & 0o777 == 0o600
