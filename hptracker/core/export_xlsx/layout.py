"""What every sheet shares: the layout rows, the report of an export, text made safe for a cell,
and the styles (created once, shared by every workbook)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ..enums import FollowUpStatus, Timeliness
from ..errors import HPTrackerError
from ..i18n import translate
from ..sheets import AGREEMENTS, CELL_TEXT_LIMIT, FOLLOWUPS, LONG_TEXTS, MEETINGS, PARTNERS, SUMMARY, escape_xstring

Progress = Callable[[int, int], "bool | None"]

# Layout shared by every sheet: four title lines, a blank row, the header, then the data.
TITLE_ROWS = 4
HEADER_ROW = TITLE_ROWS + 2
FIRST_DATA_ROW = HEADER_ROW + 1
DATE_FORMAT = "dd/mm/yyyy"
INTEGER_FORMAT = "0"

# Marks where a shortened cell's own text ends and the note pointing to the Long texts sheet begins.
LONG_NOTE_START = " … ["

# How often (in rows) the caller hears of progress and may cancel.
PROGRESS_EVERY = 250


class ExportCancelled(HPTrackerError):
    """The officer cancelled; the previous file (if any) is untouched and nothing new was written."""

    def __init__(self) -> None:
        super().__init__(translate("Export", "Export cancelled; no file was written."))


@dataclass
class ExportReport:
    """What was written, for the message shown after the export and for scripts."""

    path: Path
    lang: str
    rows: dict[str, int] = field(default_factory=dict)  # data rows per sheet key
    replaced_characters: int = 0  # characters XML cannot hold, replaced with U+FFFD
    long_texts: int = 0  # texts too long for one cell, kept whole in the "Long texts" sheet
    long_text_cells: list[str] = field(default_factory=list)  # "Follow-ups!P12"
    sheet: str = FOLLOWUPS.key  # what was exported: the status workbook, or one list (export_records)

    def message(self) -> str:
        """One or more sentences for the officer."""
        exported = {
            FOLLOWUPS.key: translate("Export", "{n} follow-ups exported to {path}."),
            PARTNERS.key: translate("Export", "{n} partners exported to {path}."),
            MEETINGS.key: translate("Export", "{n} meetings exported to {path}."),
            AGREEMENTS.key: translate("Export", "{n} agreements exported to {path}."),
        }[self.sheet]
        parts = [exported.format(n=self.rows.get(self.sheet, 0), path=self.path)]
        if self.replaced_characters:
            parts.append(
                translate("Export", "{n} characters that a spreadsheet cannot hold were replaced with �.").format(
                    n=self.replaced_characters
                )
            )
        if self.long_texts:
            parts.append(
                translate("Export", "{n} texts too long for one cell are kept whole in the sheet “{sheet}”.").format(
                    n=self.long_texts, sheet=LONG_TEXTS.title(self.lang)
                )
            )
        return " ".join(parts)


# --------------------------------------------------------------------------------------------
# Text safety
# --------------------------------------------------------------------------------------------

_REPLACEMENT = "\ufffd"
# Not allowed anywhere in an XML 1.0 document (tab, LF and CR are; CR needs escaping, see sheets).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Anything that sends a text down the careful path: the above, CR, or an _xHHHH_ look-alike.
_NEEDS_CARE = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# A text this short fits a cell even if every character doubles (UTF-16) or grows to _x000D_.
_ALWAYS_FITS = CELL_TEXT_LIMIT // 7
_FORMULA_START = frozenset("=+-@")


def _cell_size(text: str) -> int:
    """The larger of Excel's count (UTF-16 units) and openpyxl's (code points of the escaped text).

    openpyxl silently truncates a string longer than 32,767 code points, so the escaped form must
    fit as well as the text Excel will count.
    """
    utf16 = len(text) + len(_ASTRAL.findall(text))
    return max(utf16, len(escape_xstring(text)))


def split_text(text: str, limit: int = CELL_TEXT_LIMIT) -> list[str]:
    """Consecutive parts, each fitting one cell, that join back into ``text`` exactly."""
    parts: list[str] = []
    start = 0
    while start < len(text):
        size = min(limit, len(text) - start)
        while True:
            piece = text[start : start + size]
            over = _cell_size(piece) - limit
            if over <= 0:
                break
            size -= over  # every character counts at least once, so this always converges
        parts.append(piece)
        start += size
    return parts


# --------------------------------------------------------------------------------------------
# Styles: created once, shared by every workbook
# --------------------------------------------------------------------------------------------

_THIN = Side(style="thin", color="BFBFBF")
_HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=Side(style="medium", color="808080"))
# The printed grid: a border on the data cells (an empty one in the printed columns too), not the
# sheet's print gridlines, which would also rule lines through the title block.
_DATA_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP_CENTER = Alignment(vertical="top", horizontal="center")
_HEADER_ALIGN = Alignment(vertical="center", horizontal="center", wrap_text=True)
# Every font names its face and size: a font without them is drawn in the reader's default
# (LibreOffice printed such cells in DejaVu Serif 10 pt beside the Calibri 11 pt of the others).
_FACE = {"name": "Calibri", "sz": 11, "family": 2, "scheme": "minor"}
_HEADER_FONT = Font(bold=True, **_FACE)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_TITLE_FONT = Font(bold=True, **{**_FACE, "sz": 14})
_INFO_FONT = Font(italic=True, color="404040", **_FACE)
_TOTAL_FONT = Font(bold=True, **_FACE)

# (fill, font colour) per value; None = no colour. Pastel fills with dark text, as Excel's own
# "Good / Neutral / Bad" styles, so they print legibly in grey too.
_COLOURS: dict[str, tuple[str, str] | None] = {
    # follow-up status
    "status:not_started": None,
    "status:in_progress": ("DDEBF7", "1F4E78"),
    "status:awaiting_partner": ("FFEB9C", "9C5700"),
    "status:on_hold": ("EDEDED", "595959"),
    "status:done": ("C6EFCE", "006100"),
    "status:dropped": ("EDEDED", "7F7F7F"),
    # timeliness
    "timeliness:overdue": ("FFC7CE", "9C0006"),
    "timeliness:on_track": None,
    "timeliness:on_time": ("C6EFCE", "006100"),
    "timeliness:late": ("FCE4D6", "833C0C"),
    "timeliness:no_due": None,
    "timeliness:dropped": ("EDEDED", "7F7F7F"),
    # agreement status (as shown: expired when past its expiry date)
    "agreement:proposed": None,
    "agreement:signed": ("DDEBF7", "1F4E78"),
    "agreement:in_force": ("C6EFCE", "006100"),
    "agreement:suspended": ("FFEB9C", "9C5700"),
    "agreement:expired": ("EDEDED", "595959"),
    "agreement:terminated": ("FFC7CE", "9C0006"),
    # a follow-up changed since the day an export marks changes from (the whole row)
    "changed": ("FFF2CC", "000000"),
}
CHANGED = "changed"
_STATUS_KEYS = {s.value: f"status:{s.value}" for s in FollowUpStatus}
_TIMELINESS_KEYS = {t.value: f"timeliness:{t.value}" for t in Timeliness}
_FILLS = {key: PatternFill("solid", fgColor=c[0]) for key, c in _COLOURS.items() if c}
_FONTS = {key: Font(color=c[1], **_FACE) for key, c in _COLOURS.items() if c}
_BOLD_FONTS = {key: Font(bold=True, color=c[1], **_FACE) for key, c in _COLOURS.items() if c}

# Column kinds (anything not listed is text); wrapping comes from the column declaration.
_INT, _DATE, _TEXT = "int", "date", "text"
_KINDS: dict[str, dict[str, str]] = {
    FOLLOWUPS.key: {"stt": _INT, "id": _INT, "days_overdue": _INT, "last_update": _DATE},
    AGREEMENTS.key: {"stt": _INT, "id": _INT, "signed_date": _DATE, "effective_date": _DATE, "expiry_date": _DATE},
    MEETINGS.key: {"stt": _INT, "id": _INT, "date": _DATE, "followups": _INT},
    PARTNERS.key: {"stt": _INT, "id": _INT, "since": _INT, "open_followups": _INT},
    SUMMARY.key: {c.key: _INT for c in SUMMARY.columns if c.key != "partner"},
    LONG_TEXTS.key: {"stt": _INT, "record_id": _INT, "part": _INT, "parts": _INT},
}
_AGREEMENT_STATUS_COL = [c.key for c in AGREEMENTS.columns].index("status")
