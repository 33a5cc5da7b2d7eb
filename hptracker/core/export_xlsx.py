"""The status spreadsheet of SPEC §3: one workbook an officer hands to the leaders every week.

Written with openpyxl in write-only mode so that 100,000 follow-ups stream from SQLite to the file
without the rows ever being held in memory; every styled cell is one of a few prototype cells per
column that are re-filled for each row (write-only worksheets serialise a row the moment it is
appended), so styling costs almost nothing on top of a bare write-only loop.

Safety rules, each covered by a test:

* User text is always a string cell (``t="inlineStr"``), never a formula, whatever it starts with;
  text starting with ``= + - @`` also gets Excel's quote prefix, so editing the cell in Excel keeps
  it text.
* Characters XML 1.0 cannot hold (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, lone
  surrogates) are replaced with U+FFFD and counted in the :class:`ExportReport`.
* Text is stored with SpreadsheetML's ``_xHHHH_`` escaping where needed (a carriage return, a
  literal ``_x0041_``), so Excel, LibreOffice and other readers get back exactly what was typed.
* A text longer than one cell holds (32,767 characters) is never cut silently: the cell keeps the
  beginning followed by a note naming the row of the "Long texts" sheet, which holds the whole text
  in numbered parts that join back to the original.
* The file goes through :func:`hptracker.core.files.atomic_path`: a failure or a cancel leaves the
  previous file untouched and no temporary file behind (openpyxl's own temporary sheet files
  included).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from .enums import (
    AgreementForm,
    AgreementStatus,
    FollowUpDirection,
    FollowUpStatus,
    GovLevel,
    MeetingDirection,
    MeetingFormat,
    PartnerKind,
    Timeliness,
)
from .errors import HPTrackerError, NotFoundError
from .files import atomic_path, write_error, zip_is_complete
from .i18n import language, translate
from .labels import label
from .sheets import (
    AGREEMENTS,
    CELL_TEXT_LIMIT,
    FOLLOWUPS,
    LONG_TEXTS,
    MEETINGS,
    PARTNERS,
    SUMMARY,
    Sheet,
    escape_xstring,
)
from .text import format_date, format_due, sort_key
from .tracker import AgreementRow, FollowUpQuery, FollowUpRow, MeetingRow, PartnerRow, Tracker

__all__ = [
    "ExportCancelled",
    "ExportReport",
    "export_workbook",
    "describe_filters",
    "default_file_name",
    "HEADER_ROW",
    "FIRST_DATA_ROW",
    "DATE_FORMAT",
    "LONG_NOTE_START",
]

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
            parts.append(translate(
                "Export", "{n} characters that a spreadsheet cannot hold were replaced with �.").format(
                n=self.replaced_characters))
        if self.long_texts:
            parts.append(translate(
                "Export", "{n} texts too long for one cell are kept whole in the sheet “{sheet}”.").format(
                n=self.long_texts, sheet=LONG_TEXTS.title(self.lang)))
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
            piece = text[start:start + size]
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
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP_CENTER = Alignment(vertical="top", horizontal="center")
_HEADER_ALIGN = Alignment(vertical="center", horizontal="center", wrap_text=True)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_TITLE_FONT = Font(bold=True, size=14)
_INFO_FONT = Font(italic=True, color="404040")
_TOTAL_FONT = Font(bold=True)

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
}
_STATUS_KEYS = {s.value: f"status:{s.value}" for s in FollowUpStatus}
_TIMELINESS_KEYS = {t.value: f"timeliness:{t.value}" for t in Timeliness}
_FILLS = {key: PatternFill("solid", fgColor=c[0]) for key, c in _COLOURS.items() if c}
_FONTS = {key: Font(color=c[1]) for key, c in _COLOURS.items() if c}
_BOLD_FONTS = {key: Font(bold=True, color=c[1]) for key, c in _COLOURS.items() if c}

# Column kinds (anything not listed is text); wrapping comes from the column declaration.
_INT, _DATE, _TEXT = "int", "date", "text"
_KINDS: dict[str, dict[str, str]] = {
    FOLLOWUPS.key: {"stt": _INT, "id": _INT, "days_overdue": _INT, "last_update": _DATE},
    AGREEMENTS.key: {"stt": _INT, "id": _INT, "signed_date": _DATE, "effective_date": _DATE,
                     "expiry_date": _DATE},
    MEETINGS.key: {"stt": _INT, "id": _INT, "date": _DATE, "followups": _INT},
    PARTNERS.key: {"stt": _INT, "id": _INT, "since": _INT, "open_followups": _INT},
    SUMMARY.key: {c.key: _INT for c in SUMMARY.columns if c.key != "partner"},
    LONG_TEXTS.key: {"stt": _INT, "record_id": _INT, "part": _INT, "parts": _INT},
}
_AGREEMENT_STATUS_COL = [c.key for c in AGREEMENTS.columns].index("status")

# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


class _PrototypeCell(Cell):
    """A cell re-filled row after row with the same style: its style index is looked up once.

    openpyxl computes ``style_id`` for every styled cell it writes by hashing the cell's style
    array into the workbook's style list, twice; for prototypes styled once and then frozen the
    answer never changes, so it is kept. ``freeze()`` is called after the last style assignment.
    """

    __slots__ = ("_frozen_id",)

    def freeze(self) -> _PrototypeCell:
        self._frozen_id = Cell.style_id.fget(self)
        return self

    @property
    def style_id(self) -> int:
        try:
            return self._frozen_id
        except AttributeError:
            return Cell.style_id.fget(self)

    @property
    def has_style(self) -> bool:
        return True

    def put_text(self, text: str) -> None:
        """A string cell, never a formula. ``text`` has been through :meth:`_Book.safe_text` or its
        fast check, which is stricter than openpyxl's own check (that would also cut at 32,767)."""
        self._value = text
        self.data_type = "s"

    def put_number(self, value: int | float) -> None:
        self._value = value
        self.data_type = "n"

    def put_date(self, value: dt.date) -> None:
        self._value = value
        self.data_type = "d"


