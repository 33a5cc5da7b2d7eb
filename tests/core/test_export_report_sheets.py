"""The status spreadsheet for the weekly report (issue 18 items 5 and 6), reopened cell by cell:
what changed since the last report (a column and the row highlighted), the follow-ups sheet set up
for A4 paper, the details and fields of cooperation, and the record sheets of a filtered export
holding only the filtered partners' records."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from sqlalchemy import update

from hptracker.core import i18n
from hptracker.core.errors import ValidationError
from hptracker.core.export_xlsx import FIRST_DATA_ROW, HEADER_ROW, export_workbook
from hptracker.core.export_xlsx import exporting as exporting_module
from hptracker.core.models import AuditEntry, FollowUp, ProgressEntry
from hptracker.core.sheets import AGREEMENTS, CHANGES, FOLLOWUPS, MEETINGS, PARTNERS, followups_sheet
from hptracker.core.stats import local_day_start_utc
from hptracker.core.tracker import FollowUpQuery

pytestmark = pytest.mark.both_backends

TODAY = dt.date.today()
SINCE = TODAY - dt.timedelta(days=7)
CHANGED_FILL = "00FFF2CC"


@pytest.fixture(autouse=True)
def _english_sources(monkeypatch):
    monkeypatch.setattr(i18n, "_translator", None)


def col(key: str, sheet=FOLLOWUPS) -> int:
    return [c.key for c in sheet.columns].index(key) + 1


def by_id(ws, sheet=FOLLOWUPS) -> dict[int, tuple]:
    id_col = col("id", sheet) - 1
    return {row[id_col].value: row for row in ws.iter_rows(min_row=FIRST_DATA_ROW) if row[id_col].value is not None}


def entered_long_ago(tracker) -> None:
    """Everything in the database typed in a month ago: only what a test does next is a change."""
    moment = local_day_start_utc(TODAY - dt.timedelta(days=30))
    with tracker.db.engine.begin() as conn:
        conn.execute(update(FollowUp).values(created_at=moment))
        conn.execute(update(ProgressEntry).values(created_at=moment))
        conn.execute(update(AuditEntry).values(at=moment))


@pytest.fixture
def week(demo_tracker):
    """The demo, a month old, then a week's work: a new request, progress, a due date moved."""
    tracker = demo_tracker
    entered_long_ago(tracker)
    rows = tracker.query_followups(FollowUpQuery())
    progressed, moved, untouched = rows[0].id, rows[1].id, rows[2].id
    tracker.record_progress(progressed, status="in_progress", note="Đã gửi công văn")
    tracker.update_followup(moved, due="Q4/2030")
    new = tracker.create_followup(
        partner_id=rows[0].partner_id,
        title="Mở văn phòng đại diện",
        direction="theirs",
        details="Phía bạn đề nghị hỗ trợ thủ tục.",
        fields=["Đầu tư", "Văn hóa"],
    ).id
    return tracker, {"progressed": progressed, "moved": moved, "untouched": untouched, "new": new}


def test_changes_since_a_day_are_a_column_and_a_highlighted_row(week, tmp_path):
    tracker, ids = week
    path = tmp_path / "tuần.xlsx"
    export_workbook(tracker, path, FollowUpQuery(), lang="en", changes_since=SINCE)
    ws = openpyxl.load_workbook(path)[FOLLOWUPS.en]
    sheet = followups_sheet(True)
    changes = col("changes", sheet)
    assert changes == FOLLOWUPS.print_columns + 1  # printed, right after the latest note
    assert ws.cell(HEADER_ROW, changes).value == CHANGES.en
    assert [c.value for c in ws[HEADER_ROW]] == [c.en for c in sheet.columns]
    assert f"changes since {SINCE.strftime('%d/%m/%Y')} are marked" in ws["A2"].value
    rows = by_id(ws, sheet)
    assert len(rows) == tracker.count_followups()
    words = {ids[name]: rows[ids[name]][changes - 1].value for name in ids}
    assert words == {
        ids["progressed"]: "Status changed; progress added",
        ids["moved"]: "Due date moved",
        ids["untouched"]: None,
        ids["new"]: "New",
    }
    own_colours = {col("status", sheet), col("timeliness", sheet)}
    for name, followup_id in ids.items():
        row = rows[followup_id]
        fills = {cell.column: cell.fill.fgColor.rgb for cell in row if cell.fill.fill_type == "solid"}
        if name == "untouched":
            assert CHANGED_FILL not in fills.values()
            continue
        # every cell of the row, empty ones included, up to the last column; status and timeliness
        # keep their own colours when they have one
        assert len(row) == len(sheet.columns)
        for cell in row:
            if cell.column in own_colours and fills.get(cell.column) not in (None, CHANGED_FILL):
                continue
            assert fills.get(cell.column) == CHANGED_FILL, (name, cell.column)
    other = [r for fid, r in rows.items() if fid not in ids.values()]
    assert other and all(r[changes - 1].value is None for r in other)
    assert all(c.fill.fgColor.rgb != CHANGED_FILL for r in other for c in r)
    assert ws.print_area == f"'{FOLLOWUPS.en}'!$A$1:${get_column_letter(changes)}${ws.max_row}"


