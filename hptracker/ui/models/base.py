"""A table model that lets SQLite sort, filter and page, fetching rows as the view scrolls.

Like QSqlQueryModel, rows come in pages (``canFetchMore``/``fetchMore``): a view over 100,000
follow-ups reads the first page only, and clicking a header re-runs the query with another ORDER BY
instead of sorting in Python (STYLE.md habit 4). Subclasses declare their columns and two
callables, one fetching a page and one counting.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

# The roles and flags as plain values, made once: the view asks ``data`` about a thousand times
# each time a page is painted (each visible cell, each role), and building ``Qt.ItemFlag`` or
# looking up ``Qt.ItemDataRole`` members there was a third of the table's Python time in a search
# keystroke (benchmarks/bench_search.py, the GUI thread's share).
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]  # translated lazily, so a language switch needs no rebuild
    text: Callable[[Any], str]
    sort: str  # the SQL sort key the Tracker understands
    width: int = 120
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None


def rich_tooltip(text: str) -> str:
    """Tooltips interpret HTML, so user text is escaped and wrapped to keep it literal."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class LazyTableModel(QAbstractTableModel):
    """Rows of one Tracker query, fetched a page at a time; sort() re-queries SQL."""

    PAGE = 200

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._total = 0
        self.sort_key = "default"
        self.descending = False
        self.sort_column = -1
        self.loaded_once = False  # until the first reload, a sort only records the order

    # -- subclass hooks ---------------------------------------------------------------------------

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def count_rows(self) -> int:
        raise NotImplementedError

    def row_id(self, row: Any) -> int:
        return row.id

    def foreground(self, row: Any, column: Column):
        return None

    def background(self, row: Any, column: Column):
        return None

    def decoration(self, row: Any, column: Column):
        return None

    def font(self, row: Any, column: Column):
        return None

    def default_sort(self) -> tuple[str, bool]:
        return "default", False

    # -- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-run the query from the top (filters or sort changed); only the first page is read."""
        self.loaded_once = True
        self.beginResetModel()
        self._total = self.count_rows()
        self._rows = self.fetch_page(0, self.PAGE) if self._total else []
        # The count and the page are two reads; keep them consistent if rows changed in between.
        if len(self._rows) < self.PAGE:
            self._total = len(self._rows)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def fetch_all(self) -> None:
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802,B008 - Qt API
        if parent.isValid():
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802,B008 - Qt API
        if parent.isValid() or len(self._rows) >= self._total:
            return
        page = self.fetch_page(len(self._rows), self.PAGE)
        if not page:
            # Rows vanished since the count: stop announcing more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        if len(page) < self.PAGE:
            self._total = len(self._rows)

    # -- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].header()
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        number, place = index.row(), index.column()
        if not index.isValid() or number >= len(self._rows) or place >= len(self.columns):
            return None
        row = self._rows[number]
        column = self.columns[place]
        if role == _DISPLAY:
            return column.text(row)
        if role == _FOREGROUND:
            return self.foreground(row, column)
        if role == _BACKGROUND:
            return self.background(row, column)
        if role == _FONT:
            return self.font(row, column)
        if role == _DECORATION:
            return self.decoration(row, column)
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == _TOOLTIP:
            text = column.tooltip(row) if column.tooltip else column.text(row)
            return rich_tooltip(text) or None
        if role == ID_ROLE:
            return self.row_id(row)
        if role == SORT_ROLE:
            return column.sort
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Clicking a header: the database sorts (ORDER BY on an indexed key), we re-read page one."""
        if 0 <= column < len(self.columns):
            self.sort_key = self.columns[column].sort
            self.descending = order == Qt.SortOrder.DescendingOrder
            self.sort_column = column
        else:
            self.sort_key, self.descending = self.default_sort()
            self.sort_column = -1
        # A view sorts once when sorting is enabled and again when its header state is restored:
        # before the first real load these only set the order, so a hidden page costs no query.
        if self.loaded_once:
            self.reload()

    # -- helpers for views ------------------------------------------------------------------------

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def ids(self) -> list[int]:
        return [self.row_id(row) for row in self._rows]

    def row_of_id(self, record_id: int) -> int:
        for number, row in enumerate(self._rows):
            if self.row_id(row) == record_id:
                return number
        return -1

    def column_of(self, key: str) -> int:
        for number, column in enumerate(self.columns):
            if column.key == key:
                return number
        return -1

    def refresh_row(self, record_id: int, fresh: Any | None) -> None:
        """Targeted update after an edit: one dataChanged, no reset (Vorta's habit)."""
        number = self.row_of_id(record_id)
        if number < 0 or fresh is None:
            return
        self._rows[number] = fresh
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))