class _Progress:
    """Tells the caller every few rows; a False answer cancels."""

    def __init__(self, callback: Progress | None, total: int) -> None:
        self.callback = callback
        self.total = total
        self.done = 0
        self._next = PROGRESS_EVERY

    def step(self) -> None:
        self.done += 1
        if self.done >= self._next:
            self._next = self.done + PROGRESS_EVERY
            self.report()

    def report(self) -> None:
        if self.callback is not None and self.callback(min(self.done, self.total), self.total) is False:
            raise ExportCancelled()


@dataclass
class _LongText:
    sheet: str
    cell: str
    record_id: int | None
    parts: list[str]


class _Book:
    """One workbook being written: the text rules and what they found."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.wb = Workbook(write_only=True)
        self.replaced = 0
        self.long_texts: list[_LongText] = []
        self._long_rows = 0  # parts already placed in the Long texts sheet

    def safe_text(self, value: Any, sheet: _SheetWriter, column: int, record_id: Any) -> str:
        """The stored form of a user text: XML-safe, escaped, and short enough for one cell."""
        text = value if isinstance(value, str) else str(value)
        if len(text) <= _ALWAYS_FITS and _NEEDS_CARE.search(text) is None:
            return text
        text, n = _NOT_XML.subn(_REPLACEMENT, text)
        self.replaced += n
        if len(text) > _ALWAYS_FITS and _cell_size(text) > CELL_TEXT_LIMIT:
            text = self._keep_long(text, sheet, column, record_id)
        return escape_xstring(text)

    def _keep_long(self, text: str, sheet: _SheetWriter, column: int, record_id: Any) -> str:
        parts = split_text(text)
        row = FIRST_DATA_ROW + self._long_rows
        self._long_rows += len(parts)
        cell = f"{get_column_letter(column + 1)}{sheet.row + 1}"
        self.long_texts.append(_LongText(sheet.title, cell, record_id if isinstance(record_id, int) else None, parts))
        # The " … [" and "]" around the note stay out of the translation: the importer finds the
        # cell's own text by the marker, whatever the language.
        note = LONG_NOTE_START + translate(
            "Export", "text too long for one cell: the whole text is in sheet “{sheet}”, from row {row}").format(
            sheet=LONG_TEXTS.title(self.lang), row=row) + "]"
        head = split_text(text, CELL_TEXT_LIMIT - _cell_size(note))[0]
        return head + note


class _SheetWriter:
    """A write-only worksheet with the common layout: title block, header row, data rows."""

    def __init__(self, book: _Book, spec: Sheet) -> None:
        self.book = book
        self.spec = spec
        self.title = spec.title(book.lang)
        self.ws = book.wb.create_sheet(self.title)
        self.kinds = [_KINDS.get(spec.key, {}).get(c.key, _TEXT) for c in spec.columns]
        self.wrap_widths = [c.width if c.wrap else 0 for c in spec.columns]
        self.row = 0  # rows written so far
        self.data_rows = 0
        self._protos: dict[tuple[Any, ...], WriteOnlyCell] = {}
        _stream_cells_directly(self.ws)
        self._setup()
        self._plain = [self._data_proto(i, None, False, False) for i in range(len(spec.columns))]

    def _setup(self) -> None:
        """Everything write-only mode needs before the first row: widths, panes, print setup."""
        ws = self.ws
        for index, column in enumerate(self.spec.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.row_dimensions[HEADER_ROW].height = 45
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages tall as needed
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.page_margins.header = ws.page_margins.footer = 0.3
        # The printed grid comes from gridlines rather than cell borders: a border would make every
        # empty cell a written, styled cell, a tenth of the export's time at 100,000 rows.
        ws.print_options.gridLines = True
        ws.HeaderFooter.oddFooter.center.text = translate("Export", "Page &P of &N")

    # -- prototype cells -------------------------------------------------------------------------

    def _proto(self, key: tuple[Any, ...], make: Callable[[WriteOnlyCell], None]) -> WriteOnlyCell:
        cell = self._protos.get(key)
        if cell is None:
            cell = _PrototypeCell(self.ws)
            make(cell)
            self._protos[key] = cell.freeze()
        return cell

    def _data_proto(self, index: int, colour: str | None, quote: bool, bold: bool) -> WriteOnlyCell:
        key = (index, colour, quote, bold)
        cell = self._protos.get(key)
        if cell is not None:
            return cell
        cell = _PrototypeCell(self.ws)
        kind = self.kinds[index]
        if kind == _DATE:
            cell.number_format = DATE_FORMAT
            cell.alignment = _TOP_CENTER
        elif kind == _INT:
            cell.number_format = INTEGER_FORMAT
            cell.alignment = _TOP
        else:
            cell.alignment = _TOP_WRAP if self.spec.columns[index].wrap else _TOP
        if quote:
            cell.quotePrefix = True
        if colour and colour in _FILLS:
            cell.fill = _FILLS[colour]
            cell.font = (_BOLD_FONTS if bold else _FONTS)[colour]
        elif bold:
            cell.font = _TOTAL_FONT
        self._protos[key] = cell.freeze()
        return cell

    # -- rows ---------------------------------------------------------------------------------

    def _text_cell(self, proto_key: tuple[Any, ...], make: Callable[[WriteOnlyCell], None], text: str) -> WriteOnlyCell:
        cell = self._proto(proto_key, make)
        cell.value = self.book.safe_text(text, self, 0, None)
        cell.data_type = "s"
        return cell

    def title_block(self, lines: Sequence[str]) -> None:
        def title(cell: WriteOnlyCell) -> None:
            cell.font = _TITLE_FONT

        def info(cell: WriteOnlyCell) -> None:
            cell.font = _INFO_FONT

        for number, line in enumerate(lines[:TITLE_ROWS]):
            key, make = (("title",), title) if number == 0 else (("info",), info)
            self.ws.append([self._text_cell(key, make, line)])
            self.row += 1
        while self.row < HEADER_ROW - 1:
            self.ws.append([])
            self.row += 1

    def header(self, colours: dict[int, str] | None = None) -> None:
        cells = []
        for index, column in enumerate(self.spec.columns):
            colour = (colours or {}).get(index)

            def make(cell: WriteOnlyCell, colour: str | None = colour) -> None:
                cell.font = _BOLD_FONTS.get(colour, _HEADER_FONT) if colour else _HEADER_FONT
                cell.fill = _FILLS.get(colour, _HEADER_FILL) if colour else _HEADER_FILL
                cell.alignment = _HEADER_ALIGN
                cell.border = _HEADER_BORDER

            cells.append(self._text_cell(("header", index), make, column.header(self.book.lang)))
        self.ws.append(cells)
        self.row += 1

    def append(self, values: Sequence[Any], colours: dict[int, str] | None = None, *,
               record_id: Any = None, bold: bool = False, data: bool = True) -> None:
        """One row; ``colours`` maps a column index to a colour key of ``_COLOURS``."""
        cells: list[WriteOnlyCell | None] = []
        kinds = self.kinds
        wrap_widths = self.wrap_widths
        protos = self._protos
        plain = self._plain
        book = self.book
        lines = 1
        for index, value in enumerate(values):
            if value is None or value == "":
                cells.append(None)
                continue
            colour = colours.get(index) if colours else None
            if kinds[index] is _TEXT:
                text = value if isinstance(value, str) else str(value)
                if len(text) > _ALWAYS_FITS or _NEEDS_CARE.search(text) is not None:
                    text = book.safe_text(text, self, index, record_id)
                width = wrap_widths[index]
                if width and (len(text) * 2 > width or "\n" in text):
                    n = _line_count(text, width)
                    if n > lines:
                        lines = n
                quote = text[0] in _FORMULA_START
                if colour or quote or bold:
                    cell = protos.get((index, colour, quote, bold)) or self._data_proto(index, colour, quote, bold)
                else:
                    cell = plain[index]
                cell.put_text(text)  # never a formula, whatever the text starts with
            else:
                if colour or bold:
                    cell = protos.get((index, colour, False, bold)) or self._data_proto(index, colour, False, bold)
                else:
                    cell = plain[index]
                if kinds[index] is _INT and type(value) is int:
                    cell.put_number(value)
                elif kinds[index] is _DATE and type(value) is dt.date:
                    cell.put_date(value)
                else:
                    cell.value = value  # anything else: openpyxl decides
            cells.append(cell)
        number = self.row + 1
        if lines > 1:
            self.ws.row_dimensions[number] = _row_height(lines)
        self.ws.append(cells)
        if lines > 1:
            del self.ws.row_dimensions[number]  # written already; 100,000 of them would only use memory
        self.row = number
        if data:
            self.data_rows += 1

    def finish(self, last_filter_row: int | None = None) -> None:
        """Autofilter over the header and the data rows (written at close in write-only mode)."""
        last = last_filter_row or max(self.row, HEADER_ROW)
        last_column = get_column_letter(len(self.spec.columns))
        self.ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last}"


_LINE_HEIGHT = 15.0  # points per line of the default 11-point font
_MAX_ROW_HEIGHT = 409.0  # Excel's largest row height
_WIDE = re.compile("[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                   "\uffe0-\uffe6\U00020000-\U0003fffd]")


@functools.lru_cache(maxsize=8192)  # partner, unit, meeting and agreement names repeat row after row
def _line_count(text: str, width: float) -> int:
    """Lines a wrapped cell needs at ``width`` (Excel character units), estimated.

    Written as the row height because LibreOffice keeps the default height of rows that come
    without one (wrapped lines then overlap the next row), and Excel does not grow them either.
    East Asian characters are twice as wide; whole-word wrapping loses about a tenth of a line.
    """
    capacity = int(max(width - 1.0, 1.0))
    if max(text) < "\u2e80":  # Latin and Vietnamese: one unit a character
        if "\n" not in text:
            return max(1, -(-int(len(text) * 1.1) // capacity))
        return sum(max(1, -(-int(len(p) * 1.1) // capacity)) for p in text.split("\n"))
    total = 0
    for paragraph in text.split("\n"):
        size = len(paragraph) + len(_WIDE.findall(paragraph))
        total += max(1, -(-int(size * 1.1) // capacity))
    return total


@functools.lru_cache(maxsize=64)
def _row_height(lines: int) -> dict[str, str]:
    """The row attributes for ``lines`` lines, in the form the write-only row writer merges in.

    openpyxl's ``WorksheetWriter.write_row`` does ``attrs.update(ws.row_dimensions.get(row))``; a
    RowDimension object there costs ~60 µs a row to build and serialise, this shared dict nothing.
    A test reads the heights back, so a change in openpyxl cannot go unnoticed.
    """
    height = min(_LINE_HEIGHT * lines, _MAX_ROW_HEIGHT)
    return {"ht": f"{height:g}", "customHeight": "1"}


def _cells_to_row(cells: Sequence[WriteOnlyCell | None], row_idx: int) -> Iterator[WriteOnlyCell]:
    for column, cell in enumerate(cells, 1):
        if cell is not None:
            cell.column = column
            cell.row = row_idx
            yield cell


def _stream_cells_directly(ws: Any) -> None:
    """Let a write-only sheet take our ready-made cells as they are.

    openpyxl's ``WriteOnlyWorksheet._values_to_row`` first tries each item as a plain value, which
    for a cell object means building a ``repr``, raising and catching a ValueError, then allocating a
    fresh cell after every styled one: about a fifth of the export's time for 100,000 rows. Every
    item we append is already a typed, styled cell (or None), so the conversion is skipped. The
    hook has had this name and signature since openpyxl 2.6; without it the normal path is used.
    """
    if callable(getattr(ws, "_values_to_row", None)):
        ws._values_to_row = _cells_to_row


def _discard(wb: Workbook) -> None:
    """Close and delete openpyxl's temporary sheet files after a failure or cancel.

    Write-only sheets stream into files in the system temp folder that openpyxl only removes when
    the workbook is saved (or at interpreter exit); a long-running window would collect them.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _save(wb: Workbook, path: Path) -> None:
    """``wb.save(path)``, with the zip closed even when a write fails.

    openpyxl's ``save_workbook`` leaves its ZipFile open when a write fails (a full disk); the
    ZipFile then tries again to finish the file whenever it is collected, fails again, and Python
    prints its traceback ("Exception ignored in ZipFile.__del__"). Here the zip is ours: on failure
    it is closed at once, its own complaints silenced, and only the first error is raised.
    """
    from openpyxl.writer.excel import ExcelWriter

    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()  # writes every part, then closes the archive
    except BaseException:
        with contextlib.suppress(Exception):
            archive.close()  # fails again on a full disk, but lets go of the file either way
        raise


