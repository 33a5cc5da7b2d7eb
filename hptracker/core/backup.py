"""Backups, retention, restore and integrity checks of the SQLite database (SPEC §6).

Decisions, so that the window, the CLI and the tests agree:

* **Where.** Backups go to a ``backups/`` folder next to the database (for the default database
  that is the per-user data folder). Next to the file, not in one global folder, so that two
  databases never mix their backups and a database moved with its folder keeps its history.
  ``hptracker backup --to DIR`` writes one extra copy elsewhere (a USB stick) and prunes nothing
  there.
* **Names.** ``<db name>-YYYYMMDD-HHMMSS.db`` (local time) for regular backups; the copies kept by
  a restore (``-before-restore``), before a schema upgrade (``-before-upgrade-<rev>``) and of a
  damaged file (``-damaged``) carry their reason in the name and are never pruned automatically.
* **How.** Always SQLite's backup API (``sqlite3.Connection.backup``, one step: a consistent
  snapshot even while another process writes), into a temporary file in the backups folder,
  switched to a single self-contained file (``journal_mode = DELETE``), checked with
  ``integrity_check`` and ``foreign_key_check``, then moved into place (mode 0600) by
  :func:`hptracker.core.files.atomic_path`. A backup that fails its check is never kept.
* **"Changed since the last backup".** A fingerprint of the content — per table the row count and
  the highest rowid, the newest ``updated_at``, the schema text — is computed on the live database
  and on the newest regular backup; the automatic backup runs only when they differ. Every change
  made through the Tracker adds an audit row, so an edit that keeps counts still changes the
  fingerprint. Nothing is stored beside the backups, so there is nothing to fall out of step.
* **Retention.** :func:`select_to_keep`: the newest backup of each of the 7 most recent days that
  have one, of the 4 most recent ISO weeks, of the 12 most recent months, and always the newest.
  "Most recent periods that have a backup" rather than calendar windows: after three months away
  from the office the officer still finds a week of daily backups.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

from .db import head_revision, inspect_file, lost_changes_warning, schema_differences
from .errors import DatabaseDamagedError, DatabaseLockedError, HPTrackerError, StoreError
from .file_check import BUSY_TIMEOUT_MS, readonly_connection, wal_path
from .files import PRIVATE_MODE, atomic_path, write_error
from .i18n import translate
from .lock import DatabaseLock, acquire, lock_path_for

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12

REGULAR = "backup"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"
DAMAGED = "damaged"

# Tables whose live rows are shown as "record counts" in the restore list and by `check`.
COUNTED_TABLES = ("partners", "meetings", "agreements", "followups", "facts")


class BackupError(HPTrackerError):
    """A backup or restore could not be made; nothing was changed."""


@dataclass
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    kind: str = REGULAR
    note: str | None = None  # the schema revision for "before-upgrade"
    size: int = 0

    def counts(self) -> dict[str, int]:
        """Record counts of this backup (read without writing a byte to it)."""
        conn = _connect_backup(self.path)
        try:
            return record_counts(conn)
        finally:
            conn.close()


@dataclass
class CheckReport:
    """The result of ``hptracker check``: plain sentences for the officer."""

    ok: bool
    messages: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # Told beside the findings but no reason to fail: the file is sound (lost_changes_warning).
    warnings: list[str] = field(default_factory=list)


@dataclass
class RestoreResult:
    restored_from: Path
    kept_as: Path | None  # the previous database, kept as a dated copy


# -----------------------------------------------------------------------------------------------
# names and folders
# -----------------------------------------------------------------------------------------------


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<n>\d+))?"
    r"(?:-(?P<kind>before-restore|before-upgrade|damaged)(?:-(?P<note>[A-Za-z0-9_]+))?)?\.db$"
)


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def parse_backup_name(path: Path, db_name: str | None = None) -> BackupInfo | None:
    """The backup a file name describes, or None when it is not one of ours (for ``db_name``)."""
    match = _NAME.match(path.name)
    if not match:
        return None
    if db_name is not None and match["stem"] != Path(db_name).stem:
        return None
    try:
        taken = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    if match["n"]:
        taken += dt.timedelta(microseconds=min(int(match["n"]), 999_999))
    return BackupInfo(path, taken, match["kind"] or REGULAR, match["note"])


def backup_path_for(folder: Path, stem: str, moment: dt.datetime, kind: str, note: str | None) -> Path:
    suffix = "" if kind == REGULAR else f"-{kind}" + (f"-{note}" if note else "")
    base = f"{stem}-{_stamp(moment)}"
    candidate = folder / f"{base}{suffix}.db"
    n = 1
    while candidate.exists():  # two backups within one second: keep both, in order
        candidate = folder / f"{base}-{n}{suffix}.db"
        n += 1
    return candidate


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Every backup of this database in the folder, newest first (all kinds)."""
    db_path = Path(db_path)
    folder = Path(folder) if folder else backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        info = parse_backup_name(entry, db_path.name)
        if info is None or not entry.is_file():
            continue
        with contextlib.suppress(OSError):
            info.size = entry.stat().st_size
        found.append(info)
    found.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    return found


