"""Issue 13 item 2: no output path leads back to the database, its working files or its backups.

The guard compares real paths (symlinks resolved, case folded where the system ignores case) and,
for files that exist, their identity (hard links). Nothing here writes; the CLI and window tests
check that a refused command leaves the database byte for byte as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hptracker.core import outputs
from hptracker.core.files import FileWriteError
from hptracker.core.outputs import ProtectedPathError, refuse_database_path


@pytest.fixture
def db(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "hptracker.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    for companion in ("-wal", "-shm", ".lock"):
        Path(str(path) + companion).write_bytes(b"x")
    (folder / "backups").mkdir()
    return path


def _refused(target, db, **kwargs) -> str:
    with pytest.raises(ProtectedPathError) as info:
        refuse_database_path(target, db, **kwargs)
    return info.value.message


@pytest.mark.parametrize("name", ["hptracker.db", "hptracker.db-wal", "hptracker.db-shm", "hptracker.db-journal", "hptracker.db.lock"])
def test_the_database_and_its_working_files_are_refused(db, name):
    target = db.parent / name
    message = _refused(target, db)
    assert str(target) in message and "\n" not in message


def test_a_refusal_is_a_file_write_error_the_cli_reports_in_one_line(db):
    with pytest.raises(FileWriteError):
        refuse_database_path(db, db)


def test_relative_and_dotted_spellings_of_the_database_are_refused(db, monkeypatch):
    monkeypatch.chdir(db.parent)
    _refused("hptracker.db", db)
    _refused(f"../{db.parent.name}/./hptracker.db", db)
    _refused("hptracker.db", Path("..") / db.parent.name / "hptracker.db")


def test_the_backups_folder_and_anything_in_it_are_refused(db):
    backups = db.parent / "backups"
    message = _refused(backups / "brief.pdf", db)
    assert "backups" in message
    _refused(backups, db)
    _refused(backups / "sub" / "deeper.xlsx", db)


def test_a_restore_source_may_be_in_the_backups_folder_but_not_the_database(db):
    backups = db.parent / "backups"
    refuse_database_path(backups / "hptracker-20250101-000000.db", db, backups_folder=False)
    _refused(db, db, backups_folder=False)
    _refused(Path(str(db) + "-wal"), db, backups_folder=False)


def test_other_paths_are_allowed(db, tmp_path):
    for target in (
        db.parent / "brief.pdf",
        db.parent / "hptracker.db.pdf",
        db.parent / "hptracker.xlsx",
        tmp_path / "backups-elsewhere" / "x.pdf",
        db.parent / "backupsX" / "x.pdf",
        db.parent / "hptracker.db-walrus",
    ):
        refuse_database_path(target, db)


def test_no_database_file_means_nothing_to_protect(tmp_path):
    refuse_database_path(tmp_path / "x.pdf", None)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlinks_are_resolved_both_ways(db, tmp_path):
    link_to_db = tmp_path / "innocent.pdf"
    link_to_db.symlink_to(db)
    _refused(link_to_db, db)

    folder_link = tmp_path / "shortcut"
    folder_link.symlink_to(db.parent, target_is_directory=True)
    _refused(folder_link / "hptracker.db-shm", db)
    _refused(folder_link / "backups" / "x.xlsx", db)
    # the database opened through the link, the output named directly
    _refused(db, folder_link / "hptracker.db")
    _refused(db.parent / "backups" / "x.pdf", folder_link / "hptracker.db")

    dangling = tmp_path / "later.pdf"  # a link to the lock file, even before the file exists
    lock = Path(str(db) + ".lock")
    lock.unlink()
    dangling.symlink_to(lock)
    _refused(dangling, db)


def test_a_hard_link_to_the_database_is_refused(db, tmp_path):
    other = tmp_path / "copy.pdf"
    try:
        os.link(db, other)
    except OSError:
        pytest.skip("no hard links on this file system")
    _refused(other, db)


def test_case_is_ignored_where_the_system_ignores_it(db, monkeypatch):
    """Windows' os.path.normcase folds case (and the file system does); simulated here."""
    upper = db.parent / "HPTracker.DB"
    refuse_database_path(upper, db)  # a different file on a case-sensitive system
    monkeypatch.setattr(outputs, "_normcase", str.lower)
    _refused(upper, db)
    _refused(db.parent / "BACKUPS" / "x.pdf", db)
    _refused(Path(str(upper) + "-WAL"), db)
