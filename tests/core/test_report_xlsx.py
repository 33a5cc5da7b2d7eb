"""The periodic report as a workbook (issue 18 item 3), reopened cell by cell.

The hand-counted quarter of tests/period_history.py: the title block states the period and the
cut-off date on every sheet, the summary and the table by unit carry the hand-counted figures, the
lists hold exactly the follow-ups behind each figure, the charts exist and point at those cells,
and user text never turns into a formula or loses a character unseen.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import openpyxl
import pytest
from openpyxl.utils import quote_sheetname
from period_history import BY_UNIT, TOTAL, F, T, enter
from python_calamine import CalamineWorkbook

from hptracker.core.errors import HPTrackerError
from hptracker.core.files import FileWriteError
from hptracker.core.report import build_report
from hptracker.core.report_xlsx import FIRST_DATA_ROW, HEADER_ROW, ReportCancelled, sheet_titles, write_report_xlsx

D = dt.date
FIGURE_ROWS = ["In scope", "Carried over", "New", "Done on time", "Done late", "Dropped", "Overdue", "Open within deadline"]
FIGURE_KEYS = ["total", "carried_over", "new", "done_on_time", "done_late", "dropped", "overdue", "open_within_deadline"]


@pytest.fixture
def quarter(tracker):
    return enter(tracker)


def _rows(ws, first: int = FIRST_DATA_ROW) -> list[tuple]:
    return [row for row in ws.iter_rows(min_row=first, values_only=True) if any(v is not None for v in row)]


@pytest.mark.both_backends
def test_workbook_holds_the_hand_counted_figures(quarter, tmp_path):
    tracker, ids, _units = quarter
    path = tmp_path / "report.xlsx"
    written = write_report_xlsx(build_report(tracker, F, T), path)
    titles = sheet_titles()
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(titles.values())

    for ws in book.worksheets:  # every sheet states the period and the cut-off date
        assert ws["A2"].value == "Reporting period: from 01/04/2025 to 30/06/2025"
        assert ws["A3"].value.startswith("Data cut-off date: 30/06/2025")
        assert ws.freeze_panes == f"A{FIRST_DATA_ROW}"
        assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
        assert (ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth) == ("landscape", 9, 1)

    summary = book[titles["summary"]]
    assert [summary.cell(HEADER_ROW, c).value for c in (1, 2)] == ["Figure", "Follow-ups"]
    figures = {row[0]: row[1] for row in _rows(summary) if row[0] in FIGURE_ROWS + ["On-time rate"]}
    assert figures == {**{label: TOTAL[key] for label, key in zip(FIGURE_ROWS, FIGURE_KEYS, strict=True)}, "On-time rate": 0.4}
    rate = next(c for c in summary["A"] if c.value == "On-time rate")
    assert summary.cell(rate.row, 2).number_format == "0.0%"

    units = book[titles["by_unit"]]
    header = [c.value for c in units[HEADER_ROW]]
    assert header == [
        "Unit",
        "In scope",
        "Carried over",
        "New",
        "Done on time",
        "Done late",
        "Dropped",
        "Overdue",
        "Open within deadline",
        "On-time rate",
    ]
    rows = _rows(units)
    keys = ["total", "carried_over", "new", "done_on_time", "done_late", "dropped", "overdue", "open_within_deadline", "on_time_rate"]
    expected = [
        ("Ban Quản lý Khu kinh tế Hải Phòng", BY_UNIT["A"]),
        ("Sở Ngoại vụ Hải Phòng", BY_UNIT["B"]),
        ("(no unit)", BY_UNIT[None]),
        ("Total", TOTAL),
    ]
    assert rows == [(name, *(figures[k] for k in keys)) for name, figures in expected]

    def listed(key: str) -> list[int]:
        return [row[1] for row in _rows(book[titles[key]])]

    # By unit (A, then B, then none), then by the day raised.
    assert listed("overdue") == [ids[1], ids[12], ids[8]]
    assert listed("done_late") == [ids[14], ids[3], ids[18]]
    assert listed("done_on_time") == [ids[2], ids[20], ids[6], ids[10]]
    assert listed("dropped") == [ids[16]]
    assert listed("open_within_deadline") == [ids[7], ids[15], ids[13], ids[19], ids[9]]
    assert listed("new") == [ids[20], ids[7], ids[18], ids[8], ids[13], ids[10], ids[19], ids[9]]
    assert listed("completed") == [ids[6], ids[2], ids[20], ids[3], ids[14], ids[10], ids[18]]  # in the order done
    assert written.rows[titles["overdue"]] == 3

    overdue = book[titles["overdue"]]
    header = [c.value for c in overdue[HEADER_ROW]]
    first = dict(zip(header, next(overdue.iter_rows(min_row=FIRST_DATA_ROW, max_row=FIRST_DATA_ROW, values_only=True)), strict=True))
    assert first == {
        "No.": 1,
        "ID": ids[1],
        "Follow-up": "Việc số 1",
        "Partner": "Huyện Thượng Ngu",
        "Unit": "Ban Quản lý Khu kinh tế Hải Phòng",
        "Officer": "Nguyễn Thị Hoa",
        "Category": "Twinning",
        "Raised on": dt.datetime(2025, 1, 10),
        "Due": "31/03/2025",
        "Status at the cut-off date": "In progress",
        "Done or dropped on": None,
        "Carried over or new": "Carried over",
        "Days overdue": 91,
    }
    raised = overdue.cell(FIRST_DATA_ROW, header.index("Raised on") + 1)
    assert raised.is_date and raised.number_format == "dd/mm/yyyy"
    # Completed after the cut-off, so open (and overdue) at it: no completion date in this report.
    twelve = next(r for r in _rows(overdue) if r[1] == ids[12])
    assert (twelve[header.index("Status at the cut-off date")], twelve[header.index("Done or dropped on")]) == ("In progress", None)
    late = _rows(book[titles["done_late"]])
    assert [r[header.index("Done or dropped on")] for r in late] == [
        dt.datetime(2025, 5, 25),
        dt.datetime(2025, 5, 10),
        dt.datetime(2025, 6, 30),
    ]

    changes = book[titles["status_changes"]]
    assert [c.value for c in changes[HEADER_ROW]] == ["No.", "Date", "ID", "Follow-up", "From", "To", "Note", "Officer"]
    rows = _rows(changes)
    assert len(rows) == 12
    assert rows[0][1:6] == (dt.datetime(2025, 4, 1), ids[6], "Việc số 6", "Not started", "Done")
    assert rows[2][1:6] == (dt.datetime(2025, 4, 10), ids[14], "Việc số 14", "Done", "In progress")


def test_the_charts_are_native_and_point_at_the_figures(quarter, tmp_path):
    tracker, _ids, _units = quarter
    path = tmp_path / "report.xlsx"
    write_report_xlsx(build_report(tracker, F, T), path)
    titles = sheet_titles()
    book = openpyxl.load_workbook(path)
    assert len(book[titles["summary"]]._charts) == 1
    assert len(book[titles["by_unit"]]._charts) == 2
    with zipfile.ZipFile(path) as archive:
        charts = sorted(n for n in archive.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n))
        xml = {name: archive.read(name).decode() for name in charts}
    assert len(charts) == 3
    assert all("<c:barChart>" in text or "<barChart>" in text or "barChart" in text for text in xml.values())
    refs = sorted(ref for text in xml.values() for ref in re.findall(r"<(?:c:)?f>([^<]+)</(?:c:)?f>", text))
    summary, units = quote_sheetname(titles["summary"]), quote_sheetname(titles["by_unit"])
    # The outcomes of the summary (done on time … open within deadline: rows 10-14) and the units' rows.
    assert f"{summary}!$B$10:$B$14" in refs and f"{summary}!$A$10:$A$14" in refs
    assert f"{units}!$A$7:$A$9" in refs and f"{units}!$J$7:$J$9" in refs
    # One series per outcome, each named by its header cell.
    assert {f"{units}!${col}$7:${col}$9" for col in "EFGHI"} | {f"{units}!{col}6" for col in "EFGHI"} <= set(refs)


def test_user_text_stays_text_and_nothing_is_lost_unseen(tracker, partner, tmp_path):
    hostile = tracker.create_followup(
        partner_id=partner.id,
        title='=HYPERLINK("http://x","bấm") _x0041_ \x07 chuông',
        direction="ours",
        raised_on="02/01/2025",
        officer="@Hoa",
    )
    long_note = "Biên bản dài. " * 2000
    tracker.record_progress(hostile.id, status="in_progress", note=long_note, date="03/01/2025")
    path = tmp_path / "report.xlsx"
    written = write_report_xlsx(build_report(tracker, D(2025, 1, 1), D(2025, 3, 31)), path)
    # The bell, in the three cells of its title (within the deadline, new, status changes).
    assert written.replaced_characters == 3 and written.cut_texts == 1
    assert "replaced with" in written.message() and "shortened" in written.message()
    titles = sheet_titles()
    book = openpyxl.load_workbook(path)
    cell = book[titles["open_within_deadline"]].cell(FIRST_DATA_ROW, 3)
    assert cell.data_type == "s" and cell.quotePrefix
    officer = book[titles["open_within_deadline"]].cell(FIRST_DATA_ROW, 6)
    assert (officer.value, officer.data_type) == ("@Hoa", "s")
    # What Excel and LibreOffice show (calamine decodes the _xHHHH_ escapes as they do).
    calamine = CalamineWorkbook.from_path(str(path))
    shown = calamine.get_sheet_by_name(titles["open_within_deadline"]).to_python()[FIRST_DATA_ROW - 1][2]
    assert shown == '=HYPERLINK("http://x","bấm") _x0041_ \ufffd chuông'
    note = calamine.get_sheet_by_name(titles["status_changes"]).to_python()[FIRST_DATA_ROW - 1][6]
    assert note.startswith(long_note[:15000]) and note.endswith("[shortened: the whole text is in the follow-up's history in hptracker]")
    assert len(note) < 32767


def test_long_titles_get_taller_rows(tracker, partner, tmp_path):
    tracker.create_followup(partner_id=partner.id, title="Nghiên cứu mở đường bay thẳng " * 8, direction="ours", raised_on="02/01/2025")
    path = tmp_path / "report.xlsx"
    write_report_xlsx(build_report(tracker, D(2025, 1, 1), D(2025, 3, 31)), path)
    ws = openpyxl.load_workbook(path)[sheet_titles()["open_within_deadline"]]
    assert ws.row_dimensions[FIRST_DATA_ROW].height >= 90
    assert ws.row_dimensions[HEADER_ROW].height == 45


def test_a_failed_or_cancelled_report_keeps_the_previous_file(quarter, tmp_path):
    tracker, _ids, _units = quarter
    report = build_report(tracker, F, T)
    folder = tmp_path / "reports"
    folder.mkdir()
    path = folder / "report.xlsx"
    path.write_bytes(b"the previous report")
    calls = []

    def cancel(done, total):
        calls.append((done, total))
        return False

    with pytest.raises(ReportCancelled):
        write_report_xlsx(report, path, progress=cancel)
    assert calls and path.read_bytes() == b"the previous report"
    assert sorted(p.name for p in folder.iterdir()) == ["report.xlsx"]
    with pytest.raises(FileWriteError):
        write_report_xlsx(report, tmp_path / "no-such-folder" / "report.xlsx")
    assert isinstance(ReportCancelled(), HPTrackerError)
