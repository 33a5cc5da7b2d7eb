"""``hptracker backup [--to DIR]``, ``hptracker restore FILE``, ``hptracker check`` (SPEC §6).

``backup`` and ``check`` only read the database, so they work while the window is open; ``restore``
replaces it and needs the one-writer lock, so it is refused while the window (or another writing
command) has the database open. On a server database (SPEC §9) ``backup`` writes a verified
snapshot file and ``restore`` puts one into an empty server database (core/backup.py).
"""

from __future__ import annotations

from pathlib import Path

from ..core.i18n import translate
from . import counts_text


def register(subparsers) -> None:
    backup = subparsers.add_parser("backup", help=translate("Cli", "back up the database now (checked copy)"))
    backup.add_argument(
        "--to",
        metavar="DIR",
        default=None,
        help=translate("Cli", "folder for the backup (default: the backups folder next to the database)"),
    )
    backup.set_defaults(func=run_backup, read_only=True)

    restore = subparsers.add_parser("restore", help=translate("Cli", "replace the database with a backup (the current one is kept)"))
    restore.add_argument("file", metavar="FILE", help=translate("Cli", "the backup file to restore"))
    restore.set_defaults(func=run_restore)

    check = subparsers.add_parser("check", help=translate("Cli", "check the database for damage (exit 1 when something is wrong)"))
    check.set_defaults(func=run_check, read_only=True)


def _db_path(ctx) -> Path | None:
    """The database file, or None for a server database."""
    from ..core.db import sqlite_path, to_url

    return sqlite_path(to_url(ctx.db_target))


def _size(n: int) -> str:
    if n >= 1 << 20:
        return translate("Cli", "{n} MB").format(n=f"{n / (1 << 20):.1f}")
    return translate("Cli", "{n} KB").format(n=max(1, round(n / 1024)))


def run_backup(args, ctx) -> int:
    from ..core.backup import backup_database, prune_backups
    from ..core.db import inspect_file
    from ..core.errors import StoreError
    from . import print_utf8

    path = _db_path(ctx)
    folder = Path(args.to).expanduser() if args.to else None
    if path is None:
        return _backup_server(ctx.db_target, folder)
    if not path.is_file():
        raise StoreError(translate("Cli", "There is no database at {path}.").format(path=path))
    inspect_file(path)  # a damaged file is reported, never copied
    if folder is not None:  # not the database's own files, nor the folder pruned on its schedule
        from ..core.outputs import refuse_database_path

        refuse_database_path(folder, path)
    info = backup_database(path, folder)
    if folder is None:
        prune_backups(path)
    print_utf8(
        translate("Cli", "Backup written and checked: {path} ({size}; {counts}).").format(
            path=info.path, size=_size(info.size), counts=counts_text(info.counts())
        )
    )
    return 0


def _backup_server(target: str, folder: Path | None) -> int:
    """A server database: a verified snapshot file in this computer's data folder (or ``--to``)."""
    from ..core.backup import prune_backups
    from ..core.server_backup import backup_server, server_backup_name
    from . import print_utf8

    info = backup_server(target, folder)
    if folder is None:
        prune_backups(server_backup_name(target), info.path.parent)
    print_utf8(
        translate("Cli", "Backup written and checked: {path} ({size}; {counts}).").format(
            path=info.path, size=_size(info.size), counts=counts_text(info.counts())
        )
    )
    return 0


def _restore_server(target: str, source: Path) -> int:
    import datetime as dt

    from ..core.backup import BackupInfo
    from ..core.connection import display_target
    from ..core.server_backup import restore_server
    from . import print_utf8

    restore_server(target, source)
    counts = BackupInfo(source, dt.datetime.now()).counts()  # the records, as `backup` and `check` count them
    print_utf8(
        translate("Cli", "Database {db} restored from {file}: {counts}.").format(
            db=display_target(target), file=source, counts=counts_text(counts)
        )
    )
    return 0


def run_restore(args, ctx) -> int:
    from ..core.backup import restore_file
    from ..core.errors import StoreError
    from ..core.outputs import refuse_database_path
    from . import print_utf8

    path = _db_path(ctx)
    if path is None:
        source = Path(args.file).expanduser()
        if not source.is_file():
            raise StoreError(translate("Cli", "There is no backup file {path}.").format(path=source))
        return _restore_server(ctx.db_target, source)
    if path.is_dir():  # a mistyped --db: nothing to keep aside and nothing to replace
        raise StoreError(translate("Store", "{path} is a folder, not a database file.").format(path=path))
    if path.exists() and not path.is_file():
        raise StoreError(translate("Cli", "{path} is not a database file.").format(path=path))
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise StoreError(translate("Cli", "There is no backup file {path}.").format(path=source))
    refuse_database_path(source, path, backups_folder=False)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the data folder: the user's only
    result = restore_file(path, source)
    if result.kept_as is not None:
        print_utf8(
            translate("Cli", "Database {db} restored from {file}; the previous database was kept as {kept}.").format(
                db=path, file=source, kept=result.kept_as
            )
        )
    else:
        print_utf8(translate("Cli", "Database {db} restored from {file}.").format(db=path, file=source))
    return 0


def run_check(args, ctx) -> int:
    from ..core.backup import check_database
    from ..core.errors import StoreError
    from . import print_utf8, print_warning, restore_hint

    path = _db_path(ctx)
    if path is None:
        raise StoreError(
            translate(
                "Cli",
                "`check` examines a database file; a server database is checked by its "
                "server (back it up with `hptracker backup`, then check the backup file).",
            )
        )
    if not path.is_file():
        raise StoreError(translate("Cli", "There is no database at {path}.").format(path=path))
    report = check_database(path)
    for warning in report.warnings:
        print_warning(warning, path)
    for message in report.messages:
        print_utf8(message)
    if report.counts:
        print_utf8(translate("Cli", "Records: {counts}.").format(counts=counts_text(report.counts)))
    if not report.ok:
        print_utf8(restore_hint(path))
        return 1
    return 0