# -----------------------------------------------------------------------------------------------
# reading databases without writing to them
# -----------------------------------------------------------------------------------------------


def _connect_backup(path: Path) -> sqlite3.Connection:
    """Backups never change once written: immutable reading creates no -wal/-shm beside them."""
    uri = Path(os.path.abspath(path)).as_uri() + "?immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    ]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def record_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live (not deleted) records per main table, plus progress entries and audit rows."""
    tables = set(_tables(conn))
    counts = {}
    for table in COUNTED_TABLES:
        if table in tables:
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")}
            where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
            counts[table] = conn.execute(f"SELECT count(*) FROM {_quote(table)}{where}").fetchone()[0]
    for table in ("progress_entries", "audit"):
        if table in tables:
            counts[table] = conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
    return counts


def fingerprint(conn: sqlite3.Connection) -> str:
    """A short digest that changes whenever the content changes through hptracker (see module doc)."""
    digest = hashlib.sha256()
    # The planner's statistics (sqlite_stat1, made by PRAGMA optimize as hptracker closes) are not
    # content: their appearing calls for no backup.
    for (sql,) in conn.execute(
        "SELECT coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name"
    ):
        digest.update(sql.encode("utf-8"))
    for table in _tables(conn):
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")}
        newest = ", max(updated_at)" if "updated_at" in columns else ""
        try:
            row = conn.execute(f"SELECT count(*), max(rowid){newest} FROM {_quote(table)}").fetchone()
        except sqlite3.OperationalError:  # a WITHOUT ROWID table
            row = conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()
        digest.update(repr((table, tuple(row))).encode("utf-8"))
    return digest.hexdigest()[:16]


def schema_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _revision_known(revision: str | None) -> TypeGuard[str]:
    from .db import known_revisions

    return revision is not None and revision in known_revisions()


def problems_in(conn: sqlite3.Connection, full: bool = True) -> tuple[list[str], list[tuple]]:
    """SQLite's own findings: integrity (or quick) check messages and foreign-key violations."""
    pragma = "integrity_check(20)" if full else "quick_check(20)"
    integrity = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    if integrity == ["ok"]:
        integrity = []
    violations = list(conn.execute("PRAGMA foreign_key_check"))
    return integrity, violations


# -----------------------------------------------------------------------------------------------
# taking a backup
# -----------------------------------------------------------------------------------------------


def make_private_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(folder, exc) from None


# Temporary files of atomic_path in a backups folder (backups and damaged copies, with the
# journal SQLite may leave beside them) and beside the database (restores).
_COMPANION = r"(?:-journal|-wal|-shm)?"


def _temporary_names(db_path: Path) -> tuple[re.Pattern[str], re.Pattern[str]]:
    in_backups = re.compile(rf"^\.{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}[^/\\]*\.db(?:-wal)?\.[^.]+\.db-tmp{_COMPANION}$")
    beside_db = re.compile(rf"^\.{re.escape(db_path.name)}\.[^.]+\.restore-tmp{_COMPANION}$")
    return in_backups, beside_db


def _lock_folder(folder: Path, *, shared: bool) -> int | None:
    """An flock on ``folder`` (POSIX): shared while writing temporary files in it, exclusive (not
    waiting) to sweep them. Returns the descriptor holding it, None when it is not to be had."""
    import fcntl

    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


