"""Hostile or broken files: each gets a clear message and changes nothing."""

from __future__ import annotations

import contextlib
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from hptracker.core.errors import HPTrackerError
from hptracker.core.import_xlsx import ImportFileError, ImportProblemsError, apply_import, limits, opening, preview_import, reading

pytestmark = pytest.mark.both_backends


def book(path: Path, rows: list[list], sheet: str = "Follow-ups") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def rewrite_member(path: Path, member: str, change) -> None:
    """Edit one XML part of a saved workbook, as another spreadsheet program would have written it."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    parts[member] = change(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


GOOD_ROWS = [["Báo cáo"], ["Title", "Partner", "Status"], ["A request", "Shangyu", "done"]]


def refused(tracker, path: Path, *phrases: str) -> ImportFileError:
    before = tracker.counts()
    with pytest.raises(ImportFileError) as info:
        preview_import(tracker, path)
    assert isinstance(info.value, HPTrackerError)
    for phrase in phrases:
        assert phrase in info.value.message
    assert "Traceback" not in info.value.message
    assert tracker.counts() == before
    return info.value


def test_text_file_renamed_xlsx(tracker, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("ID;Title;Partner\n1;x;y\n", encoding="utf-8")
    refused(tracker, path, "notes.xlsx is not an Excel workbook (.xlsx)")


def test_old_xls_or_password_protected_workbook(tracker, tmp_path):
    # Both are OLE compound files: an encrypted .xlsx is an OLE container holding the encrypted package.
    path = tmp_path / "protected.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + b"EncryptedPackage" + bytes(1000))
    refused(tracker, path, "password-protected", ".xls")
    xls = tmp_path / "old.xls"
    xls.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(2000))
    refused(tracker, xls, "old.xls is password-protected or an old Excel 97–2003 (.xls) file")


def test_zero_byte_file(tracker, tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    refused(tracker, path, "empty.xlsx is an empty file")


def test_zip_that_is_not_a_workbook(tracker, tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    refused(tracker, path, "archive.xlsx is not an Excel workbook")


def test_truncated_workbook(tracker, tmp_path):
    path = book(tmp_path / "cut.xlsx", GOOD_ROWS)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(tracker, path, "cut.xlsx is damaged")


def test_missing_file_and_folder(tracker, tmp_path):
    refused(tracker, tmp_path / "nowhere.xlsx", "does not exist")
    refused(tracker, tmp_path, "is a folder")


def test_empty_workbook(tracker, tmp_path):
    path = tmp_path / "blank.xlsx"
    Workbook().save(path)
    refused(tracker, path, "blank.xlsx is empty")


def test_required_sheet_missing(tracker, tmp_path):
    path = book(tmp_path / "partners.xlsx", [["Name", "Country"], ["Huyện Thượng Ngu", "CN"]], sheet="Partners")
    refused(tracker, path, "has no follow-ups sheet", "Follow-ups", "Kiến nghị")


def test_followups_sheet_without_header_row(tracker, tmp_path):
    path = book(tmp_path / "noheader.xlsx", [["Báo cáo"], ["a", "b"], ["c", "d"]])
    preview = preview_import(tracker, path)
    assert len(preview.problems) == 1 and "no header row found" in preview.problems[0].text()


def test_hidden_followups_sheet_is_not_read(tracker, partner, tmp_path):
    path = tmp_path / "hidden.xlsx"
    wb = Workbook()
    wb.active.title = "Follow-ups"
    for row in GOOD_ROWS:
        wb.active.append(row)
    wb.active.sheet_state = "hidden"
    wb.create_sheet("Notes").append(["just notes"])
    wb.save(path)
    refused(tracker, path, "“Follow-ups”", "is hidden", "Unhide")


def test_hidden_extra_sheet_is_skipped_and_listed(tracker, partner, tmp_path):
    path = tmp_path / "extra.xlsx"
    wb = Workbook()
    wb.active.title = "Follow-ups"
    for row in GOOD_ROWS:
        wb.active.append(row)
    secret = wb.create_sheet("Old list")
    for row in [["Title", "Partner"], ["Hidden request", "Shangyu"]]:
        secret.append(row)
    secret.sheet_state = "hidden"
    wb.save(path)
    preview = preview_import(tracker, path)
    assert [c.title for c in preview.creates] == ["A request"]
    assert ("Old list", "hidden sheet, not read") in preview.skipped_sheets


def test_merged_header_cells(tracker, partner, tmp_path):
    path = tmp_path / "merged.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-ups"
    ws.append(["Title", "Partner", "Status", None])
    ws.append(["A request", "Shangyu", "done", "x"])
    ws.merge_cells("C1:D1")
    wb.save(path)
    preview = preview_import(tracker, path)
    assert [(p.row, p.column) for p in preview.problems] == [(1, "C–D")]
    assert "merged header cells" in preview.problems[0].text()
    with pytest.raises(ImportProblemsError):
        apply_import(tracker, preview)


def test_formula_cached_value_is_read_never_evaluated(tracker, partner, tmp_path):
    path = book(tmp_path / "formula.xlsx", [["Title", "Partner", "Status"], ['=UPPER("a")', "Shangyu", "done"]])

    def cached(xml: bytes) -> bytes:
        # What Excel saves: the formula and its last computed value (deliberately not what it computes).
        return xml.replace(b'<f>UPPER("a")</f><v /></c>', b'<f>UPPER("a")</f><v>Cached title</v></c>').replace(
            b'<c r="A2">', b'<c r="A2" t="str">'
        )

    rewrite_member(path, "xl/worksheets/sheet1.xml", cached)
    preview = preview_import(tracker, path)
    assert preview.problems == []
    assert [c.title for c in preview.creates] == ["Cached title"]
    assert any("formulas" in notice for notice in preview.notices)


def test_formula_without_cached_value_is_a_problem(tracker, partner, tmp_path):
    path = book(tmp_path / "formula.xlsx", [["Title", "Partner", "Status"], ['=UPPER("a")', "Shangyu", "done"]])
    preview = preview_import(tracker, path)
    assert [(p.row, p.column) for p in preview.problems] == [(2, "A (Title)")]
    assert "formula without a computed value" in preview.problems[0].text()


def test_rows_beyond_the_limit(tracker, partner, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 10)
    path = book(tmp_path / "long.xlsx", [["Title", "Partner"]] + [[f"r{i}", "Shangyu"] for i in range(11)])
    refused(tracker, path, "more than 10 rows")
    ok = book(tmp_path / "fits.xlsx", [["Title", "Partner"]] + [[f"r{i}", "Shangyu"] for i in range(10)])
    assert len(preview_import(tracker, ok).creates) == 10


def test_default_row_limit_is_sensible():
    assert 100_000 <= limits.MAX_ROWS <= 1_000_000


def test_zip_bomb_is_refused_before_openpyxl(tracker, tmp_path, monkeypatch):
    path = book(tmp_path / "bomb.xlsx", GOOD_ROWS)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("xl/media/padding.bin", bytes(16 * 1024 * 1024))

    def never(*args, **kwargs):
        raise AssertionError("openpyxl must not open a zip bomb")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    refused(tracker, path, "zip bomb")


def test_uncompressed_total_over_the_limit(tracker, tmp_path, monkeypatch):
    path = book(tmp_path / "big.xlsx", GOOD_ROWS)
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED", 1000)
    refused(tracker, path, "too large to import")


def test_file_open_in_another_program(tracker, tmp_path, monkeypatch):
    """Excel on Windows holds a lock; opening then fails with a sharing violation (a PermissionError)."""
    path = book(tmp_path / "locked.xlsx", GOOD_ROWS)

    def locked(file, *args, **kwargs):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process", str(file))

    monkeypatch.setattr(opening, "open", locked, raising=False)
    refused(tracker, path, "Cannot read", "open in another program")


def test_unreadable_file_mode_000(tracker, tmp_path):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root (or a non-POSIX system) reads files whatever their mode; the lock is simulated above")
    path = book(tmp_path / "private.xlsx", GOOD_ROWS)
    path.chmod(0)
    try:
        refused(tracker, path, "permission denied")
    finally:
        path.chmod(0o600)


def test_excel_error_cells_are_problems(tracker, partner, tmp_path):
    path = book(tmp_path / "errors.xlsx", [["Title", "Partner"], ["x", "Shangyu"]])
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b'<c r="A2" t="inlineStr"><is><t>x</t></is></c>', b'<c r="A2" t="e"><v>#REF!</v></c>'),
    )
    preview = preview_import(tracker, path)
    assert [(p.row, p.column) for p in preview.problems] == [(2, "A (Title)")]
    assert "#REF!" in preview.problems[0].text()


def test_declared_sheet_size_is_never_trusted(tracker, partner, tmp_path):
    """A program that writes a wrong <dimension> (too small) does not hide rows from the import,
    and loading without openpyxl's sizing pass leaves openpyxl as it was for everyone else."""
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    rows = [["Title", "Partner", "Status"]] + [[f"Request {i}", "Shangyu", "done"] for i in range(5)]
    path = book(tmp_path / "small.xlsx", rows)

    def understated(xml: bytes) -> bytes:
        assert b'<dimension ref="A1:C6"' in xml
        return xml.replace(b'<dimension ref="A1:C6"', b'<dimension ref="A1:B2"')

    rewrite_member(path, "xl/worksheets/sheet1.xml", understated)
    sizing = ReadOnlyWorksheet._get_size
    preview = preview_import(tracker, path)
    assert [c.title for c in preview.creates] == [f"Request {i}" for i in range(5)]
    assert ReadOnlyWorksheet._get_size is sizing
    assert load_workbook(path, read_only=True).active.max_row == 2  # openpyxl alone believes the file


