"""Reading the sheets of an opened workbook into rows of cell values keyed by column: headers found
near the top in either language, merged cells, formulas without a value, the Long texts sheet."""

from __future__ import annotations

import re
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from ..i18n import language, translate
from ..library_internals import sheet_source
from ..sheets import AGREEMENTS, FOLLOWUPS, LONG_TEXTS, MEETINGS, PARTNERS, SUMMARY, lone_surrogate, printable, unescape_xstring
from ..text import clean, fold
from . import limits
from .opening import (
    _EXCEL_ERRORS,
    _FEED,
    _NO_VALUE,
    _damaged,
    _expat_parser,
    _fast_reading,
    _FileLimit,
    _letter,
    _local,
    _Malformed,
    _open_regular,
    _open_workbook,
    _read_error,
    _row_number,
    _size_text,
    _Unreadable,
)
from .results import ImportFileError, Problem, _Problems
from .vocabulary import _EXTRA_COLUMNS, _HEADER_ALIASES, COMPUTED_KEYS

# --------------------------------------------------------------------------------------------
# Reading the sheets
# --------------------------------------------------------------------------------------------


_BAD = object()  # a cell already reported as a problem while reading


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
        if self.kept > limits.MAX_KEPT_TEXT:
            raise _FileLimit(
                translate("Import", "{name} holds more text than can be imported at once (over {limit}); split it into smaller workbooks."),
                limit=_size_text(limits.MAX_KEPT_TEXT),
            )
        return text