@contextlib.contextmanager
def writing_temporaries(folder: Path):
    """Held while this process writes temporary files in ``folder``, so that a backup's sweep
    (:func:`remove_stale_temporaries`) leaves them alone. The kernel drops the lock when a process
    is killed: what a killed backup or restore left behind is then swept by the next backup."""
    fd = _lock_folder(folder, shared=True) if os.name == "posix" else None
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)


def remove_stale_temporaries(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Remove what killed backups and restores of ``db_path`` left: their temporary copies.

    Only names that atomic_path gives this database's backups (in ``folder``) and restores (beside
    the database) are touched, and only while no backup or restore is writing in that folder
    (elsewhere an open file cannot be deleted, which protects it the same way).
    """
    in_backups, beside_db = _temporary_names(db_path)
    removed = []
    for place, pattern in ((Path(folder) if folder else backup_folder(db_path), in_backups), (db_path.parent, beside_db)):
        if not place.is_dir():
            continue
        fd = None
        if os.name == "posix":
            fd = _lock_folder(place, shared=False)
            if fd is None:
                continue  # a backup or restore is writing there now: the next backup sweeps
        try:
            for entry in place.iterdir():
                if pattern.match(entry.name):
                    try:
                        entry.unlink()  # a planted link goes, never what it points to
                    except OSError:
                        continue
                    removed.append(entry)
        finally:
            if fd is not None:
                os.close(fd)
    return removed


def backup_database(
    db_path: Path, folder: Path | None = None, *, kind: str = REGULAR, note: str | None = None, now: dt.datetime | None = None
) -> BackupInfo:
    """Copy the database with the backup API, verify the copy, and move it into place.

    Raises :class:`DatabaseDamagedError` when the copy fails its check (the live database is
    damaged: no bad backup is kept), :class:`BackupError`/``FileWriteError`` when it cannot be
    written.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(translate("Backup", "There is no database at {path} to back up.").format(path=db_path))
    folder = Path(folder) if folder else backup_folder(db_path)
    make_private_folder(folder)
    remove_stale_temporaries(db_path, folder)
    if folder != backup_folder(db_path):
        remove_stale_temporaries(db_path)
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    if note:
        note = re.sub(r"[^A-Za-z0-9_]", "_", note)
    target = backup_path_for(folder, db_path.stem, moment, kind, note)
    # With the lock free, hold it for the copy: no writer can start, and a database without a
    # -wal can be read immutably (nothing created beside it). Otherwise the holder (the window)
    # has a -wal open and the copy reads as an ordinary WAL reader.
    try:
        hold: DatabaseLock | None = acquire(db_path)
    except DatabaseLockedError:
        hold = None
    try:
        try:
            source = readonly_connection(db_path)
        except sqlite3.DatabaseError as exc:
            raise _damaged_source(db_path, exc) from None
        try:
            with writing_temporaries(folder), atomic_path(target, suffix=".db-tmp") as tmp:
                _copy_verified(source, tmp, db_path, target)
        finally:
            source.close()
    finally:
        if hold is not None:
            hold.release(clean=False)
    return BackupInfo(target, moment, kind, note, target.stat().st_size)


def _damaged_source(db_path: Path, exc: Exception | None = None) -> StoreError:
    text = str(exc or "").lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            translate("Backup", "The database {path} is busy in another program; try again in a moment.").format(path=db_path)
        )
    return DatabaseDamagedError(
        translate("Backup", "The database {path} is damaged, so no backup was made (the existing backups are kept).").format(path=db_path),
        str(db_path),
    )


# SQLite's (extended) result codes that come from writing the new file, not reading the source
# (the source connection is read-only: it never writes, truncates or syncs).
_WRITE_ERRORS = (
    "SQLITE_FULL",
    "SQLITE_READONLY",
    "SQLITE_PERM",
    "SQLITE_IOERR_WRITE",
    "SQLITE_IOERR_FSYNC",
    "SQLITE_IOERR_DIR_FSYNC",
    "SQLITE_IOERR_TRUNCATE",
    "SQLITE_IOERR_DELETE",
)


