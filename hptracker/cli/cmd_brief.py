"""``hptracker brief PARTNER --out FILE.pdf [--meeting ID] [--notes TEXT]``: the meeting brief as a PDF.

Characters no installed font can draw are named on stderr, with the font to install, and the PDF is
still written (exit 0): a brief with one missing glyph is more use before a meeting than no brief,
and the warning says exactly what is missing. Scripts that must not accept that can check stderr.
"""

from __future__ import annotations

import sys

from ..core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "brief",
        help=translate("Cli", "write the meeting brief on a partner as a PDF"),
        description=translate(
            "Cli",
            "Write the meeting brief on a partner (SPEC §4) as an A4 PDF. Characters no "
            "installed font can draw are listed on stderr; the PDF is written all the same.",
        ),
    )
    parser.add_argument("partner", metavar="PARTNER", help=translate("Cli", "partner ID or any of its names or aliases"))
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help=translate("Cli", "the PDF file to write"))
    parser.add_argument(
        "--meeting",
        metavar="ID",
        type=int,
        default=None,
        help=translate("Cli", "the planned meeting to prepare (default: the next, else the latest)"),
    )
    parser.add_argument("--notes", metavar="TEXT", default=None, help=translate("Cli", "your own notes, printed under the talking points"))
    parser.set_defaults(func=run, needs_gui=True, read_only=True)


def run(args, ctx) -> int:
    from ..core.outputs import refuse_database_path
    from ..ui.printing import missing_glyph_message, missing_glyphs, prepare_brief, write_pdf

    tracker = ctx.tracker()
    refuse_database_path(args.out, tracker.db.path)
    partner = tracker.resolve_partner(args.partner)
    paged = prepare_brief(tracker, partner.id, meeting_id=args.meeting, notes=args.notes, lang=ctx.lang)
    missing = missing_glyphs(paged)
    if missing:
        warning = translate("Cli", "warning")
        print(f"hptracker: {warning}: {missing_glyph_message(missing)}", file=sys.stderr)
    pages = write_pdf(paged, args.out)
    from . import print_utf8

    print_utf8(
        translate("Cli", "Brief on {partner} written to {path} ({pages} pages).").format(partner=partner.name, path=args.out, pages=pages)
    )
    return 0