def test_fast_inline_string_reading_equals_openpyxl(tmp_path):
    """The importer reads inline strings without openpyxl's rich-text objects (a third of a large
    preview); every kind of cell reads back exactly as openpyxl itself reads it."""
    import datetime as dt

    from openpyxl import load_workbook
    from openpyxl.worksheet import _read_only

    wb = Workbook()
    ws = wb.active
    ws.append(["plain", "=not a formula", 12, 3.5, True, dt.datetime(2024, 5, 13), "  spaced  "])
    wb.save(tmp_path / "cells.xlsx")
    path = tmp_path / "cells.xlsx"
    main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

    def extra_cells(xml: bytes) -> bytes:
        assert main in xml
        rows = (
            '<row r="2">'
            '<c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Thư</t></r><r><t xml:space="preserve">ợng Ngu </t></r>'
            '<rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c>'
            '<c r="B2" t="inlineStr"><is><t>lead</t><r><t>-run</t></r></is></c>'
            '<c r="C2" t="inlineStr"><is><t/></is></c>'
            '<c r="D2" t="inlineStr"><is></is></c>'
            '<c r="E2" t="inlineStr"/>'
            '<c r="F2" t="str"><f>UPPER("a")</f><v>A</v></c>'
            '<c r="G2" t="inlineStr"><is><t>x_x000D_y</t></is></c>'
            '</row><row r="3"><c t="inlineStr"><is><t>no reference</t></is></c>'
            '<c t="inlineStr"><is><t>second</t></is></c></row>'
        )
        return xml.replace(b"</sheetData>", rows.encode() + b"</sheetData>")

    rewrite_member(path, "xl/worksheets/sheet1.xml", extra_cells)

    def read() -> list[tuple]:
        book_ = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book_.active
            sheet.reset_dimensions()  # the saved <dimension> covers row 1 only
            return list(sheet.iter_rows(values_only=True))
        finally:
            book_.close()

    expected = read()
    assert expected[1][:2] == ("Thượng Ngu ", "lead-run")  # openpyxl: runs joined, phonetics left out
    original = _read_only.WorkSheetParser
    with opening._fast_reading():
        assert _read_only.WorkSheetParser is not original
        fast = read()
    assert fast == expected
    assert _read_only.WorkSheetParser is original  # openpyxl is left as it was for everyone else


