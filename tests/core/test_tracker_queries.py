"""The window's extra sort keys: every column of every table sorts in SQL, correctly."""

from __future__ import annotations

import datetime as dt

import pytest
from statements import statements_of

from hptracker.core.errors import NotFoundError
from hptracker.core.text import sort_key

pytestmark = pytest.mark.both_backends


def test_partner_sorts(demo_tracker):
    t = demo_tracker
    by_parent = t.window_partners(sort="parent")
    with_parent = [r for r in by_parent if r.parent_name]
    assert [r.parent_name for r in with_parent] == sorted((r.parent_name for r in with_parent), key=sort_key)
    assert all(r.parent_name is None for r in by_parent[len(with_parent) :])  # no parent: last
    by_open = t.window_partners(sort="open_followups", descending=True)
    counts = [r.open_followups for r in by_open]
    assert counts == sorted(counts, reverse=True) and counts[0] == 5
    by_alias = t.window_partners(sort="aliases")
    keys = [min(a.lower() for a in r.aliases) for r in by_alias if r.aliases]
    assert keys == sorted(keys)
    # Known keys are delegated unchanged.
    assert t.window_partners(sort="name") == t.list_partners(sort="name")
    assert len(t.window_partners(sort="parent", limit=2, offset=1)) == 2


def test_meeting_sorts(demo_tracker):
    t = demo_tracker
    extra = t.create_meeting(date=dt.date(2022, 1, 1), title="Ăn trưa", partner_ids=[t.resolve_partner("Wolong").id], our_lead="An")
    rows = t.window_meetings(sort="followups", descending=True)
    assert [r.followups for r in rows] == [6, 3, 0]
    rows = t.window_meetings(sort="agreements", descending=False)
    assert [r.agreements for r in rows] == [0, 0, 1]
    assert rows[1].id == extra.id  # ties: newest meeting first
    rows = t.window_meetings(sort="our_lead", descending=False)
    assert rows[0].our_lead == "An"
    rows = t.window_meetings(sort="partners", descending=False)
    firsts = [min(sort_key(n) for n in r.partner_names) for r in rows]
    assert firsts == sorted(firsts)


def test_agreement_sorts(demo_tracker):
    t = demo_tracker
    expired = t.create_agreement(
        form="mou", title="Hết hạn", party_ids=[1], status="in_force", effective_date=dt.date(2001, 1, 1), expiry_date=dt.date(2002, 1, 1)
    )
    rows = t.window_agreements(sort="status", descending=False)
    shown = [r.effective_status for r in rows]
    assert shown == sorted(shown)
    assert next(r for r in rows if r.id == expired.id).effective_status == "expired"
    rows = t.window_agreements(sort="parties", descending=False)
    firsts = [min(sort_key(n) for n in r.party_names) for r in rows]
    assert firsts == sorted(firsts)
    rows = t.window_agreements(sort="fields", descending=False)
    assert rows[-1].fields == ()  # no field: last
    assert t.count_agreements() == len(rows)


@pytest.mark.parametrize("deleted", [False, True])
def test_deleted_switch_holds_for_extra_sorts(demo_tracker, deleted):
    t = demo_tracker
    wolong = t.resolve_partner("Wolong").id
    t.delete_partner(wolong)
    ids = [r.id for r in t.window_partners(sort="open_followups", deleted=deleted)]
    assert (ids == [wolong]) is deleted
    assert (wolong in ids) is deleted


def test_followup_partner_ids(demo_tracker):
    t = demo_tracker
    rows = t.query_followups()
    assert t.followup_partner_ids([r.id for r in rows]) == {r.id: r.partner_id for r in rows}
    assert t.followup_partner_ids([]) == {}


@pytest.mark.parametrize("text", ["", "th", "thuong ngu", "đường bay"])
def test_status_counts_equal_counting_the_rows(demo_tracker, text):
    """The status bar's figures, all from one pass, equal counting the listed rows by hand,
    including overdue (open and past due) and deleted rows kept out."""
    from hptracker.core.enums import OPEN_STATUSES, FollowUpStatus
    from hptracker.core.tracker import FollowUpQuery

    t = demo_tracker
    rows = t.query_followups(FollowUpQuery())
    t.record_progress(rows[1].id, status="done", note="xong")
    t.record_progress(rows[2].id, status="awaiting_partner")
    t.delete_followup(rows[3].id)
    today = dt.date(2027, 1, 1)
    query = FollowUpQuery(text=text, today=today)
    listed = t.query_followups(query)
    counts = t.status_counts(query)
    expected = {status.value: sum(r.status == status.value for r in listed) for status in FollowUpStatus}
    expected["overdue"] = sum(r.status in OPEN_STATUSES and r.due_date is not None and r.due_date < today for r in listed)
    expected["total"] = len(listed)
    assert counts == expected
    assert counts["total"] == t.count_followups(query)
    if not text:
        assert counts["done"] >= 1 and counts["awaiting_partner"] >= 1 and counts["overdue"] >= 1


