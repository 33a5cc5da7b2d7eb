"""``hptracker copy SOURCE DEST``: every record of one database into an empty one (SPEC §5, §9).

How an office moves in: a workstation's SQLite file onto the new server database, and back (a
server into a new file). IDs, progress entries, the audit and attachment references are kept;
DEST must be empty (or a file that does not exist yet) and is written all or nothing; SOURCE is
only read. After the copy the rows of every table are counted at both ends and printed.
"""

from __future__ import annotations

from ..core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "copy", help=translate("Cli", "copy every record of one database into an empty one (a file or a server)")
    )
    parser.add_argument("source", metavar="SOURCE", help=translate("Cli", "the database to copy: a file or a URL"))
    parser.add_argument(
        "dest", metavar="DEST", help=translate("Cli", "an empty database, or a file that does not exist yet: a file or a URL")
    )
    # SOURCE is only read; DEST is opened (and locked) by the copy itself.
    parser.set_defaults(func=run, read_only=True)


def run(args, ctx) -> int:
    from ..core.connection import display_target, password_warning
    from ..core.db import sqlite_path, to_url
    from ..core.outputs import refuse_database_path
    from ..core.transfer import copy_database, refuse_same_database
    from . import print_error, print_utf8

    for target in (args.source, args.dest):
        warning = password_warning(target)
        if warning:
            print_error(translate("Cli", "warning") + ": " + warning)
    refuse_same_database(args.source, args.dest)
    source_path, dest_path = sqlite_path(to_url(args.source)), sqlite_path(to_url(args.dest))
    if dest_path is not None:
        if dest_path.is_dir():
            from ..core.errors import StoreError

            raise StoreError(translate("Store", "{path} is a folder, not a database file.").format(path=dest_path))
        if source_path is not None:  # never onto the source, its working files or its backups
            refuse_database_path(dest_path, source_path)
    report = copy_database(args.source, args.dest)
    print_utf8(
        translate("Cli", "Copied {source} to {dest} in {seconds} s; rows in each table, the same at both ends:").format(
            source=display_target(to_url(args.source)), dest=display_target(to_url(args.dest)), seconds=f"{report.seconds:.1f}"
        )
    )
    for table, count in report.counts.items():
        print_utf8(f"  {table}: {count}")
    return 0