# ---------------------------------------------------------------------------------------------
# Issue 13, item 6: one line per problem, never a traceback, bounded cost
# ---------------------------------------------------------------------------------------------

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def raw_book(
    path: Path,
    rows: list[str],
    strings: list[str] | None = None,
    *,
    sst_attributes: str = "",
    sheet_tail: str = "",
    styles: str | None = None,
) -> Path:
    """A workbook written as XML by hand: what openpyxl refuses to write (escapes, broken numbers,
    a shared-string table) is what a hostile or broken program may produce. ``rows`` are the
    ``<row>`` elements of the sheet "Follow-ups"; ``strings`` the ``<si>`` contents."""
    overrides = (
        f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_TYPE}.worksheet+xml"/>'
    )
    relations = f'<Relationship Id="rId1" Type="{_DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    if strings is not None:
        overrides += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SHEET_TYPE}.sharedStrings+xml"/>'
        relations += f'<Relationship Id="rId2" Type="{_DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles is not None:
        overrides += f'<Override PartName="/xl/styles.xml" ContentType="{_SHEET_TYPE}.styles+xml"/>'
        relations += f'<Relationship Id="rId3" Type="{_DOC_REL}/styles" Target="styles.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>'
            ),
        )
        archive.writestr(
            "_rels/.rels",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS_NS}">'
                f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
            ),
        )
        archive.writestr(
            "xl/workbook.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{_DOC_REL}">'
                '<sheets><sheet name="Follow-ups" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS_NS}">{relations}</Relationships>'),
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><sheetData>{"".join(rows)}'
                f"</sheetData>{sheet_tail}</worksheet>"
            ),
        )
        if strings is not None:
            archive.writestr(
                "xl/sharedStrings.xml",
                (
                    f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}"{sst_attributes}>'
                    + "".join(f"<si><t>{s}</t></si>" for s in strings)
                    + "</sst>"
                ),
            )
        if styles is not None:
            archive.writestr("xl/styles.xml", styles)
    return path


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_row(*names: str) -> str:
    return '<row r="1">' + "".join(text_cell(f"{chr(65 + i)}1", n) for i, n in enumerate(names)) + "</row>"


