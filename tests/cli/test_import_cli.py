"""``hptracker import``: preview, dry run, problems, apply, round trip.

Run in this process (tests/inprocess.py); the executable itself only where a hang is what is
tested (a named pipe), since only a process can be stopped after a time limit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from inprocess import Result, run_cli
from openpyxl import Workbook

from hptracker.core.export_xlsx import export_workbook
from hptracker.core.tracker import FollowUpQuery, Tracker

EXE = str(Path(sys.executable).parent / "hptracker")

pytestmark = pytest.mark.both_backends


def run(*args: str) -> Result:
    return run_in("en", *args)


def followups(db: str) -> dict[str, object]:
    """The follow-ups as the database holds them, read in-process (one CLI start costs seconds)."""
    tracker = Tracker.open(db, exclusive=False)
    try:
        return {row.title: row for row in tracker.query_followups(FollowUpQuery())}
    finally:
        tracker.close()


def workbook(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Kiến nghị"
    ws.append(["Báo cáo tình hình thực hiện kiến nghị"])
    ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def demo_db(demo_target) -> str:
    return demo_target


def test_dry_run_then_import(demo_db, tmp_path):
    before = followups(demo_db)
    path = workbook(
        tmp_path / "new.xlsx",
        [
            ["Partner", "Title", "Status", "Due"],
            ["Thuong Ngu", "Mở văn phòng liên lạc", "đang thực hiện", "Q4/2025"],
            ["Nanning", "Triển lãm xe năng lượng mới", "Not started", "2026"],
        ],
    )
    dry = run("--db", demo_db, "import", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "2 to create, 0 to update, 0 unchanged, 0 new partners, 0 problems" in dry.stdout
    assert "Dry run: nothing was written." in dry.stdout
    assert followups(demo_db) == before

    done = run("--db", demo_db, "import", str(path))
    assert done.returncode == 0, done.stderr
    assert "Imported from new.xlsx: 2 created, 0 updated, 1 progress entries, 0 new partners." in done.stdout
    after = followups(demo_db)
    assert len(after) == len(before) + 2
    office = after["Mở văn phòng liên lạc"]
    assert (office.partner_name, office.status, office.due_text("en")) == ("Huyện Thượng Ngu", "in_progress", "Q4/2025")


def test_problems_exit_1_and_write_nothing(demo_db, tmp_path):
    before = followups(demo_db)
    path = workbook(
        tmp_path / "bad.xlsx",
        [
            ["Title", "Partner", "Status"],
            ["fine", "Wolong", "done"],
            ["unknown partner", "Atlantis City", "done"],
            ["bad status", "Wolong", "finished"],
        ],
    )
    out = run("--db", demo_db, "import", str(path))
    assert out.returncode == 1
    assert "Kiến nghị, row 5, column B (Partner): no partner is named “Atlantis City”" in out.stdout
    assert "Kiến nghị, row 6, column C (Status): “finished” is not one of" in out.stdout
    assert out.stderr.count("\n") == 1 and "Nothing was imported: 2 problems in bad.xlsx" in out.stderr
    assert followups(demo_db) == before


def test_create_partners_flag(demo_db, tmp_path):
    """Without the flag the same row is refused (see test_problems_exit_1_and_write_nothing)."""
    path = workbook(tmp_path / "partner.xlsx", [["Title", "Partner"], ["Giao lưu thanh niên", "Thành phố Ninh Ba"]])
    allowed = run("--db", demo_db, "import", str(path), "--create-partners")
    assert allowed.returncode == 0, allowed.stderr
    assert "New partners: Thành phố Ninh Ba" in allowed.stdout
    assert followups(demo_db)["Giao lưu thanh niên"].partner_name == "Thành phố Ninh Ba"


def test_not_a_workbook_is_one_line_error(demo_db, tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_text("not really a workbook", encoding="utf-8")
    out = run("--db", demo_db, "import", str(path))
    assert out.returncode == 1
    assert (
        out.stderr
        == "hptracker: report.xlsx is not an Excel workbook (.xlsx). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.\n"
    )


def test_round_trip_with_the_exporter_changes_nothing(demo_db, tmp_path):
    tracker = Tracker.open(demo_db)
    try:
        export_workbook(tracker, tmp_path / "status.xlsx", lang="en")
        count = tracker.count_followups()
    finally:
        tracker.close()
    out = run("--db", demo_db, "import", str(tmp_path / "status.xlsx"))
    assert out.returncode == 0, out.stderr
    assert f"0 to create, 0 to update, {count} unchanged, 0 new partners, 0 problems" in out.stdout
    assert "Nothing to import" in out.stdout


def run_in(lang: str, *args: str) -> Result:
    return run_cli("--lang", lang, *args, drop=("HPTRACKER_DB",))


def run_process(lang: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HPTRACKER_DB"}
    return subprocess.run([EXE, "--lang", lang, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_at_once(demo_db, tmp_path):
    """It hung for ever: opening a pipe for reading waits for a writer."""
    fifo = tmp_path / "status.xlsx"
    os.mkfifo(fifo)
    before = followups(demo_db)
    out = run_process("en", "--db", str(demo_db), "import", str(fifo), "--dry-run", timeout=60)
    assert out.returncode == 1
    assert out.stderr == ("hptracker: status.xlsx is not a regular file (it is a named pipe, a device or a socket); nothing was read.\n")
    assert followups(demo_db) == before


def test_hostile_cells_are_one_line_each_and_never_a_traceback(demo_db, tmp_path):
    path = workbook(
        tmp_path / "hostile.xlsx",
        [
            ["ID", "Title", "Partner", "Due"],
            [1, "huge id", "Wolong", "2025"],
            [None, "nan due", "Wolong", 7],
            [None, "surrogate", "Wolong", "2025"],
        ],
    )
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    for old, new in (
        (b'<c r="A4" t="n"><v>1</v></c>', f'<c r="A4" t="n"><v>{2**64}</v></c>'.encode()),
        (b'<c r="D5" t="n"><v>7</v></c>', b'<c r="D5" t="n"><v>NaN</v></c>'),
        (b"<t>surrogate</t>", b"<t>half _xD800_ of a pair</t>"),
    ):
        assert old in sheet, old
        sheet = sheet.replace(old, new)
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    before = followups(demo_db)
    out = run("--db", str(demo_db), "import", str(path))
    assert out.returncode == 1
    assert "Traceback" not in out.stdout + out.stderr
    problems = [line for line in out.stdout.splitlines() if line.startswith("  Kiến nghị, row")]
    assert [line.split(":")[0] for line in problems] == [
        "  Kiến nghị, row 4, column A (ID)",
        "  Kiến nghị, row 5, column D (Due)",
        "  Kiến nghị, row 6, column B (Title)",
    ]
    assert out.stderr == "hptracker: Nothing was imported: 3 problems in hostile.xlsx (listed above).\n"
    assert followups(demo_db) == before


def test_an_english_export_imports_with_the_window_in_vietnamese(demo_db, tmp_path):
    """Issue 13 item 10: 17 problems ("Our request to the partner" is not a known direction)."""
    exported = run_in("en", "--db", str(demo_db), "export", str(tmp_path / "status.xlsx"))
    assert exported.returncode == 0, exported.stderr
    out = run_in("vi", "--db", str(demo_db), "import", str(tmp_path / "status.xlsx"), "--dry-run")
    assert out.returncode == 0, out.stdout + out.stderr
    count = len(followups(demo_db))
    assert f"0 tạo mới, 0 cập nhật, {count} không đổi, 0 đối tác mới, 0 lỗi" in out.stdout, out.stdout