def test_a_followup_row_holds_each_value_in_its_own_field(tracker):
    """The details query fills FollowUpRow by column name, not by position: every field of a
    follow-up linked to everything holds its own value. All IDs differ, so two swapped columns
    would show."""
    from hptracker.core.rows import FollowUpRow

    category = tracker.category_by_code("twinning")
    units = [tracker.create_unit(name=f"Đơn vị {n}") for n in range(3)]
    partners = [tracker.create_partner(name=f"Đối tác {n}") for n in range(3)]
    partner = tracker.create_partner(name="Huyện Thượng Ngu", name_en="Shangyu District", name_native="上虞区")
    meetings = [tracker.create_meeting(date="13/05/2024", title=f"Cuộc họp {n}", partner_ids=[partners[0].id]) for n in range(5)]
    agreements = [tracker.create_agreement(form="mou", title=f"Thoả thuận {n}", party_ids=[partner.id]) for n in range(6)]
    for n in range(6):
        tracker.create_followup(title=f"Việc {n}", direction="ours", partner_id=partners[0].id)
    followup = tracker.create_followup(
        title="Chọn một quận để kết nghĩa",
        details="Chi tiết",
        direction="theirs",
        partner_id=partner.id,
        meeting_id=meetings[-1].id,
        agreement_id=agreements[-1].id,
        category_id=category.id,
        unit_id=units[-1].id,
        officer="Nguyễn Văn An",
        priority="high",
        due="Q3/2024",
    )
    tracker.record_progress(followup.id, status="in_progress", note="Đã gửi thư", date="01/06/2024")
    ids = [category.id, units[-1].id, partner.id, meetings[-1].id, agreements[-1].id, followup.id]
    assert len(set(ids)) == len(ids)

    assert tracker.followup_row(followup.id, today=dt.date(2024, 10, 3)) == FollowUpRow(
        id=followup.id,
        title="Chọn một quận để kết nghĩa",
        details="Chi tiết",
        direction="theirs",
        partner_id=partner.id,
        partner_name="Huyện Thượng Ngu",
        partner_name_en="Shangyu District",
        partner_name_native="上虞区",
        category_id=category.id,
        category=category.name,
        category_en=category.name_en,
        meeting_id=meetings[-1].id,
        meeting_date=dt.date(2024, 5, 13),
        meeting_title="Cuộc họp 4",
        agreement_id=agreements[-1].id,
        agreement_title="Thoả thuận 5",
        unit_id=units[-1].id,
        unit_name="Đơn vị 2",
        officer="Nguyễn Văn An",
        priority="high",
        due_date=dt.date(2024, 9, 30),
        due_precision="quarter",
        status="in_progress",
        completed_on=None,
        last_update=dt.date(2024, 6, 1),
        latest_note="Đã gửi thư",
        deleted=False,
        timeliness="overdue",
        days_overdue=3,
    )


def test_a_followups_history_is_read_in_three_statements(demo_tracker):
    """Opening a follow-up reads its history; on a server each statement is a round trip, and
    reading the whole record with its lists for it (ten statements) made opening a follow-up
    2.5× slower there than on SQLite (issue 17.7). The history itself stays the same."""
    t = demo_tracker
    followup_id = t.query_followups()[0].id
    t.record_progress(followup_id, status="in_progress", note="Đã gửi công văn")
    t.record_progress(followup_id, note="Đã trao đổi qua điện thoại")
    with statements_of(t) as statements:
        items = t.history(followup_id)
    assert len(statements) <= 3, statements
    progress = [i for i in items if i.kind == "progress"]
    entries = t.get_followup(followup_id).progress
    assert [(i.date, i.status, i.note, i.officer) for i in progress] == [
        (e.date, e.status, e.note, e.officer.name if e.officer else None) for e in entries
    ]
    assert progress[-1].note == "Đã trao đổi qua điện thoại"
    assert any(i.kind == "audit" for i in items)
    with pytest.raises(NotFoundError):
        t.history(10**9)


def test_a_followups_row_is_read_again_in_one_statement(demo_tracker):
    """After each progress entry the window reads the follow-up's row again (the table shows its
    new status and look); on a server each statement is a round trip, and the two-step page read
    (ids, then details; twice more for a deleted row) added two to four round trips to each
    progress entry there (issue 17.7). One statement, the same row, deleted rows too."""
    from hptracker.core.tracker import FollowUpQuery

    t = demo_tracker
    rows = t.query_followups()
    live, gone = rows[0], rows[1]
    t.delete_followup(gone.id)
    with statements_of(t) as statements:
        again = t.followup_row(live.id)
        read_live = len(statements)
        deleted = t.followup_row(gone.id)
    assert read_live == 1 and len(statements) == 2, statements
    assert again == live
    assert deleted.id == gone.id and deleted.deleted and deleted.title == gone.title
    assert t.query_followups(FollowUpQuery(deleted=True), ids=[gone.id]) == [deleted]
    with pytest.raises(NotFoundError):
        t.followup_row(10**9)
