"""Opening a workbook safely: a regular file, a zip whose declared sizes are checked before a part
is read, shared strings and styles read by the importer's own expat readers, openpyxl kept to the
parts it parses whole (see the package's docstring for the limits)."""

from __future__ import annotations

import contextlib
import functools
import math
import os
import re
import stat
import struct
import threading
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from ..i18n import translate
from ..library_internals import set_style_formats, swap_read_only_reading, worksheet_parser
from ..sheets import printable
from . import limits
from .results import ImportFileError

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_EXCEL_ERRORS = {
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
    "#FIELD!",
    "#BLOCKED!",
    "#UNKNOWN!",
    "#CONNECT!",
    "#BUSY!",
}


# --------------------------------------------------------------------------------------------
# Opening the file safely
# --------------------------------------------------------------------------------------------


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _read_error(path: Path, exc: OSError) -> ImportFileError:
    if isinstance(exc, PermissionError):
        return ImportFileError(
            translate(
                "Import", "Cannot read {path}: permission denied, or the file is open in another program (close it and try again)."
            ).format(path=path)
        )
    if isinstance(exc, FileNotFoundError):
        return ImportFileError(translate("Import", "{path} does not exist.").format(path=path))
    if isinstance(exc, IsADirectoryError):
        return ImportFileError(translate("Import", "{path} is a folder, not a workbook.").format(path=path))
    return ImportFileError(translate("Import", "Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or str(exc)))


def _not_xlsx(path: Path) -> ImportFileError:
    return ImportFileError(
        translate("Import", "{name} is not an Excel workbook (.xlsx). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.").format(
            name=path.name
        )
    )


def _damaged(path: Path) -> ImportFileError:
    return ImportFileError(
        translate("Import", "{name} is damaged or not a real .xlsx workbook; nothing was imported.").format(name=path.name)
    )


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
    raise ImportFileError(
        translate("Import", "{name} is not a regular file (it is a named pipe, a device or a socket); nothing was read.").format(
            name=path.name
        )
    )


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
        return limits.MAX_STRINGS_PART
    if lowered == "xl/styles.xml":
        return limits.MAX_STYLES_PART
    if (
        lowered.endswith(".rels")
        or lowered == "[content_types].xml"
        or base.startswith("workbook")
        or lowered in ("docprops/core.xml", "docprops/custom.xml")
        or lowered.startswith("xl/theme/")
    ):
        return limits.MAX_PART
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
        if start < 0 or tail[at - _ZIP64_LOCATOR.size :][:4] != b"PK\x06\x07" or tail[start : start + 4] != b"PK\x06\x06":
            return 0, 0
        fields = _ZIP64_EOCD.unpack_from(tail, start)
        members, directory = fields[7], fields[8]
    return members, directory


_SHEET_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheet[\s/>]")


def _check_zip(path: Path, archive: zipfile.ZipFile) -> None:
    """Declared sizes are enforced by zipfile while reading, so checking them bounds the work."""
    infos = archive.infolist()
    if len(infos) > limits.MAX_MEMBERS:
        raise _damaged(path)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.RATIO_MIN_SIZE and info.file_size > limits.MAX_RATIO * max(info.compress_size, 1):
            raise ImportFileError(
                translate("Import", "{name} expands to far more data than it holds (a “zip bomb”); it was not opened.").format(
                    name=path.name
                )
            )
        limit = _part_limit(info.filename)
        if limit is not None and info.file_size > limit:
            raise ImportFileError(
                translate("Import", "{name} is too large to import: its part {part} expands to {size}, at most {limit}.").format(
                    name=path.name, part=info.filename, size=_size_text(info.file_size), limit=_size_text(limit)
                )
            )
    if total > limits.MAX_UNCOMPRESSED:
        raise ImportFileError(
            translate("Import", "{name} is too large to import ({size} MB uncompressed, at most {limit} MB).").format(
                name=path.name, size=total // (1024 * 1024), limit=limits.MAX_UNCOMPRESSED // (1024 * 1024)
            )
        )
    parsed = sum(info.file_size for info in infos if _part_limit(info.filename) == limits.MAX_PART)
    if parsed > limits.MAX_PARSED_TOTAL:
        raise ImportFileError(
            translate("Import", "{name} is too large to import: its workbook parts expand to {size}, at most {limit}.").format(
                name=path.name, size=_size_text(parsed), limit=_size_text(limits.MAX_PARSED_TOTAL)
            )
        )
    # Each sheet the workbook part lists becomes an object and a read of its part (the same part
    # may be listed 300,000 times): counted in every part openpyxl parses whole, before it does.
    for info in infos:
        if _part_limit(info.filename) == limits.MAX_PART and len(_SHEET_RE.findall(archive.read(info))) > limits.MAX_SHEETS:
            raise ImportFileError(
                translate("Import", "{name} has more than {limit} sheets; split it into smaller workbooks.").format(
                    name=path.name, limit=limits.MAX_SHEETS
                )
            )
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        if "xl/workbook.bin" in names:
            raise ImportFileError(
                translate("Import", "{name} is a binary workbook (.xlsb); save it as “Excel Workbook (*.xlsx)” first.").format(
                    name=path.name
                )
            )
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


class _FileLimit(Exception):
    """A limit reached while openpyxl reads the file; becomes an ImportFileError naming the file."""

    def __init__(self, template: str, **values: Any) -> None:
        super().__init__(template)
        self.template = template
        self.values = values

    def error(self, path: Path) -> ImportFileError:
        return ImportFileError(self.template.format(name=path.name, **self.values))


class _Malformed(Exception):
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
        return _FileLimit(
            translate(
                "Import", "{name} holds more than {limit} different texts (its shared-string table); split it into smaller workbooks."
            ),
            limit=f"{limits.MAX_SHARED_STRINGS:,}",
        )

    def start(name: str, attributes: dict[str, str]) -> None:
        local = _local(name)
        path.append(local)
        depth = len(path)
        if depth == 1:
            declared = attributes.get("uniqueCount", "").strip()
            if declared.isdigit() and int(declared) > limits.MAX_SHARED_STRINGS:
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
            if len(strings) >= limits.MAX_SHARED_STRINGS:
                raise too_many()
            strings.append("".join(pieces))

    def characters(data: str) -> None:
        if state["collect"]:
            pieces.append(data)
            state["chars"] += len(data)
            if state["chars"] > limits.MAX_CELL_CHARS:
                raise _FileLimit(
                    translate(
                        "Import",
                        "{name}: a text of its shared-string table holds more than {limit} characters, more than a spreadsheet cell holds.",
                    ),
                    limit=f"{limits.MAX_CELL_CHARS:,}",
                )

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

    class StreamingSheetParser(worksheet_parser()):
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

        row_counter: int  # openpyxl's counters, kept as it keeps them
        col_counter: int

        def parse(self):
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
                    if state["count"] > limits.EXCEL_MAX_COLUMNS:
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
                    cell.update(row=row, column=column, type=attributes.get("t", "n"), style=int(style), inline=False)
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
                    if cell["column"] <= limits.MAX_COLUMNS:
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
                    if state["chars"] > limits.MAX_CELL_CHARS:
                        raise _FileLimit(
                            translate(
                                "Import", "{name}: the cell {cell} holds more than {limit} characters, more than a spreadsheet cell holds."
                            ),
                            cell=f"{_letter(cell['column'] - 1)}{cell['row']}",
                            limit=f"{limits.MAX_CELL_CHARS:,}",
                        )

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
                            result = from_excel(result, self.epoch, timedelta=found["style"] in self.timedelta_formats)
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
                return {"row": found["row"], "column": found["column"], "value": result, "data_type": kind, "style_id": found["style"]}

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
    set_style_formats(wb, dates, durations)


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

    with _READING:
        strings, styles = excel.read_string_table, excel.apply_stylesheet
        charts = excel.ExcelReader.read_chartsheet
        sizing, parser = swap_read_only_reading(lambda self: None, _parser_class())
        excel.read_string_table = _read_shared_strings
        excel.apply_stylesheet = _read_date_styles
        excel.ExcelReader.read_chartsheet = lambda self, sheet, rel: None
        try:
            yield
        finally:
            swap_read_only_reading(sizing, parser)
            excel.read_string_table, excel.apply_stylesheet = strings, styles
            excel.ExcelReader.read_chartsheet = charts


def _open_workbook(path: Path, handle) -> Any:
    head = handle.read(8)
    if head.startswith(_OLE_SIGNATURE):
        raise ImportFileError(
            translate(
                "Import",
                "{name} is password-protected or an old Excel 97–2003 (.xls) file. Remove the password "
                "or save it as “Excel Workbook (*.xlsx)”, then import again.",
            ).format(name=path.name)
        )
    if not head:
        raise ImportFileError(translate("Import", "{name} is an empty file.").format(name=path.name))
    if not head.startswith(_ZIP_SIGNATURES):
        raise _not_xlsx(path)
    members, directory = _zip_directory(handle)
    if members > limits.MAX_MEMBERS or directory > limits.MAX_DIRECTORY:
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
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        IndexError,
        AttributeError,
        EOFError,
        ParseError,
        zlib.error,
        NotImplementedError,
    ) as exc:
        if type(exc).__name__ == "InvalidFileException":
            raise _not_xlsx(path) from None
        raise _damaged(path) from None
    except Exception as exc:  # openpyxl's own InvalidFileException
        if type(exc).__name__ == "InvalidFileException":
            raise _not_xlsx(path) from None
        raise