def _destination_error(exc: sqlite3.Error, target: Path, needed: int) -> BackupError | None:
    """A failure writing ``target`` (disk full, read-only, I/O error), told as such; None when
    the failure lies in the source.

    Writing the copy is all the destination side does: a full disk (SQLITE_FULL, or a failed
    write while the disk has less free space than the copy needs) or a folder that refuses the
    file is no sign that the database is damaged, and must not be told as one.
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not name.startswith(_WRITE_ERRORS):
        return None
    try:
        free = shutil.disk_usage(target.parent).free
    except OSError:
        free = None
    if name == "SQLITE_FULL" or (free is not None and free < needed):
        return BackupError(translate("Backup", "There is no space left on the disk for {path}; nothing was changed.").format(path=target))
    return BackupError(translate("Backup", "Cannot write to {path} ({reason}); nothing was changed.").format(path=target, reason=exc))


def _copy_verified(source: sqlite3.Connection, tmp: Path, source_path: Path, target: Path) -> None:
    """Backup API into ``tmp`` (to become ``target``), made a single self-contained file, then checked."""
    try:
        dest = sqlite3.connect(tmp, isolation_level=None)
    except sqlite3.Error as exc:  # only the new file is being opened here
        raise BackupError(
            translate("Backup", "Cannot write to {path} ({reason}); nothing was changed.").format(path=target, reason=exc)
        ) from None
    try:
        try:
            source.backup(dest)  # pages=-1: one step, one consistent snapshot
            dest.execute("PRAGMA journal_mode = DELETE")
            integrity, violations = problems_in(dest, full=True)
        except sqlite3.DatabaseError as exc:
            needed = 0
            with contextlib.suppress(OSError):
                needed = source_path.stat().st_size
            raise _destination_error(exc, target, needed) or _damaged_source(source_path, exc) from None
        if integrity or violations:
            raise _damaged_source(source_path)
    finally:
        dest.close()
    for companion in (Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm"), Path(str(tmp) + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            companion.unlink()


def needs_backup(db_path: Path, folder: Path | None = None) -> bool:
    """True when the database differs from its newest regular backup (or has none and holds records)."""
    db_path = Path(db_path)
    try:
        live = readonly_connection(db_path)
    except sqlite3.DatabaseError:
        return False
    try:
        current = fingerprint(live)
        counts = record_counts(live)
    finally:
        live.close()
    regular = [b for b in list_backups(db_path, folder) if b.kind == REGULAR]
    if not regular:
        return any(counts.values())
    try:
        conn = _connect_backup(regular[0].path)
        try:
            previous = fingerprint(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True
    return previous != current


def auto_backup(db_path: Path, folder: Path | None = None, now: dt.datetime | None = None) -> BackupInfo | None:
    """The automatic backup at start and close: only when the data changed; then prune."""
    db_path = Path(db_path)
    if not needs_backup(db_path, folder):
        return None
    info = backup_database(db_path, folder, now=now)
    prune_backups(db_path, folder, today=(now or dt.datetime.now()).date())
    return info


# -----------------------------------------------------------------------------------------------
# retention
# -----------------------------------------------------------------------------------------------


def select_to_keep(dates: Iterable[dt.datetime], today: dt.date) -> set[dt.datetime]:
    """Which backup times the schedule keeps: 7 daily, 4 weekly, 12 monthly, and the newest.

    For each kind of period, the newest backup of each of the most recent periods that have a
    backup is kept. Backups dated after ``today`` (a clock that went back) are all kept: a
    schedule cannot judge them.
    """
    moments = sorted(set(dates), reverse=True)
    keep = {m for m in moments if m.date() > today}
    past = [m for m in moments if m.date() <= today]
    if not past:
        return keep
    keep.add(past[0])
    periods = ((KEEP_DAILY, lambda m: m.date()), (KEEP_WEEKLY, lambda m: m.isocalendar()[:2]), (KEEP_MONTHLY, lambda m: (m.year, m.month)))
    for count, period_of in periods:
        seen: set = set()
        for moment in past:  # newest first: the first of each period is its newest
            period = period_of(moment)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            keep.add(moment)
    return keep


def prune_backups(db_path: Path, folder: Path | None = None, today: dt.date | None = None) -> list[Path]:
    """Delete the regular backups the schedule no longer keeps; return what was deleted."""
    regular = [b for b in list_backups(db_path, folder) if b.kind == REGULAR]
    keep = select_to_keep((b.taken_at for b in regular), today or dt.date.today())
    removed = []
    for info in regular:
        if info.taken_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
            removed.append(info.path)
    return removed


# -----------------------------------------------------------------------------------------------
# checking
# -----------------------------------------------------------------------------------------------


def verify_backup(path: Path) -> list[str]:
    """Why a backup file cannot be restored (empty when it can)."""
    path = Path(path)
    try:
        inspect_file(path, deep=False)
    except DatabaseDamagedError:
        return [translate("Backup", "The file {path} is not a database or is damaged.").format(path=path)]
    try:
        conn = readonly_connection(path)
        try:
            integrity, violations = problems_in(conn, full=True)
            revision = schema_revision(conn)
            differences = schema_differences(conn, revision) if _revision_known(revision) else []
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return [translate("Backup", "The file {path} is not a database or is damaged.").format(path=path)]
    reasons = []
    if differences:
        reasons.append(
            translate("Backup", "The backup {path} does not have the schema of its version ({rev}): {differences}.").format(
                path=path, rev=revision, differences="; ".join(differences)
            )
        )
    if integrity:
        reasons.append(translate("Backup", "The backup {path} is damaged.").format(path=path))
    if violations:
        reasons.append(translate("Backup", "The backup {path} has records pointing to missing records.").format(path=path))
    if not _revision_known(revision):
        if revision is None:
            reasons.append(translate("Backup", "The file {path} is not an hptracker database.").format(path=path))
        else:
            reasons.append(
                translate("Backup", "The backup {path} was written by a newer version of hptracker (schema {rev}).").format(
                    path=path, rev=revision
                )
            )
    return reasons


def newest_good_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup (of any kind except copies of damaged files) that passes its checks."""
    for info in list_backups(db_path, folder):
        if info.kind == DAMAGED:
            continue
        if not verify_backup(info.path):
            return info
    return None


