"""Damaged databases at start: refused in one sentence, never modified, the newest backup offered.

Each damage is checked through the core (the exception and its message) and through the real
``hptracker`` executable (exit 1, one line on stderr, no traceback, the restore command named),
and in both the damaged file must be byte-for-byte what it was, with no -wal/-shm created beside it.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from pathlib import Path

import inprocess
import pytest

from hptracker.core import backup as core_backup
from hptracker.core.db import open_database
from hptracker.core.demo import add_demo
from hptracker.core.errors import DatabaseDamagedError
from hptracker.core.tracker import Tracker

HPTRACKER = str(Path(sys.executable).parent / "hptracker")
PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def zero_header(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[:100] = bytes(100)
    db.write_bytes(bytes(data))


def truncate_mid_page(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 123])


def truncate_at_page(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: (len(data) // PAGE // 2) * PAGE])


def random_pages(db: Path) -> None:
    rng = random.Random(5)
    data = bytearray(db.read_bytes())
    for page in range(1, len(data) // PAGE):
        if rng.random() < 0.5:
            start = page * PAGE
            data[start : start + 512] = rng.randbytes(512)
    db.write_bytes(bytes(data))


DAMAGES = {
    "zeroed header": (zero_header, "not an hptracker database or is damaged"),
    "truncated mid-page": (truncate_mid_page, "cut short"),
    "truncated at a page boundary": (truncate_at_page, "cut short"),
    "random bytes in pages": (random_pages, "damaged"),
    # A crashed writer's missing -wal is not here: it is not damage. Whatever opened the file after
    # the crash folded the -wal in (SQLite always does), and a file that never got those changes is
    # still whole; both open, the second with a warning (tests/core/test_after_crash.py).
}


@pytest.fixture(params=sorted(DAMAGES), ids=sorted(DAMAGES))
def damaged(request, tmp_path):
    db = tmp_path / "hptracker.db"
    tracker = Tracker.open(db, officer="Nguyễn Thị Hoa")
    tracker.ensure_categories()
    add_demo(tracker)
    good = tracker.backup()
    tracker.close()
    damage, words = DAMAGES[request.param]
    damage(db)
    for suffix in ("-wal", "-shm"):
        assert not db.with_name(db.name + suffix).exists()
    return db, good, words


def test_core_refuses_and_leaves_the_file_untouched(damaged):
    db, good, words = damaged
    before = digest(db)
    with pytest.raises(DatabaseDamagedError) as info:
        open_database(db)
    assert words in info.value.message
    assert "\n" not in info.value.message and "left untouched" in info.value.message
    assert info.value.path == str(db)
    assert digest(db) == before
    assert not db.with_name(db.name + "-wal").exists() and not db.with_name(db.name + "-shm").exists()
    assert core_backup.newest_good_backup(db).path == good.path
    # And again: a second attempt is refused the same way (nothing was "repaired" by the first).
    with pytest.raises(DatabaseDamagedError):
        open_database(db)
    assert digest(db) == before


def run_cli(db: Path, *command: str) -> inprocess.Result:
    """The command in this process (tests/inprocess.py): what matters is its message and the file."""
    return inprocess.run_cli("--db", str(db), "--lang", "en", *command, drop=())


def assert_refused_in_one_line(result: inprocess.Result, words: str, good: Path) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("hptracker: ") and words in result.stderr, result.stderr
    assert str(good) in result.stderr and "restore" in result.stderr, result.stderr


@pytest.mark.slow
def test_cli_says_one_line_names_the_backup_and_changes_nothing(damaged):
    db, good, words = damaged
    before = digest(db)
    assert_refused_in_one_line(run_cli(db, "demo"), words, good.path)
    assert digest(db) == before
    assert not db.with_name(db.name + "-wal").exists()


@pytest.mark.slow
def test_every_kind_of_command_refuses_a_damaged_file(tmp_path):
    db = tmp_path / "hptracker.db"
    tracker = Tracker.open(db)
    add_demo(tracker)
    good = tracker.backup()
    tracker.close()
    random_pages(db)
    before = digest(db)
    for command in (["list", "partners"], ["backup"]):
        assert_refused_in_one_line(run_cli(db, *command), "damaged", good.path)
        assert digest(db) == before, command
    check = run_cli(db, "check")
    assert check.returncode == 1 and "Traceback" not in check.stdout + check.stderr
    assert "damaged" in check.stdout and str(good.path) in check.stdout
    assert digest(db) == before
    assert not db.with_name(db.name + "-wal").exists()
    assert [b.path for b in core_backup.list_backups(db)] == [good.path]  # no backup of a damaged file


def test_restore_of_the_offered_backup_brings_the_records_back(damaged):
    db, good, _words = damaged
    result = core_backup.restore_file(db, good.path)
    assert result.kept_as is not None and result.kept_as.name.endswith("-damaged.db")
    tracker = Tracker.open(db)
    try:
        assert {p.name_native for p in tracker.list_partners()} >= {"上虞区", "南宁市"}
    finally:
        tracker.close()


def test_empty_file_where_a_database_was_is_not_silently_replaced(tmp_path):
    db = tmp_path / "hptracker.db"
    tracker = Tracker.open(db)
    tracker.create_partner(name="Đối tác", kind="other")
    tracker.backup()
    tracker.close()
    db.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError) as info:
        Tracker.open(db)
    assert "empty" in info.value.message
    assert db.stat().st_size == 0


def test_unreadable_file_is_reported_not_crashed(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file: an unreadable file cannot be made here")
    db = tmp_path / "hptracker.db"
    Tracker.open(db).close()
    db.chmod(0)
    with pytest.raises(DatabaseDamagedError):
        open_database(db)
