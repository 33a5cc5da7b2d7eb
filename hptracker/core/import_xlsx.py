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

Files are hostile until proven otherwise: only a regular file is opened (a named pipe would block
for ever), the signature is checked before openpyxl sees the file (an encrypted workbook is an OLE
container, not a zip), and limits are decided from what the file declares before a part is read
(the zip's end record and directory, each part's size, the shared-string count), then enforced
again while reading, since declarations lie. Shared strings, styles and rows are streamed by the
importer's own expat readers; a cell its type cannot hold (NaN in a number cell, a lone
surrogate) is a problem of that cell, never a traceback; formulas are never evaluated (their
cached values are read; a formula without one is a problem). benchmarks/bench_hostile_import.py
measures the worst workbooks: every import stays under 500 MB.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import math
import os
import re
import stat
import struct
import sys
import threading
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from .enums import FollowUpDirection, FollowUpStatus, PartnerKind, Priority
from .errors import HPTrackerError, ValidationError
from .i18n import language, translate
from .labels import label, value_for_label
from .sheets import (
    AGREEMENTS,
    FOLLOWUPS,
    LONG_TEXTS,
    MEETINGS,
    PARTNERS,
    SUMMARY,
    Column,
    lone_surrogate,
    printable,
    unescape_xstring,
)
from .text import Due, DuePrecision, clean, fold, format_date, format_due, parse_due
from .tracker import FOLLOWUP_FIELDS, ChangedMeanwhile, FollowUpQuery, FollowUpRow, Tracker
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

# Limits. Every one is checked from what the file declares (the zip directory, the shared-string
# table's count) before that part is read, and again while it is read, since a declaration can lie:
# the cost of an import is bounded by these numbers, never by the file (peak memory under 500 MB,
# see benchmarks/bench_hostile_import.py).
# Data rows per sheet; far beyond any real follow-up list. 200,000 rows of every field changed
# came near 1 GB: the preview holds each change to show it.
MAX_ROWS = 100_000
MAX_COLUMNS = 200  # headers searched beyond this column are ignored, and cells beyond it never read
HEADER_SCAN_ROWS = 50  # the title block is a handful of rows; the header is somewhere near the top
MAX_UNCOMPRESSED = 400 * 1024 * 1024  # 100,000 rows of 16 columns fit well inside this
MAX_MEMBERS = 10_000
MAX_DIRECTORY = 16 * 1024 * 1024  # the zip's central directory (10,000 members: about 1 MB)
MAX_RATIO = 500  # compression ratio above which a large member is a zip bomb (xlsx XML: ~5–100)
_RATIO_MIN_SIZE = 1024 * 1024
# Parts openpyxl parses whole into objects (the workbook part, relationships, content types,
# properties, theme): a few KB to a few hundred in real files, and about twenty times their size
# once parsed (a 16 MB content-types part took 300 MB). Worksheets, the shared strings and the
# styles are streamed by the importer's own readers; other parts are never read.
MAX_PART = 4 * 1024 * 1024
MAX_PARSED_TOTAL = 8 * 1024 * 1024  # all of those parts together
MAX_STYLES_PART = 16 * 1024 * 1024  # Excel's 64,000 cell formats take about 8 MB
# The shared-string table is held in memory while the sheets are read (each cell names an entry):
# bounded by its size and by its number of entries (12 million 5-letter strings took 3.4 GB).
MAX_STRINGS_PART = 64 * 1024 * 1024
MAX_SHARED_STRINGS = 1_000_000
MAX_CELL_CHARS = 100_000  # Excel holds 32,767 characters in a cell
MAX_KEPT_TEXT = 160 * 1024 * 1024  # bytes of cell text kept for the preview (sys.getsizeof)
MAX_SHEETS = 500  # Excel's own workbooks rarely hold more than a few dozen
MAX_MERGED_RANGES = 10_000
MAX_UNCOMPUTED = 10_000  # formula cells without a computed value in one sheet
MAX_MERGED_ROWS = 100_000  # rows below the header covered by merged ranges, each range counted
EXCEL_MAX_COLUMNS = 16_384
MAX_ID = 2**63 - 1  # the largest integer SQLite (and PostgreSQL's bigint) stores
MAX_PROBLEMS = 1_000  # problems listed; the count covers all of them
HINT_LIMIT = 50  # unknown partner names for which "Did you mean" searches the database

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
        if not self.sheet:  # a line about the list itself (problems not listed)
            return self.message
        if self.row is not None and self.column:
            template = translate("Import", "{sheet}, row {row}, column {column}: {message}")
        elif self.row is not None:
            template = translate("Import", "{sheet}, row {row}: {message}")
        elif self.column:
            template = translate("Import", "{sheet}, column {column}: {message}")
        else:
            template = translate("Import", "{sheet}: {message}")
        return template.format(sheet=self.sheet, row=self.row, column=self.column, message=self.message)


class _Problems(list):
    """The problems of a preview: every one counted, the first MAX_PROBLEMS kept.

    A workbook can hold a problem in each of millions of cells; a list nobody can read through
    only costs memory and time, so the preview lists the first ones and says how many are left.
    """

    def __init__(self, items: Iterable[Problem] = ()) -> None:
        super().__init__()
        self.total = 0
        self.extend(items)

    def append(self, problem: Problem) -> None:
        self.total += 1
        if self.total <= MAX_PROBLEMS:
            super().append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)

    def close(self) -> None:
        """Sorted, and the line saying how many were left out (once, at the end of the preview)."""
        if self.total > len(self):
            super().append(Problem("", None, None, translate(
                "Import", "{n} more problems are not listed; fix the ones above first.").format(
                n=f"{self.total - len(self):,}")))


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # follow-up field key (sheets.FOLLOWUPS column key)
    label: str  # the header as the workbook wrote it
    old: str
    new: str


