"""``hptracker demo``: add the demo records of SPEC §7 if they are absent."""

from __future__ import annotations

from ..core.i18n import translate


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help=translate("Cli", "add the demo records (twice changes nothing)"))
    parser.set_defaults(func=run)


def run(args, ctx) -> int:
    from ..core.demo import add_demo
    from . import print_utf8

    created = add_demo(ctx.tracker())
    total = sum(created.values())
    if total:
        print_utf8(translate("Cli", "Demo records added: {n}.").format(n=total))
    else:
        print_utf8(translate("Cli", "The demo records are already there; nothing changed."))
    return 0