def test_without_a_day_there_is_no_changes_column(week, tmp_path):
    tracker, _ids = week
    path = tmp_path / "a.xlsx"
    export_workbook(tracker, path, FollowUpQuery(), lang="vi")
    ws = openpyxl.load_workbook(path)[FOLLOWUPS.vi]
    assert [c.value for c in ws[HEADER_ROW]] == [c.vi for c in FOLLOWUPS.columns]
    assert all(c.fill.fgColor.rgb != CHANGED_FILL for r in ws.iter_rows(min_row=FIRST_DATA_ROW) for c in r)


def test_a_day_to_come_is_refused_and_nothing_written(demo_tracker, tmp_path):
    path = tmp_path / "a.xlsx"
    with pytest.raises(ValidationError, match="future"):
        export_workbook(demo_tracker, path, FollowUpQuery(), changes_since=TODAY + dt.timedelta(days=1))
    assert not path.exists()


def test_followups_print_on_a4_landscape_at_a_readable_size(week, tmp_path):
    tracker, ids = week
    path = tmp_path / "a.xlsx"
    export_workbook(tracker, path, FollowUpQuery(), lang="vi")
    ws = openpyxl.load_workbook(path)[FOLLOWUPS.vi]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0  # width, never height
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.print_area == f"'{FOLLOWUPS.vi}'!$A$1:$J${ws.max_row}"
    printed = [c.key for c in FOLLOWUPS.columns[: FOLLOWUPS.print_columns]]
    assert printed == ["stt", "id", "title", "partner", "direction", "unit", "due", "status", "timeliness", "latest_note"]
    # The printed columns fit A4 landscape (27.7 cm between the margins) at 84 % or more, i.e. the
    # sheet's 11-point text prints at 9 points or more: Excel's width unit is 7 pixels plus 5 of
    # padding at 96 pixels an inch.
    inches = sum(ws.column_dimensions[get_column_letter(i)].width * 7 + 5 for i in range(1, 11)) / 96
    scale = min(1.0, (11.69 - ws.page_margins.left - ws.page_margins.right) / inches)
    assert 11 * scale >= 9.5
    with_changes = followups_sheet(True).columns[: followups_sheet(True).print_columns]
    inches = sum(c.width * 7 + 5 for c in with_changes) / 96
    assert 11 * min(1.0, (11.69 - 0.8) / inches) >= 9
    rows = by_id(ws)
    new = rows[ids["new"]]
    assert new[col("details") - 1].value == "Phía bạn đề nghị hỗ trợ thủ tục."
    assert new[col("fields") - 1].value == "Đầu tư; Văn hóa"
    assert new[col("title") - 1].alignment.wrap_text
    assert new[col("details") - 1].alignment.wrap_text


@pytest.fixture
def hainan(demo_tracker):
    """A fourth partner with its own meeting, agreement and follow-ups, beside the demo's three."""
    tracker = demo_tracker
    partner = tracker.create_partner(name="Tỉnh Hải Nam", name_en="Hainan Province", name_native="海南省").id
    meeting = tracker.create_meeting(date=dt.date(2025, 3, 3), title="Làm việc với đoàn tỉnh Hải Nam", partner_ids=[partner]).id
    agreement = tracker.create_agreement(
        form="mou", title="Bản ghi nhớ hợp tác với tỉnh Hải Nam", party_ids=[partner], status="signed", signed_date=dt.date(2025, 3, 3)
    ).id
    first = tracker.create_followup(partner_id=partner, title="Đường bay Hải Khẩu – Hải Phòng", direction="ours", meeting_id=meeting).id
    tracker.create_followup(partner_id=partner, title="Trao đổi đoàn doanh nghiệp", direction="joint")
    tracker.record_progress(first, status="in_progress")
    return tracker, partner, meeting, agreement


