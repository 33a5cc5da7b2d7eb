"""Cost of importing hostile workbooks (issue 13 item 6): peak memory and time of each preview.

    python benchmarks/bench_hostile_import.py [--scale 1.0] [--only NAME ...] [--timeout 900]

Goal: every import stays under 500 MB of peak memory (RSS), whatever the workbook holds; a workbook
beyond the importer's limits is refused early, with one line, instead of being read to the end.

Each workbook is written here as raw zip/XML (faster than openpyxl, and able to write what openpyxl
would not), then previewed by ``hptracker import --dry-run`` logic in a child process of its own, so
that its peak RSS (ru_maxrss) is its own. At ``--scale 1`` the shapes are:

* ``short-strings``: the adversarial test's 69 MB workbook — a shared-string table of 12 million
  unique short strings (about 60 MB compressed); the sheet itself uses four of them;
* ``strings-undeclared``: the same table without its declared count, so that only reading it can
  stop it;
* ``strings-at-limit``: 1,000,000 short strings (the most accepted), whatever ``--scale`` says;
* ``unknown-partners``: 200,000 rows (twice the row limit of 100,000 since issue 13), each naming a
  partner the database does not know: before, 200,000 problems, each with a "Did you mean" search;
* ``max-rows``: 200,000 valid rows of 9 columns (100,000 of them are the most accepted now);
* ``max-updates``: 100,000 follow-ups (the row limit) with every field changed, imported into a
  database that holds them (set up by importing them first; that import is not measured);
* ``wide-rows``: 200,000 rows each holding a cell in the last column Excel has (XFD);
* ``row-gap``: a header, then one row numbered 1,048,576 (openpyxl fills the gap with empty rows).

Prints one line per workbook: file size, uncompressed size, peak RSS and wall time of the preview
(and of applying it, with ``--apply``), and the outcome (the counts line, or the one-line refusal).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_RSS_MB = 500
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "{strings}</Types>"
)
STRINGS_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Follow-ups" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>{strings}</Relationships>'
)
STRINGS_REL = (
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/>'
)


def write_xlsx(path: Path, sheet_rows: Iterable[str], strings: Iterable[str] | None = None, unique_count: int | None = None) -> None:
    """A minimal workbook: one sheet "Follow-ups" whose ``<row>`` elements are given as XML text,
    and optionally a shared-string table (each item the text of one ``<si><t>``)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(strings=STRINGS_TYPE if strings else ""))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.format(strings=STRINGS_REL if strings else ""))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode())
            _write_chunked(sheet, sheet_rows)
            sheet.write(b"</sheetData></worksheet>")
        if strings is not None:
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as table:
                declared = f' uniqueCount="{unique_count}"' if unique_count is not None else ""
                table.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"{declared}>'.encode())
                _write_chunked(table, (f"<si><t>{s}</t></si>" for s in strings))
                table.write(b"</sst>")


def _write_chunked(target, parts: Iterable[str]) -> None:
    buffer: list[str] = []
    size = 0
    for part in parts:
        buffer.append(part)
        size += len(part)
        if size > 1 << 20:
            target.write("".join(buffer).encode())
            buffer, size = [], 0
    target.write("".join(buffer).encode())


