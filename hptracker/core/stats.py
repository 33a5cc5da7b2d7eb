"""The on-time figures of SPEC §10 for a period, by unit, partner, category or officer.

For a period from F (``start``) to T (``cutoff``, the data cut-off date), every figure is read
from the progress log as of T: a follow-up's status at T is that of its last progress entry dated
on or before T, and it was done (or dropped) on the date of the entry that set that status
(:func:`~hptracker.core.rules.state_from_log` and its SQL form). An item completed after the
cut-off is still open in the report, so last quarter's report gives the same numbers whenever it
is run. What is not in the log is read as it is now: the day a follow-up was raised, its due
date, its unit, partner, category and officer, and whether it is deleted; a due date moved after
T does change an old report's overdue figures (the report lists every move of the period).

Each follow-up in scope falls in one *origin* (carried over, new) and one *outcome* (done on
time, done late, dropped, overdue, open within the deadline); the figures count them. The rule
is written twice, side by side, as everywhere in hptracker (STYLE.md habit 13): in Python
(:func:`classify`) for one follow-up, and in SQL (:func:`_classified`) for 100,000 at once; a
hypothesis test checks on random histories that the two agree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, literal, literal_column, not_, or_, select
from sqlalchemy.orm import aliased

from .enums import AuditAction, FollowUpStatus
from .errors import ValidationError
from .i18n import translate
from .models import AuditEntry, Category, FollowUp, Officer, Partner, ProgressEntry, Unit
from .rules import INITIAL_STATUS, is_overdue, materialized, overdue_sql, state_as_of_sql, state_from_log
from .text import format_date, sort_key
from .tracker_base import TrackerBase

__all__ = [
    "ORIGINS",
    "OUTCOMES",
    "FIGURES",
    "GROUPINGS",
    "Figures",
    "Group",
    "Statistics",
    "ScopeRow",
    "StatusChange",
    "DueMove",
    "PeriodChanges",
    "classify",
    "classify_history",
    "check_period",
    "figure_label",
    "grouping_label",
    "StatisticsUseCases",
]

DONE, DROPPED = FollowUpStatus.DONE.value, FollowUpStatus.DROPPED.value
CARRIED_OVER, NEW = "carried_over", "new"
DONE_ON_TIME, DONE_LATE, OVERDUE, OPEN_WITHIN_DEADLINE = "done_on_time", "done_late", "overdue", "open_within_deadline"
ORIGINS = (CARRIED_OVER, NEW)
OUTCOMES = (DONE_ON_TIME, DONE_LATE, DROPPED, OVERDUE, OPEN_WITHIN_DEADLINE)
FIGURES = ORIGINS + OUTCOMES  # the counts; "total" and "on_time_rate" come with them
GROUPINGS = ("unit", "partner", "category", "officer")


# --------------------------------------------------------------------------------------------
# The rule for one follow-up (Python) ...
# --------------------------------------------------------------------------------------------


def classify(
    raised_on: dt.date, deleted: bool, due_date: dt.date | None, status: str, since: dt.date | None, start: dt.date, cutoff: dt.date
) -> tuple[str, str] | None:
    """(origin, outcome) of one follow-up in the period, or None when it is not in scope.

    ``status`` is its status at the cut-off and ``since`` the day that status was set (see
    :func:`~hptracker.core.rules.state_from_log`). In scope: raised on or before the cut-off, not
    deleted, and not done or dropped before the period began.
    """
    closed = status in (DONE, DROPPED)
    if deleted or raised_on > cutoff or (closed and since is not None and since < start):
        return None
    origin = CARRIED_OVER if raised_on < start else NEW
    if status == DONE:
        outcome = DONE_ON_TIME if due_date is None or (since is not None and since <= due_date) else DONE_LATE
    elif status == DROPPED:
        outcome = DROPPED
    elif is_overdue(status, due_date, cutoff):
        outcome = OVERDUE
    else:
        outcome = OPEN_WITHIN_DEADLINE
    return origin, outcome


def classify_history(
    raised_on: dt.date, deleted: bool, due_date: dt.date | None, entries: Iterable[tuple[dt.date, str]], start: dt.date, cutoff: dt.date
) -> tuple[str, str] | None:
    """:func:`classify` straight from a progress log of (date, status) in the log's order."""
    status, since = state_from_log(entries, on=cutoff)
    return classify(raised_on, deleted, due_date, status, since, start, cutoff)


# --------------------------------------------------------------------------------------------
# ... and for all of them (SQL)
# --------------------------------------------------------------------------------------------


