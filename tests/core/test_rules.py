"""Each business rule's Python form and SQL form agree, on random rows in a real database.

A row shows its timeliness and days overdue from the Python form; the overdue filter, the status
bar's counts and the agreements' status sort use the SQL form. Random follow-ups and agreements
(hypothesis) are written into a real SQLite database and read back through both forms and through
the Tracker's own queries: every row must be judged the same way. The days next to the boundary
(due yesterday, today, tomorrow) are drawn often and are also given as explicit examples, so a
flipped comparison in either form fails here every time (STYLE.md habit 13).
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from hptracker.core.enums import OPEN_STATUSES, AgreementStatus, FollowUpStatus, Timeliness
from hptracker.core.models import Agreement, FollowUp
from hptracker.core.rules import (
    agreement_effective_status,
    agreement_effective_status_sql,
    days_overdue,
    due_period,
    is_overdue,
    overdue_sql,
    timeliness,
)
from hptracker.core.text import DuePrecision, normalise_due
from hptracker.core.tracker import FollowUpQuery, Tracker

TODAY = dt.date(2025, 3, 15)
DAY = dt.timedelta(days=1)
NEAR = (TODAY - DAY, TODAY, TODAY + DAY)
NOW = dt.datetime(2025, 3, 1, 8, 0)

# The boundary days often, any other day of a few years around sometimes, no date at all too.
dates = st.one_of(st.sampled_from(NEAR), st.dates(TODAY - 900 * DAY, TODAY + 900 * DAY))
due_dates = st.one_of(st.none(), dates)


@st.composite
def followups(draw) -> tuple[str, dt.date | None, dt.date | None]:
    status = draw(st.sampled_from([s.value for s in FollowUpStatus]))
    completed_on = draw(dates) if status == FollowUpStatus.DONE else None  # CHECK completed_when_done
    return status, draw(due_dates), completed_on


@st.composite
def agreements(draw) -> tuple[str, dt.date | None]:
    return draw(st.sampled_from([s.value for s in AgreementStatus])), draw(due_dates)


# Every status due on each of the three boundary days, and without a due date.
EDGES = [(s.value, due, TODAY if s == FollowUpStatus.DONE else None) for s, due in itertools.product(FollowUpStatus, (*NEAR, None))]
AGREEMENT_EDGES = [(s.value, expiry) for s, expiry in itertools.product(AgreementStatus, (*NEAR, None))]

# derandomize: the same examples on every run and machine, so a failure here is never luck.
RANDOM_ROWS = settings(max_examples=100, deadline=None, derandomize=True)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One real database for every example; each example replaces the rows it reads."""
    tracker = Tracker.open(tmp_path_factory.mktemp("rules") / "rules.db", officer="Nguyễn Thị Hoa")
    partner = tracker.create_partner(name="Huyện Thượng Ngu")
    yield tracker, partner.id
    tracker.close()


def put_followups(tracker: Tracker, partner_id: int, rows) -> list[int]:
    table = FollowUp.__table__
    with tracker.db.engine.begin() as conn:
        conn.execute(delete(table))
        values = [
            {
                "id": i,
                "title": f"Việc hàng {i}",
                "direction": "ours",
                "partner_id": partner_id,
                "priority": "normal",
                "status": status,
                "due_date": due,
                "due_precision": DuePrecision.DAY.value if due else None,
                "completed_on": completed_on,
                "search_key": f"viec hang {i}",
                "sort_key": f"{i:05d}",
                "created_at": NOW,
                "updated_at": NOW,
                "raised_on": NOW.date(),
            }
            for i, (status, due, completed_on) in enumerate(rows, 1)
        ]
        conn.execute(insert(table), values)
    return [v["id"] for v in values]


