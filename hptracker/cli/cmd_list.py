"""``hptracker list partners|meetings|agreements|followups [--json]``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from ..core.i18n import translate
from ..core.text import format_date

KINDS = ("partners", "meetings", "agreements", "followups")


def register(subparsers) -> None:
    parser = subparsers.add_parser("list", help=translate("Cli", "list records (--json for scripts)"))
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    parser.add_argument("--search", default="", help=translate("Cli", "only records matching this text"))
    parser.set_defaults(func=run, read_only=True)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return value


def rows_for(tracker, kind: str, search: str = "") -> list:
    from ..core.tracker import FollowUpQuery

    if kind == "partners":
        return tracker.list_partners(search)
    if kind == "meetings":
        return tracker.list_meetings(search)
    if kind == "agreements":
        return tracker.list_agreements(search)
    return tracker.query_followups(FollowUpQuery(text=search))


def as_dicts(rows: list, lang: str) -> list[dict[str, Any]]:
    result = []
    for row in rows:
        data = {k: _jsonable(v) for k, v in dataclasses.asdict(row).items()}
        if hasattr(row, "due_text"):
            data["due_text"] = row.due_text(lang)
        result.append(data)
    return result


TABLE_COLUMNS = {
    "partners": ("id", "name", "name_en", "name_native", "country", "open_followups"),
    "meetings": ("id", "date", "title", "partner_names", "host_unit"),
    "agreements": ("id", "form", "title", "party_names", "signed_date", "effective_status"),
    "followups": ("id", "partner_name", "title", "status", "due_text", "timeliness"),
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def run(args, ctx) -> int:
    from . import print_utf8

    rows = rows_for(ctx.tracker(), args.kind, args.search)
    if args.json:
        print_utf8(json.dumps(as_dicts(rows, ctx.lang), ensure_ascii=False, indent=2))
        return 0
    from ..core.enums import AgreementForm, AgreementStatus, FollowUpStatus, Timeliness
    from ..core.labels import label

    shown = {"status": FollowUpStatus, "timeliness": Timeliness, "form": AgreementForm, "effective_status": AgreementStatus}
    columns = TABLE_COLUMNS[args.kind]
    for row in rows:
        data = dataclasses.asdict(row)
        if hasattr(row, "due_text"):
            data["due_text"] = row.due_text(ctx.lang)
        for key, enum in shown.items():
            if key in data:
                data[key] = label(enum, data[key])
        print_utf8("\t".join(_cell(data[c]) if c != "date" else _cell(row.date) for c in columns))
    return 0
