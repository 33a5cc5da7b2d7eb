"""Reading a database file without writing to it, and its page-by-page check started ahead.

Plain ``sqlite3`` and the lock file only, never SQLAlchemy: :func:`check_ahead` is called as the
window starts, before the heavy modules load (SQLAlchemy, PySide6, the Tracker: about 0.6 s), so
that the check a file copied in needs (SQLite's ``quick_check``, every page read once: 0.3 s for a
218 MB file in the page cache, seconds from a cold disk) runs meanwhile on a thread of its own —
SQLite leaves the interpreter lock while it reads. :func:`hptracker.core.db.inspect_file` then
takes its outcome (:func:`quick_check`) instead of reading the file again, provided the file and
its ``-wal`` are still as they were before and after that check; otherwise it checks again. The
outcome is facts (SQLite's words), never a message: the message is made by ``inspect_file``, in the
language in force when the database is opened.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from . import lock as db_lock

BUSY_TIMEOUT_MS = 5000


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def readonly_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path``: for checking files that may be damaged.

    Without a ``-wal`` file beside it the file is opened ``immutable`` so that not even the empty
    ``-wal``/``-shm`` companions a read-only WAL reader would leave behind are created; with one,
    ``mode=ro`` reads the committed changes the WAL holds.
    """
    uri = Path(os.path.abspath(path)).as_uri()
    uri += "?immutable=1" if not wal_path(path).exists() else "?mode=ro"
    # Not tied to its thread: the engine's pool hands it to one thread at a time, and the window
    # reads on pool threads (search as you type, exports), as SQLAlchemy's own file engines allow.
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def _run_quick_check(path: Path) -> list[str]:
    """SQLite's answers to ``quick_check`` (``["ok"]`` for a whole file); raises sqlite3.Error."""
    conn = readonly_connection(path)
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    finally:
        conn.close()


def _signature(path: Path) -> tuple | None:
    """What tells a file (and its -wal) changed: identity, size and time of each; None if gone."""
    found: list[tuple[int, int, int, int] | None] = []
    for each in (path, wal_path(path)):
        try:
            info = each.stat()
        except OSError:
            found.append(None)
        else:
            found.append((info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns))
    return None if found[0] is None else tuple(found)


@dataclass
class _Ahead:
    before: tuple | None
    done: threading.Event = field(default_factory=threading.Event)
    after: tuple | None = None
    answers: list[str] | None = None
    error: sqlite3.Error | None = None


_ahead: dict[Path, _Ahead] = {}
_ahead_guard = threading.Lock()


def check_ahead(target: str | os.PathLike[str] | None) -> bool:
    """Start the page-by-page check of the database file ``target`` on a thread of its own, if
    opening it will need one (a file hptracker did not close cleanly, or changed since: a copy
    brought in); returns whether it started. Nothing for a server URL, a missing file, or a file
    the check would skip. Reads only: the file is opened immutable or read-only."""
    if target is None or "://" in str(target):
        return False
    path = Path(os.path.abspath(target))
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        if db_lock.read_lock_info(path).unchanged_since_clean_close(path):
            return False
    except OSError:
        return False
    ahead = _Ahead(before=_signature(path))
    with _ahead_guard:
        if path in _ahead:
            return False
        _ahead[path] = ahead

    def run() -> None:
        try:
            ahead.answers = _run_quick_check(path)
        except sqlite3.Error as exc:
            ahead.error = exc
        finally:
            ahead.after = _signature(path)
            ahead.done.set()

    threading.Thread(target=run, name="hptracker check ahead", daemon=True).start()
    return True


def quick_check(path: Path) -> list[str]:
    """SQLite's ``quick_check`` of ``path``: the answers of the check started ahead when the file
    and its -wal are the same now as before and after it, else a check made now. Raises
    sqlite3.Error as SQLite does."""
    with _ahead_guard:
        ahead = _ahead.pop(Path(os.path.abspath(path)), None)
    if ahead is not None:
        ahead.done.wait()
        if ahead.before is not None and ahead.before == ahead.after == _signature(path):
            if ahead.error is not None:
                raise ahead.error
            return list(ahead.answers or [])
    return _run_quick_check(path)


__all__ = ["BUSY_TIMEOUT_MS", "check_ahead", "quick_check", "readonly_connection", "wal_path"]
