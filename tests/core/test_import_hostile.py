"""Hostile or broken files: each gets a clear message and changes nothing."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from hptracker.core import import_xlsx
from hptracker.core.errors import HPTrackerError
from hptracker.core.import_xlsx import (
    ImportFileError,
    ImportProblemsError,
    apply_import,
    preview_import,
)

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
    path = book(tmp_path / "formula.xlsx", [["Title", "Partner", "Status"], ["=UPPER(\"a\")", "Shangyu", "done"]])

    def cached(xml: bytes) -> bytes:
        # What Excel saves: the formula and its last computed value (deliberately not what it computes).
        return xml.replace(b'<f>UPPER("a")</f><v /></c>', b'<f>UPPER("a")</f><v>Cached title</v></c>').replace(
            b'<c r="A2">', b'<c r="A2" t="str">')

    rewrite_member(path, "xl/worksheets/sheet1.xml", cached)
    preview = preview_import(tracker, path)
    assert preview.problems == []
    assert [c.title for c in preview.creates] == ["Cached title"]
    assert any("formulas" in notice for notice in preview.notices)


def test_formula_without_cached_value_is_a_problem(tracker, partner, tmp_path):
    path = book(tmp_path / "formula.xlsx", [["Title", "Partner", "Status"], ["=UPPER(\"a\")", "Shangyu", "done"]])
    preview = preview_import(tracker, path)
    assert [(p.row, p.column) for p in preview.problems] == [(2, "A (Title)")]
    assert "formula without a computed value" in preview.problems[0].text()


def test_rows_beyond_the_limit(tracker, partner, tmp_path, monkeypatch):
    monkeypatch.setattr(import_xlsx, "MAX_ROWS", 10)
    path = book(tmp_path / "long.xlsx", [["Title", "Partner"]] + [[f"r{i}", "Shangyu"] for i in range(11)])
    refused(tracker, path, "more than 10 rows")
    ok = book(tmp_path / "fits.xlsx", [["Title", "Partner"]] + [[f"r{i}", "Shangyu"] for i in range(10)])
    assert len(preview_import(tracker, ok).creates) == 10


def test_default_row_limit_is_sensible():
    assert 100_000 <= import_xlsx.MAX_ROWS <= 1_000_000


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
    monkeypatch.setattr(import_xlsx, "MAX_UNCOMPRESSED", 1000)
    refused(tracker, path, "too large to import")


def test_file_open_in_another_program(tracker, tmp_path, monkeypatch):
    """Excel on Windows holds a lock; opening then fails with a sharing violation (a PermissionError)."""
    path = book(tmp_path / "locked.xlsx", GOOD_ROWS)

    def locked(file, *args, **kwargs):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process",
                              str(file))

    monkeypatch.setattr(import_xlsx, "open", locked, raising=False)
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
    rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        b'<c r="A2" t="inlineStr"><is><t>x</t></is></c>', b'<c r="A2" t="e"><v>#REF!</v></c>'))
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
    with import_xlsx._fast_reading():
        assert _read_only.WorkSheetParser is not original
        fast = read()
    assert fast == expected
    assert _read_only.WorkSheetParser is original  # openpyxl is left as it was for everyone else
