"""What the window reminds the officer of (issue 18 item 7): due soon, newly overdue, agreements expiring.

Shown at start and once a day while the window is open (hptracker.ui.reminders): follow-ups due in
the next N days (Settings, 7 by default), those that became overdue since the officer last saw the
reminders (a follow-up due on day D is overdue from D+1, so since day L that is due on L … yesterday),
and agreements still meant to hold whose expiry date falls within six months.
Each list is capped; its total says how many there are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from .enums import OPEN_STATUSES
from .models import Agreement
from .rows import AgreementRow, FollowUpQuery, FollowUpRow, agreement_row
from .rules import EXPIRY_WARNING_MONTHS, LIVE_AGREEMENT_STATUSES, add_months
from .tracker_base import TrackerBase

__all__ = ["DEFAULT_DAYS", "LIST_LIMIT", "Reminders", "RemindersUseCases"]

DEFAULT_DAYS = 7
LIST_LIMIT = 100


@dataclass(frozen=True)
class Reminders:
    today: dt.date
    days: int
    since: dt.date  # newly overdue: due on or after this day, and before today
    due_soon: tuple[FollowUpRow, ...]
    due_soon_total: int
    newly_overdue: tuple[FollowUpRow, ...]
    newly_overdue_total: int
    expiring: tuple[AgreementRow, ...]
    expiring_total: int

    @property
    def empty(self) -> bool:
        return not (self.due_soon_total or self.newly_overdue_total or self.expiring_total)


class RemindersUseCases(TrackerBase):
    def reminders(self, today: dt.date | None = None, days: int = DEFAULT_DAYS, last_seen: dt.date | None = None) -> Reminders:
        """The three lists for ``today``; ``last_seen`` is the day the officer last saw them
        (None: never, and only what became overdue today is new)."""
        # "Expiring" is the brief's rule too (rules.EXPIRY_WARNING_MONTHS): the same agreements.
        today = today or dt.date.today()
        days = max(0, int(days))
        since = min(last_seen, today) if last_seen is not None else today - dt.timedelta(days=1)
        soon = FollowUpQuery(statuses=OPEN_STATUSES, due_from=today, due_to=today + dt.timedelta(days=days), sort="due", today=today)
        overdue = FollowUpQuery(statuses=OPEN_STATUSES, due_from=since, due_to=today - dt.timedelta(days=1), sort="due", today=today)
        horizon = add_months(today, EXPIRY_WARNING_MONTHS)
        expiring = (
            self._agreement_select()  # type: ignore[attr-defined]  # the Tracker's agreements
            .where(Agreement.expiry_date >= today, Agreement.expiry_date <= horizon, Agreement.status.in_(LIVE_AGREEMENT_STATUSES))
            .order_by(Agreement.expiry_date, Agreement.id)
        )
        with self._read() as session:
            count = (
                select(Agreement.id)
                .where(
                    Agreement.deleted_at.is_(None),
                    Agreement.expiry_date >= today,
                    Agreement.expiry_date <= horizon,
                    Agreement.status.in_(LIVE_AGREEMENT_STATUSES),
                )
                .subquery()
            )
            expiring_total = session.scalar(select(func.count()).select_from(count)) or 0
        agreements = tuple(agreement_row(agreement, unit, today) for agreement, unit in self._page(expiring, 0, LIST_LIMIT))
        return Reminders(
            today,
            days,
            since,
            tuple(self.query_followups(soon, 0, LIST_LIMIT)),  # type: ignore[attr-defined]
            self.count_followups(soon),  # type: ignore[attr-defined]
            tuple(self.query_followups(overdue, 0, LIST_LIMIT)),  # type: ignore[attr-defined]
            self.count_followups(overdue),  # type: ignore[attr-defined]
            agreements,
            expiring_total,
        )
