"""``hptracker export OUT.xlsx [--partner NAME] [--status S ...] [--overdue] [--changes-since D]``: the
status spreadsheet, optionally marking what changed since the last report."""

from __future__ import annotations

from ..core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help=translate("Cli", "write the status spreadsheet (.xlsx) of the follow-ups"))
    parser.add_argument("out", metavar="OUT.xlsx", help=translate("Cli", "the workbook to write (replaced if it exists)"))
    parser.add_argument(
        "--partner",
        metavar="NAME",
        action="append",
        default=[],
        help=translate("Cli", "only this partner: its ID or any of its names or aliases (repeatable)"),
    )
    parser.add_argument(
        "--status",
        metavar="S",
        nargs="+",
        action="extend",
        default=[],
        help=translate("Cli", 'only these statuses, by code (in_progress) or label ("In progress")'),
    )
    parser.add_argument("--overdue", action="store_true", help=translate("Cli", "only overdue follow-ups"))
    parser.add_argument(
        "--changes-since",
        dest="changes_since",
        metavar="D",
        help=translate(
            "Cli",
            "mark the follow-ups that changed since this day, dd/mm/yyyy (new, "
            "status changed, progress added, due date moved): a column and "
            "the row highlighted",
        ),
    )
    parser.set_defaults(func=run, read_only=True)


def _statuses(values: list[str]) -> tuple[str, ...]:
    from ..core.enums import FollowUpStatus
    from ..core.errors import ValidationError
    from ..core.labels import choices, value_for_label

    result = []
    for value in values:
        code = value_for_label(FollowUpStatus, value)
        if code is None:
            known = ", ".join(f"{code} ({text})" for code, text in choices(FollowUpStatus))
            raise ValidationError(
                "status", translate("Cli", "Unknown status “{value}”; use one of: {known}.").format(value=value, known=known)
            )
        if code not in result:
            result.append(code)
    return tuple(result)


def run(args, ctx) -> int:
    from pathlib import Path

    from ..core.errors import ValidationError
    from ..core.export_xlsx import export_workbook
    from ..core.outputs import refuse_database_path
    from ..core.tracker import FollowUpQuery
    from . import print_utf8
    from .values import date_value

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        # Also keeps a slip such as `export hptracker.db` from replacing the database.
        raise ValidationError("out", translate("Cli", "The spreadsheet must be an .xlsx file: {path}").format(path=out))
    statuses = _statuses(args.status)
    since = date_value(args.changes_since, "--changes-since")
    if since is not None:
        from ..core.since import check_since

        check_since(since)  # before the database is opened: a day to come is a typing slip
    tracker = ctx.tracker()
    refuse_database_path(out, tracker.db.path)
    partner_ids = tuple(dict.fromkeys(tracker.resolve_partner(name).id for name in args.partner))
    query = FollowUpQuery(partner_ids=partner_ids, statuses=statuses, overdue_only=args.overdue)
    report = export_workbook(tracker, out, query, lang=ctx.lang, changes_since=since)
    print_utf8(report.message())
    return 0
