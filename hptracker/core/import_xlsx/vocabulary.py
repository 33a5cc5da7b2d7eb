"""The words of a status spreadsheet: headers officers type, enumerated values in either language,
and the names of partners, units, categories and agreements matched to records."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from ..enums import FollowUpDirection, FollowUpStatus, Priority
from ..errors import ValidationError
from ..i18n import language, translate
from ..labels import label, value_for_label
from ..sheets import Column
from ..text import Due, DuePrecision, clean, fold, format_date, parse_due
from ..tracker import FOLLOWUP_FIELDS, Tracker
from ..validate import Spec, clean_value
from . import limits

# Columns a hand-typed list often has that the exporter does not write.
DETAILS = Column("details", "Details", "Chi tiết")
PRIORITY = Column("priority", "Priority", "Mức độ ưu tiên")
_EXTRA_COLUMNS = (DETAILS, PRIORITY)
# Other headers officers use for the same columns (folded).
_HEADER_ALIASES = {
    "noi dung": "title",
    "tieu de": "title",
    "kien nghi": "title",
    "noi dung de nghi": "title",
    "request": "title",
    "follow-up": "title",
    "ten doi tac": "partner",
    "han": "due",
    "han hoan thanh": "due",
    "thoi han hoan thanh": "due",
    "deadline": "due",
    "due date": "due",
    "trang thai": "status",
    "don vi": "unit",
    "don vi thuc hien": "unit",
    "unit": "unit",
    "can bo": "officer",
    "can bo phu trach": "officer",
    "nguoi theo doi": "officer",
    "ghi chu": "latest_note",
    "note": "latest_note",
    "notes": "latest_note",
    "progress note": "latest_note",
    "mo ta": "details",
    "description": "details",
    "uu tien": "priority",
    "muc uu tien": "priority",
    "danh muc": "category",
    # the Changes column of an export that marked changes (sheets.CHANGES; computed, skipped)
    "thay doi": "changes",
    "changes": "changes",
}
# Computed on export (SPEC §1: timeliness is never typed); ignored on import.
# The fields of cooperation and the changes since a day are written for the reader and not read
# back either: a workbook exported and imported unchanged changes nothing and ignores no column.
COMPUTED_KEYS = frozenset({"stt", "raised_at", "timeliness", "days_overdue", "last_update", "changes", "fields"})

# SPEC §1 names and the Vietnamese labels of resources/translations, accepted whatever the UI
# language is now: a workbook exported in Vietnamese comes back to an officer working in English.
_STATUS_WORDS = {
    "chua trien khai": FollowUpStatus.NOT_STARTED,
    "chua thuc hien": FollowUpStatus.NOT_STARTED,
    "dang thuc hien": FollowUpStatus.IN_PROGRESS,
    "dang trien khai": FollowUpStatus.IN_PROGRESS,
    "cho phia ban": FollowUpStatus.AWAITING_PARTNER,
    "tam dung": FollowUpStatus.ON_HOLD,
    "da hoan thanh": FollowUpStatus.DONE,
    "hoan thanh": FollowUpStatus.DONE,
    "khong thuc hien": FollowUpStatus.DROPPED,
    "not started": FollowUpStatus.NOT_STARTED,
    "in progress": FollowUpStatus.IN_PROGRESS,
    "awaiting partner": FollowUpStatus.AWAITING_PARTNER,
    "on hold": FollowUpStatus.ON_HOLD,
    "done": FollowUpStatus.DONE,
    "dropped": FollowUpStatus.DROPPED,
}
_DIRECTION_WORDS = {
    "de nghi cua ta": FollowUpDirection.OURS,
    "kien nghi cua ta": FollowUpDirection.OURS,
    "phia ta de nghi": FollowUpDirection.OURS,
    "ta de nghi": FollowUpDirection.OURS,
    "de nghi cua ta voi phia ban": FollowUpDirection.OURS,
    "phia ta": FollowUpDirection.OURS,
    "de nghi cua ta voi doi tac": FollowUpDirection.OURS,
    "de nghi cua doi tac voi ta": FollowUpDirection.THEIRS,
    "de nghi cua doi tac": FollowUpDirection.THEIRS,
    "kien nghi cua doi tac": FollowUpDirection.THEIRS,
    "de nghi cua phia ban": FollowUpDirection.THEIRS,
    "kien nghi cua phia ban": FollowUpDirection.THEIRS,
    "phia ban de nghi": FollowUpDirection.THEIRS,
    "ban de nghi": FollowUpDirection.THEIRS,
    "de nghi cua phia ban voi ta": FollowUpDirection.THEIRS,
    "phia ban": FollowUpDirection.THEIRS,
    "cam ket chung": FollowUpDirection.JOINT,
    "cam ket cua hai ben": FollowUpDirection.JOINT,
    "hai ben": FollowUpDirection.JOINT,
    "chung": FollowUpDirection.JOINT,
    "our request": FollowUpDirection.OURS,
    "partner's request": FollowUpDirection.THEIRS,
    "their request": FollowUpDirection.THEIRS,
    "joint": FollowUpDirection.JOINT,
}
_PRIORITY_WORDS = {"thap": Priority.LOW, "binh thuong": Priority.NORMAL, "cao": Priority.HIGH}

_SPECS = {spec.name: spec for spec in FOLLOWUP_FIELDS}
_NOTE = Spec("note", "text", label="Note")
_PARTNER_NAME = Spec("name", "text", required=True, label="Partner", max_length=300)


# --------------------------------------------------------------------------------------------
# Matching cells to records
# --------------------------------------------------------------------------------------------


class _Bad(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _text(value: Any) -> str:
    """What the officer sees in the cell, as text."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return format_date(value)
        return f"{format_date(value)} {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return clean(str(value))