def one_line_problems(preview) -> list[tuple[int | None, str | None, str]]:
    """(row, column, text) of each problem; each is a single line without a traceback."""
    for problem in preview.problems:
        text = problem.text()
        assert "\n" not in text and "Traceback" not in text
        text.encode("utf-8")  # printable: no lone surrogate reaches the officer's screen
    return [(p.row, p.column, p.text()) for p in preview.problems]


def test_followup_ids_beyond_what_a_database_holds(tracker, partner, tmp_path):
    """SQLite integers stop at 2^63 - 1: a larger ID is a problem of its row, never an OverflowError."""
    path = raw_book(
        tmp_path / "ids.xlsx",
        [
            header_row("ID", "Title", "Partner"),
            f'<row r="2"><c r="A2" t="n"><v>{2**63}</v></c>{text_cell("B2", "a")}{text_cell("C2", "Shangyu")}</row>',
            f'<row r="3"><c r="A3"><v>1e30</v></c>{text_cell("B3", "b")}{text_cell("C3", "Shangyu")}</row>',
            f'<row r="4">{text_cell("A4", "99999999999999999999999")}{text_cell("B4", "c")}{text_cell("C4", "Shangyu")}</row>',
            f'<row r="5"><c r="A5"><v>{2**64 + 1}</v></c>{text_cell("B5", "d")}{text_cell("C5", "Shangyu")}</row>',
            f'<row r="6">{text_cell("A6", "")}{text_cell("B6", "e")}<c r="C6"><v>{2**63}</v></c></row>',
        ],
    )
    before = tracker.counts()
    preview = preview_import(tracker, path)
    problems = one_line_problems(preview)
    assert [(row, column) for row, column, _ in problems] == [
        (2, "A (ID)"),
        (3, "A (ID)"),
        (4, "A (ID)"),
        (5, "A (ID)"),
        (6, "C (Partner)"),
    ]
    assert f"“{2**63}” is not a follow-up ID" in problems[0][2]
    assert f"no partner is named “{2**63}”" in problems[4][2]
    assert preview.creates == [] and preview.updates == []
    assert tracker.counts() == before


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('<c r="D2" t="n"><v>NaN</v></c>', "NaN"),
        ('<c r="D2"><v>INF</v></c>', "INF"),
        ('<c r="D2" t="n"><v>-inf</v></c>', "-inf"),
        ('<c r="D2"><v>1e400</v></c>', "1e400"),
        ('<c r="D2" t="n"><v>twelve</v></c>', "twelve"),
        ('<c r="D2" t="n"><v>1' + "0" * 5000 + "</v></c>", "1000000000"),
        ('<c r="D2" t="d"><v>NaN</v></c>', "NaN"),
        ('<c r="D2" t="d"><v>2024-13-45</v></c>', "2024-13-45"),
        ('<c r="D2" t="b"><v>maybe</v></c>', "maybe"),
        ('<c r="D2" t="s"><v>7</v></c>', None),
        ('<c r="D2" t="s"><v>-1</v></c>', None),
        ('<c r="D2" t="s"><v>first</v></c>', None),
    ],
)
def test_unreadable_number_date_and_text_cells(tracker, partner, tmp_path, cell, shown):
    """What a number, date, TRUE/FALSE or shared-text cell cannot hold is a problem of that cell."""
    path = raw_book(
        tmp_path / "cells.xlsx",
        [
            header_row("Title", "Partner", "Status", "Due"),
            f'<row r="2">{text_cell("A2", "A request")}{text_cell("B2", "Shangyu")}{text_cell("C2", "done")}{cell}</row>',
            f'<row r="3">{text_cell("A3", "Another")}{text_cell("B3", "Shangyu")}{text_cell("C3", "done")}</row>',
        ],
        strings=["unused"],
    )
    preview = preview_import(tracker, path)
    (problem,) = one_line_problems(preview)
    assert problem[:2] == (2, "D (Due)")
    if shown is not None:
        assert f"“{shown}" in problem[2]
    else:
        assert "refers to a shared text the file does not hold" in problem[2]
    assert [c.title for c in preview.creates] == ["Another"]


def test_number_cell_with_a_date_format_beyond_the_calendar(tracker, partner, tmp_path):
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN_NS}">'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
    )
    path = raw_book(
        tmp_path / "date.xlsx",
        [
            header_row("Title", "Partner", "Due"),
            f'<row r="2">{text_cell("A2", "A request")}{text_cell("B2", "Shangyu")}<c r="C2" s="1"><v>1e15</v></c></row>',
            f'<row r="3">{text_cell("A3", "In time")}{text_cell("B3", "Shangyu")}<c r="C3" s="1"><v>45000</v></c></row>',
        ],
        styles=styles,
    )
    preview = preview_import(tracker, path)
    (problem,) = one_line_problems(preview)
    assert problem[:2] == (2, "C (Due)") and "“1e15”" in problem[2] and "date" in problem[2]
    assert [c.due for c in preview.creates] == ["15/03/2023"]