def _workbook_is_complete(path: Path) -> bool:
    """Read back before it replaces anything: every part there and passing its CRC check."""
    return zip_is_complete(path, ("[Content_Types].xml", "xl/workbook.xml"))


# --------------------------------------------------------------------------------------------
# Words for the title block
# --------------------------------------------------------------------------------------------


def _labels(enum: type[StrEnum]) -> dict[str, str]:
    """Labels looked up once per export instead of once per cell."""
    return {member.value: label(enum, member.value) for member in enum}


def _partner_names(tracker: Tracker, ids: Iterable[int]) -> list[str]:
    names = []
    for partner_id in ids:
        try:
            names.append(tracker.get_partner(partner_id).name)
        except NotFoundError:
            names.append(f"#{partner_id}")
    return names


def describe_filters(tracker: Tracker, query: FollowUpQuery, lang: str | None = None) -> list[str]:
    """The filters of a follow-ups view in words, one item per filter, for the title block."""
    lang = lang or language()
    items: list[str] = []
    if query.partner_ids:
        items.append(translate("Export", "partner: {names}").format(
            names=", ".join(_partner_names(tracker, query.partner_ids))))
    if query.statuses:
        items.append(translate("Export", "status: {values}").format(
            values=", ".join(label(FollowUpStatus, s) for s in query.statuses)))
    if query.directions:
        items.append(translate("Export", "direction: {values}").format(
            values=", ".join(label(FollowUpDirection, d) for d in query.directions)))
    if query.unit_ids:
        units = {u.id: u.name for u in tracker.list_units(include_deleted=True)}
        items.append(translate("Export", "responsible unit: {values}").format(
            values=", ".join(units.get(i, f"#{i}") for i in query.unit_ids)))
    if query.category_ids:
        categories = {c.id: (c.name if lang == "vi" else c.name_en or c.name) for c in tracker.list_categories()}
        items.append(translate("Export", "category: {values}").format(
            values=", ".join(categories.get(i, f"#{i}") for i in query.category_ids)))
    if query.meeting_id is not None:
        try:
            meeting = tracker.get_meeting(query.meeting_id)
            text = f"{format_date(meeting.date)} {meeting.title}"
        except NotFoundError:
            text = f"#{query.meeting_id}"
        items.append(translate("Export", "raised at: {meeting}").format(meeting=text))
    if query.agreement_id is not None:
        try:
            text = tracker.get_agreement(query.agreement_id).title
        except NotFoundError:
            text = f"#{query.agreement_id}"
        items.append(translate("Export", "agreement: {agreement}").format(agreement=text))
    if query.due_from is not None:
        items.append(translate("Export", "due from {date}").format(date=format_date(query.due_from)))
    if query.due_to is not None:
        items.append(translate("Export", "due by {date}").format(date=format_date(query.due_to)))
    if query.overdue_only:
        items.append(translate("Export", "overdue only"))
    if query.awaiting_partner_only:
        items.append(translate("Export", "awaiting the partner only"))
    if query.text.strip():
        items.append(translate("Export", "search: “{text}”").format(text=query.text.strip()))
    if query.deleted:
        items.append(translate("Export", "deleted follow-ups"))
    return items


