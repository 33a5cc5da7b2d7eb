"""Reading never writes (issue 13, items 4 and 5): in this process (tests/inprocess.py), and with
the real executable where another user's rights are needed (a folder root cannot write to).

``list``, ``export``, ``brief``, ``check`` and ``import --dry-run`` create no file, change no journal
mode and add no table: not on a mistyped path, not on another program's SQLite file, not beside the
officer's own database; and they work in a folder they cannot write to. ``demo`` and ``import``
refuse another program's SQLite file; a failed import leaves no new file behind; ``--db ''`` is an
error, not the default database.
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
from openpyxl import Workbook

HPTRACKER = str(Path(sys.executable).parent / "hptracker")


def run(*args: str, env: dict[str, str] | None = None, unprivileged: bool = False) -> subprocess.CompletedProcess | Result:
    """The command in this process, or the executable in a read-only folder (``unprivileged``:
    the rights are the process's, and root's are dropped for it)."""
    if not unprivileged:
        return run_cli("--lang", "en", *args, env=env, drop=("HPTRACKER_DB",))
    command = [HPTRACKER, "--lang", "en", *args]
    if unprivileged and os.geteuid() == 0:
        # root writes into any folder whatever its mode: drop the capabilities that allow it, so a
        # read-only folder is read-only here as it is for an officer.
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    full_env = {k: v for k, v in os.environ.items() if k != "HPTRACKER_DB"}
    full_env.update(env or {})
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=120)


@pytest.fixture
def in_process():
    """``hptracker.cli.main`` in this process: what is tested here is the files, not the process
    boundary, and a start of the executable costs a second."""
    return run


def files_in(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its size and modification time."""
    found = {}
    for path in sorted(folder.rglob("*")):
        stat = path.lstat()
        found[str(path.relative_to(folder))] = (stat.st_size if path.is_file() else 0, stat.st_mtime_ns)
    return found


def one_line(result) -> str:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def workbook(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Partner", "Title", "Status", "Due"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def reading_commands(db: Path, out: Path, book: Path) -> list[list[str]]:
    return [
        ["--db", str(db), "list", "partners"],
        ["--db", str(db), "export", str(out / "status.xlsx")],
        ["--db", str(db), "brief", "Thuong Ngu", "--out", str(out / "brief.pdf")],
        ["--db", str(db), "check"],
        ["--db", str(db), "import", str(book), "--dry-run"],
    ]


@pytest.fixture
def places(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    book = workbook(tmp_path / "in.xlsx", [["Thuong Ngu", "Mở văn phòng liên lạc", "Not started", "2026"]])
    return data, out, book


def test_reading_a_mistyped_path_creates_nothing(places, in_process):
    data, out, book = places
    before = files_in(data.parent)
    for command in reading_commands(data / "hptracker.bd", out, book):
        result = in_process(*command)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert "There is no database at" in one_line(result), command
        assert files_in(data.parent) == before, command


def foreign_database(path: Path) -> bytes:
    """Another program's SQLite file, in the default rollback-journal mode."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('Biên bản hội đàm với Chiết Giang')")
    conn.close()
    return path.read_bytes()


def test_another_programs_sqlite_file_is_never_changed(places, in_process):
    data, out, book = places
    db = data / "notes.sqlite"
    original = foreign_database(db)
    before = files_in(data)
    for command in reading_commands(db, out, book):
        result = in_process(*command)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert db.read_bytes() == original, command
        assert files_in(data) == before, command
    for command in (["demo"], ["import", str(book), "--create-partners"]):
        result = in_process("--db", str(db), *command)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert "another program" in one_line(result), command
        assert db.read_bytes() == original, command
        assert set(files_in(data)) == set(before), command
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]
    finally:
        conn.close()


def can_make_a_read_only_folder() -> bool:
    return os.name == "posix" and (os.geteuid() != 0 or shutil.which("setpriv") is not None)


@pytest.mark.slow
def test_reading_the_officers_database_touches_nothing_and_works_in_a_read_only_folder(places, demo_db_path):
    data, out, book = places
    db = data / "hptracker.db"
    shutil.copy2(demo_db_path, db)
    before = files_in(data)
    read_only = can_make_a_read_only_folder()  # otherwise (root without setpriv) only "touches nothing"
    if read_only:
        data.chmod(0o555)
    try:
        for command in reading_commands(db, out, book):
            result = run(*command, unprivileged=read_only)
            assert result.returncode == 0, (command, result.stdout, result.stderr)
            assert files_in(data) == before, command
    finally:
        data.chmod(0o755)
    assert (out / "status.xlsx").stat().st_size and (out / "brief.pdf").stat().st_size


@pytest.mark.slow
def test_a_failed_import_into_a_new_database_leaves_no_file(places):
    data, _out, book = places
    bad = workbook(data.parent / "bad.xlsx", [["Nowhere partner", "", "Finished?", "someday"]])
    before = files_in(data.parent)
    for command, target in (
        (["import", str(bad)], data / "new.db"),
        (["import", str(book)], data / "new-folder" / "deeper" / "new.db"),
        (["import", str(data.parent / "missing.xlsx")], data / "new.db"),
    ):
        result = run("--db", str(target), *command)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        # (the folder's own time changes as the file comes and goes; what is in it does not)
        assert set(files_in(data.parent)) == set(before), (command, target)
        assert all(files_in(data.parent)[name] == before[name] for name in before if name != "data")


def test_an_empty_db_option_is_an_error_not_the_default_database(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    for command in (["--db", "", "list", "partners"], ["--db", " ", "demo"], ["--db=", "check"]):
        result = run(*command, env=env)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "--db" in result.stderr and "Traceback" not in result.stderr
    assert list(home.rglob("*")) == []