def test_lone_surrogate_escapes_are_problems(tracker, partner, tmp_path):
    """_xD800_ decodes to half of a UTF-16 pair, which no text can hold; a whole pair is a character."""
    path = raw_book(
        tmp_path / "surrogates.xlsx",
        [
            header_row("Title", "Partner", "Details"),
            f'<row r="2">{text_cell("A2", "inline _xD800_ half")}{text_cell("B2", "Shangyu")}</row>',
            f'<row r="3"><c r="A3" t="s"><v>0</v></c>{text_cell("B3", "Shangyu")}</row>',
            f'<row r="4">{text_cell("A4", "fine")}{text_cell("B4", "Shangyu")}<c r="C4" t="s"><v>1</v></c></row>',
            f'<row r="5">{text_cell("A5", "smile _xD83D__xDE00_")}{text_cell("B5", "Shangyu")}</row>',
            f'<row r="6">{text_cell("A6", "typed _x005F_xD800_ literally")}{text_cell("B6", "Shangyu")}</row>',
        ],
        strings=["shared _xDFFF_", "end _xD800_"],
    )
    preview = preview_import(tracker, path)
    problems = one_line_problems(preview)
    assert [(row, column) for row, column, _ in problems] == [(2, "A (Title)"), (3, "A (Title)"), (4, "C (Details)")]
    assert all("_xD8" in text or "_xDF" in text for _, _, text in problems)
    assert [c.title for c in preview.creates] == ["smile 😀", "typed _xD800_ literally"]


def test_lone_surrogate_in_a_header_is_shown_safely(tracker, partner, tmp_path):
    path = raw_book(
        tmp_path / "header.xlsx",
        [
            header_row("Title", "Partner", "Odd _xD800_ column"),
            f'<row r="2">{text_cell("A2", "A request")}{text_cell("B2", "Shangyu")}{text_cell("C2", "x")}</row>',
        ],
    )
    preview = preview_import(tracker, path)
    assert preview.problems == [] and [c.title for c in preview.creates] == ["A request"]
    "\n".join(preview.summary_lines()).encode("utf-8")


def _import_in_thread(tracker, path: Path, seconds: float = 20):
    """preview_import with a deadline: a regression that blocks fails the test instead of hanging it."""
    import threading

    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["preview"] = preview_import(tracker, path)
        except BaseException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    return worker, outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_named_pipe_is_refused_at_once(tracker, tmp_path):
    """Opening a FIFO for reading blocks until a writer comes: the import would hang for ever."""
    fifo = tmp_path / "status.xlsx"
    os.mkfifo(fifo)
    before = tracker.counts()
    worker, outcome = _import_in_thread(tracker, fifo)
    try:
        assert not worker.is_alive(), "the import blocked on a named pipe"
    finally:
        if worker.is_alive():  # release the blocked open() so the thread can end
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            worker.join(5)
    error = outcome.get("error")
    assert isinstance(error, ImportFileError), error
    assert error.message == "status.xlsx is not a regular file (it is a named pipe, a device or a socket); nothing was read."
    assert tracker.counts() == before


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a character device")
def test_device_is_refused_without_reading(tracker):
    """/dev/zero never ends: read to the end, it would fill the memory."""
    worker, outcome = _import_in_thread(tracker, Path("/dev/zero"))
    assert not worker.is_alive()
    assert isinstance(outcome.get("error"), ImportFileError)
    assert "zero is not a regular file" in outcome["error"].message


def test_declared_shared_string_count_over_the_limit_is_refused_before_reading(tracker, tmp_path, monkeypatch):
    """A table declaring more strings than the limit is refused from its first bytes."""
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 10)
    # The entries after the declaration are not even XML: reading them would report a damaged file.
    path = raw_book(
        tmp_path / "declared.xlsx",
        [header_row("Title", "Partner")],
        strings=["a", "<<not xml"],
        sst_attributes=' count="11" uniqueCount="11"',
    )
    refused(tracker, path, "declared.xlsx holds more than 10 different texts")
    damaged = raw_book(
        tmp_path / "damaged.xlsx", [header_row("Title", "Partner")], strings=["a", "<<not xml"], sst_attributes=' count="2" uniqueCount="2"'
    )
    refused(tracker, damaged, "damaged.xlsx is damaged")


