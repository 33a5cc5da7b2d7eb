"""Rights (issue 15 item 7) on the command line: on a database this user may only read, the
commands that read work and the commands that write say, in one line, that they cannot write.

On PostgreSQL the user is a role granted only SELECT; on SQLite it is an officer whose database
sits in a folder they may not write to (run as a real, unprivileged process: root writes anywhere).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pgserver
import pytest
from openpyxl import Workbook

EXE = str(Path(sys.executable).parent / "hptracker")


def run(*args: str, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    command = [EXE, "--lang", "en", *args]
    if unprivileged and os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    env = {k: v for k, v in os.environ.items() if k != "HPTRACKER_DB"}
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Partner", "Title", "Status", "Due"])
    sheet.append(["Thuong Ngu", "Mở văn phòng liên lạc", "Not started", "2026"])
    book.save(path)
    return path


def test_a_read_only_role_reads_and_cannot_write(databases, pg_server, tmp_path):
    target = databases.new("postgresql", "demo")
    try:
        reader = databases.read_only_url(target)
        listed = run("--db", reader, "list", "followups", "--json")
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == 9  # the demo follow-ups
        exported = run("--db", reader, "export", str(tmp_path / "status.xlsx"))
        assert exported.returncode == 0 and (tmp_path / "status.xlsx").stat().st_size > 0, exported.stderr
        book = workbook(tmp_path / "in.xlsx")
        for command in (["demo"], ["import", str(book), "--create-partners"]):
            result = run("--db", reader, *command)
            assert result.returncode == 1, (command, result.stdout, result.stderr)
            line = one_line(result)
            assert f"The role {pgserver.READER} cannot write" in line, line
        again = run("--db", reader, "list", "followups", "--json")
        assert again.stdout == listed.stdout  # nothing was written
    finally:
        databases.drop(target)


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_a_database_in_a_read_only_folder_reads_and_cannot_write(tmp_path, demo_db_path):
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: a read-only folder cannot be made here")
    data = tmp_path / "shared"
    data.mkdir()
    db = data / "hptracker.db"
    shutil.copy2(demo_db_path, db)
    book = workbook(tmp_path / "in.xlsx")
    original = db.read_bytes()
    data.chmod(0o555)
    try:
        listed = run("--db", str(db), "list", "followups", "--json", unprivileged=True)
        assert listed.returncode == 0, listed.stderr
        for command in (["demo"], ["import", str(book), "--create-partners"]):
            result = run("--db", str(db), *command, unprivileged=True)
            assert result.returncode == 1, (command, result.stdout, result.stderr)
            assert "cannot be written here" in one_line(result), result.stderr
    finally:
        data.chmod(0o755)
    assert db.read_bytes() == original
    assert sorted(p.name for p in data.iterdir()) == ["hptracker.db"]