@given(rows=st.lists(followups(), min_size=1, max_size=30))
@example(rows=EDGES)
@RANDOM_ROWS
def test_overdue_python_and_sql_agree(store, rows):
    tracker, partner_id = store
    ids = put_followups(tracker, partner_id, rows)
    by_id = dict(zip(ids, rows, strict=True))
    python = {i for i, (status, due, _done) in by_id.items() if is_overdue(status, due, TODAY)}

    with tracker.db.engine.connect() as conn:
        sql = set(conn.scalars(select(FollowUp.id).where(overdue_sql(TODAY))))
    assert sql == python

    # The rows as the tables show them: marked overdue, with days overdue, exactly when SQL says so.
    shown = tracker.query_followups(FollowUpQuery(today=TODAY))
    assert len(shown) == len(rows)
    for row in shown:
        status, due, completed_on = by_id[row.id]
        assert (row.timeliness == Timeliness.OVERDUE) == (row.id in sql), row
        assert (row.days_overdue is not None) == (row.id in sql), row
        if row.days_overdue is not None:
            assert row.days_overdue == (TODAY - due).days >= 1
        assert row.timeliness == timeliness(status, due, completed_on, TODAY).value
        assert row.days_overdue == days_overdue(status, due, TODAY)

    # The overdue filter and both ways the status bar counts (with and without a search).
    assert {r.id for r in tracker.query_followups(FollowUpQuery(overdue_only=True, today=TODAY))} == python
    assert tracker.count_followups(FollowUpQuery(overdue_only=True, today=TODAY)) == len(python)
    assert tracker.status_counts(FollowUpQuery(today=TODAY))["overdue"] == len(python)
    assert tracker.status_counts(FollowUpQuery(text="hàng", today=TODAY))["overdue"] == len(python)


@given(rows=st.lists(agreements(), min_size=1, max_size=30))
@example(rows=AGREEMENT_EDGES)
@RANDOM_ROWS
def test_agreement_status_shown_python_and_sql_agree(store, rows):
    tracker, _partner_id = store
    table = Agreement.__table__
    with tracker.db.engine.begin() as conn:
        conn.execute(delete(table))
        conn.execute(
            insert(table),
            [
                {
                    "id": i,
                    "form": "mou",
                    "title": f"Thoả thuận {i}",
                    "status": status,
                    "expiry_date": expiry,
                    "search_key": f"thoa thuan {i}",
                    "sort_key": f"{i:05d}",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for i, (status, expiry) in enumerate(rows, 1)
            ],
        )
        sql = dict(conn.execute(select(Agreement.id, agreement_effective_status_sql(TODAY))).all())
    python = {i: agreement_effective_status(status, expiry, TODAY) for i, (status, expiry) in enumerate(rows, 1)}
    assert sql == python
    assert {r.id: r.effective_status for r in tracker.list_agreements(today=TODAY)} == python
    # The status column sorts by the status it shows.
    shown = [r.effective_status for r in tracker.window_agreements(sort="status", descending=False, today=TODAY)]
    assert shown == sorted(python.values())


@pytest.mark.parametrize("status", [s.value for s in FollowUpStatus])
def test_overdue_starts_the_day_after_the_due_date(status):
    """The boundary by hand, for every status: due yesterday is overdue (1 day) only when open."""
    is_open = status in OPEN_STATUSES
    assert is_overdue(status, TODAY - DAY, TODAY) is is_open
    assert is_overdue(status, TODAY, TODAY) is False
    assert is_overdue(status, TODAY + DAY, TODAY) is False
    assert is_overdue(status, None, TODAY) is False
    assert days_overdue(status, TODAY - DAY, TODAY) == (1 if is_open else None)
    assert days_overdue(status, TODAY, TODAY) is None


@pytest.mark.parametrize("status", [s.value for s in AgreementStatus])
def test_agreement_expires_the_day_after_its_expiry_date(status):
    live = status in ("proposed", "signed", "in_force")
    assert agreement_effective_status(status, TODAY - DAY, TODAY) == ("expired" if live else status)
    assert agreement_effective_status(status, TODAY, TODAY) == status
    assert agreement_effective_status(status, None, TODAY) == status


@given(today=st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)))
@RANDOM_ROWS
def test_due_periods_are_whole_periods_ending_where_a_due_date_of_that_precision_ends(today):
    """ "Due this month/quarter/year" spans exactly the period a due date typed as 05/2025, Q2/2025
    or 2025 is stored at (its last day), so a follow-up due "this quarter" is always in the filter."""
    for choice, precision in (("month", DuePrecision.MONTH), ("quarter", DuePrecision.QUARTER), ("year", DuePrecision.YEAR)):
        first, last = due_period(choice, today)
        assert first <= today <= last
        assert last == normalise_due(today, precision) == normalise_due(first, precision)
        assert normalise_due(first - DAY, precision) == first - DAY  # the day before ends the previous one
    first, last = due_period("past", today)
    assert first is None and last + DAY == today and not is_overdue("in_progress", today, today)
    first, last = due_period("next30", today)
    assert (first, last) == (today, today + 30 * DAY)
    assert due_period("any", today) == (None, None)