def test_shared_strings_beyond_the_limit_are_refused_while_reading(tracker, tmp_path, monkeypatch):
    """A table that understates its size is stopped at the limit, not read to the end."""
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 10)
    path = raw_book(
        tmp_path / "understated.xlsx",
        [header_row("Title", "Partner")],
        strings=[f"s{i}" for i in range(11)],
        sst_attributes=' uniqueCount="2"',
    )
    refused(tracker, path, "understated.xlsx holds more than 10 different texts")
    ok = raw_book(
        tmp_path / "fits.xlsx",
        [header_row("Title", "Partner"), '<row r="2"><c r="A2" t="s"><v>9</v></c><c r="B2" t="s"><v>0</v></c></row>'],
        strings=[f"s{i}" for i in range(10)],
        sst_attributes=' uniqueCount="10"',
    )
    preview = preview_import(tracker, ok)
    assert [(p.row, p.column) for p in preview.problems] == [(2, "B (Partner)")]  # "s0" is no partner


def test_a_part_larger_than_its_limit_is_refused_before_openpyxl(tracker, tmp_path, monkeypatch):
    """Parts that openpyxl parses whole (content types, the workbook part, relationships,
    properties, theme) are bounded by their declared size in the zip directory, one by one and
    together; so are the parts the importer streams (shared strings, styles)."""
    monkeypatch.setattr(limits, "MAX_PART", 4000)
    monkeypatch.setattr(limits, "MAX_PARSED_TOTAL", 6000)
    monkeypatch.setattr(limits, "MAX_STRINGS_PART", 4000)
    monkeypatch.setattr(limits, "MAX_STYLES_PART", 4000)

    def never(*args, **kwargs):
        raise AssertionError("openpyxl must not open a part over the limit")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    path = raw_book(tmp_path / "rels.xlsx", [header_row("Title", "Partner")])
    rewrite_member(path, "xl/_rels/workbook.xml.rels", lambda xml: xml.replace(b"</Rel", b" " * 5000 + b"</Rel"))
    refused(tracker, path, "rels.xlsx", "xl/_rels/workbook.xml.rels", "too large")
    together = raw_book(tmp_path / "together.xlsx", [header_row("Title", "Partner")])
    for part in ("xl/workbook.xml", "[Content_Types].xml"):
        rewrite_member(together, part, lambda xml: xml.replace(b"?>", b"?>" + b" " * 3000, 1))
    refused(tracker, together, "together.xlsx is too large to import: its workbook parts")
    styles = f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN_NS}">' + " " * 5000 + "</styleSheet>"
    refused(
        tracker,
        raw_book(tmp_path / "styles.xlsx", [header_row("Title", "Partner")], styles=styles),
        "styles.xlsx",
        "xl/styles.xml",
        "too large",
    )
    strings = raw_book(tmp_path / "strings.xlsx", [header_row("Title", "Partner")], strings=["x" * 5000])
    refused(tracker, strings, "xl/sharedStrings.xml", "too large")


