"""The one place hptracker touches openpyxl's and SQLAlchemy's private names.

Neither library has a public way to what these do. Each is a public function here, named for what
it does, and the modules that need one call that name: the import's reader, the export's writer,
the dialects' ORDER BY compiler; none of them imports a private name of either library itself.
tests/core/test_library_internals.py checks each against the installed versions, so an upgrade
that renames one fails there, in a test named for it, not deep inside an import or an export.
"""

# ruff: noqa: SLF001 - reaching into the libraries' private names is what this module is for

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def set_style_formats(workbook: Any, dates: set[int], durations: set[int]) -> None:
    """Which cell styles are dates and which durations: what openpyxl's ``apply_stylesheet`` sets
    on a workbook and its read-only sheets read (the import reads the styles itself)."""
    workbook._date_formats = dates
    workbook._timedelta_formats = durations


def sheet_source(worksheet: Any) -> Any:
    """The raw XML stream of an openpyxl read-only sheet (openpyxl keeps the archive open)."""
    return worksheet._get_source()


def worksheet_parser() -> type[Any]:
    """openpyxl's sheet parser (``WorkSheetParser`` of its private ``_reader`` module), for the
    import's streaming parser to subclass."""
    from openpyxl.worksheet._reader import WorkSheetParser

    return WorkSheetParser


def swap_read_only_reading(sizing: Callable[[Any], Any], parser: type[Any]) -> tuple[Callable[[Any], Any], type[Any]]:
    """Make ``sizing`` what openpyxl's read-only sheets call to learn their size as a workbook
    loads, and ``parser`` the class they read their rows with; returns the two it replaces, to
    put back."""
    from openpyxl.worksheet import _read_only

    previous = (_read_only.ReadOnlyWorksheet._get_size, _read_only.WorkSheetParser)
    _read_only.ReadOnlyWorksheet._get_size, _read_only.WorkSheetParser = sizing, parser
    return previous


def append_cells_as_they_are(worksheet: Any, cells_to_row: Callable[..., Any]) -> bool:
    """Have an openpyxl write-only sheet turn each appended row into cells with ``cells_to_row``
    (its ``_values_to_row`` hook, with this name and signature since openpyxl 2.6); False, and
    nothing changed, where the sheet has no such hook."""
    if not callable(getattr(worksheet, "_values_to_row", None)):
        return False
    worksheet._values_to_row = cells_to_row
    return True


def order_by_clauses(select: Any) -> Any:
    """A SELECT's ORDER BY terms, as SQLAlchemy's statement compiler reads them."""
    return select._order_by_clauses


def label_reference() -> type[Any]:
    """SQLAlchemy's wrapper of an ORDER BY term given as a label (``order_by(column.label(...))``):
    the compiler's input, which the dialects look inside and rebuild."""
    from sqlalchemy.sql.elements import _label_reference

    return _label_reference


def plain_from(item: Any) -> Any:
    """A table or alias without the ORM's annotations: as a SELECT's FROM list holds it."""
    return item._deannotate()
