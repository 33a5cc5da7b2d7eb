"""The periodic report (SPEC §10) as an Excel workbook, with native bar charts.

Sheets: the summary (period, cut-off date, the figures and a chart of the outcomes), the table by
unit (with a chart of each unit's outcomes and one of its on-time rate), one list per figure
(overdue, done late, done on time, dropped, open within the deadline), and the changes during the
period (new follow-ups, completed, status changes, due dates moved). Every sheet opens with the
title block that states the period and the data cut-off date (Decree 09/2019/NĐ-CP), has one
frozen header row with a filter, real date cells shown dd/mm/yyyy, and prints on A4 landscape,
fitted to the page width with the header repeated.

openpyxl in write-only mode streams the rows (a year's report at 100,000 follow-ups lists about
65,000 of them); the charts point at the cells of the figures, so they follow any correction made
in Excel. User text is always a text cell, never a formula; characters XML cannot hold are
replaced with U+FFFD and counted; a note longer than a cell holds is cut visibly, never silently.
The file goes through :func:`~hptracker.core.files.atomic_path`: a failure or a cancel leaves the
previous file untouched.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.marker import DataPoint
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

from .enums import FollowUpStatus
from .errors import HPTrackerError
from .files import atomic_path, write_error, zip_is_complete
from .i18n import translate
from .labels import label
from .report import LIST_ORDER, PeriodicReport, cutoff_line, list_title, made_line, origin_label, period_line, report_title
from .sheets import escape_xstring
from .stats import FIGURES, OVERDUE, ScopeRow, figure_label
from .text import format_due

__all__ = [
    "write_report_xlsx",
    "ReportWritten",
    "ReportCancelled",
    "TITLE_ROWS",
    "HEADER_ROW",
    "FIRST_DATA_ROW",
    "DATE_FORMAT",
    "RATE_FORMAT",
    "sheet_titles",
]

Progress = Callable[[int, int], "bool | None"]

TITLE_ROWS = 4
HEADER_ROW = TITLE_ROWS + 2
FIRST_DATA_ROW = HEADER_ROW + 1
DATE_FORMAT = "dd/mm/yyyy"
RATE_FORMAT = "0.0%"
PROGRESS_EVERY = 500
# Excel counts a cell's characters in UTF-16 units; text is cut well before, at a count of code
# points that cannot exceed it, with a note saying so.
_CELL_SAFE_LENGTH = 16000

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = frozenset("=+-@")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_HEADER_ALIGN = Alignment(vertical="center", horizontal="center", wrap_text=True)
_TITLE_FONT = Font(bold=True, size=14)
_INFO_FONT = Font(bold=True, color="1F3864")
_NOTE_FONT = Font(italic=True, color="404040")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")
_BOLD = Font(bold=True)
_OVERDUE_FONT = Font(color="9C0006")
# The outcomes in the order of the figures, coloured as on the Statistics page.
OUTCOME_ORDER = ("done_on_time", "done_late", "dropped", "overdue", "open_within_deadline")
OUTCOME_COLOURS = {
    "done_on_time": "4CAF50",
    "done_late": "FFB300",
    "dropped": "9E9E9E",
    "overdue": "E53935",
    "open_within_deadline": "42A5F5",
}


class ReportCancelled(HPTrackerError):
    """The officer cancelled; the previous file (if any) is untouched and nothing new was written."""

    def __init__(self) -> None:
        super().__init__(translate("Report", "The report was cancelled; no file was written."))


@dataclass
class ReportWritten:
    """What was written, for the message after it and for scripts."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)  # data rows per sheet title
    replaced_characters: int = 0
    cut_texts: int = 0

    def message(self) -> str:
        parts = [translate("Report", "Periodic report written to {path}.").format(path=self.path)]
        if self.replaced_characters:
            parts.append(
                translate("Report", "{n} characters that a spreadsheet cannot hold were replaced with �.").format(
                    n=self.replaced_characters
                )
            )
        if self.cut_texts:
            parts.append(
                translate("Report", "{n} notes too long for one cell were shortened (marked in the cell).").format(n=self.cut_texts)
            )
        return " ".join(parts)


