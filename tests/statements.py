"""What a block of code sends to the database, for tests that count round trips."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import event


@contextlib.contextmanager
def statements_of(tracker) -> Iterator[list[str]]:
    """The statements the block sends to the database (BEGIN left out): on a server, each is a
    round trip."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.strip().upper() not in ("BEGIN", "BEGIN IMMEDIATE"):
            statements.append(statement)

    event.listen(tracker.db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(tracker.db.engine, "before_cursor_execute", count)
