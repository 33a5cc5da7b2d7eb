"""What every use case of the Tracker stands on: the sessions, the officer, the audit, shared lookups.

One session and one transaction per user action (``_read``/``_write``), the officer the audit
entries name, and the checks every kind of record needs (a record exists, a reference is live, a
chain of parents or successors has no loop). The use cases themselves live in one class per kind
of record (units.py, partners.py, meetings.py, agreements.py, followups.py, facts.py), and
tracker.py puts them together as the one facade, :class:`~hptracker.core.tracker.Tracker`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from . import audit, dialects
from .bulk import Batch, add_row
from .db import Database, Safeguards, open_database, refresh_statistics, store_error_from
from .enums import AuditAction
from .errors import ConflictError, NotFoundError, ReadOnlyError, ValidationError
from .i18n import QT_TRANSLATE_NOOP, translate
from .models import (
    Agreement,
    AuditEntry,
    Base,
    Category,
    Contact,
    Fact,
    Field,
    FollowUp,
    Meeting,
    Officer,
    Partner,
    ProgressEntry,
    Unit,
    Versioned,
    table_of,
)
from .rows import Change, HistoryItem, RecordChange, UndoStep
from .text import clean, fold, format_date, sort_key
from .validate import Spec, clean_list, clean_value

if TYPE_CHECKING:
    from .backup import BackupInfo, RestoreResult

T = TypeVar("T", bound=Base)

UNDO_DEPTH = 50  # steps Edit ▸ Undo can go back


@dataclass
class _Written:
    """A change made in the transaction under way, kept for the undo journal until it commits."""

    action: str  # create, update, delete, restore, progress
    record: Any
    entry: AuditEntry | None
    progress: ProgressEntry | None = None


@dataclass
class _Transaction:
    """What one write transaction has done so far."""

    bumped: set[tuple[str, int]] = field(default_factory=set)  # records whose version it increased
    written: list[_Written] = field(default_factory=list)
    bulk: bool = False  # it wrote through a Batch (an import): not one step to undo
    undo: bool = False  # it is itself an undo: not a step, but its versions are this window's


class TrackerBase:
    """One open database, acting as one officer: sessions, audit, and the shared lookups."""

    def __init__(self, database: Database, officer: str | None = None) -> None:
        self.db = database
        self._officer_name = clean(officer) or default_officer_name()
        self._officer_id: int | None = None
        # Counts each committed write: figures read before are still right while it is unchanged
        # (this process is the database's only writer, see lock.py).
        self.generation = 0
        self._local = threading.local()  # the write transaction under way, per thread
        # This window's own changes: the steps Edit ▸ Undo takes back (newest last), and the
        # versions its writes gave each record, so that an undo can tell them from others' changes.
        self._undo_steps: list[UndoStep] = []
        self._own_versions: dict[tuple[str, int], set[int]] = {}
        self._step_numbers = 0

    @classmethod
    def open(cls, target, officer: str | None = None, **kwargs: Any) -> Self:
        """Open (create, upgrade) the database for an officer: a schema upgrade is preceded by a
        backup (:func:`backup_safeguards`)."""
        kwargs.setdefault("safeguards", backup_safeguards())
        return cls(open_database(target, **kwargs), officer)

    def close(self) -> None:
        self.db.dispose()

    def _refresh_statistics(self) -> None:
        """The query planner's statistics after many writes (SQLite; a server keeps its own).

        Never a reason for the writes before it to look failed: they are committed already.
        """
        if self.db.path is None or self.db.read_only is not None:
            return
        with contextlib.suppress(DBAPIError), self.db.sessions() as session, session.begin():
            dialects.begin_write(session)
            refresh_statistics(session)

    # -- backup and restore of the open database ----------------------------------------------------

    def backup(self, folder: Path | None = None) -> BackupInfo:
        """ "Back up now": a checked backup of the open database (retention applied in the default
        folder; ``folder`` is an extra copy elsewhere, pruned by nobody)."""
        from .backup import backup_database, prune_backups
        from .server_backup import backup_server, server_backup_name

        path = self.db.path
        if path is None:  # a server database: a verified snapshot file on this computer
            info = backup_server(self.db.url, folder)
            if folder is None:
                prune_backups(server_backup_name(self.db.url), info.path.parent)
            return info
        info = backup_database(path, folder)
        if folder is None:
            prune_backups(path)
        return info

    def restore(self, backup_path: Path, folder: Path | None = None) -> RestoreResult:
        """Put a backup in place of the open database: close its engine, swap, reopen — the
        one-writer lock is held throughout, and the database replaced is kept as a dated copy.

        Whatever happens, the Tracker ends on an open database (the restored one, or the old one
        if the restore was refused), so the window can simply reload.
        """
        from .backup import BackupError, restore_file
        from .lock import acquire

        db = self.db
        if db.path is None:
            raise BackupError(
                translate("Backup", "A server database is restored with `hptracker restore`, into an empty database; nothing was changed.")
            )
        path = db.path
        hold = acquire(path)
        try:
            db.dispose()
            try:
                result = restore_file(path, backup_path, folder)
            finally:
                self.db = open_database(path, safeguards=backup_safeguards())
                self.set_officer(self.officer)  # the officer's row id differs in the restored file
        finally:
            hold.release(clean=False)
        return result

    # -- sessions ------------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self.db.sessions() as session:
            try:
                yield session
            except DBAPIError as exc:
                raise store_error_from(exc, self.db.path, self.db.url) from None

    @property
    def read_only(self) -> bool:
        """Whether this database may only be read here (see :attr:`Database.read_only`)."""
        return self.db.read_only is not None

    @property
    def read_only_reason(self) -> str | None:
        """Why this database may only be read, in one sentence for the officer; None if writable."""
        return self.db.read_only

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction per user action: all of it is written, or nothing.

        It takes the database's write lock at once (SQLite: BEGIN IMMEDIATE; PostgreSQL locks each
        row it changes as it reads it, see :meth:`_locked`), so the old values the audit reads are
        those the change replaces: the audit records only transitions that happened.
        """
        if self.db.read_only is not None:
            raise ReadOnlyError(self.db.read_only)
        officer_known = self._officer_id is not None
        transaction = self._local.transaction = _Transaction()
        with self.db.sessions() as session:
            try:
                with session.begin():
                    dialects.begin_write(session)
                    yield session
                self.generation += 1
                self._journal(transaction)
            except BaseException as exc:
                if not officer_known:
                    self._officer_id = None  # an officer row made in this transaction is gone with it
                if isinstance(exc, IntegrityError):
                    raise integrity_message(exc) from None
                if isinstance(exc, DBAPIError):
                    raise store_error_from(exc, self.db.path, self.db.url) from None
                raise
            finally:
                self._local.transaction = None

    def _transaction(self) -> _Transaction | None:
        return getattr(self._local, "transaction", None)

    # -- officer and audit -----------------------------------------------------------------------

    @property
    def officer(self) -> str:
        return self._officer_name

    def set_officer(self, name: str) -> None:
        name = clean(name)
        if not name:
            raise ValidationError("officer", translate("Validation", "The officer's name is required."))
        self._officer_name = name
        self._officer_id = None

    def _officer_row_id(self, session: Session | Batch) -> int:
        if self._officer_id is not None:
            return self._officer_id
        if isinstance(session, Batch):
            raise RuntimeError("a bulk write looks the officer up before it starts (Tracker.bulk)")
        wanted = select(Officer.id).where(Officer.name == self._officer_name)
        found = session.scalar(wanted)
        if found is None:
            # An upsert: the same officer's first write from another workstation may be adding
            # this row at this very moment (SPEC §9).
            dialects.insert_missing(session, table_of(Officer), [{"name": self._officer_name}], ("name",))
            found = session.scalar(wanted)
            assert found is not None  # inserted just above, or by the other workstation
        self._officer_id = found
        return found

    def _audit(
        self,
        session: Session | Batch,
        action: AuditAction,
        obj: Base,
        old: Mapping[str, Any] | None,
        new: Mapping[str, Any] | None,
        note: str | None = None,
        *,
        journal: bool = True,
    ) -> AuditEntry | None:
        """Record a change (None when nothing changed): its old and new values, and the version it
        leaves the record at — every audited change of an editable record increases its version."""
        values = audit.entry_values(action, old, new)
        if values is None:
            return None
        session.flush()
        version = self._bump(obj, created=action is AuditAction.CREATE)
        entry = add_row(
            session,
            AuditEntry,
            {
                "officer_id": self._officer_row_id(session),
                "entity": obj.__tablename__,
                "entity_id": obj.id,  # type: ignore[attr-defined]
                "action": action.value,
                "old": values[0],
                "new": values[1],
                "note": note,
                "version": version,
            },
        )
        if journal:
            self._written(session, action.value, obj, entry)  # type: ignore[arg-type]
        return entry  # type: ignore[return-value]

    def _written(
        self, session: Session | Batch, action: str, record: Any, entry: AuditEntry | None, progress: ProgressEntry | None = None
    ) -> None:
        """Note a change of the transaction under way for the undo journal (not a bulk write's)."""
        transaction = self._transaction()
        if transaction is None:
            return
        if isinstance(session, Batch):
            transaction.bulk = True
        else:
            transaction.written.append(_Written(action, record, entry, progress))

    def _bump(self, obj: Any, *, created: bool = False) -> int | None:
        """Increase the version of an editable record, once per transaction; a new record is at 1.

        Safe without a compare-and-set because the record was read under a row lock (or the
        SQLite write lock) in this transaction: nobody else can change it before the commit.
        """
        if not isinstance(obj, Versioned):
            return None
        transaction = self._transaction()
        key = (obj.__tablename__, obj.id)
        if created:
            obj.version = obj.version or 1
        elif transaction is None or key not in transaction.bumped:
            obj.version = (obj.version or 0) + 1
        if transaction is not None:
            transaction.bumped.add(key)
        return obj.version

    # -- versions and conflicts -------------------------------------------------------------------

    def _locked(
        self,
        session: Session,
        model: type[T],
        record_id: int,
        expected_version: int | None = None,
        *,
        live: bool = True,
        with_lists: bool = False,
    ) -> T:
        """The record about to change, read under a row lock (``SELECT ... FOR UPDATE`` on
        PostgreSQL; on SQLite the transaction holds the write lock already), so its old values
        are still its values when the change is written.

        With ``expected_version`` (the version a form loaded) a record changed since is refused
        with :class:`ConflictError`, naming who changed it and when.
        """
        stmt = (
            select(model)
            .where(model.id == record_id)  # type: ignore[attr-defined]
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if with_lists:
            stmt = stmt.options(*audit.list_loads(model))
        obj = session.scalar(stmt)
        if obj is not None and expected_version is not None and obj.version != expected_version:  # type: ignore[attr-defined]
            raise self._conflict(session, obj, expected_version)
        if obj is None or (live and getattr(obj, "deleted_at", None) is not None):
            raise NotFoundError(translate("Validation", "{record} #{id} does not exist.").format(record=record_label(model), id=record_id))
        return obj

    def _changes_since(self, session: Session, entity: str, record_id: int, version: int) -> list[RecordChange]:
        """The audited changes that took a record past ``version``, oldest first."""
        rows = session.execute(
            select(AuditEntry.at, AuditEntry.version, AuditEntry.action, AuditEntry.note, Officer.name)
            .join(Officer, Officer.id == AuditEntry.officer_id)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == record_id, AuditEntry.version > version)
            .order_by(AuditEntry.version, AuditEntry.id)
        ).all()
        return [RecordChange(name, local_time(at), number, action, note) for at, number, action, note, name in rows]

    def _conflict(
        self, session: Session, obj: Any, expected_version: int, *, undo: bool = False, own: frozenset[int] = frozenset()
    ) -> ConflictError:
        """The refusal of a change made from version ``expected_version`` (or of an undo): who
        changed the record since, and when. ``own`` are versions this window wrote itself."""
        model = type(obj)
        changes = [c for c in self._changes_since(session, obj.__tablename__, obj.id, expected_version) if c.version not in own]
        deleted = getattr(obj, "deleted_at", None) is not None
        values = {"record": record_label(model), "id": obj.id}
        if changes:
            officers = list(dict.fromkeys(c.officer or "?" for c in changes))
            last = changes[-1].at
            values.update(officers=", ".join(officers), date=format_date(last.date()), time=last.strftime("%H:%M"))
            if undo:
                message = translate(
                    "Conflict",
                    "Cannot undo: {record} #{id} was changed by {officers} on {date} at {time}, after your change; it was left as it is.",
                )
            elif deleted and changes[-1].action == AuditAction.DELETE.value:
                message = translate(
                    "Conflict", "{record} #{id} was deleted by {officers} on {date} at {time}, after you opened it; nothing was saved."
                )
            else:
                message = translate(
                    "Conflict", "{record} #{id} was changed by {officers} on {date} at {time}, after you opened it; nothing was saved."
                )
        elif undo:
            message = translate(
                "Conflict", "Cannot undo: {record} #{id} was changed by someone else after your change; it was left as it is."
            )
        else:
            message = translate("Conflict", "{record} #{id} was changed by someone else after you opened it; nothing was saved.")
        return ConflictError(
            message.format(**values),
            entity=obj.__tablename__,
            record_id=obj.id,
            expected_version=expected_version,
            current_version=obj.version,
            changes=tuple(changes),
            deleted=deleted,
        )

    # -- the undo journal ---------------------------------------------------------------------------

    def _journal(self, transaction: _Transaction) -> None:
        """After a commit: the versions this window gave each record, and (unless it was an import
        or itself an undo) the step Edit ▸ Undo can take back."""
        if transaction.bulk:
            return
        changes: list[Change] = []
        for written in transaction.written:
            record = written.record
            if not isinstance(record, Versioned):
                continue  # categories: made once, never part of an undo
            key = (record.__tablename__, record.id)
            self._own_versions.setdefault(key, set()).add(record.version)
            changes.append(
                Change(
                    written.action,
                    key[0],
                    key[1],
                    record.version,
                    written.entry.id if written.entry is not None else None,
                    written.progress.id if written.progress is not None else None,
                )
            )
        if transaction.undo or not changes:
            return
        first = changes[0]
        kind = {"update": "edit"}.get(first.action, first.action)
        self._step_numbers += 1
        self._undo_steps.append(UndoStep(self._step_numbers, kind, first.entity, first.record_id, tuple(changes)))
        del self._undo_steps[:-UNDO_DEPTH]

    def undo_steps(self) -> list[UndoStep]:
        """This window's changes that Edit ▸ Undo can take back, newest last."""
        return list(self._undo_steps)

    _snapshot = staticmethod(audit.snapshot)  # a bulk write (bulk_writes.py) calls it on drafts

    def audit_for(self, entity: str, entity_id: int) -> list[HistoryItem]:
        with self._read() as session:
            rows = self._audit_rows(session, entity, entity_id)
        return audit.history_items(rows)

    @staticmethod
    def _audit_rows(session: Session, entity: str, entity_id: int) -> list[Any]:
        """(audit entry, officer's name) of one record, oldest first."""
        return list(
            session.execute(
                select(AuditEntry, Officer.name)
                .join(Officer, Officer.id == AuditEntry.officer_id)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.at, AuditEntry.id)
            ).all()
        )

    def audit_count(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count(AuditEntry.id))) or 0

    # -- generic helpers ----------------------------------------------------------------------------

    @property
    def _dialect(self) -> str:
        """The database's SQL dialect: SQLite has full-text tables, others search with LIKE."""
        return self.db.engine.dialect.name

    def _page(self, stmt: Select, offset: int, limit: int | None) -> list[Any]:
        """One page of a list's rows (every list pages in SQL)."""
        stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._read() as session:
            return list(session.execute(stmt).all())

    def _get(
        self,
        session: Session,
        model: type[T],
        record_id: int,
        *,
        live: bool = True,
        field_name: str | None = None,
        with_lists: bool = False,
    ) -> T:
        """The record, or the message that it does not exist; ``with_lists`` also loads the lists
        its audit snapshot records (a record about to change)."""
        obj = session.get(model, record_id, options=audit.list_loads(model) if with_lists else None)
        if obj is None or (live and getattr(obj, "deleted_at", None) is not None):
            what = record_label(model)
            message = translate("Validation", "{record} #{id} does not exist.").format(record=what, id=record_id)
            if field_name:
                raise ValidationError(field_name, message)
            raise NotFoundError(message)
        return obj

    def _soft_delete(self, model: type[T], record_id: int, restore: bool = False, expected_version: int | None = None) -> None:
        with self._write() as session:
            obj = self._locked(session, model, record_id, expected_version, live=not restore)
            self._mark_deleted(session, obj, restore)

    def _mark_deleted(self, session: Session, obj: Any, restore: bool = False, note: str | None = None) -> None:
        """Soft-delete (or restore) a record read under its row lock; the audit records it."""
        if restore == (obj.deleted_at is None):
            return  # already as asked
        before = {"deleted_at": audit.jsonable(obj.deleted_at)}
        obj.deleted_at = None if restore else utcnow()
        self._audit(
            session,
            AuditAction.RESTORE if restore else AuditAction.DELETE,
            obj,
            before,
            {"deleted_at": audit.jsonable(obj.deleted_at)},
            note=note,
        )

    def _partners_by_ids(self, session: Session, ids: Iterable[Any], field_name: str) -> list[Partner]:
        result: list[Partner] = []
        for raw in ids:
            label = {"partner_ids": QT_TRANSLATE_NOOP("Field", "Partners"), "party_ids": QT_TRANSLATE_NOOP("Field", "Parties")}.get(
                field_name, field_name
            )
            pid = clean_value(Spec(field_name, "ref", label=label), raw)
            partner = self._get(session, Partner, pid, field_name=field_name)
            if partner not in result:
                result.append(partner)
        return result

    def _fields_by_names(self, session: Session, names: Iterable[Any]) -> list[Field]:
        result: list[Field] = []
        for name in clean_list(names):
            key = fold(name)
            found = session.scalar(select(Field).where(Field.folded == key))
            if found is None:  # an upsert, as for officers: another workstation may add it too
                dialects.insert_missing(session, table_of(Field), [{"name": name, "folded": key, "sort_key": sort_key(name)}], ("folded",))
                found = session.scalar(select(Field).where(Field.folded == key))
                assert found is not None  # inserted just above, or by the other workstation
            if found not in result:
                result.append(found)
        return result

    def _check_ref(self, session: Session, model: type[Base], value: int | None, field_name: str) -> None:
        if value is None:
            return
        # A live record the session holds already (a bulk write reads them all first) needs no
        # lookup: ``session.get`` of an object in the identity map returns that object too, but
        # cost a quarter of an import's checks of 10,000 rows.
        held = session.identity_map.get(identity_key(model, value))
        if held is not None and getattr(held, "deleted_at", None) is None:
            return
        self._get(session, model, value, field_name=field_name)

    @staticmethod
    def _refuse_loop(session: Session, model: type[Base], link: str, record_id: int | None, target: int | None, message: str) -> None:
        """Following ``link`` (a parent or a successor) from ``target`` must never lead back to the
        record: A → B → A would leave no current unit, or a partner inside its own parent."""
        if target is None or record_id is None:
            return  # a new record: nothing can point at it yet
        column = getattr(model, link)
        seen: set[int] = set()
        current: int | None = target
        while current is not None and current not in seen:
            if current == record_id:
                raise ValidationError(link, message)
            seen.add(current)
            current = session.scalar(select(column).where(model.id == current))  # type: ignore[attr-defined]


