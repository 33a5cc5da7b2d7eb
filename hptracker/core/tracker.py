"""The use cases of hptracker: the one door to the data for the window, the CLI and the exports.

Each public method is one user action: it opens its own session, validates, writes the change and
its audit entry in one transaction, and returns plain values (row dataclasses) or detached records
(``expire_on_commit=False``) with the relationships its docstring names loaded; every other
relationship is lazy="raise" and fails at once when touched. Callers never see a session.

Where things are: field declarations in specs.py, returned rows in rows.py, business rules
(overdue, expired, due periods) in rules.py, the follow-up query engine in followup_query.py,
the use cases of each kind of record in units.py, partners.py, meetings.py, agreements.py,
followups.py and facts.py on top of tracker_base.py, taking back this window's own changes in
undo.py; the unit of work of many writes in one transaction (``Tracker.bulk``, an import) in
bulk_writes.py, on the stand-ins of bulk.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select

from .agreements import AgreementUseCases
from .bulk import Batch
from .bulk_writes import BulkUseCases, BulkWrite, ChangedMeanwhile
from .facts import FactUseCases
from .followups import FollowUpUseCases
from .meetings import MeetingUseCases
from .models import (
    Agreement,
    AuditEntry,
    Fact,
    Field,
    FollowUp,
    Meeting,
    Partner,
    ProgressEntry,
    Unit,
    agreement_parties,
    followup_fields,
    meeting_partners,
)
from .partners import PartnerUseCases
from .reminders import RemindersUseCases
from .rows import AgreementRow, FollowUpQuery, FollowUpRow, HistoryItem, MeetingRow, PartnerRow, UndoStep
from .rules import agreement_effective_status, days_overdue, timeliness
from .search import search_tokens
from .since import ChangesUseCases
from .specs import (
    AGREEMENT_FIELDS,
    CONTACT_FIELDS,
    DEFAULT_CATEGORIES,
    FACT_FIELDS,
    FOLLOWUP_FIELDS,
    MEETING_FIELDS,
    PARTNER_FIELDS,
    STATUS_SPEC,
    UNIT_FIELDS,
)
from .stats import StatisticsUseCases
from .tracker_base import default_officer_name
from .undo import UndoUseCases
from .units import UnitUseCases


class Tracker(
    UndoUseCases,
    BulkUseCases,
    FollowUpUseCases,
    AgreementUseCases,
    MeetingUseCases,
    PartnerUseCases,
    UnitUseCases,
    FactUseCases,
    StatisticsUseCases,
    RemindersUseCases,
    ChangesUseCases,
):
    """Use cases over one open database, acting as one officer.

    The use cases of each kind of record are in their own module (their classes above); here are
    those that span several kinds: logging a meeting with what was decided at it, and counts.
    """

    def log_meeting(
        self, meeting: Mapping[str, Any], agreements: Sequence[Mapping[str, Any]] = (), followups: Sequence[Mapping[str, Any]] = ()
    ) -> Meeting:
        """A meeting with the agreements and follow-ups raised at it, in one transaction.

        Agreements default to the meeting's partners, date and place; follow-ups default to the
        meeting's first partner. A follow-up may point at one of these agreements with
        ``agreement_index`` (its position in ``agreements``).
        """
        with self._write() as session:
            created = self._create_meeting(session, meeting)
            new_agreements: list[Agreement] = []
            for values in agreements:
                values = dict(values)
                values.setdefault("party_ids", [p.id for p in created.partners])
                values.setdefault("signed_date", created.date)
                values.setdefault("signed_place", created.place)
                values.setdefault("signing_unit_id", created.host_unit_id)
                values["meeting_id"] = created.id
                new_agreements.append(self._create_agreement(session, values))
            for values in followups:
                values = dict(values)
                index = values.pop("agreement_index", None)
                if index is not None:
                    values["agreement_id"] = new_agreements[int(index)].id
                values.setdefault("partner_id", created.partners[0].id)
                values.setdefault("unit_id", created.host_unit_id)
                values["meeting_id"] = created.id
                self._create_followup(session, values)
        return self.get_meeting(created.id)

    # ==== what the status spreadsheet reads besides the rows ============================================

    def fields_of_followups(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """{follow-up ID: its fields of cooperation, in Vietnamese order} for the IDs that have any:
        one query for a batch of rows (FollowUpRow leaves them out; the window's list shows none)."""
        if not ids:
            return {}
        stmt = (
            select(followup_fields.c.followup_id, Field.name)
            .join(Field, Field.id == followup_fields.c.field_id)
            .where(followup_fields.c.followup_id.in_(list(ids)))
            .order_by(followup_fields.c.followup_id, Field.sort_key, Field.id)
        )
        found: dict[int, list[str]] = {}
        with self._read() as session:
            for followup_id, name in session.execute(stmt):
                found.setdefault(followup_id, []).append(name)
        return {followup_id: tuple(names) for followup_id, names in found.items()}

    def records_of_partners(self, partner_ids: Sequence[int]) -> tuple[set[int], set[int]]:
        """(meeting IDs, agreement IDs) in which any of the partners took part, deleted ones too
        (the lists they filter leave those out themselves)."""
        meetings: set[int] = set()
        agreements: set[int] = set()
        ids = list(dict.fromkeys(partner_ids))
        with self._read() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                meetings.update(session.scalars(select(meeting_partners.c.meeting_id).where(meeting_partners.c.partner_id.in_(chunk))))
                agreements.update(
                    session.scalars(select(agreement_parties.c.agreement_id).where(agreement_parties.c.partner_id.in_(chunk)))
                )
        return meetings, agreements

    # ==== counts for the CLI, the status bar and checks ==================================================

    def counts(self) -> dict[str, int]:
        models: dict[str, type[Partner | Meeting | Agreement | FollowUp | Fact]] = {
            "partners": Partner,
            "meetings": Meeting,
            "agreements": Agreement,
            "followups": FollowUp,
            "facts": Fact,
        }
        result = {}
        with self._read() as session:
            for name, model in models.items():
                result[name] = session.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None))) or 0
            result["units"] = session.scalar(select(func.count(Unit.id))) or 0
            result["progress_entries"] = session.scalar(select(func.count(ProgressEntry.id))) or 0
            result["audit"] = session.scalar(select(func.count(AuditEntry.id))) or 0
        return result


# The Tracker, and the names callers have imported from here since before the split (their homes
# are specs, rows, rules, bulk and search).
__all__ = [
    "Tracker",
    "BulkWrite",
    "ChangedMeanwhile",
    "default_officer_name",
    "FollowUpQuery",
    "FollowUpRow",
    "PartnerRow",
    "MeetingRow",
    "AgreementRow",
    "HistoryItem",
    "UndoStep",
    "Batch",
    "timeliness",
    "days_overdue",
    "agreement_effective_status",
    "search_tokens",
    "AGREEMENT_FIELDS",
    "CONTACT_FIELDS",
    "DEFAULT_CATEGORIES",
    "FACT_FIELDS",
    "FOLLOWUP_FIELDS",
    "MEETING_FIELDS",
    "PARTNER_FIELDS",
    "STATUS_SPEC",
    "UNIT_FIELDS",
]
