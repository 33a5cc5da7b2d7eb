"""Safety messages of the command line: folder warnings on stderr, restore refused while open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from inprocess import run_cli

from hptracker.core.backup import backup_database
from hptracker.core.tracker import Tracker

HPTRACKER = str(Path(sys.executable).parent / "hptracker")


def test_database_in_a_synced_folder_is_warned_about_and_still_used(tmp_path):
    db = tmp_path / "OneDrive - HEZA" / "hptracker.db"
    result = run_cli("--db", str(db), "--lang", "en", "demo")  # in this process (tests/inprocess.py)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("hptracker: warning: ") and "OneDrive" in result.stderr
    assert db.exists()


@pytest.mark.slow
def test_restore_is_refused_while_the_database_is_open(tmp_path):
    """The window is one program, the command another: the real executable."""
    db = tmp_path / "hptracker.db"
    tracker = Tracker.open(db)
    tracker.create_partner(name="Tỉnh Chiết Giang", name_native="浙江省", kind="government")
    info = backup_database(db)
    tracker.create_partner(name="Thành phố Nam Ninh", kind="government")
    try:
        before = db.read_bytes()
        result = subprocess.run(
            [HPTRACKER, "--db", str(db), "--lang", "en", "restore", str(info.path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert result.returncode == 1
        assert "already open on this database" in result.stderr and result.stderr.count("\n") == 1
        assert db.read_bytes() == before
        assert len(tracker.list_partners()) == 2
    finally:
        tracker.close()
