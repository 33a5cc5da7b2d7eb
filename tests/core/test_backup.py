"""Backups: backup API copies that are checked, private, pruned on schedule, and restorable."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hptracker.core import backup as core_backup
from hptracker.core.backup import (
    BackupError,
    auto_backup,
    backup_database,
    backup_folder,
    check_database,
    list_backups,
    needs_backup,
    prune_backups,
    restore_file,
    select_to_keep,
)
from hptracker.core.db import open_database
from hptracker.core.errors import DatabaseDamagedError
from hptracker.core.files import FileWriteError
from hptracker.core.tracker import Tracker

CHILD = Path(__file__).with_name("test_crash_writer.py")


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_backup_is_a_checked_private_single_file(demo_tracker, db_path):
    info = demo_tracker.backup()
    assert info.path.parent == backup_folder(db_path) == db_path.parent / "backups"
    assert info.path.name.startswith("hptracker-") and info.kind == "backup"
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert backup_folder(db_path).stat().st_mode & 0o077 == 0
    # Self-contained (no -wal needed), whole, and holding exactly the live records.
    assert info.path.read_bytes()[18:20] == b"\x01\x01"
    assert rows(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert info.counts() == {k: v for k, v in demo_tracker.counts().items() if k in info.counts()}
    assert rows(info.path, "SELECT name_native FROM partners ORDER BY id") == rows(db_path, "SELECT name_native FROM partners ORDER BY id")
    assert not [p for p in info.path.parent.iterdir() if p.name.startswith(".")]  # no temporary left


def test_database_and_everything_beside_it_is_private(demo_tracker, db_path):
    demo_tracker.backup()
    demo_tracker.create_partner(name="Đối tác riêng", kind="other")
    private = [db_path, db_path.with_name(db_path.name + ".lock"), *backup_folder(db_path).iterdir()]
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        private.append(wal)
    for path in private:
        assert path.stat().st_mode & 0o777 == 0o600, path


def test_automatic_backup_only_when_the_data_changed(demo_tracker, db_path):
    assert needs_backup(db_path)
    first = auto_backup(db_path)
    assert first is not None
    assert not needs_backup(db_path)
    assert auto_backup(db_path) is None
    followup = demo_tracker.query_followups()[0]
    demo_tracker.update_followup(followup.id, title=followup.title + " (sửa)")  # same counts, new audit row
    assert needs_backup(db_path)
    second = auto_backup(db_path, now=dt.datetime.now() + dt.timedelta(seconds=2))
    assert second is not None and second.path != first.path
    # One a day is kept: the newer backup of today replaces the earlier one.
    assert [b.path for b in list_backups(db_path) if b.kind == "backup"] == [second.path]


def test_empty_new_database_needs_no_backup(tracker, db_path):
    assert not needs_backup(db_path)
    assert auto_backup(db_path) is None


def _retention_simulation(schedule: list[dt.datetime], folder: Path, db: Path) -> set[str]:
    folder.mkdir()
    for moment in schedule:
        (folder / f"{db.stem}-{moment:%Y%m%d-%H%M%S}.db").write_bytes(b"x")
        prune_backups(db, folder, today=moment.date())
    return {p.name for p in folder.iterdir()}


def test_retention_over_400_days_keeps_exactly_the_schedule(tmp_path):
    """One backup a day at 17:00 for 400 days, pruning after each, as the app does."""
    db = tmp_path / "hptracker.db"
    start = dt.date(2024, 1, 1)
    days = [start + dt.timedelta(days=i) for i in range(400)]
    kept = _retention_simulation([dt.datetime.combine(d, dt.time(17)) for d in days], tmp_path / "b", db)
    last = days[-1]  # 2025-02-03, a Monday
    assert last == dt.date(2025, 2, 3)
    expected_days = {last - dt.timedelta(days=i) for i in range(7)}  # 28/01 … 03/02/2025
    expected_days |= {dt.date(2025, 2, 3), dt.date(2025, 2, 2), dt.date(2025, 1, 26), dt.date(2025, 1, 19)}  # weeks: Sundays
    expected_days |= {dt.date(2025, 2, 3), dt.date(2025, 1, 31)}  # months: last day of each
    expected_days |= {dt.date(2024, m + 1, 1) - dt.timedelta(days=1) for m in range(3, 12)}  # 31/03 … 30/11/2024
    expected_days |= {dt.date(2024, 12, 31)}
    assert len([d for d in expected_days if d.month == 1 or d.year == 2024]) >= 10
    assert kept == {f"hptracker-{d:%Y%m%d}-170000.db" for d in expected_days}
    assert len(kept) == 19  # 7 daily + 2 more weeks + 10 more months


def test_retention_with_gaps_and_several_a_day_matches_the_rules(tmp_path):
    """Irregular use: several backups some days, none for weeks; checked against the stated rules."""
    import random

    rng = random.Random(7)
    db = tmp_path / "hptracker.db"
    schedule = []
    day = dt.date(2024, 1, 1)
    while len(schedule) < 400:
        day += dt.timedelta(days=rng.choice([1, 1, 1, 2, 3, 20]))
        for hour in sorted(rng.sample(range(8, 18), rng.choice([1, 1, 2, 3]))):
            schedule.append(dt.datetime.combine(day, dt.time(hour, 5)))
    kept = _retention_simulation(schedule, tmp_path / "b", db)

    def newest_per(period, count):
        result, seen = set(), []
        for moment in sorted(schedule, reverse=True):
            key = period(moment)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                result.add(moment)
        return result

    expected = (
        {max(schedule)}
        | newest_per(lambda m: m.date(), 7)
        | newest_per(lambda m: m.isocalendar()[:2], 4)
        | newest_per(lambda m: (m.year, m.month), 12)
    )
    assert kept == {f"hptracker-{m:%Y%m%d-%H%M%S}.db" for m in expected}
    assert select_to_keep([], dt.date(2024, 1, 1)) == set()


def test_retention_never_touches_copies_kept_for_a_reason(demo_tracker, db_path):
    kept = backup_database(db_path, kind="before-restore", now=dt.datetime(2020, 1, 1, 9))
    upgrade = backup_database(db_path, kind="before-upgrade", note="0001", now=dt.datetime(2020, 1, 2, 9))
    for i in range(30):
        backup_database(db_path, now=dt.datetime(2020, 1, 1, 9) + dt.timedelta(days=i))
    prune_backups(db_path, today=dt.date(2020, 3, 1))
    names = {b.path.name for b in list_backups(db_path)}
    assert kept.path.name in names and upgrade.path.name in names
    assert upgrade.path.name == "hptracker-20200102-090000-before-upgrade-0001.db"
    assert len([b for b in list_backups(db_path) if b.kind == "backup"]) == 7 + 4 + 1 - 3  # overlaps


def test_backup_while_another_process_writes_is_complete_up_to_its_start(tmp_path):
    db = tmp_path / "busy.db"
    Tracker.open(db).close()
    proc = subprocess.Popen([sys.executable, str(CHILD), str(db), "write"], stdout=subprocess.PIPE, text=True, encoding="utf-8")
    seen: list[str] = []
    lock = threading.Lock()

    def pump() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            with lock:
                seen.append(line.strip())

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    try:
        import time

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with lock:
                if sum(line.startswith("F ") for line in seen) >= 20:
                    break
            time.sleep(0.02)
        with lock:
            before = list(seen)
        info = backup_database(db)  # the writer holds the lock: the copy reads as a WAL reader
        with lock:
            during = len(seen)
    finally:
        proc.kill()
        proc.wait(10)
        reader.join(10)
    followups_before = {int(line.split()[1]) for line in before if line.startswith("F ")}
    assert len(followups_before) >= 20 and during > len(before) - 1
    assert rows(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(info.path, "PRAGMA foreign_key_check") == []
    in_backup = {r[0] for r in rows(info.path, "SELECT id FROM followups")}
    assert followups_before <= in_backup
    # Whole transactions only: every follow-up in the copy has its audit row and its partner.
    audited = {r[0] for r in rows(info.path, "SELECT entity_id FROM audit WHERE entity = 'followups'")}
    assert in_backup <= audited


def test_restore_into_an_open_tracker_swaps_and_keeps_the_old_one(demo_tracker, db_path):
    info = demo_tracker.backup()
    added = demo_tracker.create_partner(name="Sở Ngoại vụ Quảng Ninh", kind="government")
    result = demo_tracker.restore(info.path)
    assert result.kept_as is not None and result.kept_as.name.endswith("-before-restore.db")
    # The tracker now stands on the restored data and keeps working.
    assert added.id not in {p.id for p in demo_tracker.list_partners()}
    again = demo_tracker.create_partner(name="Đối tác sau khôi phục", kind="other")
    assert again.id in {p.id for p in demo_tracker.list_partners()}
    # The kept copy holds what was there before the restore.
    assert (added.id,) in rows(result.kept_as, "SELECT id FROM partners")
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert demo_tracker.db.lock is not None


def test_restore_refuses_a_bad_backup_and_changes_nothing(demo_tracker, db_path, tmp_path):
    bad = tmp_path / "not-a-backup.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    before = rows(db_path, "SELECT count(*) FROM partners")
    with pytest.raises(BackupError):
        demo_tracker.restore(bad)
    assert rows(db_path, "SELECT count(*) FROM partners") == before
    assert demo_tracker.list_partners()  # still usable
    assert not [b for b in list_backups(db_path) if b.kind == "before-restore"]


def test_a_crash_during_the_swap_leaves_the_old_database_whole(demo_tracker, db_path, monkeypatch):
    info = demo_tracker.backup()
    demo_tracker.create_partner(name="Chỉ có trong bản hiện tại", kind="other")
    demo_tracker.close()
    expected = rows(db_path, "SELECT id, name FROM partners ORDER BY id")

    def crash(*_args):
        raise OSError(5, "simulated power cut")

    monkeypatch.setattr(os, "replace", crash)  # the final step of the swap never happens
    with pytest.raises(FileWriteError):
        restore_file(db_path, info.path)
    monkeypatch.undo()
    assert rows(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db_path, "SELECT id, name FROM partners ORDER BY id") == expected
    assert not [p for p in db_path.parent.iterdir() if "restore-tmp" in p.name]
    database = open_database(db_path)
    database.dispose()


def test_restoring_over_a_stale_wal_never_mixes_the_two(tmp_path):
    """The old database's -wal must not be replayed into the restored file."""
    db = tmp_path / "hptracker.db"
    tracker = Tracker.open(db)
    tracker.create_partner(name="Trong bản sao lưu", kind="other")
    info = tracker.backup()
    tracker.close()
    proc = subprocess.Popen([sys.executable, str(CHILD), str(db), "write"], stdout=subprocess.PIPE, text=True)
    for _ in range(30):
        proc.stdout.readline()  # type: ignore[union-attr]
    proc.kill()
    proc.wait(10)
    proc.stdout.close()  # type: ignore[union-attr]
    assert db.with_name(db.name + "-wal").stat().st_size > 0  # a crash left a hot WAL
    restore_file(db, info.path)
    assert not db.with_name(db.name + "-wal").exists()
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT name FROM partners") == [("Trong bản sao lưu",)]


