"""The preview: each row of the workbook matched to a follow-up (an update) or none (a create),
every difference from the database listed, nothing written."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..enums import FollowUpDirection, FollowUpStatus, Priority
from ..errors import HPTrackerError, ValidationError
from ..i18n import language, translate
from ..labels import label
from ..text import Due, clean, fold, format_due
from ..tracker import FollowUpQuery, FollowUpRow, Tracker
from ..validate import clean_value
from . import limits
from .reading import _BAD, _field_label, _SheetData, read_workbook
from .results import FieldChange, ImportPreview, PlannedCreate, PlannedUpdate, Problem
from .vocabulary import (
    _DIRECTION_WORDS,
    _NOTE,
    _PARTNER_NAME,
    _PRIORITY_WORDS,
    _STATUS_WORDS,
    _Bad,
    _checked,
    _due,
    _enum_value,
    _fold,
    _Lookups,
    _record_id,
    _text,
)

PLAN_CHUNK = 2000  # rows planned at a time, with the follow-ups they name read for them


def _chunks(items: list, size: int = 2000) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _existing_rows(tracker: Tracker, ids: Iterable[int]) -> tuple[dict[int, FollowUpRow], set[int]]:
    """Current rows for the IDs in the file, and the IDs that exist only as deleted records."""
    ids = sorted(set(ids))
    live: dict[int, FollowUpRow] = {}
    deleted: set[int] = set()
    for chunk in _chunks(ids):
        for row in tracker.query_followups(FollowUpQuery(), ids=chunk):
            live[row.id] = row
        missing = [i for i in chunk if i not in live]
        if missing:
            deleted.update(row.id for row in tracker.query_followups(FollowUpQuery(deleted=True), ids=missing))
    return live, deleted


def _existing_titles(tracker: Tracker) -> dict[tuple[int, str], int]:
    return {(partner_id, fold(title)): fid for fid, partner_id, title in tracker.followup_titles()}


# --------------------------------------------------------------------------------------------
# The preview
# --------------------------------------------------------------------------------------------


def preview_import(tracker: Tracker, path: str | Path, *, create_partners: bool = False) -> ImportPreview:
    """What importing ``path`` would do; reads the database, writes nothing."""
    path = Path(path)
    data = read_workbook(path)
    preview = ImportPreview(
        path=path,
        create_partners=create_partners,
        problems=data.problems,
        ignored_columns=data.ignored_columns,
        skipped_sheets=data.skipped_sheets,
        notices=list(data.notices),
        sheets=[s.title for s in data.sheets],
    )
    planner = _Planner(tracker, preview, _Lookups(tracker))
    for sheet in data.sheets:
        planner.sheet(sheet)
    _show_dropped_contacts(tracker, preview)
    order = {title: i for i, title in enumerate(preview.sheets)}
    preview.problems.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
    preview.problems.close()
    return preview


def _show_dropped_contacts(tracker: Tracker, preview: ImportPreview) -> None:
    """A follow-up moved to another partner loses its contact at the old partner (the Tracker drops
    it, see ``Tracker.update_followup``): the preview lists that change too, and apply checks the
    contact is still the one shown."""
    moved = {u.followup_id: u for u in preview.updates if "partner_id" in u.values}
    if not moved:
        return
    label = translate("Import", "Partner contact")
    for followup_id, (contact_id, name, partner_id) in tracker.followup_contacts(list(moved)).items():
        item = moved[followup_id]
        if partner_id != item.values["partner_id"]:
            item.expect("contact_id", contact_id, FieldChange("contact", label, name, ""))


def _require(sheet: _SheetData, number: int, parsed: dict[str, Any], keys: Iterable[str], problems: list[Problem]) -> None:
    """A problem for each of ``keys`` the row has a column for but left empty."""
    for key in keys:
        if key in parsed and parsed[key] is None:
            problems.append(
                Problem(
                    sheet.title,
                    number,
                    sheet.column_name(key),
                    translate("Validation", "{field} is required.").format(field=_field_label(key)),
                )
            )


class _Planner:
    def __init__(self, tracker: Tracker, preview: ImportPreview, lookups: _Lookups) -> None:
        self.tracker = tracker
        self.preview = preview
        self.lookups = lookups
        # The follow-ups named by the rows being planned: read a chunk of rows at a time, since the
        # rows of 100,000 follow-ups held at once took more memory than the whole import may.
        self.live: dict[int, FollowUpRow] = {}
        self.deleted: set[int] = set()
        self._titles: dict[tuple[int, str], int] | None = None
        self.lang = language()
        self.seen_ids: dict[int, tuple[str, int]] = {}
        self.enum_memo: dict[tuple[Any, str], str | None] = {}
        self.hints: dict[str, str] = {}  # folded unknown partner name → " Did you mean …?" or ""
        self.texts: dict[str, str] = {}
        self.likely_duplicates = 0

    def shared(self, text: str) -> str:
        """One string for each short text shown in the preview (a status, a due, a unit): made
        anew for every row otherwise, and a preview of 100,000 changes holds them all."""
        if len(text) > 100:
            return text
        return self.texts.setdefault(text, text)

    def titles(self) -> dict[tuple[int, str], int]:
        """(partner, folded title) of every live follow-up, read only when a row creates one."""
        if self._titles is None:
            self._titles = _existing_titles(self.tracker)
        return self._titles

    def sheet(self, sheet: _SheetData) -> None:
        has_id = "id" in sheet.columns
        position = sheet.keys.index("id") if has_id else -1
        creating = any(not has_id or values[position] is None for _, values in sheet.rows)
        if creating and "partner" not in sheet.columns:
            self.preview.problems.append(
                Problem(
                    sheet.title,
                    None,
                    None,
                    translate("Import", "the sheet has no Partner column; rows without an ID create follow-ups and need one."),
                )
            )
            return
        if creating and "direction" not in sheet.columns:
            self.preview.notices.append(
                translate("Import", "Sheet “{sheet}” has no Direction column: new follow-ups are recorded as “{label}”.").format(
                    sheet=sheet.title, label=label(FollowUpDirection, FollowUpDirection.OURS)
                )
            )
        rows, sheet.rows = sheet.rows, []
        rows.reverse()
        while rows:  # each chunk of rows let go of once planned
            chunk = [rows.pop() for _ in range(min(PLAN_CHUNK, len(rows)))]
            ids = []
            if has_id:
                for _number, values in chunk:
                    raw = values[position]
                    if raw is not None and raw is not _BAD:
                        with contextlib.suppress(_Bad):  # reported with the row
                            ids.append(_record_id(raw))
            self.live, self.deleted = _existing_rows(self.tracker, ids)
            for number, values in chunk:
                self.row(sheet, number, sheet.values(values))
            self.live, self.deleted = {}, set()
        if self.likely_duplicates:
            self.preview.notices.append(
                translate(
                    "Import",
                    "{n} new rows have the same partner and title as an existing follow-up; they will be "
                    "created again. Put the follow-up's ID in the row to update it instead.",
                ).format(n=self.likely_duplicates)
            )
            self.likely_duplicates = 0

    def row(self, sheet: _SheetData, number: int, values: dict[str, Any]) -> None:
        problems: list[Problem] = []
        parsed: dict[str, Any] = {}

        def parse(key: str, parser) -> None:
            raw = values.get(key)
            if raw is _BAD:
                parsed[key] = _BAD
            elif raw is None and key not in ("title", "officer", "details", "latest_note"):
                parsed[key] = None
            else:
                try:
                    parsed[key] = parser(raw)
                except _Bad as exc:
                    parsed[key] = _BAD
                    problems.append(Problem(sheet.title, number, sheet.column_name(key), exc.message))

        if "id" in sheet.columns:
            parse("id", _record_id)
        followup_id = parsed.get("id")
        current = self.live.get(followup_id) if isinstance(followup_id, int) else None
        parsers = {
            "title": lambda r: _checked("title", r),
            "officer": lambda r: _checked("officer", r),
            "details": lambda r: _checked("details", r),
            "latest_note": lambda r: clean_value(_NOTE, _text(r) or None),
            "partner": lambda r: self.partner(r, current),
            "direction": lambda r: _enum_value(FollowUpDirection, _DIRECTION_WORDS, r, self.enum_memo),
            "status": lambda r: _enum_value(FollowUpStatus, _STATUS_WORDS, r, self.enum_memo),
            "priority": lambda r: _enum_value(Priority, _PRIORITY_WORDS, r, self.enum_memo),
            "due": _due,
            "unit": lambda r: self.lookups.unit(r, current.unit_id if current else None),
            "category": lambda r: self.lookups.category(r, current.category_id if current else None),
            "agreement": lambda r: self.lookups.agreement(r, current.agreement_id if current else None),
        }
        for key in sheet.columns:
            if key in parsers:
                parse(key, parsers[key])
        if followup_id is _BAD:
            pass
        elif followup_id is not None:
            self.plan_update(sheet, number, parsed, problems, followup_id)
        else:
            self.plan_create(sheet, number, parsed, problems)
        self.preview.problems.extend(problems)

    # -- partners ------------------------------------------------------------------------------

    def partner(self, raw: Any, current: FollowUpRow | None = None) -> int | str:
        """A partner ID, or the folded key of a partner this import creates."""
        if current is not None and _fold(_text(raw)) in self.lookups.partner_keys.get(current.partner_id, ()):
            return current.partner_id  # any name of the current partner, even one another partner shares
        if (
            isinstance(raw, int | float)
            and not isinstance(raw, bool)
            and float(raw).is_integer()
            and int(raw) in self.lookups.partner_names
        ):
            return int(raw)
        text = _text(raw)
        key = _fold(text)
        ids = self.lookups.partners.get(key, ())
        if len(ids) == 1:
            return next(iter(ids))
        if len(ids) > 1:
            names = "; ".join(f"#{i} {self.lookups.partner_names[i]}" for i in sorted(ids)[:5])
            raise _Bad(
                translate("Import", "“{value}” names several partners ({names}); use a name only one of them has.").format(
                    value=text, names=names
                )
            )
        if self.preview.create_partners:
            try:
                name = clean_value(_PARTNER_NAME, text)
            except ValidationError as exc:
                raise _Bad(exc.message) from None
            self.preview.new_partners.setdefault(key, name)
            return key
        raise _Bad(
            translate("Import", "no partner is named “{value}”; add it first, or allow creating unknown partners.").format(value=text)
            + self.hint(text, key)
        )

    def hint(self, text: str, key: str) -> str:
        """ " Did you mean …?" for an unknown partner name: a database search, so done once per name
        and for the first HINT_LIMIT names only (200,000 unknown names took 20 minutes)."""
        if key in self.hints:
            return self.hints[key]
        hint = ""
        digits = text.isascii() and text.isdigit()
        if len(self.hints) < limits.HINT_LIMIT and not (digits and (len(text) >= 20 or int(text) > limits.MAX_ID)):
            try:
                near = self.tracker.resolve_partner(text)
                hint = " " + translate("Import", "Did you mean “{name}”?").format(name=near.name)
            except HPTrackerError:
                pass
            self.hints[key] = hint
        return hint

    def partner_label(self, value: int | str | None) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return self.preview.new_partners.get(value, value)
        return self.lookups.partner_names.get(value, f"#{value}")

    # -- creating ------------------------------------------------------------------------------

    def plan_create(self, sheet: _SheetData, number: int, parsed: dict[str, Any], problems: list[Problem]) -> None:
        _require(sheet, number, parsed, ("title", "partner", *(("direction",) if "direction" in sheet.columns else ())), problems)
        if problems or any(v is _BAD for v in parsed.values()):
            return
        partner = parsed["partner"]
        values: dict[str, Any] = {
            "title": parsed["title"],
            "direction": parsed.get("direction") or FollowUpDirection.OURS.value,
            "partner_id": partner if isinstance(partner, int) else None,
        }
        for key, name in (
            ("details", "details"),
            ("officer", "officer"),
            ("unit", "unit_id"),
            ("category", "category_id"),
            ("agreement", "agreement_id"),
            ("priority", "priority"),
        ):
            if parsed.get(key) is not None:
                values[name] = parsed[key]
        due = parsed.get("due")
        if due is not None:
            values["due"] = due
        status = parsed.get("status") or FollowUpStatus.NOT_STARTED.value
        if isinstance(partner, int) and (partner, fold(parsed["title"])) in self.titles():
            self.likely_duplicates += 1
        self.preview.creates.append(
            PlannedCreate(
                sheet.title,
                number,
                parsed["title"],
                self.partner_label(partner),
                self.shared(format_due(due.date, due.precision, self.lang)) if due else "",
                status,
                parsed.get("latest_note"),
                values,
                new_partner=partner if isinstance(partner, str) else None,
            )
        )

    # -- updating ------------------------------------------------------------------------------

    def plan_update(self, sheet: _SheetData, number: int, parsed: dict[str, Any], problems: list[Problem], followup_id: int) -> None:
        where = sheet.column_name("id")
        if followup_id in self.seen_ids:
            other_sheet, other_row = self.seen_ids[followup_id]
            problems.append(
                Problem(
                    sheet.title,
                    number,
                    where,
                    translate("Import", "follow-up #{id} already appears in {sheet}, row {row}.").format(
                        id=followup_id, sheet=other_sheet, row=other_row
                    ),
                )
            )
            return
        self.seen_ids[followup_id] = (sheet.title, number)
        current = self.live.get(followup_id)
        if current is None:
            if followup_id in self.deleted:
                message = translate("Import", "follow-up #{id} was deleted; restore it first, or clear the ID to create a new follow-up.")
            else:
                message = translate("Import", "follow-up #{id} does not exist; clear the ID to create a new follow-up.")
            problems.append(Problem(sheet.title, number, where, message.format(id=followup_id)))
            return
        _require(sheet, number, parsed, ("title", "partner", "direction"), problems)
        if problems or any(v is _BAD for v in parsed.values()):
            return

        changes: list[FieldChange] = []
        new_values: dict[str, Any] = {}
        expected: dict[str, Any] = {}

        def header(key: str) -> str:
            return sheet.columns[key][1]

        def compare(key: str, attr: str, old: Any, new: Any, shown_old: str, shown_new: str) -> None:
            if old != new:
                changes.append(FieldChange(key, header(key), self.shared(shown_old), self.shared(shown_new)))
                new_values[attr] = new
                expected[attr] = old

        lk = self.lookups
        if "title" in parsed:
            compare("title", "title", current.title, parsed["title"], current.title, parsed["title"])
        if "details" in parsed:
            compare("details", "details", current.details, parsed["details"], current.details or "", parsed["details"] or "")
        if "officer" in parsed:
            compare("officer", "officer", current.officer, parsed["officer"], current.officer or "", parsed["officer"] or "")
        new_partner = None
        if "partner" in parsed:
            partner = parsed["partner"]
            # A name of the current partner (any of them, folded) is no change, even if ambiguous elsewhere.
            if partner != current.partner_id:
                compare("partner", "partner_id", current.partner_id, partner, current.partner_name, self.partner_label(partner))
                if isinstance(partner, str):
                    new_partner = partner
        if "direction" in parsed:
            compare(
                "direction",
                "direction",
                current.direction,
                parsed["direction"],
                label(FollowUpDirection, current.direction),
                label(FollowUpDirection, parsed["direction"]),
            )
        if "priority" in parsed and parsed["priority"] is not None:
            compare(
                "priority",
                "priority",
                current.priority,
                parsed["priority"],
                label(Priority, current.priority),
                label(Priority, parsed["priority"]),
            )
        if "unit" in parsed:
            compare(
                "unit",
                "unit_id",
                current.unit_id,
                parsed["unit"],
                current.unit_name or "",
                lk.unit_names.get(parsed["unit"], "") if parsed["unit"] else "",
            )
        if "category" in parsed:
            compare(
                "category",
                "category_id",
                current.category_id,
                parsed["category"],
                lk.category_names.get(current.category_id, "") if current.category_id else "",
                lk.category_names.get(parsed["category"], "") if parsed["category"] else "",
            )
        if "agreement" in parsed:
            compare(
                "agreement",
                "agreement_id",
                current.agreement_id,
                parsed["agreement"],
                current.agreement_title or "",
                lk.agreement_titles.get(parsed["agreement"], "") if parsed["agreement"] else "",
            )
        if "due" in parsed:
            due: Due | None = parsed["due"]
            old = (current.due_date, current.due_precision)
            new = (due.date, due.precision.value) if due else (None, None)
            if old != new:
                changes.append(
                    FieldChange(
                        "due", header("due"), self.shared(current.due_text(self.lang)), self.shared(format_due(new[0], new[1], self.lang))
                    )
                )
                new_values["due"] = due
                expected["due_date"], expected["due_precision"] = old
        status = None
        if parsed.get("status") is not None and parsed["status"] != current.status:
            status = parsed["status"]
            changes.append(
                FieldChange(
                    "status",
                    header("status"),
                    self.shared(label(FollowUpStatus, current.status)),
                    self.shared(label(FollowUpStatus, status)),
                )
            )
            expected["status"] = current.status
        note = parsed.get("latest_note")
        if note is not None and clean(note) != clean(current.latest_note):
            changes.append(FieldChange("latest_note", header("latest_note"), current.latest_note or "", note))
        else:
            note = None
        if not changes:
            self.preview.unchanged += 1
            return
        self.preview.updates.append(
            PlannedUpdate(
                sheet.title,
                number,
                followup_id,
                current.title,
                tuple(changes),
                tuple(itertools.chain.from_iterable(new_values.items())),
                tuple(itertools.chain.from_iterable((k, self.shared(v) if isinstance(v, str) else v) for k, v in expected.items())),
                status,
                note,
                new_partner,
            )
        )
