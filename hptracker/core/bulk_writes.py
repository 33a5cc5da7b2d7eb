"""Many writes in one transaction: the Tracker's public unit of work (``Tracker.bulk``).

An import writes thousands of follow-ups and must be all or nothing, while each public use case
commits on its own. :meth:`BulkUseCases.bulk` opens one transaction and hands out a
:class:`BulkWrite`, modelled on SQLAlchemy's Session (STYLE habit 14): the caller says what to
create, change or record, and the unit of work does it as the single use cases do — the same
validation (``_apply_followup``), the same audit entries and progress entries, on the same
records — but never adds them to the session: it reads and writes their columns with one statement
per table and set of columns, a chunk at a time, since the session's flush of each record was most
of the time of a 10,000-row import (the audit and progress entries go to a
:class:`~hptracker.core.bulk.Batch`). New rows get their IDs from the database (INSERT …
RETURNING), never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from . import dialects
from .bulk import Batch
from .enums import AuditAction, FollowUpStatus, Priority
from .errors import HPTrackerError, NotFoundError, ValidationError
from .followups import FollowUpUseCases
from .i18n import QT_TRANSLATE_NOOP, translate
from .models import (
    Agreement,
    AuditEntry,
    Base,
    Category,
    Contact,
    Field,
    FollowUp,
    Meeting,
    Partner,
    ProgressEntry,
    Unit,
    followup_fields,
    table_of,
)
from .partners import PartnerUseCases
from .specs import STATUS_SPEC
from .tracker_base import record_label, utcnow
from .validate import Spec, clean_value

__all__ = ["APPLY_CHUNK", "BulkUseCases", "BulkWrite", "ChangedMeanwhile"]

APPLY_CHUNK = 5000  # records written at a time (the transaction is still one): bounds the memory
_READ_CHUNK = 2000  # ids per IN (...) list

_FOLLOWUP_COLUMNS = tuple(c.key for c in sa_inspect(FollowUp).column_attrs if c.key != "id")
# What a change may write (everything but the ID, creation and deletion times).
_UPDATED_COLUMNS = tuple(key for key in _FOLLOWUP_COLUMNS if key not in ("created_at", "deleted_at"))
_UPDATED = frozenset(_UPDATED_COLUMNS)
# A new follow-up's columns before its values are applied: the constant defaults its columns
# declare (written as given, since the rows are inserted with Core statements).
_DEFAULTS = {
    attr.key: attr.columns[0].default.arg if attr.columns[0].default is not None and attr.columns[0].default.is_scalar else None
    for attr in sa_inspect(FollowUp).column_attrs
    if attr.key != "id"
}
# The records a follow-up refers to, read once per chunk so that each row's checks find them in
# the session instead of querying one by one.
_REFERENCES: dict[str, type[Base]] = {
    "partner_id": Partner,
    "unit_id": Unit,
    "category_id": Category,
    "agreement_id": Agreement,
    "meeting_id": Meeting,
    "contact_id": Contact,
}
_NOTE = Spec("note", "text", label=QT_TRANSLATE_NOOP("Field", "Note"))


class ChangedMeanwhile(HPTrackerError):
    """A record no longer holds the values the caller read (:meth:`BulkWrite.expect`); nothing
    of the unit of work is written."""

    def __init__(self, message: str, record_id: int) -> None:
        super().__init__(message)
        self.record_id = record_id


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class _Steps:
    """The Tracker's own steps that a bulk write repeats for each record, handed in by
    :meth:`BulkUseCases.bulk` (the unit of work has no other way into the Tracker)."""

    apply_followup: Callable[[Session, FollowUp, Mapping[str, Any]], None]
    progress: Callable[[Session | Batch, FollowUp, str, str | None, dt.date], None]
    audit: Callable[..., object]
    snapshot: Callable[[Any], dict[str, Any]]
    create_partner: Callable[..., Partner]


class BulkWrite:
    """One transaction of many writes, each checked and audited as its single use case does it.

    Made by :meth:`Tracker.bulk <BulkUseCases.bulk>`. Calls are queued and carried out a chunk at a
    time (:meth:`flush`, also at the end of the ``with`` block); an error in any of them — invalid
    values, a record gone, :class:`ChangedMeanwhile` — ends the transaction with nothing written.
    After the block, :attr:`created_ids` holds the IDs of the new follow-ups in the order they were
    asked for, and :attr:`progress_entries` counts the progress entries written.
    """

    def __init__(self, steps: _Steps, session: Session, note: str | None, today: dt.date) -> None:
        self._steps = steps
        self._session = session
        self._note = note
        self._today = today
        self._batch = Batch()
        self._pending: list[tuple[Any, ...]] = []
        self._creating = False  # what the pending operations are: new follow-ups, or changes
        self._held: list[Any] = []  # records read for the checks (the identity map is weak)
        self._read: dict[type[Base], set[int]] = {model: set() for model in _REFERENCES.values()}
        self.created_ids: list[int] = []
        self.progress_entries = 0

    # -- what the caller asks for ------------------------------------------------------------------

    def create_partner(self, **values: Any) -> int:
        """A partner, as ``Tracker.create_partner`` makes it (written at once: its ID is returned)."""
        partner = self._steps.create_partner(self._session, values, note=self._note)
        self._held.append(partner)
        self._read[Partner].add(partner.id)
        return partner.id

    def create_followup(self, values: Mapping[str, Any], *, note: str | None = None) -> None:
        """A follow-up, as ``Tracker.create_followup(**values)`` makes it: a status other than
        "not started" in ``values`` (or a ``note``) also writes its first progress entry."""
        if "fields" in values or "category" in values:
            raise TypeError("a bulk write gives follow-ups no fields and takes categories by ID")
        self._queue(True, (dict(values), note))

    def expect(self, followup_id: int, values: Mapping[str, Any]) -> None:
        """The follow-up must still be live and hold these column values when it is written, or
        the whole unit of work fails with :class:`ChangedMeanwhile` (what the caller showed the
        officer is what gets changed)."""
        self._queue(False, ("expect", followup_id, dict(values)))

    def update_followup(self, followup_id: int, values: Mapping[str, Any], *, note: str | None = None) -> None:
        """Change fields, as ``Tracker.update_followup(followup_id, note=note, **values)`` does."""
        if "fields" in values:
            raise TypeError("a bulk write does not change a follow-up's fields")
        self._queue(False, ("update", followup_id, dict(values), note))

    def record_progress(self, followup_id: int, *, status: str | None = None, note: str | None = None) -> None:
        """One progress entry dated today, as ``Tracker.record_progress`` writes it."""
        status_value = clean_value(STATUS_SPEC, status)
        note_value = clean_value(_NOTE, note)
        if status_value is None and note_value is None:
            raise ValidationError("note", translate("Validation", "Write a note or choose a new status."))
        self._queue(False, ("progress", followup_id, status_value, note_value))

    def flush(self) -> None:
        """Carry out what is queued (still inside the transaction)."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        if self._creating:
            self._create(pending)
        else:
            self._change(pending)
        self._batch.insert(self._session)

    # -- carrying it out ---------------------------------------------------------------------------

    def _queue(self, creating: bool, operation: tuple[Any, ...]) -> None:
        if self._pending and (creating != self._creating or len(self._pending) >= APPLY_CHUNK):
            self.flush()  # in the order asked for: new follow-ups and changes are not mixed in one chunk
        self._creating = creating
        self._pending.append(operation)

    def _hold_references(self, values: list[Mapping[str, Any]]) -> None:
        wanted: dict[type[Base], set[int]] = {model: set() for model in self._read}
        for item in values:
            for key, model in _REFERENCES.items():
                record_id = item.get(key)
                if isinstance(record_id, int) and record_id not in self._read[model]:
                    wanted[model].add(record_id)
        for model, ids in wanted.items():
            for chunk in _chunks(sorted(ids), _READ_CHUNK):
                self._held.extend(self._session.scalars(select(model).where(model.id.in_(chunk))))  # type: ignore[attr-defined]
            self._read[model] |= ids

    def _create(self, pending: list[tuple[Any, ...]]) -> None:
        """New follow-ups, each checked, audited and given its first progress entry as
        ``create_followup`` does, then inserted once in their final state.

        The audit and progress entries are made before the rows exist, on a stand-in id (-1, -2,
        … in the order of the chunk), replaced by the IDs the INSERT returns: inserting first and
        then updating what the progress entries changed rewrote a dozen index entries of each row
        (status, dates, sort orders) a second time.
        """
        steps, session, batch = self._steps, self._session, self._batch
        self._hold_references([values for values, _note in pending])
        now = utcnow()
        built: list[FollowUp] = []
        for values, note in pending:
            status = clean_value(STATUS_SPEC, values.get("status")) or FollowUpStatus.NOT_STARTED.value
            followup = _record(
                {
                    **_DEFAULTS,
                    "status": FollowUpStatus.NOT_STARTED.value,
                    "priority": Priority.NORMAL.value,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            steps.apply_followup(session, followup, values)
            followup.id = -(len(built) + 1)  # the stand-in, until the INSERT gives the ID
            steps.audit(batch, AuditAction.CREATE, followup, None, steps.snapshot(followup), note=self._note)
            note = clean_value(_NOTE, note)
            if status != FollowUpStatus.NOT_STARTED or note:
                steps.progress(batch, followup, status, note, self._today)
                self.progress_entries += 1
            built.append(followup)
        rows = [_columns(followup, _FOLLOWUP_COLUMNS) for followup in built]
        ids = dialects.insert_numbered(session.connection(), table_of(FollowUp), rows)
        for followup, new_id in zip(built, ids, strict=True):
            followup.id = new_id
        for row in batch.rows.get(AuditEntry, ()):
            if row["entity"] == FollowUp.__tablename__ and row["entity_id"] < 0:
                row["entity_id"] = ids[-row["entity_id"] - 1]
        for row in batch.rows.get(ProgressEntry, ()):
            if row["followup_id"] < 0:
                row["followup_id"] = ids[-row["followup_id"] - 1]
        self.created_ids.extend(ids)

    def _change(self, pending: list[tuple[Any, ...]]) -> None:
        steps, session = self._steps, self._session
        self._hold_references([op[2] for op in pending if op[0] == "update"])
        loaded = self._load({op[1] for op in pending})
        touched: dict[int, tuple[FollowUp, dict[str, Any]]] = {}
        for op in pending:
            kind, followup_id = op[0], op[1]
            followup = loaded.get(followup_id)
            if kind == "expect":
                if (
                    followup is None
                    or followup.deleted_at is not None
                    or any(getattr(followup, attr) != value for attr, value in op[2].items())
                ):
                    raise ChangedMeanwhile(
                        translate("Validation", "{record} #{id} was changed meanwhile; nothing was saved.").format(
                            record=record_label(FollowUp), id=followup_id
                        ),
                        followup_id,
                    )
                continue
            if followup is None or followup.deleted_at is not None:
                raise NotFoundError(
                    translate("Validation", "{record} #{id} does not exist.").format(record=record_label(FollowUp), id=followup_id)
                )
            if followup_id not in touched:
                touched[followup_id] = (followup, _columns(followup, _UPDATED_COLUMNS))
            if kind == "update":
                values, note = dict(op[2]), op[3]
                before = steps.snapshot(followup)
                status = values.pop("status", None)
                steps.apply_followup(session, followup, values)
                steps.audit(self._batch, AuditAction.UPDATE, followup, before, steps.snapshot(followup), note=self._note)
                if status is not None:
                    status = clean_value(STATUS_SPEC, status)
                    if status != followup.status or note:
                        steps.progress(self._batch, followup, status, note, self._today)
                        self.progress_entries += 1
            else:  # progress
                steps.progress(self._batch, followup, op[2] or followup.status, op[3], self._today)
                self.progress_entries += 1
        self._write_changes(touched, utcnow(), stamp=True)

    def _load(self, ids: set[int]) -> dict[int, FollowUp]:
        """The follow-ups to change with every column and their fields (for the audit), read with
        Core statements into records the session does not hold."""
        table = table_of(FollowUp)
        session = self._session
        loaded: dict[int, FollowUp] = {}
        for chunk in _chunks(sorted(ids), _READ_CHUNK):
            # Under a row lock (PostgreSQL): the values the audit records as old stay those replaced.
            for row in session.connection().execute(select(table).where(table.c.id.in_(chunk)).with_for_update()).mappings():
                loaded[row["id"]] = _record(dict(row))
            names = session.execute(
                select(followup_fields.c.followup_id, Field)
                .join(Field, Field.id == followup_fields.c.field_id)
                .where(followup_fields.c.followup_id.in_(chunk))
                .order_by(Field.name)
            )
            for followup_id, found in names:
                loaded[followup_id].fields.append(found)
        return loaded

    def _write_changes(self, written: dict[int, tuple[FollowUp, dict[str, Any]]], now: dt.datetime, *, stamp: bool) -> None:
        """UPDATE the columns that changed, one executemany per set of columns: SQLite rewrites an
        index entry for every column set, changed or not. ``stamp``: a change of the record (its
        ``updated_at`` is now), rather than what a progress entry did to a row just inserted."""
        table = table_of(FollowUp)
        batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for followup_id, (followup, original) in written.items():
            row = {key: value for key, old in original.items() if key in _UPDATED and (value := getattr(followup, key)) != old}
            if stamp:
                row["updated_at"] = now
            if not row:
                continue
            row["b_id"] = followup_id
            batches.setdefault(tuple(row), []).append(row)
        for rows in batches.values():
            self._session.connection().execute(table.update().where(table.c.id == bindparam("b_id")), rows)


def _record(values: Mapping[str, Any]) -> FollowUp:
    """A FollowUp holding ``values``, outside any session: the Tracker's steps check and change it
    as they do a record read in a session, and the unit of work writes its columns itself.

    The values go straight into the record's state dictionary (``InstanceState.dict``), as the
    values it was loaded with: setting each through the ORM, with its change events, cost half a
    second per 10,000 records.
    """
    record = FollowUp()
    sa_inspect(record).dict.update(values, fields=[])
    return record


def _columns(record: FollowUp, keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: getattr(record, key) for key in keys}


class BulkUseCases(FollowUpUseCases, PartnerUseCases):
    """The unit of work of many writes, and the reads that plan one (an import's preview)."""

    @contextmanager
    def bulk(self, *, note: str | None = None, today: dt.date | None = None) -> Iterator[BulkWrite]:
        """One transaction for many writes: ``with tracker.bulk(note="import: list.xlsx") as work:``.

        Every audit entry of the unit of work carries ``note``; progress entries are dated
        ``today`` (default: the date today). All of it is written when the block ends, or nothing.
        Then SQLite's statistics are brought up to date (an import can multiply the rows).
        """
        with self._write() as session:
            self._officer_row_id(session)  # known before the audit entries are made on a Batch
            work = BulkWrite(
                _Steps(self._apply_followup, self._progress, self._audit, self._snapshot, self._create_partner),
                session,
                note,
                today or dt.date.today(),
            )
            yield work
            work.flush()
        self._refresh_statistics()

    def followup_titles(self) -> list[tuple[int, int, str]]:
        """(id, partner id, title) of every live follow-up: an import warns of likely duplicates."""
        with self._read() as session:
            rows = session.execute(select(FollowUp.id, FollowUp.partner_id, FollowUp.title).where(FollowUp.deleted_at.is_(None)))
            return [(fid, partner_id, title) for fid, partner_id, title in rows]

    def followup_contacts(self, followup_ids: list[int]) -> dict[int, tuple[int, str, int]]:
        """The partner-side contact of each follow-up that has one: (contact id, name, its partner)."""
        found: dict[int, tuple[int, str, int]] = {}
        with self._read() as session:
            for chunk in _chunks(sorted(set(followup_ids)), _READ_CHUNK):
                rows = session.execute(
                    select(FollowUp.id, Contact.id, Contact.name, Contact.partner_id)
                    .join(Contact, Contact.id == FollowUp.contact_id)
                    .where(FollowUp.id.in_(chunk))
                )
                for followup_id, contact_id, name, partner_id in rows:
                    found[followup_id] = (contact_id, name, partner_id)
        return found