def _short(i: int) -> str:
    """A distinct short string for each i (base 36), as random-looking as it needs to be."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    i = (i * 2654435761) % (1 << 40)
    text = ""
    while True:
        i, d = divmod(i, 36)
        text += digits[d]
        if not i:
            return text


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def short_strings(path: Path, scale: float) -> None:
    """12 million distinct short strings in the shared-string table; the sheet uses a few."""
    count = int(12_000_000 * scale)
    rows = [
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>',
    ]
    write_xlsx(path, rows, ("Title", "Partner", *(_short(i) for i in range(2, count))), unique_count=count)


def strings_undeclared(path: Path, scale: float) -> None:
    """The same table without its uniqueCount: it can only be stopped while it is read."""
    count = int(12_000_000 * scale)
    rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>']
    write_xlsx(path, rows, ("Title", "Partner", *(_short(i) for i in range(2, count))))


def strings_at_limit(path: Path, scale: float) -> None:
    """As many short strings as the importer accepts (1,000,000), all held while the sheet is read."""
    from hptracker.core.import_xlsx.limits import MAX_SHARED_STRINGS

    count = MAX_SHARED_STRINGS
    rows = [
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>',
    ]
    write_xlsx(path, rows, ("Title", "Partner", *(_short(i) for i in range(2, count))), unique_count=count)


def unknown_partners(path: Path, scale: float) -> None:
    """200,000 rows, each naming a partner the database does not know."""
    rows = int(200_000 * scale)

    def sheet() -> Iterator[str]:
        yield '<row r="1">' + _inline("A1", "Title") + _inline("B1", "Partner") + "</row>"
        for r in range(2, rows + 2):
            yield f'<row r="{r}">' + _inline(f"A{r}", _short(2 * r)) + _inline(f"B{r}", _short(2 * r + 1)) + "</row>"

    write_xlsx(path, sheet())


def max_rows(path: Path, scale: float) -> None:
    """200,000 valid rows of 9 columns of real-looking text (``--scale 0.5``: the most accepted)."""
    rows = int(200_000 * scale)
    header = ("Title", "Partner", "Status", "Due", "Direction", "Officer", "Details", "Priority", "Latest progress note")

    def sheet() -> Iterator[str]:
        yield '<row r="1">' + "".join(_inline(f"{chr(65 + i)}1", h) for i, h in enumerate(header)) + "</row>"
        for r in range(2, rows + 2):
            values = (
                f"Nghiên cứu mở đường bay thẳng số {r} giữa Chiết Giang và Hải Phòng",
                "Shangyu",
                "đang thực hiện",
                "Q3/2026",
                "Our request to the partner",
                "Trần Văn Nam",
                f"Chi tiết {r} " + "x" * 60,
                "high",
                f"Đã gửi công văn số {r}/BQL",
            )
            yield f'<row r="{r}">' + "".join(_inline(f"{chr(65 + i)}{r}", v) for i, v in enumerate(values)) + "</row>"

    write_xlsx(path, sheet())


def wide_rows(path: Path, scale: float) -> None:
    rows = int(200_000 * scale)

    def sheet() -> Iterator[str]:
        yield '<row r="1">' + _inline("A1", "Title") + _inline("B1", "Partner") + "</row>"
        for r in range(2, rows + 2):
            yield f'<row r="{r}">' + _inline(f"A{r}", "t") + f'<c r="XFD{r}"><v>1</v></c></row>'

    write_xlsx(path, sheet())


def row_gap(path: Path, scale: float) -> None:
    rows = [
        '<row r="1">' + _inline("A1", "Title") + _inline("B1", "Partner") + "</row>",
        '<row r="1048576">' + _inline("A1048576", "t") + "</row>",
    ]
    write_xlsx(path, rows)


def _update_rows(rows: int, changed: bool) -> Iterator[str]:
    """Follow-ups 1..rows with every field the importer reads; ``changed`` gives other values for
    each field, as a reply to an export that changes everything."""
    header = (
        "ID",
        "Title",
        "Partner",
        "Status",
        "Due",
        "Direction",
        "Officer",
        "Details",
        "Priority",
        "Responsible unit",
        "Category",
        "Latest progress note",
    )
    letters = "ABCDEFGHIJKL"
    yield '<row r="1">' + "".join(_inline(f"{c}1", h) for c, h in zip(letters, header, strict=True)) + "</row>"
    for r in range(2, rows + 2):
        values = (
            (
                f"Kiến nghị {r} đã sửa tên",
                "Wolong",
                "Tạm dừng",
                "Q4/2026",
                "Joint commitment",
                "Lê Văn B",
                f"Chi tiết mới {r}",
                "high",
                "UBND",
                "Kết nghĩa",
                f"Đã họp lần {r}",
            )
            if changed
            else (
                f"Nghiên cứu mở đường bay thẳng số {r}",
                "Shangyu",
                "đang thực hiện",
                "Q3/2026",
                "Our request to the partner",
                "Trần Văn Nam",
                f"Chi tiết {r}",
                "low",
                "HEZA",
                "Đường bay thẳng",
                f"Đã gửi công văn số {r}",
            )
        )
        cells = "".join(_inline(f"{c}{r}", v) for c, v in zip(letters[1:], values, strict=True))
        yield f'<row r="{r}"><c r="A{r}"><v>{r - 1 if changed else ""}</v></c>{cells}</row>'


def max_updates(path: Path, scale: float) -> Path:
    """The row limit of follow-ups (100,000) with every field changed: written into a database
    holding them (made by importing ``max-updates-setup.xlsx`` first, not measured)."""
    from hptracker.core.import_xlsx import MAX_ROWS

    rows = min(MAX_ROWS, int(200_000 * scale))
    setup = path.with_name("max-updates-setup.xlsx")
    write_xlsx(setup, _update_rows(rows, changed=False))
    write_xlsx(path, _update_rows(rows, changed=True))
    return setup


SHAPES = {
    "short-strings": short_strings,
    "strings-undeclared": strings_undeclared,
    "strings-at-limit": strings_at_limit,
    "unknown-partners": unknown_partners,
    "max-rows": max_rows,
    "max-updates": max_updates,
    "wide-rows": wide_rows,
    "row-gap": row_gap,
}

CHILD = r"""
import json, resource, sys, time
from hptracker.core.tracker import Tracker
from hptracker.core.import_xlsx import apply_import, preview_import
from hptracker.core.errors import HPTrackerError