def test_parts_nobody_reads_are_bounded_by_the_total_only(tracker, partner, tmp_path, monkeypatch):
    """A large calculation chain or drawing is no reason to refuse a workbook: neither openpyxl's
    read-only mode nor the importer reads it. Chart sheets are not read either."""
    from openpyxl.chart import BarChart, Reference

    monkeypatch.setattr(limits, "MAX_PART", 16_000)  # the theme alone is 9 KB
    monkeypatch.setattr(limits, "MAX_PARSED_TOTAL", 40_000)
    path = tmp_path / "charts.xlsx"
    wb = Workbook()
    wb.active.title = "Follow-ups"
    for row in GOOD_ROWS:
        wb.active.append(row)
    chart = BarChart()
    chart.add_data(Reference(wb.active, min_col=1, min_row=1, max_row=3))
    wb.create_chartsheet("Chart").add_chart(chart)
    wb.save(path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/calcChain.xml", "<calcChain>" + " " * 100_000 + "</calcChain>")
    chart_parts = [n for n in zipfile.ZipFile(path).namelist() if n.startswith("xl/charts/")]
    assert chart_parts
    rewrite_member(path, chart_parts[0], lambda xml: b"not even xml")
    preview = preview_import(tracker, path)
    assert preview.problems == [] and [c.title for c in preview.creates] == ["A request"]


def test_sheets_beyond_the_limit_are_refused_before_openpyxl(tracker, tmp_path, monkeypatch):
    """The workbook part may list the same sheet part 300,000 times: 700 MB and two minutes."""
    monkeypatch.setattr(limits, "MAX_SHEETS", 3)
    path = raw_book(tmp_path / "sheets.xlsx", [header_row("Title", "Partner")])
    listed = "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId1"/>' for i in range(4))
    rewrite_member(path, "xl/workbook.xml", lambda xml: xml.replace(b'<sheet name="Follow-ups" sheetId="1" r:id="rId1"/>', listed.encode()))

    def never(*args, **kwargs):
        raise AssertionError("openpyxl must not parse a workbook listing more sheets than the limit")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    refused(tracker, path, "sheets.xlsx has more than 3 sheets")


def test_cells_beyond_the_columns_read_are_ignored_cheaply(tracker, partner, tmp_path, monkeypatch):
    """A cell in Excel's last column (XFD) must not widen every row to 16,384 values."""
    path = raw_book(
        tmp_path / "wide.xlsx",
        [
            header_row("Title", "Partner"),
            *(
                f'<row r="{r}">{text_cell(f"A{r}", f"Request {r}")}{text_cell(f"B{r}", "Shangyu")}<c r="XFD{r}"><v>1</v></c></row>'
                for r in range(2, 5)
            ),
        ],
    )
    widths = []
    real = reading._read_sheet

    def spy(ws, *args, **kwargs):
        iterate = ws.iter_rows

        def rows(*a, **k):
            for row in iterate(*a, **k):
                widths.append(len(row))
                yield row

        ws.iter_rows = rows
        return real(ws, *args, **kwargs)

    monkeypatch.setattr(reading, "_read_sheet", spy)
    preview = preview_import(tracker, path)
    assert preview.problems == [] and len(preview.creates) == 3
    assert max(widths) <= limits.MAX_COLUMNS


@pytest.mark.parametrize(
    "rows",
    [
        ['<row r="1"><c r="ZZZZ1"><v>1</v></c></row>'],
        ['<row r="one"><c><v>1</v></c></row>'],
        ['<row r="1"><c r="A1" s="x"><v>1</v></c></row>'],
        ['<row r="1">' + "<c><v>1</v></c>" * 16_385 + "</row>"],
    ],
)
def test_malformed_sheet_structure_is_one_line(tracker, tmp_path, rows):
    path = raw_book(tmp_path / "broken.xlsx", rows)
    refused(tracker, path, "broken.xlsx is damaged")


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_a_document_type_declaration_is_refused(tracker, tmp_path, part):
    """Entities declared in a DTD can expand a few bytes into gigabytes; SpreadsheetML has none."""
    path = raw_book(tmp_path / "dtd.xlsx", [header_row("Title", "Partner")], strings=["a"])
    entities = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    rewrite_member(path, part, lambda xml: xml.replace(b"?>", b"?>" + entities, 1))
    refused(tracker, path, "dtd.xlsx is damaged")


def test_a_huge_cell_text_is_refused(tracker, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELL_CHARS", 1000)
    path = raw_book(tmp_path / "long.xlsx", [header_row("Title", "Partner"), f'<row r="2">{text_cell("A2", "x" * 1001)}</row>'])
    refused(tracker, path, "long.xlsx", "more than 1,000 characters")


def test_text_kept_for_the_preview_is_bounded(tracker, partner, tmp_path, monkeypatch):
    """Rows are held until the preview is made, and so are the parts of the "Long texts" sheet:
    their text is counted, and a workbook holding more is refused instead of filling the memory."""
    monkeypatch.setattr(limits, "MAX_KEPT_TEXT", 20_000)
    rows = [["Title", "Partner"]] + [[f"{i} " + "x" * 500, "Shangyu"] for i in range(20)]
    assert len(preview_import(tracker, book(tmp_path / "fits.xlsx", rows)).creates) == 20
    rows += [[f"{i} " + "x" * 500, "Shangyu"] for i in range(20, 40)]
    refused(tracker, book(tmp_path / "rows.xlsx", rows), "rows.xlsx holds more text than can be imported at once")

    path = tmp_path / "long.xlsx"
    wb = Workbook()
    wb.active.title = "Follow-ups"
    for row in GOOD_ROWS:
        wb.active.append(row)
    long = wb.create_sheet("Long texts")
    long.append(["No.", "Sheet", "Cell", "Record ID", "Part", "Parts", "Text"])
    for i in range(40):
        long.append([i + 1, "Follow-ups", "A3", 1, i + 1, 40, "y" * 1000])
    wb.save(path)
    refused(tracker, path, "long.xlsx holds more text than can be imported at once")


def test_merged_ranges_beyond_the_limit(tracker, partner, tmp_path, monkeypatch):
    """Each merged range below the header is filled in row by row: their number is bounded."""
    monkeypatch.setattr(limits, "MAX_MERGED_RANGES", 5)
    merges = "".join(f'<mergeCell ref="C{r}:D{r + 1000}"/>' for r in range(2, 8))
    path = raw_book(
        tmp_path / "merged.xlsx",
        [header_row("Title", "Partner"), f'<row r="2">{text_cell("A2", "x")}{text_cell("B2", "Shangyu")}</row>'],
        sheet_tail=f'<mergeCells count="6">{merges}</mergeCells>',
    )
    refused(tracker, path, "merged.xlsx", "more than 5 merged ranges")


def test_problems_beyond_the_limit_are_counted_not_listed(tracker, partner, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PROBLEMS", 5)
    path = raw_book(
        tmp_path / "nan.xlsx",
        [header_row("Title", "Partner", "ID")]
        + [f'<row r="{r}">{text_cell(f"A{r}", "x")}{text_cell(f"B{r}", "Shangyu")}<c r="C{r}"><v>NaN</v></c></row>' for r in range(2, 14)],
    )
    preview = preview_import(tracker, path)
    assert len(one_line_problems(preview)) == 6
    assert [p.row for p in preview.problems[:5]] == [2, 3, 4, 5, 6]
    assert preview.problems[5].text() == "7 more problems are not listed; fix the ones above first."
    assert preview.problem_count == 12
    assert "12 problems" in preview.counts_line()


def test_formulas_without_values_beyond_the_limit(tracker, partner, tmp_path, monkeypatch):
    """Each is a problem, found in a pass of its own: their number is bounded; cells without a
    reference are counted as the sheet parser counts them."""
    monkeypatch.setattr(limits, "MAX_UNCOMPUTED", 5)
    rows = [header_row("Title", "Partner")] + [
        f'<row r="{r}"><c><f>UPPER("a")</f></c>{text_cell(f"B{r}", "Shangyu")}</row>' for r in range(2, 7)
    ]
    preview = preview_import(tracker, raw_book(tmp_path / "five.xlsx", rows))
    assert [(p.row, p.column) for p in preview.problems] == [(r, "A (Title)") for r in range(2, 7)]
    assert all("formula without a computed value" in p.text() for p in preview.problems)
    rows.append(f'<row r="7"><c r="A7"><f>UPPER("a")</f><v> </v></c>{text_cell("B7", "Shangyu")}</row>')
    refused(tracker, raw_book(tmp_path / "six.xlsx", rows), "six.xlsx", "more than 5 formulas without a computed value")


def test_partner_hints_are_looked_up_a_bounded_number_of_times(tracker, partner, tmp_path, monkeypatch):
    """ "Did you mean" searches the database: 200,000 unknown names took 20 minutes."""
    monkeypatch.setattr(limits, "MAX_PROBLEMS", 1000)
    calls = []
    resolve = tracker.resolve_partner
    monkeypatch.setattr(tracker, "resolve_partner", lambda text: calls.append(text) or resolve(text))
    path = book(
        tmp_path / "unknown.xlsx",
        [["Title", "Partner"], ["r", "Thuong"]] + [[f"r{i}", f"Nowhere {i}"] for i in range(59)] + [["again", "Thuong"]],
    )
    preview = preview_import(tracker, path)
    assert len(preview.problems) == 61
    assert len(calls) == len(set(calls)) == limits.HINT_LIMIT
    assert "Did you mean “Huyện Thượng Ngu”?" in preview.problems[0].text()
    assert "Did you mean" in preview.problems[60].text()  # the same name again: remembered


@pytest.mark.parametrize("zip64", [False, True])
def test_members_are_counted_from_the_end_record_before_zipfile_reads_them(tracker, tmp_path, monkeypatch, zip64):
    """zipfile makes an object of every member listed before any check can run: a 100 MB zip of a
    million empty members took 600 MB. The end record's count is read first."""
    monkeypatch.setattr(limits, "MAX_MEMBERS", 10)
    path = raw_book(tmp_path / "members.xlsx", [header_row("Title", "Partner")])
    with zipfile.ZipFile(path, "a") as archive:
        for i in range(8):
            archive.writestr(f"docProps/extra{i}.bin", b"")
    if zip64:  # the counts of a Zip64 end record (what zipfile writes for 65,535 members or more)
        monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 1)
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("docProps/extra8.bin", b"")
        monkeypatch.undo()
        monkeypatch.setattr(limits, "MAX_MEMBERS", 10)
        assert b"PK\x06\x06" in path.read_bytes()[-200:]

    def never(*args, **kwargs):
        raise AssertionError("zipfile must not read a directory of more members than the limit")

    monkeypatch.setattr(zipfile, "ZipFile", never)
    refused(tracker, path, "members.xlsx is damaged")


def test_a_central_directory_over_its_limit_is_refused_before_zipfile_reads_it(tracker, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_DIRECTORY", 2000)
    path = raw_book(tmp_path / "names.xlsx", [header_row("Title", "Partner")])
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("docProps/" + "n" * 2000 + ".bin", b"")
    monkeypatch.setattr(zipfile, "ZipFile", lambda *a, **k: (_ for _ in ()).throw(AssertionError("read")))
    refused(tracker, path, "names.xlsx is damaged")
    monkeypatch.undo()
    monkeypatch.setattr(limits, "MAX_DIRECTORY", 100_000)
    assert preview_import(tracker, path).problems == []
