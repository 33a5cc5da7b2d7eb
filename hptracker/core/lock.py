"""One writer per database: an OS lock on ``<db>.lock`` held for the life of the open database.

Why an OS lock rather than SQLite's own: SQLite serialises single transactions, but two windows on
one file would each believe their view is current and the second would silently undo the first
one's work screen by screen. The kernel releases an ``flock``/``msvcrt.locking`` lock when the
process dies, so a crash never leaves a stale lock behind and no "remove the lock file" advice is
ever needed.

The lock file also records the holder's PID (for the refusal message), whether the last session
closed cleanly, and the size and time of the database file when that session opened it and whether
it wrote. A session that did not close cleanly (a crash) keeps committed changes in the ``-wal``
file next to the database. Whatever opens the file next (another SQLite program, a reading command)
folds that ``-wal`` into the file and removes it, as SQLite always does: a missing ``-wal`` alone
loses nothing. Only a session that wrote, crashed, and left the file exactly as it found it while
its ``-wal`` is gone has provably lost changes; :func:`hptracker.core.db.open_database` then opens the
database with a warning (:meth:`LockInfo.lost_changes_suspected`), never refuses it.

The lock is per process and counted: opening the same database twice in one process (the restore
swap reopens it; tests seed through one Tracker and build a window on another) shares one lock.
SPEC §6 asks for one writer *process*. The lock file is never deleted: deleting it would let two
processes lock two different files of the same name.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .errors import DatabaseLockedError, StoreError
from .i18n import translate

STATE_OPEN = "open"
STATE_CLOSED = "closed"
# msvcrt locks a byte range that other processes then cannot read: lock a byte far past the
# small JSON text so the holder's PID stays readable.
_WINDOWS_LOCK_OFFSET = 0x7FFF0000


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass
class LockInfo:
    """What the lock file says: who held it last and whether that session ended cleanly."""

    pid: int | None = None
    host: str | None = None
    state: str | None = None
    # Size and modification time of the database file at the last clean close: when the file
    # still has them, nothing has touched it since and the slow page check can be skipped.
    # For an "open" record, the same figures as the session found the file, and whether it has
    # committed a change since (then its changes live in the -wal until something folds them in).
    size: int | None = None
    mtime_ns: int | None = None
    wrote: bool = False

    def _file_as_recorded(self, db_path: Path) -> bool:
        if self.size is None or self.mtime_ns is None:
            return False
        try:
            now = db_path.stat()
        except OSError:
            return False
        wal = db_path.with_name(db_path.name + "-wal")
        return now.st_size == self.size and now.st_mtime_ns == self.mtime_ns and not wal.exists()

    def unchanged_since_clean_close(self, db_path: Path) -> bool:
        return self.state == STATE_CLOSED and self._file_as_recorded(db_path)

    def lost_changes_suspected(self, db_path: Path) -> bool:
        """A session wrote and crashed, its -wal is gone, and the file is as that session found it.

        Folding the -wal in (a checkpoint) writes the file, so it no longer has the size and time
        recorded at open: then nothing was lost. Still the same means the committed changes never
        reached the file. (A session whose -wal was folded in part by an automatic checkpoint and
        then lost cannot be told from a whole fold; that case is not reported.)
        """
        return self.state == STATE_OPEN and self.wrote and self._file_as_recorded(db_path)


# Never follow a link planted in place of the lock file (a write through it would clobber any file
# the officer can write), nor wait on a FIFO.
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _is_plain_file(fd: int) -> bool:
    """A regular file with one name: not a device or FIFO, not a hard link to another file."""
    info = os.fstat(fd)
    return stat.S_ISREG(info.st_mode) and info.st_nlink == 1


def read_lock_info(db_path: Path) -> LockInfo:
    """The lock file's record, without taking the lock (an unreadable record is an empty one)."""
    try:
        fd = os.open(lock_path_for(db_path), os.O_RDONLY | _NO_FOLLOW)
    except OSError:
        return LockInfo()
    try:
        if not _is_plain_file(fd):
            return LockInfo()
        raw = os.read(fd, 4096)
    except OSError:
        return LockInfo()
    finally:
        os.close(fd)
    try:
        data = json.loads(raw.decode("utf-8").strip() or "{}")
    except (UnicodeDecodeError, ValueError):
        return LockInfo()
    if not isinstance(data, dict):
        return LockInfo()
    pid = data.get("pid")
    size, mtime_ns = data.get("size"), data.get("mtime_ns")
    return LockInfo(
        pid if isinstance(pid, int) else None,
        data.get("host"),
        data.get("state"),
        size if isinstance(size, int) else None,
        mtime_ns if isinstance(mtime_ns, int) else None,
        data.get("wrote") is True,
    )


def _try_lock(fd: int, db_path: Path) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        # A file system without locks (some network shares): say so instead of pretending.
        raise StoreError(
            translate("Store", "Cannot lock the database {path}: {reason}. Keep the database on a local disk.").format(
                path=db_path, reason=exc.strerror or exc
            )
        ) from None
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


