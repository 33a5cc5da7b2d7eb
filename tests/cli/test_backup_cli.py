"""``hptracker backup``, ``restore`` and ``check`` end to end with the real executable."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hptracker.core.backup import list_backups

HPTRACKER = str(Path(sys.executable).parent / "hptracker")


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([HPTRACKER, "--db", str(db), "--lang", "en", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


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