def _ids(wb, sheet) -> set[int]:
    return set(by_id(wb[sheet.en], sheet))


@pytest.mark.parametrize("few", [50, 0], ids=["each-partner", "one-pass"])
@pytest.mark.parametrize(
    "query", [FollowUpQuery(text="Hainan"), FollowUpQuery(text="海南", statuses=("in_progress",))], ids=["search", "search-and-status"]
)
def test_a_filtered_export_carries_only_the_filtered_partners_records(hainan, tmp_path, monkeypatch, few, query):
    tracker, partner, meeting, agreement = hainan
    monkeypatch.setattr(exporting_module, "_FEW_PARTNERS", few)
    path = tmp_path / "hainan.xlsx"
    report = export_workbook(tracker, path, query, lang="en")
    wb = openpyxl.load_workbook(path)
    assert {r[col("partner") - 1].value for r in by_id(wb[FOLLOWUPS.en]).values()} == {"Hainan Province"}
    assert _ids(wb, MEETINGS) == {meeting}
    assert _ids(wb, AGREEMENTS) == {agreement}
    assert _ids(wb, PARTNERS) == {partner}
    assert report.rows["meetings"] == report.rows["agreements"] == report.rows["partners"] == 1
    # the title block says which filters chose them, and how
    assert "search: “" in wb[MEETINGS.en]["A4"].value
    assert "the records of the partners of the follow-ups selected" in wb[MEETINGS.en]["A4"].value


def test_a_status_filter_keeps_the_partners_of_its_follow_ups(hainan, tmp_path):
    tracker, partner, meeting, agreement = hainan
    path = tmp_path / "in-progress.xlsx"
    export_workbook(tracker, path, FollowUpQuery(statuses=("in_progress",)), lang="en")
    wb = openpyxl.load_workbook(path)
    assert _ids(wb, PARTNERS) == {partner}
    assert _ids(wb, MEETINGS) == {meeting} and _ids(wb, AGREEMENTS) == {agreement}


def test_without_a_filter_every_record_is_exported(hainan, tmp_path):
    tracker, *_ = hainan
    path = tmp_path / "all.xlsx"
    report = export_workbook(tracker, path, FollowUpQuery(), lang="en")
    assert report.rows["partners"] == tracker.count_partners()
    assert report.rows["meetings"] == tracker.count_meetings()
    assert report.rows["agreements"] == tracker.count_agreements()


def test_a_partner_filter_keeps_its_partner_even_without_follow_ups(hainan, tmp_path):
    tracker, *_ = hainan
    lonely = tracker.create_partner(name="Thành phố Hải Khẩu").id
    path = tmp_path / "lonely.xlsx"
    report = export_workbook(tracker, path, FollowUpQuery(partner_ids=(lonely,)), lang="en")
    wb = openpyxl.load_workbook(path)
    assert report.rows["followups"] == 0
    assert _ids(wb, PARTNERS) == {lonely}
    assert _ids(wb, MEETINGS) == set() and _ids(wb, AGREEMENTS) == set()


def test_every_cell_names_its_font_and_size(week, tmp_path):
    """A font without a name or a size (the coloured and bold cells had neither) is drawn in
    whatever the reader's default is: LibreOffice printed those cells in DejaVu Serif 10 pt
    beside Calibri 11 pt. Every cell written says Calibri and its size."""
    tracker, _ids = week
    path = tmp_path / "a.xlsx"
    export_workbook(tracker, path, FollowUpQuery(), lang="vi", changes_since=SINCE)
    wb = openpyxl.load_workbook(path)
    seen = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.has_style:
                    seen += 1
                    assert (cell.font.name, cell.font.sz) in {("Calibri", 11), ("Calibri", 14)}, (ws.title, cell)
    assert seen > 100