def test_check_reports_broken_references_in_plain_words(demo_tracker, db_path):
    assert check_database(db_path).ok
    raw = sqlite3.connect(db_path)  # foreign keys are off on a plain connection
    with raw:
        raw.execute("UPDATE followups SET partner_id = 9999 WHERE id = 1")
    raw.close()
    report = check_database(db_path)
    assert not report.ok
    assert any("point to records that no longer exist" in m and "followups" in m for m in report.messages)


def test_damaged_database_is_not_backed_up(demo_tracker, db_path):
    demo_tracker.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for n in range(2, len(data) // page - 1):
        data[n * page : n * page + 200] = os.urandom(200)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError):
        backup_database(db_path)
    assert not list_backups(db_path)


def _future_schema(tmp_path, monkeypatch) -> tuple[Path, str]:
    """A database at today's head, and a copy of db/ with one more revision made the program's."""
    import shutil

    from hptracker.core import db as core_db
    from hptracker.core.paths import migrations_dir

    db = tmp_path / "old.db"
    tracker = Tracker.open(db, officer="Lê Trung Kiên")
    tracker.create_partner(name="Huyện Thượng Ngu", name_native="上虞区", kind="government")
    tracker.close()
    head = core_db.head_revision()
    future = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), future, ignore=shutil.ignore_patterns("__pycache__"))
    (future / "versions" / "9999_test_future.py").write_text(
        f'revision = "9999"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n'
        "from alembic import op\n\n\ndef upgrade():\n"
        '    op.create_index("ix_test_future_partner_name", "partners", ["name"])\n\n\n'
        "def downgrade():\n"
        '    op.drop_index("ix_test_future_partner_name", "partners")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(core_db, "migrations_dir", lambda: future)
    return db, head


def test_upgrade_takes_a_backup_first_and_keeps_the_data(tmp_path, monkeypatch):
    """A future schema (a copy of db/ with one more revision) upgrades only after a backup."""
    db, head = _future_schema(tmp_path, monkeypatch)
    before = rows(db, "SELECT id, name, name_native FROM partners")

    Tracker.open(db).close()  # as the window and every command open it
    kept = [b for b in list_backups(db) if b.kind == "before-upgrade"]
    assert len(kept) == 1 and kept[0].note == head
    assert rows(kept[0].path, "SELECT version_num FROM alembic_version") == [(head,)]
    assert rows(kept[0].path, "SELECT id, name, name_native FROM partners") == before
    assert rows(db, "SELECT version_num FROM alembic_version") == [("9999",)]
    assert rows(db, "SELECT id, name, name_native FROM partners") == before
    # Opening again at head takes no further backup.
    Tracker.open(db).close()
    assert len([b for b in list_backups(db) if b.kind == "before-upgrade"]) == 1


def test_no_upgrade_when_its_backup_fails(tmp_path, monkeypatch):
    """The store asks the backups through Safeguards (it never imports them): a backup that fails
    stops the upgrade, and the file keeps its schema and records."""
    from hptracker.core.db import Safeguards
    from hptracker.core.errors import StoreError

    db, head = _future_schema(tmp_path, monkeypatch)
    before = rows(db, "SELECT id, name, name_native FROM partners")

    def full_disk(path, revision):
        raise StoreError(f"no room for the backup of {path.name} at {revision}")

    with pytest.raises(StoreError, match="no room for the backup of old.db at " + head):
        open_database(db, safeguards=Safeguards(before_upgrade=full_disk, has_backups=lambda path: False))
    assert rows(db, "SELECT version_num FROM alembic_version") == [(head,)]
    assert rows(db, "SELECT id, name, name_native FROM partners") == before
    Tracker.open(db).close()  # the lock was released: the next start upgrades, after its backup
    assert rows(db, "SELECT version_num FROM alembic_version") == [("9999",)]


# ---- restore checks the schema, not only the revision (issue 13, item 7) --------------------------

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("schema_*.db"))

