"""What changed in the follow-ups since a day D: the one rule behind "changes since the last report"
(issue 18 item 5), for the status spreadsheet and whatever else marks them.

The reader of the last report saw the follow-ups as they stood when it was made, on day D. Since
then, a follow-up is

* **new** when it was raised on or after D, or entered on or after D (old minutes typed in this
  week were not in last week's report, whatever day they were raised on). A new follow-up is only
  new: everything about it is news to the reader;
* **status changed** when its status now differs from its status at the start of D, read from the
  progress log as it was then: the last entry (by date, then as entered) dated before D and entered
  before D, else the initial status. A status changed and changed back is not a change; a
  back-dated entry entered since D is;
* **progress added** when a progress entry is dated on or after D, or was entered on or after D;
* **due moved** when its due date or its precision now differs from what it was at the start of D
  (the audit's first change of each since D holds the value before it). A due date moved and
  moved back is not a change.

"On or after D" is inclusive: the report of day D may have been made before that day's changes,
and marking one change twice is better than missing one. Days are the officer's local calendar
days; the database stores UTC moments (models._now), compared with the start of the local day D.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import or_, select

from .enums import AuditAction
from .errors import ValidationError
from .i18n import translate
from .models import AuditEntry, FollowUp, ProgressEntry
from .rules import INITIAL_STATUS
from .stats import local_day_start_utc
from .text import format_date
from .tracker_base import TrackerBase

__all__ = [
    "NEW",
    "STATUS",
    "PROGRESS",
    "DUE",
    "KINDS",
    "ChangesUseCases",
    "change_label",
    "changes_text",
    "check_since",
    "status_before",
    "due_before",
]

NEW, STATUS, PROGRESS, DUE = "new", "status", "progress", "due"
KINDS = (NEW, STATUS, PROGRESS, DUE)  # the order they are named in

_CHUNK = 500  # ids per IN (...) list: well under SQLite's and psycopg's parameter limits


def change_label(kind: str) -> str:
    labels = {
        NEW: lambda: translate("Changes", "New"),
        STATUS: lambda: translate("Changes", "Status changed"),
        PROGRESS: lambda: translate("Changes", "Progress added"),
        DUE: lambda: translate("Changes", "Due date moved"),
    }
    return labels[kind]() if kind in labels else kind


def changes_text(kinds: Iterable[str]) -> str:
    """ "Status changed; progress added": the kinds in KINDS order, the first capitalised only."""
    found = set(kinds)
    words = [change_label(kind) for kind in KINDS if kind in found]
    if not words:
        return ""
    return "; ".join([words[0], *(w[:1].lower() + w[1:] for w in words[1:])])


def check_since(since: dt.date, today: dt.date | None = None) -> dt.date:
    """A day in the future has no changes since it yet: refused in one sentence."""
    today = today or dt.date.today()
    if since > today:
        raise ValidationError(
            "since",
            translate("Changes", "The date {date} is in the future; changes can be marked since a day up to today, {today}.").format(
                date=format_date(since), today=format_date(today)
            ),
        )
    return since


def status_before(entries: Iterable[tuple[dt.date, int, str, dt.datetime]], since: dt.date, start: dt.datetime) -> str:
    """The status at the start of day ``since``: from the entries (date, id, status, entered at)
    dated before it and entered before ``start`` (the UTC moment the day began), last by date, then
    as entered; else the initial status."""
    known = [(date, entry_id, status) for date, entry_id, status, entered in entries if date < since and entered < start]
    return max(known)[2] if known else INITIAL_STATUS


def due_before(changes: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]], current: Mapping[str, Any]) -> dict[str, Any]:
    """The due date and precision before the first of ``changes`` (audit old/new values, oldest
    first) that touched each; what no change touched is as it is now."""
    before = dict(current)
    seen: set[str] = set()
    for old, new in changes:
        for key in current:
            if key not in seen and (key in old or key in new):
                before[key] = old.get(key)
                seen.add(key)
    return before


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


class ChangesUseCases(TrackerBase):
    def changes_since(self, since: dt.date, today: dt.date | None = None) -> dict[int, frozenset[str]]:
        """{follow-up ID: the kinds of change since day ``since``} for every follow-up (deleted
        ones too) that changed; unchanged ones are absent. See the module's docstring for the rule.

        A few indexed reads whatever the database's size: what changed since a week ago is a few
        rows, and a follow-up found new is not looked at again.
        """
        since = check_since(since, today)
        start = local_day_start_utc(since)
        due_keys = ("due_date", "due_precision")
        result: dict[int, set[str]] = {}  # the follow-ups that changed otherwise than new
        with self._read() as session:
            new = set(session.scalars(select(FollowUp.id).where(or_(FollowUp.raised_on >= since, FollowUp.created_at >= start))))

            touched = sorted(
                set(
                    session.scalars(
                        select(ProgressEntry.followup_id)
                        .where(or_(ProgressEntry.date >= since, ProgressEntry.created_at >= start))
                        .distinct()
                    )
                )
                - new
            )
            for ids in _chunks(touched):
                logs: dict[int, list[tuple[dt.date, int, str, dt.datetime]]] = {i: [] for i in ids}
                for followup_id, date, entry_id, status, entered in session.execute(
                    select(
                        ProgressEntry.followup_id, ProgressEntry.date, ProgressEntry.id, ProgressEntry.status, ProgressEntry.created_at
                    ).where(ProgressEntry.followup_id.in_(ids))
                ):
                    logs[followup_id].append((date, entry_id, status, entered))
                for followup_id, status in session.execute(select(FollowUp.id, FollowUp.status).where(FollowUp.id.in_(ids))):
                    kinds = result.setdefault(followup_id, set())
                    kinds.add(PROGRESS)
                    if status != status_before(logs[followup_id], since, start):
                        kinds.add(STATUS)

            moves: dict[int, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
            for followup_id, old_json, new_json in session.execute(
                select(AuditEntry.entity_id, AuditEntry.old, AuditEntry.new)
                .where(
                    AuditEntry.entity == FollowUp.__tablename__,
                    AuditEntry.action == AuditAction.UPDATE.value,
                    AuditEntry.at >= start,
                    or_(
                        AuditEntry.new.like('%"due_date"%'),
                        AuditEntry.new.like('%"due_precision"%'),
                        AuditEntry.old.like('%"due_date"%'),
                        AuditEntry.old.like('%"due_precision"%'),
                    ),
                )
                .order_by(AuditEntry.at, AuditEntry.id)
            ):
                if followup_id in new:
                    continue
                old, changed = json.loads(old_json or "{}"), json.loads(new_json or "{}")
                if any(key in old or key in changed for key in due_keys):  # not just the words in a text
                    moves.setdefault(followup_id, []).append((old, changed))
            for ids in _chunks(sorted(moves)):
                for followup_id, due, precision in session.execute(
                    select(FollowUp.id, FollowUp.due_date, FollowUp.due_precision).where(FollowUp.id.in_(ids))
                ):
                    current = {"due_date": due.isoformat() if due else None, "due_precision": precision}
                    if due_before(moves[followup_id], current) != current:
                        result.setdefault(followup_id, set()).add(DUE)
        # One frozenset per combination, shared: a database typed in this week has every follow-up new,
        # 100,000 entries that would otherwise each hold a set of their own.
        kinds_of: dict[frozenset[str], frozenset[str]] = {}
        only_new = frozenset({NEW})
        changes = dict.fromkeys(new, only_new)
        for followup_id, kinds in result.items():
            if kinds:
                frozen = frozenset(kinds)
                changes[followup_id] = kinds_of.setdefault(frozen, frozen)
        return changes
