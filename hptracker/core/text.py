"""Text rules shared by storage, search, sorting and display.

Everything the officers type passes through :func:`clean` before it is stored, so that text typed
on a Windows Vietnamese keyboard (often NFD) compares equal to the same text typed elsewhere.
Search uses :func:`fold`, sorting uses :func:`sort_key`; both are pure Python so that SQLite can
index their stored results and the same rules hold in the window, the exports and the CLI.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "clean",
    "clean_optional",
    "fold",
    "sort_key",
    "DuePrecision",
    "Due",
    "period_end",
    "parse_due",
    "format_due",
    "format_date",
    "parse_date",
    "format_number",
    "normalise_due",
]


def clean(value: str | None) -> str:
    """NFC-normalise and strip; ``None`` becomes the empty string."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value)).strip()


def clean_optional(value: str | None) -> str | None:
    """Like :func:`clean` but keeps "nothing entered" as ``None``."""
    text = clean(value)
    return text or None


_SPACES = re.compile(r"\s+")


class _CharTable(dict):
    """A ``str.translate`` table filled on first use of each character by ``rule``."""

    def __init__(self, rule) -> None:
        super().__init__()
        self.rule = rule

    def __missing__(self, code: int) -> str:
        value = self[code] = self.rule(chr(code))
        return value


def _fold_char(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


_FOLD = _CharTable(_fold_char)


def fold(value: str | None) -> str:
    """Search key: combining marks removed, đ/Đ → d, casefolded, whitespace collapsed.

    "Thượng Ngu", "THUONG NGU" and "thuong  ngu" all fold to "thuong ngu". CJK text is kept
    as it is (casefold does nothing to it), so "上虞" still finds "上虞区".

    Character by character (a cached table): NFD only reorders combining marks, and those are
    all removed, so this is the same as decomposing the whole text first.
    """
    if not value:
        return ""
    text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(_FOLD))
    return _SPACES.sub(" ", text.casefold()).strip()


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
# Each letter gets a base letter plus a rank for its vowel modifier, tones are compared only
# when the letters are equal (Ha < Hà < Hả < Hã < Há < Hạ), case last.
_MODIFIER_RANK = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve, circumflex, horn
# Vietnamese dictionary order of tones: none, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _sort_parts(ch: str) -> tuple[str, str]:
    """(primary, tone) of one casefolded NFC character; a lone combining mark counts for nothing."""
    if unicodedata.combining(ch):
        return "", ""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    tone = "0"
    modifier = ""
    for mark in marks:
        if mark in _MODIFIER_RANK:
            modifier = str(_MODIFIER_RANK[mark])
        elif mark in _TONE_RANK:
            tone = str(_TONE_RANK[mark])
    if base == "đ":
        return "d1", tone
    if base.isalpha() and base.isascii():
        return base + (modifier or "0"), tone
    if base.isspace():
        return " ", tone
    return base, tone


_PRIMARY = _CharTable(lambda ch: _sort_parts(ch)[0])
_TONES = _CharTable(lambda ch: _sort_parts(ch)[1])


_DIGITS = re.compile(r"([0-9]+)")


def _number_key(digits: str) -> str:
    """A run of digits as a string that sorts by the number's value: "0", its length, its digits.

    The leading "0" sorts a number where a digit sorted before (after spaces and most punctuation,
    before letters); its length comes next, so 9 < 10 < 100 whatever the digits say. Leading
    zeros are dropped here and kept apart by the tone part of the key ("Quận 2" < "Quận 02").
    """
    value = digits.lstrip("0") or "0"
    return "0" + chr(0x30 + len(value)) + value


def sort_key(value: str | None) -> str:
    """A string whose plain (binary) order is Vietnamese dictionary order, numbers by their value.

    Each letter becomes its base letter plus the rank of its vowel modifier (a ă â, o ô ơ, u ư;
    d đ), and the tones (none, huyền, hỏi, ngã, sắc, nặng) are compared only after all letters
    (Ha < Hà < Hả < Hã < Há < Hạ < Hai). A number compares by its value, as an officer reads a
    list of districts or rooms: Quận 2 < Quận 10. Stored in indexed columns so that SQLite sorts
    names correctly with a plain ORDER BY, without ICU and without a Python callback per
    comparison; the lists sorted in Python (pickers) use this same key, so every screen agrees.
    Changing it means recomputing the stored keys (a data migration, see db/versions/0003).
    """
    if not value:
        return ""
    text = unicodedata.normalize("NFC", str(value).strip().casefold())
    parts = _DIGITS.split(text)  # letters, digits, letters, digits, ...
    primary = "".join(_number_key(part) if i % 2 else part.translate(_PRIMARY) for i, part in enumerate(parts))
    return primary + "\x01" + text.translate(_TONES)


class DuePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True)
class Due:
    """A due date as the officer meant it: stored as the last day of the period."""

    date: dt.date
    precision: DuePrecision

    def __str__(self) -> str:  # pragma: no cover - convenience
        return format_due(self.date, self.precision)


def period_end(
    year: int, month: int | None = None, day: int | None = None, precision: DuePrecision = DuePrecision.DAY, quarter: int | None = None
) -> dt.date:
    """Last day of the period that contains the given date parts."""
    if precision is DuePrecision.YEAR:
        return dt.date(year, 12, 31)
    if precision is DuePrecision.QUARTER:
        if quarter is None:
            if month is None:
                raise ValueError("quarter or month required")
            quarter = (month - 1) // 3 + 1
        if not 1 <= quarter <= 4:
            raise ValueError("quarter out of range")
        last_month = quarter * 3
        return dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    if precision is DuePrecision.MONTH:
        if month is None:
            raise ValueError("month required")
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if month is None or day is None:
        raise ValueError("day and month required")
    return dt.date(year, month, day)


