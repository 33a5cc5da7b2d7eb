"""`hptracker export`: filters, languages, exit codes, one-line errors (run in this process,
tests/inprocess.py: what is checked is the file and the messages, not the process)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import openpyxl
import pytest
from inprocess import Result, run_cli
from python_calamine import CalamineWorkbook

from hptracker.core.export_xlsx import FIRST_DATA_ROW, HEADER_ROW
from hptracker.core.sheets import FOLLOWUPS, PARTNERS, SUMMARY
from hptracker.core.text import fold
from hptracker.core.tracker import FollowUpQuery, Tracker

EXE = str(Path(sys.executable).parent / "hptracker")


def run(*args: str) -> Result:
    return run_cli(*args)


def ids_in(path: Path) -> list[int]:
    ws = openpyxl.load_workbook(path)[FOLLOWUPS.en]
    return [row[1] for row in ws.iter_rows(min_row=FIRST_DATA_ROW, values_only=True)]


@pytest.mark.both_backends
def test_export_whole_database_in_vietnamese(demo_target, tmp_path):
    out = tmp_path / "out" / "trạng thái.xlsx"
    out.parent.mkdir()
    result = run("--db", demo_target, "export", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert str(out) in result.stdout
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == [SUMMARY.vi, FOLLOWUPS.vi]
    ws = wb[FOLLOWUPS.vi]
    assert [c.value for c in ws[HEADER_ROW]] == [c.vi for c in FOLLOWUPS.columns]
    assert ws.max_row == HEADER_ROW + 9
    # labels in Vietnamese, as SPEC §1 names them (chưa triển khai = not started)
    status_col = [c.key for c in FOLLOWUPS.columns].index("status") + 1
    statuses = {fold(ws.cell(r, status_col).value) for r in range(FIRST_DATA_ROW, ws.max_row + 1)}
    assert statuses == {"chua trien khai"}
    calamine = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(PARTNERS.vi).to_python()
    assert "上虞区" in {v for row in calamine for v in row}
    assert os.listdir(out.parent) == [out.name]  # no temporary file left next to it
    assert out.stat().st_mode & 0o077 == 0  # readable by the user only


@pytest.mark.both_backends
def test_partner_status_and_overdue_filters(demo_target, tmp_path):
    tracker = Tracker.open(demo_target)
    try:
        shangyu = tracker.resolve_partner("Shangyu").id
        wolong = tracker.resolve_partner("Wolong").id
        first = tracker.query_followups(FollowUpQuery(partner_ids=(shangyu,)))[0].id
        tracker.record_progress(first, status="in_progress", note="Đang làm")
        expected_status = [r.id for r in tracker.query_followups(FollowUpQuery(partner_ids=(shangyu,), statuses=("in_progress",)))]
        expected_overdue = [r.id for r in tracker.query_followups(FollowUpQuery(overdue_only=True))]
        expected_wolong = [r.id for r in tracker.query_followups(FollowUpQuery(partner_ids=(wolong,)))]
    finally:
        tracker.close()
    assert expected_status == [first]

    out = tmp_path / "a.xlsx"
    # a name in Chinese and a status by its English label
    result = run("--db", demo_target, "--lang", "en", "export", str(out), "--partner", "上虞区", "--status", "In progress")
    assert result.returncode == 0, result.stderr
    assert ids_in(out) == expected_status
    filters = openpyxl.load_workbook(out)[FOLLOWUPS.en]["A4"].value
    assert "Huyện Thượng Ngu" in filters

    result = run("--db", demo_target, "--lang", "en", "export", str(out), "--overdue")
    assert result.returncode == 0, result.stderr
    assert ids_in(out) == expected_overdue and expected_overdue

    result = run(
        "--db", demo_target, "--lang", "en", "export", str(out), "--partner", str(wolong), "--status", "not_started", "in_progress"
    )
    assert result.returncode == 0, result.stderr
    assert ids_in(out) == expected_wolong


def test_bad_input_exits_1_with_one_line_and_writes_nothing(demo_db_path, tmp_path):
    out = tmp_path / "x.xlsx"
    previous = b"previous contents"
    out.write_bytes(previous)
    cases = [(["--partner", "Không có đối tác này"], "Không có đối tác này"), (["--status", "finished-ish"], "finished-ish")]
    for extra, mentioned in cases:
        result = run("--db", str(demo_db_path), "--lang", "en", "export", str(out), *extra)
        assert result.returncode == 1, result.stderr
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("hptracker: ")
        assert mentioned in result.stderr and "Traceback" not in result.stderr
        assert out.read_bytes() == previous

    result = run("--db", str(demo_db_path), "export", str(tmp_path / "no-folder" / "x.xlsx"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no-folder" in result.stderr

    result = run("--db", str(demo_db_path), "--lang", "en", "export", str(demo_db_path))
    assert result.returncode == 1 and ".xlsx" in result.stderr
    assert demo_db_path.read_bytes()[:16] == b"SQLite format 3\x00"

    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x.xlsx")]  # no temporary file


def test_bad_usage_exits_2(demo_db_path):
    result = run("--db", str(demo_db_path), "export")
    assert result.returncode == 2
    result = run("--db", str(demo_db_path), "export", "x.xlsx", "--no-such-option")
    assert result.returncode == 2


@pytest.mark.both_backends
def test_changes_since_marks_what_changed(demo_target, tmp_path):
    """``--changes-since D`` (issue 18 item 5): the Changes column and the highlighted rows."""
    import datetime as dt

    from sqlalchemy import update

    from hptracker.core.models import AuditEntry, FollowUp, ProgressEntry
    from hptracker.core.sheets import CHANGES, followups_sheet
    from hptracker.core.stats import local_day_start_utc

    today = dt.date.today()
    tracker = Tracker.open(demo_target)
    try:
        long_ago = local_day_start_utc(today - dt.timedelta(days=40))
        with tracker.db.engine.begin() as conn:  # the demo typed in long ago
            conn.execute(update(FollowUp).values(created_at=long_ago))
            conn.execute(update(ProgressEntry).values(created_at=long_ago))
            conn.execute(update(AuditEntry).values(at=long_ago))
        rows = tracker.query_followups(FollowUpQuery())
        tracker.record_progress(rows[0].id, status="awaiting_partner", note="Chờ phía bạn trả lời", on=today - dt.timedelta(days=7))
        tracker.record_progress(rows[1].id, note="Ghi chú cũ", on=today - dt.timedelta(days=8))
        with tracker.db.engine.begin() as conn:  # typed in on the day it happened
            conn.execute(
                update(ProgressEntry)
                .where(ProgressEntry.followup_id == rows[1].id)
                .values(created_at=local_day_start_utc(today - dt.timedelta(days=8)))
            )
        changed, before = rows[0].id, rows[1].id
    finally:
        tracker.close()

    out = tmp_path / "tuần.xlsx"
    since = (today - dt.timedelta(days=7)).strftime("%d/%m/%Y")
    result = run("--db", demo_target, "--lang", "en", "export", str(out), "--changes-since", since)
    assert result.returncode == 0, result.stderr
    sheet = followups_sheet(True)
    ws = openpyxl.load_workbook(out)[FOLLOWUPS.en]
    changes = [c.key for c in sheet.columns].index("changes")
    assert ws.cell(HEADER_ROW, changes + 1).value == CHANGES.en
    marked = {row[1].value: (row[changes].value, row[2].fill.fgColor.rgb) for row in ws.iter_rows(min_row=FIRST_DATA_ROW)}
    assert marked[changed] == ("Status changed; progress added", "00FFF2CC")
    assert marked[before][0] is None and marked[before][1] != "00FFF2CC"  # the day before D
    assert [key for key, (words, _fill) in marked.items() if words] == [changed]
    assert f"changes since {since}" in ws["A2"].value


def test_changes_since_a_bad_or_future_day_exits_1_and_writes_nothing(demo_db_path, tmp_path):
    import datetime as dt

    out = tmp_path / "x.xlsx"
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).strftime("%d/%m/%Y")
    for value, mentioned in (("31/02/2026", "--changes-since"), (tomorrow, "future")):
        result = run("--db", str(demo_db_path), "--lang", "en", "export", str(out), "--changes-since", value)
        assert result.returncode == 1, result.stderr
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("hptracker: ")
        assert mentioned in result.stderr and "Traceback" not in result.stderr
        assert not out.exists()