def peak():
    try:  # this process's own high-water mark (ru_maxrss also counts the parent's, inherited at fork)
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


tracker = Tracker.open(sys.argv[1], officer="Benchmark")
if not tracker.list_partners():
    tracker.ensure_categories()
    tracker.create_partner(name="Huyện Thượng Ngu", name_en="Shangyu District", aliases=["Shangyu"],
                           kind="government")
    tracker.create_partner(name="Tập đoàn Wolong", aliases=["Wolong"], kind="enterprise")
    tracker.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", abbreviation="HEZA")
    tracker.create_unit(name="Ủy ban nhân dân thành phố", abbreviation="UBND")
start = time.perf_counter()
figures = {"apply_seconds": None, "apply_rss_mb": None}
try:
    preview = preview_import(tracker, sys.argv[2])
    outcome = preview.counts_line()
except HPTrackerError as exc:
    preview, outcome = None, "refused: " + exc.message
figures.update(seconds=time.perf_counter() - start, rss_mb=peak(), outcome=outcome)
if sys.argv[3] == "apply" and preview is not None and preview.ok and preview.has_changes:
    start = time.perf_counter()
    apply_import(tracker, preview)
    figures.update(apply_seconds=time.perf_counter() - start, apply_rss_mb=peak())
print(json.dumps(figures))
"""


def measure(db: Path, book: Path, timeout: float, mode: str = "preview") -> dict:
    started = time.perf_counter()
    failed = {"seconds": float("nan"), "rss_mb": float("nan"), "apply_seconds": None, "apply_rss_mb": None}
    try:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(db), str(book), mode], capture_output=True, text=True, timeout=timeout, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        return {**failed, "seconds": time.perf_counter() - started, "outcome": f"did not finish within {timeout:.0f} s"}
    if out.returncode != 0:
        return {**failed, "outcome": "crashed: " + (out.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", nargs="*", choices=sorted(SHAPES))
    parser.add_argument("--apply", action="store_true", help="also apply each preview without problems")
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--keep", type=Path, help="write the workbooks into this folder and keep them")
    args = parser.parse_args()
    from hptracker.core.tracker import Tracker

    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        root = args.keep or Path(folder)
        root.mkdir(parents=True, exist_ok=True)
        empty = Path(folder) / "empty.db"
        Tracker.open(empty, officer="Benchmark").close()
        for name in args.only or SHAPES:
            book = root / f"{name}.xlsx"
            db = Path(folder) / f"{name}.db"
            shutil.copyfile(empty, db)
            setup = SHAPES[name](book, args.scale)
            if setup is not None:
                done = measure(db, setup, args.timeout, "apply")
                if done["apply_seconds"] is None:
                    print(f"{name}: setup failed: {done['outcome']}")
                    continue
            with zipfile.ZipFile(book) as archive:
                expanded = sum(info.file_size for info in archive.infolist())
            figures = measure(db, book, args.timeout, "apply" if args.apply else "preview")
            peaks = [figures["rss_mb"], figures["apply_rss_mb"] or 0]
            worst = max(worst, *(p if p == p else float("inf") for p in peaks))
            applied = (
                f" apply {figures['apply_rss_mb']:5.0f} MB {figures['apply_seconds']:6.1f} s"
                if figures["apply_seconds"] is not None
                else ""
            )
            print(
                f"{name:<18} {book.stat().st_size / 2**20:6.1f} MB file {expanded / 2**20:6.1f} MB xml  "
                f"preview {figures['rss_mb']:5.0f} MB {figures['seconds']:6.1f} s{applied}  "
                f"{figures['outcome'][:100]}",
                flush=True,
            )
    if hasattr(os, "getloadavg"):
        print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"highest peak: {worst:.0f} MB (goal: under {GOAL_RSS_MB} MB) -> {'OK' if worst < GOAL_RSS_MB else 'OVER GOAL'}")
    return 0 if worst < GOAL_RSS_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
