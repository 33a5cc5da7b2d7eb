"""The limits that bound what an import may cost, whatever the file declares (see the package's
docstring); tests lower them through this module."""

from __future__ import annotations

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
RATIO_MIN_SIZE = 1024 * 1024
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