def check_database(db_path: Path) -> CheckReport:
    """Run ``integrity_check`` and ``foreign_key_check`` and say what they found in plain words.

    Reads only: works while the window is open, and never changes a damaged file. Raises
    :class:`StoreError` when another program holds the file locked (busy is not damaged).
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        return CheckReport(False, [translate("Check", "There is no database at {path}.").format(path=db_path)])
    from .lock import read_lock_info

    try:
        inspect_file(db_path, deep=False)
    except DatabaseDamagedError as exc:
        return CheckReport(False, [exc.message])
    warning = lost_changes_warning(db_path, read_lock_info(db_path))
    try:
        conn = readonly_connection(db_path)
        try:
            integrity, violations = problems_in(conn, full=True)
            revision = schema_revision(conn)
            counts = record_counts(conn) if not integrity else {}
            differences = schema_differences(conn, revision) if _revision_known(revision) else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            # Another program holds the file locked: nothing is known about its state yet.
            raise StoreError(
                translate("Store", "The database {path} is busy in another program; try again in a moment.").format(path=db_path)
            ) from None
        return CheckReport(
            False,
            [
                translate("Store", "The file {path} is not an hptracker database or is damaged; it has been left untouched.").format(
                    path=db_path
                )
            ],
        )
    messages = []
    if integrity:
        messages.append(
            translate("Check", "The database file is damaged: SQLite's integrity check found {n} problem(s), for example: {first}.").format(
                n=len(integrity), first=integrity[0]
            )
        )
    if violations:
        table, rowid, parent = violations[0][0], violations[0][1], violations[0][2]
        messages.append(
            translate(
                "Check",
                "{n} record(s) point to records that no longer exist, for example row {rowid} of {table} points to a missing row of {parent}.",
            ).format(n=len(violations), rowid=rowid, table=table, parent=parent)
        )
    if revision is None:
        messages.append(translate("Check", "The database has no hptracker schema (it is empty or not an hptracker database)."))
    elif not _revision_known(revision):
        messages.append(translate("Check", "The database was written by a newer version of hptracker (schema {rev}).").format(rev=revision))
    elif revision != head_revision():
        messages.append(
            translate(
                "Check",
                "The database uses an older schema ({rev}); it will be upgraded (after a backup) when it is next opened for writing.",
            ).format(rev=revision)
        )
    if differences:
        messages.append(
            translate(
                "Check",
                "The database's schema differs from that of its version ({rev}): {differences}. Something other than hptracker changed it.",
            ).format(rev=revision, differences="; ".join(differences))
        )
    ok = not integrity and not violations and revision is not None and _revision_known(revision) and not differences
    if ok:
        messages.insert(
            0, translate("Check", "No problems found: the database file is sound and every record points only to records that exist.")
        )
    return CheckReport(ok, messages, counts, [warning] if warning else [])


# -----------------------------------------------------------------------------------------------
# restoring
# -----------------------------------------------------------------------------------------------


def _remove_companions(db_path: Path) -> None:
    """Remove the old file's -wal/-shm/-journal: SQLite would replay them into the NEW file."""
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        try:
            companion.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise write_error(companion, exc) from None


