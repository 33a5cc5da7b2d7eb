"""``hptracker add partner|meeting|followup …``: enter records from the command line (SPEC §5).

So that an office can load the history of old minutes and script its work: the same validation
and audit as the window (the Tracker's own use cases), one record per command, in one transaction;
the new record's ID is printed alone on stdout, for scripts. Bad input is one line on stderr and
exit 1, with nothing written.

``add followup --date D`` is the day the request was raised (default: the meeting's date, else
today), so figures of past periods count it from then.
"""

from __future__ import annotations

from ..core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "add",
        help=translate("Cli", "add a partner, a meeting or a follow-up (prints its ID)"),
        description=translate(
            "Cli",
            "Add one record, with the same checks and audit as the window, and print its "
            "ID. Dates are dd/mm/yyyy; directions, kinds and categories are accepted as codes or "
            "as labels in either language.",
        ),
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", parser_class=type(parser), required=True)

    partner = kinds.add_parser("partner", help=translate("Cli", "a partner"))
    partner.add_argument("name", metavar="NAME", help=translate("Cli", "official Vietnamese name"))
    partner.add_argument("--en", metavar="NAME", help=translate("Cli", "English name"))
    partner.add_argument("--native", metavar="NAME", help=translate("Cli", "name in the original script"))
    partner.add_argument(
        "--alias", metavar="A", nargs="+", action="extend", default=[], help=translate("Cli", "other names it is known by (repeatable)")
    )
    partner.add_argument("--country", metavar="CC", help=translate("Cli", "country, ISO 3166 alpha-2 (CN, KR…)"))
    partner.add_argument("--kind", metavar="K", help=translate("Cli", "government, enterprise, organisation, education, other"))
    partner.set_defaults(func=add_partner)

    meeting = kinds.add_parser("meeting", help=translate("Cli", "a meeting"))
    meeting.add_argument("--date", metavar="D", required=True, help=translate("Cli", "date of the meeting, dd/mm/yyyy"))
    meeting.add_argument("--title", metavar="T", required=True, help=translate("Cli", "title of the meeting"))
    meeting.add_argument(
        "--partner", metavar="P", required=True, action="append", help=translate("Cli", "partner by ID or any of its names (repeatable)")
    )
    meeting.add_argument("--unit", metavar="U", help=translate("Cli", "our host unit: ID, name or abbreviation"))
    meeting.set_defaults(func=add_meeting)

    followup = kinds.add_parser("followup", help=translate("Cli", "a follow-up"))
    followup.add_argument("--partner", metavar="P", required=True, help=translate("Cli", "partner by ID or any of its names"))
    followup.add_argument("--title", metavar="T", required=True, help=translate("Cli", "what was requested"))
    followup.add_argument(
        "--direction",
        metavar="ours|theirs|joint",
        required=True,
        help=translate("Cli", "ours (our request to the partner), theirs (the partner's request to us) or joint"),
    )
    followup.add_argument("--due", metavar="DUE", help=translate("Cli", "due date: dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024"))
    followup.add_argument("--unit", metavar="U", help=translate("Cli", "our responsible unit: ID, name or abbreviation"))
    followup.add_argument("--meeting", metavar="ID", type=int, help=translate("Cli", "the meeting where it was raised"))
    followup.add_argument("--category", metavar="C", help=translate("Cli", "category: code or name"))
    followup.add_argument(
        "--date", metavar="D", help=translate("Cli", "the day it was raised, dd/mm/yyyy (default: the meeting's date, else today)")
    )
    followup.set_defaults(func=add_followup)


def add_partner(args, ctx) -> int:
    from ..core.enums import PartnerKind
    from . import print_utf8
    from .values import enum_value

    kind = enum_value(PartnerKind, args.kind, "--kind")
    tracker = ctx.tracker()
    values = {"name": args.name, "name_en": args.en, "name_native": args.native, "country": args.country, "aliases": args.alias}
    if kind is not None:
        values["kind"] = kind
    print_utf8(str(tracker.create_partner(**values).id))
    return 0


def add_meeting(args, ctx) -> int:
    from . import print_utf8
    from .values import date_value, unit_id

    date = date_value(args.date, "--date")
    tracker = ctx.tracker()
    partner_ids = list(dict.fromkeys(tracker.resolve_partner(name).id for name in args.partner))
    meeting = tracker.create_meeting(date=date, title=args.title, partner_ids=partner_ids, host_unit_id=unit_id(tracker, args.unit))
    print_utf8(str(meeting.id))
    return 0


def add_followup(args, ctx) -> int:
    from ..core.enums import FollowUpDirection
    from . import print_utf8
    from .values import category_id, date_value, enum_value, unit_id

    direction = enum_value(FollowUpDirection, args.direction, "--direction")
    raised_on = date_value(args.date, "--date")
    tracker = ctx.tracker()
    partner = tracker.resolve_partner(args.partner)
    followup = tracker.create_followup(
        partner_id=partner.id,
        title=args.title,
        direction=direction,
        due=args.due,
        meeting_id=args.meeting,
        unit_id=unit_id(tracker, args.unit),
        category_id=category_id(tracker, args.category),
        raised_on=raised_on,
    )
    print_utf8(str(followup.id))
    return 0
