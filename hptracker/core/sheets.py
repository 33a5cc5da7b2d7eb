"""The columns of the status spreadsheet (SPEC §3), shared by the exporter and the importer.

Headers are declared here in both languages at once because the importer must accept a workbook
written in either language, whatever the UI language is now; the exporter picks one. Sheet names
likewise. Keys are stable identifiers used by code and tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    vi: str
    width: float = 14  # Excel character units
    wrap: bool = False
    # Headers earlier versions wrote, still read back (a workbook exported last year imports).
    aliases: tuple[str, ...] = ()

    def header(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class Sheet:
    key: str
    en: str
    vi: str
    columns: tuple[Column, ...]
    # The leading columns worth paper: the print area ends after them (None: every column). The
    # others stay in the workbook for the screen and for filters.
    print_columns: int | None = None

    def title(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def match_header(self, text: str) -> Column | None:
        """The column a header cell names, in either language, ignoring case and diacritics."""
        key = fold(text)
        for column in self.columns:
            if key in (fold(column.en), fold(column.vi), fold(column.key), *(fold(a) for a in column.aliases)):
                return column
        return None


STT = Column("stt", "No.", "STT", 5)

# Headers are the window's: each list's column header, and for a follow-up's or a meeting's
# direction the form's field label (the window's list says "Direction" for two different things;
# the import's messages name the field so too). Printed: the first ten columns, about 9-10 pt on
# A4 landscape (the sixteen columns of before printed at 4-5 pt); the rest follow for the screen.
FOLLOWUPS = Sheet(
    "followups",
    "Follow-ups",
    "Kiến nghị",
    (
        STT,
        Column("id", "ID", "Mã", 7),
        Column("title", "Title", "Tiêu đề", 34, wrap=True, aliases=("Nội dung kiến nghị",)),
        Column("partner", "Partner", "Đối tác", 18, wrap=True),
        Column("direction", "Direction", "Chiều kiến nghị", 13, wrap=True),
        Column("unit", "Responsible unit", "Đơn vị chủ trì", 15, wrap=True),
        Column("due", "Due", "Thời hạn", 10),
        Column("status", "Status", "Trạng thái", 12, wrap=True, aliases=("Tình trạng",)),
        Column("timeliness", "Timeliness", "Tiến độ", 12, wrap=True),
        Column("latest_note", "Latest progress note", "Ghi chú tiến độ gần nhất", 30, wrap=True),
        Column("category", "Category", "Nhóm kiến nghị", 16, wrap=True, aliases=("Lĩnh vực",)),
        Column("fields", "Fields of cooperation", "Lĩnh vực hợp tác", 24, wrap=True),
        Column("raised_at", "Raised at", "Nêu tại", 26, wrap=True, aliases=("Nêu tại buổi làm việc",)),
        Column("agreement", "Agreement", "Văn bản hợp tác", 24, wrap=True),
        Column("officer", "Officer", "Cán bộ theo dõi", 14, wrap=True),
        Column("days_overdue", "Days overdue", "Số ngày quá hạn", 8),
        Column("last_update", "Last update", "Cập nhật gần nhất", 11),
        Column("details", "Details", "Nội dung chi tiết", 60, wrap=True, aliases=("Chi tiết",)),
    ),
    print_columns=10,
)

# The column "what changed since D" (issue 18 item 5), printed after the latest note when an export
# marks changes; its words come from core/since.py.
CHANGES = Column("changes", "Changes", "Thay đổi", 14, wrap=True)


def followups_sheet(with_changes: bool) -> Sheet:
    """The Follow-ups sheet, with the Changes column at the end of the printed columns or without."""
    if not with_changes or FOLLOWUPS.print_columns is None:
        return FOLLOWUPS
    at = FOLLOWUPS.print_columns
    columns = (*FOLLOWUPS.columns[:at], CHANGES, *FOLLOWUPS.columns[at:])
    return Sheet(FOLLOWUPS.key, FOLLOWUPS.en, FOLLOWUPS.vi, columns, at + 1)


AGREEMENTS = Sheet(
    "agreements",
    "Agreements",
    "Văn bản hợp tác",
    (
        STT,
        Column("id", "ID", "Mã", 7),
        Column("form", "Form", "Loại văn bản", 15, wrap=True, aliases=("Hình thức",)),
        Column("title", "Title", "Tiêu đề", 34, wrap=True, aliases=("Tên văn bản",)),
        Column("reference", "Reference", "Số hiệu", 11, wrap=True),
        Column("parties", "Parties", "Các bên", 22, wrap=True),
        Column("signing_unit", "Signing unit", "Đơn vị ký", 16, wrap=True),
        Column("signed_date", "Signed", "Ngày ký", 10),
        Column("effective_date", "Effective", "Hiệu lực từ", 10, aliases=("Ngày hiệu lực",)),
        Column("expiry_date", "Expires", "Hết hạn", 10, aliases=("Ngày hết hạn",)),
        Column("status", "Status", "Trạng thái", 12, wrap=True, aliases=("Tình trạng",)),
        Column("fields", "Fields of cooperation", "Lĩnh vực hợp tác", 22, wrap=True),
    ),
)

MEETINGS = Sheet(
    "meetings",
    "Meetings",
    "Buổi làm việc",
    (
        STT,
        Column("id", "ID", "Mã", 7),
        Column("date", "Date", "Ngày", 11),
        Column("title", "Title", "Tiêu đề", 40, wrap=True, aliases=("Nội dung",)),
        Column("partners", "Partners", "Đối tác", 26, wrap=True),
        Column("direction", "Direction", "Hình thức đoàn", 14, wrap=True),
        Column("format", "Format", "Hình thức", 14, wrap=True, aliases=("Loại hình",)),
        Column("host_unit", "Host unit", "Đơn vị chủ trì", 18, wrap=True),
        Column("our_lead", "Our lead", "Lãnh đạo phía ta", 22, wrap=True, aliases=("Trưởng đoàn phía ta",)),
        Column("followups", "Follow-ups", "Kiến nghị", 9, aliases=("Số kiến nghị",)),
        Column("place", "Place", "Địa điểm", 24, wrap=True),
        Column("partner_head", "Partner's head of delegation", "Trưởng đoàn phía bạn", 28, wrap=True),
    ),
    print_columns=10,
)

PARTNERS = Sheet(
    "partners",
    "Partners",
    "Đối tác",
    (
        STT,
        Column("id", "ID", "Mã", 7),
        Column("name", "Name", "Tên", 30, wrap=True, aliases=("Tên đối tác",)),
        Column("name_en", "English name", "Tên tiếng Anh", 24, wrap=True),
        Column("name_native", "Native name", "Tên nguyên ngữ", 14, wrap=True, aliases=("Tên nguyên gốc",)),
        Column("kind", "Kind", "Loại", 16, wrap=True),
        Column("level", "Level", "Cấp", 10),
        Column("country", "Country", "Quốc gia", 8),
        Column("parent", "Part of", "Trực thuộc", 22, wrap=True, aliases=("Parent",)),
        Column("relationship", "Relationship", "Quan hệ", 22, wrap=True),
        Column("since", "Since", "Từ năm", 7),
        Column("open_followups", "Open follow-ups", "Kiến nghị đang mở", 9),
        Column("aliases", "Also known as", "Tên gọi khác", 28, wrap=True, aliases=("Aliases",)),
    ),
    print_columns=12,
)

# Counts per partner: one column per status, the total, then one per timeliness. The keys carry
# the stored value after the prefix so that code maps a column to its enum member without a table.
SUMMARY = Sheet(
    "summary",
    "Summary",
    "Tổng hợp",
    (
        STT,
        Column("partner_id", "Partner ID", "Mã đối tác", 7),
        Column("partner", "Partner", "Đối tác", 28, wrap=True),
        Column("status:not_started", "Not started", "Chưa triển khai", 10, wrap=True),
        Column("status:in_progress", "In progress", "Đang thực hiện", 10, wrap=True),
        Column("status:awaiting_partner", "Awaiting partner", "Chờ phía bạn", 10, wrap=True),
        Column("status:on_hold", "On hold", "Tạm dừng", 10, wrap=True),
        Column("status:done", "Done", "Đã hoàn thành", 10, wrap=True),
        Column("status:dropped", "Dropped", "Không thực hiện", 10, wrap=True),
        Column("total", "Total", "Tổng số", 8),
        Column("timeliness:overdue", "Overdue", "Quá hạn", 10, wrap=True),
        Column("timeliness:on_track", "On track", "Trong thời hạn", 10, wrap=True),
        Column("timeliness:on_time", "Done on time", "Hoàn thành đúng hạn", 10, wrap=True),
        Column("timeliness:late", "Done late", "Hoàn thành chậm", 10, wrap=True),
        Column("timeliness:no_due", "No due date", "Không có thời hạn", 10, wrap=True),
        Column("timeliness:dropped", "Not applicable", "Không áp dụng", 10, wrap=True),
    ),
)

# Only written when a text does not fit in one cell (Excel holds at most 32,767 characters):
# the cell keeps the beginning and a note pointing here; this sheet holds the whole text, cut into
# consecutive parts that join back into the original exactly.
LONG_TEXTS = Sheet(
    "long_texts",
    "Long texts",
    "Văn bản dài",
    (
        STT,
        Column("sheet", "Sheet", "Trang tính", 16),
        Column("cell", "Cell", "Ô", 8),
        Column("record_id", "Record ID", "Mã bản ghi", 10),
        Column("part", "Part", "Phần", 6),
        Column("parts", "Parts", "Số phần", 6),
        Column("text", "Text", "Nội dung", 100, wrap=True),
    ),
)

SHEETS = (SUMMARY, FOLLOWUPS, AGREEMENTS, MEETINGS, PARTNERS, LONG_TEXTS)

# The most characters Excel keeps in one cell, counted in UTF-16 code units as Excel counts them.
CELL_TEXT_LIMIT = 32767

# SpreadsheetML escapes characters as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). A literal
# "_x0041_" typed by an officer must therefore be written as "_x005F_x0041_" or Excel shows "A";
# a carriage return is written "_x000D_" because XML parsers turn a raw CR into LF.
_XSTRING_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_XSTRING_CODE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape_xstring(text: str) -> str:
    """Text as it must be stored in a cell so that Excel reads back exactly ``text``."""
    if "_x" in text:
        text = _XSTRING_ESCAPE.sub(r"_x005F_\1", text)
    if "\r" in text:
        text = text.replace("\r", "_x000D_")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def unescape_xstring(text: str) -> str:
    """The officer's text from a string cell as openpyxl returns it (it does not decode).

    Excel, LibreOffice and calamine decode _xHHHH_ themselves; openpyxl does so for neither inline
    nor (fully) shared strings, so an importer reading our workbooks with openpyxl calls this.
    The escapes are UTF-16 code units: a pair of them (_xD83D__xDE00_) is one character and is
    joined into it; half of a pair alone stays as it is, for :func:`lone_surrogate` to find.
    """
    if "_x" not in text:
        return text
    text = _XSTRING_CODE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return text


def lone_surrogate(text: str) -> str | None:
    """The first half of a UTF-16 pair standing alone in ``text``, written as its escape
    (``_xD800_``), or None. No text can hold one: it cannot be encoded, stored or printed."""
    found = _SURROGATE.search(text)
    return f"_x{ord(found.group()):04X}_" if found else None


def printable(text: str) -> str:
    """``text`` with each lone half of a UTF-16 pair written as its escape, so it can be shown."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def sheet_for_title(title: str) -> Sheet | None:
    key = fold(title)
    for sheet in SHEETS:
        if key in (fold(sheet.en), fold(sheet.vi), sheet.key):
            return sheet
    return None