def _checkpoint_and_close(db_path: Path) -> None:
    """Fold the WAL of a good database into its file so that removing the WAL loses nothing."""
    if not wal_path(db_path).exists():
        return
    conn = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy or (wal_path(db_path).exists() and wal_path(db_path).stat().st_size):
        raise BackupError(
            translate(
                "Backup", "The database {path} is still in use by another program; close it and try again. Nothing was changed."
            ).format(path=db_path)
        )


def _keep_damaged_copy(db_path: Path, folder: Path, moment: dt.datetime) -> Path:
    """A byte-for-byte copy of a damaged file (and its WAL): the backup API cannot read it."""
    target = backup_path_for(folder, db_path.stem, moment, DAMAGED, None)
    wal = wal_path(db_path)
    copies = [(db_path, target)]
    if wal.exists() and wal.stat().st_size:
        copies.append((wal, Path(str(target) + "-wal")))
    for source, copy in copies:
        try:
            with atomic_path(copy, suffix=".db-tmp") as tmp, open(source, "rb") as src, open(tmp, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
        except OSError as exc:  # a full disk or a folder that refuses the copy: nothing was changed
            with contextlib.suppress(OSError):
                if copy != target:
                    target.unlink()
            raise write_error(copy, exc) from None
    return target


def restore_file(db_path: Path, backup_path: Path, folder: Path | None = None, now: dt.datetime | None = None) -> RestoreResult:
    """Put a backup in place of the database, keeping the current one as a dated copy.

    The caller must have closed its own engine on ``db_path``. Order, so that a crash at any point
    leaves either the whole old database or the whole restored one:
    1. check the backup; 2. keep the current database (backup API, or a byte copy when damaged);
    3. write the restored database to a temporary file in the same folder, fsync it;
    4. checkpoint the old WAL into its file and remove the (now empty) -wal/-shm — a stale WAL
    beside the new file would be replayed into it; 5. ``os.replace`` the temporary file over the
    database, fsync the folder.
    """
    db_path = Path(db_path)
    backup_path = Path(backup_path)
    reasons = verify_backup(backup_path)
    if reasons:
        raise BackupError(reasons[0] + " " + translate("Backup", "Nothing was changed."))
    if db_path.exists() and os.path.samefile(db_path, backup_path):
        raise BackupError(translate("Backup", "{path} is the database itself, not a backup.").format(path=backup_path))
    lock = acquire(db_path)  # refused while another process has the database open
    try:
        folder = Path(folder) if folder else backup_folder(db_path)
        make_private_folder(folder)
        moment = (now or dt.datetime.now()).replace(microsecond=0)
        kept: Path | None = None
        damaged = False
        if db_path.exists() and db_path.stat().st_size:
            try:
                inspect_file(db_path, deep=True)
            except DatabaseDamagedError:
                damaged = True
            if damaged:
                with writing_temporaries(folder):
                    kept = _keep_damaged_copy(db_path, folder, moment)
            else:
                kept = backup_database(db_path, folder, kind=BEFORE_RESTORE, now=moment).path
        with writing_temporaries(db_path.parent), atomic_path(db_path, suffix=".restore-tmp") as tmp:
            source = readonly_connection(backup_path)
            try:
                _copy_verified(source, tmp, backup_path, db_path)
            finally:
                source.close()
            if not damaged:
                _checkpoint_and_close(db_path)
            _remove_companions(db_path)
        # The previous session's record no longer describes this file.
        lock.previous.state = None
        lock.mark_closed()
    finally:
        lock.release(clean=False)
    with contextlib.suppress(OSError):
        os.chmod(db_path, PRIVATE_MODE)
    return RestoreResult(backup_path, kept)


def lock_file(db_path: Path) -> Path:
    return lock_path_for(Path(db_path))
