"""``hptracker progress ID [--status S] [--date D] [--note TEXT]``: one dated progress entry (SPEC §5).

The entry may be dated back (old minutes): the follow-up's current status is then still that of
its latest-dated entry, exactly as when the window records progress (Tracker.record_progress).
"""

from __future__ import annotations

from ..core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "progress",
        help=translate("Cli", "record progress on a follow-up (a dated note and/or a new status)"),
        description=translate(
            "Cli",
            "Record one progress entry on a follow-up, as the window does. --date may be "
            "in the past (default: today); the current status stays that of the latest-dated entry.",
        ),
    )
    parser.add_argument("id", metavar="ID", type=int, help=translate("Cli", "the follow-up's ID"))
    parser.add_argument("--status", metavar="S", help=translate("Cli", "new status, by code (in_progress) or label in either language"))
    parser.add_argument("--date", metavar="D", help=translate("Cli", "date of the entry, dd/mm/yyyy (default: today)"))
    parser.add_argument("--note", metavar="TEXT", help=translate("Cli", "what happened"))
    parser.set_defaults(func=run)


def run(args, ctx) -> int:
    from ..core.enums import FollowUpStatus
    from ..core.labels import label
    from ..core.text import format_date
    from . import print_utf8
    from .values import date_value, enum_value

    status = enum_value(FollowUpStatus, args.status, "--status")
    date = date_value(args.date, "--date")
    followup = ctx.tracker().record_progress(args.id, status=status, note=args.note, date=date)
    print_utf8(
        translate("Cli", "Follow-up #{id}: now {status}{since}.").format(
            id=followup.id,
            status=label(FollowUpStatus, followup.status),
            since=translate("Cli", " (done on {date})").format(date=format_date(followup.completed_on)) if followup.completed_on else "",
        )
    )
    return 0
