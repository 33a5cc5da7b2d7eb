"""Use cases of meetings: create, change, list for the window.

One class of the Tracker's use cases (see tracker_base.py for what they share and tracker.py
for the facade that joins them); callers import the Tracker, never this class.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from . import search
from .enums import AuditAction
from .errors import NotFoundError, ValidationError
from .i18n import translate
from .models import Agreement, FollowUp, Meeting, Partner, Unit
from .rows import MeetingRow, meeting_row
from .specs import MEETING_FIELDS
from .text import fold, sort_key
from .tracker_base import TrackerBase, record_label
from .validate import clean_values


class MeetingUseCases(TrackerBase):
    """Meetings with their partners and host unit (logging one with its agreements and
    follow-ups at once is the Tracker's own, see tracker.py)."""

    def _meeting_keys(self, meeting: Meeting) -> None:
        parts = [meeting.title, meeting.place, meeting.our_lead, meeting.partner_head, meeting.partner_head_romanised]
        meeting.search_key = " | ".join(fold(p) for p in parts if p)
        meeting.sort_key = sort_key(meeting.title)

    def _apply_meeting(self, session: Session, meeting: Meeting, data: dict[str, Any]) -> None:
        if "partner_ids" in data:
            ids = data.pop("partner_ids") or []
            partners = self._partners_by_ids(session, ids, "partner_ids")
            if not partners:
                raise ValidationError("partner_ids", translate("Validation", "A meeting needs at least one partner."))
            meeting.partners = partners
        self._check_ref(session, Unit, data.get("host_unit_id"), "host_unit_id")
        for key, value in data.items():
            if key in ("direction", "format") and value is None:
                continue
            setattr(meeting, key, value)
        self._meeting_keys(meeting)

    def create_meeting(self, **values: Any) -> Meeting:
        with self._write() as session:
            meeting = self._create_meeting(session, values)
        return self.get_meeting(meeting.id)

    def _create_meeting(self, session: Session, values: Mapping[str, Any]) -> Meeting:
        data = clean_values(MEETING_FIELDS, values)
        meeting = Meeting(partners=[])
        self._apply_meeting(session, meeting, data)
        session.add(meeting)
        session.flush()
        self._audit(session, AuditAction.CREATE, meeting, None, self._snapshot(meeting))
        return meeting

    def update_meeting(self, meeting_id: int, *, expected_version: int | None = None, **values: Any) -> Meeting:
        """Change the fields given; with ``expected_version`` a meeting changed since is refused
        (:class:`~hptracker.core.errors.ConflictError`)."""
        with self._write() as session:
            meeting = self._locked(session, Meeting, meeting_id, expected_version, with_lists=True)
            self._change_meeting(session, meeting, values)
        return self.get_meeting(meeting_id)

    def _change_meeting(self, session: Session, meeting: Meeting, values: Mapping[str, Any], note: str | None = None) -> None:
        """Apply ``values`` to a meeting read under its row lock, with its audit entry."""
        data = clean_values(MEETING_FIELDS, values, partial=True)
        before = self._snapshot(meeting)
        self._apply_meeting(session, meeting, data)
        session.flush()
        self._audit(session, AuditAction.UPDATE, meeting, before, self._snapshot(meeting), note=note)

    def delete_meeting(self, meeting_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(Meeting, meeting_id, expected_version=expected_version)

    def restore_meeting(self, meeting_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(Meeting, meeting_id, restore=True, expected_version=expected_version)

    def meeting_summaries(self, meeting_ids: list[int]) -> dict[int, str | None]:
        """The summaries of several meetings in one query (MeetingRow leaves them out; a brief
        shows those of the partner's meetings)."""
        with self._read() as session:
            rows = session.execute(select(Meeting.id, Meeting.summary).where(Meeting.id.in_(list(meeting_ids))))
            return {meeting_id: summary for meeting_id, summary in rows}

    def get_meeting(self, meeting_id: int) -> Meeting:
        """With its partners and host unit loaded; nothing else (lazy="raise")."""
        with self._read() as session:
            meeting = session.scalar(
                select(Meeting).where(Meeting.id == meeting_id).options(selectinload(Meeting.partners), selectinload(Meeting.host_unit))
            )
        if meeting is None:
            raise NotFoundError(
                translate("Validation", "{record} #{id} does not exist.").format(record=record_label(Meeting), id=meeting_id)
            )
        return meeting

    def _meeting_select(self, text: str = "", partner_id: int | None = None, deleted: bool = False) -> Select:
        followups = (
            select(func.count(FollowUp.id))
            .where(FollowUp.meeting_id == Meeting.id, FollowUp.deleted_at.is_(None))
            .correlate(Meeting)
            .scalar_subquery()
        )
        agreements = (
            select(func.count(Agreement.id))
            .where(Agreement.meeting_id == Meeting.id, Agreement.deleted_at.is_(None))
            .correlate(Meeting)
            .scalar_subquery()
        )
        stmt = select(Meeting, Unit.name, followups, agreements).outerjoin(Unit, Unit.id == Meeting.host_unit_id)
        stmt = stmt.where(Meeting.deleted_at.is_not(None) if deleted else Meeting.deleted_at.is_(None))
        if partner_id is not None:
            stmt = stmt.where(Meeting.partners.any(Partner.id == partner_id))
        for token in search.search_tokens(text):
            stmt = stmt.where(or_(search.like(Meeting.search_key, token), Meeting.partners.any(search.like(Partner.search_key, token))))
        return stmt.options(selectinload(Meeting.partners))

    def list_meetings(
        self,
        text: str = "",
        *,
        partner_id: int | None = None,
        deleted: bool = False,
        offset: int = 0,
        limit: int | None = None,
        sort: str = "date",
        descending: bool = True,
    ) -> list[MeetingRow]:
        columns = {
            "id": Meeting.id,
            "date": Meeting.date,
            "title": Meeting.sort_key,
            "place": Meeting.place,
            "direction": Meeting.direction,
            "format": Meeting.format,
            "host": Unit.sort_key,
        }
        column = columns.get(sort, Meeting.date)
        stmt = self._meeting_select(text, partner_id, deleted)
        stmt = stmt.order_by(column.desc() if descending else column.asc(), Meeting.id.desc() if descending else Meeting.id)
        return [meeting_row(*row) for row in self._page(stmt, offset, limit)]

    def count_meetings(self, text: str = "", *, partner_id: int | None = None, deleted: bool = False) -> int:
        stmt = select(func.count()).select_from(self._meeting_select(text, partner_id, deleted).subquery())
        with self._read() as session:
            return session.scalar(stmt) or 0

    # Every column of the window's tables can be clicked to sort, and the database does the sorting
    # (STYLE.md habit 4): window_* extends list_* with the sort keys it lacks, delegating otherwise.

    def window_meetings(
        self,
        text: str = "",
        *,
        deleted: bool = False,
        offset: int = 0,
        limit: int | None = None,
        sort: str = "date",
        descending: bool = True,
    ) -> list[MeetingRow]:
        if sort not in ("partners", "our_lead", "followups", "agreements"):
            return self.list_meetings(text, deleted=deleted, offset=offset, limit=limit, sort=sort, descending=descending)
        from .models import meeting_partners

        stmt = self._meeting_select(text, deleted=deleted)
        column: ColumnElement[Any]
        if sort == "partners":
            column = (
                select(func.min(Partner.sort_key))
                .join(meeting_partners, meeting_partners.c.partner_id == Partner.id)
                .where(meeting_partners.c.meeting_id == Meeting.id)
                .correlate(Meeting)
                .scalar_subquery()
            )
        elif sort == "our_lead":
            column = func.lower(Meeting.our_lead)
        elif sort == "followups":
            column = (
                select(func.count(FollowUp.id))
                .where(FollowUp.meeting_id == Meeting.id, FollowUp.deleted_at.is_(None))
                .correlate(Meeting)
                .scalar_subquery()
            )
        else:
            column = (
                select(func.count(Agreement.id))
                .where(Agreement.meeting_id == Meeting.id, Agreement.deleted_at.is_(None))
                .correlate(Meeting)
                .scalar_subquery()
            )
        stmt = stmt.order_by(column.is_(None), column.desc() if descending else column.asc(), Meeting.date.desc(), Meeting.id.desc())
        return [meeting_row(*row) for row in self._page(stmt, offset, limit)]
