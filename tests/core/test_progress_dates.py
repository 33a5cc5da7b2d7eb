"""Dated history (issue 18 item 4): the day a follow-up was raised, and back-dated progress entries.

Old minutes are entered after the fact, so a progress entry may carry an earlier date than the
entries already there. The follow-up's current status is then the status of the entry with the
latest date (ties: the one entered last), never simply the last one typed in; its completion date
is the date of the entry that set "done"; a note without a status records the status the
follow-up had on the note's date. The statistics of SPEC §10 read the same log, so both must agree.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from hptracker.core.errors import ValidationError
from hptracker.core.models import AuditEntry

pytestmark = pytest.mark.both_backends

D = dt.date


def _log(tracker, followup_id: int) -> list[tuple[dt.date, str, str | None]]:
    return [(entry.date, entry.status, entry.note) for entry in tracker.get_followup(followup_id).progress]


def _new(tracker, partner, raised="01/01/2025"):
    return tracker.create_followup(partner_id=partner.id, title="Đề xuất kết nghĩa với Thượng Ngu", direction="ours", raised_on=raised)


def test_raised_on_defaults_to_the_meetings_date_else_today(tracker, partner):
    meeting = tracker.create_meeting(date="13/05/2024", title="Tiếp đoàn Thượng Ngu", partner_ids=[partner.id])
    at_meeting = tracker.create_followup(partner_id=partner.id, title="Đường bay thẳng", direction="ours", meeting_id=meeting.id)
    loose = tracker.create_followup(partner_id=partner.id, title="Chia sẻ kinh nghiệm FTZ", direction="theirs")
    given = tracker.create_followup(
        partner_id=partner.id, title="Tăng đầu tư", direction="joint", meeting_id=meeting.id, raised_on="20/05/2024"
    )
    assert at_meeting.raised_on == D(2024, 5, 13)
    assert loose.raised_on == dt.date.today()
    assert given.raised_on == D(2024, 5, 20)
    created = [e for e in tracker.audit_for("followups", given.id) if e.action == "create"]
    assert created[0].changes["raised_on"] == (None, "2024-05-20")


def test_raised_on_must_be_a_date(tracker, partner):
    with pytest.raises(ValidationError, match="not a date"):
        tracker.create_followup(partner_id=partner.id, title="Việc", direction="ours", raised_on="32/13/2024")
    assert tracker.count_followups() == 0


def test_a_back_dated_entry_does_not_overwrite_a_newer_status(tracker, partner):
    followup = _new(tracker, partner)
    tracker.record_progress(followup.id, status="in_progress", date=D(2025, 2, 1), note="Đã gửi công văn")
    tracker.record_progress(followup.id, status="done", date=D(2025, 3, 20), note="Hoàn thành")
    late_entry = tracker.record_progress(followup.id, status="on_hold", date=D(2025, 3, 10), note="Tạm dừng (ghi bù)")
    assert (late_entry.status, late_entry.completed_on) == ("done", D(2025, 3, 20))
    assert late_entry.last_progress_date == D(2025, 3, 20)
    assert [(d, s) for d, s, _n in _log(tracker, followup.id)] == [
        (D(2025, 2, 1), "in_progress"),
        (D(2025, 3, 10), "on_hold"),
        (D(2025, 3, 20), "done"),
    ]


def test_an_earlier_done_entry_moves_the_completion_date(tracker, partner):
    followup = _new(tracker, partner)
    tracker.record_progress(followup.id, status="in_progress", date=D(2025, 2, 1))
    tracker.record_progress(followup.id, status="done", date=D(2025, 3, 20))
    earlier = tracker.record_progress(followup.id, status="done", date=D(2025, 3, 10), note="Biên bản nghiệm thu")
    assert (earlier.status, earlier.completed_on) == ("done", D(2025, 3, 10))
    changes = [json.loads(entry.new) for entry in _audit(tracker, followup.id) if entry.note == "progress"]
    assert changes[-1] == {"completed_on": "2025-03-10"}


def test_a_back_dated_note_records_the_status_of_its_day(tracker, partner):
    followup = _new(tracker, partner)
    tracker.record_progress(followup.id, status="in_progress", date=D(2025, 2, 1))
    tracker.record_progress(followup.id, status="done", date=D(2025, 3, 20))
    tracker.record_progress(followup.id, note="Nhắc lại qua email", date=D(2025, 3, 1))
    tracker.record_progress(followup.id, note="Trước khi bắt đầu", date=D(2025, 1, 15))
    current = tracker.get_followup(followup.id)
    assert (current.status, current.completed_on) == ("done", D(2025, 3, 20))
    assert _log(tracker, followup.id) == [
        (D(2025, 1, 15), "not_started", "Trước khi bắt đầu"),
        (D(2025, 2, 1), "in_progress", None),
        (D(2025, 3, 1), "in_progress", "Nhắc lại qua email"),
        (D(2025, 3, 20), "done", None),
    ]


def test_a_reopening_entry_between_two_done_entries(tracker, partner):
    """done 10/03, done 20/03 (a note), then a back-dated reopening on 15/03: done again from 20/03."""
    followup = _new(tracker, partner)
    tracker.record_progress(followup.id, status="done", date=D(2025, 3, 10))
    tracker.record_progress(followup.id, status="done", date=D(2025, 3, 20), note="Báo cáo kết quả")
    assert tracker.get_followup(followup.id).completed_on == D(2025, 3, 10)
    reopened = tracker.record_progress(followup.id, status="in_progress", date=D(2025, 3, 15), note="Mở lại")
    assert (reopened.status, reopened.completed_on) == ("done", D(2025, 3, 20))


def test_same_day_entries_the_last_entered_wins(tracker, partner):
    followup = _new(tracker, partner)
    tracker.record_progress(followup.id, status="done", date=D(2025, 3, 10))
    same_day = tracker.record_progress(followup.id, status="in_progress", date=D(2025, 3, 10), note="Chưa xong")
    assert (same_day.status, same_day.completed_on) == ("in_progress", None)


def test_a_back_dated_entry_that_changes_nothing_current_is_not_audited_as_a_change(tracker, partner):
    followup = _new(tracker, partner)
    tracker.record_progress(followup.id, status="in_progress", date=D(2025, 2, 1))
    before = _audit(tracker, followup.id)
    tracker.record_progress(followup.id, status="on_hold", date=D(2025, 1, 20))
    after = _audit(tracker, followup.id)
    # The entry is in the audit as the entry it is (who added it, and when: issue 15's versions),
    # never as a change of the follow-up's status, which stays that of the newer entry.
    assert len(after) == len(before) + 1
    old, new = json.loads(after[-1].old or "{}"), json.loads(after[-1].new or "{}")
    assert "status" not in old and "status" not in new
    assert new["progress"]["status"] == "on_hold"
    assert tracker.get_followup(followup.id).status == "in_progress"


def _audit(tracker, followup_id: int) -> list[AuditEntry]:
    from sqlalchemy import select

    with tracker.db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "followups", AuditEntry.entity_id == followup_id).order_by(AuditEntry.id)
            )
        )
