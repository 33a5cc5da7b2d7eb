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

The package, by step: ``layout`` (rows of the title block and header, text made safe for a cell,
styles), ``writing`` (write-only sheets of prototype cells, the Long texts sheet, the atomic save),
``content`` (the title block's words and each sheet's rows), ``exporting`` (the workbook in one
pass). The helpers its modules share keep their underscore: the package's names are those below.
"""

from __future__ import annotations

from .content import default_file_name, describe_filters
from .exporting import export_records, export_workbook
from .layout import DATE_FORMAT, FIRST_DATA_ROW, HEADER_ROW, LONG_NOTE_START, ExportCancelled, ExportReport, Progress, split_text

__all__ = [
    "ExportCancelled",
    "ExportReport",
    "Progress",
    "export_workbook",
    "export_records",
    "describe_filters",
    "default_file_name",
    "split_text",
    "HEADER_ROW",
    "FIRST_DATA_ROW",
    "DATE_FORMAT",
    "LONG_NOTE_START",
]
