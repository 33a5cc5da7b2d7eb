"""Importing follow-ups from workbooks built here with openpyxl: parsing, matching, validation, apply."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from hptracker.core import import_xlsx
from hptracker.core.errors import ValidationError
from hptracker.core.import_xlsx import ImportProblemsError, ImportStaleError, apply_import, preview_import
from hptracker.core.models import AuditEntry
from hptracker.core.tracker import FollowUpQuery

pytestmark = pytest.mark.both_backends

EN_HEADERS = ["Status", "Partner", "Title", "Due", "Responsible unit", "Category", "Direction", "Officer"]
TITLE_BLOCK = [["Báo cáo tình hình thực hiện kiến nghị"], ["Tính đến ngày 01/06/2024"], ["Cán bộ: Nguyễn Thị Hoa"], []]


def make_book(path: Path, headers: list, rows: list[list], *, sheet: str = "Follow-ups", title_block: list[list] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for line in TITLE_BLOCK if title_block is None else title_block:
        ws.append(line)
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def heza(tracker):
    return tracker.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", name_en="Hai Phong Economic Zone Authority", abbreviation="HEZA")


@pytest.fixture
def followup(tracker, partner, heza):
    return tracker.create_followup(
        title="Nghiên cứu mở đường bay thẳng Chiết Giang – Hải Phòng",
        direction="ours",
        partner_id=partner.id,
        unit_id=heza.id,
        due="2024",
        officer="Trần Văn Nam",
    )


def snapshot_counts(tracker) -> dict[str, int]:
    return tracker.counts()


# ---------------------------------------------------------------------------------------------
# Hand-typed workbooks
# ---------------------------------------------------------------------------------------------


def test_hand_typed_english_headers_in_another_order_import(tracker, partner, heza, tmp_path):
    nfd_partner = unicodedata.normalize("NFD", "  Huyện Thượng Ngu ")
    path = make_book(
        tmp_path / "sheet.xlsx",
        EN_HEADERS,
        [
            [
                "In progress",
                "Shangyu",
                "  Share free-trade-zone experience ",
                "Q3/2024",
                "HEZA",
                "Free-trade-zone experience",
                "Our request to the partner",
                "Lê Văn A",
            ],
            [
                unicodedata.normalize("NFD", "đã hoàn thành"),
                nfd_partner,
                unicodedata.normalize("NFD", "Chọn quận kết nghĩa"),
                dt.datetime(2024, 5, 13),
                "Hai Phong Economic Zone Authority",
                "Kết nghĩa",
                "joint",
                None,
            ],
            [None, "上虞区", "Expand investment", 2024, None, None, "Partner's request to us", None],
        ],
    )
    preview = preview_import(tracker, path)
    assert preview.problems == []
    assert [c.row for c in preview.creates] == [6, 7, 8]  # title block skipped, header on row 5
    result = apply_import(tracker, preview)
    assert (result.created, result.updated) == (3, 0)
    rows = {row.title: row for row in tracker.query_followups(FollowUpQuery())}
    ftz = rows["Share free-trade-zone experience"]
    assert (ftz.partner_id, ftz.status, ftz.due_date, ftz.due_precision) == (partner.id, "in_progress", dt.date(2024, 9, 30), "quarter")
    assert (ftz.unit_id, ftz.category_en, ftz.direction, ftz.officer) == (heza.id, "Free-trade-zone experience", "ours", "Lê Văn A")
    twin = rows["Chọn quận kết nghĩa"]  # stored NFC
    assert (twin.partner_id, twin.status, twin.due_date, twin.due_precision, twin.direction) == (
        partner.id,
        "done",
        dt.date(2024, 5, 13),
        "day",
        "joint",
    )
    assert twin.category == "Kết nghĩa" and twin.completed_on == dt.date.today()
    invest = rows["Expand investment"]
    assert (invest.status, invest.due_date, invest.due_precision, invest.direction, invest.unit_id) == (
        "not_started",
        dt.date(2024, 12, 31),
        "year",
        "theirs",
        None,
    )
    # One progress entry for each row whose status is not "not started".
    assert tracker.counts()["progress_entries"] == 2


def test_vietnamese_labels_are_read_whatever_the_ui_language(tracker, partner, tmp_path):
    """Labels as the Vietnamese translation writes them, read here with no translator (English UI)."""
    path = make_book(
        tmp_path / "vi-labels.xlsx",
        ["Nội dung kiến nghị", "Đối tác", "Chiều kiến nghị", "Mức độ ưu tiên"],
        [
            ["a", "Thuong Ngu", "Đề nghị của ta với đối tác", "Cao"],
            ["b", "Thuong Ngu", "Đề nghị của đối tác với ta", "Bình thường"],
            ["c", "Thuong Ngu", "Cam kết chung", "Thấp"],
        ],
    )
    preview = preview_import(tracker, path)
    assert preview.problems == []
    assert [(c.values["direction"], c.values["priority"]) for c in preview.creates] == [
        ("ours", "high"),
        ("theirs", "normal"),
        ("joint", "low"),
    ]


def test_vietnamese_headers_and_status_names(tracker, partner, tmp_path):
    statuses = ["chưa triển khai", "Đang thực hiện", "CHỜ PHÍA BẠN", "tạm dừng", "đã hoàn thành", "không thực hiện"]
    path = make_book(
        tmp_path / "vi.xlsx",
        ["STT", "Nội dung kiến nghị", "Đối tác", "Tình trạng", "Thời hạn", "Tiến độ"],
        [[i + 1, f"Kiến nghị {i}", "Thuong Ngu", s, "05/2024", "Quá hạn"] for i, s in enumerate(statuses)],
    )
    preview = preview_import(tracker, path)
    assert preview.problems == []
    assert [c.status for c in preview.creates] == ["not_started", "in_progress", "awaiting_partner", "on_hold", "done", "dropped"]
    assert preview.ignored_columns == []  # STT and Tiến độ (timeliness) are known, computed columns
    apply_import(tracker, preview)
    rows = tracker.query_followups(FollowUpQuery())
    assert sorted(r.status for r in rows) == sorted(c.status for c in preview.creates)
    assert {(r.due_date, r.due_precision) for r in rows} == {(dt.date(2024, 5, 31), "month")}


@pytest.mark.parametrize(
    ("typed", "date", "precision"),
    [
        ("13/05/2024", dt.date(2024, 5, 13), "day"),
        (" 05/2024 ", dt.date(2024, 5, 31), "month"),
        ("Q3/2024", dt.date(2024, 9, 30), "quarter"),
        ("Quý 3/2024", dt.date(2024, 9, 30), "quarter"),
        ("2024", dt.date(2024, 12, 31), "year"),
        (2025, dt.date(2025, 12, 31), "year"),
        (dt.datetime(2024, 2, 29), dt.date(2024, 2, 29), "day"),
    ],
)
def test_due_dates_as_people_type_them(tracker, partner, tmp_path, typed, date, precision):
    path = make_book(tmp_path / "due.xlsx", ["Title", "Partner", "Due"], [["A request", "Shangyu", typed]])
    preview = preview_import(tracker, path)
    assert preview.problems == []
    item = preview.creates[0]
    assert (item.values["due"].date, item.values["due"].precision.value) == (date, precision)


def test_unknown_columns_are_listed_and_ignored(tracker, partner, tmp_path):
    path = make_book(
        tmp_path / "extra.xlsx",
        ["Title", "Ghi chú nội bộ", "Partner", "Timeliness", "Days overdue"],
        [["A request", "do not import", "Shangyu", "nonsense", "abc"]],
    )
    preview = preview_import(tracker, path)
    assert preview.problems == []
    assert preview.ignored_columns == [("Follow-ups", "B (Ghi chú nội bộ)")]
    assert len(preview.creates) == 1


def test_bad_cells_are_reported_by_sheet_row_and_column(tracker, partner, tmp_path):
    path = make_book(
        tmp_path / "bad.xlsx",
        ["Title", "Partner", "Status", "Due", "Direction"],
        [
            ["ok", "Shangyu", "done", "2024", "ours"],
            ["bad status", "Shangyu", "finished", "2024", "ours"],
            ["bad due", "Shangyu", "done", "sometime", "ours"],
            ["", "Shangyu", "done", "2024", "ours"],
            ["bad partner", "Atlantis", "done", "2024", "ours"],
            ["bad direction", "Shangyu", "done", "2024", "sideways"],
            ["excel error", "#N/A", "done", "2024", "ours"],
        ],
    )
    preview = preview_import(tracker, path)
    where = [(p.sheet, p.row, p.column) for p in preview.problems]
    assert where == [
        ("Follow-ups", 7, "C (Status)"),
        ("Follow-ups", 8, "D (Due)"),
        ("Follow-ups", 9, "A (Title)"),
        ("Follow-ups", 10, "B (Partner)"),
        ("Follow-ups", 11, "E (Direction)"),
        ("Follow-ups", 12, "B (Partner)"),
    ]
    texts = [p.text() for p in preview.problems]
    assert "“finished” is not one of" in texts[0]
    assert texts[0].startswith("Follow-ups, row 7, column C (Status): ")
    assert "“sometime” is not a due date" in texts[1]
    assert "Title is required" in texts[2]
    assert "no partner is named “Atlantis”" in texts[3]
    assert "#N/A" in texts[5]
    before = snapshot_counts(tracker)
    with pytest.raises(ImportProblemsError):
        apply_import(tracker, preview)
    assert snapshot_counts(tracker) == before


def test_unknown_partner_created_only_when_allowed(tracker, partner, tmp_path):
    path = make_book(
        tmp_path / "new.xlsx",
        ["Title", "Partner"],
        [["Open a liaison office", "Thành phố Ninh Ba"], ["Trade fair", unicodedata.normalize("NFD", "thành phố ninh ba")]],
    )
    refused = preview_import(tracker, path)
    assert len(refused.problems) == 2 and refused.new_partners == {}
    allowed = preview_import(tracker, path, create_partners=True)
    assert allowed.problems == [] and list(allowed.new_partners.values()) == ["Thành phố Ninh Ba"]
    partners_before = tracker.counts()["partners"]
    result = apply_import(tracker, allowed)
    assert result.partners_created == 1 and result.created == 2
    assert tracker.counts()["partners"] == partners_before + 1
    created = tracker.resolve_partner("Ninh Ba")
    assert created.name == "Thành phố Ninh Ba" and created.kind == "other"
    assert {r.partner_id for r in tracker.query_followups(FollowUpQuery(partner_ids=(created.id,)))} == {created.id}


def test_merged_data_cells_fill_their_range(tracker, partner, tmp_path):
    path = tmp_path / "merged.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Kiến nghị"
    ws.append(["Báo cáo"])
    ws.merge_cells("A1:C1")  # title block: fine
    ws.append(["Nội dung kiến nghị", "Đối tác", "Tình trạng"])
    for title in ("one", "two", "three"):
        ws.append([title, None, None])
    ws["B3"] = "Thuong Ngu"
    ws["C3"] = "đang thực hiện"
    ws.merge_cells("B3:B5")
    ws.merge_cells("C3:C5")
    wb.save(path)
    preview = preview_import(tracker, path)
    assert preview.problems == []
    assert [(c.title, c.partner, c.status) for c in preview.creates] == [
        ("one", "Huyện Thượng Ngu", "in_progress"),
        ("two", "Huyện Thượng Ngu", "in_progress"),
        ("three", "Huyện Thượng Ngu", "in_progress"),
    ]


def test_rows_without_partner_column_are_refused(tracker, partner, tmp_path):
    path = make_book(tmp_path / "nopartner.xlsx", ["Title", "Status"], [["A request", "done"]])
    preview = preview_import(tracker, path)
    assert len(preview.problems) == 1 and "no Partner column" in preview.problems[0].text()


# ---------------------------------------------------------------------------------------------
# Updates by ID
# ---------------------------------------------------------------------------------------------


def test_status_and_due_change_make_two_updates_and_one_progress_entry(tracker, followup, heza, tmp_path):
    path = make_book(
        tmp_path / "reply.xlsx",
        ["ID", "Title", "Partner", "Status", "Due", "Responsible unit"],
        [[followup.id, followup.title, "Huyện Thượng Ngu", "Đang thực hiện", "Q3/2024", "HEZA"]],
    )
    before = tracker.counts()
    preview = preview_import(tracker, path)
    assert preview.problems == [] and preview.creates == [] and preview.unchanged == 0
    (item,) = preview.updates
    assert [(c.field, c.old, c.new) for c in item.changes] == [("due", "2024", "Q3/2024"), ("status", "Not started", "In progress")]
    result = apply_import(tracker, preview)
    assert (result.created, result.updated, result.progress_entries) == (0, 1, 1)
    row = tracker.followup_row(followup.id)
    assert (row.status, row.due_date, row.due_precision) == ("in_progress", dt.date(2024, 9, 30), "quarter")
    after = tracker.counts()
    assert after["progress_entries"] == before["progress_entries"] + 1
    assert after["followups"] == before["followups"]
    with tracker._read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.id > 0).order_by(AuditEntry.id.desc()).limit(after["audit"] - before["audit"])
        ).all()
    assert entries and all(e.note in ("import: reply.xlsx", "progress") for e in entries)
    changed = set()
    for entry in entries:
        changed |= set(json.loads(entry.new or "{}"))
    assert changed == {"due_date", "due_precision", "status"}


def test_unchanged_rows_are_counted_not_written(tracker, followup, tmp_path):
    path = make_book(
        tmp_path / "same.xlsx",
        ["ID", "Title", "Partner", "Status", "Due", "Officer", "Timeliness"],
        [[followup.id, unicodedata.normalize("NFD", followup.title) + "  ", "上虞区", "Not started", "2024", "Trần Văn Nam", "Overdue"]],
    )
    audit = tracker.audit_count()
    preview = preview_import(tracker, path)
    assert (preview.unchanged, preview.updates, preview.creates, preview.problems) == (1, [], [], [])
    apply_import(tracker, preview)
    assert tracker.audit_count() == audit


def test_new_note_becomes_a_progress_entry(tracker, followup, tmp_path):
    tracker.record_progress(followup.id, note="Đã gửi công văn")
    path = make_book(
        tmp_path / "note.xlsx",
        ["ID", "Title", "Latest progress note"],
        [[followup.id, followup.title, "Phía bạn đã trả lời, đang nghiên cứu"]],
    )
    preview = preview_import(tracker, path)
    (item,) = preview.updates
    assert (item.status, item.note, item.values) == (None, "Phía bạn đã trả lời, đang nghiên cứu", {})
    apply_import(tracker, preview)
    assert tracker.followup_row(followup.id).latest_note == "Phía bạn đã trả lời, đang nghiên cứu"
    assert [e.note for e in tracker.get_followup(followup.id).progress] == ["Đã gửi công văn", "Phía bạn đã trả lời, đang nghiên cứu"]


def test_ids_that_repeat_are_missing_or_deleted_are_problems(tracker, followup, partner, tmp_path):
    gone = tracker.create_followup(title="Gone", direction="ours", partner_id=partner.id)
    tracker.delete_followup(gone.id)
    path = make_book(
        tmp_path / "ids.xlsx", ["ID", "Title"], [[followup.id, "x"], [followup.id, "y"], [99999, "z"], [gone.id, "Gone"], ["abc", "w"]]
    )
    preview = preview_import(tracker, path)
    messages = [(p.row, p.text()) for p in preview.problems]
    assert [row for row, _ in messages] == [7, 8, 9, 10]
    assert "already appears in Follow-ups, row 6" in messages[0][1]
    assert "#99999 does not exist" in messages[1][1]
    assert "was deleted" in messages[2][1]
    assert "“abc” is not a follow-up ID" in messages[3][1]


def test_change_after_preview_is_refused(tracker, followup, tmp_path):
    path = make_book(tmp_path / "stale.xlsx", ["ID", "Title", "Status"], [[followup.id, followup.title, "done"]])
    preview = preview_import(tracker, path)
    tracker.record_progress(followup.id, status="on_hold")
    before = tracker.counts()
    with pytest.raises(ImportStaleError):
        apply_import(tracker, preview)
    assert tracker.counts() == before


# ---------------------------------------------------------------------------------------------
# All or nothing
# ---------------------------------------------------------------------------------------------


def test_invalid_last_row_writes_nothing(tracker, followup, tmp_path):
    rows = [[None, f"Request {i}", "Shangyu", "done"] for i in range(5)]
    rows.insert(0, [followup.id, followup.title, "Shangyu", "in progress"])
    rows.append([None, "Last one", "Shangyu", "almost done"])
    path = make_book(tmp_path / "last.xlsx", ["ID", "Title", "Partner", "Status"], rows)
    before = tracker.counts()
    preview = preview_import(tracker, path)
    assert [p.row for p in preview.problems] == [12]
    with pytest.raises(ImportProblemsError):
        apply_import(tracker, preview)
    assert tracker.counts() == before


def test_failure_while_writing_the_last_row_rolls_everything_back(tracker, followup, tmp_path, monkeypatch):
    rows = [[followup.id, followup.title, "Shangyu", "in progress"]]
    rows += [[None, f"Request {i}", "Shangyu", "done"] for i in range(5)]
    path = make_book(tmp_path / "last.xlsx", ["ID", "Title", "Partner", "Status"], rows)
    preview = preview_import(tracker, path, create_partners=True)
    assert preview.problems == [] and len(preview.creates) == 5
    real = tracker._apply_followup
    calls = []

    def failing(session, followup, values):
        calls.append(values.get("title"))
        if values.get("title") == "Request 4":
            raise ValidationError("title", "simulated failure on the last row")
        return real(session, followup, values)

    monkeypatch.setattr(tracker, "_apply_followup", failing)
    before = tracker.counts()
    with pytest.raises(ValidationError):
        apply_import(tracker, preview)
    assert calls == [f"Request {i}" for i in range(5)]
    assert tracker.counts() == before
    assert tracker.followup_row(followup.id).status == "not_started"


def test_imported_records_match_records_made_through_the_tracker(tracker, partner, heza, tmp_path):
    """The batched writes leave the same records, audit and progress as Tracker.create/update_followup."""
    made = tracker.create_followup(
        title="Made by hand", direction="ours", partner_id=partner.id, status="done", due="Q3/2024", unit_id=heza.id
    )
    path = make_book(
        tmp_path / "same.xlsx",
        ["Title", "Partner", "Status", "Due", "Direction", "Responsible unit"],
        [["Imported row", "Shangyu", "done", "Q3/2024", "ours", "HEZA"]],
    )
    apply_import(tracker, preview_import(tracker, path))
    imported = tracker.query_followups(FollowUpQuery(text="imported row"))  # search keys were written
    assert [r.title for r in imported] == ["Imported row"]
    a, b = tracker.get_followup(made.id), tracker.get_followup(imported[0].id)
    columns = (
        "direction",
        "partner_id",
        "unit_id",
        "priority",
        "due_date",
        "due_precision",
        "status",
        "completed_on",
        "last_progress_date",
    )
    assert [getattr(b, c) for c in columns] == [getattr(a, c) for c in columns]
    assert [(p.status, p.note, p.date, p.officer_id) for p in b.progress] == [(p.status, p.note, p.date, p.officer_id) for p in a.progress]

    def shape(followup_id):
        """Each audit entry's action and changes (old, new), leaving out what differs by design."""
        return [
            (item.action, {k: v for k, v in item.changes.items() if k not in ("id", "title")})
            for item in tracker.audit_for("followups", followup_id)
        ]

    assert shape(b.id) == shape(a.id)
    assert [item.note for item in tracker.audit_for("followups", b.id)] == ["import: same.xlsx", "progress"]

    # An update by import leaves what update_followup leaves.
    tracker.update_followup(made.id, due="2025", officer="Lê Văn A", status="in_progress")
    reply = make_book(
        tmp_path / "reply.xlsx", ["ID", "Title", "Due", "Officer", "Status"], [[b.id, "Imported row", "2025", "Lê Văn A", "in progress"]]
    )
    apply_import(tracker, preview_import(tracker, reply))
    a, b = tracker.get_followup(made.id), tracker.get_followup(b.id)
    columns += ("officer",)
    assert [getattr(b, c) for c in columns] == [getattr(a, c) for c in columns]
    assert shape(b.id) == shape(a.id)
    assert b.updated_at > b.created_at