def _field_label(key: str) -> str:
    """A follow-up field named as the follow-up sheet names it, in the UI language.

    Not the field's label (``validate.label_of``): a problem in a workbook names the column as the
    sheet heads it, which is what the officer has in front of them.
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
    return {i: key for i, value in enumerate(row[: limits.MAX_COLUMNS]) if (key := _match_header(value))}


def _is_header(keys: dict[int, str]) -> bool:
    found = set(keys.values())
    return "title" in found and bool(found & {"partner", "id", "status", "due"})


_SCAN_CHUNK = 1 << 20
_MERGE_RE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+[0-9]+):([A-Z]+[0-9]+)\"")
_FORMULA_RE = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _too_many_merges(title: str) -> _FileLimit:
    return _FileLimit(
        translate("Import", "{name}: the sheet “{sheet}” has more than {limit} merged ranges; unmerge its cells and import again."),
        sheet=title,
        limit=f"{limits.MAX_MERGED_RANGES:,}",
    )


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
        if len(merges) > limits.MAX_MERGED_RANGES:
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
                if len(found) > limits.MAX_UNCOMPUTED:
                    raise _FileLimit(
                        translate(
                            "Import",
                            "{name}: the sheet “{sheet}” has more than {limit} formulas without a computed "
                            "value; open the file in Excel, let it calculate and save it.",
                        ),
                        sheet=title,
                        limit=f"{limits.MAX_UNCOMPUTED:,}",
                    )
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
    return sheet_source(ws)


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
        for index, value in enumerate(row[: limits.MAX_COLUMNS]):
            column = LONG_TEXTS.match_header(value) if isinstance(value, str) else None
            if column is not None:
                found[column.key] = index
        if {"sheet", "cell", "part", "text"} <= set(found):
            columns = found
            break
        if number >= limits.HEADER_SCAN_ROWS:
            return {}
    if not columns:
        return {}
    parts: dict[tuple[str, str], dict[int, str]] = {}
    for count, row in enumerate(rows):
        if count > limits.MAX_ROWS:
            break
        sheet, cell, part, text = (row[columns[k]] if columns[k] < len(row) else None for k in ("sheet", "cell", "part", "text"))
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
        return translate(
            "Import", "a formula without a computed value; open the file in Excel, let it calculate and save, or type the value."
        )
    if isinstance(value, _Unreadable):
        if value.kind == "shared":
            return translate(
                "Import", "the cell refers to a shared text the file does not hold (the file is damaged); type the value again."
            )
        if value.kind == "date":
            template = translate("Import", "the cell is a date cell but holds “{value}”, which is not a date; type the value again.")
        elif value.kind == "bool":
            template = translate("Import", "the cell is a TRUE/FALSE cell but holds “{value}”; type the value again.")
        else:
            template = translate("Import", "the cell is a number cell but holds “{value}”, which is not a number; type the value again.")
        return template.format(value=value.shown())
    return None


def _read_sheet(ws, data: _WorkbookData, named: bool, long_texts: dict[tuple[str, str], str] | None = None) -> str:
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
        if number >= limits.HEADER_SCAN_ROWS:
            break
    if not header_row:
        if not seen_any:
            return "empty"
        if named:
            data.problems.append(
                Problem(
                    title,
                    None,
                    None,
                    translate(
                        "Import",
                        "no header row found in the first {n} rows (a row with at least the Title column and "
                        "one of ID, Partner, Status or Due).",
                    ).format(n=limits.HEADER_SCAN_ROWS),
                )
            )
            return "read"
        return "other"

    sheet = _SheetData(title, header_row, {}, [])
    for index, value in enumerate(header_values[: limits.MAX_COLUMNS]):
        if value is None or value is _NO_VALUE or (isinstance(value, str) and not value.strip()):
            continue
        where = f"{_letter(index)} ({_header_text(value)})"
        key = keys.get(index)
        if key is None:
            data.ignored_columns.append((title, where))
        elif key in COMPUTED_KEYS:
            continue
        elif key in sheet.columns:
            data.problems.append(
                Problem(
                    title,
                    header_row,
                    where,
                    translate("Import", "this column repeats the column {other}; keep only one.").format(other=sheet.column_name(key)),
                )
            )
        else:
            sheet.columns[key] = (index, _header_text(value))

    # Merged header cells hide which column a header names; merged data cells show their top-left
    # value in every cell of the range, so that is what the importer reads there too.
    fill: dict[int, list[tuple[int, int, tuple[int, int]]]] = {}
    limit = header_row + limits.MAX_ROWS
    filled = 0
    for r0, c0, r1, c1 in merges:
        if r1 < header_row:
            continue  # the title block
        if r0 <= header_row:
            data.problems.append(
                Problem(
                    title,
                    header_row,
                    f"{_letter(c0)}–{_letter(c1)}",
                    translate("Import", "merged header cells; unmerge them so that each column has its own header."),
                )
            )
            continue
        filled += max(0, min(r1, limit + 1) - r0 + 1)
        if filled > limits.MAX_MERGED_ROWS:
            raise _FileLimit(
                translate(
                    "Import",
                    "{name}: merged ranges of the sheet “{sheet}” cover more than {limit} rows; unmerge its cells and import again.",
                ),
                sheet=title,
                limit=f"{limits.MAX_MERGED_ROWS:,}",
            )
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
            raise ImportFileError(
                translate("Import", "Sheet “{sheet}” has more than {limit} rows; split it into smaller workbooks.").format(
                    sheet=title, limit=f"{limits.MAX_ROWS:,}"
                )
            )
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
                        problem = translate(
                            "Import", "the text holds {code}, half of a character that no text can hold; type the text again."
                        ).format(code=half)
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
        data.notices.append(
            translate("Import", "Sheet “{sheet}” contains formulas: their last computed values were read, never recalculated.").format(
                sheet=title
            )
        )
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
            raise ImportFileError(
                translate(
                    "Import",
                    "The follow-ups sheet “{sheet}” of {name} is hidden; unhide it in Excel (right-click a "
                    "sheet tab → Unhide) and import again.",
                ).format(sheet=hidden_followups[0], name=path.name)
            )
        if not anything:
            raise ImportFileError(translate("Import", "{name} is empty: no sheet holds any data.").format(name=path.name))
        raise ImportFileError(
            translate(
                "Import",
                "{name} has no follow-ups sheet: name a sheet “{en}” or “{vi}”, or give it a header row with at least Title and Partner.",
            ).format(name=path.name, en=FOLLOWUPS.en, vi=FOLLOWUPS.vi)
        )
    return data
