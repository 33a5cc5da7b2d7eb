"""A table model that lets SQLite sort, filter and page, fetching rows as the view scrolls.

Like QSqlQueryModel, rows come in pages (``canFetchMore``/``fetchMore``): a view over 100,000
follow-ups reads the first page only, and clicking a header re-runs the query with another ORDER BY
instead of sorting in Python (STYLE.md habit 4). Subclasses declare their columns and two
callables, one fetching a page and one counting.

The model keeps its cells in C++ (a QStandardItemModel), so the view paints a page without a
call into Python. Answering ``data`` in Python meant about two thousand calls each time a page was
painted (each visible cell, each role), each one also waiting for the interpreter lock while a
count ran on a pool thread: most of a search keystroke's time on the GUI thread (issue 17). A
search's texts are made on its pool thread (:meth:`LazyTableModel.texts`, plain Python); the cells
are made on the GUI thread only, by the model itself as their texts are set, so that no Qt object
is made on a pool thread and no Python wrapper is kept for each cell. Tooltips are made when one
is asked for (:class:`hptracker.ui.views.tables.CellTooltips`).
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

# The roles a model sets on its cells, as the ints setData takes (for looks and marks).
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
FONT = int(Qt.ItemDataRole.FontRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # an int, as Qt reads it
# Every role a cell may have been given (its text, the ID, the alignment, a look, a mark), each
# emptied when a row is read again; the flags, which every cell keeps, are not among them.
_EMPTY_CELL: dict[int, Any] = dict.fromkeys((DISPLAY, ID_ROLE, ALIGNMENT, BACKGROUND, DECORATION, FONT, FOREGROUND))
# Read only, one row at a time: no editing, no dragging, never a tree.
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]  # in the language in force when called (LazyTableModel.retitle)
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


Look = tuple[tuple[int, Any], ...]


def look(foreground: QBrush | None = None, background: QBrush | None = None, font: QFont | None = None) -> Look:
    """The colours and font of every cell of a kind of row (overdue, done, deleted), as (role,
    value) pairs. Made on the GUI thread (a QFont takes the application's)."""
    roles = ((FOREGROUND, foreground), (BACKGROUND, background), (FONT, font))
    return tuple((role, value) for role, value in roles if value is not None)


class LazyTableModel(QStandardItemModel):
    """Rows of one Tracker query, fetched a page at a time; sort() re-queries SQL.

    ``rows()`` are the records read (the Tracker's row objects) and the model's items their cells,
    always the same rows in the same order: every change goes through :meth:`replacing_rows`,
    :meth:`fetchMore` or :meth:`refresh_row`.
    """

    PAGE = 200  # rows read as the view scrolls down
    # Rows of a search's first read, at least: a screenful and more (about 40 rows show on a
    # 1200-pixel screen; a taller table asks for what it shows). Their cells are made on the GUI
    # thread at each keystroke, where 100 rows took 11-13 ms of the 16 a keystroke may have (issue
    # 17); scrolling reads on.
    FIRST_PAGE = 50
    MARGIN = 10  # rows read beyond those the table shows, so that the next read waits for a scroll

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._total = 0
        self._headers: list[str] = []
        self.sort_key = "default"
        self.descending = False
        self.sort_column = -1
        self.loaded_once = False  # until the first reload, a sort only records the order
        self._plain: Look = ()
        # Every cell is a copy of this one, made by the model as its text is set: read only.
        prototype = QStandardItem()
        prototype.setFlags(_CELL_FLAGS)
        self.setItemPrototype(prototype)
        self._right = [number for number, column in enumerate(self.columns) if column.align_right]
        self.retitle()

    # -- subclass hooks ---------------------------------------------------------------------------

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def count_rows(self) -> int:
        raise NotImplementedError

    def row_id(self, row: Any) -> int:
        return row.id

    def look_of(self, row: Any) -> Look:
        """The colours and font of every cell of ``row`` (see :func:`look`): none by default."""
        return self._plain

    def marks(self, row: Any) -> Iterable[tuple[int, int, Any]]:
        """What single cells of ``row`` show more than its look, as (column, role, value): an
        icon, a bold word. None by default."""
        return ()

    def default_sort(self) -> tuple[str, bool]:
        return "default", False

    def first_read(self, shown: int) -> int:
        """How many rows a search reads first, for a table that shows ``shown`` rows: all of
        them and MARGIN more, so that no second read follows at once; FIRST_PAGE at least."""
        return max(self.FIRST_PAGE, shown + self.MARGIN)

    # -- cells --------------------------------------------------------------------------------------

    def texts(self, row: Any) -> list[str]:
        """A row's texts, plain (never HTML). Plain Python: a search makes them on its pool thread."""
        return [column.text(row) for column in self.columns]

    def _fill(self, first: int, rows: Sequence[Any], texts: Sequence[list[str]]) -> None:
        """Make the cells of ``rows`` from row ``first`` on, which have none yet; signals blocked.

        The model makes each cell when its text is set, read only (its prototype); a row that
        looks other than plain gets its look's colours and font too, in one call for each cell
        (setItemData adds roles to a cell, it does not make one). No cell is a Python object.
        The prototype stays the same: changing it for each kind of row (fewer calls) crashed the
        process in shiboken's ``releaseWrapper`` as the replaced prototypes were deleted."""
        index, put, add = self.index, self.setData, self.setItemData
        for number, (row, row_texts) in enumerate(zip(rows, texts, strict=True), first):
            look = dict(self.look_of(row))
            for place, text in enumerate(row_texts):
                cell = index(number, place)
                put(cell, text)
                if look:
                    add(cell, look)
            for place in self._right:
                put(index(number, place), _RIGHT, ALIGNMENT)
            put(index(number, 0), self.row_id(row), ID_ROLE)
            for place, role, value in self.marks(row):
                put(index(number, place), value, role)

    def tooltip(self, index: Index) -> str:
        """The tooltip of a cell, made when the officer hovers it: its whole text (a cell may be
        cut short), or what its column says more; escaped, so that user text stays literal."""
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(self.columns):
            return ""
        column = self.columns[index.column()]
        return rich_tooltip(column.tooltip(row) if column.tooltip else column.text(row))

    def retitle(self) -> None:
        """The column headers in the language in force: at the start, and again when it changes
        (the views call this on their LanguageChange)."""
        headers = [column.header() for column in self.columns]
        if headers == self._headers:
            return
        self._headers = headers
        for number, text in enumerate(headers):
            self.setHeaderData(number, Qt.Orientation.Horizontal, text, Qt.ItemDataRole.DisplayRole)
            self.setHeaderData(number, Qt.Orientation.Horizontal, text, Qt.ItemDataRole.ToolTipRole)

    @contextlib.contextmanager
    def replacing_rows(self, rows: list[Any], texts: list[list[str]] | None = None) -> Iterator[None]:
        """Show ``rows`` instead of those shown, in one reset; the block sets what goes with them
        (the total, the query). ``texts`` are the rows' texts when they were made beforehand (on
        a search's pool thread); otherwise they are made here, before anything changes."""
        if texts is None:
            texts = [self.texts(row) for row in rows]
        self.beginResetModel()
        try:
            # The reset says it all: no signal for each cell (a view would lay out 2,000 times).
            with QSignalBlocker(self):
                self.setRowCount(0)
                self.setRowCount(len(rows))
                self._fill(0, rows, texts)
            self._rows = list(rows)
            yield
        finally:
            self.endResetModel()

    # -- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-run the query from the top (filters or sort changed); only the first page is read."""
        self.loaded_once = True
        total = self.count_rows()
        rows = self.fetch_page(0, self.PAGE) if total else []
        with self.replacing_rows(rows):
            # The count and the page are two reads; keep them consistent if rows changed in between.
            self._total = len(rows) if len(rows) < self.PAGE else total

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
        texts = [self.texts(row) for row in page]
        first = len(self._rows)
        self._rows.extend(page)
        if len(page) < self.PAGE:
            self._total = len(self._rows)
        # One insertion for the view (its rowsInserted), then the cells made quietly and announced
        # once: a signal for each of 2,200 cells cost more than making them.
        self.insertRows(first, len(page))
        self._quietly(first, page, texts)

    def _quietly(self, first: int, rows: Sequence[Any], texts: Sequence[list[str]]) -> None:
        with QSignalBlocker(self):
            self._fill(first, rows, texts)
        self.dataChanged.emit(self.index(first, 0), self.index(first + len(rows) - 1, len(self.columns) - 1))

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
        # The cells stay and are emptied (their look may not be the new one's): a cell taken away
        # would take the row's selection and the current cell with it.
        with QSignalBlocker(self):
            for place in range(len(self.columns)):
                self.setItemData(self.index(number, place), _EMPTY_CELL)
        self._quietly(number, [fresh], [self.texts(fresh)])
