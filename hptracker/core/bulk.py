"""Stand-ins for a record and a session, for writing thousands of records in one transaction.

A :class:`Draft` stands in for a mapped record and a :class:`Batch` for the session: the Tracker's
steps that check a follow-up and record its audit and progress work on them unchanged, and the
unit of work (bulk_writes.BulkWrite, ``Tracker.bulk``) writes the results with one executemany per
table instead of one ORM flush per record.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from .models import Base

__all__ = ["Draft", "Batch", "add_row", "model_of", "column_keys"]


class Draft:
    """One record's column values as plain attributes, for writing thousands of records at once.

    The Tracker's own steps (``_apply_followup``, ``_progress``, ``_snapshot``, ``_audit``) read
    and set attributes; they accept a draft in place of the mapped object, so a bulk write
    (an import) checks and records each record exactly as a single create or update does, without
    SQLAlchemy's bookkeeping on every attribute (most of the time of a 10,000-row import).
    :class:`~hptracker.core.bulk_writes.BulkWrite` writes the drafts' values with Core statements.
    """

    def __init__(self, model: type[Base], values: Mapping[str, Any]) -> None:
        data: dict[str, Any] = dict.fromkeys(column_keys(model))
        data["fields"] = []
        data.update(values)
        self.__dict__.update(data)
        self._model = model

    @property
    def __tablename__(self) -> str:
        return self._model.__tablename__

    def values(self, keys: Iterable[str]) -> dict[str, Any]:
        return {key: self.__dict__[key] for key in keys}


def model_of(obj: Any) -> type[Base]:
    return obj._model if isinstance(obj, Draft) else type(obj)  # noqa: SLF001


@functools.cache
def column_keys(model: type[Base]) -> tuple[str, ...]:
    return tuple(c.key for c in inspect(model).column_attrs)


class Batch:
    """Stands in for the session in ``_audit`` and ``_progress`` during a bulk write.

    Their entries (audit, progress) are kept as rows and inserted with one executemany per table
    by :meth:`insert`, in the order they were made; a flush is not needed because every record
    handed to them already has its ID.
    """

    def __init__(self) -> None:
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}

    def add_row(self, model: type[Base], values: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(values)

    def flush(self) -> None:
        pass

    def insert(self, session: Session) -> None:
        for model, rows in self.rows.items():
            if rows:
                session.connection().execute(insert(model.__table__), rows)
        self.rows.clear()


def add_row(session: Session | Batch, model: type[Base], values: dict[str, Any]) -> None:
    if isinstance(session, Batch):
        session.add_row(model, values)
    else:
        session.add(model(**values))