def normalise_due(date: dt.date, precision: DuePrecision | str) -> dt.date:
    """Move any date inside a period to the period's last day."""
    precision = DuePrecision(precision)
    return period_end(date.year, date.month, date.day, precision)


# The periods of SPEC §1's due dates, on the folded text ("Quý II năm 2026" → "quy ii nam 2026").
# A day goes through parse_date, so a due date is typed like any other date.
_YEAR_SEPARATOR = r"\s*(?:[/.\-]|\s+nam\s+|\s)\s*"
_QUARTERS = {"1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
_DUE_PATTERNS = [
    (re.compile(rf"^(?:q|quy|quarter)\s*([1-4]|iv|i{{1,3}}){_YEAR_SEPARATOR}(\d{{4}})$"), DuePrecision.QUARTER),
    (re.compile(r"^(?:(?:thang|th|t|month)\s*)?(\d{1,2})(?:\s*[/.\-]\s*|\s+nam\s+)(\d{4})$"), DuePrecision.MONTH),
    (re.compile(r"^(?:nam|year)?\s*(\d{4})$"), DuePrecision.YEAR),
]


def parse_due(text: str, today: dt.date | None = None) -> Due | None:
    """Parse what an officer types: a day as :func:`parse_date` reads it (13/05/2024, 13052024,
    hôm nay), a month (05/2024, tháng 5/2024, T5/2024), a quarter (Q3/2024, Quý 3/2024,
    quý III năm 2024) or a year (2024, năm 2024).

    Returns ``None`` for empty text and raises ``ValueError`` for text that is not a due date.
    """
    raw = fold(text)
    if not raw:
        return None
    for pattern, precision in _DUE_PATTERNS:
        match = pattern.match(raw)
        if not match:
            continue
        if precision is DuePrecision.QUARTER:
            quarter, year = _QUARTERS[match.group(1)], int(match.group(2))
            return Due(period_end(year, precision=precision, quarter=quarter), precision)
        if precision is DuePrecision.MONTH:
            month, year = (int(g) for g in match.groups())
            return Due(period_end(year, month, precision=precision), precision)
        return Due(period_end(int(match.group(1)), precision=precision), precision)
    day = parse_date(text, today)
    assert day is not None  # the text is not empty
    return Due(day, DuePrecision.DAY)


def format_due(date: dt.date | None, precision: DuePrecision | str | None, lang: str = "vi") -> str:
    """Show a due date the way it was entered: 13/05/2024, 05/2024, Q3/2024 (Quý 3/2024), 2024."""
    if date is None or precision is None:
        return ""
    precision = DuePrecision(precision)
    if precision is DuePrecision.DAY:
        return format_date(date)
    if precision is DuePrecision.MONTH:
        return f"{date.month:02d}/{date.year}"
    if precision is DuePrecision.QUARTER:
        quarter = (date.month - 1) // 3 + 1
        return f"Quý {quarter}/{date.year}" if lang == "vi" else f"Q{quarter}/{date.year}"
    return str(date.year)


def format_date(date: dt.date | dt.datetime | None) -> str:
    """dd/mm/yyyy, the one date format of the app."""
    if date is None:
        return ""
    return f"{date.day:02d}/{date.month:02d}/{date.year:04d}"


_DAY_WORDS = {"hom nay": 0, "today": 0, "hom qua": -1, "yesterday": -1, "ngay mai": 1, "tomorrow": 1}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$")
_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{4}|\d{2})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# A two-digit year is this century's, unless that puts it more than this many years ahead (then
# the last century's: an agreement of '99, typed in 2025).
_TWO_DIGIT_YEARS_AHEAD = 30


def _full_year(digits: str, today: dt.date) -> int:
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year - 100 if year > today.year + _TWO_DIGIT_YEARS_AHEAD else year


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """Read a date as officers type it, day first: 08/12/2025, 8/12/2025, 8-12-25, 8.12.2025, the
    digits alone (08122025, 081225), ISO 2025-12-08, and "hôm nay"/"today" (also "hôm qua",
    "ngày mai", "yesterday", "tomorrow"). Empty text is None; anything else raises ValueError.

    The one reader of dates for the window, the import and the command line: shown back always as
    dd/mm/yyyy (:func:`format_date`), so the officer sees at once which date was understood.
    """
    raw = clean(text)
    if not raw:
        return None
    today = today or dt.date.today()
    words = fold(raw)
    if words in _DAY_WORDS:
        return today + dt.timedelta(days=_DAY_WORDS[words])
    match = _ISO.match(raw)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    match = _DAY_MONTH_YEAR.match(raw)
    if match:
        day_text, _separator, month_text, year_text = match.groups()
    else:
        match = _DIGITS_ONLY.match(raw)
        if not match:
            raise ValueError(text)
        day_text, month_text, year_text = match.groups()
    return dt.date(_full_year(year_text, today), int(month_text), int(day_text))


def format_number(value: float | int, lang: str = "vi") -> str:
    """1.234.567 in Vietnamese, 1,234,567 in English; decimals kept when present."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) and not value.is_integer() else f"{int(value):,}"
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text