def _filters_line(items: list[str], others: bool = False) -> str:
    text = "; ".join(items) if items else translate("Export", "none (all records)")
    line = translate("Export", "Filters: {filters}").format(filters=text)
    if others:
        line += " " + translate("Export", "(the view's other filters apply to the Follow-ups sheet only)")
    return line


def default_file_name(today: dt.date | None = None, kind: str = "status") -> str:
    """hptracker-status-2026-11-22.xlsx (hptracker-meetings-… for a list): sorts by date in a
    folder listing."""
    return f"hptracker-{kind}-{(today or dt.date.today()).isoformat()}.xlsx"


# --------------------------------------------------------------------------------------------
# Rows of each sheet
# --------------------------------------------------------------------------------------------


class _Followups:
    """Follow-up rows → cell values, with the label look-ups done once."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.status = _labels(FollowUpStatus)
        self.timeliness = _labels(Timeliness)
        self.direction = _labels(FollowUpDirection)
        columns = [c.key for c in FOLLOWUPS.columns]
        self.status_col = columns.index("status")
        self.timeliness_col = columns.index("timeliness")

    def values(self, number: int, r: FollowUpRow) -> list[Any]:
        en = self.lang != "vi"
        raised = f"{format_date(r.meeting_date)} — {r.meeting_title}" if r.meeting_id is not None else None
        return [
            number,
            r.id,
            r.title,
            (r.partner_name_en or r.partner_name) if en else r.partner_name,
            self.direction.get(r.direction, r.direction),
            (r.category_en or r.category) if en else r.category,
            raised,
            r.agreement_title,
            r.unit_name,
            r.officer,
            format_due(r.due_date, r.due_precision, self.lang),
            self.status.get(r.status, r.status),
            self.timeliness.get(r.timeliness, r.timeliness),
            r.days_overdue,
            r.last_update,
            r.latest_note,
        ]

    def colours(self, r: FollowUpRow) -> dict[int, str]:
        return {self.status_col: _STATUS_KEYS.get(r.status, ""), self.timeliness_col: _TIMELINESS_KEYS.get(r.timeliness, "")}


def _agreement_values(number: int, a: AgreementRow, labels: dict[str, dict[str, str]]) -> list[Any]:
    return [
        number, a.id, labels["form"].get(a.form, a.form), a.title, a.reference, "; ".join(a.party_names),
        a.signing_unit, a.signed_date, a.effective_date, a.expiry_date,
        labels["status"].get(a.effective_status, a.effective_status), "; ".join(a.fields),
    ]


def _meeting_values(number: int, m: MeetingRow, labels: dict[str, dict[str, str]]) -> list[Any]:
    head = m.partner_head
    if m.partner_head_romanised:
        head = f"{head} ({m.partner_head_romanised})" if head else m.partner_head_romanised
    return [
        number, m.id, m.date, m.title, "; ".join(m.partner_names), labels["direction"].get(m.direction, m.direction),
        labels["format"].get(m.format, m.format), m.place, m.host_unit, m.our_lead, head, m.followups,
    ]


def _partner_values(number: int, p: PartnerRow, labels: dict[str, dict[str, str]]) -> list[Any]:
    return [
        number, p.id, p.name, p.name_en, p.name_native, "; ".join(p.aliases), labels["kind"].get(p.kind, p.kind),
        labels["level"].get(p.level, p.level) if p.level else None, p.country, p.parent_name,
        p.relationship_level, p.relationship_since, p.open_followups,
    ]


def _unique(rows: Iterable[Any]) -> Iterator[Any]:
    """Each record once (a meeting with two filtered partners, a row shifted between two pages)."""
    seen: set[int] = set()
    for row in rows:
        if row.id not in seen:
            seen.add(row.id)
            yield row


PAGE_SIZE = 2000


def _pages(fetch: Callable[..., list[Any]], **kwargs: Any) -> Iterator[Any]:
    """All rows of a Tracker list method, read a page at a time in its own stable order."""
    offset = 0
    while True:
        rows = fetch(offset=offset, limit=PAGE_SIZE, **kwargs)
        yield from rows
        if len(rows) < PAGE_SIZE:
            return
        offset += PAGE_SIZE


# --------------------------------------------------------------------------------------------
# The export
# --------------------------------------------------------------------------------------------


def export_workbook(tracker: Tracker, path: str | Path, query: FollowUpQuery | None = None, *,
                    lang: str | None = None, officer: str | None = None,
                    progress: Progress | None = None) -> ExportReport:
    """Write the status workbook of the follow-ups ``query`` selects (the view's filters and sort).

    The Agreements, Meetings and Partners sheets follow the view's partner filter when there is
    one; the title block of each sheet says which filters apply. ``lang`` chooses sheet names and
    headers; labels and title-block words come from the translator in force (the app and the CLI
    install the one for the same language). ``progress(done, total)`` is called every few hundred
    rows and may return False to cancel (:class:`ExportCancelled`). Raises
    :class:`~hptracker.core.files.FileWriteError` when the target cannot be written.
    """
    path = Path(path)
    query = query or FollowUpQuery()
    lang = lang or language()
    as_of = query.today or dt.date.today()
    query = dataclasses.replace(query, today=as_of)  # one "today" for every sheet
    officer = officer or tracker.officer

    labels = {
        "form": _labels(AgreementForm), "status": _labels(AgreementStatus), "direction": _labels(MeetingDirection),
        "format": _labels(MeetingFormat), "kind": _labels(PartnerKind), "level": _labels(GovLevel),
    }
    partner_ids = tuple(dict.fromkeys(query.partner_ids))

    # The three record lists are read page by page just before their sheet: a list of 33,000
    # meetings read at once would take 150 MB on its own.
    def agreements() -> Iterator[AgreementRow]:
        if partner_ids:
            return _unique(a for pid in partner_ids
                           for a in _pages(tracker.list_agreements, partner_id=pid, today=as_of))
        return _unique(_pages(tracker.list_agreements, today=as_of))

    def meetings() -> Iterator[MeetingRow]:
        if partner_ids:
            return _unique(m for pid in partner_ids for m in _pages(tracker.list_meetings, partner_id=pid))
        return _unique(_pages(tracker.list_meetings))

    def partners() -> Iterator[PartnerRow]:
        rows = _unique(_pages(tracker.list_partners))
        return (p for p in rows if p.id in partner_ids) if partner_ids else rows

    if partner_ids:
        others = sum(tracker.count_agreements(partner_id=p) + tracker.count_meetings(partner_id=p) for p in partner_ids)
        others += len(partner_ids)
    else:
        others = tracker.count_agreements() + tracker.count_meetings() + tracker.count_partners()
    ticker = _Progress(progress, tracker.count_followups(query) + others)
    ticker.report()

    filters = describe_filters(tracker, query, lang)
    partner_filter = filters[:1] if partner_ids else []

    def title_lines(sheet: Sheet, items: list[str], others: bool) -> list[str]:
        return [
            translate("Export", "Follow-up status report — {sheet}").format(sheet=sheet.title(lang)),
            translate("Export", "As of {date}").format(date=format_date(as_of)),
            translate("Export", "Officer: {name}").format(name=officer),
            _filters_line(items, others),
        ]

    report = ExportReport(path=path, lang=lang)
    try:
        with atomic_path(path, suffix=".xlsx", verify=_workbook_is_complete) as tmp:
            book = _Book(lang)
            try:
                # Sheets are created in tab order; each is written whenever its data is ready.
                summary = _SheetWriter(book, SUMMARY)
                followups = _SheetWriter(book, FOLLOWUPS)
                agreement_sheet = _SheetWriter(book, AGREEMENTS)
                meeting_sheet = _SheetWriter(book, MEETINGS)
                partner_sheet = _SheetWriter(book, PARTNERS)

                counts = _write_followups(followups, tracker, query, title_lines(FOLLOWUPS, filters, False), ticker)
                _write_summary(summary, counts, title_lines(SUMMARY, filters, False))
                for sheet, read, make in (
                    (agreement_sheet, agreements, _agreement_values),
                    (meeting_sheet, meetings, _meeting_values),
                    (partner_sheet, partners, _partner_values),
                ):
                    sheet.title_block(title_lines(sheet.spec, partner_filter, len(filters) > len(partner_filter)))
                    sheet.header()
                    status_col = _AGREEMENT_STATUS_COL if sheet is agreement_sheet else None
                    for number, row in enumerate(read(), 1):
                        colours = {status_col: f"agreement:{row.effective_status}"} if status_col else None
                        sheet.append(make(number, row, labels), colours, record_id=row.id)
                        ticker.step()
                    sheet.finish()
                if book.long_texts:
                    _write_long_texts(_SheetWriter(book, LONG_TEXTS), book,
                                      title_lines(LONG_TEXTS, [], False))
                ticker.report()
                _save(book.wb, tmp)
            except BaseException:
                _discard(book.wb)
                raise
            # Last chance to cancel: the file is complete but not yet in place.
            ticker.done = ticker.total
            ticker.report()
    except OSError as exc:  # disk full while saving, and the like
        raise write_error(path, exc) from None

    sheets = (summary, followups, agreement_sheet, meeting_sheet, partner_sheet)
    report.rows = {s.spec.key: s.data_rows for s in sheets}
    report.rows[LONG_TEXTS.key] = sum(len(item.parts) for item in book.long_texts)
    report.replaced_characters = book.replaced
    report.long_texts = len(book.long_texts)
    report.long_text_cells = [f"{item.sheet}!{item.cell}" for item in book.long_texts]
    return report


# The lists a page of the window shows, exported on their own (export_records): the sheet, the
# Tracker's list and count for it (the window's, which sorts by every column), and the row maker.
_LISTS: dict[str, tuple[Sheet, str, str, Callable[..., list[Any]]]] = {
    AGREEMENTS.key: (AGREEMENTS, "window_agreements", "count_agreements", _agreement_values),
    MEETINGS.key: (MEETINGS, "window_meetings", "count_meetings", _meeting_values),
    PARTNERS.key: (PARTNERS, "window_partners", "count_partners", _partner_values),
}


def export_records(tracker: Tracker, path: str | Path, kind: str, *, text: str = "", deleted: bool = False,
                   sort: str | None = None, descending: bool | None = None, lang: str | None = None,
                   officer: str | None = None, progress: Progress | None = None) -> ExportReport:
    """One sheet of the partners, meetings or agreements (``kind``) that a page of the window shows:
    the same search text, deleted switch and order. Written, checked and cancelled like
    :func:`export_workbook`."""
    spec, fetch_name, count_name, make = _LISTS[kind]
    path = Path(path)
    lang = lang or language()
    as_of = dt.date.today()
    officer = officer or tracker.officer
    labels = {
        "form": _labels(AgreementForm), "status": _labels(AgreementStatus), "direction": _labels(MeetingDirection),
        "format": _labels(MeetingFormat), "kind": _labels(PartnerKind), "level": _labels(GovLevel),
    }
    order: dict[str, Any] = {}
    if sort is not None:
        order["sort"] = sort
    if descending is not None:
        order["descending"] = descending
    if kind == AGREEMENTS.key:
        order["today"] = as_of
    ticker = _Progress(progress, getattr(tracker, count_name)(text, deleted=deleted))
    ticker.report()
    items = [translate("Export", "search: “{text}”").format(text=text.strip())] if text.strip() else []
    if deleted:
        items.append(translate("Export", "deleted records"))
    report = ExportReport(path=path, lang=lang, sheet=spec.key)
    try:
        with atomic_path(path, suffix=".xlsx", verify=_workbook_is_complete) as tmp:
            book = _Book(lang)
            try:
                sheet = _SheetWriter(book, spec)
                sheet.title_block([
                    translate("Export", "Follow-up status report — {sheet}").format(sheet=spec.title(lang)),
                    translate("Export", "As of {date}").format(date=format_date(as_of)),
                    translate("Export", "Officer: {name}").format(name=officer),
                    _filters_line(items),
                ])
                sheet.header()
                status_col = _AGREEMENT_STATUS_COL if spec is AGREEMENTS else None
                fetch = functools.partial(getattr(tracker, fetch_name), text, deleted=deleted, **order)
                for number, row in enumerate(_unique(_pages(fetch)), 1):
                    colours = {status_col: f"agreement:{row.effective_status}"} if status_col else None
                    sheet.append(make(number, row, labels), colours, record_id=row.id)
                    ticker.step()
                sheet.finish()
                if book.long_texts:
                    _write_long_texts(_SheetWriter(book, LONG_TEXTS), book, [spec.title(lang)])
                _save(book.wb, tmp)
            except BaseException:
                _discard(book.wb)
                raise
            ticker.done = ticker.total
            ticker.report()
    except OSError as exc:
        raise write_error(path, exc) from None
    report.rows = {spec.key: sheet.data_rows, LONG_TEXTS.key: sum(len(item.parts) for item in book.long_texts)}
    report.replaced_characters = book.replaced
    report.long_texts = len(book.long_texts)
    report.long_text_cells = [f"{item.sheet}!{item.cell}" for item in book.long_texts]
    return report


@dataclass
class _PartnerCounts:
    name: str
    statuses: dict[str, int] = field(default_factory=dict)
    timeliness: dict[str, int] = field(default_factory=dict)
    total: int = 0


def _write_followups(sheet: _SheetWriter, tracker: Tracker, query: FollowUpQuery, title: list[str],
                     ticker: _Progress) -> dict[int, _PartnerCounts]:
    """The Follow-ups sheet, streamed; returns the per-partner counts for the Summary."""
    sheet.title_block(title)
    sheet.header()
    rows = _Followups(sheet.book.lang)
    counts: dict[int, _PartnerCounts] = {}
    en = sheet.book.lang != "vi"
    for number, row in enumerate(tracker.iter_followups(query), 1):
        sheet.append(rows.values(number, row), rows.colours(row), record_id=row.id)
        entry = counts.get(row.partner_id)
        if entry is None:
            entry = counts[row.partner_id] = _PartnerCounts((row.partner_name_en or row.partner_name) if en else row.partner_name)
        entry.statuses[row.status] = entry.statuses.get(row.status, 0) + 1
        entry.timeliness[row.timeliness] = entry.timeliness.get(row.timeliness, 0) + 1
        entry.total += 1
        ticker.step()
    sheet.finish()
    return counts


def _write_summary(sheet: _SheetWriter, counts: dict[int, _PartnerCounts], title: list[str]) -> None:
    """Counts by status and timeliness per partner, then a total row outside the filter range."""
    sheet.title_block(title)
    keys = [c.key for c in SUMMARY.columns]
    sheet.header({i: k for i, k in enumerate(keys) if k in _FILLS})
    totals = _PartnerCounts(translate("Export", "Total"))
    ordered = sorted(counts.items(), key=lambda item: (sort_key(item[1].name), item[0]))

    def values(number: int | None, partner_id: int | None, entry: _PartnerCounts) -> list[Any]:
        result: list[Any] = []
        for key in keys:
            if key == "stt":
                result.append(number)
            elif key == "partner_id":
                result.append(partner_id)
            elif key == "partner":
                result.append(entry.name)
            elif key == "total":
                result.append(entry.total)
            else:
                group, value = key.split(":")
                bucket = entry.statuses if group == "status" else entry.timeliness
                result.append(bucket.get(value, 0))
        return result

    overdue_col = keys.index("timeliness:overdue")
    for number, (partner_id, entry) in enumerate(ordered, 1):
        row = values(number, partner_id, entry)
        sheet.append(row, {overdue_col: "timeliness:overdue"} if row[overdue_col] else None, record_id=partner_id)
        for key, n in entry.statuses.items():
            totals.statuses[key] = totals.statuses.get(key, 0) + n
        for key, n in entry.timeliness.items():
            totals.timeliness[key] = totals.timeliness.get(key, 0) + n
        totals.total += entry.total
    last_partner_row = sheet.row
    sheet.append(values(None, None, totals), bold=True, data=False)
    sheet.finish(max(last_partner_row, HEADER_ROW))


def _write_long_texts(sheet: _SheetWriter, book: _Book, title: list[str]) -> None:
    sheet.title_block(title)
    sheet.header()
    number = 0
    for item in book.long_texts:
        for part_no, part in enumerate(item.parts, 1):
            number += 1
            sheet.append([number, item.sheet, item.cell, item.record_id, part_no, len(item.parts), part])
    sheet.finish()
