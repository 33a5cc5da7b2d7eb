"""``hptracker import FILE.xlsx [--dry-run] [--create-partners]``: follow-ups from a workbook.

The preview is printed first (counts, each change, each problem by sheet, row and column), so a
script's log shows what was written; with any problem nothing is written and the exit code is 1.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..core.i18n import translate

# Changes listed one per line up to this many; the counts always cover all of them.
LIST_LIMIT = 200


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help=translate("Cli", "import follow-ups from an .xlsx workbook (preview, then all or nothing)")
    )
    parser.add_argument("file", metavar="FILE.xlsx", help=translate("Cli", "the workbook to import"))
    parser.add_argument("--dry-run", action="store_true", help=translate("Cli", "show what would change and write nothing"))
    parser.add_argument("--create-partners", action="store_true", help=translate("Cli", "create partners the database does not know yet"))
    parser.set_defaults(func=run)


def run(args, ctx) -> int:
    ctx.read_only = bool(args.dry_run)  # a dry run only reads: it may run while the window is open
    new = None if ctx.read_only else _not_yet_there(ctx.db_target)
    try:
        return _run(args, ctx)
    except BaseException:
        if new is not None:
            _discard_new_database(ctx, *new)
        raise


def _not_yet_there(db_target: str) -> tuple[Path, Path] | None:
    """(database, its first missing folder or itself) when the import is about to create the file."""
    from ..core.db import sqlite_path, to_url

    path = sqlite_path(to_url(db_target))
    if path is None or path.exists() or path.is_symlink():
        return None
    first_missing = path
    while not first_missing.parent.exists() and first_missing.parent != first_missing:
        first_missing = first_missing.parent
    return path, first_missing


def _discard_new_database(ctx, path: Path, first_missing: Path) -> None:
    """A failed import into a database it created leaves no new file (nor folder) behind.

    The one-writer lock is held while the files go, so no other process opens the half-made
    database meanwhile; anything not made by this import (a folder holding other files) stays.
    """
    from ..core.errors import StoreError
    from ..core.file_check import wal_path
    from ..core.lock import acquire, lock_path_for

    try:
        hold = acquire(path)
    except StoreError:
        return  # another process has it open now: it is not ours to remove
    try:
        ctx.close()
        for made in (path, wal_path(path), path.with_name(path.name + "-shm"), path.with_name(path.name + "-journal")):
            with contextlib.suppress(OSError):
                made.unlink()
    finally:
        hold.release(clean=False)
    with contextlib.suppress(OSError):
        lock_path_for(path).unlink()
    folder = path.parent
    while first_missing != path and folder.is_relative_to(first_missing):
        try:
            folder.rmdir()  # only when empty
        except OSError:
            break
        folder = folder.parent


def _run(args, ctx) -> int:
    from ..core.import_xlsx import ImportProblemsError, apply_import, preview_import
    from . import print_utf8

    tracker = ctx.tracker()
    preview = preview_import(tracker, args.file, create_partners=args.create_partners)
    for line in preview.summary_lines(limit=LIST_LIMIT):
        print_utf8(line)
    if preview.problems:
        raise ImportProblemsError(
            translate("Cli", "Nothing was imported: {n} problems in {name} (listed above).").format(
                n=preview.problem_count, name=preview.file_name
            )
        )
    if args.dry_run:
        print_utf8(translate("Cli", "Dry run: nothing was written."))
        return 0
    if not preview.has_changes:
        print_utf8(translate("Cli", "Nothing to import: every row matches the database."))
        return 0
    result = apply_import(tracker, preview)
    print_utf8(
        translate(
            "Cli", "Imported from {name}: {created} created, {updated} updated, {progress} progress entries, {partners} new partners."
        ).format(
            name=preview.file_name,
            created=result.created,
            updated=result.updated,
            progress=result.progress_entries,
            partners=result.partners_created,
        )
    )
    return 0