TAMPERING = {
    "an extra trigger": "CREATE TRIGGER rewrite_titles AFTER UPDATE ON followups "
    "BEGIN UPDATE followups SET title = 'Đã sửa' WHERE id != NEW.id; END",
    "a missing table": "DROP TABLE facts",
    "an extra column": "ALTER TABLE partners ADD COLUMN secret TEXT",
    "a missing index": "DROP INDEX ix_followups_status",
    "an extra table": "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
    "a changed check": None,  # see tamper()
}


def tamper(path: Path, how: str) -> None:
    conn = sqlite3.connect(path)
    try:
        sql = TAMPERING[how]
        if sql is None:
            # Rewrite the text of one table as another tool's "edit table" does: same name, no CHECK.
            conn.execute("PRAGMA writable_schema = ON")
            old = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'followups'").fetchone()[0]
            new = old.replace("CHECK (status IN", "CHECK (status NOT IN", 1)
            assert new != old
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'followups'", (new,))
            conn.commit()
        else:
            conn.execute(sql)
            conn.commit()
    finally:
        conn.close()


def digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_restore_refuses_a_backup_whose_schema_differs_and_check_says_so(demo_tracker, db_path, how):
    info = demo_tracker.backup()
    assert not core_backup.verify_backup(info.path)
    tamper(info.path, how)
    demo_tracker.create_partner(name="Chỉ có trong bản hiện tại", kind="other")
    demo_tracker.close()
    before = digest(db_path)
    reasons = core_backup.verify_backup(info.path)
    assert reasons and "schema" in reasons[0], reasons
    with pytest.raises(BackupError) as refused:
        restore_file(db_path, info.path)
    assert "schema" in refused.value.message and "Nothing was changed" in refused.value.message
    assert digest(db_path) == before
    assert not [b for b in list_backups(db_path) if b.kind == "before-restore"]
    assert core_backup.newest_good_backup(db_path) is None
    report = check_database(info.path)
    assert not report.ok and any("schema" in m for m in report.messages), report.messages


