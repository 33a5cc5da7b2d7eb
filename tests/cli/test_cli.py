"""The command line: demo, list, exit codes and one-line errors.

Run in this process (tests/inprocess.py), as what is checked is the command's output and exit
code; the installed executable itself is started once, for --help.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from inprocess import Result, run_cli

EXE = str(Path(sys.executable).parent / "hptracker")


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return run_cli(*args, env=env, drop=("HPTRACKER_DB",))


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed ``hptracker`` executable (its entry point is hptracker.cli:main)."""
    env = {k: v for k, v in os.environ.items() if k != "HPTRACKER_DB"}
    return subprocess.run([EXE, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def _counts(db: Path) -> dict[str, int]:
    result = {}
    for kind in ("partners", "meetings", "agreements", "followups"):
        out = run("--db", str(db), "list", kind, "--json")
        assert out.returncode == 0, out.stderr
        result[kind] = len(json.loads(out.stdout))
    return result


def test_demo_twice_gives_the_same_counts(tmp_path):
    db = tmp_path / "x.db"
    first = run("--db", str(db), "demo")
    assert first.returncode == 0, first.stderr
    counts = _counts(db)
    assert counts == {"partners": 7, "meetings": 2, "agreements": 2, "followups": 9}
    second = run("--db", str(db), "demo")
    assert second.returncode == 0
    assert first.stdout != second.stdout  # says nothing changed
    assert _counts(db) == counts


@pytest.mark.both_backends
def test_list_followups_json_has_vietnamese_and_chinese(demo_target):
    out = run("--db", demo_target, "list", "followups", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert "Thượng Ngu" in out.stdout and "上虞区" in out.stdout
    shangyu = [r for r in rows if r["partner_name"] == "Huyện Thượng Ngu"]
    assert len(shangyu) == 5 and all(r["partner_name_native"] == "上虞区" for r in shangyu)
    wolong = next(r for r in rows if r["partner_name"] == "Tập đoàn Wolong")
    assert wolong["due_date"] == "2024-12-31" and wolong["due_text"] == "2024" and wolong["timeliness"] == "overdue"


@pytest.mark.both_backends
def test_list_table_shows_dates_dd_mm_yyyy(demo_target):
    out = run("--db", demo_target, "list", "meetings")
    assert out.returncode == 0
    assert "13/05/2024" in out.stdout and "14/05/2023" in out.stdout


def test_database_from_environment_variable(tmp_path):
    db = tmp_path / "env.db"
    out = run("demo", env={"HPTRACKER_DB": str(db)})
    assert out.returncode == 0, out.stderr
    assert db.exists()


def test_unwritable_db_gives_exit_1_and_one_line(tmp_path):
    target = "/proc/hptracker-cannot-be-here/x.db"
    out = run("--db", target, "demo")
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr
    assert "hptracker-cannot-be-here" in lines[0]


def test_not_a_database_gives_exit_1_and_leaves_file(tmp_path):
    path = tmp_path / "minutes.db"
    path.write_bytes(b"Bien ban hoi dam\n" * 100)
    before = path.read_bytes()
    out = run("--db", str(path), "list", "partners")
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("args", [["list"], ["list", "nothing"], ["frobnicate"], ["--lang", "fr", "demo"]])
def test_bad_usage_exits_2(tmp_path, args):
    out = run("--db", str(tmp_path / "x.db"), *args)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "x.db").exists()


def test_help_lists_commands_without_opening_a_database(tmp_path):
    out = run_process("--db", str(tmp_path / "never.db"), "--help")
    assert out.returncode == 0
    assert "demo" in out.stdout and "list" in out.stdout
    assert not (tmp_path / "never.db").exists()


def test_help_speaks_the_chosen_language(tmp_path):
    vi = run("--lang", "vi", "--help")
    en = run("--lang", "en", "--help")
    assert vi.returncode == en.returncode == 0
    assert "Không có lệnh thì mở cửa sổ" in vi.stdout and "sao lưu cơ sở dữ liệu" in vi.stdout
    assert "Without a command, opens the window." in en.stdout and "Không" not in en.stdout


@pytest.mark.parametrize(
    ("url", "command"),
    [
        ("postgresql+pg8000://officer:s3cret@localhost/hptracker", "demo"),  # that driver is not installed
        ("mysql://officer:s3cret@localhost/hptracker", "list"),
        ("nosuchdb://officer:s3cret@localhost/hptracker", "demo"),
        ("postgresql+nodriver://officer:s3cret@localhost/hptracker", "list"),
        ("://officer:s3cret@nowhere", "list"),
    ],
)
def test_a_url_whose_driver_is_missing_or_unknown_is_one_line(url, command):
    """Issue 13, item 11: exit 1, one line naming the problem, no traceback, no password shown."""
    out = run("--lang", "en", "--db", url, *([command, "partners"] if command == "list" else [command]))
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    assert len(out.stderr.strip().splitlines()) == 1 and out.stderr.startswith("hptracker: "), out.stderr
    assert "s3cret" not in out.stderr
