"""``hptracker import FILE.xlsx [--dry-run] [--create-partners]``: follow-ups from a workbook.

The preview is printed first (counts, each change, each problem by sheet, row and column), so a
script's log shows what was written; with any problem nothing is written and the exit code is 1.
"""

from __future__ import annotations

from ..core.i18n import translate

# Changes listed one per line up to this many; the counts always cover all of them.
LIST_LIMIT = 200


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help=translate("Cli", "import follow-ups from an .xlsx workbook (preview, then all or nothing)"))
    parser.add_argument("file", metavar="FILE.xlsx", help=translate("Cli", "the workbook to import"))
    parser.add_argument("--dry-run", action="store_true",
                        help=translate("Cli", "show what would change and write nothing"))
    parser.add_argument("--create-partners", action="store_true",
                        help=translate("Cli", "create partners the database does not know yet"))
    parser.set_defaults(func=run)


def run(args, ctx) -> int:
    from ..core.import_xlsx import ImportProblemsError, apply_import, preview_import
    from . import print_utf8

    ctx.read_only = bool(args.dry_run)  # a dry run only reads: it may run while the window is open
    tracker = ctx.tracker()
    preview = preview_import(tracker, args.file, create_partners=args.create_partners)
    for line in preview.summary_lines(limit=LIST_LIMIT):
        print_utf8(line)
    if preview.problems:
        raise ImportProblemsError(translate(
            "Cli", "Nothing was imported: {n} problems in {name} (listed above).").format(
            n=preview.problem_count, name=preview.file_name))
    if args.dry_run:
        print_utf8(translate("Cli", "Dry run: nothing was written."))
        return 0
    if not preview.has_changes:
        print_utf8(translate("Cli", "Nothing to import: every row matches the database."))
        return 0
    result = apply_import(tracker, preview)
    print_utf8(translate(
        "Cli", "Imported from {name}: {created} created, {updated} updated, {progress} progress entries, "
               "{partners} new partners.").format(
        name=preview.file_name, created=result.created, updated=result.updated,
        progress=result.progress_entries, partners=result.partners_created))
    return 0
