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

    def header(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class Sheet:
    key: str
    en: str
    vi: str
    columns: tuple[Column, ...]

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
            if key in (fold(column.en), fold(column.vi), fold(column.key)):
                return column
        return None


STT = Column("stt", "No.", "STT", 6)

FOLLOWUPS = Sheet("followups", "Follow-ups", "Kiến nghị", (
    STT,
    Column("id", "ID", "Mã", 8),
    Column("title", "Title", "Nội dung kiến nghị", 40, wrap=True),
    Column("partner", "Partner", "Đối tác", 20, wrap=True),
    Column("direction", "Direction", "Chiều kiến nghị", 14, wrap=True),
    Column("category", "Category", "Lĩnh vực", 16, wrap=True),
    Column("raised_at", "Raised at", "Nêu tại buổi làm việc", 26, wrap=True),
    Column("agreement", "Agreement", "Văn bản hợp tác", 24, wrap=True),
    Column("unit", "Responsible unit", "Đơn vị chủ trì", 18, wrap=True),
    Column("officer", "Officer", "Cán bộ theo dõi", 14, wrap=True),
    Column("due", "Due", "Thời hạn", 11),
    Column("status", "Status", "Tình trạng", 13, wrap=True),
    Column("timeliness", "Timeliness", "Tiến độ", 13, wrap=True),
    Column("days_overdue", "Days overdue", "Số ngày quá hạn", 8),
    Column("last_update", "Last update", "Cập nhật gần nhất", 11),
    Column("latest_note", "Latest progress note", "Ghi chú tiến độ gần nhất", 36, wrap=True),
))

AGREEMENTS = Sheet("agreements", "Agreements", "Văn bản hợp tác", (
    STT,
    Column("id", "ID", "Mã", 8),
    Column("form", "Form", "Hình thức", 20, wrap=True),
    Column("title", "Title", "Tên văn bản", 48, wrap=True),
    Column("reference", "Reference", "Số hiệu", 14),
    Column("parties", "Parties", "Các bên", 30, wrap=True),
    Column("signing_unit", "Signing unit", "Đơn vị ký", 24, wrap=True),
    Column("signed_date", "Signed", "Ngày ký", 12),
    Column("effective_date", "Effective", "Ngày hiệu lực", 12),
    Column("expiry_date", "Expires", "Ngày hết hạn", 12),
    Column("status", "Status", "Tình trạng", 16),
    Column("fields", "Fields of cooperation", "Lĩnh vực hợp tác", 30, wrap=True),
))

MEETINGS = Sheet("meetings", "Meetings", "Buổi làm việc", (
    STT,
    Column("id", "ID", "Mã", 8),
    Column("date", "Date", "Ngày", 12),
    Column("title", "Title", "Nội dung", 48, wrap=True),
    Column("partners", "Partners", "Đối tác", 30, wrap=True),
    Column("direction", "Direction", "Hình thức đoàn", 18, wrap=True),
    Column("format", "Format", "Loại hình", 18, wrap=True),
    Column("place", "Place", "Địa điểm", 24, wrap=True),
    Column("host_unit", "Host unit", "Đơn vị chủ trì", 24, wrap=True),
    Column("our_lead", "Our lead", "Trưởng đoàn phía ta", 28, wrap=True),
    Column("partner_head", "Partner's head of delegation", "Trưởng đoàn phía bạn", 28, wrap=True),
    Column("followups", "Follow-ups", "Số kiến nghị", 10),
))

PARTNERS = Sheet("partners", "Partners", "Đối tác", (
    STT,
    Column("id", "ID", "Mã", 8),
    Column("name", "Name", "Tên đối tác", 32, wrap=True),
    Column("name_en", "English name", "Tên tiếng Anh", 28, wrap=True),
    Column("name_native", "Native name", "Tên nguyên gốc", 20, wrap=True),
    Column("aliases", "Aliases", "Tên gọi khác", 28, wrap=True),
    Column("kind", "Kind", "Loại", 18),
    Column("level", "Level", "Cấp", 12),
    Column("country", "Country", "Quốc gia", 10),
    Column("parent", "Parent", "Trực thuộc", 26, wrap=True),
    Column("relationship", "Relationship", "Quan hệ", 26, wrap=True),
    Column("since", "Since", "Từ năm", 8),
    Column("open_followups", "Open follow-ups", "Kiến nghị đang mở", 10),
))

# Counts per partner: one column per status, the total, then one per timeliness. The keys carry
# the stored value after the prefix so that code maps a column to its enum member without a table.
SUMMARY = Sheet("summary", "Summary", "Tổng hợp", (
    STT,
    Column("partner_id", "Partner ID", "Mã đối tác", 8),
    Column("partner", "Partner", "Đối tác", 32, wrap=True),
    Column("status:not_started", "Not started", "Chưa triển khai", 11, wrap=True),
    Column("status:in_progress", "In progress", "Đang thực hiện", 11, wrap=True),
    Column("status:awaiting_partner", "Awaiting partner", "Chờ phía bạn", 11, wrap=True),
    Column("status:on_hold", "On hold", "Tạm dừng", 11, wrap=True),
    Column("status:done", "Done", "Đã hoàn thành", 11, wrap=True),
    Column("status:dropped", "Dropped", "Không thực hiện", 11, wrap=True),
    Column("total", "Total", "Tổng số", 9),
    Column("timeliness:overdue", "Overdue", "Quá hạn", 10, wrap=True),
    Column("timeliness:on_track", "On track", "Trong thời hạn", 11, wrap=True),
    Column("timeliness:on_time", "Done on time", "Hoàn thành đúng hạn", 12, wrap=True),
    Column("timeliness:late", "Done late", "Hoàn thành chậm", 11, wrap=True),
    Column("timeliness:no_due", "No due date", "Không có thời hạn", 11, wrap=True),
    Column("timeliness:dropped", "Not applicable", "Không áp dụng", 11, wrap=True),
))

# Only written when a text does not fit in one cell (Excel holds at most 32,767 characters):
# the cell keeps the beginning and a note pointing here; this sheet holds the whole text, cut into
# consecutive parts that join back into the original exactly.
LONG_TEXTS = Sheet("long_texts", "Long texts", "Văn bản dài", (
    STT,
    Column("sheet", "Sheet", "Trang tính", 16),
    Column("cell", "Cell", "Ô", 8),
    Column("record_id", "Record ID", "Mã bản ghi", 10),
    Column("part", "Part", "Phần", 6),
    Column("parts", "Parts", "Số phần", 6),
    Column("text", "Text", "Nội dung", 100, wrap=True),
))

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
