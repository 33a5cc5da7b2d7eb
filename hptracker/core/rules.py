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

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, select

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
LIVE_AGREEMENT_STATUSES = (AgreementStatus.PROPOSED.value, AgreementStatus.SIGNED.value,
                           AgreementStatus.IN_FORCE.value)

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


def timeliness(status: str, due_date: dt.date | None, completed_on: dt.date | None,
               today: dt.date | None = None) -> Timeliness:
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


def state_from_log(entries: Iterable[tuple[dt.date, str]], on: dt.date | None = None,
                   initial: str = INITIAL_STATUS) -> tuple[str, dt.date | None]:
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


def state_as_of_sql(on: dt.date, followup_ids: Sequence[int] | None = None) -> Select:
    """The SQL of :func:`state_from_log`: (followup_id, status, since) for every follow-up with an
    entry dated on or before ``on``; one without such an entry has ``INITIAL_STATUS`` (join with
    an outer join and COALESCE).

    One pass over the log in its index order (followup_id, date, id): an entry "sets" the status
    when it differs from the entry before it (the first entry: from ``INITIAL_STATUS``); the
    status is the last entry's; "since" is the date of the last entry that set it. Window
    functions, so the same statement runs on SQLite and PostgreSQL.
    """
    entries = ProgressEntry.__table__
    order = {"partition_by": entries.c.followup_id, "order_by": (entries.c.date, entries.c.id)}
    marked = select(
        entries.c.followup_id,
        entries.c.date,
        entries.c.status,
        func.lag(entries.c.status, 1, literal(INITIAL_STATUS)).over(**order).label("previous"),
        func.last_value(entries.c.status).over(**order, rows=(None, None)).label("last_status"),
    ).where(entries.c.date <= on)
    if followup_ids is not None:
        marked = marked.where(entries.c.followup_id.in_(list(followup_ids)))
    marked_cte = marked.cte("progress_marked")
    return select(
        marked_cte.c.followup_id,
        func.max(marked_cte.c.last_status).label("status"),
        func.max(case((marked_cte.c.status != marked_cte.c.previous, marked_cte.c.date))).label("since"),
    ).group_by(marked_cte.c.followup_id)


# -- an agreement's status as shown: expired once past its expiry date -------------------------

def agreement_effective_status(status: str, expiry_date: dt.date | None, today: dt.date | None = None) -> str:
    """An agreement past its expiry date shows as expired (SPEC §1); it still holds on that day."""
    today = today or dt.date.today()
    if expiry_date is not None and expiry_date < today and status in LIVE_AGREEMENT_STATUSES:
        return AgreementStatus.EXPIRED.value
    return status


def agreement_effective_status_sql(today: dt.date, status: Any = Agreement.status,
                                   expiry_date: Any = Agreement.expiry_date) -> ColumnElement[str]:
    """The SQL of :func:`agreement_effective_status` (the agreements table sorts on it)."""
    return case(
        (and_(expiry_date.is_not(None), expiry_date < today, status.in_(LIVE_AGREEMENT_STATUSES)),
         AgreementStatus.EXPIRED.value),
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
        return (dt.date(today.year, quarter * 3 - 2, 1),
                period_end(today.year, precision=DuePrecision.QUARTER, quarter=quarter))
    if choice == "year":
        return dt.date(today.year, 1, 1), period_end(today.year, precision=DuePrecision.YEAR)
    if choice == "past":
        return None, today - dt.timedelta(days=1)
    return None, None
