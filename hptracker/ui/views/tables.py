"""The record lists: a search box, filters and a lazily filled table over one LazyTableModel.

The database does the filtering, ignoring case and Vietnamese diacritics across every partner
name and alias. Every list searches as the officer types: each keystroke's search runs on a pool
thread at once (no pause to wait for), a newer one overtakes an older one, and the follow-ups'
counts follow their rows (issue 17).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import OPEN_STATUSES, FollowUpDirection, FollowUpStatus
from ...core.labels import label
from ...core.rules import due_period
from ...core.tracker import FollowUpQuery
from ..dialogs.widgets import PartnerPicker, category_items, enum_items, fill_combo, unit_items
from ..icons import icon
from ..models.base import ID_ROLE, LazyTableModel
from ..models.records import AgreementsModel, FollowUpsModel, MeetingsModel, PartnersModel
from ..retranslate import Texts, is_language_change
from ..tasks import runner
from .followup_detail import FollowUpDetail

TYPING_DELAY_MS = 0  # every list is searched in the background, at every keystroke


class CellTooltips(QStyledItemDelegate):
    """Paints as Qt's own delegate; a cell's tooltip is made when it is hovered, from the model's
    ``tooltip`` (the cells keep no tooltip text: making one for each cell of each page read cost
    more than the rest of the cells together). Only this method runs in Python."""

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = view.model().tooltip(index)
        cell = view.visualRect(index)
        QToolTip.showText(event.globalPos(), text, view, QRect(view.mapToGlobal(cell.topLeft()), cell.size()))
        event.setAccepted(bool(text))
        return True


class RecordTable(QTableView):
    """A plain-text table: rows selected whole, columns sortable by the database."""

    def __init__(self, model: LazyTableModel, name: str, accessible: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setModel(model)
        self.setItemDelegate(CellTooltips(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next control; arrows move in it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(model.columns):
            header.resizeSection(number, column.width)
        # -1: no column chosen yet, the model's own default order (overdue first for follow-ups).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def rows_shown(self) -> int:
        """How many rows the table shows at its height (the last one perhaps in part)."""
        return -(-self.viewport().height() // self.verticalHeader().defaultSectionSize())

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if index.isValid() and self.selectionModel().isRowSelected(index.row(), index.parent()):
            return index.siblingAtColumn(0).data(ID_ROLE)
        rows = self.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())]

    def select_id(self, record_id: int) -> bool:
        model = self.model()
        row = model.row_of_id(record_id)
        while row < 0 and model.canFetchMore():
            model.fetchMore()
            row = model.row_of_id(record_id)
        if row < 0:
            return False
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(index)
        return True

    @contextlib.contextmanager
    def keeping_place(self) -> Iterator[None]:
        """Re-read the rows in the block and come back to where the officer was: as many rows
        loaded as before, the same records selected (those still listed), the same scroll
        position. For F5 and for other workstations' changes; a new filter starts at the top."""
        model = self.model()
        selected = self.selected_ids()
        current = self.current_id()
        loaded = model.loaded()
        vertical, horizontal = self.verticalScrollBar().value(), self.horizontalScrollBar().value()
        yield
        while model.loaded() < loaded and model.canFetchMore():
            model.fetchMore()
        selection = QItemSelection()
        for record_id in selected:
            row = model.row_of_id(record_id)
            if row >= 0:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(selection, flags)
        row = model.row_of_id(current) if current is not None else -1
        if row >= 0:
            self.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.verticalScrollBar().setValue(vertical)
        self.horizontalScrollBar().setValue(horizontal)


class SearchEdit(QLineEdit):
    """A search box that reports its text at the next turn of the event loop (what arrives in one
    go, a paste or an input method's several keys, is one search); Down leads into the results."""

    search = Signal(str)
    into_results = Signal()

    def __init__(self, name: str, placeholder, parent=None, accessible=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.texts = Texts()
        self.texts.keep(lambda: self.setPlaceholderText(placeholder()))
        self.texts.keep(
            lambda: self.setAccessibleName(accessible() if accessible is not None else QCoreApplication.translate("SearchEdit", "Search"))
        )
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_DELAY_MS)
        self.timer.timeout.connect(lambda: self.search.emit(self.text()))
        self.textChanged.connect(lambda _t: self.timer.start())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.texts.again()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Down and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.flush()
            self.into_results.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def flush(self) -> None:
        """Run a pending search now (Enter in the box)."""
        if self.timer.isActive():
            self.timer.stop()
            self.search.emit(self.text())