def test_importing_the_same_list_twice_is_flagged(tracker, partner, tmp_path):
    path = make_book(tmp_path / "list.xlsx", ["Title", "Partner"], [["Đường bay thẳng", "Shangyu"], ["Kết nghĩa", "Shangyu"]])
    apply_import(tracker, preview_import(tracker, path))
    again = preview_import(tracker, path)
    assert len(again.creates) == 2 and again.problems == []
    assert any(n.startswith("2 new rows have the same partner and title as an existing follow-up") for n in again.notices)


def test_new_rows_take_the_ids_the_database_gives(tracker, followup, partner, tmp_path):
    """New follow-ups are numbered by the database (INSERT … RETURNING), never guessed as the
    largest ID + 1: on a server a rolled-back insert has used a number of the sequence, and rows
    written under guessed IDs would leave the sequence behind them, so that the next follow-up made
    in the window would collide with one of them. Audit and progress entries name the IDs given."""
    with pytest.raises(ValidationError):  # inserted, then rolled back with its meeting
        tracker.log_meeting(
            {"title": "Làm việc", "date": "2024-05-06", "partner_ids": [partner.id]},
            followups=[{"title": "Kept for a moment", "direction": "ours"}, {"title": "", "direction": "ours"}],
        )
    rows = [[None, f"Request {i}", "Shangyu", "done"] for i in range(3)]
    path = make_book(tmp_path / "new.xlsx", ["ID", "Title", "Partner", "Status"], rows)
    apply_import(tracker, preview_import(tracker, path))
    made = sorted((r for r in tracker.query_followups(FollowUpQuery(text="request")) if r.id != followup.id), key=lambda r: r.id)
    assert [r.title for r in made] == ["Request 0", "Request 1", "Request 2"]  # numbered in row order
    assert made[0].id > followup.id
    for row in made:
        assert row.status == "done" and tracker.get_followup(row.id).last_progress_date is not None
        assert [p.status for p in tracker.get_followup(row.id).progress] == ["done"]
        assert [i.action for i in tracker.audit_for("followups", row.id)] == ["create", "update"]
    after = tracker.create_followup(title="Made in the window afterwards", direction="ours", partner_id=partner.id)
    assert after.id > made[-1].id


