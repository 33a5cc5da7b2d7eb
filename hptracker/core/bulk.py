"""A stand-in for the session, for writing thousands of records in one transaction.

The Tracker's steps that record an audit entry or a progress entry add rows to the session; in a
bulk write (bulk_writes.BulkWrite, ``Tracker.bulk``) they add them to a :class:`Batch` instead,
which writes them with one executemany per table rather than one ORM flush per record.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .models import Base, table_of

__all__ = ["Batch", "add_row"]


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
                session.connection().execute(insert(table_of(model)), rows)
        self.rows.clear()


def add_row(session: Session | Batch, model: type[Base], values: dict[str, Any]) -> Base | None:
    """Add a row; in a session, the new record (its ID is known after the flush), in a batch None."""
    if isinstance(session, Batch):
        session.add_row(model, values)
        return None
    record = model(**values)
    session.add(record)
    return record
