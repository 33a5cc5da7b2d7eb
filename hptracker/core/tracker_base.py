"""What every use case of the Tracker stands on: the sessions, the officer, the audit, shared lookups.

One session and one transaction per user action (``_read``/``_write``), the officer the audit
entries name, and the checks every kind of record needs (a record exists, a reference is live, a
chain of parents or successors has no loop). The use cases themselves live in one class per kind
of record (units.py, partners.py, meetings.py, agreements.py, followups.py, facts.py), and
tracker.py puts them together as the one facade, :class:`~hptracker.core.tracker.Tracker`.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from . import audit, dialects
from .bulk import Batch, add_row
from .db import Database, Safeguards, open_database, store_error_from
from .enums import AuditAction
from .errors import NotFoundError, ValidationError
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
    Unit,
    table_of,
)
from .rows import HistoryItem
from .text import clean, fold, sort_key
from .validate import Spec, clean_list, clean_value

if TYPE_CHECKING:
    from .backup import BackupInfo, RestoreResult

T = TypeVar("T", bound=Base)


class TrackerBase:
    """One open database, acting as one officer: sessions, audit, and the shared lookups."""

    def __init__(self, database: Database, officer: str | None = None) -> None:
        self.db = database
        self._officer_name = clean(officer) or default_officer_name()
        self._officer_id: int | None = None
        # Counts each committed write: figures read before are still right while it is unchanged
        # (this process is the database's only writer, see lock.py).
        self.generation = 0

    @classmethod
    def open(cls, target, officer: str | None = None, **kwargs: Any) -> Self:
        """Open (create, upgrade) the database for an officer: a schema upgrade is preceded by a
        backup (:func:`backup_safeguards`)."""
        kwargs.setdefault("safeguards", backup_safeguards())
        return cls(open_database(target, **kwargs), officer)

    def close(self) -> None:
        self.db.dispose()

    # -- backup and restore of the open database ----------------------------------------------------

    def backup(self, folder: Path | None = None) -> BackupInfo:
        """"Back up now": a checked backup of the open database (retention applied in the default
        folder; ``folder`` is an extra copy elsewhere, pruned by nobody)."""
        from .backup import BackupError, backup_database, prune_backups

        path = self.db.path
        if path is None:
            raise BackupError(translate("Backup", "Backups of a server database are made on the server."))
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
            raise BackupError(translate("Backup", "Backups of a server database are made on the server."))
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

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction per user action: all of it is written, or nothing."""
        officer_known = self._officer_id is not None
        with self.db.sessions() as session:
            try:
                with session.begin():
                    yield session
                self.generation += 1
            except BaseException as exc:
                if not officer_known:
                    self._officer_id = None  # an officer row made in this transaction is gone with it
                if isinstance(exc, IntegrityError):
                    raise integrity_message(exc) from None
                if isinstance(exc, DBAPIError):
                    raise store_error_from(exc, self.db.path, self.db.url) from None
                raise

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

    def _audit(self, session: Session | Batch, action: AuditAction, obj: Base, old: Mapping[str, Any] | None,
               new: Mapping[str, Any] | None, note: str | None = None) -> None:
        values = audit.entry_values(action, old, new)
        if values is None:
            return
        session.flush()
        add_row(session, AuditEntry, {
            "officer_id": self._officer_row_id(session),
            "entity": obj.__tablename__,
            "entity_id": obj.id,  # type: ignore[attr-defined]
            "action": action.value,
            "old": values[0],
            "new": values[1],
            "note": note,
        })

    _snapshot = staticmethod(audit.snapshot)  # a bulk write (bulk_writes.py) calls it on drafts

    def audit_for(self, entity: str, entity_id: int) -> list[HistoryItem]:
        with self._read() as session:
            rows = session.execute(
                select(AuditEntry, Officer.name)
                .join(Officer, Officer.id == AuditEntry.officer_id)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.at, AuditEntry.id)
            ).all()
        return audit.history_items(rows)

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

    def _get(self, session: Session, model: type[T], record_id: int, *, live: bool = True,
             field_name: str | None = None, with_lists: bool = False) -> T:
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

    def _soft_delete(self, model: type[T], record_id: int, restore: bool = False) -> None:
        with self._write() as session:
            obj = self._get(session, model, record_id, live=not restore)
            if restore and obj.deleted_at is None:  # type: ignore[attr-defined]
                return
            before = {"deleted_at": audit.jsonable(obj.deleted_at)}  # type: ignore[attr-defined]
            obj.deleted_at = None if restore else utcnow()  # type: ignore[attr-defined]
            self._audit(session, AuditAction.RESTORE if restore else AuditAction.DELETE, obj, before,
                        {"deleted_at": audit.jsonable(obj.deleted_at)})  # type: ignore[attr-defined]

    def _partners_by_ids(self, session: Session, ids: Iterable[Any], field_name: str) -> list[Partner]:
        result: list[Partner] = []
        for raw in ids:
            label = {"partner_ids": QT_TRANSLATE_NOOP("Field", "Partners"),
                     "party_ids": QT_TRANSLATE_NOOP("Field", "Parties")}.get(field_name, field_name)
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
                dialects.insert_missing(session, table_of(Field),
                                        [{"name": name, "folded": key, "sort_key": sort_key(name)}], ("folded",))
                found = session.scalar(select(Field).where(Field.folded == key))
                assert found is not None  # inserted just above, or by the other workstation
            if found not in result:
                result.append(found)
        return result

    def _check_ref(self, session: Session, model: type[Base], value: int | None, field_name: str) -> None:
        if value is not None:
            self._get(session, model, value, field_name=field_name)

    @staticmethod
    def _refuse_loop(session: Session, model: type[Base], link: str, record_id: int | None, target: int | None,
                     message: str) -> None:
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
    from . import backup

    return Safeguards(
        before_upgrade=lambda path, revision: backup.backup_database(path, kind="before-upgrade", note=revision),
        has_backups=lambda path: bool(backup.list_backups(path)),
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


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