@dataclass(slots=True)
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


@dataclass(slots=True)
class PlannedUpdate:
    sheet: str
    row: int
    followup_id: int
    title: str
    changes: tuple[FieldChange, ...]
    # The values for Tracker._apply_followup, and the attribute values seen by the preview (checked
    # again at apply), as flat (key, value, key, value…) tuples: a third of a dict's size, and a
    # preview holds 100,000 of each. Read them as dicts through ``values`` and ``expected``.
    packed_values: tuple[Any, ...]
    packed_expected: tuple[Any, ...]
    status: str | None = None  # new status, when it changes
    note: str | None = None  # new progress note
    new_partner: str | None = None

    @property
    def values(self) -> dict[str, Any]:
        return dict(zip(self.packed_values[::2], self.packed_values[1::2], strict=True))

    @property
    def expected(self) -> dict[str, Any]:
        return dict(zip(self.packed_expected[::2], self.packed_expected[1::2], strict=True))

    def expect(self, attr: str, value: Any, change: FieldChange) -> None:
        """One more change the preview found after planning (the contact a move drops)."""
        self.packed_expected += (attr, value)
        self.changes += (change,)

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
    problems: _Problems = field(default_factory=_Problems)  # the first MAX_PROBLEMS
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)  # (sheet, "C (header)")
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)  # (sheet, reason)
    notices: list[str] = field(default_factory=list)
    new_partners: dict[str, str] = field(default_factory=dict)  # folded key → name as typed

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_count(self) -> int:
        """Every problem found, listed or not."""
        return getattr(self.problems, "total", len(self.problems))

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
                 partners=len(self.new_partners), problems=self.problem_count)

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


def _open_regular(path: Path):
    """The file opened for reading, if it is a regular file; anything else is refused at once.

    Opening a named pipe for reading waits for a writer (the import hung), and a device such as
    /dev/zero never ends. The path is checked before it is opened, then the opened file again
    (it may have been replaced in between); O_NONBLOCK keeps that open from waiting on a pipe.
    """
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISREG(mode):
            handle = open(path, "rb", opener=_open_nonblocking)  # noqa: SIM115 - returned open
            try:
                mode = os.fstat(handle.fileno()).st_mode
                if stat.S_ISREG(mode):
                    if hasattr(os, "set_blocking"):
                        os.set_blocking(handle.fileno(), True)
                    return handle
            except BaseException:
                handle.close()
                raise
            handle.close()
    except OSError as exc:
        raise _read_error(path, exc) from None
    if stat.S_ISDIR(mode):
        raise _read_error(path, IsADirectoryError(path))
    raise ImportFileError(translate(
        "Import", "{name} is not a regular file (it is a named pipe, a device or a socket); nothing was read."
    ).format(name=path.name))


def _open_nonblocking(path, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):,.0f} MB"
    return f"{max(size // 1024, 1):,} KB"


def _part_limit(name: str) -> int | None:
    """How large one part may expand to before openpyxl or the importer reads it; None: only the
    total bounds it (worksheets are streamed; drawings, pictures and the like are never read)."""
    lowered = name.lower()
    base = lowered.rsplit("/", 1)[-1]
    if lowered.startswith("xl/worksheets/") and lowered.endswith(".xml"):
        return None
    if base == "sharedstrings.xml":
        return MAX_STRINGS_PART
    if lowered == "xl/styles.xml":
        return MAX_STYLES_PART
    if (lowered.endswith(".rels") or lowered == "[content_types].xml" or base.startswith("workbook")
            or lowered in ("docprops/core.xml", "docprops/custom.xml") or lowered.startswith("xl/theme/")):
        return MAX_PART
    return None


_EOCD = struct.Struct("<4s4H2LH")  # end of central directory record
_ZIP64_LOCATOR = struct.Struct("<4sLQL")  # only its size is used: zipfile ignores its offset too
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")


