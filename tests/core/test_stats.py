"""SPEC §10's figures against histories counted by hand (issue 18 item 1).

The period is the second quarter of 2025 (F = 01/04/2025, T = 30/06/2025). Each follow-up below has
an explicit history and the figure it must land in, worked out by hand from SPEC §10's wording:
raised before F, during the period, after T; done before F, during, after T (open at T); dropped;
reopened; no due date; due on T and on T-1; deleted; a note repeating "done" after the day it was
done. The expected tables are written out as numbers, not computed from the same rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from hptracker.core.errors import ValidationError
from hptracker.core.stats import FIGURES

pytestmark = pytest.mark.both_backends

D = dt.date
F, T = D(2025, 4, 1), D(2025, 6, 30)

# number: (raised, unit, due, [(date, status, note)], partner parity comes from the number,
#          expected (origin, outcome) or None when out of scope)
HISTORIES = {
    1: (D(2025, 1, 10), "A", D(2025, 3, 31), [(D(2025, 2, 1), "in_progress")], ("carried_over", "overdue")),
    2: (D(2025, 2, 15), "A", D(2025, 4, 30), [(D(2025, 3, 1), "in_progress"), (D(2025, 4, 20), "done")],
        ("carried_over", "done_on_time")),
    3: (D(2025, 2, 15), "A", D(2025, 3, 31), [(D(2025, 5, 10), "done")], ("carried_over", "done_late")),
    4: (D(2025, 1, 5), "A", D(2025, 2, 28), [(D(2025, 3, 20), "done")], None),  # done before F
    5: (D(2025, 1, 5), "B", None, [(D(2025, 3, 31), "dropped")], None),  # dropped the day before F
    6: (D(2025, 1, 5), "B", D(2025, 4, 1), [(D(2025, 4, 1), "done")], ("carried_over", "done_on_time")),  # on F, on due
    7: (D(2025, 4, 10), "A", D(2025, 6, 30), [], ("new", "open_within_deadline")),  # due on T: not overdue
    8: (D(2025, 4, 10), "B", D(2025, 6, 29), [(D(2025, 4, 15), "in_progress")], ("new", "overdue")),  # due T-1
    9: (D(2025, 5, 1), None, None, [(D(2025, 5, 2), "awaiting_partner")], ("new", "open_within_deadline")),
    10: (D(2025, 5, 1), "B", None, [(D(2025, 6, 20), "done")], ("new", "done_on_time")),  # no due: on time
    11: (D(2025, 7, 1), "A", D(2025, 7, 15), [], None),  # raised after T
    # Completed after the cut-off: open at T.
    12: (D(2025, 3, 1), "A", D(2025, 6, 15), [(D(2025, 3, 1), "in_progress"), (D(2025, 7, 5), "done")],
         ("carried_over", "overdue")),
    13: (D(2025, 4, 20), "B", D(2025, 7, 31), [(D(2025, 7, 10), "done")], ("new", "open_within_deadline")),
    # Reopened after being done before F, done again in the period, after its due date.
    14: (D(2025, 2, 1), "A", D(2025, 4, 30), [(D(2025, 3, 15), "done"), (D(2025, 4, 10), "in_progress"),
                                             (D(2025, 5, 25), "done")], ("carried_over", "done_late")),
    15: (D(2025, 2, 1), "B", D(2025, 12, 31), [(D(2025, 3, 15), "done"), (D(2025, 4, 5), "in_progress")],
         ("carried_over", "open_within_deadline")),
    16: (D(2025, 3, 1), "A", D(2025, 5, 31), [(D(2025, 5, 15), "dropped")], ("carried_over", "dropped")),
    17: (D(2025, 4, 10), "A", D(2025, 4, 20), [], None),  # deleted below
    18: (D(2025, 6, 1), "A", D(2025, 6, 10), [(D(2025, 6, 30), "done")], ("new", "done_late")),  # done on T
    19: (D(2025, 6, 30), "B", None, [], ("new", "open_within_deadline")),  # raised on T
    # A note repeating "done" later does not move the day it was done.
    20: (D(2025, 4, 1), "A", D(2025, 4, 30), [(D(2025, 4, 28), "done"), (D(2025, 5, 10), "done", "Báo cáo")],
         ("new", "done_on_time")),
    21: (D(2025, 2, 1), "B", D(2025, 3, 31), [(D(2025, 3, 25), "done"), (D(2025, 4, 5), "done", "Báo cáo")], None),
}

# By unit, counted by hand from the table above.
BY_UNIT = {
    "A": dict(total=9, carried_over=6, new=3, done_on_time=2, done_late=3, dropped=1, overdue=2,
              open_within_deadline=1, on_time_rate=2 / 7),
    "B": dict(total=6, carried_over=2, new=4, done_on_time=2, done_late=0, dropped=0, overdue=1,
              open_within_deadline=3, on_time_rate=2 / 3),
    None: dict(total=1, carried_over=0, new=1, done_on_time=0, done_late=0, dropped=0, overdue=0,
               open_within_deadline=1, on_time_rate=None),
}
TOTAL = dict(total=16, carried_over=8, new=8, done_on_time=4, done_late=3, dropped=1, overdue=3,
             open_within_deadline=5, on_time_rate=0.4)
# By partner: odd numbers with Thượng Ngu, even with Wolong.
BY_PARTNER = {
    "Huyện Thượng Ngu": dict(total=7, carried_over=3, new=4, done_on_time=0, done_late=1, dropped=0, overdue=1,
                             open_within_deadline=5, on_time_rate=0.0),
    "Tập đoàn Wolong": dict(total=9, carried_over=5, new=4, done_on_time=4, done_late=2, dropped=1, overdue=2,
                            open_within_deadline=0, on_time_rate=0.5),
}


@pytest.fixture
def history(tracker):
    """The follow-ups of HISTORIES entered through the public API, as old minutes would be."""
    units = {"A": tracker.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", abbreviation="HEZA").id,
             "B": tracker.create_unit(name="Sở Ngoại vụ Hải Phòng").id}
    partners = [tracker.create_partner(name="Huyện Thượng Ngu", name_native="上虞区").id,
                tracker.create_partner(name="Tập đoàn Wolong", kind="enterprise").id]
    category = tracker.category_by_code("twinning").id
    ids = {}
    for number, (raised, unit, due, log, _expected) in HISTORIES.items():
        followup = tracker.create_followup(
            title=f"Việc số {number}", direction="ours", partner_id=partners[(number + 1) % 2],
            unit_id=units[unit] if unit else None, due=due, raised_on=raised,
            officer="Nguyễn Thị Hoa" if number % 3 else None, category_id=category if number <= 10 else None)
        for date, status, *note in log:
            tracker.record_progress(followup.id, status=status, date=date, note=note[0] if note else None)
        ids[number] = followup.id
    tracker.delete_followup(ids[17])
    return tracker, ids, units


def _as_dict(figures) -> dict:
    return {"total": figures.total, **{name: figures.value(name) for name in FIGURES},
            "on_time_rate": figures.on_time_rate}


def test_figures_by_unit_match_the_hand_count(history):
    tracker, _ids, units = history
    stats = tracker.statistics(F, T, by="unit")
    names = {units["A"]: "A", units["B"]: "B", None: None}
    got = {names[g.key]: _as_dict(g.figures) for g in stats.groups}
    assert got == BY_UNIT
    assert _as_dict(stats.total) == TOTAL
    # Vietnamese name order (Ban… before Sở…), the follow-ups without a unit last.
    assert [g.name for g in stats.groups] == ["Ban Quản lý Khu kinh tế Hải Phòng", "Sở Ngoại vụ Hải Phòng", "(no unit)"]


def test_figures_by_partner_match_the_hand_count(history):
    tracker, _ids, _units = history
    stats = tracker.statistics(F, T, by="partner")
    assert {g.name: _as_dict(g.figures) for g in stats.groups} == BY_PARTNER


def test_every_grouping_has_the_same_total(history):
    tracker, _ids, _units = history
    for by in ("unit", "partner", "category", "officer"):
        assert _as_dict(tracker.statistics(F, T, by=by).total) == TOTAL, by
    by_officer = {g.name: g.figures.total for g in tracker.statistics(F, T, by="officer").groups}
    # Officer on numbers not divisible by 3: of the 16 in scope, 3, 6, 9, 12, 15, 18 have none.
    assert by_officer == {"Nguyễn Thị Hoa": 10, "(no officer)": 6}
    by_category = {g.name: g.figures.total for g in tracker.statistics(F, T, by="category").groups}
    assert by_category == {"Twinning": 8, "(no category)": 8}  # 1, 2, 3, 6, 7, 8, 9, 10 have one
    assert [g.name for g in tracker.statistics(F, T, by="category", lang="vi").groups][0] == "Kết nghĩa"


def test_each_follow_up_lands_where_the_hand_count_says(history):
    tracker, ids, _units = history
    rows = {row.id: (row.origin, row.outcome) for row in tracker.scope_rows(F, T)}
    expected = {ids[n]: h[-1] for n, h in HISTORIES.items() if h[-1] is not None}
    assert rows == expected


def test_the_follow_ups_behind_a_figure(history):
    tracker, ids, units = history
    assert tracker.statistics_ids(F, T, "unit", units["A"], "overdue") == [ids[1], ids[12]]
    assert tracker.statistics_ids(F, T, "unit", None, "new") == [ids[9]]
    assert tracker.statistics_ids(F, T, None, None, "done_late") == [ids[14], ids[3], ids[18]]  # by raised day
    assert sorted(tracker.statistics_ids(F, T, None, None, "total")) == sorted(
        ids[n] for n, h in HISTORIES.items() if h[-1] is not None)
    assert tracker.statistics_ids(F, T, "officer", "Nguyễn Thị Hoa", "dropped") == [ids[16]]


def test_a_past_report_gives_the_same_figures_later(history):
    """Work done after the cut-off (today) changes nothing of the quarter's figures."""
    tracker, ids, _units = history
    before = tracker.statistics(F, T, by="unit")
    tracker.record_progress(ids[1], status="done", note="Xong sau kỳ báo cáo")
    tracker.record_progress(ids[7], status="dropped")
    tracker.create_followup(title="Việc mới", direction="ours", partner_id=tracker.get_followup(ids[1]).partner_id)
    assert tracker.statistics(F, T, by="unit") == before
    # And for a period that does reach today, they show.
    today = dt.date.today()
    assert tracker.statistics(F, today, by="unit").total.new > before.total.new