def test_check_reports_a_schema_changed_behind_hptrackers_back(demo_tracker, db_path):
    demo_tracker.close()
    tamper(db_path, "an extra trigger")
    report = check_database(db_path)
    assert not report.ok
    assert any("schema" in m and "rewrite_titles" in m for m in report.messages), report.messages


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_a_backup_of_every_released_schema_is_accepted(fixture, tmp_path):
    """The schema a revision should have is rebuilt by migrating an empty database: each released
    schema's own fixture database matches it, and so does the fixture once upgraded."""
    import shutil

    copy = tmp_path / "hptracker.db"
    shutil.copyfile(fixture, copy)
    assert core_backup.verify_backup(copy) == []
    assert check_database(copy).ok
    open_database(copy).dispose()  # upgraded to the current schema
    assert check_database(copy).ok


def test_the_expected_schema_is_built_once_per_revision(demo_tracker, db_path):
    import time

    info = demo_tracker.backup()
    core_backup.verify_backup(info.path)
    start = time.perf_counter()
    for _ in range(5):
        assert core_backup.verify_backup(info.path) == []
    assert time.perf_counter() - start < 5  # integrity checks only: no migration each time


# ---- no file is clobbered; stale temporary files go (issue 13, item 8) -----------------------------


def hanging(db: Path, mode: str, *args: str) -> tuple[subprocess.Popen, Path]:
    """A real backup or restore process stopped once its temporary copy is written."""
    proc = subprocess.Popen([sys.executable, str(CHILD), str(db), mode, *args], stdout=subprocess.PIPE, text=True, encoding="utf-8")
    line = proc.stdout.readline().strip()  # type: ignore[union-attr]
    assert line.startswith("copied "), line
    return proc, Path(line.split(" ", 1)[1])


