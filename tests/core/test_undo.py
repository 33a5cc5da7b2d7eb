"""Undo (issue 16 item 4), in the core: this window's own last changes taken back, several steps,
each undo audited, and an undo that would overwrite someone else's later change refused.

The window's Edit ▸ Undo calls exactly these (tests/ui/test_undo.py drives it with the keyboard).
"""

from __future__ import annotations

import datetime as dt

import pytest

from hptracker.core.errors import ConflictError, NotFoundError
from hptracker.core.tracker import FollowUpQuery, Tracker

pytestmark = pytest.mark.both_backends

OTHER = "Trần Văn Nam"


def target_of(tracker: Tracker) -> str:
    return str(tracker.db.path) if tracker.db.path is not None else tracker.db.url


@pytest.fixture
def other(tracker):
    t = Tracker.open(target_of(tracker), officer=OTHER)
    yield t
    t.close()


@pytest.fixture
def followup(tracker, partner):
    return tracker.create_followup(
        partner_id=partner.id, title="Nghiên cứu đường bay thẳng", direction="ours", due="Q3/2024", fields=["Giao thông"]
    )


def undo_entries(tracker: Tracker, entity: str, record_id: int):
    return [item for item in tracker.audit_for(entity, record_id) if item.note == "undo"]


def test_nothing_to_undo_says_so(tracker):
    assert tracker.next_undo() is None
    with pytest.raises(NotFoundError):
        tracker.undo()


def test_undo_an_edit_restores_the_fields_it_changed_and_is_audited(tracker, followup):
    tracker.update_followup(
        followup.id,
        expected_version=1,
        title="Đường bay Hàng Châu – Hải Phòng",
        due="2025",
        priority="high",
        fields=["Giao thông", "Du lịch"],
    )
    step = tracker.next_undo()
    assert (step.kind, step.entity, step.record_id) == ("edit", "followups", followup.id)
    tracker.undo()
    back = tracker.get_followup(followup.id)
    assert back.title == "Nghiên cứu đường bay thẳng"
    assert (back.due_date, back.due_precision) == (dt.date(2024, 9, 30), "quarter")
    assert back.priority == "normal"
    assert [f.name for f in back.fields] == ["Giao thông"]
    assert back.version == 3  # the undo is a change of its own
    entries = undo_entries(tracker, "followups", followup.id)
    assert len(entries) == 1 and entries[0].officer == "Nguyễn Thị Hoa"
    assert entries[0].changes["title"] == ("Đường bay Hàng Châu – Hải Phòng", "Nghiên cứu đường bay thẳng")
    # The undo is not itself a step: there is nothing left (the create was the fixture's, undoable too).
    assert tracker.next_undo().kind == "create"


def test_several_steps_back_create_edit_progress_delete(tracker, partner):
    made = tracker.create_followup(partner_id=partner.id, title="Kết nghĩa quận Hồng Bàng", direction="joint")
    tracker.update_followup(made.id, expected_version=1, officer="Lê Văn A")
    tracker.record_progress(made.id, status="done", note="Đã ký", on="02/03/2024")
    tracker.delete_followup(made.id)
    kinds = [(s.kind, s.record_id) for s in tracker.undo_steps()[1:]]  # after the partner's creation
    assert kinds == [("create", made.id), ("edit", made.id), ("progress", made.id), ("delete", made.id)]

    tracker.undo()  # the delete
    assert tracker.followup_row(made.id).deleted is False
    tracker.undo()  # the progress entry: removed, status and completion date as before it
    back = tracker.get_followup(made.id)
    assert (back.status, back.completed_on, back.last_progress_date) == ("not_started", None, None)
    assert back.progress == []
    tracker.undo()  # the edit
    assert tracker.get_followup(made.id).officer is None
    tracker.undo()  # the create: deleted (soft), restorable like any delete
    assert tracker.query_followups(FollowUpQuery()) == []
    assert tracker.followup_row(made.id).deleted is True
    assert tracker.next_undo().entity == "partners"
    assert [e.action for e in undo_entries(tracker, "followups", made.id)] == ["restore", "update", "update", "delete"]


