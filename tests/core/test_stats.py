"""SPEC §10's figures against histories counted by hand (issue 18 item 1): tests/period_history.py."""

from __future__ import annotations

import datetime as dt

import pytest
from period_history import BY_PARTNER, BY_UNIT, HISTORIES, TOTAL, F, T, enter

from hptracker.core.errors import ValidationError
from hptracker.core.stats import FIGURES

pytestmark = pytest.mark.both_backends

D = dt.date


@pytest.fixture
def history(tracker):
    return enter(tracker)


def _as_dict(figures) -> dict:
    return {"total": figures.total, **{name: figures.value(name) for name in FIGURES}, "on_time_rate": figures.on_time_rate}


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
    assert sorted(tracker.statistics_ids(F, T, None, None, "total")) == sorted(ids[n] for n, h in HISTORIES.items() if h[-1] is not None)
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
        (ids[6], D(2025, 4, 1), "not_started", "done"),
        (ids[15], D(2025, 4, 5), "done", "in_progress"),
        (ids[14], D(2025, 4, 10), "done", "in_progress"),
        (ids[8], D(2025, 4, 15), "not_started", "in_progress"),
        (ids[2], D(2025, 4, 20), "in_progress", "done"),
        (ids[20], D(2025, 4, 28), "not_started", "done"),
        (ids[9], D(2025, 5, 2), "not_started", "awaiting_partner"),
        (ids[3], D(2025, 5, 10), "not_started", "done"),
        (ids[16], D(2025, 5, 15), "not_started", "dropped"),
        (ids[14], D(2025, 5, 25), "in_progress", "done"),
        (ids[10], D(2025, 6, 20), "not_started", "done"),
        (ids[18], D(2025, 6, 30), "not_started", "done"),
    ]
    moves = {(m.followup_id, m.old_date, m.old_precision, m.new_date, m.new_precision) for m in changes.due_moves}
    assert moves == {(ids[7], D(2025, 6, 30), "day", D(2025, 7, 31), "day"), (ids[9], None, None, D(2025, 9, 30), "quarter")}
    assert all(m.officer == tracker.officer for m in changes.due_moves)
    assert tracker.period_changes(F, T).due_moves == ()  # moved today, not in the second quarter


@pytest.mark.parametrize(
    ("start", "cutoff", "message"),
    [
        (D(2025, 7, 1), D(2025, 6, 30), "after its cut-off date 30/06/2025"),
        (D(2025, 1, 1), dt.date.today() + dt.timedelta(days=1), "is in the future"),
    ],
)
def test_a_period_that_makes_no_sense_is_refused(tracker, start, cutoff, message):
    with pytest.raises(ValidationError, match=message):
        tracker.statistics(start, cutoff)


def test_an_unknown_grouping_is_refused(tracker):
    with pytest.raises(ValidationError, match="Unknown grouping"):
        tracker.statistics(F, T, by="colour")