def killed(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait(10)
    proc.stdout.close()  # type: ignore[union-attr]


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")
def test_temporary_files_of_killed_backups_and_restores_go_at_the_next_backup(demo_tracker, db_path):
    first = demo_tracker.backup()
    demo_tracker.close()
    backups = backup_folder(db_path)
    proc, tmp = hanging(db_path, "backup-then-hang")
    assert tmp.parent == backups and tmp.exists()
    # A backup running meanwhile leaves the other one's temporary file alone: it is still in use.
    backup_database(db_path, now=dt.datetime(2030, 1, 1, 9))
    assert tmp.exists()
    killed(proc)
    assert tmp.exists()  # what the killed backup left
    # The restore's own first step is a backup (of the current database): it sweeps that file.
    proc, restore_tmp = hanging(db_path, "restore-then-hang", str(first.path))
    assert not tmp.exists()
    assert restore_tmp.parent == db_path.parent and restore_tmp.exists()
    killed(proc)
    assert hidden(db_path.parent)
    before = rows(db_path, "SELECT id, name FROM partners ORDER BY id")
    made = backup_database(db_path, now=dt.datetime(2030, 1, 2, 9))
    assert hidden(backups) == [] and hidden(db_path.parent) == []
    assert rows(made.path, "SELECT id, name FROM partners ORDER BY id") == before
    assert rows(db_path, "SELECT id, name FROM partners ORDER BY id") == before
    # Only temporary files are removed: every backup and the database are still there.
    assert {b.path for b in list_backups(db_path)} >= {first.path, made.path}
