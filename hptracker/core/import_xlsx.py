"""Reading status spreadsheets back in (SPEC §3): the exporter's own workbook and hand-typed ones.

Officers keep follow-ups in Excel and departments report progress by filling in an exported sheet,
so the importer accepts what people really type (dates as cells or text, statuses in either
language, NFD text, headers in any order and either language) and turns it into a preview first:
nothing is written until every row is valid, then everything goes in one transaction whose audit
entries name the file.

Scope: only follow-ups are imported. Summary, Partners, Agreements and Meetings sheets are reports
computed from the database (counts, joined names) rather than something an officer edits to change
records, so they are listed as skipped. Hidden sheets are never read: what the officer cannot see in
Excel must not silently change the database; the preview says which sheets were hidden.

Files are hostile until proven otherwise: the signature is checked before openpyxl sees the file
(an encrypted workbook is an OLE container, not a zip), the zip's declared sizes are checked against
limits (zip bombs), rows are streamed in read-only mode and capped, formulas are never evaluated
(their cached values are read; a formula without one is a problem).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import threading
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError, iterparse

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy import inspect as sa_inspect

from .enums import AuditAction, FollowUpDirection, FollowUpStatus, PartnerKind, Priority
from .errors import HPTrackerError, ValidationError
from .i18n import language, translate
from .labels import label, value_for_label
from .models import Agreement, Category, Contact, Field, FollowUp, Partner, Unit, followup_fields
from .sheets import (
    AGREEMENTS,
    FOLLOWUPS,
    LONG_TEXTS,
    MEETINGS,
    PARTNERS,
    SUMMARY,
    Column,
    unescape_xstring,
)
from .text import Due, DuePrecision, clean, fold, format_date, format_due, parse_due
from .tracker import FOLLOWUP_FIELDS, Batch, Draft, FollowUpQuery, FollowUpRow, Tracker
from .validate import Spec, clean_value

__all__ = [
    "MAX_ROWS",
    "ImportFileError",
    "ImportProblemsError",
    "ImportStaleError",
    "Problem",
    "FieldChange",
    "PlannedCreate",
    "PlannedUpdate",
    "ImportPreview",
    "ImportResult",
    "preview_import",
    "apply_import",
]

MAX_ROWS = 200_000  # data rows per sheet; far beyond any real follow-up list
MAX_COLUMNS = 200  # headers searched beyond this column are ignored
HEADER_SCAN_ROWS = 50  # the title block is a handful of rows; the header is somewhere near the top
MAX_UNCOMPRESSED = 400 * 1024 * 1024  # 200,000 rows of 16 columns fit well inside this
MAX_MEMBERS = 10_000
MAX_RATIO = 500  # compression ratio above which a large member is a zip bomb (xlsx XML: ~5–100)
_RATIO_MIN_SIZE = 1024 * 1024

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_EXCEL_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                 "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!"}

# Columns a hand-typed list often has that the exporter does not write.
DETAILS = Column("details", "Details", "Chi tiết")
PRIORITY = Column("priority", "Priority", "Mức độ ưu tiên")
_EXTRA_COLUMNS = (DETAILS, PRIORITY)
# Other headers officers use for the same columns (folded).
_HEADER_ALIASES = {
    "noi dung": "title", "tieu de": "title", "kien nghi": "title", "noi dung de nghi": "title",
    "request": "title", "follow-up": "title",
    "ten doi tac": "partner",
    "han": "due", "han hoan thanh": "due", "thoi han hoan thanh": "due", "deadline": "due",
    "due date": "due",
    "trang thai": "status",
    "don vi": "unit", "don vi thuc hien": "unit", "unit": "unit",
    "can bo": "officer", "can bo phu trach": "officer", "nguoi theo doi": "officer",
    "ghi chu": "latest_note", "note": "latest_note", "notes": "latest_note", "progress note": "latest_note",
    "mo ta": "details", "description": "details",
    "uu tien": "priority", "muc uu tien": "priority",
    "danh muc": "category",
}
# Computed on export (SPEC §1: timeliness is never typed); ignored on import.
COMPUTED_KEYS = frozenset({"stt", "raised_at", "timeliness", "days_overdue", "last_update"})

# SPEC §1 names and the Vietnamese labels of resources/translations, accepted whatever the UI
# language is now: a workbook exported in Vietnamese comes back to an officer working in English.
_STATUS_WORDS = {
    "chua trien khai": FollowUpStatus.NOT_STARTED, "chua thuc hien": FollowUpStatus.NOT_STARTED,
    "dang thuc hien": FollowUpStatus.IN_PROGRESS, "dang trien khai": FollowUpStatus.IN_PROGRESS,
    "cho phia ban": FollowUpStatus.AWAITING_PARTNER,
    "tam dung": FollowUpStatus.ON_HOLD,
    "da hoan thanh": FollowUpStatus.DONE, "hoan thanh": FollowUpStatus.DONE,
    "khong thuc hien": FollowUpStatus.DROPPED,
    "not started": FollowUpStatus.NOT_STARTED, "in progress": FollowUpStatus.IN_PROGRESS,
    "awaiting partner": FollowUpStatus.AWAITING_PARTNER, "on hold": FollowUpStatus.ON_HOLD,
    "done": FollowUpStatus.DONE, "dropped": FollowUpStatus.DROPPED,
}
_DIRECTION_WORDS = {
    "de nghi cua ta": FollowUpDirection.OURS, "kien nghi cua ta": FollowUpDirection.OURS,
    "phia ta de nghi": FollowUpDirection.OURS, "ta de nghi": FollowUpDirection.OURS,
    "de nghi cua ta voi phia ban": FollowUpDirection.OURS, "phia ta": FollowUpDirection.OURS,
    "de nghi cua ta voi doi tac": FollowUpDirection.OURS, "de nghi cua doi tac voi ta": FollowUpDirection.THEIRS,
    "de nghi cua doi tac": FollowUpDirection.THEIRS, "kien nghi cua doi tac": FollowUpDirection.THEIRS,
    "de nghi cua phia ban": FollowUpDirection.THEIRS, "kien nghi cua phia ban": FollowUpDirection.THEIRS,
    "phia ban de nghi": FollowUpDirection.THEIRS, "ban de nghi": FollowUpDirection.THEIRS,
    "de nghi cua phia ban voi ta": FollowUpDirection.THEIRS, "phia ban": FollowUpDirection.THEIRS,
    "cam ket chung": FollowUpDirection.JOINT, "cam ket cua hai ben": FollowUpDirection.JOINT,
    "hai ben": FollowUpDirection.JOINT, "chung": FollowUpDirection.JOINT,
    "our request": FollowUpDirection.OURS, "partner's request": FollowUpDirection.THEIRS,
    "their request": FollowUpDirection.THEIRS, "joint": FollowUpDirection.JOINT,
}
_PRIORITY_WORDS = {"thap": Priority.LOW, "binh thuong": Priority.NORMAL, "cao": Priority.HIGH}

_SPECS = {spec.name: spec for spec in FOLLOWUP_FIELDS}
_NOTE = Spec("note", "text", label="Note")
_PARTNER_NAME = Spec("name", "text", required=True, label="Partner", max_length=300)


# --------------------------------------------------------------------------------------------
# Errors and plain results
# --------------------------------------------------------------------------------------------


class ImportFileError(HPTrackerError):
    """The file cannot be read as a workbook at all; nothing was read or written."""


class ImportProblemsError(HPTrackerError):
    """Apply was asked for a preview that still has problems; nothing was written."""


class ImportStaleError(HPTrackerError):
    """The database changed between the preview and Apply; nothing was written."""


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None  # letter and header, e.g. "L (Status)"
    message: str

    def text(self) -> str:
        if self.row is not None and self.column:
            template = translate("Import", "{sheet}, row {row}, column {column}: {message}")
        elif self.row is not None:
            template = translate("Import", "{sheet}, row {row}: {message}")
        elif self.column:
            template = translate("Import", "{sheet}, column {column}: {message}")
        else:
            template = translate("Import", "{sheet}: {message}")
        return template.format(sheet=self.sheet, row=self.row, column=self.column, message=self.message)


@dataclass(frozen=True)
class FieldChange:
    field: str  # follow-up field key (sheets.FOLLOWUPS column key)
    label: str  # the header as the workbook wrote it
    old: str
    new: str


@dataclass
class PlannedCreate:
    sheet: str
    row: int
    title: str
    partner: str
    due: str
    status: str
    note: str | None
    values: dict[str, Any]  # for Tracker._create_followup (partner_id filled at apply for new partners)
    new_partner: str | None = None  # folded key of a partner created by this import


@dataclass
class PlannedUpdate:
    sheet: str
    row: int
    followup_id: int
    title: str
    changes: list[FieldChange]
    values: dict[str, Any]  # for Tracker._apply_followup
    expected: dict[str, Any]  # attribute values seen by the preview, checked again at apply
    status: str | None = None  # new status, when it changes
    note: str | None = None  # new progress note
    new_partner: str | None = None

    @property
    def writes_progress(self) -> bool:
        return self.status is not None or self.note is not None


@dataclass
class ImportPreview:
    path: Path
    create_partners: bool
    sheets: list[str] = field(default_factory=list)
    creates: list[PlannedCreate] = field(default_factory=list)
    updates: list[PlannedUpdate] = field(default_factory=list)
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)  # (sheet, "C (header)")
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)  # (sheet, reason)
    notices: list[str] = field(default_factory=list)
    new_partners: dict[str, str] = field(default_factory=dict)  # folded key → name as typed

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def has_changes(self) -> bool:
        return bool(self.creates or self.updates)

    def counts_line(self) -> str:
        return translate(
            "Import", "{create} to create, {update} to update, {unchanged} unchanged, {partners} new partners, "
                      "{problems} problems"
        ).format(create=len(self.creates), update=len(self.updates), unchanged=self.unchanged,
                 partners=len(self.new_partners), problems=len(self.problems))

    def summary_lines(self, limit: int | None = None) -> list[str]:
        """The preview as text, for the command line."""
        lines = [translate("Import", "File: {name}").format(name=self.file_name), self.counts_line()]
        if self.updates:
            lines.append(translate("Import", "To update:"))
            for item in self.updates[:limit]:
                changes = "; ".join(f"{c.label}: {c.old or '∅'} → {c.new or '∅'}" for c in item.changes)
                lines.append(translate("Import", "  #{id} (row {row}) {title}: {changes}").format(
                    id=item.followup_id, row=item.row, title=item.title, changes=changes))
            if limit is not None and len(self.updates) > limit:
                lines.append(translate("Import", "  … and {n} more").format(n=len(self.updates) - limit))
        if self.creates:
            lines.append(translate("Import", "To create:"))
            for item in self.creates[:limit]:
                lines.append(translate("Import", "  row {row}: {title} ({partner})").format(
                    row=item.row, title=item.title, partner=item.partner))
            if limit is not None and len(self.creates) > limit:
                lines.append(translate("Import", "  … and {n} more").format(n=len(self.creates) - limit))
        if self.new_partners:
            lines.append(translate("Import", "New partners: {names}").format(names="; ".join(self.new_partners.values())))
        for sheet, column in self.ignored_columns:
            lines.append(translate("Import", "Ignored column: {sheet}, {column}").format(sheet=sheet, column=column))
        for sheet, reason in self.skipped_sheets:
            lines.append(translate("Import", "Sheet not imported: {sheet} ({reason})").format(sheet=sheet, reason=reason))
        lines.extend(self.notices)
        if self.problems:
            lines.append(translate("Import", "Problems (nothing will be written until they are fixed):"))
            lines.extend("  " + problem.text() for problem in self.problems)
        return lines


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    progress_entries: int
    partners_created: int


# --------------------------------------------------------------------------------------------
# Opening the file safely
# --------------------------------------------------------------------------------------------


def _read_error(path: Path, exc: OSError) -> ImportFileError:
    if isinstance(exc, PermissionError):
        return ImportFileError(translate(
            "Import", "Cannot read {path}: permission denied, or the file is open in another program "
                      "(close it and try again).").format(path=path))
    if isinstance(exc, FileNotFoundError):
        return ImportFileError(translate("Import", "{path} does not exist.").format(path=path))
    if isinstance(exc, IsADirectoryError):
        return ImportFileError(translate("Import", "{path} is a folder, not a workbook.").format(path=path))
    return ImportFileError(translate("Import", "Cannot read {path}: {reason}.").format(
        path=path, reason=exc.strerror or str(exc)))


def _not_xlsx(path: Path) -> ImportFileError:
    return ImportFileError(translate(
        "Import", "{name} is not an Excel workbook (.xlsx). Open it in Excel and save it as "
                  "“Excel Workbook (*.xlsx)”.").format(name=path.name))


def _damaged(path: Path) -> ImportFileError:
    return ImportFileError(translate(
        "Import", "{name} is damaged or not a real .xlsx workbook; nothing was imported.").format(name=path.name))


def _check_zip(path: Path, archive: zipfile.ZipFile) -> None:
    """Declared sizes are enforced by zipfile while reading, so checking them bounds the work."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _damaged(path)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > _RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFileError(translate(
                "Import", "{name} expands to far more data than it holds (a “zip bomb”); it was not opened."
            ).format(name=path.name))
    if total > MAX_UNCOMPRESSED:
        raise ImportFileError(translate(
            "Import", "{name} is too large to import ({size} MB uncompressed, at most {limit} MB)."
        ).format(name=path.name, size=total // (1024 * 1024), limit=MAX_UNCOMPRESSED // (1024 * 1024)))
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        if "xl/workbook.bin" in names:
            raise ImportFileError(translate(
                "Import", "{name} is a binary workbook (.xlsb); save it as “Excel Workbook (*.xlsx)” first."
            ).format(name=path.name))
        raise _not_xlsx(path)


_READING = threading.Lock()


def _inline_text(element) -> str:
    """The text of an inline string (``<is>``): its ``t`` and each run's ``t``, phonetic runs left out,
    exactly what openpyxl's ``Text.from_tree(element).content`` gives, without building the rich-text
    objects (most of the time openpyxl spends on a sheet our export wrote)."""
    parts = []
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        if name == "t":
            if child.text is not None:
                parts.append(child.text)
        elif name == "r":
            for part in child:
                if part.tag.rsplit("}", 1)[-1] == "t" and part.text is not None:
                    parts.append(part.text)
    return "".join(parts)


@functools.cache
def _parser_class():
    """openpyxl's sheet parser, reading inline strings through :func:`_inline_text`."""
    from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser

    class InlineTextParser(WorkSheetParser):
        def parse_cell(self, element):
            child = element.find(INLINE_STRING) if element.get("t") == "inlineStr" and not self.rich_text else None
            if child is None:
                return super().parse_cell(element)
            element.remove(child)  # openpyxl still reads position, style and formula of the cell
            cell = super().parse_cell(element)
            if cell["data_type"] == "inlineStr":
                cell["value"], cell["data_type"] = _inline_text(child), "s"
            return cell

    return InlineTextParser


@contextlib.contextmanager
def _fast_reading() -> Iterator[None]:
    """openpyxl's read-only mode, minus two costs the importer does not need.

    * Sizing: on load openpyxl looks for each sheet's ``<dimension>``; when there is none (files
      openpyxl writes, our export among them) it parses the whole sheet only to learn that. The
      importer never uses a declared size (:func:`_read_sheet` resets it and reads to the end), so
      sheets start unsized, as ``reset_dimensions()`` leaves them.
    * Inline strings: read by :func:`_inline_text` instead of through rich-text objects.

    Together a third of a 10,000-row preview. Only while this workbook is read; the lock keeps two
    imports from restoring each other's change.
    """
    from openpyxl.worksheet import _read_only

    with _READING:
        sizing, parser = _read_only.ReadOnlyWorksheet._get_size, _read_only.WorkSheetParser  # noqa: SLF001
        _read_only.ReadOnlyWorksheet._get_size = lambda self: None  # noqa: SLF001
        _read_only.WorkSheetParser = _parser_class()
        try:
            yield
        finally:
            _read_only.ReadOnlyWorksheet._get_size = sizing  # noqa: SLF001
            _read_only.WorkSheetParser = parser


def _open_workbook(path: Path, handle) -> Any:
    head = handle.read(8)
    if head.startswith(_OLE_SIGNATURE):
        raise ImportFileError(translate(
            "Import", "{name} is password-protected or an old Excel 97–2003 (.xls) file. Remove the password "
                      "or save it as “Excel Workbook (*.xlsx)”, then import again.").format(name=path.name))
    if not head:
        raise ImportFileError(translate("Import", "{name} is an empty file.").format(name=path.name))
    if not head.startswith(_ZIP_SIGNATURES):
        raise _not_xlsx(path)
    handle.seek(0)
    try:
        with zipfile.ZipFile(handle) as archive:
            _check_zip(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise _damaged(path) from None
    handle.seek(0)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unsupported extensions, missing styles: not our concern
            return load_workbook(handle, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError, EOFError,
            ParseError, zlib.error, NotImplementedError) as exc:
        if type(exc).__name__ == "InvalidFileException":
            raise _not_xlsx(path) from None
        raise _damaged(path) from None
    except Exception as exc:  # openpyxl's own InvalidFileException
        if type(exc).__name__ == "InvalidFileException":
            raise _not_xlsx(path) from None
        raise


# --------------------------------------------------------------------------------------------
# Reading the sheets
# --------------------------------------------------------------------------------------------


_BAD = object()  # a cell already reported as a problem while reading


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _split_ref(ref: str) -> tuple[int, int]:
    from openpyxl.utils.cell import coordinate_to_tuple

    return coordinate_to_tuple(ref)


@dataclass
class _SheetData:
    title: str
    header_row: int
    columns: dict[str, tuple[int, str]]  # key → (0-based column, header as written)
    rows: list[tuple[int, dict[str, Any]]]

    def column_name(self, key: str) -> str:
        index, header = self.columns[key]
        return f"{_letter(index)} ({header})"


@dataclass
class _WorkbookData:
    sheets: list[_SheetData] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def _match_header(text: Any) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    column = FOLLOWUPS.match_header(text)
    if column is not None:
        return column.key
    key = fold(text)
    for extra in _EXTRA_COLUMNS:
        if key in (fold(extra.en), fold(extra.vi)):
            return extra.key
    return _HEADER_ALIASES.get(key)


def _header_keys(row: tuple[Any, ...]) -> dict[int, str]:
    return {i: key for i, value in enumerate(row[:MAX_COLUMNS]) if (key := _match_header(value))}


def _is_header(keys: dict[int, str]) -> bool:
    found = set(keys.values())
    return "title" in found and bool(found & {"partner", "id", "status", "due"})


_SCAN_CHUNK = 1 << 20
_MERGE_RE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+[0-9]+):([A-Z]+[0-9]+)\"")
_FORMULA_RE = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _scan_sheet_xml(source) -> tuple[list[tuple[int, int, int, int]], bool]:
    """Merged ranges and whether any formula exists, found by a byte scan (much cheaper than parsing)."""
    merges: set[tuple[bytes, bytes]] = set()
    has_formula = False
    tail = b""
    while True:
        chunk = source.read(_SCAN_CHUNK)
        if not chunk:
            break
        data = tail + chunk
        if not has_formula and _FORMULA_RE.search(data):
            has_formula = True
        merges.update(_MERGE_RE.findall(data))
        tail = data[-256:]
    ranges = []
    for first, last in merges:
        r0, c0 = _split_ref(first.decode())
        r1, c1 = _split_ref(last.decode())
        ranges.append((min(r0, r1), min(c0, c1) - 1, max(r0, r1), max(c0, c1) - 1))
    return ranges, has_formula


def _formulas_without_value(source) -> set[tuple[int, int]]:
    """Cells holding a formula but no cached value: only a spreadsheet program could compute them."""
    found: set[tuple[int, int]] = set()
    for _event, element in iterparse(source):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "c":
            formula = value = None
            for child in element:
                name = child.tag.rsplit("}", 1)[-1]
                if name == "f":
                    formula = child
                elif name in ("v", "is"):
                    value = child
            if formula is not None and (value is None or not "".join(value.itertext()).strip()):
                ref = element.get("r")
                if ref:
                    found.add(_split_ref(ref))
        elif tag == "row":
            element.clear()
    return found


def _sheet_source(ws):
    """The raw XML stream of a read-only sheet (openpyxl keeps the archive open for us)."""
    return ws._get_source()  # noqa: SLF001 - read-only worksheets expose no public way to this


def _classify_sheet(title: str) -> str:
    key = fold(title)
    if key in (fold(FOLLOWUPS.en), fold(FOLLOWUPS.vi), FOLLOWUPS.key):
        return "followups"
    if key in (fold(LONG_TEXTS.en), fold(LONG_TEXTS.vi), LONG_TEXTS.key):
        return "long_texts"
    for sheet in (SUMMARY, AGREEMENTS, MEETINGS, PARTNERS):
        if key in (fold(sheet.en), fold(sheet.vi), sheet.key):
            return "report"
    return "other"


def _read_long_texts(ws) -> dict[tuple[str, str], str]:
    """The exporter's "Long texts" sheet: (folded sheet title, cell) → the whole text, parts joined."""
    ws.reset_dimensions()
    rows = ws.iter_rows(values_only=True)
    columns: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        found = {}
        for index, value in enumerate(row[:MAX_COLUMNS]):
            column = LONG_TEXTS.match_header(value) if isinstance(value, str) else None
            if column is not None:
                found[column.key] = index
        if {"sheet", "cell", "part", "text"} <= set(found):
            columns = found
            break
        if number >= HEADER_SCAN_ROWS:
            return {}
    if not columns:
        return {}
    parts: dict[tuple[str, str], dict[int, str]] = {}
    for count, row in enumerate(rows):
        if count > MAX_ROWS:
            break
        sheet, cell, part, text = (row[columns[k]] if columns[k] < len(row) else None
                                   for k in ("sheet", "cell", "part", "text"))
        if not isinstance(sheet, str) or not isinstance(cell, str) or not isinstance(part, int | float):
            continue
        text = unescape_xstring(text) if isinstance(text, str) else ""
        parts.setdefault((fold(sheet), clean(cell).upper()), {})[int(part)] = text
    return {key: "".join(pieces[i] for i in sorted(pieces)) for key, pieces in parts.items()}


_LONG_NOTE = " … ["


def _whole_text(cell: str, whole: str | None) -> str:
    """The full text behind a cell the exporter shortened, unless the officer has edited the cell."""
    if whole is None:
        return cell
    head, marker, _ = cell.rpartition(_LONG_NOTE)
    if marker and whole.startswith(head):
        return whole
    return cell


def _read_sheet(ws, data: _WorkbookData, named: bool,
                long_texts: dict[tuple[str, str], str] | None = None) -> str:
    """Read one sheet into ``data``: "read", "empty", or "other" (data but no follow-up header)."""
    title = ws.title
    with _sheet_source(ws) as source:
        merges, has_formula = _scan_sheet_xml(source)
    no_value: set[tuple[int, int]] = set()
    if has_formula:
        with _sheet_source(ws) as source:
            no_value = _formulas_without_value(source)
    ws.reset_dimensions()  # never trust the declared size of a hostile file
    rows = ws.iter_rows(values_only=True)
    header_row = 0
    keys: dict[int, str] = {}
    seen_any = False
    for number, row in enumerate(rows, start=1):
        if any(value is not None for value in row):
            seen_any = True
        keys = _header_keys(row)
        if _is_header(keys):
            header_row = number
            header_values = row
            break
        if number >= HEADER_SCAN_ROWS:
            break
    if not header_row:
        if not seen_any:
            return "empty"
        if named:
            data.problems.append(Problem(title, None, None, translate(
                "Import", "no header row found in the first {n} rows (a row with at least the Title column and "
                          "one of ID, Partner, Status or Due).").format(n=HEADER_SCAN_ROWS)))
            return "read"
        return "other"

    sheet = _SheetData(title, header_row, {}, [])
    for index, value in enumerate(header_values[:MAX_COLUMNS]):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        where = f"{_letter(index)} ({clean(str(value))})"
        key = keys.get(index)
        if key is None:
            data.ignored_columns.append((title, where))
        elif key in COMPUTED_KEYS:
            continue
        elif key in sheet.columns:
            data.problems.append(Problem(title, header_row, where, translate(
                "Import", "this column repeats the column {other}; keep only one.").format(
                other=sheet.column_name(key))))
        else:
            sheet.columns[key] = (index, clean(str(value)))

    # Merged header cells hide which column a header names; merged data cells show their top-left
    # value in every cell of the range, so that is what the importer reads there too.
    fill: dict[int, list[tuple[int, int, tuple[int, int]]]] = {}
    for r0, c0, r1, c1 in merges:
        if r1 < header_row:
            continue  # the title block
        if r0 <= header_row:
            data.problems.append(Problem(title, header_row, f"{_letter(c0)}–{_letter(c1)}", translate(
                "Import", "merged header cells; unmerge them so that each column has its own header.")))
            continue
        for r in range(r0, min(r1, header_row + MAX_ROWS + 1) + 1):
            fill.setdefault(r, []).append((c0, c1, (r0, c0)))
    anchors: dict[tuple[int, int], Any] = {}
    wanted = [(key, index) for key, (index, _) in sheet.columns.items()]
    max_wanted = max((index for _, index in wanted), default=0)
    limit = header_row + MAX_ROWS
    folded_title = fold(title)
    long_keys = {k: v for k, v in (long_texts or {}).items() if k[0] == folded_title}
    for number, row in enumerate(rows, start=header_row + 1):
        if number > limit:
            raise ImportFileError(translate(
                "Import", "Sheet “{sheet}” has more than {limit} rows; split it into smaller workbooks."
            ).format(sheet=title, limit=f"{MAX_ROWS:,}"))
        spans = fill.get(number)
        if spans:
            row = list(row)
            for c0, c1, anchor in spans:
                first = c0
                if number == anchor[0]:
                    anchors[anchor] = row[c0] if c0 < len(row) else None
                    first = c0 + 1
                value = anchors.get(anchor)
                last = min(c1, max_wanted)
                if value is None or last < first:
                    continue
                if last >= len(row):
                    row.extend([None] * (last + 1 - len(row)))
                for c in range(first, last + 1):
                    row[c] = value
        values: dict[str, Any] = {}
        for key, index in wanted:
            value = row[index] if index < len(row) else None
            if (number, index + 1) in no_value:
                data.problems.append(Problem(title, number, sheet.column_name(key), translate(
                    "Import", "a formula without a computed value; open the file in Excel, let it calculate and "
                              "save, or type the value.")))
                value = _BAD
            elif isinstance(value, str) and value.strip() in _EXCEL_ERRORS:
                data.problems.append(Problem(title, number, sheet.column_name(key), translate(
                    "Import", "the cell shows the Excel error {error}.").format(error=value.strip())))
                value = _BAD
            elif isinstance(value, str):
                value = unescape_xstring(value)
                if long_keys and (folded_title, f"{_letter(index)}{number}") in long_keys:
                    value = _whole_text(value, long_keys.get((folded_title, f"{_letter(index)}{number}")))
                if not value.strip():
                    value = None
            values[key] = value
        if any(v is not None for v in values.values()):
            sheet.rows.append((number, values))
    data.sheets.append(sheet)
    if has_formula and sheet.rows:
        data.notices.append(translate(
            "Import", "Sheet “{sheet}” contains formulas: their last computed values were read, never "
                      "recalculated.").format(sheet=title))
    return "read"


def read_workbook(path: str | Path) -> _WorkbookData:
    """Every follow-up sheet of the file as raw rows; file-level failures raise ImportFileError."""
    path = Path(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - kept open while openpyxl streams from it
    except OSError as exc:
        raise _read_error(path, exc) from None
    try:
        with _fast_reading():
            workbook = _open_workbook(path, handle)
            try:
                return _read_sheets(path, workbook)
            except (zipfile.BadZipFile, KeyError, ParseError, zlib.error, EOFError) as exc:
                raise _damaged(path) from exc
            finally:
                workbook.close()
    except OSError as exc:
        raise _read_error(path, exc) from None
    finally:
        handle.close()


def _read_sheets(path: Path, workbook) -> _WorkbookData:
    data = _WorkbookData()
    hidden_followups: list[str] = []
    anything = False
    long_texts: dict[tuple[str, str], str] = {}
    for ws in workbook.worksheets:
        if _classify_sheet(ws.title) == "long_texts" and ws.sheet_state == "visible":
            long_texts.update(_read_long_texts(ws))
    for ws in workbook.worksheets:
        kind = _classify_sheet(ws.title)
        if kind == "long_texts":
            continue
        if ws.sheet_state != "visible":
            data.skipped_sheets.append((ws.title, translate("Import", "hidden sheet, not read")))
            if kind == "followups":
                hidden_followups.append(ws.title)
            continue
        if kind == "report":
            data.skipped_sheets.append((ws.title, translate("Import", "a report; only follow-ups are imported")))
            anything = True
            continue
        outcome = _read_sheet(ws, data, named=kind == "followups", long_texts=long_texts)
        if outcome != "empty":
            anything = True
        if outcome == "other":
            data.skipped_sheets.append((ws.title, translate("Import", "no follow-up headers")))
    if not data.sheets and not data.problems:
        if hidden_followups:
            raise ImportFileError(translate(
                "Import", "The follow-ups sheet “{sheet}” of {name} is hidden; unhide it in Excel (right-click a "
                          "sheet tab → Unhide) and import again.").format(sheet=hidden_followups[0], name=path.name))
        if not anything:
            raise ImportFileError(translate("Import", "{name} is empty: no sheet holds any data.").format(name=path.name))
        raise ImportFileError(translate(
            "Import", "{name} has no follow-ups sheet: name a sheet “{en}” or “{vi}”, or give it a header row "
                      "with at least Title and Partner.").format(name=path.name, en=FOLLOWUPS.en, vi=FOLLOWUPS.vi))
    return data


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
        raise _Bad(translate("Import", "“{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).").format(
            value=_text(raw)))
    try:
        return parse_due(_text(raw))
    except ValueError:
        raise _Bad(translate("Import", "“{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).").format(
            value=_text(raw))) from None


def _checked(name: str, raw: Any) -> Any:
    try:
        return clean_value(_SPECS[name], _text(raw) or None)
    except ValidationError as exc:
        raise _Bad(exc.message) from None


def _record_id(raw: Any) -> int:
    if isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer() and raw > 0:
        return int(raw)
    text = _text(raw).lstrip("#").strip()
    if text.isdigit() and int(text) > 0:
        return int(text)
    raise _Bad(translate("Import", "“{value}” is not a follow-up ID (a whole number); leave it empty to create a "
                                   "new follow-up.").format(value=_text(raw)))


class _Lookups:
    """Names of partners, units, categories and agreements, folded once per preview."""

    def __init__(self, tracker: Tracker) -> None:
        lang = language()
        self.partners: dict[str, set[int]] = {}
        self.partner_names: dict[int, str] = {}
        self.partner_keys: dict[int, set[str]] = {}
        for row in tracker.list_partners():
            keys = {fold(n) for n in (row.name, row.name_en, row.name_native, *row.aliases) if n}
            self.partner_keys[row.id] = keys
            self.partner_names[row.id] = row.name
            for key in keys:
                self.partners.setdefault(key, set()).add(row.id)
        self.units: dict[str, set[int]] = {}
        self.unit_names: dict[int, str] = {}
        for unit in tracker.list_units():
            self.unit_names[unit.id] = unit.name
            for name in (unit.name, unit.name_en, unit.abbreviation):
                if name:
                    self.units.setdefault(fold(name), set()).add(unit.id)
        self.categories: dict[str, set[int]] = {}
        self.category_names: dict[int, str] = {}
        for category in tracker.list_categories():
            shown = category.name_en if lang == "en" and category.name_en else category.name
            self.category_names[category.id] = shown
            for name in (category.name, category.name_en, category.code):
                if name:
                    self.categories.setdefault(fold(name), set()).add(category.id)
        self.agreements: dict[str, set[int]] = {}
        self.agreement_titles: dict[int, str] = {}
        for agreement in tracker.list_agreements():
            self.agreement_titles[agreement.id] = agreement.title
            for name in (agreement.title, agreement.reference):
                if name:
                    self.agreements.setdefault(fold(name), set()).add(agreement.id)

    @staticmethod
    def _one(index: dict[str, set[int]], raw: Any, unknown: str, several: str, current: int | None) -> int:
        text = _text(raw)
        ids = index.get(_fold(text), set())
        if current in ids:
            return current  # a name of the present value is no change, even if another record shares it
        if len(ids) == 1:
            return next(iter(ids))
        if not ids:
            raise _Bad(unknown.format(value=text))
        raise _Bad(several.format(value=text))

    def unit(self, raw: Any, current: int | None = None) -> int:
        return self._one(self.units, raw, translate("Import", "no unit is named “{value}”."),
                         translate("Import", "“{value}” names several units."), current)

    def category(self, raw: Any, current: int | None = None) -> int:
        return self._one(self.categories, raw, translate("Import", "no category is named “{value}”."),
                         translate("Import", "“{value}” names several categories."), current)

    def agreement(self, raw: Any, current: int | None = None) -> int:
        return self._one(self.agreements, raw,
                         translate("Import", "no agreement has the title or reference “{value}”."),
                         translate("Import", "“{value}” matches several agreements."), current)


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
    with tracker._read() as session:  # noqa: SLF001 - a read helper kept out of the facade
        rows = session.execute(
            select(FollowUp.id, FollowUp.partner_id, FollowUp.title).where(FollowUp.deleted_at.is_(None))
        ).all()
    return {(partner_id, fold(title)): fid for fid, partner_id, title in rows}


# --------------------------------------------------------------------------------------------
# The preview
# --------------------------------------------------------------------------------------------


def preview_import(tracker: Tracker, path: str | Path, *, create_partners: bool = False) -> ImportPreview:
    """What importing ``path`` would do; reads the database, writes nothing."""
    path = Path(path)
    data = read_workbook(path)
    preview = ImportPreview(path=path, create_partners=create_partners, problems=list(data.problems),
                            ignored_columns=data.ignored_columns, skipped_sheets=data.skipped_sheets,
                            notices=list(data.notices), sheets=[s.title for s in data.sheets])
    lookups = _Lookups(tracker)
    ids: list[int] = []
    for sheet in data.sheets:
        if "id" in sheet.columns:
            for _number, values in sheet.rows:
                raw = values.get("id")
                if raw is not None and raw is not _BAD:
                    with contextlib.suppress(_Bad):  # reported with the row
                        ids.append(_record_id(raw))
    live, deleted = _existing_rows(tracker, ids)
    planner = _Planner(tracker, preview, lookups, live, deleted)
    for sheet in data.sheets:
        planner.sheet(sheet)
    _show_dropped_contacts(tracker, preview)
    order = {title: i for i, title in enumerate(preview.sheets)}
    preview.problems.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
    return preview


def _show_dropped_contacts(tracker: Tracker, preview: ImportPreview) -> None:
    """A follow-up moved to another partner loses its contact at the old partner (the Tracker drops
    it, see ``Tracker._check_contact``): the preview lists that change too, and apply checks the
    contact is still the one shown."""
    moved = {u.followup_id: u for u in preview.updates if "partner_id" in u.values}
    if not moved:
        return
    label = translate("Import", "Partner contact")
    with tracker._read() as session:  # noqa: SLF001 - one query for all moved rows
        for chunk in _chunks(sorted(moved)):
            found = session.execute(
                select(FollowUp.id, Contact.id, Contact.name, Contact.partner_id)
                .join(Contact, Contact.id == FollowUp.contact_id).where(FollowUp.id.in_(chunk)))
            for followup_id, contact_id, name, partner_id in found:
                item = moved[followup_id]
                if partner_id != item.values["partner_id"]:
                    item.changes.append(FieldChange("contact", label, name, ""))
                    item.expected["contact_id"] = contact_id


class _Planner:
    def __init__(self, tracker: Tracker, preview: ImportPreview, lookups: _Lookups,
                 live: dict[int, FollowUpRow], deleted: set[int]) -> None:
        self.tracker = tracker
        self.preview = preview
        self.lookups = lookups
        self.live = live
        self.deleted = deleted
        self._titles: dict[tuple[int, str], int] | None = None
        self.lang = language()
        self.seen_ids: dict[int, tuple[str, int]] = {}
        self.enum_memo: dict[tuple[Any, str], str | None] = {}
        self.likely_duplicates = 0

    def titles(self) -> dict[tuple[int, str], int]:
        """(partner, folded title) of every live follow-up, read only when a row creates one."""
        if self._titles is None:
            self._titles = _existing_titles(self.tracker)
        return self._titles

    def sheet(self, sheet: _SheetData) -> None:
        has_id = "id" in sheet.columns
        creating = any(not has_id or values.get("id") is None for _, values in sheet.rows)
        if creating and "partner" not in sheet.columns:
            self.preview.problems.append(Problem(sheet.title, None, None, translate(
                "Import", "the sheet has no Partner column; rows without an ID create follow-ups and need one.")))
            return
        if creating and "direction" not in sheet.columns:
            self.preview.notices.append(translate(
                "Import", "Sheet “{sheet}” has no Direction column: new follow-ups are recorded as “{label}”."
            ).format(sheet=sheet.title, label=label(FollowUpDirection, FollowUpDirection.OURS)))
        for number, values in sheet.rows:
            self.row(sheet, number, values)
        if self.likely_duplicates:
            self.preview.notices.append(translate(
                "Import", "{n} new rows have the same partner and title as an existing follow-up; they will be "
                          "created again. Put the follow-up's ID in the row to update it instead."
            ).format(n=self.likely_duplicates))
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
            "unit": lambda r: self.lookups.unit(r, current and current.unit_id),
            "category": lambda r: self.lookups.category(r, current and current.category_id),
            "agreement": lambda r: self.lookups.agreement(r, current and current.agreement_id),
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
        if (isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer()
                and int(raw) in self.lookups.partner_names):
            return int(raw)
        text = _text(raw)
        key = _fold(text)
        ids = self.lookups.partners.get(key, set())
        if len(ids) == 1:
            return next(iter(ids))
        if len(ids) > 1:
            names = "; ".join(f"#{i} {self.lookups.partner_names[i]}" for i in sorted(ids)[:5])
            raise _Bad(translate("Import", "“{value}” names several partners ({names}); use a name only one of them "
                                           "has.").format(value=text, names=names))
        if self.preview.create_partners:
            try:
                name = clean_value(_PARTNER_NAME, text)
            except ValidationError as exc:
                raise _Bad(exc.message) from None
            self.preview.new_partners.setdefault(key, name)
            return key
        hint = ""
        try:
            near = self.tracker.resolve_partner(text)
            hint = " " + translate("Import", "Did you mean “{name}”?").format(name=near.name)
        except HPTrackerError:
            pass
        raise _Bad(translate("Import", "no partner is named “{value}”; add it first, or allow creating unknown "
                                       "partners.").format(value=text) + hint)

    def partner_label(self, value: int | str | None) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return self.preview.new_partners.get(value, value)
        return self.lookups.partner_names.get(value, f"#{value}")

    # -- creating ------------------------------------------------------------------------------

    def plan_create(self, sheet: _SheetData, number: int, parsed: dict[str, Any], problems: list[Problem]) -> None:
        def required(key: str, spec_name: str) -> None:
            if key in parsed and parsed[key] is None:
                spec = _SPECS[spec_name]
                problems.append(Problem(sheet.title, number, sheet.column_name(key),
                                        translate("Validation", "{field} is required.").format(
                                            field=translate("Field", spec.label))))
        required("title", "title")
        required("partner", "partner_id")
        if "direction" in sheet.columns:
            required("direction", "direction")
        if problems or any(v is _BAD for v in parsed.values()):
            return
        partner = parsed["partner"]
        values: dict[str, Any] = {
            "title": parsed["title"],
            "direction": parsed.get("direction") or FollowUpDirection.OURS.value,
            "partner_id": partner if isinstance(partner, int) else None,
        }
        for key, name in (("details", "details"), ("officer", "officer"), ("unit", "unit_id"),
                          ("category", "category_id"), ("agreement", "agreement_id"), ("priority", "priority")):
            if parsed.get(key) is not None:
                values[name] = parsed[key]
        due = parsed.get("due")
        if due is not None:
            values["due"] = due
        status = parsed.get("status") or FollowUpStatus.NOT_STARTED.value
        if isinstance(partner, int) and (partner, fold(parsed["title"])) in self.titles():
            self.likely_duplicates += 1
        self.preview.creates.append(PlannedCreate(
            sheet.title, number, parsed["title"], self.partner_label(partner),
            format_due(due.date, due.precision, self.lang) if due else "", status, parsed.get("latest_note"), values,
            new_partner=partner if isinstance(partner, str) else None,
        ))

    # -- updating ------------------------------------------------------------------------------

    def plan_update(self, sheet: _SheetData, number: int, parsed: dict[str, Any],
                    problems: list[Problem], followup_id: int) -> None:
        where = sheet.column_name("id")
        if followup_id in self.seen_ids:
            other_sheet, other_row = self.seen_ids[followup_id]
            problems.append(Problem(sheet.title, number, where, translate(
                "Import", "follow-up #{id} already appears in {sheet}, row {row}.").format(
                id=followup_id, sheet=other_sheet, row=other_row)))
            return
        self.seen_ids[followup_id] = (sheet.title, number)
        current = self.live.get(followup_id)
        if current is None:
            if followup_id in self.deleted:
                message = translate("Import", "follow-up #{id} was deleted; restore it first, or clear the ID to "
                                              "create a new follow-up.")
            else:
                message = translate("Import", "follow-up #{id} does not exist; clear the ID to create a new "
                                              "follow-up.")
            problems.append(Problem(sheet.title, number, where, message.format(id=followup_id)))
            return
        for key, spec_name in (("title", "title"), ("partner", "partner_id"), ("direction", "direction")):
            if key in parsed and parsed[key] is None:
                problems.append(Problem(sheet.title, number, sheet.column_name(key),
                                        translate("Validation", "{field} is required.").format(
                                            field=translate("Field", _SPECS[spec_name].label))))
        if problems or any(v is _BAD for v in parsed.values()):
            return

        changes: list[FieldChange] = []
        new_values: dict[str, Any] = {}
        expected: dict[str, Any] = {}

        def header(key: str) -> str:
            return sheet.columns[key][1]

        def compare(key: str, attr: str, old: Any, new: Any, shown_old: str, shown_new: str) -> None:
            if old != new:
                changes.append(FieldChange(key, header(key), shown_old, shown_new))
                new_values[attr] = new
                expected[attr] = old

        lk = self.lookups
        if "title" in parsed:
            compare("title", "title", current.title, parsed["title"], current.title, parsed["title"])
        if "details" in parsed:
            compare("details", "details", current.details, parsed["details"], current.details or "",
                    parsed["details"] or "")
        if "officer" in parsed:
            compare("officer", "officer", current.officer, parsed["officer"], current.officer or "",
                    parsed["officer"] or "")
        new_partner = None
        if "partner" in parsed:
            partner = parsed["partner"]
            # A name of the current partner (any of them, folded) is no change, even if ambiguous elsewhere.
            if partner != current.partner_id:
                compare("partner", "partner_id", current.partner_id, partner, current.partner_name,
                        self.partner_label(partner))
                if isinstance(partner, str):
                    new_partner = partner
        if "direction" in parsed:
            compare("direction", "direction", current.direction, parsed["direction"],
                    label(FollowUpDirection, current.direction), label(FollowUpDirection, parsed["direction"]))
        if "priority" in parsed and parsed["priority"] is not None:
            compare("priority", "priority", current.priority, parsed["priority"],
                    label(Priority, current.priority), label(Priority, parsed["priority"]))
        if "unit" in parsed:
            compare("unit", "unit_id", current.unit_id, parsed["unit"], current.unit_name or "",
                    lk.unit_names.get(parsed["unit"], "") if parsed["unit"] else "")
        if "category" in parsed:
            compare("category", "category_id", current.category_id, parsed["category"],
                    lk.category_names.get(current.category_id, "") if current.category_id else "",
                    lk.category_names.get(parsed["category"], "") if parsed["category"] else "")
        if "agreement" in parsed:
            compare("agreement", "agreement_id", current.agreement_id, parsed["agreement"],
                    current.agreement_title or "",
                    lk.agreement_titles.get(parsed["agreement"], "") if parsed["agreement"] else "")
        if "due" in parsed:
            due: Due | None = parsed["due"]
            old = (current.due_date, current.due_precision)
            new = (due.date, due.precision.value) if due else (None, None)
            if old != new:
                changes.append(FieldChange("due", header("due"), current.due_text(self.lang),
                                           format_due(new[0], new[1], self.lang)))
                new_values["due"] = due
                expected["due_date"], expected["due_precision"] = old
        status = None
        if parsed.get("status") is not None and parsed["status"] != current.status:
            status = parsed["status"]
            changes.append(FieldChange("status", header("status"), label(FollowUpStatus, current.status),
                                       label(FollowUpStatus, status)))
            expected["status"] = current.status
        note = parsed.get("latest_note")
        if note is not None and clean(note) != clean(current.latest_note):
            changes.append(FieldChange("latest_note", header("latest_note"), current.latest_note or "", note))
        else:
            note = None
        if not changes:
            self.preview.unchanged += 1
            return
        self.preview.updates.append(PlannedUpdate(
            sheet.title, number, followup_id, current.title, changes, new_values, expected, status, note,
            new_partner,
        ))


# --------------------------------------------------------------------------------------------
# Apply: all of it in one transaction, or nothing
# --------------------------------------------------------------------------------------------


def _chunks(items: list[int], size: int = 2000) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


_FOLLOWUP_COLUMNS = tuple(c.key for c in sa_inspect(FollowUp).column_attrs if c.key != "id")
# What an update may change (everything but the ID, creation and deletion times).
_UPDATED_COLUMNS = tuple(key for key in _FOLLOWUP_COLUMNS if key not in ("created_at", "deleted_at"))


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _load_drafts(session, ids: list[int]) -> dict[int, Draft]:
    """The follow-ups to update, as drafts holding every column and their fields (for the audit)."""
    table = FollowUp.__table__
    drafts: dict[int, Draft] = {}
    for chunk in _chunks(sorted(ids)):
        # Under a row lock (PostgreSQL): the values the audit records as old stay those replaced.
        for row in session.connection().execute(
                select(table).where(table.c.id.in_(chunk)).with_for_update()).mappings():
            drafts[row["id"]] = Draft(FollowUp, row)
        names = session.execute(
            select(followup_fields.c.followup_id, Field)
            .join(Field, Field.id == followup_fields.c.field_id)
            .where(followup_fields.c.followup_id.in_(chunk)).order_by(Field.name))
        for followup_id, found in names:
            drafts[followup_id].fields.append(found)
    return drafts


def _next_ids(session, count: int) -> list[int] | None:
    """The IDs SQLite will give the next ``count`` follow-ups, or None on other databases.

    SQLite numbers an INTEGER PRIMARY KEY (no AUTOINCREMENT) from the largest one + 1, so the rows
    can carry these IDs themselves: their audit and progress entries are made before the insert,
    and each row is written once, in its final state. Another writer cannot slip in between: the
    one-writer lock keeps other processes out, and inside this process a write committed after
    this read makes the transaction fail (WAL snapshot), or the IDs collide and it rolls back.
    """
    if session.connection().dialect.name != "sqlite":
        return None
    first = (session.scalar(select(func.max(FollowUp.id))) or 0) + 1
    return list(range(first, first + count))


def _insert_numbered(session, rows: list[dict[str, Any]]) -> list[int]:
    """Other databases number the rows themselves: insert, and get the IDs in the order of ``rows``."""
    table = FollowUp.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.connection().scalars(statement, rows))


def apply_import(tracker: Tracker, preview: ImportPreview, *, today: dt.date | None = None) -> ImportResult:
    """Write what the preview showed, in one transaction with audit entries naming the file.

    Refused while the preview has problems. Uses the Tracker's internals because its public methods
    each commit on their own, and an import must be all or nothing: each follow-up is created as
    ``Tracker._create_followup`` creates one (``_apply_followup``, a create audit entry, and a
    progress entry through ``_progress`` when its status is not "not started"), and each update as
    ``Tracker.update_followup`` does it. Those steps run on :class:`Draft` records and a
    :class:`Batch`, and everything is written with one executemany per table and set of columns.
    """
    if preview.problems:
        raise ImportProblemsError(translate(
            "Import", "Nothing was imported: {n} problems in {name} must be fixed first.").format(
            n=len(preview.problems), name=preview.file_name))
    today = today or dt.date.today()
    note = f"import: {preview.file_name}"
    progress = 0
    batch = Batch()
    table = FollowUp.__table__
    with tracker._write() as session:  # noqa: SLF001 - one transaction across many use cases
        tracker._officer_row_id(session)  # noqa: SLF001 - known before _audit runs on the batch
        created_partners: dict[str, int] = {}
        for key, name in preview.new_partners.items():
            partner = tracker._create_partner(session, {"name": name, "kind": PartnerKind.OTHER.value}, note=note)  # noqa: SLF001
            created_partners[key] = partner.id

        # Load every record referred to once (the session's identity map is weak: keep references),
        # so that the reference checks of _apply_followup find them without a query per row.
        keep: list[Any] = []
        refs: dict[type, set[int]] = {Partner: set(created_partners.values()), Unit: set(), Category: set(),
                                      Agreement: set()}
        columns = {"partner_id": Partner, "unit_id": Unit, "category_id": Category, "agreement_id": Agreement}
        for values in [c.values for c in preview.creates] + [u.values for u in preview.updates]:
            for name, model in columns.items():
                if values.get(name):
                    refs[model].add(values[name])
        for model, ids in refs.items():
            for chunk in _chunks(sorted(ids)):
                keep.extend(session.scalars(select(model).where(model.id.in_(chunk))))

        # Updates: changed as Tracker.update_followup changes them, then written in batches of UPDATEs.
        loaded = _load_drafts(session, [u.followup_id for u in preview.updates])
        now = _utcnow()
        changed_rows: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for item in preview.updates:
            followup = loaded.get(item.followup_id)
            stale = followup is None or followup.deleted_at is not None or any(
                getattr(followup, attr) != old for attr, old in item.expected.items())
            if stale:
                raise ImportStaleError(translate(
                    "Import", "Follow-up #{id} was changed after the preview; nothing was imported. Preview "
                              "the file again.").format(id=item.followup_id))
            values = dict(item.values)
            if item.new_partner is not None:
                values["partner_id"] = created_partners[item.new_partner]
            original = followup.values(_UPDATED_COLUMNS)
            if values:
                before = tracker._snapshot(followup)  # noqa: SLF001
                tracker._apply_followup(session, followup, values)  # noqa: SLF001
                tracker._audit(batch, AuditAction.UPDATE, followup, before, tracker._snapshot(followup),  # noqa: SLF001
                               note=note)
            if item.writes_progress:
                tracker._progress(batch, followup, item.status or followup.status, item.note, today)  # noqa: SLF001
                progress += 1
            # Only the columns that changed: SQLite rewrites an index entry for every column set.
            row = {key: value for key, old in original.items() if (value := getattr(followup, key)) != old}
            row["updated_at"] = now
            row["b_id"] = followup.id
            changed_rows.setdefault(tuple(row), []).append(row)
        for rows in changed_rows.values():  # one batch per set of changed columns
            session.connection().execute(table.update().where(table.c.id == bindparam("b_id")), rows)

        # New follow-ups: built and checked by _apply_followup as Tracker._create_followup does, with
        # the IDs they will have, so that their audit and progress entries can name them.
        built: list[tuple[Draft, PlannedCreate]] = []
        now = _utcnow()
        for item in preview.creates:
            values = dict(item.values)
            if item.new_partner is not None:
                values["partner_id"] = created_partners[item.new_partner]
            followup = Draft(FollowUp, {"status": FollowUpStatus.NOT_STARTED.value, "priority": Priority.NORMAL.value,
                                        "created_at": now, "updated_at": now})
            tracker._apply_followup(session, followup, values)  # noqa: SLF001
            built.append((followup, item))
        ids = _next_ids(session, len(built)) if built else []
        numbered_by_database = ids is None
        if ids is None:
            ids = _insert_numbered(session, [followup.values(_FOLLOWUP_COLUMNS) for followup, _item in built])
        changed = []
        for (followup, item), new_id in zip(built, ids, strict=True):
            followup.id = new_id
            tracker._audit(batch, AuditAction.CREATE, followup, None, tracker._snapshot(followup), note=note)  # noqa: SLF001
            if item.status != FollowUpStatus.NOT_STARTED or item.note:
                tracker._progress(batch, followup, item.status, item.note, today)  # noqa: SLF001
                progress += 1
                changed.append(followup)
        if built and not numbered_by_database:  # each row once, in its final state
            # RETURNING makes SQLAlchemy send multi-row INSERTs ("insertmanyvalues"): a third of the
            # time of one statement per row here. The IDs it returns are the ones given.
            rows = [f.values(("id", *_FOLLOWUP_COLUMNS)) for f, _item in built]
            returned = session.connection().scalars(insert(table).returning(table.c.id), rows).all()
            if sorted(returned) != ids:
                raise RuntimeError("new follow-ups were not stored under the IDs given to them")
        elif changed:  # numbered by the database first: add what the progress entries changed
            session.connection().execute(table.update().where(table.c.id == bindparam("b_id")), [
                {"b_id": f.id, "status": f.status, "completed_on": f.completed_on,
                 "last_progress_date": f.last_progress_date, "updated_at": f.updated_at} for f in changed])
        batch.insert(session)
        del keep
    return ImportResult(len(preview.creates), len(preview.updates), progress, len(preview.new_partners))
