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

The package, by step: ``opening`` (the file, the zip, openpyxl kept to what it parses whole),
``reading`` (sheets into rows keyed by column), ``vocabulary`` (headers, enumerated values and
names matched to records), ``planning`` (the preview), ``applying`` (the write, through the
Tracker's unit of work); ``limits`` holds every bound, ``results`` what an import reports. The
helpers its modules share keep their underscore: the package's names are those below.
"""

from __future__ import annotations

from .applying import apply_import
from .limits import MAX_ROWS
from .planning import preview_import
from .results import (
    FieldChange,
    ImportFileError,
    ImportPreview,
    ImportProblemsError,
    ImportResult,
    ImportStaleError,
    PlannedCreate,
    PlannedUpdate,
    Problem,
)

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
