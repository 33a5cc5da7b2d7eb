"""``hptracker report --from D --to D --out FILE.xlsx|FILE.pdf``: the periodic report (SPEC §10).

The period and its data cut-off date (--to) are stated on the first page; the figures are read
from the progress log as of the cut-off, so last quarter's report is the same whenever it is made.
The format follows the file's extension. Characters no installed font can draw are named on
stderr (PDF), and the file is written all the same, as for ``brief``.
"""

from __future__ import annotations

import sys

from ..core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "report",
        help=translate("Cli", "write the periodic report of a period (.xlsx or .pdf)"),
        description=translate(
            "Cli",
            "Write the periodic report (Decree 09/2019/NĐ-CP): the period and its data cut-off date, the "
            "summary figures, a table per unit, the follow-ups behind each figure and the changes during "
            "the period. Figures are computed from the progress log as of --to. Dates are dd/mm/yyyy.",
        ),
    )
    parser.add_argument("--from", dest="start", metavar="D", required=True, help=translate("Cli", "first day of the period, dd/mm/yyyy"))
    parser.add_argument(
        "--to",
        dest="cutoff",
        metavar="D",
        required=True,
        help=translate("Cli", "last day of the period, the data cut-off date, dd/mm/yyyy"),
    )
    parser.add_argument(
        "--out", metavar="FILE", required=True, help=translate("Cli", "the file to write: .xlsx (workbook with charts) or .pdf (A4)")
    )
    parser.set_defaults(func=run, needs_gui=True, read_only=True)


def run(args, ctx) -> int:
    from pathlib import Path

    from ..core.errors import ValidationError
    from ..core.outputs import refuse_database_path
    from ..core.report import build_report
    from ..core.text import format_date
    from . import print_utf8
    from .values import date_value

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError("out", translate("Cli", "The report must be an .xlsx or a .pdf file: {path}").format(path=out))
    start, cutoff = date_value(args.start, "--from"), date_value(args.cutoff, "--to")
    tracker = ctx.tracker()
    refuse_database_path(out, tracker.db.path)
    report = build_report(tracker, start, cutoff, lang=ctx.lang)
    if suffix == ".xlsx":
        from ..core.report_xlsx import write_report_xlsx

        print_utf8(write_report_xlsx(report, out).message())
        return 0
    from ..ui.printing import missing_glyph_message, missing_glyphs, write_pdf
    from ..ui.report_print import prepare_report

    paged = prepare_report(report)
    missing = missing_glyphs(paged)
    if missing:
        print(f"hptracker: {translate('Cli', 'warning')}: {missing_glyph_message(missing)}", file=sys.stderr)
    pages = write_pdf(paged, out)
    print_utf8(
        translate("Cli", "Periodic report {start} – {cutoff} written to {path} ({pages} pages).").format(
            start=format_date(start), cutoff=format_date(cutoff), path=out, pages=pages
        )
    )
    return 0