def _classified(start: dt.date, cutoff: dt.date):
    """The follow-ups in scope, one row each: (id, unit_id, partner_id, category_id, officer,
    raised_on, due_date, status, since, origin, outcome) — status and since at the cut-off.

    A subquery, so that grouping and filtering happen on its plain columns: PostgreSQL would not
    recognise a CASE with bound values in the GROUP BY as the same expression in the SELECT.
    """
    candidates = (FollowUp.deleted_at.is_(None), FollowUp.raised_on <= cutoff)
    state = materialized(state_as_of_sql(cutoff, *candidates, since_for=(DONE, DROPPED)).cte("state_at_cutoff"))
    status = state.c.status
    since = state.c.since
    closed = status.in_((DONE, DROPPED))
    origin = case((FollowUp.raised_on < start, literal_column(f"'{CARRIED_OVER}'")), else_=literal_column(f"'{NEW}'"))
    outcome = case(
        (
            status == DONE,
            case(
                (or_(FollowUp.due_date.is_(None), since <= FollowUp.due_date), literal_column(f"'{DONE_ON_TIME}'")),
                else_=literal_column(f"'{DONE_LATE}'"),
            ),
        ),
        (status == DROPPED, literal_column(f"'{DROPPED}'")),
        (overdue_sql(cutoff, status=status, due_date=FollowUp.due_date), literal_column(f"'{OVERDUE}'")),
        else_=literal_column(f"'{OPEN_WITHIN_DEADLINE}'"),
    )
    return (
        select(
            FollowUp.id,
            FollowUp.unit_id,
            FollowUp.partner_id,
            FollowUp.category_id,
            FollowUp.officer,
            FollowUp.raised_on,
            FollowUp.due_date,
            status.label("status"),
            since.label("since"),
            origin.label("origin"),
            outcome.label("outcome"),
        )
        .join(state, state.c.followup_id == FollowUp.id)
        .where(not_(and_(closed, since.is_not(None), since < start)))
        .subquery("in_scope")
    )


_GROUP_COLUMNS = {"unit": "unit_id", "partner": "partner_id", "category": "category_id", "officer": "officer"}


# --------------------------------------------------------------------------------------------
# What the use cases hand out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """SPEC §10's counts for one group (or all), and the on-time rate computed from them."""

    carried_over: int = 0
    new: int = 0
    done_on_time: int = 0
    done_late: int = 0
    dropped: int = 0
    overdue: int = 0
    open_within_deadline: int = 0

    @property
    def total(self) -> int:
        return self.carried_over + self.new

    @property
    def on_time_rate(self) -> float | None:
        """done_on_time / (done_on_time + done_late + overdue); None when that is 0."""
        judged = self.done_on_time + self.done_late + self.overdue
        return self.done_on_time / judged if judged else None

    def value(self, figure: str) -> int | float | None:
        return getattr(self, figure)

    def plus(self, other: Figures) -> Figures:
        return Figures(**{name: getattr(self, name) + getattr(other, name) for name in FIGURES})

    def as_json(self) -> dict[str, Any]:
        """total, every figure, on_time_rate (a fraction, null when undefined)."""
        return {"total": self.total, **{name: getattr(self, name) for name in FIGURES}, "on_time_rate": self.on_time_rate}


@dataclass(frozen=True)
class Group:
    """One group's figures. ``key`` is the unit, partner or category ID or the officer's name;
    None for the follow-ups without one (``name`` is then empty)."""

    key: int | str | None
    name: str
    figures: Figures


@dataclass(frozen=True)
class Statistics:
    start: dt.date
    cutoff: dt.date
    by: str
    groups: tuple[Group, ...]
    total: Figures

    def as_json(self) -> dict[str, Any]:
        """The shape of SPEC §10: {"from", "to", "by", "groups": [{"group", "total", <figures>}],
        "total": {...}}; dates dd/mm/yyyy; a group without a unit (partner, category, officer)
        is null."""
        return {
            "from": format_date(self.start),
            "to": format_date(self.cutoff),
            "by": self.by,
            "groups": [{"group": g.name if g.key is not None else None, **g.figures.as_json()} for g in self.groups],
            "total": self.total.as_json(),
        }


@dataclass(frozen=True)
class ScopeRow:
    """One follow-up in scope, as the report's lists show it (values at the cut-off)."""

    id: int
    title: str
    partner: str
    unit: str | None
    category: str | None
    officer: str | None
    raised_on: dt.date
    due_date: dt.date | None
    due_precision: str | None
    status: str  # at the cut-off
    since: dt.date | None  # the day that status was set (the completion day of a done item)
    origin: str
    outcome: str