def test_undo_of_a_progress_entry_keeps_the_earlier_ones(tracker, followup):
    tracker.record_progress(followup.id, status="in_progress", note="Bắt đầu", on="01/02/2024")
    tracker.record_progress(followup.id, note="Đã gửi công văn", on="05/02/2024")
    tracker.undo()
    back = tracker.get_followup(followup.id)
    assert [p.note for p in back.progress] == ["Bắt đầu"]
    assert (back.status, back.last_progress_date) == ("in_progress", dt.date(2024, 2, 1))


def test_an_undo_that_would_overwrite_someone_elses_change_is_refused(tracker, other, followup):
    tracker.update_followup(followup.id, expected_version=1, title="Tiêu đề của tôi")
    other.update_followup(followup.id, expected_version=2, priority="high")
    with pytest.raises(ConflictError) as info:
        tracker.undo()
    assert OTHER in info.value.message and "undo" in info.value.message.lower()
    after = tracker.get_followup(followup.id)
    assert (after.title, after.priority, after.version) == ("Tiêu đề của tôi", "high", 3)  # nothing changed
    assert undo_entries(tracker, "followups", followup.id) == []
    # The refused step is gone: the next one is offered (and refused too, for the same reason).
    assert tracker.next_undo().kind == "create"
    with pytest.raises(ConflictError, match=OTHER):
        tracker.undo()


def test_a_later_progress_entry_by_someone_else_blocks_the_undo_of_mine(tracker, other, followup):
    tracker.record_progress(followup.id, status="in_progress", note="Bắt đầu")
    other.record_progress(followup.id, note="Phía bạn đã trả lời")
    with pytest.raises(ConflictError, match=OTHER):
        tracker.undo()
    assert [p.note for p in tracker.get_followup(followup.id).progress] == ["Bắt đầu", "Phía bạn đã trả lời"]


def test_this_windows_own_later_changes_do_not_block_its_undo(tracker, followup):
    tracker.update_followup(followup.id, expected_version=1, title="Bước một")
    tracker.update_followup(followup.id, expected_version=2, title="Bước hai")
    tracker.undo()
    tracker.undo()  # the record moved on (the first undo) — but only through this window
    assert tracker.get_followup(followup.id).title == "Nghiên cứu đường bay thẳng"


def test_each_window_undoes_only_its_own_changes(tracker, other, followup):
    other.update_followup(followup.id, expected_version=1, details="Ghi chú của anh Nam")
    assert [(s.kind, s.entity) for s in tracker.undo_steps()] == [("create", "partners"), ("create", "followups")]
    assert [(s.kind, s.entity) for s in other.undo_steps()] == [("edit", "followups")]


def test_undo_of_logging_a_meeting_deletes_what_it_made(tracker, partner):
    meeting = tracker.log_meeting(
        {"date": "13/05/2024", "title": "Tiếp đoàn Thượng Ngu", "partner_ids": [partner.id]},
        agreements=[{"form": "letter_of_intent", "title": "Thư ý định"}],
        followups=[
            {"title": "Đường bay thẳng", "direction": "ours", "status": "in_progress"},
            {"title": "Kết nghĩa", "direction": "joint"},
        ],
    )
    step = tracker.next_undo()
    assert (step.kind, step.entity, step.record_id) == ("create", "meetings", meeting.id)
    tracker.undo()
    assert tracker.count_meetings() == 0 and tracker.count_agreements() == 0
    assert tracker.query_followups(FollowUpQuery()) == []
    assert tracker.count_meetings(deleted=True) == 1