def test_moving_a_follow_up_to_another_partner_shows_the_contact_it_loses(tracker, followup, partner, tmp_path):
    """The Tracker drops a contact of the old partner when a follow-up changes partner; the preview
    lists that change before anything is written, and apply checks it is still the same contact."""
    other = tracker.create_partner(name="Tập đoàn Wolong")
    kim = tracker.add_contact(partner.id, name="Kim Kim Phúc")
    tracker.update_followup(followup.id, contact_id=kim.id)
    path = make_book(tmp_path / "moved.xlsx", ["ID", "Title", "Partner"], [[followup.id, followup.title, "Tập đoàn Wolong"]])
    preview = preview_import(tracker, path)
    (item,) = preview.updates
    assert [(c.field, c.old, c.new) for c in item.changes] == [
        ("partner", partner.name, "Tập đoàn Wolong"),
        ("contact", "Kim Kim Phúc", ""),
    ]
    assert [c.label for c in item.changes][1] == "Partner contact"

    li = tracker.add_contact(partner.id, name="Lý Minh")
    tracker.update_followup(followup.id, contact_id=li.id)  # changed after the preview
    with pytest.raises(import_xlsx.ImportStaleError):
        apply_import(tracker, preview)
    assert tracker.get_followup(followup.id).contact_id == li.id

    apply_import(tracker, preview_import(tracker, path))
    moved = tracker.get_followup(followup.id)
    assert (moved.partner_id, moved.contact_id) == (other.id, None)