@dataclass(frozen=True)
class StatusChange:
    """A progress entry of the period that changed the follow-up's status."""

    date: dt.date
    followup_id: int
    title: str
    old_status: str
    new_status: str
    note: str | None
    officer: str | None


@dataclass(frozen=True)
class DueMove:
    """A change of a follow-up's due date during the period (from the audit)."""

    at: dt.datetime  # local time
    followup_id: int
    title: str
    old_date: dt.date | None
    old_precision: str | None
    new_date: dt.date | None
    new_precision: str | None
    officer: str


@dataclass(frozen=True)
class PeriodChanges:
    status_changes: tuple[StatusChange, ...] = field(default_factory=tuple)
    due_moves: tuple[DueMove, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def figure_label(figure: str) -> str:
    labels = {
        "total": lambda: translate("Stats", "In scope"),
        CARRIED_OVER: lambda: translate("Stats", "Carried over"),
        NEW: lambda: translate("Stats", "New"),
        DONE_ON_TIME: lambda: translate("Stats", "Done on time"),
        DONE_LATE: lambda: translate("Stats", "Done late"),
        DROPPED: lambda: translate("Stats", "Dropped"),
        OVERDUE: lambda: translate("Stats", "Overdue"),
        OPEN_WITHIN_DEADLINE: lambda: translate("Stats", "Open within deadline"),
        "on_time_rate": lambda: translate("Stats", "On-time rate"),
    }
    return labels[figure]() if figure in labels else figure


def grouping_label(by: str) -> str:
    labels = {
        "unit": lambda: translate("Stats", "Unit"),
        "partner": lambda: translate("Stats", "Partner"),
        "category": lambda: translate("Stats", "Category"),
        "officer": lambda: translate("Stats", "Officer"),
    }
    return labels[by]() if by in labels else by


def no_group_label(by: str) -> str:
    """The name shown for the follow-ups without a unit (category, officer)."""
    labels = {
        "unit": lambda: translate("Stats", "(no unit)"),
        "partner": lambda: translate("Stats", "(no partner)"),
        "category": lambda: translate("Stats", "(no category)"),
        "officer": lambda: translate("Stats", "(no officer)"),
    }
    return labels[by]() if by in labels else ""


def format_rate(rate: float | None) -> str:
    """ "87,5 %" / "87.5%"; an undefined rate is a dash."""
    from .i18n import language

    if rate is None:
        return "—"
    text = f"{rate * 100:.1f}"
    return f"{text.replace('.', ',')} %" if language() == "vi" else f"{text}%"


def check_period(start: dt.date | None, cutoff: dt.date | None, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The period's dates, checked: both given, the start not after the cut-off, the cut-off not in
    the future (the figures at a day still to come are not known yet)."""
    today = today or dt.date.today()
    if start is None or cutoff is None:
        raise ValidationError("period", translate("Stats", "A period needs a start date and a cut-off date."))
    if start > cutoff:
        raise ValidationError(
            "period",
            translate("Stats", "The period starts on {start}, after its cut-off date {cutoff}.").format(
                start=format_date(start), cutoff=format_date(cutoff)
            ),
        )
    if cutoff > today:
        raise ValidationError(
            "period",
            translate("Stats", "The cut-off date {cutoff} is in the future; the figures are known up to today, {today}.").format(
                cutoff=format_date(cutoff), today=format_date(today)
            ),
        )
    return start, cutoff


def local_day_start_utc(day: dt.date) -> dt.datetime:
    """The first moment of a local calendar day, as the naive UTC the audit stores."""
    return dt.datetime.combine(day, dt.time.min).astimezone(dt.UTC).replace(tzinfo=None)


def utc_to_local(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


# --------------------------------------------------------------------------------------------
# The use cases
# --------------------------------------------------------------------------------------------


class StatisticsUseCases(TrackerBase):
    """SPEC §10's figures, the follow-ups behind them and the changes of a period."""

    def statistics(
        self, start: dt.date, cutoff: dt.date, by: str = "unit", lang: str | None = None, today: dt.date | None = None
    ) -> Statistics:
        """The figures of the period per group (groups in Vietnamese name order, "none" last)."""
        start, cutoff = check_period(start, cutoff, today)
        if by not in GROUPINGS:
            raise ValidationError(
                "by", translate("Stats", "Unknown grouping “{by}”; use one of: {known}.").format(by=by, known=", ".join(GROUPINGS))
            )
        scope = _classified(start, cutoff)
        key = scope.c[_GROUP_COLUMNS[by]]
        stmt = select(key, scope.c.origin, scope.c.outcome, func.count()).group_by(key, scope.c.origin, scope.c.outcome)
        counts: dict[Any, dict[str, int]] = {}
        with self._read() as session:
            for group_key, row_origin, row_outcome, n in session.execute(stmt):
                bucket = counts.setdefault(group_key, dict.fromkeys(FIGURES, 0))
                bucket[row_origin] += n
                bucket[row_outcome] += n
            names = self._group_names(session, by, [k for k in counts if k is not None], lang)
        groups = [Group(k, names.get(k, str(k)) if k is not None else no_group_label(by), Figures(**v)) for k, v in counts.items()]
        groups.sort(key=lambda g: (g.key is None, sort_key(g.name), str(g.key)))
        total = Figures()
        for group in groups:
            total = total.plus(group.figures)
        return Statistics(start, cutoff, by, tuple(groups), total)

    def _group_names(self, session, by: str, keys: Sequence[Any], lang: str | None) -> dict[Any, str]:
        if by == "officer":
            return {k: str(k) for k in keys}
        if not keys:
            return {}
        if by == "unit":
            rows = session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(list(keys))))
        elif by == "partner":
            rows = session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(list(keys))))
        else:
            english = (lang or _language()) == "en"
            rows = session.execute(
                select(Category.id, func.coalesce(Category.name_en, Category.name) if english else Category.name).where(
                    Category.id.in_(list(keys))
                )
            )
        return dict(rows.all())

    def statistics_ids(
        self, start: dt.date, cutoff: dt.date, by: str | None, key: int | str | None, figure: str, today: dt.date | None = None
    ) -> list[int]:
        """The follow-ups behind one figure of one group (``key`` None: those without one; all
        groups when ``by`` is None), oldest raised first."""
        scope, conditions = self._figure_scope(start, cutoff, by, key, figure, today)
        with self._read() as session:
            return list(session.scalars(select(scope.c.id).where(*conditions).order_by(scope.c.raised_on, scope.c.id)))

    def statistics_rows(
        self,
        start: dt.date,
        cutoff: dt.date,
        by: str | None,
        key: int | str | None,
        figure: str,
        lang: str | None = None,
        today: dt.date | None = None,
    ) -> list[ScopeRow]:
        """The follow-ups behind one figure, with what the report lists of them (the window's
        click on a figure), oldest raised first."""
        scope, conditions = self._figure_scope(start, cutoff, by, key, figure, today)
        rows = self._scope_details(scope, conditions, lang)
        rows.sort(key=lambda row: (row.raised_on, row.id))
        return rows

    def _figure_scope(
        self, start: dt.date, cutoff: dt.date, by: str | None, key: int | str | None, figure: str, today: dt.date | None
    ) -> tuple[Any, list[Any]]:
        """The in-scope subquery and the conditions that keep one figure of one group."""
        start, cutoff = check_period(start, cutoff, today)
        scope = _classified(start, cutoff)
        conditions = []
        if by is not None:
            column = scope.c[_GROUP_COLUMNS[by]]
            conditions.append(column.is_(None) if key is None else column == key)
        if figure in ORIGINS:
            conditions.append(scope.c.origin == figure)
        elif figure in OUTCOMES:
            conditions.append(scope.c.outcome == figure)
        elif figure == "on_time_rate":
            conditions.append(scope.c.outcome.in_((DONE_ON_TIME, DONE_LATE, OVERDUE)))
        elif figure != "total":
            raise ValidationError("figure", translate("Stats", "Unknown figure “{figure}”.").format(figure=figure))
        return scope, conditions

    def scope_rows(self, start: dt.date, cutoff: dt.date, lang: str | None = None, today: dt.date | None = None) -> list[ScopeRow]:
        """Every follow-up in scope with what the report lists of it, by unit then raised date."""
        start, cutoff = check_period(start, cutoff, today)
        rows = self._scope_details(_classified(start, cutoff), (), lang)
        with self._read() as session:
            units = dict(session.execute(select(Unit.name, Unit.sort_key)).all())
        rows.sort(key=lambda r: (r.unit is None, units.get(r.unit, "") if r.unit else "", r.raised_on, r.id))
        return rows

    def _scope_details(self, scope: Any, conditions: Sequence[Any], lang: str | None) -> list[ScopeRow]:
        english = (lang or _language()) == "en"
        category = func.coalesce(Category.name_en, Category.name) if english else Category.name
        stmt = (
            select(
                scope.c.id,
                FollowUp.title,
                Partner.name,
                Unit.name,
                category,
                scope.c.officer,
                scope.c.raised_on,
                scope.c.due_date,
                FollowUp.due_precision,
                scope.c.status,
                scope.c.since,
                scope.c.origin,
                scope.c.outcome,
            )
            .join(FollowUp, FollowUp.id == scope.c.id)
            .join(Partner, Partner.id == scope.c.partner_id)
            .outerjoin(Unit, Unit.id == scope.c.unit_id)
            .outerjoin(Category, Category.id == scope.c.category_id)
            .where(*conditions)
        )
        with self._read() as session:
            return [ScopeRow(*row) for row in session.execute(stmt)]

    def period_changes(self, start: dt.date, cutoff: dt.date, today: dt.date | None = None) -> PeriodChanges:
        """What changed during the period: each progress entry that changed a follow-up's status
        (by the log's order), and each move of a due date (from the audit), oldest first; deleted
        follow-ups left out."""
        start, cutoff = check_period(start, cutoff, today)
        # Each entry of the period with the status before it (the entry before it in the log's
        # order, else the initial status): an index seek per entry, not a pass over the whole log.
        entry, earlier = aliased(ProgressEntry), aliased(ProgressEntry)
        previous = (
            select(earlier.status)
            .where(
                earlier.followup_id == entry.followup_id,
                or_(earlier.date < entry.date, and_(earlier.date == entry.date, earlier.id < entry.id)),
            )
            .order_by(earlier.date.desc(), earlier.id.desc())
            .limit(1)
            .correlate(entry)
            .scalar_subquery()
        )
        marked = materialized(
            select(
                entry.id,
                entry.followup_id,
                entry.date,
                entry.status,
                entry.note,
                entry.officer_id,
                func.coalesce(previous, literal(INITIAL_STATUS)).label("previous"),
            )
            .where(entry.date >= start, entry.date <= cutoff)
            .cte("period_entries")
        )
        changes = (
            select(marked.c.date, marked.c.followup_id, FollowUp.title, marked.c.previous, marked.c.status, marked.c.note, Officer.name)
            .join(FollowUp, FollowUp.id == marked.c.followup_id)
            .outerjoin(Officer, Officer.id == marked.c.officer_id)
            .where(marked.c.status != marked.c.previous, FollowUp.deleted_at.is_(None))
            .order_by(marked.c.date, marked.c.id)
        )
        moves_stmt = (
            select(
                AuditEntry.at,
                AuditEntry.entity_id,
                FollowUp.title,
                AuditEntry.old,
                AuditEntry.new,
                Officer.name,
                FollowUp.due_date,
                FollowUp.due_precision,
            )
            .join(FollowUp, FollowUp.id == AuditEntry.entity_id)
            .join(Officer, Officer.id == AuditEntry.officer_id)
            .where(
                AuditEntry.entity == FollowUp.__tablename__,
                AuditEntry.action == AuditAction.UPDATE.value,
                AuditEntry.at >= local_day_start_utc(start),
                AuditEntry.at < local_day_start_utc(cutoff + dt.timedelta(days=1)),
                or_(AuditEntry.new.like('%"due_date"%'), AuditEntry.new.like('%"due_precision"%')),
                FollowUp.deleted_at.is_(None),
            )
            .order_by(AuditEntry.at, AuditEntry.id)
        )
        with self._read() as session:
            status_changes = tuple(StatusChange(*row) for row in session.execute(changes))
            moves = []
            for at, followup_id, title, old_json, new_json, officer, due, precision in session.execute(moves_stmt):
                old, new = json.loads(old_json or "{}"), json.loads(new_json or "{}")
                if "due_date" not in new and "due_precision" not in new:
                    continue  # the words inside some text, not a change of the due date
                # An entry keeps only what changed; what it leaves out stayed as it was (shown as
                # it is today). "2024" → "Q4/2024" ends on the same day and is a move all the same.
                current = {"due_date": due.isoformat() if due else None, "due_precision": precision}
                before = {key: old[key] if key in old else current[key] for key in current}
                after = {key: new[key] if key in new else current[key] for key in current}
                moves.append(
                    DueMove(
                        utc_to_local(at),
                        followup_id,
                        title,
                        _date(before["due_date"]),
                        before["due_precision"],
                        _date(after["due_date"]),
                        after["due_precision"],
                        officer,
                    )
                )
        return PeriodChanges(status_changes, tuple(moves))


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _language() -> str:
    from .i18n import language

    return language()