def backup_safeguards() -> Safeguards:
    """What opening a database for an officer asks of the backups (core/db.py never imports them)."""
    from . import backup, server_backup

    return Safeguards(
        before_upgrade=lambda path, revision: backup.backup_database(path, kind=backup.BEFORE_UPGRADE, note=revision),
        has_backups=lambda path: bool(backup.list_backups(path)),
        before_server_upgrade=lambda engine, revision: server_backup.backup_server(engine, kind=backup.BEFORE_UPGRADE, note=revision),
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def local_time(at: dt.datetime) -> dt.datetime:
    """A stored moment (UTC, as every record stores it) in the computer's own time zone."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def default_officer_name() -> str:
    try:
        return clean(getpass.getuser()) or "officer"
    except Exception:  # no login name (service account, container)
        return "officer"


def record_label(model: type[Base]) -> str:
    labels: dict[type[Base], Callable[[], str]] = {
        Partner: lambda: translate("Record", "Partner"),
        Meeting: lambda: translate("Record", "Meeting"),
        Agreement: lambda: translate("Record", "Agreement"),
        FollowUp: lambda: translate("Record", "Follow-up"),
        Fact: lambda: translate("Record", "Fact"),
        Unit: lambda: translate("Record", "Unit"),
        Contact: lambda: translate("Record", "Contact"),
        Category: lambda: translate("Record", "Category"),
    }
    return labels.get(model, lambda: model.__name__)()


def integrity_message(exc: IntegrityError) -> ValidationError:
    """A constraint the Python checks missed: still a clear message, naming the rule."""
    text = str(exc.orig)
    field_name = "record"
    if "CHECK constraint failed:" in text:
        field_name = text.split("CHECK constraint failed:")[1].strip()
    elif "UNIQUE constraint failed:" in text:
        field_name = text.split("UNIQUE constraint failed:")[1].strip()
    return ValidationError(
        field_name, translate("Validation", "The change breaks a rule of the database ({rule}); nothing was saved.").format(rule=field_name)
    )