def sheet_titles() -> dict[str, str]:
    """The sheets' titles in the UI language, by key (tests and the window look them up)."""
    titles = {
        "summary": translate("Report", "Summary"),
        "by_unit": translate("Report", "By unit"),
        "overdue": translate("Report", "Overdue"),
        "done_late": translate("Report", "Done late"),
        "done_on_time": translate("Report", "Done on time"),
        "dropped": translate("Report", "Dropped"),
        "open_within_deadline": translate("Report", "Within deadline"),
        "new": translate("Report", "New"),
        "completed": translate("Report", "Completed"),
        "status_changes": translate("Report", "Status changes"),
        "due_moves": translate("Report", "Due dates moved"),
    }
    return {key: _sheet_name(title) for key, title in titles.items()}


def _sheet_name(title: str) -> str:
    """A legal sheet name: at most 31 characters, none of []:*?/\\ (a translation could hold one)."""
    return re.sub(r"[\[\]:*?/\\]", "-", title)[:31] or "Sheet"


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


class _Counter:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, max(total, 1), 0

    def step(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % PROGRESS_EVERY == 0:
            self.report()

    def report(self) -> None:
        if self.progress is not None and self.progress(min(self.done, self.total), self.total) is False:
            raise ReportCancelled()


class _Sheet:
    """One write-only sheet: its layout is set before the first row, as streaming requires."""

    def __init__(self, book: _Book, title: str, columns: Sequence[tuple[str, float, str]]) -> None:
        self.book = book
        self.ws = book.wb.create_sheet(title)
        self.columns = columns  # (header, width, kind) with kind "text", "wrap", "int", "date", "rate"
        self.rows = 0
        ws = self.ws
        for index, (_header, width, _kind) in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.horizontalCentered = True
        ws.sheet_view.showGridLines = False
        ws.oddFooter.center.text = "&P / &N"
        self.kinds = [kind for _header, _width, kind in columns]
        self._protos: dict[tuple[int, str, bool, bool, bool], WriteOnlyCell] = {}

    def title_block(self, lines: Sequence[str]) -> None:
        for number, line in enumerate(lines):
            cell = WriteOnlyCell(self.ws, value=self.book.text(line))
            cell.data_type = "s"
            cell.font = _TITLE_FONT if number == 0 else _INFO_FONT if number < 3 else _NOTE_FONT
            self.ws.append([cell])
        for _ in range(TITLE_ROWS - len(lines) + 1):
            self.ws.append([])

    def header(self) -> None:
        # Tall enough for a header of three wrapped lines ("Open within deadline" in a narrow column).
        self.ws.row_dimensions[HEADER_ROW] = _row_height(3)
        cells = []
        for header, _width, _kind in self.columns:
            cell = WriteOnlyCell(self.ws, value=self.book.text(header))
            cell.data_type = "s"
            cell.font, cell.fill, cell.alignment, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN, _BORDER
            cells.append(cell)
        self.ws.append(cells)

    def _proto(self, index: int, kind: str, bold: bool, red: bool, quote: bool) -> WriteOnlyCell:
        """The styled cell of one column (and variant), re-filled row after row.

        A write-only sheet serialises a row the moment it is appended, so one cell object per
        column and style serves every row: styling each new cell cost two thirds of the time.
        """
        key = (index, kind, bold, red, quote)
        cell = self._protos.get(key)
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            cell.alignment = _TOP_WRAP if kind == "wrap" else _TOP
            cell.border = _BORDER
            if kind in ("int", "rate", "date"):
                cell.number_format = {"int": "#,##0", "rate": RATE_FORMAT, "date": DATE_FORMAT}[kind]
            if bold:
                cell.font = _BOLD
            elif red:
                cell.font = _OVERDUE_FONT
            if quote:
                cell.quotePrefix = True  # Excel keeps it text when the cell is edited
            self._protos[key] = cell
        return cell

    def append(self, values: Sequence[Any], bold: bool = False, red: int | None = None, kinds: Sequence[str] | None = None) -> None:
        """One data row; ``kinds`` overrides the columns' kinds for this row (a rate under counts)."""
        cells = []
        kinds = kinds or self.kinds
        lines = 1
        for index, (value, kind) in enumerate(zip(values, kinds, strict=True)):
            if value is None or value == "":
                cell = self._proto(index, kind, bold, index == red, False)
                cell.value = None
            elif kind in ("int", "rate", "date"):
                cell = self._proto(index, kind, bold, index == red, False)
                cell.value = value
            else:
                text = self.book.text(str(value))
                cell = self._proto(index, kind, bold, index == red, text[:1] in _FORMULA_START)
                cell.value = escape_xstring(text)
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if kind == "wrap":
                    lines = max(lines, _line_count(text, self.columns[index][1]))
            cells.append(cell)
        if lines > 1:  # neither Excel nor LibreOffice grows a row for wrapped text written this way
            self.ws.row_dimensions[FIRST_DATA_ROW + self.rows] = _row_height(lines)
        self.ws.append(cells)
        self.rows += 1
        self.book.counter.step()

    def note(self, text: str, row: int | None = None) -> None:
        """A line of explanation under a table, wrapped in the first column (``row``: its number,
        to give it the height of its lines)."""
        cell = WriteOnlyCell(self.ws, value=self.book.text(text))
        cell.data_type = "s"
        cell.font = _NOTE_FONT
        cell.alignment = _TOP_WRAP
        if row is not None:
            self.ws.row_dimensions[row] = _row_height(_line_count(text, self.columns[0][1]))
        self.ws.append([cell])

    def finish(self) -> None:
        last_column = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{HEADER_ROW + max(self.rows, 1)}"


_LINE_HEIGHT = 15.0
_MAX_ROW_HEIGHT = 409.0  # Excel's limit


def _line_count(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (a generous estimate)."""
    capacity = max(1, int(width * 1.05))
    return sum(max(1, -(-int(len(paragraph) * 1.1) // capacity)) for paragraph in text.split("\n"))


@functools.lru_cache(maxsize=64)
def _row_height(lines: int) -> dict[str, str]:
    """Row attributes for ``lines`` lines, in the form the write-only row writer merges in
    (``WorksheetWriter.write_row`` updates a row's attributes from ``ws.row_dimensions``); a
    shared dict costs nothing, a RowDimension per row would. A test reads the heights back."""
    return {"ht": f"{min(_LINE_HEIGHT * lines, _MAX_ROW_HEIGHT):g}", "customHeight": "1"}


class _Book:
    def __init__(self, counter: _Counter) -> None:
        self.wb = Workbook(write_only=True)
        self.counter = counter
        self.replaced = 0
        self.cut = 0

    def text(self, value: str) -> str:
        """Text a cell can hold: characters XML cannot hold replaced (and counted), a text longer than a
        cell cut with a visible note (and counted)."""
        if _NOT_XML.search(value):
            value, count = _NOT_XML.subn("\ufffd", value)
            self.replaced += count
        if len(value) > _CELL_SAFE_LENGTH:
            self.cut += 1
            value = value[:_CELL_SAFE_LENGTH] + translate(
                "Report", " … [shortened: the whole text is in the follow-up's history in hptracker]"
            )
        return value


def _title_lines(report: PeriodicReport, sheet_title: str) -> list[str]:
    return [f"{report_title()} — {sheet_title}", period_line(report), cutoff_line(report), made_line(report)]


_LIST_COLUMNS_KEYS = (
    "stt",
    "id",
    "title",
    "partner",
    "unit",
    "officer",
    "category",
    "raised_on",
    "due",
    "status",
    "closed_on",
    "origin",
    "days_overdue",
)


def _list_columns() -> list[tuple[str, float, str]]:
    return [
        (translate("Report", "No."), 6, "int"),
        (translate("Report", "ID"), 8, "int"),
        (translate("Report", "Follow-up"), 44, "wrap"),
        (translate("Report", "Partner"), 22, "wrap"),
        (translate("Report", "Unit"), 20, "wrap"),
        (translate("Report", "Officer"), 15, "wrap"),
        (translate("Report", "Category"), 16, "wrap"),
        (translate("Report", "Raised on"), 11, "date"),
        (translate("Report", "Due"), 11, "text"),
        (translate("Report", "Status at the cut-off date"), 14, "wrap"),
        (translate("Report", "Done or dropped on"), 11, "date"),
        (translate("Report", "Carried over or new"), 11, "wrap"),
        (translate("Report", "Days overdue"), 9, "int"),
    ]


def _list_values(report: PeriodicReport, number: int, row: ScopeRow, statuses: dict[str, str]) -> list[Any]:
    closed = row.status in (FollowUpStatus.DONE, FollowUpStatus.DROPPED)
    return [
        number,
        row.id,
        row.title,
        row.partner,
        row.unit,
        row.officer,
        row.category,
        row.raised_on,
        format_due(row.due_date, row.due_precision, report.lang),
        statuses[row.status],
        row.since if closed else None,
        origin_label(row.origin),
        report.days_overdue(row),
    ]


def _write_list(
    book: _Book, report: PeriodicReport, title: str, heading: str, rows: Sequence[ScopeRow], statuses: dict[str, str]
) -> _Sheet:
    sheet = _Sheet(book, title, _list_columns())
    sheet.title_block(_title_lines(report, heading))
    sheet.header()
    red = _LIST_COLUMNS_KEYS.index("days_overdue")
    for number, row in enumerate(rows, 1):
        sheet.append(_list_values(report, number, row, statuses), red=red if row.outcome == OVERDUE else None)
    sheet.finish()
    return sheet


def _bar_chart(title: str) -> BarChart:
    """Horizontal bars listed top to bottom in the table's order."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = title
    chart.x_axis.scaling.orientation = "maxMin"
    return chart


def _write_summary(book: _Book, report: PeriodicReport, title: str) -> _Sheet:
    sheet = _Sheet(book, title, [(translate("Report", "Figure"), 60, "text"), (translate("Report", "Follow-ups"), 16, "int")])
    sheet.title_block(_title_lines(report, title))
    sheet.header()
    total = report.by_unit.total
    sheet.append([figure_label("total"), total.total], bold=True)
    for name in FIGURES:
        sheet.append([figure_label(name), total.value(name)])
    sheet.append([figure_label("on_time_rate"), total.on_time_rate], bold=True, kinds=("text", "rate"))
    sheet.ws.append([])
    notes = [
        translate(
            "Report",
            "In scope: raised on or before the cut-off date, not deleted, and not done or dropped "
            "before the period began; carried over = raised before the period, new = raised "
            "during it.",
        ),
        translate("Report", "On-time rate = done on time / (done on time + done late + overdue)."),
        translate(
            "Report",
            "Each figure is read from the progress log as it stood on the cut-off date: work recorded later does not change this report.",
        ),
    ]
    for number, text in enumerate(notes):
        sheet.note(text, row=FIRST_DATA_ROW + sheet.rows + 1 + number)
    # The outcomes (rows of done on time … open within deadline) as a bar chart under the notes.
    first_outcome = FIRST_DATA_ROW + 1 + FIGURES.index("done_on_time")
    last_outcome = first_outcome + 4
    chart = _bar_chart(translate("Report", "Follow-ups in scope by outcome at the cut-off date"))
    chart.legend = None
    chart.add_data(Reference(sheet.ws, min_col=2, min_row=first_outcome, max_row=last_outcome), titles_from_data=False)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=first_outcome, max_row=last_outcome))
    # One colour per outcome, as on the Statistics page (a data point per bar).
    for index, outcome in enumerate(OUTCOME_ORDER):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = OUTCOME_COLOURS[outcome]
        chart.series[0].dPt.append(point)
    chart.height, chart.width = 8, 18
    sheet.ws.add_chart(chart, f"A{FIRST_DATA_ROW + sheet.rows + 6}")
    sheet.finish()
    return sheet


def _write_units(book: _Book, report: PeriodicReport, title: str) -> _Sheet:
    columns = [(translate("Report", "Unit"), 34, "wrap"), (figure_label("total"), 10, "int")]
    columns += [(figure_label(name), 11, "int") for name in FIGURES]
    columns.append((figure_label("on_time_rate"), 11, "rate"))
    sheet = _Sheet(book, title, columns)
    sheet.title_block(_title_lines(report, title))
    sheet.header()
    groups = report.by_unit.groups
    for group in groups:
        figures = group.figures
        sheet.append([group.name, figures.total, *(figures.value(n) for n in FIGURES), figures.on_time_rate])
    total = report.by_unit.total
    sheet.append([translate("Report", "Total"), total.total, *(total.value(n) for n in FIGURES), total.on_time_rate], bold=True)
    sheet.finish()
    if groups:
        first, last = FIRST_DATA_ROW, FIRST_DATA_ROW + len(groups) - 1
        names = Reference(sheet.ws, min_col=1, min_row=first, max_row=last)
        outcome_columns = [2 + 1 + FIGURES.index(name) for name in OUTCOME_ORDER]
        outcomes = _bar_chart(translate("Report", "Outcomes by unit at the cut-off date"))
        outcomes.grouping = "stacked"
        outcomes.overlap = 100
        for column in outcome_columns:
            outcomes.add_data(Reference(sheet.ws, min_col=column, min_row=HEADER_ROW, max_row=last), titles_from_data=True)
        for series, outcome in zip(outcomes.series, OUTCOME_ORDER, strict=True):
            series.graphicalProperties.solidFill = OUTCOME_COLOURS[outcome]
            series.graphicalProperties.line.solidFill = OUTCOME_COLOURS[outcome]
        outcomes.set_categories(names)
        outcomes.legend.position = "b"
        height = max(7.5, 0.9 * len(groups) + 5)
        outcomes.height, outcomes.width = height + 1.5, 14
        anchor_row = last + 4  # under the total row, with a blank line
        # The charts print on a page of their own rather than cut across two.
        sheet.ws.row_breaks.append(Break(id=anchor_row - 1))
        sheet.ws.add_chart(outcomes, f"A{anchor_row}")
        rates = _bar_chart(translate("Report", "On-time rate by unit"))
        rates.legend = None
        rate_column = len(columns)
        rates.add_data(Reference(sheet.ws, min_col=rate_column, min_row=first, max_row=last), titles_from_data=False)
        rates.series[0].graphicalProperties.solidFill = OUTCOME_COLOURS["done_on_time"]
        rates.set_categories(names)
        rates.y_axis.number_format = "0%"
        rates.y_axis.scaling.min = 0
        rates.y_axis.scaling.max = 1
        rates.height, rates.width = outcomes.height, 12
        sheet.ws.add_chart(rates, f"F{anchor_row}")  # beside the first: one page holds both
    return sheet


def _write_status_changes(book: _Book, report: PeriodicReport, title: str) -> _Sheet:
    sheet = _Sheet(
        book,
        title,
        [
            (translate("Report", "No."), 6, "int"),
            (translate("Report", "Date"), 11, "date"),
            (translate("Report", "ID"), 8, "int"),
            (translate("Report", "Follow-up"), 44, "wrap"),
            (translate("Report", "From"), 15, "wrap"),
            (translate("Report", "To"), 15, "wrap"),
            (translate("Report", "Note"), 40, "wrap"),
            (translate("Report", "Officer"), 16, "wrap"),
        ],
    )
    sheet.title_block(_title_lines(report, title))
    sheet.header()
    for number, change in enumerate(report.changes.status_changes, 1):
        sheet.append(
            [
                number,
                change.date,
                change.followup_id,
                change.title,
                label(FollowUpStatus, change.old_status),
                label(FollowUpStatus, change.new_status),
                change.note,
                change.officer,
            ]
        )
    sheet.finish()
    return sheet


def _write_due_moves(book: _Book, report: PeriodicReport, title: str) -> _Sheet:
    sheet = _Sheet(
        book,
        title,
        [
            (translate("Report", "No."), 6, "int"),
            (translate("Report", "Date"), 11, "date"),
            (translate("Report", "ID"), 8, "int"),
            (translate("Report", "Follow-up"), 50, "wrap"),
            (translate("Report", "From"), 14, "text"),
            (translate("Report", "To"), 14, "text"),
            (translate("Report", "Officer"), 18, "wrap"),
        ],
    )
    sheet.title_block(_title_lines(report, title))
    sheet.header()
    none = translate("Report", "none")
    for number, move in enumerate(report.changes.due_moves, 1):
        sheet.append(
            [
                number,
                move.at.date(),
                move.followup_id,
                move.title,
                format_due(move.old_date, move.old_precision, report.lang) or none,
                format_due(move.new_date, move.new_precision, report.lang) or none,
                move.officer,
            ]
        )
    sheet.finish()
    return sheet


def _workbook_is_complete(path: Path) -> bool:
    return zip_is_complete(path, ("[Content_Types].xml", "xl/workbook.xml"))


def _discard(wb: Workbook) -> None:
    """Close and delete openpyxl's temporary sheet files after a failure or a cancel."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)  # the row generator first, or it writes into a closed file later
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def write_report_xlsx(report: PeriodicReport, path: str | Path, progress: Progress | None = None) -> ReportWritten:
    """Write the workbook at ``path`` (replaced only once the new file is complete)."""
    path = Path(path)
    titles = sheet_titles()
    statuses = {s.value: label(FollowUpStatus, s.value) for s in FollowUpStatus}
    outcome_rows = {outcome: report.outcome_rows(outcome) for outcome in LIST_ORDER}
    new_rows, completed = report.new_rows(), report.completed_rows()
    total = (
        sum(len(rows) for rows in outcome_rows.values())
        + len(new_rows)
        + len(completed)
        + len(report.changes.status_changes)
        + len(report.changes.due_moves)
    )
    counter = _Counter(progress, total)
    book = _Book(counter)
    written = ReportWritten(path)
    try:
        with atomic_path(path, suffix=".xlsx", verify=_workbook_is_complete) as tmp:
            sheets = [_write_summary(book, report, titles["summary"]), _write_units(book, report, titles["by_unit"])]
            for outcome in LIST_ORDER:
                sheets.append(_write_list(book, report, titles[outcome], list_title(outcome), outcome_rows[outcome], statuses))
            sheets.append(_write_list(book, report, titles["new"], translate("Report", "New follow-ups"), new_rows, statuses))
            sheets.append(_write_list(book, report, titles["completed"], translate("Report", "Completed"), completed, statuses))
            sheets.append(_write_status_changes(book, report, titles["status_changes"]))
            sheets.append(_write_due_moves(book, report, titles["due_moves"]))
            counter.report()
            book.wb.save(tmp)
    except ReportCancelled:
        _discard(book.wb)
        raise
    except OSError as exc:
        _discard(book.wb)
        raise write_error(path, exc) from None
    except BaseException:
        _discard(book.wb)
        raise
    written.rows = {sheet.ws.title: sheet.rows for sheet in sheets}
    written.replaced_characters = book.replaced
    written.cut_texts = book.cut
    return written
