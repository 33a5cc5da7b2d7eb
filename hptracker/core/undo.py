"""Edit ▸ Undo: this window's own last changes taken back, one step at a time (issue 16 item 4).

Every write of a Tracker notes what it changed (the journal of tracker_base.py): one user action —
a follow-up created, a meeting edited, a progress entry, a delete — is one step, and a window keeps
its own steps (each window has its own Tracker). Undoing a step is a change like any other: one
transaction, the records read under their row locks, written through the same steps as the
use cases (validation, derived keys, the audit, with the note "undo").

The inverse of each change:

* a record created → deleted (soft; a contact is removed), and with it whatever the same action
  did to it (its first progress entry);
* an edit → the changed fields get back the values the audit recorded as old;
* a progress entry → the entry is removed, the follow-up's status and completion date are those
  before it;
* a delete → restored (a removed contact is put back under its ID), a restore → deleted again.

An undo never overwrites someone else's work: when a record has been changed since this window's
change by anyone but this window (a later version this window did not write), the undo is refused
with who changed it and when, and the step is dropped from the list, since it can no longer be
taken back as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import audit
from .enums import AuditAction
from .errors import NotFoundError
from .i18n import translate
from .models import Agreement, AuditEntry, Base, Contact, Fact, FollowUp, Meeting, Partner, ProgressEntry, Unit, table_of
from .rows import Change, UndoStep
from .tracker_base import TrackerBase, record_label, utcnow

UNDO_NOTE = "undo"  # the note of every audit entry an undo writes

_MODELS: dict[str, type[Base]] = {model.__tablename__: model for model in (Partner, Contact, Unit, Meeting, Agreement, FollowUp, Fact)}


class UndoUseCases(TrackerBase):
    """Taking back this window's own steps, newest first."""

    def next_undo(self) -> UndoStep | None:
        """The step Edit ▸ Undo would take back now, or None."""
        steps = self.undo_steps()
        return steps[-1] if steps else None

    def undo(self) -> UndoStep:
        """Take back the newest step; returns it.

        Raises :class:`~hptracker.core.errors.ConflictError` (nothing changed, the step dropped)
        when someone else changed one of its records since, and NotFoundError when there is no step.
        """
        if not self._undo_steps:
            raise NotFoundError(translate("Undo", "There is nothing to undo."))
        step = self._undo_steps.pop()
        with self._write() as session:
            transaction = self._transaction()
            assert transaction is not None
            transaction.undo = True
            self._undo_step(session, step)
        return step

    def _undo_step(self, session: Session, step: UndoStep) -> None:
        by_record: dict[tuple[str, int], list[Change]] = {}
        for change in step.changes:
            by_record.setdefault((change.entity, change.record_id), []).append(change)
        # Every record is locked and checked before anything changes: all of the step, or nothing.
        records: dict[tuple[str, int], Any] = {}
        for key, changes in by_record.items():
            records[key] = self._lock_for_undo(session, key, changes[-1].version, removed=any(c.action == "delete" for c in changes))
        for key in reversed(list(by_record)):
            changes, record = by_record[key], records[key]
            if any(c.action == AuditAction.CREATE.value for c in changes):
                self._take_back_create(session, record)
                continue
            for change in reversed(changes):
                record = self._take_back(session, record, change)

    def _lock_for_undo(self, session: Session, key: tuple[str, int], version: int | None, *, removed: bool) -> Any:
        """The record under its row lock, if nobody but this window has changed it since ``version``."""
        model: Any = _MODELS[key[0]]
        record = session.scalar(
            select(model)
            .where(model.id == key[1])
            .options(*audit.list_loads(model))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if record is None:
            if removed and model is Contact:
                return None  # a contact this step removed: it is put back
            raise NotFoundError(translate("Validation", "{record} #{id} does not exist.").format(record=record_label(model), id=key[1]))
        mine = self._own_versions.get(key, set())
        if version is not None and any(v not in mine for v in range(version + 1, record.version + 1)):
            raise self._conflict(session, record, version, undo=True, own=frozenset(mine))
        return record

    def _take_back_create(self, session: Session, record: Any) -> None:
        if isinstance(record, Contact):
            self._remove_contact(session, record, note=UNDO_NOTE)  # type: ignore[attr-defined]
        else:
            self._mark_deleted(session, record, restore=False, note=UNDO_NOTE)

    def _take_back(self, session: Session, record: Any, change: Change) -> Any:
        if change.action == "progress":
            self._take_back_progress(session, record, change)
        elif change.action == AuditAction.UPDATE.value:
            entry = session.get(AuditEntry, change.audit_id)
            old = json.loads(entry.old) if entry is not None and entry.old else {}
            self._restore_fields(session, record, old)
        elif change.action == AuditAction.DELETE.value:
            if record is None:  # a removed contact
                return self._put_back_contact(session, change)
            self._mark_deleted(session, record, restore=True, note=UNDO_NOTE)
        elif change.action == AuditAction.RESTORE.value:
            self._mark_deleted(session, record, restore=False, note=UNDO_NOTE)
        return record

    def _restore_fields(self, session: Session, record: Any, old: dict[str, Any]) -> None:
        """The changed fields back to their old values, through the record's own change step."""
        values = _use_case_values(record, old)
        if isinstance(record, FollowUp):
            self._change_followup(session, record, values, audit_note=UNDO_NOTE)  # type: ignore[attr-defined]
        elif isinstance(record, Partner):
            self._change_partner(session, record, values, note=UNDO_NOTE)  # type: ignore[attr-defined]
        elif isinstance(record, Meeting):
            self._change_meeting(session, record, values, note=UNDO_NOTE)  # type: ignore[attr-defined]
        elif isinstance(record, Agreement):
            self._change_agreement(session, record, values, note=UNDO_NOTE)  # type: ignore[attr-defined]
        elif isinstance(record, Contact):
            self._change_contact(session, record, values, note=UNDO_NOTE)  # type: ignore[attr-defined]
        elif isinstance(record, Fact):
            self._change_fact(session, record, values, note=UNDO_NOTE)  # type: ignore[attr-defined]
        elif isinstance(record, Unit):
            self._change_unit(session, record, values, note=UNDO_NOTE)  # type: ignore[attr-defined]

    def _take_back_progress(self, session: Session, followup: FollowUp, change: Change) -> None:
        """Remove the progress entry; the status and completion date become those before it."""
        entry = session.get(ProgressEntry, change.progress_id) if change.progress_id is not None else None
        audited = session.get(AuditEntry, change.audit_id) if change.audit_id is not None else None
        old = json.loads(audited.old) if audited is not None and audited.old else {}

        def state(progress: dict[str, Any] | None) -> dict[str, Any]:
            return {"status": followup.status, "completed_on": audit.jsonable(followup.completed_on), "progress": progress}

        removed = None
        if entry is not None:
            removed = {"date": entry.date.isoformat(), "status": entry.status, "note": entry.note}
            session.delete(entry)
        before = state(removed)
        if "status" in old:
            followup.status = old["status"]
            if "completed_on" in old:
                followup.completed_on = _date(old["completed_on"])
        session.flush()
        followup.last_progress_date = session.scalar(select(func.max(ProgressEntry.date)).where(ProgressEntry.followup_id == followup.id))
        followup.updated_at = utcnow()
        self._audit(session, AuditAction.UPDATE, followup, before, state(None), note=UNDO_NOTE)

    def _put_back_contact(self, session: Session, change: Change) -> Contact:
        """A contact this window removed, back under its ID with the values it had."""
        entry = session.get(AuditEntry, change.audit_id)
        old = json.loads(entry.old) if entry is not None and entry.old else {}
        contact = Contact(**{k: v for k, v in old.items() if k in _columns(Contact)})
        contact.version = (change.version or 0) + 1
        session.add(contact)
        session.flush()
        self._audit(session, AuditAction.CREATE, contact, None, self._snapshot(contact), note=UNDO_NOTE)
        return contact


def _columns(model: type[Base]) -> set[str]:
    return set(table_of(model).columns.keys())


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _use_case_values(record: Any, old: dict[str, Any]) -> dict[str, Any]:
    """Values as the audit stored them (JSON) turned into what the use cases take."""
    from sqlalchemy import Date, DateTime, Time

    table = type(record).__table__
    values: dict[str, Any] = {}
    followup = isinstance(record, FollowUp)
    for key, value in old.items():
        if key in ("id", "deleted_at") or (followup and key in ("progress", "status", "completed_on")):
            continue  # never changed by an edit (a follow-up's status goes through progress entries)
        column = table.columns.get(key)
        if column is not None and isinstance(value, str):
            if isinstance(column.type, DateTime):
                value = dt.datetime.fromisoformat(value)
            elif isinstance(column.type, Date):
                value = dt.date.fromisoformat(value)
            elif isinstance(column.type, Time):
                value = dt.time.fromisoformat(value)
        values[key] = value
    if followup and ("due_date" in values or "due_precision" in values):
        date = values.pop("due_date", record.due_date)
        precision = values.pop("due_precision", record.due_precision)
        values["due"] = (date, precision) if date is not None else None
    return values