def test_a_moved_follow_up_without_contact_shows_no_contact_change(tracker, followup, tmp_path):
    tracker.create_partner(name="Tập đoàn Wolong")
    path = make_book(tmp_path / "moved.xlsx", ["ID", "Title", "Partner"], [[followup.id, followup.title, "Tập đoàn Wolong"]])
    (item,) = preview_import(tracker, path).updates
    assert [c.field for c in item.changes] == ["partner"]


# ---------------------------------------------------------------------------------------------
# Issue 13, item 10: enumerated values in either language, whatever the window's language
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def installed(qapp):
    from hptracker import translations

    yield translations.install_translators
    translations.install_translators("en")


@pytest.mark.parametrize("window", ["vi", "en"])
def test_enumerated_values_in_either_language_as_code_or_label(tracker, partner, heza, tmp_path, installed, window):
    """Status, direction and priority as a code or a label of either language, in any case, with
    or without diacritics; the category by its name in either language or its code."""
    installed(window)
    twinning = next(c for c in tracker.list_categories() if c.name_en == "Twinning")
    path = make_book(
        tmp_path / "mixed.xlsx",
        ["Title", "Partner", "Status", "Direction", "Priority", "Category"],
        [
            ["a", "Shangyu", "Awaiting partner", "Our request to the partner", "High", "Twinning"],
            ["b", "Shangyu", "CHỜ PHÍA BẠN", "ĐỀ NGHỊ CỦA ĐỐI TÁC VỚI TA", "cao", twinning.name],
            ["c", "Shangyu", "cho phia ban", "de nghi cua ta voi doi tac", "BINH THUONG", twinning.code.upper()],
            ["d", "Shangyu", "awaiting_partner", "JOINT", "low", unicodedata.normalize("NFD", twinning.name).lower()],
            ["e", "Shangyu", "on hold", "partner's request to us", "Thấp", "twinning"],
            ["f", "Shangyu", "DONE", "cam ket chung", "normal", None],
            ["g", "Shangyu", "Đã hoàn thành", "joint commitment", "NORMAL", None],
            ["h", "Shangyu", unicodedata.normalize("NFD", "không thực hiện"), "ours", "high", None],
        ],
    )
    preview = preview_import(tracker, path)
    assert [p.text() for p in preview.problems] == []
    got = [(c.status, c.values["direction"], c.values["priority"], c.values.get("category_id")) for c in preview.creates]
    assert got == [
        ("awaiting_partner", "ours", "high", twinning.id),
        ("awaiting_partner", "theirs", "high", twinning.id),
        ("awaiting_partner", "ours", "normal", twinning.id),
        ("awaiting_partner", "joint", "low", twinning.id),
        ("on_hold", "theirs", "low", twinning.id),
        ("done", "joint", "normal", None),
        ("done", "joint", "normal", None),
        ("dropped", "ours", "high", None),
    ]


