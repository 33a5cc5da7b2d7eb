"""Each reach into openpyxl's and SQLAlchemy's private names works with the installed versions
(hptracker/core/library_internals.py): an upgrade that renames one fails here, by name."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet import _read_only
from sqlalchemy import select

from hptracker.core import library_internals as internals
from hptracker.core.models import FollowUp, Partner


def test_a_read_only_sheet_gives_its_xml_and_its_sizing_and_parser_can_be_swapped(tmp_path):
    path = tmp_path / "book.xlsx"
    wb = Workbook()
    wb.active.append(["Tiêu đề", 1])
    wb.save(path)
    unsized = lambda _sheet: None  # noqa: E731 - the stand-in the import installs
    parsed: list[str] = []

    class Parser(internals.worksheet_parser()):
        def parse(self):
            parsed.append("rows")
            return super().parse()

    previous = internals.swap_read_only_reading(unsized, Parser)
    try:
        book = load_workbook(path, read_only=True)
        sheet = book.active
        assert sheet.max_row is None  # the swapped sizing answered
        assert [row for row in sheet.values] == [("Tiêu đề", 1)] and parsed == ["rows"]  # the swapped parser read
        with internals.sheet_source(sheet) as source:
            assert b"<sheetData>" in source.read()
        internals.set_style_formats(book, {3}, {4})
        assert (book._date_formats, book._timedelta_formats) == ({3}, {4})
        book.close()
    finally:
        assert internals.swap_read_only_reading(*previous) == (unsized, Parser)
    assert (_read_only.ReadOnlyWorksheet._get_size, _read_only.WorkSheetParser) == previous


def test_a_write_only_sheet_appends_cells_through_the_hook(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Kiến nghị")
    seen = []

    def cells_to_row(cells, row):
        seen.append(row)
        for column, cell in enumerate(cells, 1):
            cell.row, cell.column = row, column
            yield cell

    assert internals.append_cells_as_they_are(ws, cells_to_row)
    ws.append([WriteOnlyCell(ws, value="Mở đường bay")])
    wb.save(tmp_path / "out.xlsx")
    assert seen == [1]
    assert load_workbook(tmp_path / "out.xlsx").active["A1"].value == "Mở đường bay"
    assert not internals.append_cells_as_they_are(object(), cells_to_row)


def test_a_select_gives_its_order_by_terms_and_plain_froms():
    stmt = select(FollowUp.id).join(Partner, Partner.id == FollowUp.partner_id).order_by(FollowUp.due_date, FollowUp.id)
    assert [str(clause) for clause in internals.order_by_clauses(stmt)] == ["followups.due_date", "followups.id"]
    (joined,) = stmt.get_final_froms()
    assert [internals.plain_from(item) for item in (joined.left, joined.right)] == [FollowUp.__table__, Partner.__table__]
    labelled = select(FollowUp.id.label("ma")).order_by(FollowUp.id.label("ma").desc())
    (term,) = internals.order_by_clauses(labelled)
    assert isinstance(term, internals.label_reference()) and str(term.element) == "followups.id DESC"
