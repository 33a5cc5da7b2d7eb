"""The plain values the Tracker hands out: a list's rows, a follow-up view's query, history lines.

Frozen dataclasses, made inside the read session from columns already loaded, so a caller can
keep them, pass them to another thread or compare them without ever touching the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .models import Agreement, Meeting, Partner
from .rules import agreement_effective_status
from .text import format_due


@dataclass(frozen=True)
class FollowUpQuery:
    """What a follow-ups view shows: filters, search text and sort, all applied in SQL."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    partner_ids: tuple[int, ...] = ()
    directions: tuple[str, ...] = ()
    unit_ids: tuple[int, ...] = ()
    category_ids: tuple[int, ...] = ()
    meeting_id: int | None = None
    agreement_id: int | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    overdue_only: bool = False
    awaiting_partner_only: bool = False
    deleted: bool = False  # show the deleted (restorable) rows instead of the live ones
    sort: str = "default"
    descending: bool = False
    today: dt.date | None = None


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    title: str
    details: str | None
    direction: str
    partner_id: int
    partner_name: str
    partner_name_en: str | None
    partner_name_native: str | None
    category_id: int | None
    category: str | None
    category_en: str | None
    meeting_id: int | None
    meeting_date: dt.date | None
    meeting_title: str | None
    agreement_id: int | None
    agreement_title: str | None
    unit_id: int | None
    unit_name: str | None
    officer: str | None
    priority: str
    due_date: dt.date | None
    due_precision: str | None
    status: str
    completed_on: dt.date | None
    last_update: dt.date | None
    latest_note: str | None
    deleted: bool
    timeliness: str
    days_overdue: int | None

    def due_text(self, lang: str = "vi") -> str:
        return format_due(self.due_date, self.due_precision, lang)


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    name_en: str | None
    name_native: str | None
    aliases: tuple[str, ...]
    kind: str
    level: str | None
    country: str | None
    parent_id: int | None
    parent_name: str | None
    relationship_level: str | None
    relationship_since: int | None
    open_followups: int
    deleted: bool


@dataclass(frozen=True)
class MeetingRow:
    id: int
    date: dt.date
    time: dt.time | None
    title: str
    place: str | None
    direction: str
    format: str
    partner_names: tuple[str, ...]
    host_unit: str | None
    our_lead: str | None
    partner_head: str | None
    partner_head_romanised: str | None
    followups: int
    agreements: int
    deleted: bool


@dataclass(frozen=True)
class AgreementRow:
    id: int
    form: str
    title: str
    reference: str | None
    party_names: tuple[str, ...]
    signing_unit: str | None
    signed_date: dt.date | None
    effective_date: dt.date | None
    expiry_date: dt.date | None
    status: str  # as stored
    effective_status: str  # expired when past its expiry date
    meeting_id: int | None
    fields: tuple[str, ...]
    deleted: bool


@dataclass(frozen=True)
class HistoryItem:
    """One line of a follow-up's history: a progress entry or an audit entry."""

    kind: str  # "progress" or "audit"
    at: dt.datetime
    date: dt.date
    officer: str | None
    status: str | None
    note: str | None
    action: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordChange:
    """One change of a record as the audit has it: who, when (local time), and the version it made."""

    officer: str | None
    at: dt.datetime
    version: int | None
    action: str
    note: str | None = None


@dataclass(frozen=True)
class Change:
    """One change a write of this window made: what, to which record, the version it left the
    record at, its audit entry, and (for a progress entry) the entry's ID."""

    action: str  # create, update, delete, restore, progress
    entity: str
    record_id: int
    version: int | None
    audit_id: int | None
    progress_id: int | None = None


@dataclass(frozen=True)
class UndoStep:
    """One user action of this window that Edit ▸ Undo can take back (see hptracker.core.undo).

    ``kind`` ("create", "edit", "progress", "delete", "restore") and the record (``entity``, a
    table name, and ``record_id``) say what the menu names: "Undo edit of follow-up #12".
    """

    number: int
    kind: str
    entity: str
    record_id: int
    changes: tuple[Change, ...] = ()


# -- rows from the records of a list's query --------------------------------------------------


def partner_row(p: Partner, parent_name: str | None, open_count: int | None) -> PartnerRow:
    return PartnerRow(
        p.id,
        p.name,
        p.name_en,
        p.name_native,
        tuple(a.alias for a in p.aliases),
        p.kind,
        p.level,
        p.country,
        p.parent_id,
        parent_name,
        p.relationship_level,
        p.relationship_since,
        open_count or 0,
        p.deleted_at is not None,
    )


def meeting_row(m: Meeting, unit: str | None, n_followups: int | None, n_agreements: int | None) -> MeetingRow:
    return MeetingRow(
        m.id,
        m.date,
        m.time,
        m.title,
        m.place,
        m.direction,
        m.format,
        tuple(p.name for p in m.partners),
        unit,
        m.our_lead,
        m.partner_head,
        m.partner_head_romanised,
        n_followups or 0,
        n_agreements or 0,
        m.deleted_at is not None,
    )


def agreement_row(a: Agreement, unit: str | None, today: dt.date | None) -> AgreementRow:
    return AgreementRow(
        a.id,
        a.form,
        a.title,
        a.reference,
        tuple(p.name for p in a.parties),
        unit,
        a.signed_date,
        a.effective_date,
        a.expiry_date,
        a.status,
        agreement_effective_status(a.status, a.expiry_date, today),
        a.meeting_id,
        tuple(f.name for f in a.fields),
        a.deleted_at is not None,
    )