def test_undo_of_partner_meeting_agreement_contact_fact_and_unit_edits(tracker, partner):
    meeting = tracker.create_meeting(date="13/05/2024", time="09:30", title="Tiếp đoàn", partner_ids=[partner.id])
    agreement = tracker.create_agreement(form="mou", title="Bản ghi nhớ", party_ids=[partner.id], effective_date="13/05/2024")
    contact = tracker.add_contact(partner.id, name="Kim Kim Phủ", phone="+86 575")
    fact = tracker.create_fact(indicator="Dự án FDI", value=860, as_of="30/04/2023")
    unit = tracker.create_unit(name="Ban Quản lý Khu kinh tế")
    tracker.update_partner(partner.id, expected_version=1, aliases=["Thuong Ngu"], name_en="Shangyu")
    tracker.update_meeting(meeting.id, expected_version=1, time="14:00", date="14/05/2024")
    tracker.update_agreement(agreement.id, expected_version=1, effective_date="01/06/2024", status="in_force")
    tracker.update_contact(contact.id, expected_version=1, phone="+86 575 0000")
    tracker.update_fact(fact.id, expected_version=1, value=861, as_of="31/05/2023")
    tracker.update_unit(unit.id, expected_version=1, abbreviation="HEZA")
    for _ in range(6):
        tracker.undo()
    p = tracker.get_partner(partner.id)
    assert (p.name_en, [a.alias for a in p.aliases]) == ("Shangyu District", ["Thuong Ngu", "Shangyu"])
    m = tracker.get_meeting(meeting.id)
    assert (m.date, m.time) == (dt.date(2024, 5, 13), dt.time(9, 30))
    a = tracker.get_agreement(agreement.id)
    assert (a.effective_date, a.status) == (dt.date(2024, 5, 13), "signed")
    assert tracker.get_contact(contact.id).phone == "+86 575"
    f = next(f for f in tracker.list_facts(include_city=True) if f.id == fact.id)
    assert (f.value, f.as_of) == (860, dt.date(2023, 4, 30))
    assert next(u for u in tracker.list_units() if u.id == unit.id).abbreviation is None


def test_undo_of_removing_a_contact_puts_it_back_under_its_id(tracker, partner):
    contact = tracker.add_contact(partner.id, name="Kim Kim Phủ", position="Huyện trưởng", email="a@b.cn")
    tracker.remove_contact(contact.id)
    tracker.undo()
    back = tracker.get_contact(contact.id)
    assert (back.name, back.position, back.email, back.partner_id) == ("Kim Kim Phủ", "Huyện trưởng", "a@b.cn", partner.id)
    assert back.version > contact.version
    tracker.undo()  # and the add: removed again
    with pytest.raises(NotFoundError):
        tracker.get_contact(contact.id)


def test_an_edit_that_changed_the_status_is_undone_whole(tracker, followup):
    tracker.update_followup(followup.id, expected_version=1, title="Tiêu đề mới", status="done", note="Xong")
    tracker.undo()
    back = tracker.get_followup(followup.id)
    assert (back.title, back.status, back.completed_on, back.progress) == ("Nghiên cứu đường bay thẳng", "not_started", None, [])


def test_an_import_is_not_a_step_and_its_changes_are_not_this_windows(tracker, followup, tmp_path):
    """Undoing an import is not one officer's step in the window; and an undo that would overwrite
    what an import changed since is refused like any other change made outside the window."""
    from openpyxl import Workbook

    from hptracker.core.import_xlsx import apply_import, preview_import

    tracker.update_followup(followup.id, expected_version=1, officer="Lê Văn A")
    book = Workbook()
    sheet = book.active
    sheet.title = "Follow-ups"
    sheet.append(["ID", "Title", "Officer"])
    sheet.append([followup.id, "Nghiên cứu đường bay thẳng", "Phạm Thị B"])
    path = tmp_path / "reply.xlsx"
    book.save(path)
    before = tracker.undo_steps()
    preview = preview_import(tracker, path)
    assert not preview.problems, preview.problems
    apply_import(tracker, preview)
    assert tracker.get_followup(followup.id).version == 3
    assert tracker.undo_steps() == before
    with pytest.raises(ConflictError):
        tracker.undo()
    assert tracker.get_followup(followup.id).officer == "Phạm Thị B"