class DatabaseLock:
    """A held lock on one database file. Release it with :meth:`release` (counted per process)."""

    def __init__(self, key: str, db_path: Path, fd: int, previous: LockInfo) -> None:
        self.key = key
        self.db_path = db_path
        self.fd = fd
        self.previous = previous  # the record found when this process first took the lock
        self.count = 1
        self._opened: dict[str, int] = {}  # size and time of the file when the session opened it
        self._wrote = False
        self._writing = threading.Lock()

    def _write(self, state: str, **extra: int | bool) -> None:
        record = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "state": state, **extra})
        data = (record + "\n").encode("utf-8")
        with self._writing:
            os.ftruncate(self.fd, 0)
            os.lseek(self.fd, 0, os.SEEK_SET)
            os.write(self.fd, data)
            os.fsync(self.fd)

    def mark_open(self) -> None:
        """Record that a session is open, with the file's size and time as it finds it.

        The earlier record has been judged by then (the file was checked), so it is forgotten:
        later opens in this process (a restore reopens) must not judge the file by it again.
        """
        self.previous = LockInfo()
        self._wrote = False
        with contextlib.suppress(OSError):
            found = self.db_path.stat()
            self._opened = {"size": found.st_size, "mtime_ns": found.st_mtime_ns}
        with contextlib.suppress(OSError):
            self._write(STATE_OPEN, **self._opened)

    def mark_written(self) -> None:
        """Record, once per session and before its first commit, that the session writes.

        Only a session that wrote can lose changes with its -wal; a crashed session that only
        read leaves nothing behind, and its missing -wal is no cause for a warning.
        """
        if self._wrote:
            return
        self._wrote = True
        with contextlib.suppress(OSError):
            self._write(STATE_OPEN, **self._opened, wrote=True)

    def mark_closed(self) -> None:
        with contextlib.suppress(OSError):
            found = self.db_path.stat()
            self._write(STATE_CLOSED, size=found.st_size, mtime_ns=found.st_mtime_ns)

    def acquire_again(self) -> DatabaseLock:
        with _REGISTRY_LOCK:
            self.count += 1
        return self

    def release(self, clean: bool = True) -> None:
        """Drop one reference; the last one records a clean close (if ``clean``) and unlocks.

        All under the registry's lock, as :func:`acquire` is: released from a pool thread (the
        backup at close) while the GUI thread opens the database again, the file would otherwise be
        gone from the registry yet still locked, and the new window refused as "already open".
        """
        with _REGISTRY_LOCK:
            self.count -= 1
            if self.count > 0:
                return
            _REGISTRY.pop(self.key, None)
            if clean:
                self.mark_closed()
            _unlock(self.fd)
            with contextlib.suppress(OSError):
                os.close(self.fd)


_REGISTRY: dict[str, DatabaseLock] = {}
_REGISTRY_LOCK = threading.Lock()


def _key(db_path: Path) -> str:
    return os.path.normcase(os.path.realpath(db_path))


def held_lock(db_path: Path) -> DatabaseLock | None:
    """This process's lock on ``db_path``, if it holds one."""
    with _REGISTRY_LOCK:
        return _REGISTRY.get(_key(db_path))


def acquire(db_path: Path) -> DatabaseLock:
    """Take the one-writer lock on ``db_path`` or raise :class:`DatabaseLockedError`.

    Creates ``<db>.lock`` (mode 0600) next to the database; the folder must exist.
    """
    db_path = Path(db_path)
    key = _key(db_path)
    with _REGISTRY_LOCK:
        existing = _REGISTRY.get(key)
        if existing is not None:
            existing.count += 1
            return existing
        lock_file = lock_path_for(db_path)
        not_plain = StoreError(
            translate(
                "Store",
                "The lock file {path} is a link or not a plain file, so hptracker will not write to it; "
                "remove it and try again (the database has not been changed).",
            ).format(path=lock_file)
        )
        if os.name == "nt" and lock_file.is_symlink():  # pragma: no cover - no O_NOFOLLOW on Windows
            raise not_plain
        try:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | _NO_FOLLOW, 0o600)
        except OSError as exc:
            if exc.errno == errno.ELOOP or lock_file.is_symlink():
                raise not_plain from None
            raise StoreError(
                translate("Store", "Cannot use the database {path}: its folder is not writable ({reason}).").format(
                    path=db_path, reason=exc.strerror or exc
                )
            ) from None
        try:
            plain = _is_plain_file(fd)
        except OSError:
            plain = False
        if not plain:
            os.close(fd)
            raise not_plain
        try:
            locked = _try_lock(fd, db_path)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            holder = read_lock_info(db_path)
            if holder.pid:
                message = translate(
                    "Store", "hptracker is already open on this database (by PID {pid}); close it first. The database has not been changed."
                ).format(pid=holder.pid)
            else:
                message = translate(
                    "Store",
                    "hptracker is already open on this database in another program; close it first. The database has not been changed.",
                )
            raise DatabaseLockedError(message)
        previous = read_lock_info(db_path)
        lock = DatabaseLock(key, db_path, fd, previous)
        _REGISTRY[key] = lock
        return lock
