"""``hptracker stats [--from D] [--to D] [--by unit|partner|category|officer] [--json]`` (SPEC §10).

The figures of a period as of its cut-off date (--to), read from the progress log as it stood on
that day, so a past period gives the same figures whenever it is asked. Without --json, a table;
with it, exactly SPEC §10's object, dates dd/mm/yyyy, the on-time rate as a fraction (null when
nothing was judged) and the group of follow-ups without a unit (category, officer) as null.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

from ..core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "stats",
        help=translate("Cli", "on-time figures of a period, by unit, partner, category or officer"),
        description=translate(
            "Cli",
            "The figures of SPEC §10 for the period from --from to --to (the data cut-off date), computed from "
            "the progress log as of the cut-off, so a past period always gives the same figures. Dates are "
            "dd/mm/yyyy, in the JSON too. Default period: from 1 January of the cut-off's year to today.",
        ),
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="D",
        help=translate("Cli", "first day of the period, dd/mm/yyyy (default: 1 January of --to's year)"),
    )
    parser.add_argument(
        "--to",
        dest="cutoff",
        metavar="D",
        help=translate("Cli", "last day of the period, the data cut-off date, dd/mm/yyyy (default: today)"),
    )
    parser.add_argument(
        "--by",
        choices=("unit", "partner", "category", "officer"),
        default="unit",
        help=translate("Cli", "one row per unit (default), partner, category or officer"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    parser.set_defaults(func=run, read_only=True)


def period_from_args(args) -> tuple[dt.date, dt.date]:
    from .values import date_value

    cutoff = date_value(args.cutoff, "--to") or dt.date.today()
    start = date_value(args.start, "--from") or dt.date(cutoff.year, 1, 1)
    return start, cutoff


def _width(text: str) -> int:
    """Columns a text takes in a terminal: CJK characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - _width(text))
    return gap + text if right else text + gap


def table(stats) -> list[str]:
    """The figures as aligned lines: a heading with the period, a header row, a row per group, the total."""
    from ..core.stats import FIGURES, figure_label, format_rate, grouping_label
    from ..core.text import format_date, format_number

    heading = translate("Cli", "Period {start} – {cutoff} (data cut-off date {cutoff}), by {by}").format(
        start=format_date(stats.start), cutoff=format_date(stats.cutoff), by=grouping_label(stats.by).lower()
    )
    header = [grouping_label(stats.by), figure_label("total"), *(figure_label(f) for f in FIGURES), figure_label("on_time_rate")]

    def cells(name, figures):
        return [name, format_number(figures.total), *(format_number(figures.value(f)) for f in FIGURES), format_rate(figures.on_time_rate)]

    rows = [cells(g.name, g.figures) for g in stats.groups]
    rows.append(cells(translate("Cli", "Total"), stats.total))
    widths = [max(_width(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [heading, "  ".join(_pad(h, widths[i], right=i > 0) for i, h in enumerate(header))]
    lines += ["  ".join(_pad(c, widths[i], right=i > 0) for i, c in enumerate(row)) for row in rows]
    return lines


def run(args, ctx) -> int:
    from . import print_utf8

    start, cutoff = period_from_args(args)
    stats = ctx.tracker().statistics(start, cutoff, by=args.by, lang=ctx.lang)
    if args.json:
        print_utf8(json.dumps(stats.as_json(), ensure_ascii=False, indent=2))
    else:
        print_utf8("\n".join(table(stats)))
    return 0