def _zip_directory(handle) -> tuple[int, int]:
    """The number of members and the size of the central directory, as the zip's end record
    declares them: read from its last bytes before zipfile parses the directory into one object
    per member (a 100 MB zip of a million empty members took 600 MB before any check ran).
    (0, 0) when there is no end record: zipfile then refuses the file itself."""
    size = handle.seek(0, os.SEEK_END)
    tail_size = min(size, _EOCD.size + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + _EOCD.size > len(tail):
        return 0, 0
    _sig, _disk, _start, _here, members, directory, _offset, _comment = _EOCD.unpack_from(tail, at)
    if members == 0xFFFF or directory == 0xFFFFFFFF:  # Zip64: the real figures are in its own record
        # As zipfile reads it: the record sits just before its locator, which precedes the end record.
        start = at - _ZIP64_LOCATOR.size - _ZIP64_EOCD.size
        if start < 0 or tail[at - _ZIP64_LOCATOR.size:][:4] != b"PK\x06\x07" or tail[start:start + 4] != b"PK\x06\x06":
            return 0, 0
        fields = _ZIP64_EOCD.unpack_from(tail, start)
        members, directory = fields[7], fields[8]
    return members, directory


_SHEET_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheet[\s/>]")


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
        limit = _part_limit(info.filename)
        if limit is not None and info.file_size > limit:
            raise ImportFileError(translate(
                "Import", "{name} is too large to import: its part {part} expands to {size}, at most {limit}."
            ).format(name=path.name, part=info.filename, size=_size_text(info.file_size),
                     limit=_size_text(limit)))
    if total > MAX_UNCOMPRESSED:
        raise ImportFileError(translate(
            "Import", "{name} is too large to import ({size} MB uncompressed, at most {limit} MB)."
        ).format(name=path.name, size=total // (1024 * 1024), limit=MAX_UNCOMPRESSED // (1024 * 1024)))
    parsed = sum(info.file_size for info in infos if _part_limit(info.filename) == MAX_PART)
    if parsed > MAX_PARSED_TOTAL:
        raise ImportFileError(translate(
            "Import", "{name} is too large to import: its workbook parts expand to {size}, at most {limit}."
        ).format(name=path.name, size=_size_text(parsed), limit=_size_text(MAX_PARSED_TOTAL)))
    # Each sheet the workbook part lists becomes an object and a read of its part (the same part
    # may be listed 300,000 times): counted in every part openpyxl parses whole, before it does.
    for info in infos:
        if _part_limit(info.filename) == MAX_PART and len(_SHEET_RE.findall(archive.read(info))) > MAX_SHEETS:
            raise ImportFileError(translate(
                "Import", "{name} has more than {limit} sheets; split it into smaller workbooks."
            ).format(name=path.name, limit=MAX_SHEETS))
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        if "xl/workbook.bin" in names:
            raise ImportFileError(translate(
                "Import", "{name} is a binary workbook (.xlsb); save it as “Excel Workbook (*.xlsx)” first."
            ).format(name=path.name))
        raise _not_xlsx(path)


_READING = threading.Lock()


class _Unreadable:
    """A cell whose value its own type cannot hold ("NaN" in a number cell, a date past the
    calendar, a shared text the table lacks): reported as a problem of that cell if it is read."""

    __slots__ = ("kind", "raw")

    def __init__(self, kind: str, raw: str) -> None:
        self.kind = kind
        self.raw = raw

    def shown(self) -> str:
        text = printable(self.raw.strip())
        return text if len(text) <= 40 else text[:40] + "…"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Unreadable) and (self.kind, self.raw) == (other.kind, other.raw)

    def __hash__(self) -> int:
        return hash((self.kind, self.raw))

    def __repr__(self) -> str:
        return f"_Unreadable({self.kind!r}, {self.raw[:40]!r})"


class _NoValue:
    """A formula cell without a computed value (openpyxl reads None): only a spreadsheet program
    could compute it. Put in place of the value by :func:`_read_sheet`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "_NO_VALUE"


_NO_VALUE = _NoValue()


class _FileLimit(Exception):  # noqa: N818 - a refusal, raised through openpyxl's reader
    """A limit reached while openpyxl reads the file; becomes an ImportFileError naming the file."""

    def __init__(self, template: str, **values: Any) -> None:
        super().__init__(template)
        self.template = template
        self.values = values

    def error(self, path: Path) -> ImportFileError:
        return ImportFileError(self.template.format(name=path.name, **self.values))


class _Malformed(Exception):  # noqa: N818 - turned into the "damaged" message
    """The XML of a part is not what SpreadsheetML allows (a cell reference, a row number...)."""


def _local(name: str) -> str:
    return name.rpartition(" ")[2]  # expat's "namespace local" with namespace_separator=" "


def _no_doctype(*_args: Any) -> None:
    raise _Malformed("a document type declaration")


def _expat_parser():
    """An expat parser for the importer's own readers. SpreadsheetML has no DTD: one (and the
    entities it could declare to expand a few bytes into gigabytes) means a damaged file."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.StartDoctypeDeclHandler = _no_doctype
    parser.EntityDeclHandler = _no_doctype
    return parser


_FEED = 1 << 16


def _read_shared_strings(source) -> list[str]:
    """The shared-string table, streamed: each entry's text (its ``t`` and runs' ``t``; phonetic
    runs left out, as openpyxl does), raw: _xHHHH_ escapes are decoded once, by the importer.

    Replaces openpyxl's reader, which builds a rich-text object per entry and keeps every parsed
    element (12 million short strings, a 73 MB file: 1.9 GB and 267 s). The declared
    ``uniqueCount`` is checked before any entry is read, then the real number as they come.
    """
    strings: list[str] = []
    pieces: list[str] = []
    path: list[str] = []
    state = {"collect": False, "chars": 0}

    def too_many() -> _FileLimit:
        return _FileLimit(translate(
            "Import", "{name} holds more than {limit} different texts (its shared-string table); split it "
                      "into smaller workbooks."), limit=f"{MAX_SHARED_STRINGS:,}")

    def start(name: str, attributes: dict[str, str]) -> None:
        local = _local(name)
        path.append(local)
        depth = len(path)
        if depth == 1:
            declared = attributes.get("uniqueCount", "").strip()
            if declared.isdigit() and int(declared) > MAX_SHARED_STRINGS:
                raise too_many()  # before a single entry is read
        elif depth == 2 and local == "si":
            pieces.clear()
            state["chars"] = 0
        elif local == "t" and (depth == 3 or (depth == 4 and path[2] == "r")) and path[1] == "si":
            state["collect"] = True

    def end(name: str) -> None:
        local = path.pop()
        if local == "t":
            state["collect"] = False
        elif local == "si" and len(path) == 1:
            if len(strings) >= MAX_SHARED_STRINGS:
                raise too_many()
            strings.append("".join(pieces))

    def characters(data: str) -> None:
        if state["collect"]:
            pieces.append(data)
            state["chars"] += len(data)
            if state["chars"] > MAX_CELL_CHARS:
                raise _FileLimit(translate(
                    "Import", "{name}: a text of its shared-string table holds more than {limit} characters, "
                              "more than a spreadsheet cell holds."), limit=f"{MAX_CELL_CHARS:,}")

    parser = _expat_parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    _feed(parser, source)
    return strings


def _feed(parser, source) -> None:
    """Feed a whole part to an expat parser in chunks; XML errors become _Malformed."""
    from xml.parsers import expat

    try:
        while True:
            chunk = source.read(_FEED)
            parser.Parse(chunk, not chunk)
            if not chunk:
                return
    except expat.ExpatError as exc:
        raise _Malformed(str(exc)) from None


@functools.cache
def _parser_class():
    """openpyxl's sheet parser with :meth:`parse` replaced by a bounded, streaming one."""
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.utils.datetime import from_excel, from_ISO8601
    from openpyxl.worksheet._reader import WorkSheetParser

    class StreamingSheetParser(WorkSheetParser):
        """The rows of ``<sheetData>``, with openpyxl's cell values (data_only, no rich text),
        read with expat so that nothing but the current row is ever held:

        * reading stops at the end of ``<sheetData>``: what follows (merged ranges, validations,
          conditional formats) was parsed into objects by openpyxl, millions of them if a file
          holds that many; the importer finds merged ranges with a byte scan;
        * cells beyond MAX_COLUMNS are dropped as they end (a cell in column XFD no longer
          widens every row to 16,384 values); a row of more cells than Excel has columns, or a
          cell text beyond MAX_CELL_CHARS, stops the reading;
        * a value its type cannot hold is an :class:`_Unreadable` where openpyxl raised (a
          traceback): "NaN" in a number cell, a date past the calendar, a missing shared text;
        * rows without any value are left out (Excel's formatted empty rows down to row
          1,048,576), as missing rows are.
        """

        def parse(self):  # noqa: C901 - one state machine, kept together
            parser = _expat_parser()
            done: list[tuple[int, list[dict[str, Any]]]] = []
            path: list[str] = []
            cells: list[dict[str, Any]] = []
            pieces: list[str] = []
            cell: dict[str, Any] = {}
            state = {"collect": False, "chars": 0, "count": 0, "in_data": False, "end": False}

            def start(name: str, attributes: dict[str, str]) -> None:
                local = _local(name)
                path.append(local)
                depth = len(path)
                if not state["in_data"]:
                    if depth == 2 and local == "sheetData":
                        state["in_data"] = True
                    return
                if depth == 3 and local == "row":
                    number = attributes.get("r")
                    if number is None:
                        self.row_counter += 1
                    else:
                        self.row_counter = _row_number(number)
                    self.col_counter = 0
                    cells.clear()
                    state["count"] = 0
                elif depth == 4 and local == "c":
                    state["count"] += 1
                    if state["count"] > EXCEL_MAX_COLUMNS:
                        raise _Malformed("more cells in a row than a sheet has columns")
                    ref = attributes.get("r")
                    if ref:
                        try:
                            row, column = coordinate_to_tuple(ref)
                        except (ValueError, TypeError):
                            raise _Malformed(f"cell reference {ref[:20]!r}") from None
                        self.col_counter = column
                    else:
                        self.col_counter += 1
                        row, column = self.row_counter, self.col_counter
                    style = attributes.get("s", "0")
                    if not style.isdigit():
                        raise _Malformed(f"style {style[:20]!r}")
                    cell.clear()
                    cell.update(row=row, column=column, type=attributes.get("t", "n"), style=int(style),
                                inline=False)
                    pieces.clear()
                    state["chars"] = 0
                elif depth == 5:
                    if local == "v":
                        state["collect"] = True
                    elif local == "is":
                        cell["inline"] = True
                elif local == "t" and path[4] == "is" and (depth == 6 or (depth == 7 and path[5] == "r")):
                    state["collect"] = True

            def end(name: str) -> None:
                local = path.pop()
                depth = len(path) + 1
                if not state["in_data"]:
                    return
                if local in ("v", "t"):
                    state["collect"] = False
                elif depth == 4 and local == "c":
                    if cell["column"] <= MAX_COLUMNS:
                        cells.append(value(cell, "".join(pieces)))
                elif depth == 3 and local == "row":
                    if any(c["value"] is not None for c in cells):
                        done.append((self.row_counter, list(cells)))
                    cells.clear()
                elif depth == 2 and local == "sheetData":
                    state["in_data"] = False
                    state["end"] = True

            def characters(data: str) -> None:
                if state["collect"]:
                    pieces.append(data)
                    state["chars"] += len(data)
                    if state["chars"] > MAX_CELL_CHARS:
                        raise _FileLimit(translate(
                            "Import", "{name}: the cell {cell} holds more than {limit} characters, more than a "
                                      "spreadsheet cell holds."),
                            cell=f"{_letter(cell['column'] - 1)}{cell['row']}", limit=f"{MAX_CELL_CHARS:,}")

            def value(found: dict[str, Any], text: str) -> dict[str, Any]:
                kind = found["type"]
                result: Any
                if kind == "inlineStr":
                    result = text if found["inline"] else None
                    kind = "s"
                elif not text:
                    result = None
                elif kind == "n":
                    result = _number(text)
                    if found["style"] in self.date_formats and not isinstance(result, _Unreadable):
                        kind = "d"
                        try:
                            result = from_excel(result, self.epoch,
                                                timedelta=found["style"] in self.timedelta_formats)
                        except (OverflowError, ValueError, TypeError):
                            result = _Unreadable("date", text)
                elif kind == "s":
                    try:
                        index = int(text)
                    except ValueError:
                        index = -1
                    strings = self.shared_strings
                    result = strings[index] if 0 <= index < len(strings) else _Unreadable("shared", text)
                elif kind == "b":
                    result = {"0": False, "1": True}.get(text.strip(), _Unreadable("bool", text))
                elif kind == "str":
                    kind = "s"
                    result = text
                elif kind == "d":
                    try:
                        result = from_ISO8601(text)
                    except (ValueError, OverflowError, TypeError, AttributeError):
                        result = _Unreadable("date", text)
                else:  # "e" (an Excel error) and anything unknown: the text as it is
                    result = text
                return {"row": found["row"], "column": found["column"], "value": result, "data_type": kind,
                        "style_id": found["style"]}

            parser.StartElementHandler = start
            parser.EndElementHandler = end
            parser.CharacterDataHandler = characters
            from xml.parsers import expat

            source = self.source
            while not state["end"]:
                chunk = source.read(_FEED)
                try:
                    parser.Parse(chunk, not chunk)
                except expat.ExpatError as exc:
                    raise _Malformed(str(exc)) from None
                yield from done
                done.clear()
                if not chunk:
                    break

    return StreamingSheetParser


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        raise _Malformed(f"row number {text[:20]!r}") from None
    if not number.is_integer():
        raise _Malformed(f"row number {text[:20]!r}")
    return int(number)


def _number(text: str) -> Any:
    """openpyxl's reading of a number cell, without its exceptions: int, or a finite float."""
    try:
        if "." in text or "e" in text or "E" in text:
            number = float(text)
            return number if math.isfinite(number) else _Unreadable("number", text)
        return int(text)
    except ValueError:
        return _Unreadable("number", text)


def _read_date_styles(archive, wb) -> None:
    """Which cell styles show a date or a duration: all openpyxl's read-only sheets need of the
    styles part. Streamed in place of ``apply_stylesheet``, which parses the whole part into
    objects (a 15 MB one took 355 MB); the sets are computed as openpyxl computes them."""
    from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format

    try:
        source = archive.open("xl/styles.xml")
    except KeyError:
        return
    custom: dict[int, str] = {}
    styles: list[int] = []
    path: list[str] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        local = _local(name)
        path.append(local)
        if len(path) == 3 and local == "numFmt" and path[1] == "numFmts":
            number = attributes.get("numFmtId", "")
            if number.isdigit():
                custom[int(number)] = attributes.get("formatCode", "")
        elif len(path) == 3 and local == "xf" and path[1] == "cellXfs":
            number = attributes.get("numFmtId", "0")
            styles.append(int(number) if number.isdigit() else 0)

    def end(name: str) -> None:
        path.pop()

    parser = _expat_parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    with source:
        _feed(parser, source)
    dates, durations = set(), set()
    for index, number in enumerate(styles):
        code = custom[number] if number in custom else builtin_format_code(number)
        if code and is_date_format(code):
            dates.add(index)
        if code and is_timedelta_format(code):
            durations.add(index)
    wb._date_formats = dates  # noqa: SLF001 - what apply_stylesheet sets, read by the sheets
    wb._timedelta_formats = durations  # noqa: SLF001


@contextlib.contextmanager
def _fast_reading() -> Iterator[None]:
    """openpyxl's read-only mode, with its costs and its unbounded parts replaced.

    * Sizing: on load openpyxl looks for each sheet's ``<dimension>``; when there is none (files
      openpyxl writes, our export among them) it parses the whole sheet only to learn that. The
      importer never uses a declared size (:func:`_read_sheet` resets it and reads to the end), so
      sheets start unsized, as ``reset_dimensions()`` leaves them.
    * Shared strings: read by :func:`_read_shared_strings`, bounded, without rich-text objects.
    * Sheets: parsed by :func:`_parser_class`'s streaming parser, bounded by the limits above.
    * Styles: only which styles are dates, by :func:`_read_date_styles`.
    * Chart sheets: not read (openpyxl parses their drawings and charts; they hold no rows).

    Only while this workbook is read; the lock keeps two imports from restoring each other's change.
    """
    from openpyxl.reader import excel
    from openpyxl.worksheet import _read_only

    with _READING:
        sizing, parser = _read_only.ReadOnlyWorksheet._get_size, _read_only.WorkSheetParser  # noqa: SLF001
        strings, styles = excel.read_string_table, excel.apply_stylesheet
        charts = excel.ExcelReader.read_chartsheet
        _read_only.ReadOnlyWorksheet._get_size = lambda self: None  # noqa: SLF001
        _read_only.WorkSheetParser = _parser_class()
        excel.read_string_table = _read_shared_strings
        excel.apply_stylesheet = _read_date_styles
        excel.ExcelReader.read_chartsheet = lambda self, sheet, rel: None
        try:
            yield
        finally:
            _read_only.ReadOnlyWorksheet._get_size = sizing  # noqa: SLF001
            _read_only.WorkSheetParser = parser
            excel.read_string_table, excel.apply_stylesheet = strings, styles
            excel.ExcelReader.read_chartsheet = charts


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
    members, directory = _zip_directory(handle)
    if members > MAX_MEMBERS or directory > MAX_DIRECTORY:
        raise _damaged(path)  # no workbook has that many parts; zipfile would hold them all
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
            return load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except _FileLimit as exc:
        raise exc.error(path) from None
    except _Malformed:
        raise _damaged(path) from None
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
    # (row number, values in the order of ``keys``): a tuple per row, not a dict, and each row let
    # go of as soon as it is planned; a preview of 100,000 rows holds them all at once.
    rows: list[tuple[int, tuple[Any, ...]]]
    keys: tuple[str, ...] = ()

    def values(self, row: tuple[Any, ...]) -> dict[str, Any]:
        return dict(zip(self.keys, row, strict=True))

    def column_name(self, key: str) -> str:
        index, header = self.columns[key]
        return f"{_letter(index)} ({header})"


@dataclass
class _WorkbookData:
    sheets: list[_SheetData] = field(default_factory=list)
    problems: _Problems = field(default_factory=_Problems)
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    kept: int = 0  # bytes of cell text held for the preview
    texts: dict[str, str] = field(default_factory=dict)  # short texts seen, to hold each once

    def keep(self, text: str) -> str:
        """``text``, held until the preview is made, counted against MAX_KEPT_TEXT.

        The rows cannot be streamed past the planner (IDs are looked up for all rows at once),
        so the text they hold is bounded instead. A short text that repeats (a partner, a status,
        a unit in every row) is held once: each cell read is a new string otherwise.
        """
        if len(text) <= 100:
            known = self.texts.get(text)
            if known is not None:
                return known
            if len(self.texts) < 200_000:
                self.texts[text] = text
        self.kept += sys.getsizeof(text)
        if self.kept > MAX_KEPT_TEXT:
            raise _FileLimit(translate(
                "Import", "{name} holds more text than can be imported at once (over {limit}); split it into "
                          "smaller workbooks."), limit=_size_text(MAX_KEPT_TEXT))
        return text


def _field_label(key: str) -> str:
    """A follow-up field named as the follow-up sheet names it, in the UI language.

    Not ``translate("Field", spec.label)``: that key is shared by every record's field of the
    same English name, and the meeting's "Direction" (Hình thức đoàn) answered for the follow-up's.
    """
    column = next((c for c in (*FOLLOWUPS.columns, *_EXTRA_COLUMNS) if c.key == key), None)
    return column.header(language()) if column is not None else key


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


def _too_many_merges(title: str) -> _FileLimit:
    return _FileLimit(translate(
        "Import", "{name}: the sheet “{sheet}” has more than {limit} merged ranges; unmerge its cells and "
                  "import again."), sheet=title, limit=f"{MAX_MERGED_RANGES:,}")


def _scan_sheet_xml(source, title: str) -> tuple[list[tuple[int, int, int, int]], bool]:
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
        if len(merges) > MAX_MERGED_RANGES:
            raise _too_many_merges(title)
        tail = data[-256:]
    ranges = []
    for first, last in merges:
        try:
            r0, c0 = _split_ref(first.decode())
            r1, c1 = _split_ref(last.decode())
        except ValueError:
            raise _Malformed("merged range") from None
        ranges.append((min(r0, r1), min(c0, c1) - 1, max(r0, r1), max(c0, c1) - 1))
    return ranges, has_formula


def _formulas_without_value(source, title: str) -> set[tuple[int, int]]:
    """Cells holding a formula but no cached value, as (row, column), found with the rows and
    columns counted as the sheet parser counts them. Streamed; more than MAX_UNCOMPUTED of them
    refuse the file (each would be a problem, and the set is held while the sheet is read)."""
    from openpyxl.utils.cell import coordinate_to_tuple

    found: set[tuple[int, int]] = set()
    path: list[str] = []
    at = {"row": 0, "column": 0}
    cell = {"formula": False, "value": False, "collect": False, "row": 0, "column": 0, "end": False}

    def start(name: str, attributes: dict[str, str]) -> None:
        local = _local(name)
        path.append(local)
        depth = len(path)
        if depth < 3 or path[1] != "sheetData":
            return
        if depth == 3 and local == "row":
            number = attributes.get("r")
            at["row"] = _row_number(number) if number is not None else at["row"] + 1
            at["column"] = 0
        elif depth == 4 and local == "c":
            ref = attributes.get("r")
            if ref:
                try:
                    row, at["column"] = coordinate_to_tuple(ref)
                except (ValueError, TypeError):
                    raise _Malformed(f"cell reference {ref[:20]!r}") from None
            else:
                at["column"] += 1
                row = at["row"]
            cell.update(formula=False, value=False, collect=False, row=row, column=at["column"])
        elif depth == 5 and local == "f":
            cell["formula"] = True
        elif depth >= 5 and path[4] in ("v", "is"):
            cell["collect"] = True

    def end(name: str) -> None:
        local = path.pop()
        depth = len(path) + 1
        if depth == 4 and local == "c" and path[1:2] == ["sheetData"]:
            if cell["formula"] and not cell["value"]:
                found.add((cell["row"], cell["column"]))
                if len(found) > MAX_UNCOMPUTED:
                    raise _FileLimit(translate(
                        "Import", "{name}: the sheet “{sheet}” has more than {limit} formulas without a computed "
                                  "value; open the file in Excel, let it calculate and save it."),
                        sheet=title, limit=f"{MAX_UNCOMPUTED:,}")
        elif depth == 2 and local == "sheetData":
            cell["end"] = True
        elif depth == 5:
            cell["collect"] = False

    def characters(data: str) -> None:
        if cell["collect"] and not cell["value"] and data.strip():
            cell["value"] = True

    parser = _expat_parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    from xml.parsers import expat

    while not cell["end"]:
        chunk = source.read(_FEED)
        try:
            parser.Parse(chunk, not chunk)
        except expat.ExpatError as exc:
            raise _Malformed(str(exc)) from None
        if not chunk:
            break
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


def _read_long_texts(ws, keep: Callable[[str], str]) -> dict[tuple[str, str], str]:
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
        text = keep(unescape_xstring(text)) if isinstance(text, str) else ""
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


def _header_text(value: Any) -> str:
    """A header cell as the preview names it (the officer's text, safe to print)."""
    if isinstance(value, _Unreadable):
        return value.shown()
    if isinstance(value, str):
        return printable(clean(unescape_xstring(value)))
    return clean(str(value))


def _cell_problem(value: Any) -> str | None:
    """What is wrong with a cell's value as read, or None."""
    if value is _NO_VALUE:
        return translate("Import", "a formula without a computed value; open the file in Excel, let it calculate "
                                   "and save, or type the value.")
    if isinstance(value, _Unreadable):
        if value.kind == "shared":
            return translate("Import", "the cell refers to a shared text the file does not hold (the file is "
                                       "damaged); type the value again.")
        if value.kind == "date":
            template = translate("Import", "the cell is a date cell but holds “{value}”, which is not a date; "
                                           "type the value again.")
        elif value.kind == "bool":
            template = translate("Import", "the cell is a TRUE/FALSE cell but holds “{value}”; type the value "
                                           "again.")
        else:
            template = translate("Import", "the cell is a number cell but holds “{value}”, which is not a number; "
                                           "type the value again.")
        return template.format(value=value.shown())
    return None


def _read_sheet(ws, data: _WorkbookData, named: bool,
                long_texts: dict[tuple[str, str], str] | None = None) -> str:
    """Read one sheet into ``data``: "read", "empty", or "other" (data but no follow-up header)."""
    title = ws.title
    with _sheet_source(ws) as source:
        merges, has_formula = _scan_sheet_xml(source, title)
    no_value: set[tuple[int, int]] = set()
    if has_formula:
        with _sheet_source(ws) as source:
            no_value = _formulas_without_value(source, title)
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
        if value is None or value is _NO_VALUE or (isinstance(value, str) and not value.strip()):
            continue
        where = f"{_letter(index)} ({_header_text(value)})"
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
            sheet.columns[key] = (index, _header_text(value))

    # Merged header cells hide which column a header names; merged data cells show their top-left
    # value in every cell of the range, so that is what the importer reads there too.
    fill: dict[int, list[tuple[int, int, tuple[int, int]]]] = {}
    limit = header_row + MAX_ROWS
    filled = 0
    for r0, c0, r1, c1 in merges:
        if r1 < header_row:
            continue  # the title block
        if r0 <= header_row:
            data.problems.append(Problem(title, header_row, f"{_letter(c0)}–{_letter(c1)}", translate(
                "Import", "merged header cells; unmerge them so that each column has its own header.")))
            continue
        filled += max(0, min(r1, limit + 1) - r0 + 1)
        if filled > MAX_MERGED_ROWS:
            raise _FileLimit(translate(
                "Import", "{name}: merged ranges of the sheet “{sheet}” cover more than {limit} rows; unmerge its "
                          "cells and import again."), sheet=title, limit=f"{MAX_MERGED_ROWS:,}")
        for r in range(r0, min(r1, limit + 1) + 1):
            fill.setdefault(r, []).append((c0, c1, (r0, c0)))
    anchors: dict[tuple[int, int], Any] = {}
    wanted = [(key, index) for key, (index, _) in sheet.columns.items()]
    sheet.keys = tuple(key for key, _ in wanted)
    max_wanted = max((index for _, index in wanted), default=0)
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
        values: list[Any] = []
        for key, index in wanted:
            value = row[index] if index < len(row) else None
            if no_value and (number, index + 1) in no_value:
                value = _NO_VALUE
            problem = _cell_problem(value)
            if problem is None and isinstance(value, str):
                if value.strip() in _EXCEL_ERRORS:
                    problem = translate("Import", "the cell shows the Excel error {error}.").format(error=value.strip())
                else:
                    value = unescape_xstring(value)
                    if long_keys and (folded_title, f"{_letter(index)}{number}") in long_keys:
                        value = _whole_text(value, long_keys.get((folded_title, f"{_letter(index)}{number}")))
                    half = lone_surrogate(value)
                    if half is not None:
                        problem = translate("Import", "the text holds {code}, half of a character that no text can "
                                                      "hold; type the text again.").format(code=half)
                    elif not value.strip():
                        value = None
                    else:
                        value = data.keep(value)
            if problem is not None:
                data.problems.append(Problem(title, number, sheet.column_name(key), problem))
                value = _BAD
            values.append(value)
        if any(v is not None for v in values):
            sheet.rows.append((number, tuple(values)))
    data.sheets.append(sheet)
    if has_formula and sheet.rows:
        data.notices.append(translate(
            "Import", "Sheet “{sheet}” contains formulas: their last computed values were read, never "
                      "recalculated.").format(sheet=title))
    return "read"


def read_workbook(path: str | Path) -> _WorkbookData:
    """Every follow-up sheet of the file as raw rows; file-level failures raise ImportFileError."""
    path = Path(path)
    handle = _open_regular(path)  # kept open while openpyxl streams from it
    try:
        with _fast_reading():
            workbook = _open_workbook(path, handle)
            try:
                return _read_sheets(path, workbook)
            except _FileLimit as exc:
                raise exc.error(path) from None
            except (_Malformed, zipfile.BadZipFile, KeyError, ParseError, zlib.error, EOFError) as exc:
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
            long_texts.update(_read_long_texts(ws, data.keep))
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
    """A follow-up ID: a whole number from 1 to the largest the database stores (2^63 - 1)."""
    if isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer() and 0 < raw <= MAX_ID:
        return int(raw)
    text = _text(raw).lstrip("#").strip()
    if text.isascii() and text.isdigit() and len(text) < 20 and 0 < int(text) <= MAX_ID:
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
    return {(partner_id, fold(title)): fid for fid, partner_id, title in tracker.followup_titles()}


# --------------------------------------------------------------------------------------------
# The preview
# --------------------------------------------------------------------------------------------


def preview_import(tracker: Tracker, path: str | Path, *, create_partners: bool = False) -> ImportPreview:
    """What importing ``path`` would do; reads the database, writes nothing."""
    path = Path(path)
    data = read_workbook(path)
    preview = ImportPreview(path=path, create_partners=create_partners, problems=data.problems,
                            ignored_columns=data.ignored_columns, skipped_sheets=data.skipped_sheets,
                            notices=list(data.notices), sheets=[s.title for s in data.sheets])
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
            self.preview.problems.append(Problem(sheet.title, None, None, translate(
                "Import", "the sheet has no Partner column; rows without an ID create follow-ups and need one.")))
            return
        if creating and "direction" not in sheet.columns:
            self.preview.notices.append(translate(
                "Import", "Sheet “{sheet}” has no Direction column: new follow-ups are recorded as “{label}”."
            ).format(sheet=sheet.title, label=label(FollowUpDirection, FollowUpDirection.OURS)))
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
        raise _Bad(translate("Import", "no partner is named “{value}”; add it first, or allow creating unknown "
                                       "partners.").format(value=text) + self.hint(text, key))

    def hint(self, text: str, key: str) -> str:
        """" Did you mean …?" for an unknown partner name: a database search, so done once per name
        and for the first HINT_LIMIT names only (200,000 unknown names took 20 minutes)."""
        if key in self.hints:
            return self.hints[key]
        hint = ""
        digits = text.isascii() and text.isdigit()
        if len(self.hints) < HINT_LIMIT and not (digits and (len(text) >= 20 or int(text) > MAX_ID)):
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
        def required(key: str) -> None:
            if key in parsed and parsed[key] is None:
                problems.append(Problem(sheet.title, number, sheet.column_name(key),
                                        translate("Validation", "{field} is required.").format(field=_field_label(key))))
        required("title")
        required("partner")
        if "direction" in sheet.columns:
            required("direction")
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
            self.shared(format_due(due.date, due.precision, self.lang)) if due else "", status,
            parsed.get("latest_note"), values,
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
        for key in ("title", "partner", "direction"):
            if key in parsed and parsed[key] is None:
                problems.append(Problem(sheet.title, number, sheet.column_name(key),
                                        translate("Validation", "{field} is required.").format(field=_field_label(key))))
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
                changes.append(FieldChange("due", header("due"), self.shared(current.due_text(self.lang)),
                                           self.shared(format_due(new[0], new[1], self.lang))))
                new_values["due"] = due
                expected["due_date"], expected["due_precision"] = old
        status = None
        if parsed.get("status") is not None and parsed["status"] != current.status:
            status = parsed["status"]
            changes.append(FieldChange("status", header("status"), self.shared(label(FollowUpStatus, current.status)),
                                       self.shared(label(FollowUpStatus, status))))
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
            sheet.title, number, followup_id, current.title, tuple(changes),
            tuple(itertools.chain.from_iterable(new_values.items())),
            tuple(itertools.chain.from_iterable((k, self.shared(v) if isinstance(v, str) else v)
                                                for k, v in expected.items())),
            status, note, new_partner,
        ))


