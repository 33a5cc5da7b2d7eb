"""Use cases of follow-ups: create, change, record progress, history; the lists through the query engine.

One class of the Tracker's use cases (see tracker_base.py for what they share and tracker.py
for the facade that joins them); callers import the Tracker, never this class.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from . import audit, followup_query, rules, search
from .bulk import Batch, add_row
from .enums import AuditAction, FollowUpStatus, Priority
from .errors import NotFoundError, ValidationError
from .i18n import QT_TRANSLATE_NOOP, translate
from .interrupt import interruptible
from .models import Agreement, Category, Contact, FollowUp, Meeting, Officer, Partner, ProgressEntry, Unit
from .rows import FollowUpQuery, FollowUpRow, HistoryItem
from .specs import FOLLOWUP_FIELDS, STATUS_SPEC
from .text import Due, DuePrecision, clean, fold, normalise_due, parse_due, sort_key
from .tracker_base import TrackerBase, record_label, utcnow
from .validate import Spec, clean_value, clean_values


class FollowUpUseCases(TrackerBase):
    """Follow-ups, their progress and history, and the views of them (followup_query.py)."""

    @staticmethod
    def _due(raw: Any) -> Due | None:
        if raw is None or raw == "":
            return None
        if isinstance(raw, Due):
            return Due(normalise_due(raw.date, raw.precision), DuePrecision(raw.precision))
        if isinstance(raw, tuple) and len(raw) == 2:
            date, precision = raw
            try:
                precision = DuePrecision(precision)
            except ValueError:
                raise ValidationError("due", translate("Validation", "Due: unknown precision “{value}”.").format(value=precision)) from None
            return Due(normalise_due(date, precision), precision)
        if isinstance(raw, dt.date):
            return Due(raw, DuePrecision.DAY)
        try:
            return parse_due(str(raw))
        except ValueError:
            raise ValidationError(
                "due",
                translate("Validation", "Due: “{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).").format(
                    value=clean(raw)
                ),
            ) from None

    @staticmethod
    def _followup_keys(followup: FollowUp) -> None:
        followup.search_key = " | ".join(fold(p) for p in (followup.title, followup.details, followup.officer) if p)
        followup.sort_key = sort_key(followup.title)

    def _apply_followup(self, session: Session, followup: FollowUp, values: Mapping[str, Any]) -> None:
        values = dict(values)
        due_given = "due" in values
        due = self._due(values.pop("due", None)) if due_given else None
        data = clean_values([s for s in FOLLOWUP_FIELDS if s.name != "due"], values, partial=followup.id is not None)
        data.pop("status", None)  # status changes go through record_progress
        if "fields" in data:
            followup.fields = self._fields_by_names(session, data.pop("fields") or [])
        self._check_ref(session, Partner, data.get("partner_id"), "partner_id")
        self._check_ref(session, Meeting, data.get("meeting_id"), "meeting_id")
        self._check_ref(session, Agreement, data.get("agreement_id"), "agreement_id")
        self._check_ref(session, Category, data.get("category_id"), "category_id")
        self._check_ref(session, Unit, data.get("unit_id"), "unit_id")
        self._check_ref(session, Contact, data.get("contact_id"), "contact_id")
        if "contact_id" in data or ("partner_id" in data and followup.contact_id is not None):
            self._check_contact(session, followup, data)
        if data.get("raised_on", False) is None:
            data.pop("raised_on")  # cleared on a form: the day it was raised stays as it was
        for key, value in data.items():
            if key == "priority" and value is None:
                value = Priority.NORMAL.value
            setattr(followup, key, value)
        if due_given:
            followup.due_date = due.date if due else None
            followup.due_precision = due.precision.value if due else None
        if followup.raised_on is None:  # a new follow-up: raised at its meeting, else today
            meeting = session.get(Meeting, followup.meeting_id) if followup.meeting_id is not None else None
            followup.raised_on = meeting.date if meeting is not None else dt.date.today()
        if followup.id is None or not data.keys().isdisjoint(("title", "details", "officer")):
            self._followup_keys(followup)  # the derived keys follow the texts they are made of

    def _check_contact(self, session: Session, followup: FollowUp, data: dict[str, Any]) -> None:
        """The partner-side contact must be one of the follow-up's partner's contacts. A new partner
        without a new contact drops the old partner's contact (the audit records it)."""
        partner_id = data.get("partner_id", followup.partner_id)
        contact_id = data.get("contact_id", followup.contact_id)
        if contact_id is None or partner_id is None:
            return
        contact = self._get(session, Contact, contact_id, field_name="contact_id")
        if contact.partner_id == partner_id:
            return
        if "contact_id" not in data:
            data["contact_id"] = None
            return
        raise ValidationError(
            "contact_id", translate("Validation", "{contact} is not a contact of this follow-up's partner.").format(contact=contact.name)
        )

    def _create_followup(self, session: Session, values: Mapping[str, Any]) -> FollowUp:
        values = dict(values)
        status = clean_value(STATUS_SPEC, values.get("status")) or FollowUpStatus.NOT_STARTED.value
        followup = FollowUp(status=FollowUpStatus.NOT_STARTED.value, priority=Priority.NORMAL.value, fields=[])
        if "category" in values:
            code = values.pop("category")
            if code:
                category = session.scalar(select(Category).where(Category.code == code))
                if category is None:
                    raise ValidationError("category_id", translate("Validation", "Unknown category “{code}”.").format(code=code))
                values["category_id"] = category.id
        self._apply_followup(session, followup, values)
        session.add(followup)
        session.flush()
        self._audit(session, AuditAction.CREATE, followup, None, self._snapshot(followup))
        if status != FollowUpStatus.NOT_STARTED:
            self._progress(session, followup, status, None, dt.date.today())
        return followup

    def create_followup(self, **values: Any) -> FollowUp:
        with self._write() as session:
            followup = self._create_followup(session, values)
        return self.get_followup(followup.id)

    def update_followup(self, followup_id: int, *, expected_version: int | None = None, note: str | None = None, **values: Any) -> FollowUp:
        """Change the fields given (a form sends only those the officer changed); a status change
        writes a progress entry (with ``note``) like record_progress.

        With ``expected_version`` (the version the form loaded) a follow-up changed since is
        refused with :class:`~hptracker.core.errors.ConflictError`, naming who changed it and when.
        """
        with self._write() as session:
            followup = self._locked(session, FollowUp, followup_id, expected_version, with_lists=True)
            self._change_followup(session, followup, values, progress_note=note)
        return self.get_followup(followup_id)

    def _change_followup(
        self,
        session: Session,
        followup: FollowUp,
        values: Mapping[str, Any],
        *,
        progress_note: str | None = None,
        audit_note: str | None = None,
    ) -> None:
        """Apply ``values`` to a follow-up read under its row lock, with its audit entry."""
        values = dict(values)
        before = self._snapshot(followup)
        status = values.pop("status", None)
        self._apply_followup(session, followup, values)
        session.flush()
        self._audit(session, AuditAction.UPDATE, followup, before, self._snapshot(followup), note=audit_note)
        if status is not None:
            status = clean_value(STATUS_SPEC, status)
            if status != followup.status or progress_note:
                self._progress(session, followup, status, progress_note, dt.date.today())

    def _progress(
        self,
        session: Session | Batch,
        followup: FollowUp,
        status: str,
        note: str | None,
        date: dt.date,
        log: Sequence[tuple[dt.date, str]] | None = None,
    ) -> None:
        """Add one progress entry and bring the follow-up's status and completion date in line.

        Without ``log`` the entry is the latest of the follow-up (dated today: a change in a form,
        an import). With ``log`` — the entries already there, in the log's order — it may be
        back-dated: the status and completion date are then those the whole log gives
        (:func:`~hptracker.core.rules.state_from_log`), so an entry dated before a newer one
        never overwrites the newer status.
        """

        # A progress entry changes only these two audited fields; snapshotting them alone gives
        # the same audit entry as a full snapshot at a fraction of the cost (imports of 10,000 rows).
        def state() -> dict[str, Any]:
            return {"status": followup.status, "completed_on": audit.jsonable(followup.completed_on)}

        before = state()
        if log:
            # Ties on a day go to the entry entered last: this one.
            merged = [e for e in log if e[0] <= date] + [(date, status)] + [e for e in log if e[0] > date]
            current, since = rules.state_from_log(merged)
            followup.status = current
            followup.completed_on = since if current == FollowUpStatus.DONE else None
        elif status != followup.status:
            followup.status = status
            followup.completed_on = date if status == FollowUpStatus.DONE else None
        entry = cast(
            "ProgressEntry | None",
            add_row(
                session,
                ProgressEntry,
                {"followup_id": followup.id, "date": date, "status": status, "note": note, "officer_id": self._officer_row_id(session)},
            ),
        )
        if followup.last_progress_date is None or date >= followup.last_progress_date:
            followup.last_progress_date = date
        followup.updated_at = utcnow()
        self._bump(followup)  # a progress entry is a change of the follow-up, with or without a new status
        after = state()
        if after == before:
            # A note alone changes no audited field; the entry is recorded instead, so that it has
            # its audit entry too: who changed the follow-up, and when, is always in the audit.
            before["progress"], after["progress"] = None, {"date": date.isoformat(), "status": status, "note": note}
        audited = self._audit(session, AuditAction.UPDATE, followup, before, after, note="progress", journal=False)
        self._written(session, "progress", followup, audited, entry)

    def record_progress(self, followup_id: int, **entry: Any) -> FollowUp:
        """:meth:`add_progress` (the same keyword arguments), then the follow-up as it is now
        (see :meth:`get_followup`): for the command line, which prints its new status."""
        self.add_progress(followup_id, **entry)
        return self.get_followup(followup_id)

    def add_progress(
        self,
        followup_id: int,
        *,
        status: str | None = None,
        note: str | None = None,
        date: dt.date | str | None = None,
        on: dt.date | str | None = None,
        expected_version: int | None = None,
    ) -> None:
        """One progress entry, dated ``on`` (or ``date``; default today): a note, a status change,
        or both. Never a silent status change. The follow-up is read under its row lock, so the
        status the audit records as old is the one the entry replaces.

        The entry may be dated back (old minutes entered after the fact), not after today. A note
        without a status records the status the follow-up had on the note's day.

        With ``expected_version`` (the version on screen when the officer chose a new status) a
        follow-up changed since is refused with :class:`~hptracker.core.errors.ConflictError`.

        Nothing is read back: the window reads the row it shows itself, and reading the whole
        follow-up again (:meth:`record_progress`) was four more statements on the GUI thread at
        each entry, ten milliseconds on a server (issue 17).
        """
        status_value = clean_value(STATUS_SPEC, status)
        note_value = clean_value(Spec("note", "text", label=QT_TRANSLATE_NOOP("Field", "Note")), note)
        date_value = (
            clean_value(Spec("date", "date", label=QT_TRANSLATE_NOOP("Field", "Date")), on if on is not None else date) or dt.date.today()
        )
        if date_value > dt.date.today():
            raise ValidationError("date", translate("Validation", "Date: a progress entry cannot be dated in the future."))
        with self._write() as session:
            followup = self._locked(session, FollowUp, followup_id, expected_version)
            if status_value is None and note_value is None:
                raise ValidationError("note", translate("Validation", "Write a note or choose a new status."))
            log = [
                (d, s)
                for d, s in session.execute(
                    select(ProgressEntry.date, ProgressEntry.status)
                    .where(ProgressEntry.followup_id == followup_id)
                    .order_by(ProgressEntry.date, ProgressEntry.id)
                )
            ]
            if status_value is None:  # a note: the status of its day (the current one for an empty log)
                status_value = rules.state_from_log(log, on=date_value)[0] if log else followup.status
            self._progress(session, followup, status_value, note_value, date_value, log=log)

    def delete_followup(self, followup_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(FollowUp, followup_id, expected_version=expected_version)

    def restore_followup(self, followup_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(FollowUp, followup_id, restore=True, expected_version=expected_version)

    def get_followup(self, followup_id: int) -> FollowUp:
        """The follow-up with its partner (and the partner's aliases), meeting, agreement, category,
        unit, contact, fields and progress (with each entry's officer); nothing else is loaded.

        The records it refers to come joined to it, the lists by one statement each: four
        statements instead of nine, each a round trip on a server (issue 17.7).
        """
        with self._read() as session:
            followup = session.scalar(
                select(FollowUp)
                .where(FollowUp.id == followup_id)
                .options(
                    joinedload(FollowUp.partner).selectinload(Partner.aliases),
                    joinedload(FollowUp.meeting),
                    joinedload(FollowUp.agreement),
                    joinedload(FollowUp.category),
                    joinedload(FollowUp.unit),
                    joinedload(FollowUp.contact),
                    selectinload(FollowUp.fields),
                    selectinload(FollowUp.progress).joinedload(ProgressEntry.officer),
                )
            )
        if followup is None:
            raise NotFoundError(
                translate("Validation", "{record} #{id} does not exist.").format(record=record_label(FollowUp), id=followup_id)
            )
        return followup

    def history(self, followup_id: int) -> list[HistoryItem]:
        """Progress entries and audit entries of one follow-up, oldest first.

        Three statements in one read: opening a follow-up on a server costs a round trip per
        statement, and reading the whole record with its lists for this (ten statements in two
        sessions) made "open a follow-up" 2.5× slower there than on SQLite (issue 17.7).
        """
        with self._read() as session:
            if session.scalar(select(FollowUp.id).where(FollowUp.id == followup_id)) is None:
                raise NotFoundError(
                    translate("Validation", "{record} #{id} does not exist.").format(record=record_label(FollowUp), id=followup_id)
                )
            progress = session.execute(
                select(ProgressEntry, Officer.name)
                .outerjoin(Officer, Officer.id == ProgressEntry.officer_id)
                .where(ProgressEntry.followup_id == followup_id)
                .order_by(ProgressEntry.date, ProgressEntry.id)
            ).all()
            audited = self._audit_rows(session, "followups", followup_id)
        items = [HistoryItem("progress", entry.created_at, entry.date, officer, entry.status, entry.note) for entry, officer in progress]
        items += [item for item in audit.history_items(audited) if item.note != "progress"]
        return sorted(items, key=lambda item: (item.at, 0 if item.kind == "audit" else 1))

    def find_duplicates(
        self, partner_id: int, title: str, meeting_id: int | None = None, exclude_id: int | None = None
    ) -> list[FollowUpRow]:
        """Follow-ups with the same partner, the same folded title and the same meeting."""
        stmt = select(FollowUp.id, FollowUp.title).where(
            FollowUp.partner_id == partner_id,
            FollowUp.deleted_at.is_(None),
            FollowUp.meeting_id.is_(None) if meeting_id is None else FollowUp.meeting_id == meeting_id,
        )
        if exclude_id is not None:
            stmt = stmt.where(FollowUp.id != exclude_id)
        key = fold(title)
        stmt = stmt.where(FollowUp.search_key.like(f"{search.escape_like(key)}%", escape="\\"))
        with self._read() as session:
            ids = [fid for fid, other in session.execute(stmt) if fold(other) == key]
        return self.query_followups(FollowUpQuery(), ids=ids) if ids else []

    # -- follow-up lists (the tables, Today, exports) ------------------------------------------

    def query_followups(
        self,
        query: FollowUpQuery = FollowUpQuery(),
        offset: int = 0,
        limit: int | None = None,
        ids: Sequence[int] | None = None,
        *,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[FollowUpRow]:
        """One page of follow-up rows, filtered, searched and sorted in SQL.

        Two steps: the page's ids come from the indexes alone (ORDER BY … LIMIT), then the
        details of just those rows; sorting never computes a row's details for the whole table.
        ``cancelled()`` true stops the read (a StoreError): an older keystroke's search.
        """
        today = query.today or dt.date.today()
        extra = [FollowUp.id.in_(list(ids))] if ids is not None else []
        with self._read() as session, interruptible(session, cancelled):
            page = followup_query.page_ids(session, query, today, self._dialect, offset=offset, limit=limit, extra=extra)
            return followup_query.rows_for_ids(session, page, today)

    def iter_followups(self, query: FollowUpQuery = FollowUpQuery(), batch: int = 2000) -> Iterator[FollowUpRow]:
        """Every matching row in the view's order, in one read transaction (exports of 100,000 rows)."""
        today = query.today or dt.date.today()
        with self._read() as session:
            ids = list(session.scalars(followup_query.ids_select(session, query, today, self._dialect)))
            for start in range(0, len(ids), batch):
                yield from followup_query.rows_for_ids(session, ids[start : start + batch], today)

    def count_followups(self, query: FollowUpQuery = FollowUpQuery()) -> int:
        today = query.today or dt.date.today()
        stmt = select(func.count(FollowUp.id)).where(*followup_query.filters(query, today, self._dialect))
        with self._read() as session:
            return session.scalar(stmt) or 0

    def followup_row(self, followup_id: int, today: dt.date | None = None) -> FollowUpRow:
        """One follow-up's row as the tables show it, deleted or not: one statement. The window
        reads it again after each progress entry, and on a server each statement is a round
        trip (the two steps of a page, twice for a deleted row: issue 17.7)."""
        with self._read() as session:
            rows = followup_query.rows_for_ids(session, [followup_id], today or dt.date.today())
        if not rows:
            raise NotFoundError(
                translate("Validation", "{record} #{id} does not exist.").format(record=record_label(FollowUp), id=followup_id)
            )
        return rows[0]

    def status_counts(self, query: FollowUpQuery = FollowUpQuery(), *, cancelled: Callable[[], bool] | None = None) -> dict[str, int]:
        """Counts by status plus "overdue", for the status bar and Today; ``cancelled`` as for
        :meth:`query_followups`."""
        with self._read() as session, interruptible(session, cancelled):
            return followup_query.status_counts(session, query, query.today or dt.date.today(), self._dialect)

    def recent_progress(self, limit: int = 10) -> list[tuple[int, str, str, dt.date, str, str | None, str | None]]:
        """Latest progress entries: (followup id, title, partner, date, status, note, officer).

        "Latest" is the order they were recorded in, which is their ids' (ids only grow, and a
        copied database keeps them): the primary key serves it from its end, where ordering by
        the time of recording sorted every entry (2.4 s at 500,000 entries, on the Today page
        at every start; issue 17).
        """
        stmt = (
            select(FollowUp.id, FollowUp.title, Partner.name, ProgressEntry.date, ProgressEntry.status, ProgressEntry.note, Officer.name)
            .join(FollowUp, FollowUp.id == ProgressEntry.followup_id)
            .join(Partner, Partner.id == FollowUp.partner_id)
            .outerjoin(Officer, Officer.id == ProgressEntry.officer_id)
            .where(FollowUp.deleted_at.is_(None))
            .order_by(ProgressEntry.id.desc())
            .limit(limit)
        )
        with self._read() as session:
            return [tuple(row) for row in session.execute(stmt)]  # type: ignore[misc]

    def followup_partner_ids(self, followup_ids: Sequence[int]) -> dict[int, int]:
        """Partner of each follow-up, deleted ones included (the Brief action on a selection)."""
        if not followup_ids:
            return {}
        with self._read() as session:
            rows = session.execute(select(FollowUp.id, FollowUp.partner_id).where(FollowUp.id.in_(list(followup_ids))))
            return {fid: pid for fid, pid in rows}
