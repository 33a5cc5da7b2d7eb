"""The Tracker's unit of work for many writes (issue 14 item 3): ``with tracker.bulk() as work``.

Each write in it leaves what the single use case leaves (columns, progress, audit), all of it in
one transaction; IDs come from the database.
"""

from __future__ import annotations

import pytest

from hptracker.core import bulk_writes
from hptracker.core.errors import NotFoundError, ValidationError
from hptracker.core.tracker import ChangedMeanwhile

pytestmark = pytest.mark.both_backends

COLUMNS = (
    "title",
    "details",
    "officer",
    "direction",
    "partner_id",
    "unit_id",
    "priority",
    "due_date",
    "due_precision",
    "status",
    "completed_on",
    "last_progress_date",
    "contact_id",
    "search_key",
    "sort_key",
)


@pytest.fixture
def unit(tracker):
    return tracker.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", abbreviation="HEZA")


def same_record(tracker, a_id: int, b_id: int) -> None:
    """Two follow-ups alike in every column, progress entry and audit entry, IDs and titles apart."""
    a, b = tracker.get_followup(a_id), tracker.get_followup(b_id)
    differ = {"title", "search_key", "sort_key"}
    assert {c: getattr(b, c) for c in COLUMNS if c not in differ} == {c: getattr(a, c) for c in COLUMNS if c not in differ}
    assert [(p.status, p.note, p.date, p.officer_id) for p in b.progress] == [(p.status, p.note, p.date, p.officer_id) for p in a.progress]

    def shape(followup_id):
        return [
            (item.action, {k: v for k, v in item.changes.items() if k not in ("id", "title")})
            for item in tracker.audit_for("followups", followup_id)
        ]

    assert shape(b_id) == shape(a_id)


def test_creates_and_changes_leave_what_the_single_use_cases_leave(tracker, partner, unit):
    values = {
        "direction": "theirs",
        "partner_id": partner.id,
        "unit_id": unit.id,
        "due": "Q3/2024",
        "officer": "Trần Văn Nam",
        "status": "in_progress",
    }
    single = tracker.create_followup(title="Một mình", **values)
    with tracker.bulk(note="batch") as work:
        work.create_followup({"title": "Theo lô", **values})
    [bulk_id] = work.created_ids
    assert tracker.followup_row(bulk_id).title == "Theo lô"
    same_record(tracker, single.id, bulk_id)
    assert [i.note for i in tracker.audit_for("followups", bulk_id)] == ["batch", "progress"]

    tracker.update_followup(single.id, due="2025", details="Chi tiết", status="done", note="Xong")
    tracker.record_progress(single.id, note="Đã báo cáo")
    with tracker.bulk() as work:
        work.update_followup(bulk_id, {"due": "2025", "details": "Chi tiết", "status": "done"}, note="Xong")
        work.record_progress(bulk_id, note="Đã báo cáo")
    assert work.created_ids == [] and work.progress_entries == 2
    same_record(tracker, single.id, bulk_id)


def test_one_bad_write_leaves_nothing_of_the_unit(tracker, partner):
    kept = tracker.create_followup(title="Có sẵn", direction="ours", partner_id=partner.id)
    before, audit = tracker.counts(), tracker.audit_count()
    with pytest.raises(ValidationError), tracker.bulk() as work:
        new_partner = work.create_partner(name="Đối tác mới", kind="other")
        work.update_followup(kept.id, {"partner_id": new_partner, "officer": "Lê Văn A"})
        work.create_followup({"title": "Hợp lệ", "direction": "ours", "partner_id": partner.id})
        work.create_followup({"title": "", "direction": "ours", "partner_id": partner.id})
    assert tracker.counts() == before and tracker.audit_count() == audit
    assert tracker.followup_row(kept.id).partner_id == partner.id
    assert "Đối tác mới" not in {p.name for p in tracker.list_partners()}


def test_a_record_changed_meanwhile_stops_the_unit(tracker, partner):
    kept = tracker.create_followup(title="Có sẵn", direction="ours", partner_id=partner.id)
    tracker.record_progress(kept.id, status="on_hold")
    before, audit = tracker.counts(), tracker.audit_count()
    with pytest.raises(ChangedMeanwhile) as info, tracker.bulk() as work:
        work.create_followup({"title": "Mới", "direction": "ours", "partner_id": partner.id})
        work.expect(kept.id, {"status": "not_started"})  # what the caller had read
        work.record_progress(kept.id, status="done")
    assert info.value.record_id == kept.id and f"#{kept.id}" in info.value.message
    assert tracker.counts() == before and tracker.audit_count() == audit
    assert tracker.followup_row(kept.id).status == "on_hold"


def test_a_deleted_follow_up_is_not_changed(tracker, partner):
    gone = tracker.create_followup(title="Đã xoá", direction="ours", partner_id=partner.id)
    tracker.delete_followup(gone.id)
    audit = tracker.audit_count()
    with pytest.raises(NotFoundError), tracker.bulk() as work:
        work.update_followup(gone.id, {"officer": "Lê Văn A"})
    with pytest.raises(NotFoundError), tracker.bulk() as work:
        work.record_progress(gone.id, note="Ghi chú")
    assert tracker.audit_count() == audit


def test_a_progress_entry_needs_a_note_or_a_status(tracker, partner):
    kept = tracker.create_followup(title="Có sẵn", direction="ours", partner_id=partner.id)
    with pytest.raises(ValidationError), tracker.bulk() as work:
        work.record_progress(kept.id)


def test_work_spanning_chunks_is_one_transaction_in_the_order_asked(tracker, partner, monkeypatch):
    """Written a chunk at a time (here three records), yet one transaction: a change of a record
    in a later chunk sees the earlier one, and a failure in the last chunk undoes the first."""
    monkeypatch.setattr(bulk_writes, "APPLY_CHUNK", 3)
    kept = tracker.create_followup(title="Có sẵn", direction="ours", partner_id=partner.id)
    with tracker.bulk() as work:
        for i in range(7):
            work.create_followup(
                {"title": f"Kiến nghị {i}", "direction": "ours", "partner_id": partner.id, "status": "done" if i % 2 else "not_started"}
            )
        for i in range(4):
            work.record_progress(kept.id, note=f"Ghi chú {i}")
        work.update_followup(kept.id, {"officer": "Lê Văn A"})
    assert [tracker.followup_row(i).title for i in work.created_ids] == [f"Kiến nghị {i}" for i in range(7)]
    assert work.created_ids == sorted(work.created_ids)
    assert [tracker.followup_row(i).status for i in work.created_ids] == ["not_started", "done"] * 3 + ["not_started"]
    assert [p.note for p in tracker.get_followup(kept.id).progress] == [f"Ghi chú {i}" for i in range(4)]
    assert tracker.followup_row(kept.id).officer == "Lê Văn A"

    before = tracker.counts()
    with pytest.raises(ValidationError), tracker.bulk() as work:
        for i in range(7):
            work.create_followup({"title": f"Lần hai {i}" if i < 6 else " ", "direction": "ours", "partner_id": partner.id})
    assert tracker.counts() == before
