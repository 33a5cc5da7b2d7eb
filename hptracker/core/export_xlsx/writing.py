"""Writing sheets with openpyxl in write-only mode: prototype cells re-filled for each row, row
heights, the Long texts sheet, and saving through an atomic file."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from ..files import zip_is_complete
from ..i18n import translate
from ..library_internals import append_cells_as_they_are
from ..sheets import CELL_TEXT_LIMIT, LONG_TEXTS, Sheet, escape_xstring
from .layout import (
    _ALWAYS_FITS,
    _BOLD_FONTS,
    _DATA_BORDER,
    _DATE,
    _FILLS,
    _FONTS,
    _FORMULA_START,
    _HEADER_ALIGN,
    _HEADER_BORDER,
    _HEADER_FILL,
    _HEADER_FONT,
    _INFO_FONT,
    _INT,
    _KINDS,
    _NEEDS_CARE,
    _NOT_XML,
    _REPLACEMENT,
    _TEXT,
    _TITLE_FONT,
    _TOP,
    _TOP_CENTER,
    _TOP_WRAP,
    _TOTAL_FONT,
    DATE_FORMAT,
    FIRST_DATA_ROW,
    HEADER_ROW,
    INTEGER_FORMAT,
    LONG_NOTE_START,
    PROGRESS_EVERY,
    TITLE_ROWS,
    ExportCancelled,
    Progress,
    _cell_size,
    split_text,
)

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

    # openpyxl has no types: mypy sees this class's __slots__ but not Cell's, which hold _value and
    # data_type; and it takes _value's type from its first assignment here.

    def put_text(self, text: str) -> None:
        """A string cell, never a formula. ``text`` has been through :meth:`_Book.safe_text` or its
        fast check, which is stricter than openpyxl's own check (that would also cut at 32,767)."""
        self._value = text  # type: ignore[misc]
        self.data_type = "s"  # type: ignore[misc]

    def put_number(self, value: int | float) -> None:
        self._value = value  # type: ignore[misc, assignment]
        self.data_type = "n"  # type: ignore[misc]

    def put_date(self, value: dt.date) -> None:
        self._value = value  # type: ignore[misc, assignment]
        self.data_type = "d"  # type: ignore[misc]


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
        note = (
            LONG_NOTE_START
            + translate("Export", "text too long for one cell: the whole text is in sheet “{sheet}”, from row {row}").format(
                sheet=LONG_TEXTS.title(self.lang), row=row
            )
            + "]"
        )
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
        self.printed = spec.print_columns if spec.print_columns is not None else len(spec.columns)
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
        # No print gridlines (they would rule the title block too): data cells carry a border, and
        # an empty cell is written (styled, no value) only in the printed columns.
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
        cell.border = _DATA_BORDER
        if quote:
            cell.quotePrefix = True
        if colour and colour in _FILLS:
            cell.fill = _FILLS[colour]
            cell.font = (_BOLD_FONTS if bold else _FONTS)[colour]
        elif bold:
            cell.font = _TOTAL_FONT
        self._protos[key] = cell.freeze()
        return cell

    def _empty(self, index: int, colour: str | None) -> WriteOnlyCell:
        """A styled cell without a value: the grid (and a changed row's fill) where nothing is."""
        key = ("empty", index, colour)
        cell = self._protos.get(key)
        if cell is None:
            cell = _PrototypeCell(self.ws)
            cell.border = _DATA_BORDER
            if colour and colour in _FILLS:
                cell.fill = _FILLS[colour]
            self._protos[key] = cell = cell.freeze()
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

    def append(
        self, values: Sequence[Any], colours: dict[int, str] | None = None, *, record_id: Any = None, bold: bool = False, data: bool = True
    ) -> None:
        """One row; ``colours`` maps a column index to a colour key of ``_COLOURS``."""
        cells: list[WriteOnlyCell | None] = []
        kinds = self.kinds
        wrap_widths = self.wrap_widths
        protos = self._protos
        plain = self._plain
        book = self.book
        lines = 1
        printed = self.printed
        for index, value in enumerate(values):
            if value is None or value == "":
                if index < printed or (colours and colours.get(index)):
                    cells.append(self._empty(index, colours.get(index) if colours else None))
                else:
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
        if self.spec.print_columns is not None:
            self.ws.print_area = f"A1:{get_column_letter(self.printed)}{max(self.row, HEADER_ROW)}"


_LINE_HEIGHT = 15.0  # points per line of the default 11-point font
_MAX_ROW_HEIGHT = 409.0  # Excel's largest row height
_WIDE = re.compile("[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


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
    append_cells_as_they_are(ws, _cells_to_row)


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
