"""The SQL form of SPEC §10's figures agrees with the straightforward Python form, on random histories.

Random follow-ups (raised on some day, maybe deleted, maybe due, with a random progress log whose
entries were typed in any order) are written into a real database; the status at the cut-off and
each follow-up's figure come back from SQL (the Tracker's ``scope_rows`` and ``statistics``) and
from :func:`hptracker.core.stats.classify_history` and :func:`hptracker.core.rules.state_from_log`
over the same log. Days next to the period's edges (F-1, F, F+1, T-1, T, T+1) are drawn often, so
a flipped comparison in either form fails here (STYLE.md habit 13).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from hptracker.core.enums import FollowUpStatus
from hptracker.core.models import FollowUp, ProgressEntry
from hptracker.core.rules import state_as_of_sql, state_from_log
from hptracker.core.stats import FIGURES, classify_history
from hptracker.core.tracker import Tracker

pytestmark = pytest.mark.both_backends

DAY = dt.timedelta(days=1)
F, T = dt.date(2025, 4, 1), dt.date(2025, 6, 30)
EDGES = (F - DAY, F, F + DAY, T - DAY, T, T + DAY)
NOW = dt.datetime(2025, 1, 1, 8, 0)

# Mostly the edge days (a plain one_of drew them too rarely to meet "done on F" in 60 examples).
days = st.integers(0, 9).flatmap(lambda k: st.sampled_from(EDGES) if k < 7 else st.dates(F - 120 * DAY, T + 60 * DAY))
statuses = st.sampled_from([s.value for s in FollowUpStatus])


@st.composite
def histories(draw):
    entries = draw(st.lists(st.tuples(days, statuses), max_size=6))  # in the order they were typed in
    return draw(days), draw(st.booleans()), draw(st.one_of(st.none(), days)), entries


RANDOM_HISTORIES = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def store(backend, databases):
    target = databases.new(backend)
    tracker = Tracker.open(target, officer="Nguyễn Thị Hoa")
    partner = tracker.create_partner(name="Huyện Thượng Ngu")
    yield tracker, partner.id
    tracker.close()
    databases.drop(target)


def put(tracker: Tracker, partner_id: int, rows) -> dict[int, tuple]:
    """Replace every follow-up with ``rows``; the log's entries get ids in the order they were typed."""
    logs = {}
    with tracker.db.engine.begin() as conn:
        conn.execute(delete(ProgressEntry.__table__))
        conn.execute(delete(FollowUp.__table__))
        followups, entries = [], []
        for number, (raised, deleted, due, log) in enumerate(rows, 1):
            followups.append(
                {
                    "id": number,
                    "title": f"Việc {number}",
                    "direction": "ours",
                    "partner_id": partner_id,
                    "priority": "normal",
                    "status": "not_started",
                    "due_date": due,
                    "due_precision": "day" if due else None,
                    "raised_on": raised,
                    "deleted_at": NOW if deleted else None,
                    "search_key": "",
                    "sort_key": "",
                    "created_at": NOW,
                    "updated_at": NOW,
                    "unit_id": None,
                    "officer": "Hoa" if number % 2 else None,
                }
            )
            entries += [{"followup_id": number, "date": date, "status": status, "created_at": NOW} for date, status in log]
            # The log's order: by date, then in the order typed (a stable sort keeps it).
            logs[number] = (raised, deleted, due, sorted(log, key=lambda entry: entry[0]))
        conn.execute(insert(FollowUp.__table__), followups)
        if entries:
            conn.execute(insert(ProgressEntry.__table__), entries)
    return logs


@given(rows=st.lists(histories(), min_size=1, max_size=25), on=days)
@RANDOM_HISTORIES
def test_status_at_a_day_sql_and_python_agree(store, rows, on):
    tracker, partner_id = store
    logs = put(tracker, partner_id, rows)
    with tracker.db.engine.connect() as conn:
        sql = {fid: (status, since) for fid, status, since in conn.execute(state_as_of_sql(on))}
        closed = {fid: since for fid, _status, since in conn.execute(state_as_of_sql(on, since_for=("done",)))}
    python = {fid: state_from_log(log, on=on) for fid, (_r, _d, _due, log) in logs.items()}
    assert sql == python
    assert closed == {fid: since if status == "done" else None for fid, (status, since) in python.items()}


# Each edge once, as an explicit example: closed on F-1, F and T+1, due on T-1 and T, raised on
# F, T and T+1, reopened in the period, a repeated "done".
EDGE_CASES = [
    (F - 30 * DAY, False, None, [(F, "done")]),
    (F - 30 * DAY, False, None, [(F - DAY, "dropped")]),
    (F - 30 * DAY, False, T - DAY, [(T + DAY, "done")]),
    (F, False, T, []),
    (T, False, T - DAY, [(F, "in_progress")]),
    (T + DAY, False, None, []),
    (F - 30 * DAY, False, F, [(F - DAY, "done"), (F, "in_progress"), (T, "done")]),
    (F - 30 * DAY, True, F, [(F, "done")]),
    (F, False, F, [(F, "done"), (F + DAY, "done")]),
]


@given(rows=st.lists(histories(), min_size=1, max_size=25))
@example(rows=EDGE_CASES)
@RANDOM_HISTORIES
def test_figures_sql_and_python_agree(store, rows):
    tracker, partner_id = store
    logs = put(tracker, partner_id, rows)
    python = {fid: classify_history(raised, deleted, due, log, F, T) for fid, (raised, deleted, due, log) in logs.items()}
    python = {fid: figure for fid, figure in python.items() if figure is not None}
    sql = {row.id: (row.origin, row.outcome) for row in tracker.scope_rows(F, T, today=T)}
    assert sql == python

    stats = tracker.statistics(F, T, by="officer", today=T)
    counts = dict.fromkeys(FIGURES, 0)
    for origin, outcome in python.values():
        counts[origin] += 1
        counts[outcome] += 1
    assert {name: stats.total.value(name) for name in FIGURES} == counts
    assert stats.total.total == len(python)
    for group in stats.groups:
        members = [fid for fid in python if ("Hoa" if fid % 2 else None) == group.key]
        assert group.figures.total == len(members)
        assert sorted(tracker.statistics_ids(F, T, "officer", group.key, "total", today=T)) == sorted(members)
