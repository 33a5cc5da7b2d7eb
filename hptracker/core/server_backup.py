"""Backups of a server database: verified snapshot files on this computer, and their restore.

A server database has no file on this computer to copy page by page. Its backup is a snapshot:
every table read in one REPEATABLE READ transaction and written into a new SQLite database of the
same schema revision (core/transfer.py), checked like every backup (integrity, foreign keys, the
schema of its revision, and the row count of every table against the snapshot's) before it is
moved into place. So a server's backups are ordinary hptracker backup files: `check` and `restore`
read them, and `restore` puts one into an empty server database again (or serves as a SQLite
database of its own). They go to this computer's data folder, never next to a URL:
``backups/<host>-<port>-<database>/<database>-YYYYMMDD-HHMMSS.db``, on the same schedule.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .backup import (
    REGULAR,
    BackupError,
    BackupInfo,
    backup_path_for,
    list_backups,
    make_private_folder,
    remove_stale_temporaries,
    verify_backup,
    writing_temporaries,
)
from .files import atomic_path
from .i18n import translate


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]+", "_", text).strip("._") or "server"


def _server_url(target) -> str:
    from sqlalchemy.engine import Engine

    from .db import to_url

    if isinstance(target, Engine):
        return target.url.render_as_string(hide_password=False)
    return to_url(target)


def server_backup_folder(target) -> Path:
    """The folder of a server database's backups on this computer (see above)."""
    from .connection import server_address
    from .files import data_folder

    address = server_address(_server_url(target))
    return data_folder() / "backups" / _slug(f"{address.host}-{address.port}-{address.database}")


def server_backup_name(target, folder: Path | None = None) -> Path:
    """The name the backups of a server database are listed and pruned under (not a file)."""
    from .connection import server_address

    address = server_address(_server_url(target))
    return (Path(folder) if folder else server_backup_folder(target)) / f"{_slug(address.database)}.db"


def list_server_backups(target) -> list[BackupInfo]:
    """Every backup of a server database in its folder on this computer, newest first."""
    name = server_backup_name(target)
    return list_backups(name, name.parent)


def backup_server(
    target, folder: Path | None = None, *, kind: str = REGULAR, note: str | None = None, now: dt.datetime | None = None
) -> BackupInfo:
    """A verified snapshot of a server database (a URL or an Engine), written as a backup file."""
    from . import transfer
    from .connection import display_target
    from .files import data_folder

    url = _server_url(target)
    if folder is None:  # the data folder and every folder under it: the user's only (0700)
        folder = server_backup_folder(url)
        for private in (data_folder(), folder.parent):
            make_private_folder(private)
    folder = Path(folder)
    name = server_backup_name(url, folder)
    make_private_folder(folder)
    remove_stale_temporaries(name, folder)
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    if note:
        note = re.sub(r"[^A-Za-z0-9_]", "_", note)
    path = backup_path_for(folder, name.stem, moment, kind, note)
    with transfer.reading_server(url) as (conn, revision), writing_temporaries(folder), atomic_path(path, suffix=".db-tmp") as tmp:
        transfer.write_file(conn, tmp, revision, display_target(url))
    return BackupInfo(path, moment, kind, note, path.stat().st_size)


def restore_server(target: str, backup_path: Path):
    """Put a backup into an empty server database; one holding records is refused, never overwritten.

    Returns the copy's TransferReport (the rows of every table).
    """
    from . import transfer

    backup_path = Path(backup_path)
    reasons = verify_backup(backup_path)
    if reasons:
        raise BackupError(reasons[0] + " " + translate("Backup", "Nothing was changed."))
    return transfer.copy_database(str(backup_path), target)