def test_json_has_the_shape_of_spec_section_10(history):
    tracker, _ids, _units = history
    data = tracker.statistics(F, T, by="unit").as_json()
    assert list(data) == ["from", "to", "by", "groups", "total"]
    assert (data["from"], data["to"], data["by"]) == ("01/04/2025", "30/06/2025", "unit")
    assert data["groups"][0] == {"group": "Ban Quản lý Khu kinh tế Hải Phòng", **BY_UNIT["A"]}
    assert data["groups"][-1]["group"] is None
    assert data["total"] == TOTAL


def test_period_changes_list_status_changes_and_due_moves(history):
    tracker, ids, _units = history
    tracker.update_followup(ids[7], due="31/07/2025")
    tracker.update_followup(ids[9], due="Q3/2025")
    changes = tracker.period_changes(F, dt.date.today())
    in_q2 = [(c.followup_id, c.date, c.old_status, c.new_status) for c in tracker.period_changes(F, T).status_changes]
    # Every entry of the quarter that changed a status (the note on 10/05 repeating "done" did not).
    assert in_q2 == [
        (ids[6], D(2025, 4, 1), "not_started", "done"), (ids[15], D(2025, 4, 5), "done", "in_progress"),
        (ids[14], D(2025, 4, 10), "done", "in_progress"), (ids[8], D(2025, 4, 15), "not_started", "in_progress"),
        (ids[2], D(2025, 4, 20), "in_progress", "done"), (ids[20], D(2025, 4, 28), "not_started", "done"),
        (ids[9], D(2025, 5, 2), "not_started", "awaiting_partner"), (ids[3], D(2025, 5, 10), "not_started", "done"),
        (ids[16], D(2025, 5, 15), "not_started", "dropped"), (ids[14], D(2025, 5, 25), "in_progress", "done"),
        (ids[10], D(2025, 6, 20), "not_started", "done"), (ids[18], D(2025, 6, 30), "not_started", "done"),
    ]
    moves = {(m.followup_id, m.old_date, m.old_precision, m.new_date, m.new_precision) for m in changes.due_moves}
    assert moves == {(ids[7], D(2025, 6, 30), "day", D(2025, 7, 31), "day"),
                     (ids[9], None, None, D(2025, 9, 30), "quarter")}
    assert all(m.officer == tracker.officer for m in changes.due_moves)
    assert tracker.period_changes(F, T).due_moves == ()  # moved today, not in the second quarter


@pytest.mark.parametrize(("start", "cutoff", "message"), [
    (D(2025, 7, 1), D(2025, 6, 30), "after its cut-off date 30/06/2025"),
    (D(2025, 1, 1), dt.date.today() + dt.timedelta(days=1), "is in the future"),
])
def test_a_period_that_makes_no_sense_is_refused(tracker, start, cutoff, message):
    with pytest.raises(ValidationError, match=message):
        tracker.statistics(start, cutoff)


def test_an_unknown_grouping_is_refused(tracker):
    with pytest.raises(ValidationError, match="Unknown grouping"):
        tracker.statistics(F, T, by="colour")