# --------------------------------------------------------------------------------------------
# Apply: all of it in one transaction, or nothing
# --------------------------------------------------------------------------------------------


PLAN_CHUNK = 2000  # rows planned at a time, with the follow-ups they name read for them


def _chunks(items: list, size: int = 2000) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def apply_import(tracker: Tracker, preview: ImportPreview, *, today: dt.date | None = None) -> ImportResult:
    """Write what the preview showed, in one transaction with audit entries naming the file.

    Refused while the preview has problems. Everything goes through the Tracker's unit of work
    (:meth:`Tracker.bulk`), which checks and audits each follow-up as ``create_followup``,
    ``update_followup`` and ``record_progress`` do; each follow-up updated must still hold the
    values the preview showed, or nothing is written (:class:`ImportStaleError`).
    """
    if preview.problems:
        raise ImportProblemsError(translate(
            "Import", "Nothing was imported: {n} problems in {name} must be fixed first.").format(
            n=preview.problem_count, name=preview.file_name))
    try:
        with tracker.bulk(note=f"import: {preview.file_name}", today=today) as work:
            created_partners = {key: work.create_partner(name=name, kind=PartnerKind.OTHER.value)
                                for key, name in preview.new_partners.items()}
            for item in preview.updates:
                work.expect(item.followup_id, item.expected)
                values = item.values
                if item.new_partner is not None:
                    values["partner_id"] = created_partners[item.new_partner]
                if values:
                    work.update_followup(item.followup_id, values)
                if item.writes_progress:
                    work.record_progress(item.followup_id, status=item.status, note=item.note)
            for new in preview.creates:
                values = dict(new.values, status=new.status)
                if new.new_partner is not None:
                    values["partner_id"] = created_partners[new.new_partner]
                work.create_followup(values, note=new.note)
    except ChangedMeanwhile as exc:
        raise ImportStaleError(translate(
            "Import", "Follow-up #{id} was changed after the preview; nothing was imported. Preview "
                      "the file again.").format(id=exc.record_id)) from None
    return ImportResult(len(preview.creates), len(preview.updates), work.progress_entries, len(preview.new_partners))