def _refill(combo: QComboBox, items) -> None:
    """Replace a filter's choices (their labels in another language), keeping the one chosen and
    without a change signal: the filter itself is the same."""
    current = combo.currentData() if combo.count() else items[0][0]
    combo.blockSignals(True)
    try:
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
    finally:
        combo.blockSignals(False)


def enter_results(table: RecordTable) -> None:
    """Down in a search box: the keyboard goes to the results, on the first row when none is
    chosen yet, so Enter opens it."""
    table.setFocus(Qt.FocusReason.TabFocusReason)
    if table.current_id() is None and table.model().rowCount() > 0:
        table.selectRow(0)


class SearchBoxKeys:
    """Enter and Down in a list's search box, whose search runs in the background: what was typed
    is shown at once (for the views below: ``search_edit``, ``model``, ``table``)."""

    search_edit: SearchEdit
    model: Any
    table: RecordTable

    def _search_now(self) -> None:
        """Enter in the search box: the search typed is shown now."""
        self.search_edit.flush()
        self.model.settle()

    def _into_results(self) -> None:
        self.model.settle()
        enter_results(self.table)


class RecordListView(SearchBoxKeys, QWidget):
    """Partners, meetings or agreements: search, a "deleted" switch, the table."""

    selection_changed = Signal()
    open_requested = Signal(int)
    changed = Signal()

    def __init__(self, model: LazyTableModel, table_name: str, search_name: str, accessible, placeholder, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.texts = Texts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.search_edit = SearchEdit(search_name, placeholder, self)
        bar.addWidget(self.search_edit, 1)
        self.deleted_check = QCheckBox(self)
        self.texts.keep(lambda: self.deleted_check.setText(QCoreApplication.translate("RecordListView", "Show &deleted")))
        self.texts.keep(
            lambda: self.deleted_check.setToolTip(
                QCoreApplication.translate("RecordListView", "Deleted records can be restored from here.")
            )
        )
        bar.addWidget(self.deleted_check)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.table = RecordTable(model, table_name, accessible(), self)
        self.texts.keep(lambda: self.table.setAccessibleName(accessible()))
        layout.addWidget(self.table, 1)
        self.search_edit.search.connect(
            lambda text: self.model.search_in_background(text, self.deleted_check.isChecked(), self.table.rows_shown())
        )
        self.search_edit.returnPressed.connect(self._search_now)
        self.search_edit.into_results.connect(self._into_results)
        self.deleted_check.toggled.connect(lambda _c: self.apply())
        self.table.activated.connect(lambda index: self.open_requested.emit(index.siblingAtColumn(0).data(ID_ROLE)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.texts.again()
            self.model.retitle()
            self._update_count()
        super().changeEvent(event)

    def apply(self) -> None:
        self.model.set_filter(self.search_edit.text(), self.deleted_check.isChecked())

    def refresh(self) -> None:
        """Read the rows again (F5, another workstation's change), keeping the officer's place."""
        with self.table.keeping_place():
            self.apply()

    def showing_deleted(self) -> bool:
        return self.deleted_check.isChecked()

    def _update_count(self, *_args) -> None:
        self.count_label.setText(QCoreApplication.translate("RecordListView", "{n} found").format(n=self.model.total()))


def partners_view(tracker, parent=None) -> RecordListView:
    return RecordListView(
        PartnersModel(tracker),
        "partnersTable",
        "partnersSearch",
        lambda: QCoreApplication.translate("RecordListView", "Partners"),
        lambda: QCoreApplication.translate("RecordListView", "Search partners by any name or alias (Ctrl+F)"),
        parent,
    )


def meetings_view(tracker, parent=None) -> RecordListView:
    return RecordListView(
        MeetingsModel(tracker),
        "meetingsTable",
        "meetingsSearch",
        lambda: QCoreApplication.translate("RecordListView", "Meetings"),
        lambda: QCoreApplication.translate("RecordListView", "Search meetings: title, place, people, partner names (Ctrl+F)"),
        parent,
    )


def agreements_view(tracker, parent=None) -> RecordListView:
    return RecordListView(
        AgreementsModel(tracker),
        "agreementsTable",
        "agreementsSearch",
        lambda: QCoreApplication.translate("RecordListView", "Agreements"),
        lambda: QCoreApplication.translate("RecordListView", "Search agreements: title, reference, partner names (Ctrl+F)"),
        parent,
    )


ANY = "any"
OPEN = "open"


class FollowUpsView(SearchBoxKeys, QWidget):
    """The follow-ups: filters over the table, the selected one's detail and history beside it."""

    selection_changed = Signal()
    open_requested = Signal(int)
    query_changed = Signal()

    def __init__(self, tracker, parent=None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self._refreshing = False
        self.model = FollowUpsModel(tracker, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        self.texts = Texts()
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.search_edit = SearchEdit(
            "searchEdit",
            lambda: QCoreApplication.translate(
                "FollowUpsView", "Search follow-ups: title, details, partner in any script or alias (Ctrl+F)"
            ),
            self,
            accessible=lambda: QCoreApplication.translate("FollowUpsView", "Search follow-ups"),
        )
        grid.addWidget(self.search_edit, 0, 0, 1, 2)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        grid.addWidget(self.status_filter, 0, 2)
        self.partner_filter = PartnerPicker(tracker, "partner_filter", self)
        self.partner_filter.setObjectName("partnerFilter")
        grid.addWidget(self.partner_filter, 0, 3)
        self.direction_filter = QComboBox(self)
        self.direction_filter.setObjectName("directionFilter")
        grid.addWidget(self.direction_filter, 0, 4)
        self.unit_filter = QComboBox(self)
        self.unit_filter.setObjectName("unitFilter")
        grid.addWidget(self.unit_filter, 1, 0)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        grid.addWidget(self.category_filter, 1, 1)
        self.due_filter = QComboBox(self)
        self.due_filter.setObjectName("dueFilter")
        grid.addWidget(self.due_filter, 1, 2)
        self.overdue_check = QCheckBox(self)
        self.overdue_check.setObjectName("overdueFilter")
        self.deleted_check = QCheckBox(self)
        self.deleted_check.setObjectName("deletedFilter")
        checks = QHBoxLayout()
        checks.addWidget(self.overdue_check)
        checks.addWidget(self.deleted_check)
        checks.addStretch(1)
        grid.addLayout(checks, 1, 3)
        self.clear_button = QPushButton(self)
        self.clear_button.setAutoDefault(False)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        tail = QHBoxLayout()
        tail.addWidget(self.clear_button)
        tail.addWidget(self.count_label)
        grid.addLayout(tail, 1, 4)
        for column, stretch in enumerate((2, 2, 1, 2, 1)):
            grid.setColumnStretch(column, stretch)
        layout.addLayout(grid)
        self.texts.keep(self._name_filters)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("followUpsSplitter")
        self.table = RecordTable(self.model, "followUpsTable", "", self.splitter)
        self.texts.keep(lambda: self.table.setAccessibleName(QCoreApplication.translate("FollowUpsView", "Follow-ups")))
        self.detail = FollowUpDetail(tracker, self.splitter)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 360])
        layout.addWidget(self.splitter, 1)

        for combo in (self.status_filter, self.direction_filter, self.unit_filter, self.category_filter, self.due_filter):
            # Long labels must not set the window's minimum width (laptops at 1280 px and less).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.search_edit.setMinimumWidth(120)
        self.partner_filter.setMinimumWidth(100)
        self.reload_choices()
        self.search_edit.search.connect(lambda _t: self._search_typed())
        self.search_edit.returnPressed.connect(self._search_now)
        self.search_edit.into_results.connect(self._into_results)
        for combo in (self.status_filter, self.direction_filter, self.unit_filter, self.category_filter, self.due_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        self.overdue_check.toggled.connect(lambda _c: self.apply())
        self.deleted_check.toggled.connect(lambda _c: self.apply())
        self.partner_filter.picked.connect(lambda _pid: self.apply())
        self.partner_filter.edit.textChanged.connect(self._partner_text_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(lambda index: self.open_requested.emit(index.siblingAtColumn(0).data(ID_ROLE)))
        # A click makes the row current before it selects it: follow the selection.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_count)
        self.model.searched.connect(self._after_search)
        self.model.counted.connect(self._after_count)
        self._selected_before_search: int | None = None
        self._detail_stale = False  # the records changed (a restore, an import): read the detail again

    def _name_filters(self) -> None:
        """Every text of the filters, in the language in force; the choices made are kept."""
        self.status_filter.setAccessibleName(QCoreApplication.translate("FollowUpsView", "Status filter"))
        _refill(
            self.status_filter,
            [
                ("", QCoreApplication.translate("FollowUpsView", "All statuses")),
                (OPEN, QCoreApplication.translate("FollowUpsView", "Open (not done or dropped)")),
                *enum_items(FollowUpStatus),
            ],
        )
        self.partner_filter.edit.setPlaceholderText(QCoreApplication.translate("FollowUpsView", "Partner: any"))
        self.partner_filter.edit.setAccessibleName(QCoreApplication.translate("FollowUpsView", "Partner filter"))
        self.direction_filter.setAccessibleName(QCoreApplication.translate("FollowUpsView", "Direction filter"))
        _refill(
            self.direction_filter, [(None, QCoreApplication.translate("FollowUpsView", "Any direction")), *enum_items(FollowUpDirection)]
        )
        self.unit_filter.setAccessibleName(QCoreApplication.translate("FollowUpsView", "Our unit filter"))
        self.category_filter.setAccessibleName(QCoreApplication.translate("FollowUpsView", "Category filter"))
        self.due_filter.setAccessibleName(QCoreApplication.translate("FollowUpsView", "Due period filter"))
        _refill(
            self.due_filter,
            [
                (ANY, QCoreApplication.translate("FollowUpsView", "Due: any time")),
                ("past", QCoreApplication.translate("FollowUpsView", "Due before today")),
                ("next30", QCoreApplication.translate("FollowUpsView", "Due in the next 30 days")),
                ("month", QCoreApplication.translate("FollowUpsView", "Due this month")),
                ("quarter", QCoreApplication.translate("FollowUpsView", "Due this quarter")),
                ("year", QCoreApplication.translate("FollowUpsView", "Due this year")),
            ],
        )
        self.overdue_check.setText(QCoreApplication.translate("FollowUpsView", "&Overdue"))
        self.overdue_check.setToolTip(QCoreApplication.translate("FollowUpsView", "Only follow-ups past their due date and not done"))
        self.deleted_check.setText(QCoreApplication.translate("FollowUpsView", "De&leted"))
        self.deleted_check.setToolTip(QCoreApplication.translate("FollowUpsView", "Deleted follow-ups can be restored from here."))
        self.clear_button.setText(QCoreApplication.translate("FollowUpsView", "Clear filters"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_language_change(event) and hasattr(self, "model"):
            self.texts.again()
            self.model.retitle()
            self.reload_choices()  # "Any unit", and the units' names in the language's column
            self._update_count()
        super().changeEvent(event)

    def reload_choices(self) -> None:
        """Units and categories can change (Settings); keep what was chosen."""
        self._fill_choices(unit_items(self.tracker), category_items(self.tracker))

    def reload_choices_in_background(self) -> None:
        """The same, read on a pool thread: after a restore or an import every page of the
        database is cold, and reading the units held the window 45 ms (bench_freeze). A choice
        the database no longer has is dropped, and the rows are read again without it."""
        tracker = self.tracker
        task = runner().run(lambda _progress: (unit_items(tracker), category_items(tracker)), name="filter choices")
        task.succeeded.connect(self._choices_read)  # a bound method: dropped if the view goes first

    def _choices_read(self, items: tuple[list[tuple[int, str]], list[tuple[int, str]]]) -> None:
        if self._fill_choices(*items):
            self.apply()

    def _fill_choices(self, units: list[tuple[int, str]], categories: list[tuple[int, str]]) -> bool:
        """Whether a choice shown is gone (the filters shown then changed)."""
        changed = False
        for combo, items, none in (
            (self.unit_filter, units, QCoreApplication.translate("FollowUpsView", "Any unit")),
            (self.category_filter, categories, QCoreApplication.translate("FollowUpsView", "Any category")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            fill_combo(combo, items, none, current)
            combo.blockSignals(False)
            changed = changed or combo.currentData() != current
        return changed

    def _partner_text_changed(self, text: str) -> None:
        if not text.strip() and self.partner_filter.chosen is None:
            self.apply()
        elif not text.strip():
            self.partner_filter.set_partner(None)
            self.apply()

    def _statuses(self) -> tuple[str, ...]:
        chosen = self.status_filter.currentData() or ""
        if chosen == OPEN:
            return OPEN_STATUSES
        return (chosen,) if chosen else ()

    def current_query(self) -> FollowUpQuery:
        today = dt.date.today()
        due_from, due_to = due_period(self.due_filter.currentData() or ANY, today)
        chosen = self.partner_filter.chosen  # the picked partner, not half-typed text
        partner_ids = (chosen[0],) if chosen and self.partner_filter.edit.text() == chosen[1] else ()
        direction = self.direction_filter.currentData()
        unit = self.unit_filter.currentData()
        category = self.category_filter.currentData()
        return FollowUpQuery(
            text=self.search_edit.text(),
            statuses=self._statuses(),
            partner_ids=partner_ids,
            directions=(direction,) if direction else (),
            unit_ids=(unit,) if unit is not None else (),
            category_ids=(category,) if category is not None else (),
            due_from=due_from,
            due_to=due_to,
            overdue_only=self.overdue_check.isChecked(),
            deleted=self.deleted_check.isChecked(),
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def apply(self) -> None:
        """A filter changed: its rows come from a pool thread as a keystroke's do (``searched``),
        their counts after them, and the selected follow-up stays selected if it still matches.

        Read here, a filter held the window while the database counted: a unit, a category or a
        direction 190-250 ms at 100,000 follow-ups, "open" or "overdue" 100 ms for the page."""
        self._search_typed()

    def _apply_now(self) -> None:
        """Re-read the rows of the filters shown on this thread, keeping the selected row if it
        still matches: for :meth:`refresh`, which keeps the place around it and shows the detail."""
        selected = self.table.current_id()
        self.model.set_query(self.current_query())
        if selected is not None and self.model.row_of_id(selected) >= 0:
            self.table.select_id(selected)
        self.query_changed.emit()

    def showing_deleted(self) -> bool:
        """Whether the rows shown are the deleted ones (the switch's rows come a moment after it)."""
        return self.model.query.deleted

    def _search_typed(self) -> None:
        """A keystroke in the search box: the rows come from a pool thread (model.searched)."""
        if not self.model.searching():
            self._selected_before_search = self.table.current_id()
        self.model.search_in_background(self.current_query(), self.table.rows_shown())

    def refresh_in_background(self) -> None:
        """Read the rows of the filters shown again on a pool thread (after a restore, an import),
        keeping the selected row if it is still there; its detail is read again too."""
        self._detail_stale = True
        self._search_typed()

    def _after_search(self) -> None:
        """A search's rows are shown: the follow-up selected before stays selected if listed. The
        detail is shown again only if another one (or none) is selected now: a search changes no
        record, and re-reading the same follow-up on the GUI thread, twice as the selection passed
        through the reset, was 20 ms of each keystroke at 100,000 follow-ups (issue 17)."""
        selected = self._selected_before_search
        if selected is not None and self.model.row_of_id(selected) >= 0:
            self.table.select_id(selected)
        if not self._refreshing:
            self._show_selected_detail()

    def _show_selected_detail(self) -> None:
        """The selected follow-up in the detail, read again only if another one (or none) was shown
        or the records changed meanwhile (``_detail_stale``)."""
        current = self.table.current_id()
        if current != self.detail.followup_id or self._detail_stale:
            self.detail.show_followup(current)
        self._detail_stale = False

    def _after_count(self) -> None:
        self._update_count()
        self.query_changed.emit()

    def refresh(self) -> None:
        """Read the rows again (F5, another workstation's change), keeping the officer's place.

        The detail beside the table is shown again once, at the end: while the rows are re-read
        the selection passes through "nothing selected", which would clear the progress note the
        officer is typing.
        """
        self._refreshing = True
        try:
            with self.table.keeping_place():
                self._apply_now()
        finally:
            self._refreshing = False
        self._show_current()

    def clear_filters(self) -> None:
        widgets = (
            self.search_edit,
            self.status_filter,
            self.direction_filter,
            self.unit_filter,
            self.category_filter,
            self.due_filter,
            self.overdue_check,
            self.deleted_check,
            self.partner_filter.edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.timer.stop()
        for combo in (self.status_filter, self.direction_filter, self.unit_filter, self.category_filter, self.due_filter):
            combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.deleted_check.setChecked(False)
        self.partner_filter.set_partner(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply()

    def _after_reset(self) -> None:
        self._update_count()
        self._show_current()

    def _show_current(self) -> None:
        if not self._refreshing and not self.model.showing_search:
            self.detail.show_followup(self.table.current_id())

    def _update_count(self, *_args) -> None:
        if self.model.counting:
            self.count_label.setText(QCoreApplication.translate("FollowUpsView", "Counting…"))
            return
        self.count_label.setText(QCoreApplication.translate("FollowUpsView", "{n} found").format(n=self.model.total()))

    def status_text(self) -> str:
        counts = self.model.status_counts()
        parts = [
            QCoreApplication.translate("FollowUpsView", "Follow-ups shown: {n}").format(n=self.model.total()),
            QCoreApplication.translate("FollowUpsView", "Overdue: {n}").format(n=counts["overdue"]),
        ]
        parts += [f"{label(FollowUpStatus, status.value)}: {counts[status.value]}" for status in FollowUpStatus]
        return " · ".join(parts)