@pytest.mark.parametrize("window", ["vi", "en"])
def test_a_missing_direction_is_named_by_the_follow_up_label(tracker, partner, tmp_path, installed, window):
    """The meeting's direction is "Hình thức đoàn": the follow-up's is its own field."""
    installed(window)
    path = make_book(tmp_path / "direction.xlsx", ["Title", "Partner", "Direction"], [["a", "Shangyu", None]])
    preview = preview_import(tracker, path)
    (problem,) = preview.problems
    assert problem.column == "C (Direction)"
    expected = {"vi": "Chưa nhập Chiều kiến nghị.", "en": "Direction is required."}[window]
    assert problem.message == expected
    assert "Hình thức đoàn" not in problem.text()


@pytest.mark.parametrize("window", ["vi", "en"])
def test_a_wrong_value_lists_the_labels_of_the_window(tracker, partner, tmp_path, installed, window):
    installed(window)
    path = make_book(tmp_path / "wrong.xlsx", ["Title", "Partner", "Status"], [["a", "Shangyu", "finished"]])
    (problem,) = preview_import(tracker, path).problems
    assert ("Chưa triển khai" in problem.message) == (window == "vi")
    assert ("Not started" in problem.message) == (window == "en")


def test_names_are_matched_without_loading_a_partner_or_agreement(tracker, partner, tmp_path):
    """The preview matches every name of a partner (name, English, native, alias) and an agreement's
    title or reference, but never a deleted one, from plain rows: loading 10,000 partners as records
    took a second and 300,000 objects the garbage collector walked while the window waited."""
    from sqlalchemy import event

    from hptracker.core.models import Agreement, Partner

    gone = tracker.create_partner(name="Thành phố Ôn Châu", kind="government", aliases=["Wenzhou"])
    tracker.delete_partner(gone.id)
    twin = tracker.create_partner(name="Khu Thượng Ngu mới", kind="enterprise", aliases=["Thuong Ngu"])
    mou = tracker.create_agreement(
        form="mou", title="Biên bản ghi nhớ hợp tác", reference="12/BB-HEZA", party_ids=[partner.id], signed_date="13/05/2024"
    )
    rows = [
        ["By English name", "Shangyu District", ""],
        ["By native name", "上虞区", "12/BB-HEZA"],
        ["By alias", "Shangyu", "biên bản ghi nhớ hợp tác"],
        ["Deleted partner", "Wenzhou", ""],
        ["Shared alias", "Thuong Ngu", ""],
    ]
    path = make_book(tmp_path / "names.xlsx", ["Title", "Partner", "Agreement"], rows)
    loaded: list[object] = []

    def on_load(target, _context) -> None:
        loaded.append(target)

    for model in (Partner, Agreement):
        event.listen(model, "load", on_load)
    try:
        preview = preview_import(tracker, path)
    finally:
        for model in (Partner, Agreement):
            event.remove(model, "load", on_load)
    assert loaded == []
    by_title = {c.title: c for c in preview.creates}
    assert [by_title[t].values["partner_id"] for t in ("By English name", "By native name", "By alias")] == [partner.id] * 3
    assert by_title["By native name"].values["agreement_id"] == mou.id
    assert by_title["By alias"].values["agreement_id"] == mou.id
    messages = {p.row: p.message for p in preview.problems}
    assert len(messages) == 2
    assert any("Wenzhou" in m and "no partner" in m for m in messages.values())
    assert any("Thuong Ngu" in m and "several partners" in m and f"#{twin.id}" in m for m in messages.values())
