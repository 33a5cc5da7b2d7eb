"""Stopping a read that nobody waits for any more (search as you type, issue 17).

Each keystroke starts a search on a pool thread; the next keystroke makes it useless. A count of
100,000 matches takes a tenth of a second or more, and on a 2-core machine a stale one slows the
newer search down. :func:`interruptible` lets the caller's ``cancelled()`` stop such a read in the
middle: SQLite calls a progress handler every few thousand steps of its virtual machine, and a
handler that answers "stop" makes the statement fail at once with "interrupted". The failure
reaches the caller as a StoreError, which a cancelled background task reports as cancelled.

PostgreSQL reads go to their end (cancelling one needs a second connection to the server); they
are fast enough for the page, and a count that finishes late is dropped by the window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from sqlalchemy.orm import Session

STEPS = 4000  # SQLite virtual-machine steps between two looks at ``cancelled`` (well under 1 ms)


@contextlib.contextmanager
def interruptible(session: Session, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Within the block, the session's SQLite statements stop as soon as ``cancelled()`` is true."""
    if cancelled is None or session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection().connection.driver_connection
    if connection is None:  # pragma: no cover - a pooled connection always has its driver's
        yield
        return
    connection.set_progress_handler(lambda: 1 if cancelled() else 0, STEPS)
    try:
        yield
    finally:
        connection.set_progress_handler(None, 0)  # the connection goes back to the pool clean
