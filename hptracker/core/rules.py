"""The business rules of SPEC §1, each once, its Python form beside its SQL form.

A rule that the window's tables decide in SQL (a filter, a count, a sort) and a row decides in
Python (its timeliness, its days overdue, the status an agreement shows) must give the same
answer for the same record, or the status bar counts rows the table does not mark. So each rule
lives here in both forms, written next to each other, and ``tests/core/test_rules.py`` checks on
random rows in a real database that the two agree, the boundary days (due yesterday, today and
tomorrow) included. Everything else (the Tracker, exports, the brief, the window) asks here.

The day is always given (``today``): "overdue" changes at midnight, and one export, one brief
or one screen must use one date throughout.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import aliased

from .enums import OPEN_STATUSES, AgreementStatus, FollowUpStatus, Timeliness
from .models import Agreement, FollowUp, ProgressEntry
from .text import DuePrecision, period_end

__all__ = [
    "OPEN_STATUSES",
    "LIVE_AGREEMENT_STATUSES",
    "DUE_SOON_DAYS",
    "is_open",
    "open_sql",
    "is_overdue",
    "overdue_sql",
    "days_overdue",
    "timeliness",
    "agreement_effective_status",
    "agreement_effective_status_sql",
    "due_period",
    "INITIAL_STATUS",
    "state_from_log",
    "state_as_of_sql",
]

# An agreement in one of these statuses is still meant to hold; past its expiry date it shows as
# expired. Suspended and terminated ones say so themselves, whatever the date.
LIVE_AGREEMENT_STATUSES = (AgreementStatus.PROPOSED.value, AgreementStatus.SIGNED.value, AgreementStatus.IN_FORCE.value)

# "Due soon" on Today and in the due-period filter: today and the next 30 days.
DUE_SOON_DAYS = 30


# -- open: not done and not dropped ------------------------------------------------------------


def is_open(status: str) -> bool:
    return status in OPEN_STATUSES


def open_sql(status: Any = FollowUp.status) -> ColumnElement[bool]:
    return status.in_(OPEN_STATUSES)


# -- overdue: open and past its due date (due today is not overdue yet) --------------------------


def is_overdue(status: str, due_date: dt.date | None, today: dt.date) -> bool:
    return due_date is not None and is_open(status) and due_date < today


def overdue_sql(today: dt.date, status: Any = FollowUp.status, due_date: Any = FollowUp.due_date) -> ColumnElement[bool]:
    """The SQL of :func:`is_overdue`; a NULL due date compares as unknown, so it is never overdue.

    ``status`` and ``due_date`` are columns of the (deleted_at, status, due_date) index: a count
    with this condition reads that index alone.
    """
    return and_(open_sql(status), due_date < today)


def days_overdue(status: str, due_date: dt.date | None, today: dt.date) -> int | None:
    """Whole days past the due date of an overdue follow-up; None for every other one."""
    if due_date is None or not is_overdue(status, due_date, today):
        return None
    return (today - due_date).days


def timeliness(status: str, due_date: dt.date | None, completed_on: dt.date | None, today: dt.date | None = None) -> Timeliness:
    """Open and past due → overdue; done → on time or late; never typed by anyone.

    Its only SQL counterpart is "overdue" (the other values are not filtered or counted in SQL).
    """
    today = today or dt.date.today()
    if status == FollowUpStatus.DROPPED:
        return Timeliness.DROPPED
    if due_date is None:
        return Timeliness.NO_DUE
    if status == FollowUpStatus.DONE:
        done = completed_on or today
        return Timeliness.ON_TIME if done <= due_date else Timeliness.LATE
    return Timeliness.OVERDUE if is_overdue(status, due_date, today) else Timeliness.ON_TRACK


# -- a follow-up's status on a given day, from its progress log ------------------------------------

# A follow-up with no progress entry (yet, or before a given day) has this status: creating one with
# any other status writes a progress entry (core/followups.py).
INITIAL_STATUS = FollowUpStatus.NOT_STARTED.value


def state_from_log(
    entries: Iterable[tuple[dt.date, str]], on: dt.date | None = None, initial: str = INITIAL_STATUS
) -> tuple[str, dt.date | None]:
    """(status, set on) of a follow-up on day ``on`` (None: the latest), from its progress log.

    ``entries`` are (date, status) in the log's order: by date, and on one day in the order they
    were entered. The status is that of the last entry dated on or before ``on``, else
    ``initial``; "set on" is the date of the entry that set it — the first of the unbroken run of
    entries with that status at the end — so a later note that repeats "done" does not move the
    day it was done, and None when no entry set it. A follow-up is done (or dropped) on that day
    (SPEC §10); its ``completed_on`` is that day too.
    """
    status, since = initial, None
    for date, entry_status in entries:
        if on is not None and date > on:
            break
        if entry_status != status:
            status, since = entry_status, date
    return status, since


def state_as_of_sql(on: dt.date, *where: Any, since_for: Sequence[str] | None = None) -> Select:
    """The SQL of :func:`state_from_log`: (followup_id, status, since) of every follow-up that
    matches ``where``, on day ``on``; ``since`` only for the statuses in ``since_for`` (None: all).

    Each value is an index seek on the log's (followup_id, date, id) index, not a pass over the
    whole log (window functions over 500,000 entries took 3 s on SQLite; this takes 0.7 s): the
    status is the last entry's on or before ``on``; "since" is the date of the first entry after
    the last entry with another status — the start of the unbroken run at the end — or of the
    first entry when there is none, except that a follow-up that never left ``INITIAL_STATUS``
    has no "since". Plain correlated subqueries in materialized CTEs: the same statement on
    SQLite and PostgreSQL, and each subquery evaluated once per follow-up (inlined, SQLite
    repeated them for every reference to their column, five times slower).
    """
    entry = aliased(ProgressEntry)
    logged = (
        select(entry.status)
        .where(entry.followup_id == FollowUp.id, entry.date <= on)
        .order_by(entry.date.desc(), entry.id.desc())
        .limit(1)
        .correlate(FollowUp)
        .scalar_subquery()
    )
    first = materialized(select(FollowUp.id.label("followup_id"), logged.label("logged")).where(*where).cte("logged_state"))

    other = aliased(ProgressEntry)
    other_id = (
        select(other.id)
        .where(other.followup_id == first.c.followup_id, other.date <= on, other.status != first.c.logged)
        .order_by(other.date.desc(), other.id.desc())
        .limit(1)
        .correlate(first)
        .scalar_subquery()
    )
    if since_for is not None:  # the others' run is never looked up
        other_column: Any = case((first.c.logged.in_(list(since_for)), other_id))
    else:
        other_column = other_id
    second = materialized(select(first.c.followup_id, first.c.logged, other_column.label("other_id")).cte("other_state"))

    before = aliased(ProgressEntry)
    other_date = select(before.date).where(before.id == second.c.other_id).correlate(second).scalar_subquery()
    run = aliased(ProgressEntry)
    run_start = (
        select(func.min(run.date))
        .where(
            run.followup_id == second.c.followup_id,
            run.date <= on,
            or_(second.c.other_id.is_(None), run.date > other_date, and_(run.date == other_date, run.id > second.c.other_id)),
        )
        .correlate(second)
        .scalar_subquery()
    )
    final = func.coalesce(second.c.logged, literal(INITIAL_STATUS))
    has_since = [second.c.logged.is_not(None), or_(second.c.other_id.is_not(None), second.c.logged != INITIAL_STATUS)]
    if since_for is not None:
        has_since.append(second.c.logged.in_(list(since_for)))
    since = case((and_(*has_since), run_start))
    return select(second.c.followup_id, final.label("status"), since.label("since"))


def materialized(cte):
    """A CTE computed once (PostgreSQL 12+, SQLite 3.35+); older SQLite inlines it, slower, same answer."""
    import sqlite3

    return cte.prefix_with("MATERIALIZED") if sqlite3.sqlite_version_info >= (3, 35) else cte


# -- an agreement's status as shown: expired once past its expiry date -------------------------


def agreement_effective_status(status: str, expiry_date: dt.date | None, today: dt.date | None = None) -> str:
    """An agreement past its expiry date shows as expired (SPEC §1); it still holds on that day."""
    today = today or dt.date.today()
    if expiry_date is not None and expiry_date < today and status in LIVE_AGREEMENT_STATUSES:
        return AgreementStatus.EXPIRED.value
    return status


def agreement_effective_status_sql(
    today: dt.date, status: Any = Agreement.status, expiry_date: Any = Agreement.expiry_date
) -> ColumnElement[str]:
    """The SQL of :func:`agreement_effective_status` (the agreements table sorts on it)."""
    return case(
        (and_(expiry_date.is_not(None), expiry_date < today, status.in_(LIVE_AGREEMENT_STATUSES)), AgreementStatus.EXPIRED.value),
        else_=status,
    )


# -- due periods of the follow-ups filter -------------------------------------------------------


def due_period(choice: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The due-date range (first day, last day, both included) a "due period" choice stands for.

    "past" ends yesterday: a follow-up due today is not past due, as it is not overdue.
    """
    if choice == "next30":
        return today, today + dt.timedelta(days=DUE_SOON_DAYS)
    if choice == "month":
        return today.replace(day=1), period_end(today.year, today.month, precision=DuePrecision.MONTH)
    if choice == "quarter":
        quarter = (today.month - 1) // 3 + 1
        return (dt.date(today.year, quarter * 3 - 2, 1), period_end(today.year, precision=DuePrecision.QUARTER, quarter=quarter))
    if choice == "year":
        return dt.date(today.year, 1, 1), period_end(today.year, precision=DuePrecision.YEAR)
    if choice == "past":
        return None, today - dt.timedelta(days=1)
    return None, None


# -- agreements expiring soon ---------------------------------------------------------------------

# An agreement whose expiry is this many months away or nearer is "expiring": the brief's warning
# and the reminders' list both use it.
EXPIRY_WARNING_MONTHS = 6


def add_months(date: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's end (31/08 + 6 months → 28/02)."""
    index = date.month - 1 + months
    year, month = date.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))
