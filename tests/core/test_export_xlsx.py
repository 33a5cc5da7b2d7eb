"""The status spreadsheet (SPEC §3), reopened with openpyxl and python-calamine and checked cell by cell."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.writer.excel
import pytest
from python_calamine import CalamineWorkbook

from hptracker.core import export_xlsx, i18n
from hptracker.core.enums import FollowUpDirection, FollowUpStatus, Timeliness
from hptracker.core.export_xlsx import (
    DATE_FORMAT,
    FIRST_DATA_ROW,
    HEADER_ROW,
    ExportCancelled,
    content,
    default_file_name,
    export_workbook,
    split_text,
)
from hptracker.core.files import FileWriteError
from hptracker.core.labels import label
from hptracker.core.sheets import AGREEMENTS, CELL_TEXT_LIMIT, FOLLOWUPS, LONG_TEXTS, MEETINGS, PARTNERS, SUMMARY, unescape_xstring
from hptracker.core.text import format_date, format_due
from hptracker.core.tracker import FollowUpQuery

pytestmark = pytest.mark.both_backends

OFFICER = "Nguyễn Thị Hoa"  # the officer of the shared fixtures (tests/conftest.py)

TODAY = dt.date.today()

# Text an officer (or a pasted e-mail) might start with, that spreadsheet programs treat specially.
HOSTILE = [
    "=1+2",
    '=HYPERLINK("http://example.com","click")',
    "=cmd|' /C calc'!A0",
    "+84 225 3842 000",
    "-5 ngày",
    "@SUM(A1:A2)",
    "\tthụt lề bằng tab",
    "\rdòng mới CR",
    "\ndòng mới LF",
    "a\r\nb\rc\nd",
    "_x0041_ không phải A",
    "đã có _x005F_ sẵn",
    " khoảng trắng ở hai đầu ",
    "上虞区 =SUM(1)",
]

COLUMNS = [c.key for c in FOLLOWUPS.columns]


@pytest.fixture(autouse=True)
def _english_sources(monkeypatch):
    """Labels and title-block words as their English sources, whatever another test installed."""
    monkeypatch.setattr(i18n, "_translator", None)


def col(key: str, sheet=FOLLOWUPS) -> int:
    """1-based column number of a column key."""
    return [c.key for c in sheet.columns].index(key) + 1


def data_rows(ws) -> list[tuple]:
    return [tuple(c.value for c in row) for row in ws.iter_rows(min_row=FIRST_DATA_ROW)]


def text(value):
    return unescape_xstring(value) if isinstance(value, str) else value


@pytest.fixture
def busy_tracker(demo_tracker):
    """The demo plus progress, due dates and a done item, so every column has something to show."""
    rows = demo_tracker.query_followups(FollowUpQuery())
    first, second, third = rows[0].id, rows[1].id, rows[2].id
    demo_tracker.record_progress(first, status="in_progress", note="Đã gửi công văn số 123/BQL đề nghị phía bạn phản hồi.")
    demo_tracker.update_followup(second, due="Q3/2024", officer="Trần Văn Minh")
    demo_tracker.record_progress(third, status="done", note="Hoàn thành — 上虞区 đã trả lời.")
    return demo_tracker


def test_every_sheet_is_laid_out_for_reading_and_printing(busy_tracker, tmp_path):
    path = tmp_path / "status.xlsx"
    report = export_workbook(busy_tracker, path, FollowUpQuery(), lang="vi", officer=OFFICER)
    wb = openpyxl.load_workbook(path)
    specs = [SUMMARY, FOLLOWUPS, AGREEMENTS, MEETINGS, PARTNERS]
    assert wb.sheetnames == [s.vi for s in specs]
    assert report.rows == {"summary": 3, "followups": 9, "agreements": 2, "meetings": 2, "partners": 7, "long_texts": 0}
    for spec in specs:
        ws = wb[spec.vi]
        last_col = openpyxl.utils.get_column_letter(len(spec.columns))
        assert ws["A1"].value == f"Follow-up status report — {spec.vi}"
        assert ws["A1"].font.b
        assert ws["A2"].value == f"As of {format_date(TODAY)}"
        assert ws["A3"].value == f"Officer: {OFFICER}"
        assert ws["A4"].value == "Filters: none (all records)"
        assert [c.value for c in ws[HEADER_ROW]] == [c.vi for c in spec.columns]
        assert all(c.font.b for c in ws[HEADER_ROW])
        assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
        last_row = HEADER_ROW + report.rows[spec.key]
        assert ws.auto_filter.ref == f"A{HEADER_ROW}:{last_col}{last_row}"
        assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        # The grid on paper is the data cells' borders, empty cells of the printed columns
        # included; no print gridlines, which would rule lines through the title block.
        assert not ws.print_options.gridLines
        printed = spec.print_columns or len(spec.columns)
        if spec.print_columns is not None:
            letter = openpyxl.utils.get_column_letter(printed)
            assert ws.print_area == f"'{spec.vi}'!$A$1:${letter}${ws.max_row}"
        for row in range(1, HEADER_ROW):
            assert all(cell.border.left.style is None and cell.border.bottom.style is None for cell in ws[row])
        for row in range(FIRST_DATA_ROW, ws.max_row + 1):
            for column in range(1, printed + 1):
                border = ws.cell(row, column).border
                sides = (border.left.style, border.right.style, border.top.style, border.bottom.style)
                assert sides == ("thin",) * 4, (spec.key, row, column)
        for index, column in enumerate(spec.columns, 1):
            assert ws.column_dimensions[openpyxl.utils.get_column_letter(index)].width == column.width
        # STT counts 1..n as numbers
        stt = [ws.cell(row, 1).value for row in range(FIRST_DATA_ROW, last_row + 1)]
        assert stt == list(range(1, report.rows[spec.key] + 1))


def test_followups_sheet_matches_the_view_cell_by_cell(busy_tracker, tmp_path):
    path = tmp_path / "status.xlsx"
    query = FollowUpQuery()
    export_workbook(busy_tracker, path, query, lang="vi")
    expected = busy_tracker.query_followups(dataclasses.replace(query, today=TODAY))
    ws = openpyxl.load_workbook(path)[FOLLOWUPS.vi]
    assert ws.max_row == HEADER_ROW + len(expected)
    seen_colours = set()
    for number, row in enumerate(expected, 1):
        r = FIRST_DATA_ROW + number - 1

        def cell(key, r=r):
            return ws.cell(r, col(key))

        assert cell("stt").value == number and cell("stt").data_type == "n"
        assert cell("id").value == row.id and cell("id").data_type == "n"
        assert cell("title").value == row.title and cell("title").data_type == "s"
        assert cell("title").alignment.wrap_text
        assert cell("partner").value == row.partner_name
        assert cell("direction").value == label(FollowUpDirection, row.direction)
        assert cell("category").value == row.category
        assert cell("raised_at").value == f"{format_date(row.meeting_date)} — {row.meeting_title}"
        assert cell("agreement").value == row.agreement_title
        assert cell("unit").value == row.unit_name
        assert cell("officer").value == row.officer
        assert cell("due").value == (format_due(row.due_date, row.due_precision, "vi") or None)
        assert cell("status").value == label(FollowUpStatus, row.status)
        assert cell("timeliness").value == label(Timeliness, row.timeliness)
        assert cell("days_overdue").value == row.days_overdue
        if row.days_overdue is not None:
            assert cell("days_overdue").data_type == "n" and cell("days_overdue").number_format == "0"
        last = cell("last_update")
        if row.last_update is None:
            assert last.value is None
        else:
            assert last.is_date and last.value.date() == row.last_update and last.number_format == DATE_FORMAT
        assert cell("latest_note").value == row.latest_note
        status_fill = cell("status").fill.fgColor.rgb
        timeliness_fill = cell("timeliness").fill.fgColor.rgb
        seen_colours.add((row.status, status_fill))
        if row.timeliness == Timeliness.OVERDUE:
            assert timeliness_fill == "00FFC7CE"
    assert ("done", "00C6EFCE") in seen_colours and ("in_progress", "00DDEBF7") in seen_colours
    # Wrapped rows carry a height (LibreOffice would overlap their lines otherwise): the longest
    # title here needs three lines of its 40-character column.
    heights = {r: ws.row_dimensions[r].height for r in range(FIRST_DATA_ROW, ws.max_row + 1)}
    longest = max(range(FIRST_DATA_ROW, ws.max_row + 1), key=lambda r: len(ws.cell(r, col("title")).value))
    assert len(ws.cell(longest, col("title")).value) > 2 * FOLLOWUPS.column("title").width
    assert heights[longest] >= 45 and ws.row_dimensions[longest].customHeight
    assert all(h is None or h % 15 == 0 for h in heights.values())
    # the data set really covers dates, numbers, notes and an overdue item
    assert any(r.last_update for r in expected) and any(r.days_overdue for r in expected)
    assert any(r.due_precision == "quarter" for r in expected)
    assert any(c.value == "Quý 3/2024" for c in ws[openpyxl.utils.get_column_letter(col("due"))])


def test_summary_counts_by_status_and_timeliness_per_partner(busy_tracker, tmp_path):
    path = tmp_path / "status.xlsx"
    export_workbook(busy_tracker, path, lang="en")
    rows = busy_tracker.query_followups(FollowUpQuery(today=TODAY))
    ws = openpyxl.load_workbook(path)[SUMMARY.en]
    keys = [c.key for c in SUMMARY.columns]
    table = data_rows(ws)
    assert len(table) == len({r.partner_id for r in rows}) + 1  # plus the total row
    for values in table[:-1]:
        found = dict(zip(keys, values, strict=True))
        mine = [r for r in rows if r.partner_id == found["partner_id"]]
        assert found["total"] == len(mine)
        for status in FollowUpStatus:
            assert found[f"status:{status.value}"] == sum(r.status == status for r in mine)
        for value in Timeliness:
            assert found[f"timeliness:{value.value}"] == sum(r.timeliness == value for r in mine)
    total = dict(zip(keys, table[-1], strict=True))
    assert total["partner"] == "Total" and total["total"] == len(rows)
    assert total["status:done"] == 1 and total["status:in_progress"] == 1
    # the total row is outside the autofilter so sorting never moves it
    assert ws.auto_filter.ref.endswith(str(ws.max_row - 1))


def test_second_reader_sees_the_same_workbook(busy_tracker, tmp_path):
    path = tmp_path / "status.xlsx"
    export_workbook(busy_tracker, path, lang="vi")
    wb = openpyxl.load_workbook(path)
    calamine = CalamineWorkbook.from_path(str(path))
    assert calamine.sheet_names == wb.sheetnames
    for title in wb.sheetnames:
        theirs = calamine.get_sheet_by_name(title).to_python(skip_empty_area=False)
        ours = list(wb[title].iter_rows(values_only=True))
        assert len(theirs) == len(ours)
        for row_a, row_b in zip(ours, theirs, strict=True):
            for a, b in zip(row_a, row_b, strict=False):
                if a is None:
                    assert b == ""
                elif isinstance(a, dt.datetime):
                    assert b in (a, a.date())
                elif isinstance(a, int):
                    assert b == a
                else:
                    assert b == a


def test_vietnamese_and_chinese_text_intact(demo_tracker, tmp_path):
    path = tmp_path / "status.xlsx"
    export_workbook(demo_tracker, path, lang="vi")
    partners = {p.id: p for p in demo_tracker.list_partners()}
    ws = openpyxl.load_workbook(path)[PARTNERS.vi]
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(PARTNERS.vi).to_python()
    for values in data_rows(ws):
        p = partners[values[col("id", PARTNERS) - 1]]
        assert values[col("name", PARTNERS) - 1] == p.name
        assert values[col("name_native", PARTNERS) - 1] == p.name_native
        assert values[col("aliases", PARTNERS) - 1] == "; ".join(p.aliases)
    flat = {v for row in calamine for v in row}
    assert {"Huyện Thượng Ngu", "上虞区", "卧龙集团", "广西壮族自治区", "Thành phố Nam Ninh"} <= flat
    assert "Thuong Ngu; Thượng Ngu; Shangyu; Shàngyú" in flat


def test_filtered_view_exports_exactly_its_rows(busy_tracker, tmp_path):
    shangyu = busy_tracker.resolve_partner("Shangyu")
    query = FollowUpQuery(partner_ids=(shangyu.id,), statuses=("not_started", "in_progress"), sort="title")
    path = tmp_path / "filtered.xlsx"
    report = export_workbook(busy_tracker, path, query, lang="vi")
    expected = busy_tracker.query_followups(dataclasses.replace(query, today=TODAY))
    assert 0 < len(expected) < len(busy_tracker.query_followups(FollowUpQuery()))
    wb = openpyxl.load_workbook(path)
    ws = wb[FOLLOWUPS.vi]
    assert [r[col("id") - 1] for r in data_rows(ws)] == [r.id for r in expected]
    assert report.rows["followups"] == len(expected)
    filters = ws["A4"].value
    assert filters == "Filters: partner: Huyện Thượng Ngu; status: Not started, In progress"
    # the other sheets hold the records of the partners selected (issue 18 item 6), and say so
    agreements = wb[AGREEMENTS.vi]
    assert agreements["A4"].value == (
        "Filters: partner: Huyện Thượng Ngu; status: Not started, In progress "
        "(this sheet: the records of the partners of the follow-ups selected)"
    )
    assert {r[col("id", AGREEMENTS) - 1] for r in data_rows(agreements)} == {
        a.id for a in busy_tracker.list_agreements(partner_id=shangyu.id)
    }
    assert {r[col("id", MEETINGS) - 1] for r in data_rows(wb[MEETINGS.vi])} == {
        m.id for m in busy_tracker.list_meetings(partner_id=shangyu.id)
    }
    assert [r[col("id", PARTNERS) - 1] for r in data_rows(wb[PARTNERS.vi])] == [shangyu.id]
    summary = data_rows(wb[SUMMARY.vi])
    assert [r[1] for r in summary[:-1]] == [shangyu.id]
    assert summary[-1][col("total", SUMMARY) - 1] == len(expected)


def test_overdue_filter_and_search_in_words(busy_tracker, tmp_path):
    query = FollowUpQuery(overdue_only=True, text="wolong")
    path = tmp_path / "overdue.xlsx"
    export_workbook(busy_tracker, path, query, lang="vi")
    expected = busy_tracker.query_followups(dataclasses.replace(query, today=TODAY))
    assert len(expected) == 1
    ws = openpyxl.load_workbook(path)[FOLLOWUPS.vi]
    assert [r[col("id") - 1] for r in data_rows(ws)] == [expected[0].id]
    assert ws["A4"].value == "Filters: overdue only; search: “wolong”"


def test_english_workbook(busy_tracker, tmp_path):
    path = tmp_path / "en.xlsx"
    export_workbook(busy_tracker, path, lang="en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [SUMMARY.en, FOLLOWUPS.en, AGREEMENTS.en, MEETINGS.en, PARTNERS.en]
    ws = wb[FOLLOWUPS.en]
    assert [c.value for c in ws[HEADER_ROW]] == [c.en for c in FOLLOWUPS.columns]
    values = data_rows(ws)
    assert "Q3/2024" in [v[col("due") - 1] for v in values]
    assert "Shangyu District" in [v[col("partner") - 1] for v in values]


def _hostile_rows(tracker, strings):
    """Real rows from the database, with user text replaced by what clean() would never let through."""
    base = tracker.query_followups(FollowUpQuery())[0]
    rows = []
    for number, value in enumerate(strings):
        rows.append(
            dataclasses.replace(
                base,
                id=10_000 + number,
                title=value,
                latest_note=value,
                officer=value,
                partner_name=value,
                agreement_title=value,
                unit_name=value,
                meeting_title=value,
            )
        )
    return rows


def test_hostile_text_is_never_a_formula_and_reads_back_exactly(demo_tracker, tmp_path, monkeypatch):
    # One through the real database path as well: clean() keeps a leading "=".
    partner = demo_tracker.resolve_partner("Wolong")
    demo_tracker.create_followup(title='=IMPORTXML("http://x")', direction="ours", partner_id=partner.id, officer="@admin")
    rows = _hostile_rows(demo_tracker, HOSTILE)
    real = demo_tracker.iter_followups
    monkeypatch.setattr(demo_tracker, "iter_followups", lambda query, batch=2000: [*real(query), *rows])
    path = tmp_path / "hostile.xlsx"
    report = export_workbook(demo_tracker, path, lang="vi")
    assert report.replaced_characters == 0

    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 5
        for name in sheets:
            xml = archive.read(name)
            assert b"<f>" not in xml and b"<f " not in xml and b"<f/>" not in xml

    ws = openpyxl.load_workbook(path)[FOLLOWUPS.vi]
    by_id = {r[col("id") - 1]: r for r in data_rows(ws)}
    calamine = {r[col("id") - 1]: r for r in CalamineWorkbook.from_path(str(path)).get_sheet_by_name(FOLLOWUPS.vi).to_python()[HEADER_ROW:]}
    for row in rows:
        mine, theirs = by_id[row.id], calamine[row.id]
        for key in ("title", "latest_note", "officer", "partner", "agreement", "unit"):
            assert text(mine[col(key) - 1]) == row.title, key
            assert theirs[col(key) - 1] == row.title, key
        assert theirs[col("raised_at") - 1] == f"{format_date(row.meeting_date)} — {row.title}"
    formula_like = [r for r in data_rows(ws) if str(r[col("title") - 1])[:1] in "=+-@"]
    assert len(formula_like) == 7
    for values in formula_like:
        cell = ws.cell(FIRST_DATA_ROW + values[0] - 1, col("title"))
        assert cell.data_type == "s" and cell.quotePrefix  # Excel keeps it text even when edited
    imported = next(r for r in data_rows(ws) if r[col("title") - 1] == '=IMPORTXML("http://x")')
    assert imported[col("officer") - 1] == "@admin"


def test_characters_xml_cannot_hold_are_replaced_and_counted(demo_tracker, tmp_path, monkeypatch):
    bad = ["nul\x00x", "bell\x07 và \x1b esc", "\x0bvt\x0cff", "non\ufffechar\uffff", "lone \ud800 and \udfff", "ok\ttab\nline"]
    # A control character that reached the database (pasted from a PDF) takes the real path.
    partner = demo_tracker.resolve_partner("Wolong")
    demo_tracker.create_followup(title="Báo cáo\x01\x02 quý", direction="ours", partner_id=partner.id)
    rows = _hostile_rows(demo_tracker, bad)
    real = demo_tracker.iter_followups
    monkeypatch.setattr(demo_tracker, "iter_followups", lambda query, batch=2000: [*real(query), *rows])
    path = tmp_path / "bad.xlsx"
    report = export_workbook(demo_tracker, path, lang="vi")
    per_row = [1, 2, 2, 2, 2, 0]
    fields = 7  # title, note, officer, partner, agreement, unit, raised at
    assert report.replaced_characters == fields * sum(per_row) + 2
    assert "replaced" in report.message()
    ws = openpyxl.load_workbook(path)[FOLLOWUPS.vi]
    titles = [text(r[col("title") - 1]) for r in data_rows(ws)]
    assert "Báo cáo\ufffd\ufffd quý" in titles
    expected = [
        "nul\ufffdx",
        "bell\ufffd và \ufffd esc",
        "\ufffdvt\ufffdff",
        "non\ufffdchar\ufffd",
        "lone \ufffd and \ufffd",
        "ok\ttab\nline",
    ]
    assert titles[-len(expected) :] == expected
    theirs = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(FOLLOWUPS.vi).to_python()
    assert [r[col("title") - 1] for r in theirs[-len(expected) :]] == expected


def test_text_longer_than_a_cell_is_kept_whole(demo_tracker, tmp_path):
    first = demo_tracker.query_followups(FollowUpQuery())[0]
    # Vietnamese, Chinese, a character outside the BMP (two UTF-16 units for Excel), CRs to escape.
    long_note = ("Biên bản làm việc với 上虞区 🚀 \r\n" * 2000) + "KẾT THÚC"
    assert len(long_note) > CELL_TEXT_LIMIT
    demo_tracker.record_progress(first.id, note=long_note)
    path = tmp_path / "long.xlsx"
    report = export_workbook(demo_tracker, path, lang="vi")
    stored = demo_tracker.followup_row(first.id).latest_note
    assert report.long_texts == 1
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[-1] == LONG_TEXTS.vi
    ws = wb[FOLLOWUPS.vi]
    row = next(r for r in range(FIRST_DATA_ROW, ws.max_row + 1) if ws.cell(r, col("id")).value == first.id)
    ref = f"{openpyxl.utils.get_column_letter(col('latest_note'))}{row}"
    assert report.long_text_cells == [f"{FOLLOWUPS.vi}!{ref}"]
    shown = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(FOLLOWUPS.vi).to_python()[row - 1][col("latest_note") - 1]
    assert len(shown.encode("utf-16-le")) // 2 <= CELL_TEXT_LIMIT
    head, _, note = shown.partition(" … [")
    assert stored.startswith(head) and len(head) > 20000  # each CR counts 7 (_x000D_) against the limit
    assert f"“{LONG_TEXTS.vi}”, from row {FIRST_DATA_ROW}]" in note
    parts_ws = wb[LONG_TEXTS.vi]
    parts = data_rows(parts_ws)
    assert len(parts) == report.rows["long_texts"] >= 2
    assert all(p[1] == FOLLOWUPS.vi and p[2] == ref and p[3] == first.id for p in parts)
    assert [p[4] for p in parts] == list(range(1, len(parts) + 1)) and {p[5] for p in parts} == {len(parts)}
    assert "".join(text(p[6]) for p in parts) == stored
    theirs = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(LONG_TEXTS.vi).to_python()[HEADER_ROW:]
    assert "".join(r[6] for r in theirs) == stored
    assert "Long texts" in report.message() or LONG_TEXTS.vi in report.message()


def test_split_text_counts_like_excel():
    emoji = "🚀" * 20000  # 40,000 UTF-16 units in 20,000 code points
    parts = split_text(emoji)
    assert "".join(parts) == emoji
    assert all(len(p.encode("utf-16-le")) // 2 <= CELL_TEXT_LIMIT for p in parts) and len(parts) == 2
    crs = "\r" * 10000  # each CR is stored as _x000D_ (7 characters) and must still fit
    parts = split_text(crs)
    assert "".join(parts) == crs and all(len(p) * 7 <= CELL_TEXT_LIMIT for p in parts)
    assert split_text("") == [] and split_text("ngắn") == ["ngắn"]


def _write_first(tracker, path):
    export_workbook(tracker, path, lang="vi")
    return path.read_bytes()


@pytest.fixture
def out(tmp_path):
    """An empty folder for the workbooks (tmp_path also holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def private_tempdir(tmp_path, monkeypatch):
    """openpyxl's own temporary sheet files land here, so a test can see that none is left."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_failure_mid_write_leaves_previous_file_and_no_temporary_files(demo_tracker, out, monkeypatch, private_tempdir):
    path = out / "status.xlsx"
    before = _write_first(demo_tracker, path)
    real = demo_tracker.iter_followups

    def broken(query, batch=2000):
        for number, row in enumerate(real(query)):
            if number == 3:
                raise RuntimeError("disk pulled out")
            yield row

    monkeypatch.setattr(demo_tracker, "iter_followups", broken)
    with pytest.raises(RuntimeError):
        export_workbook(demo_tracker, path, lang="vi")
    assert path.read_bytes() == before
    assert os.listdir(out) == ["status.xlsx"]
    assert os.listdir(private_tempdir) == []
    openpyxl.load_workbook(path)  # still a good workbook


def test_cancel_leaves_no_file(demo_tracker, out, private_tempdir):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 2

    path = out / "status.xlsx"
    with pytest.raises(ExportCancelled) as info:
        export_workbook(demo_tracker, path, lang="vi", progress=progress)
    assert "cancelled" in info.value.message
    assert calls[0] == (0, 9 + 2 + 2 + 7)
    assert os.listdir(out) == [] and os.listdir(private_tempdir) == []


def test_cancel_at_the_last_moment_keeps_previous_file(demo_tracker, out):
    path = out / "status.xlsx"
    before = _write_first(demo_tracker, path)
    with pytest.raises(ExportCancelled):
        export_workbook(demo_tracker, path, lang="vi", progress=lambda done, total: done < total)
    assert path.read_bytes() == before and os.listdir(out) == ["status.xlsx"]


def test_progress_reaches_the_total(demo_tracker, tmp_path):
    calls = []
    export_workbook(demo_tracker, tmp_path / "x.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] == 20
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_unwritable_target_gives_one_clear_message(demo_tracker, out, monkeypatch):
    with pytest.raises(FileWriteError) as missing:
        export_workbook(demo_tracker, out / "no-such-folder" / "x.xlsx")
    assert "folder does not exist" in missing.value.message and "\n" not in missing.value.message
    folder = out / "a-folder.xlsx"
    folder.mkdir()
    with pytest.raises(FileWriteError) as directory:
        export_workbook(demo_tracker, folder)
    assert str(folder) in directory.value.message and "\n" not in directory.value.message
    assert folder.is_dir() and os.listdir(out) == ["a-folder.xlsx"]

    def disk_full(self):
        raise OSError(28, "No space left on device")

    # The export saves through openpyxl's ExcelWriter on a zip it closes itself (a full disk must
    # not leave a ZipFile that complains from its finaliser; see test_full_disk.py).
    monkeypatch.setattr(openpyxl.writer.excel.ExcelWriter, "save", disk_full)
    with pytest.raises(FileWriteError) as full:
        export_workbook(demo_tracker, out / "full.xlsx")
    assert "No space left on device" in full.value.message
    assert os.listdir(out) == ["a-folder.xlsx"]


def test_default_file_name():
    assert default_file_name(dt.date(2026, 11, 22)) == "hptracker-status-2026-11-22.xlsx"


def test_core_export_module_has_no_qt():
    package = Path(export_xlsx.__file__).parent
    assert len(list(package.glob("*.py"))) > 1  # every module of the package
    for module in package.glob("*.py"):
        source = module.read_text(encoding="utf-8")
        assert "PySide6" not in source and "Qt" not in source.replace("Qt-free", ""), module.name


def test_record_sheets_read_page_by_page_keep_every_row_once(demo_tracker, tmp_path, monkeypatch):
    monkeypatch.setattr(content, "PAGE_SIZE", 2)  # 7 partners: four pages; 2 meetings: a full page, then none
    calls = []
    real = demo_tracker.list_partners

    def counted(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(demo_tracker, "list_partners", counted)
    path = tmp_path / "paged.xlsx"
    report = export_workbook(demo_tracker, path, lang="en")
    wb = openpyxl.load_workbook(path)
    assert [r[1] for r in data_rows(wb[PARTNERS.en])] == [p.id for p in real()]
    assert [r[1] for r in data_rows(wb[MEETINGS.en])] == [m.id for m in demo_tracker.list_meetings()]
    assert [r[1] for r in data_rows(wb[AGREEMENTS.en])] == [a.id for a in demo_tracker.list_agreements()]
    assert report.rows["partners"] == 7 and len([c for c in calls if c.get("limit") == 2]) == 4