@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """core.text.fold, remembered: a workbook repeats the same partner and status names endlessly."""
    return fold(text)


def _enum_value(enum, words: dict[str, Any], raw: Any, memo: dict[tuple[Any, str], str | None]) -> str:
    text = _text(raw)
    key = (enum, _fold(text))
    if key in memo:
        found = memo[key]
    else:
        found = value_for_label(enum, text)
        if found is None:
            member = words.get(key[1])
            found = member.value if member is not None else None
        memo[key] = found
    if found is None:
        allowed = ", ".join(label(enum, member.value) for member in enum)
        raise _Bad(translate("Import", "“{value}” is not one of: {allowed}.").format(value=text, allowed=allowed))
    return found


def _due(raw: Any) -> Due | None:
    if isinstance(raw, dt.datetime):
        return Due(raw.date(), DuePrecision.DAY)
    if isinstance(raw, dt.date):
        return Due(raw, DuePrecision.DAY)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if float(raw).is_integer() and 1900 <= raw <= 2200:
            return parse_due(str(int(raw)))
        raise _Bad(translate("Import", "“{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).").format(value=_text(raw)))
    try:
        return parse_due(_text(raw))
    except ValueError:
        raise _Bad(
            translate("Import", "“{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).").format(value=_text(raw))
        ) from None


def _checked(name: str, raw: Any) -> Any:
    try:
        return clean_value(_SPECS[name], _text(raw) or None)
    except ValidationError as exc:
        raise _Bad(exc.message) from None


def _record_id(raw: Any) -> int:
    """A follow-up ID: a whole number from 1 to the largest the database stores (2^63 - 1)."""
    if isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer() and 0 < raw <= limits.MAX_ID:
        return int(raw)
    text = _text(raw).lstrip("#").strip()
    if text.isascii() and text.isdigit() and len(text) < 20 and 0 < int(text) <= limits.MAX_ID:
        return int(text)
    raise _Bad(
        translate("Import", "“{value}” is not a follow-up ID (a whole number); leave it empty to create a new follow-up.").format(
            value=_text(raw)
        )
    )


def _add(index: dict[str, tuple[int, ...]], key: str, record_id: int) -> None:
    ids = index.get(key, ())
    if record_id not in ids:
        index[key] = (*ids, record_id)


class _Lookups:
    """Names of partners, units, categories and agreements, folded once per preview."""

    def __init__(self, tracker: Tracker) -> None:
        # Names map to tuples of IDs, not sets: tuples of plain values are left alone by Python's
        # garbage collector, and 40,000 sets made each of its passes longer on every thread.
        lang = language()
        self.partners: dict[str, tuple[int, ...]] = {}
        self.partner_names: dict[int, str] = {}
        self.partner_keys: dict[int, tuple[str, ...]] = {}
        for partner_id, names in tracker.partner_names():
            keys = tuple(dict.fromkeys(fold(n) for n in names))
            self.partner_keys[partner_id] = keys
            self.partner_names[partner_id] = names[0]
            for key in keys:
                _add(self.partners, key, partner_id)
        self.units: dict[str, tuple[int, ...]] = {}
        self.unit_names: dict[int, str] = {}
        for unit in tracker.list_units():
            self.unit_names[unit.id] = unit.name
            for name in (unit.name, unit.name_en, unit.abbreviation):
                if name:
                    _add(self.units, fold(name), unit.id)
        self.categories: dict[str, tuple[int, ...]] = {}
        self.category_names: dict[int, str] = {}
        for category in tracker.list_categories():
            shown = category.name_en if lang == "en" and category.name_en else category.name
            self.category_names[category.id] = shown
            for name in (category.name, category.name_en, category.code):
                if name:
                    _add(self.categories, fold(name), category.id)
        self.agreements: dict[str, tuple[int, ...]] = {}
        self.agreement_titles: dict[int, str] = {}
        for agreement_id, title, reference in tracker.agreement_names():
            self.agreement_titles[agreement_id] = title
            for name in (title, reference):
                if name:
                    _add(self.agreements, fold(name), agreement_id)

    @staticmethod
    def _one(index: dict[str, tuple[int, ...]], raw: Any, unknown: str, several: str, current: int | None) -> int:
        text = _text(raw)
        ids = index.get(_fold(text), ())
        if current in ids:
            return current  # a name of the present value is no change, even if another record shares it
        if len(ids) == 1:
            return next(iter(ids))
        if not ids:
            raise _Bad(unknown.format(value=text))
        raise _Bad(several.format(value=text))

    def unit(self, raw: Any, current: int | None = None) -> int:
        return self._one(
            self.units,
            raw,
            translate("Import", "no unit is named “{value}”."),
            translate("Import", "“{value}” names several units."),
            current,
        )

    def category(self, raw: Any, current: int | None = None) -> int:
        return self._one(
            self.categories,
            raw,
            translate("Import", "no category is named “{value}”."),
            translate("Import", "“{value}” names several categories."),
            current,
        )

    def agreement(self, raw: Any, current: int | None = None) -> int:
        return self._one(
            self.agreements,
            raw,
            translate("Import", "no agreement has the title or reference “{value}”."),
            translate("Import", "“{value}” matches several agreements."),
            current,
        )
