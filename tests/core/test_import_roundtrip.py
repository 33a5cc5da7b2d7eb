"""Round trip with the exporter: what export_workbook writes comes back with no change, and an edited
copy brings back exactly the edits (SPEC §3: departments report progress by filling in the sheet)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hptracker.core.export_xlsx import HEADER_ROW, export_workbook
from hptracker.core.import_xlsx import apply_import, preview_import
from hptracker.core.models import AuditEntry, ProgressEntry
from hptracker.core.sheets import FOLLOWUPS
from hptracker.core.tracker import FollowUpQuery

pytestmark = pytest.mark.both_backends


@pytest.fixture
def awkward(demo_tracker):
    """Text that needs care in a spreadsheet: formula-like, XML escapes, CR, and a note too long for a cell."""
    tracker = demo_tracker
    wolong = tracker.resolve_partner("Wolong")
    first = tracker.create_followup(
        title='=HYPERLINK("http://x") – not a formula', direction="theirs", partner_id=wolong.id, due="Q3/2024", details="a\r\nb"
    )
    tracker.record_progress(first.id, status="awaiting_partner", note="literal _x0041_ stays, line\r\nbreak kept")
    second = tracker.create_followup(title="+84 225 3836 xxx hotline", direction="joint", partner_id=wolong.id, due="05/2025")
    tracker.record_progress(second.id, note="Nội dung dài " + "x" * 40_000)
    return tracker


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_export_then_import_changes_nothing(awkward, tmp_path, lang):
    tracker = awkward
    path = tmp_path / f"status-{lang}.xlsx"
    report = export_workbook(tracker, path, lang=lang)
    assert report.long_texts == 1  # the 40,000-character note went through the Long texts sheet
    before = tracker.counts()
    preview = preview_import(tracker, path)
    assert preview.problems == []
    assert preview.creates == [] and preview.updates == []
    assert preview.unchanged == tracker.count_followups() == report.rows[FOLLOWUPS.key]
    assert preview.ignored_columns == []
    assert preview.sheets == [FOLLOWUPS.title(lang)]
    assert {sheet for sheet, _ in preview.skipped_sheets} >= {"Tổng hợp" if lang == "vi" else "Summary"}
    result = apply_import(tracker, preview)
    assert (result.created, result.updated, result.progress_entries) == (0, 0, 0)
    assert tracker.counts() == before


def _edit_copy(source, target, followup_id: int, edits: dict[str, object]) -> int:
    """Change cells of one follow-up's row (found by ID) as an officer would in Excel; returns the row."""
    wb = load_workbook(source)
    ws = wb[FOLLOWUPS.title("vi")] if FOLLOWUPS.title("vi") in wb.sheetnames else wb[FOLLOWUPS.title("en")]
    columns = {FOLLOWUPS.match_header(c.value).key: c.column for c in ws[HEADER_ROW] if c.value}
    for row in ws.iter_rows(min_row=HEADER_ROW + 1):
        if row[columns["id"] - 1].value == followup_id:
            for key, value in edits.items():
                ws.cell(row=row[0].row, column=columns[key], value=value)
            wb.save(target)
            return row[0].row
    raise AssertionError(f"follow-up {followup_id} not in the export")


def test_status_and_due_edited_in_a_copy(awkward, tmp_path):
    tracker = awkward
    exported = tmp_path / "status.xlsx"
    export_workbook(tracker, exported, lang="vi")
    target = next(r for r in tracker.query_followups(FollowUpQuery()) if r.status == "not_started" and r.due_date)
    copy = tmp_path / "status (reply from HEZA).xlsx"
    row = _edit_copy(exported, copy, target.id, {"status": "Đã hoàn thành", "due": "Quý 3/2025"})
    before = tracker.counts()
    preview = preview_import(tracker, copy)
    assert preview.problems == [] and preview.creates == []
    (update,) = preview.updates
    assert (update.followup_id, update.row) == (target.id, row)
    assert [(c.field, c.new) for c in update.changes] == [("due", "Q3/2025"), ("status", "Done")]
    assert preview.unchanged == before["followups"] - 1
    result = apply_import(tracker, preview)
    assert (result.created, result.updated, result.progress_entries) == (0, 1, 1)
    after = tracker.counts()
    assert after["progress_entries"] == before["progress_entries"] + 1
    assert after["followups"] == before["followups"]
    now = tracker.followup_row(target.id)
    assert (now.status, now.due_date, now.due_precision, now.completed_on) == ("done", dt.date(2025, 9, 30), "quarter", dt.date.today())
    with tracker._read() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_id == target.id, AuditEntry.entity == "followups")
            .order_by(AuditEntry.id.desc())
            .limit(2)
        ).all()
        progress = session.scalars(select(ProgressEntry).where(ProgressEntry.followup_id == target.id)).all()
    assert sorted(e.note for e in entries) == ["import: status (reply from HEZA).xlsx", "progress"]
    assert set(json.loads(entries[1].new)) == {"due_date", "due_precision"}
    assert [p.status for p in progress][-1] == "done"
    # Importing the same copy again finds nothing left to do.
    again = preview_import(tracker, copy)
    assert again.updates == [] and again.creates == [] and again.problems == []


@pytest.fixture
def installed(qapp):
    """Install the window's language (Qt catalogue and the core's translator) for part of a test."""
    from hptracker import translations

    yield translations.install_translators
    translations.install_translators("en")


def _column_values(path, key: str) -> set[str]:
    wb = load_workbook(path, read_only=True)
    try:
        ws = next(wb[name] for name in wb.sheetnames if name in (FOLLOWUPS.title("vi"), FOLLOWUPS.title("en")))
        rows = list(ws.iter_rows(values_only=True))
    finally:
        wb.close()
    header = rows[HEADER_ROW - 1]
    index = next(i for i, text in enumerate(header) if text and FOLLOWUPS.match_header(text).key == key)
    return {row[index] for row in rows[HEADER_ROW:] if row[index]}


@pytest.mark.parametrize(("written", "read"), [("en", "vi"), ("vi", "en")])
def test_export_in_one_language_imports_with_the_window_in_the_other(awkward, tmp_path, installed, written, read):
    """Issue 13 item 10: an export made in English did not import with the window in Vietnamese
    ("Our request to the partner" is not a known direction)."""
    tracker = awkward
    tracker.record_progress(tracker.query_followups(FollowUpQuery())[0].id, status="on_hold")
    installed(written)
    path = tmp_path / f"status-{written}.xlsx"
    export_workbook(tracker, path, lang=written)
    directions = {
        "en": {"Our request to the partner", "Partner's request to us", "Joint commitment"},
        "vi": {"Đề nghị của ta với đối tác", "Đề nghị của đối tác với ta", "Cam kết chung"},
    }
    assert _column_values(path, "direction") == directions[written]
    assert ("On hold" if written == "en" else "Tạm dừng") in _column_values(path, "status")

    installed(read)
    before = tracker.counts()
    preview = preview_import(tracker, path)
    assert [p.text() for p in preview.problems] == []
    assert preview.creates == [] and preview.updates == []
    assert preview.unchanged == tracker.count_followups()
    assert tracker.counts() == before
