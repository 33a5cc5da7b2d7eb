"""What changed since a day D (issue 18 item 5): hand-made histories, on both backends.

Every follow-up below has a history written out by hand — the day it was raised, the day it was
typed in, its progress entries (dated, and entered on a given day), the moves of its due date —
and the kinds of change it must show since D, worked out from the rule's wording (core/since.py):
changes exactly on D count, changes the day before do not, a due date moved and moved back is no
move, a status changed and changed back is no status change, a back-dated entry typed in since D
is a change. The moments a record was entered are set in the database after the fact, as they
would be had it been typed on that day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from hptracker.core.errors import ValidationError
from hptracker.core.models import AuditEntry, FollowUp, ProgressEntry
from hptracker.core.since import DUE, NEW, PROGRESS, STATUS, changes_text, due_before, status_before
from hptracker.core.stats import local_day_start_utc

pytestmark = pytest.mark.both_backends

TODAY = dt.date.today()
D = TODAY - dt.timedelta(days=10)


def day(offset: int) -> dt.date:
    return D + dt.timedelta(days=offset)


def noon(offset: int) -> dt.datetime:
    """A moment in the middle of local day D+offset, as the database stores it (UTC)."""
    return local_day_start_utc(day(offset)) + dt.timedelta(hours=12)


def first_moment(offset: int) -> dt.datetime:
    return local_day_start_utc(day(offset))


def last_moment(offset: int) -> dt.datetime:
    return local_day_start_utc(day(offset + 1)) - dt.timedelta(seconds=1)


class History:
    """Writes a follow-up's history through the public API, then dates when each part was entered."""

    def __init__(self, tracker) -> None:
        self.tracker = tracker
        self.partner = tracker.create_partner(name="Tỉnh Hải Nam", name_en="Hainan").id

    def _set(self, statement) -> None:
        with self.tracker.db.engine.begin() as conn:
            conn.execute(statement)

    def followup(self, raised: int, entered: dt.datetime, due: str | None = None) -> int:
        followup = self.tracker.create_followup(
            partner_id=self.partner, title=f"Việc nêu ngày {raised}", direction="ours", raised_on=day(raised), due=due
        )
        self._set(update(FollowUp).where(FollowUp.id == followup.id).values(created_at=entered))
        self._set(update(AuditEntry).where(AuditEntry.entity == "followups", AuditEntry.entity_id == followup.id).values(at=entered))
        return followup.id

    def progress(self, followup_id: int, dated: int, entered: dt.datetime, status: str | None = None, note: str | None = None) -> None:
        self.tracker.record_progress(followup_id, status=status, note=note, on=day(dated))
        with self.tracker.db.engine.begin() as conn:
            newest = conn.scalar(
                select(ProgressEntry.id).where(ProgressEntry.followup_id == followup_id).order_by(ProgressEntry.id.desc()).limit(1)
            )
            conn.execute(update(ProgressEntry).where(ProgressEntry.id == newest).values(created_at=entered))
        self._date_last_audit(followup_id, entered)

    def move_due(self, followup_id: int, due: str, entered: dt.datetime) -> None:
        self.tracker.update_followup(followup_id, due=due)
        self._date_last_audit(followup_id, entered)

    def _date_last_audit(self, followup_id: int, entered: dt.datetime) -> None:
        with self.tracker.db.engine.begin() as conn:
            newest = conn.scalar(
                select(AuditEntry.id)
                .where(AuditEntry.entity == "followups", AuditEntry.entity_id == followup_id)
                .order_by(AuditEntry.id.desc())
                .limit(1)
            )
            conn.execute(update(AuditEntry).where(AuditEntry.id == newest).values(at=entered))


