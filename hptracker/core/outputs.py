"""No file hptracker writes may land on the database, its working files or its backups folder.

``brief --out hptracker.db`` once replaced the database with a PDF and exited 0. Every path the
officer names for output (a brief, an export, a ``backup --to`` folder) and every file ``restore``
is to read passes :func:`refuse_database_path` before anything is written. Paths are compared as
real paths, symlinks resolved and case folded where the system ignores case (Windows, through
``os.path.normcase``); a path that exists is also compared by identity (device and inode), which
catches hard links and case-insensitive folders on other systems.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .backup import backup_folder
from .file_check import wal_path
from .files import FileWriteError
from .i18n import translate
from .lock import lock_path_for

# Windows folds case here; tests replace it with str.lower to act as Windows on other systems.
_normcase = os.path.normcase


class ProtectedPathError(FileWriteError):
    """The path given for output is the database, one of its working files or its backups."""


def database_files(db_path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """The database and every file SQLite or hptracker keeps beside it while it is in use."""
    db = Path(db_path)
    return (db, wal_path(db), db.with_name(db.name + "-shm"), db.with_name(db.name + "-journal"), lock_path_for(db))


def _key(path: str | os.PathLike[str]) -> str:
    return _normcase(os.path.realpath(os.path.expanduser(os.fspath(path))))


def _inside(child: str, folder: str) -> bool:
    try:
        return os.path.commonpath([child, folder]) == folder
    except ValueError:  # different drives
        return False


def _same_existing(a: str | os.PathLike[str], b: Path) -> bool:
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def refuse_database_path(path: str | os.PathLike[str], db_path: str | os.PathLike[str] | None, *, backups_folder: bool = True) -> None:
    """Raise :class:`ProtectedPathError` when ``path`` leads to the database of ``db_path``.

    That is the database file, its ``-wal``, ``-shm``, ``-journal`` or ``.lock``, and (unless
    ``backups_folder`` is False, as for the file ``restore`` reads) the backups folder or anything
    in it: hptracker prunes that folder on its own schedule, so nothing else belongs there.
    ``db_path`` None (a server database) protects nothing on this computer.
    """
    if db_path is None:
        return
    key = _key(path)
    for protected in database_files(db_path):
        if key == _key(protected) or _same_existing(path, protected):
            raise ProtectedPathError(
                translate(
                    "Files", "{path} is the database {db} or one of its working files; choose another file. Nothing was written."
                ).format(path=path, db=db_path)
            )
    if backups_folder:
        backups = backup_folder(Path(db_path))
        if _inside(key, _key(backups)) or _same_existing(path, backups):
            raise ProtectedPathError(
                translate(
                    "Files",
                    "{path} is in the backups folder of the database, which hptracker manages on its own; "
                    "choose another place. Nothing was written.",
                ).format(path=path)
            )