@pytest.fixture
def histories(tracker):
    h = History(tracker)
    old = noon(-30)  # typed in long before D
    cases: dict[str, tuple[int, frozenset[str]]] = {}

    def case(name: str, followup_id: int, *kinds: str) -> None:
        cases[name] = (followup_id, frozenset(kinds))

    case("untouched", h.followup(-20, old))
    case("raised on D", h.followup(0, noon(0)), NEW)
    case("raised the day before D", h.followup(-1, last_moment(-1)))
    case("old minutes typed in on D", h.followup(-40, first_moment(0)), NEW)
    new_with_progress = h.followup(2, noon(2))
    h.progress(new_with_progress, 3, noon(3), "in_progress")
    case("new, then worked on", new_with_progress, NEW)

    f = h.followup(-20, old)
    h.progress(f, 0, first_moment(0), "in_progress")
    case("status changed on D", f, STATUS, PROGRESS)

    f = h.followup(-20, old)
    h.progress(f, -1, last_moment(-1), "done")
    case("status changed the day before D", f)

    f = h.followup(-20, old)
    h.progress(f, -5, old, "in_progress")
    h.progress(f, 2, noon(2), note="Đã gửi công hàm")
    case("a note since D", f, PROGRESS)

    f = h.followup(-20, old)
    h.progress(f, -5, old, "in_progress")
    h.progress(f, 1, noon(1), "on_hold", "Tạm dừng chờ ý kiến")
    h.progress(f, 2, noon(2), "in_progress", "Tiếp tục")
    case("status changed and changed back", f, PROGRESS)

    f = h.followup(-20, old)
    h.progress(f, -3, noon(1), "done", "Báo cáo bổ sung")  # dated before D, typed in after it
    case("back-dated entry typed in since D", f, STATUS, PROGRESS)

    f = h.followup(-20, old, due="30/06/2030")
    h.move_due(f, "31/07/2030", first_moment(0))
    case("due moved on D", f, DUE)

    f = h.followup(-20, old, due="30/06/2030")
    h.move_due(f, "31/07/2030", last_moment(-1))
    case("due moved the day before D", f)

    f = h.followup(-20, old, due="30/06/2030")
    h.move_due(f, "31/08/2030", noon(1))
    h.move_due(f, "30/06/2030", noon(2))
    case("due moved and moved back", f)

    f = h.followup(-20, old, due="30/06/2030")
    h.move_due(f, "31/08/2030", last_moment(-1))
    h.move_due(f, "30/09/2030", noon(1))
    h.move_due(f, "31/08/2030", noon(2))
    case("due moved before D, then moved and back since", f)

    f = h.followup(-20, old, due="2030")
    h.move_due(f, "Q4/2030", noon(1))  # the same last day, a finer precision: the reader sees another due
    case("due made more precise", f, DUE)

    f = h.followup(-20, old)
    h.move_due(f, "30/06/2030", noon(1))
    h.progress(f, 1, noon(1), "awaiting_partner")
    case("several changes", f, STATUS, PROGRESS, DUE)
    return tracker, cases


def test_changes_since_follow_the_hand_made_histories(histories):
    tracker, cases = histories
    found = tracker.changes_since(D)
    expected = {fid: kinds for fid, kinds in cases.values() if kinds}
    by_name = {name: found.get(fid, frozenset()) for name, (fid, _kinds) in cases.items()}
    assert by_name == {name: kinds for name, (_fid, kinds) in cases.items()}
    assert found == expected  # and nothing else


def test_a_day_later_the_changes_of_d_are_history(histories):
    tracker, cases = histories
    found = tracker.changes_since(D + dt.timedelta(days=1))
    assert found.get(cases["raised on D"][0]) is None
    assert found.get(cases["status changed on D"][0]) is None
    assert found.get(cases["due moved on D"][0]) is None
    # the back-dated entry was typed in on D+1: still a change since D+1
    assert found[cases["back-dated entry typed in since D"][0]] == {STATUS, PROGRESS}
    # made on D+1 and D+2, so the start of D+1 is where each moved from
    assert found.get(cases["due moved and moved back"][0]) is None
    assert found[cases["status changed and changed back"][0]] == {PROGRESS}


def test_a_day_in_the_future_is_refused(tracker):
    with pytest.raises(ValidationError, match="future"):
        tracker.changes_since(TODAY + dt.timedelta(days=1))
    assert tracker.changes_since(TODAY) == {}


def test_the_rule_in_plain_values():
    start = local_day_start_utc(D)
    before = start - dt.timedelta(hours=1)
    after = start + dt.timedelta(hours=1)
    # (date, id, status, entered at)
    assert status_before([], D, start) == "not_started"
    assert status_before([(day(-2), 1, "in_progress", before), (day(-1), 2, "done", before)], D, start) == "done"
    assert status_before([(day(-1), 2, "done", before), (day(-1), 1, "in_progress", before)], D, start) == "done"
    assert status_before([(day(-2), 1, "in_progress", before), (day(-1), 2, "done", after)], D, start) == "in_progress"
    assert status_before([(day(0), 1, "done", before)], D, start) == "not_started"
    current = {"due_date": "2030-08-31", "due_precision": "day"}
    assert due_before([], current) == current
    moves = [
        ({"due_date": "2030-06-30"}, {"due_date": "2030-07-31"}),
        ({"due_date": "2030-07-31", "due_precision": "day"}, {"due_date": "2030-08-31", "due_precision": "month"}),
    ]
    assert due_before(moves, current) == {"due_date": "2030-06-30", "due_precision": "day"}


def test_changes_in_words():
    assert changes_text([PROGRESS, NEW]) == "New; progress added"
    assert changes_text([DUE, STATUS]) == "Status changed; due date moved"
    assert changes_text([]) == ""
