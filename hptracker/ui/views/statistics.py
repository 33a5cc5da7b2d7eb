"""Statistics: SPEC §10's figures for a period, by unit, partner, category or officer (issue 18 item 2).

A period preset (this or last month, quarter, half year, year) or two dates of its own, a grouping,
then a table of the figures and a bar chart of each group's outcomes, drawn here with QPainter
(QtCharts is an add-on module; hptracker depends on PySide6-Essentials only). A click on any
number of the table, or on a bar of the chart, lists the follow-ups behind it; a double-click there
opens one. The figures are computed on a pool thread (:mod:`hptracker.ui.tasks`): about a second
at 100,000 follow-ups, never on the GUI thread. "Today" is injectable, so tests choose the date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import FollowUpStatus
from ...core.i18n import language
from ...core.labels import label
from ...core.stats import FIGURES, GROUPINGS, OUTCOMES, Group, ScopeRow, Statistics, figure_label, format_rate, grouping_label
from ...core.text import format_date, format_due, format_number
from ..tasks import Task, error_text, runner

Index = QModelIndex | QPersistentModelIndex

# Colours of the outcomes, the spreadsheet's palette: green done on time, amber done late, grey
# dropped, red overdue, blue open within the deadline.
OUTCOME_COLOURS = {
    "done_on_time": QColor("#4caf50"),
    "done_late": QColor("#ffb300"),
    "dropped": QColor("#9e9e9e"),
    "overdue": QColor("#e53935"),
    "open_within_deadline": QColor("#42a5f5"),
}
PRESETS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_half", "last_half", "this_year", "last_year", "custom")


def preset_period(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """(first day, cut-off) of a preset: the current period runs up to today, the last one is whole."""

    def months_back(date: dt.date, months: int) -> dt.date:
        index = date.year * 12 + date.month - 1 - months
        return dt.date(index // 12, index % 12 + 1, 1)

    def span(months: int, back: bool) -> tuple[dt.date, dt.date]:
        first = dt.date(today.year, (today.month - 1) // months * months + 1, 1)
        if not back:
            return first, today
        start = months_back(first, months)
        return start, first - dt.timedelta(days=1)

    spans = {
        "this_month": (1, False),
        "last_month": (1, True),
        "this_quarter": (3, False),
        "last_quarter": (3, True),
        "this_half": (6, False),
        "last_half": (6, True),
        "this_year": (12, False),
        "last_year": (12, True),
    }
    if preset not in spans:
        raise ValueError(preset)
    return span(*spans[preset])


def preset_label(preset: str) -> str:
    labels = {
        "this_month": lambda: QCoreApplication.translate("StatisticsView", "This month"),
        "last_month": lambda: QCoreApplication.translate("StatisticsView", "Last month"),
        "this_quarter": lambda: QCoreApplication.translate("StatisticsView", "This quarter"),
        "last_quarter": lambda: QCoreApplication.translate("StatisticsView", "Last quarter"),
        "this_half": lambda: QCoreApplication.translate("StatisticsView", "This half year"),
        "last_half": lambda: QCoreApplication.translate("StatisticsView", "Last half year"),
        "this_year": lambda: QCoreApplication.translate("StatisticsView", "This year"),
        "last_year": lambda: QCoreApplication.translate("StatisticsView", "Last year"),
        "custom": lambda: QCoreApplication.translate("StatisticsView", "Custom period"),
    }
    return labels[preset]()


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


# --------------------------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------------------------

COLUMNS = ("group", "total", *FIGURES, "on_time_rate")


def two_lines(text: str) -> str:
    """A header on two lines, broken at the space nearest its middle ("Hoàn thành\nđúng hạn")."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1 :]


class StatisticsModel(QAbstractTableModel):
    """One row per group and a total row; a cell's figure and group for the click that lists them."""

    FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.stats: Statistics | None = None

    def set_statistics(self, stats: Statistics | None) -> None:
        self.beginResetModel()
        self.stats = stats
        self.endResetModel()

    def _groups(self) -> list[Group | None]:
        """The groups, then None for the total row."""
        return [*self.stats.groups, None] if self.stats is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() or self.stats is None else len(self.stats.groups) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "group":
                return grouping_label(self.stats.by) if self.stats else QCoreApplication.translate("StatisticsView", "Group")
            return two_lines(figure_label(key))  # the columns are narrow; a header does not wrap itself
        if role == Qt.ItemDataRole.ToolTipRole and key != "group":
            return (
                figure_label(key) + " — " + QCoreApplication.translate("StatisticsView", "Click a number to list the follow-ups behind it.")
            )
        return None

    def cell(self, index: Index) -> tuple[Group | None, str] | None:
        """(group or None for all, figure) of a number's cell; None for the names."""
        if not index.isValid() or self.stats is None or index.column() == 0:
            return None
        groups = self._groups()
        if not 0 <= index.row() < len(groups):
            return None
        return groups[index.row()], COLUMNS[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.stats is None:
            return None
        groups = self._groups()
        if not 0 <= index.row() < len(groups) or not 0 <= index.column() < len(COLUMNS):
            return None
        group = groups[index.row()]
        figures = group.figures if group is not None else self.stats.total
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "group":
                return group.name if group is not None else QCoreApplication.translate("StatisticsView", "Total")
            if key == "on_time_rate":
                return format_rate(figures.on_time_rate)
            return format_number(figures.total if key == "total" else figures.value(key), language())
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "group":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and group is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and key == "overdue" and figures.overdue:
            return QBrush(OUTCOME_COLOURS["overdue"].darker(140))
        if role == self.FIGURE_ROLE:
            return key
        return None


# --------------------------------------------------------------------------------------------
# The chart
# --------------------------------------------------------------------------------------------


class OutcomeChart(QWidget):
    """Each group's outcomes as one stacked horizontal bar, painted with QPainter.

    Only the rows in view are painted (grouped by partner, 100,000 follow-ups make thousands of
    rows); a click on a segment reports its group and outcome.
    """

    segment_clicked = Signal(object, str)  # group (None: all), outcome

    ROW = 24
    LEGEND = 30
    NAME_WIDTH = 260

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statsChart")
        self.retranslate()
        self.setMouseTracking(True)
        self.groups: list[Group] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("StatisticsView", "Outcomes by group"))
        self.update()  # the legend is painted in the language now installed

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.groups = list(groups)
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(600, self.LEGEND + self.ROW * max(1, len(self.groups)) + 8)

    def _scale(self) -> tuple[int, int, float]:
        left = min(self.NAME_WIDTH, self.width() // 3)
        right = self.width() - 60
        largest = max((g.figures.total for g in self.groups), default=0)
        return left, right, (right - left) / largest if largest else 0.0

    def segments(self, row: int) -> list[tuple[str, QRect]]:
        """The rectangles of one row's outcomes (empty ones left out), left to right."""
        left, _right, per_item = self._scale()
        figures = self.groups[row].figures
        top = self.LEGEND + row * self.ROW + 4
        x = float(left)
        found = []
        for outcome in OUTCOMES:
            width = figures.value(outcome) * per_item
            if figures.value(outcome):
                found.append((outcome, QRect(int(round(x)), top, max(1, int(round(x + width)) - int(round(x))), self.ROW - 8)))
            x += width
        return found

    def hit(self, point: QPoint) -> tuple[Group, str] | None:
        row = (point.y() - self.LEGEND) // self.ROW
        if point.y() < self.LEGEND or not 0 <= row < len(self.groups):
            return None
        for outcome, rect in self.segments(row):
            if rect.adjusted(0, -2, 0, 2).contains(point):
                return self.groups[row], outcome
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(event.rect(), self.palette().base())
            self._paint_legend(painter)
            if not self.groups:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(
                    QRect(0, self.LEGEND, self.width(), self.ROW),
                    Qt.AlignmentFlag.AlignCenter,
                    QCoreApplication.translate("StatisticsView", "No follow-up is in scope for this period."),
                )
                return
            left, right, _per_item = self._scale()
            first = max(0, (event.rect().top() - self.LEGEND) // self.ROW)
            last = min(len(self.groups) - 1, (event.rect().bottom() - self.LEGEND) // self.ROW)
            metrics = painter.fontMetrics()
            for row in range(first, last + 1):
                group = self.groups[row]
                top = self.LEGEND + row * self.ROW
                name = metrics.elidedText(group.name, Qt.TextElideMode.ElideRight, left - 10)
                painter.setPen(self.palette().text().color())
                painter.drawText(QRect(0, top, left - 8, self.ROW), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
                end = left
                for outcome, rect in self.segments(row):
                    painter.fillRect(rect, OUTCOME_COLOURS[outcome])
                    end = rect.right()
                painter.drawText(
                    QRect(end + 6, top, max(50, right - end + 54), self.ROW),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    format_number(group.figures.total, language()),
                )
            painter.setPen(QPen(self.palette().mid().color()))
            painter.drawLine(left, self.LEGEND, left, self.LEGEND + len(self.groups) * self.ROW)
        finally:
            painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        x = 8
        metrics = painter.fontMetrics()
        for outcome in OUTCOMES:
            painter.fillRect(QRect(x, 10, 12, 12), OUTCOME_COLOURS[outcome])
            text = figure_label(outcome)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRect(x + 16, 4, metrics.horizontalAdvance(text) + 4, 24), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )
            x += 16 + metrics.horizontalAdvance(text) + 18

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        found = self.hit(event.position().toPoint())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.segment_clicked.emit(found[0], found[1])
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        found = self.hit(event.position().toPoint())
        if found is None:
            self.setToolTip("")
            self.unsetCursor()
        else:
            group, outcome = found
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(
                QCoreApplication.translate("StatisticsView", "{group}: {figure} {n} — click to list them").format(
                    group=group.name, figure=figure_label(outcome), n=format_number(group.figures.value(outcome), language())
                )
            )
        super().mouseMoveEvent(event)


# --------------------------------------------------------------------------------------------
# The follow-ups behind a figure
# --------------------------------------------------------------------------------------------


class BehindModel(QAbstractTableModel):
    """The follow-ups behind a figure, as they stood at the cut-off date."""

    def __init__(self, rows: Sequence[ScopeRow], parent=None) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.headers = [
            QCoreApplication.translate("StatisticsView", "ID"),
            QCoreApplication.translate("StatisticsView", "Follow-up"),
            QCoreApplication.translate("StatisticsView", "Partner"),
            QCoreApplication.translate("StatisticsView", "Unit"),
            QCoreApplication.translate("StatisticsView", "Raised on"),
            QCoreApplication.translate("StatisticsView", "Due"),
            QCoreApplication.translate("StatisticsView", "Status at the cut-off date"),
            QCoreApplication.translate("StatisticsView", "Done or dropped on"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            closed = row.status in (FollowUpStatus.DONE, FollowUpStatus.DROPPED)
            values = [
                str(row.id),
                row.title,
                row.partner,
                row.unit or "",
                format_date(row.raised_on),
                format_due(row.due_date, row.due_precision, language()),
                label(FollowUpStatus, row.status),
                format_date(row.since) if closed else "",
            ]
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class FollowUpsBehindDialog(QDialog):
    """A non-modal list of the follow-ups behind one figure; a double-click opens one."""

    open_followup = Signal(int)

    def __init__(self, title: str, rows: Sequence[ScopeRow], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsBehindDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableView(self)
        self.table.setObjectName("followUpsBehindTable")
        self.table.setAccessibleName(QCoreApplication.translate("StatisticsView", "Follow-ups behind the figure"))
        self.model = BehindModel(rows, self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, width in ((0, 60), (2, 170), (3, 170), (4, 90), (5, 85), (6, 130), (7, 110)):
            header = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(header) + 16))
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table)
        hint = QLabel(QCoreApplication.translate("StatisticsView", "Double-click a follow-up to open it."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("StatisticsView", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1200, 560)

    def _open(self, index: QModelIndex) -> None:
        followup_id = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        if followup_id is not None:
            self.open_followup.emit(int(followup_id))


# --------------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    start: dt.date
    cutoff: dt.date
    by: str


class StatisticsView(QWidget):
    """The Statistics page. ``today`` is a callable so that tests choose the day."""

    open_followup = Signal(int)
    computed = Signal()  # the figures on show are those of the current choice
    behind_shown = Signal(object)  # the FollowUpsBehindDialog just opened

    def __init__(self, tracker, parent=None, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.tracker = tracker
        self.today = today
        self.task: Task | None = None
        self.pending: Request | None = None
        self.shown: Request | None = None
        self.behind: FollowUpsBehindDialog | None = None
        self.behind_task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)

        controls = QHBoxLayout()
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("statsPeriod")
        for preset in PRESETS:
            self.period_combo.addItem("", preset)
        period_label = self._period_label = QLabel(self)
        period_label.setBuddy(self.period_combo)
        controls.addWidget(period_label)
        controls.addWidget(self.period_combo)
        self.from_edit = self._date_edit("statsFrom")
        self.to_edit = self._date_edit("statsTo")
        from_label = self._from_label = QLabel(self)
        from_label.setBuddy(self.from_edit)
        to_label = self._to_label = QLabel(self)
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit):
            controls.addWidget(widget)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("statsGroupBy")
        for by in GROUPINGS:
            self.group_combo.addItem("", by)
        group_label = self._group_label = QLabel(self)
        group_label.setBuddy(self.group_combo)
        controls.addStretch(1)
        layout.addLayout(controls)
        # A second row: in one, the controls would make the page (and the window) too wide for
        # a small screen.
        second = QHBoxLayout()
        second.addWidget(group_label)
        second.addWidget(self.group_combo)
        second.addStretch(1)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("statsReportButton")
        second.addWidget(self.report_button)
        layout.addLayout(second)

        self.period_label = QLabel(self)
        self.period_label.setObjectName("statsPeriodLabel")
        self.period_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        layout.addWidget(self.period_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statsStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.table = QTableView(self)
        self.table.setObjectName("statsTable")
        self.model = StatisticsModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(44)
        for column in range(1, len(COLUMNS)):
            self.table.setColumnWidth(column, 86)
        self.table.setWordWrap(True)
        self.table.clicked.connect(self.show_behind_cell)
        self.table.activated.connect(self.show_behind_cell)

        self.chart = OutcomeChart(self)
        self.chart.segment_clicked.connect(lambda group, outcome: self.show_behind(group, outcome))
        self.chart_area = QScrollArea(self)
        self.chart_area.setObjectName("statsChartArea")
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(self.chart)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("statsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.compute)
        self.period_combo.currentIndexChanged.connect(self._preset_changed)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._schedule())
        self.from_edit.dateChanged.connect(self._date_changed)
        self.to_edit.dateChanged.connect(self._date_changed)
        self._active = False  # nothing is computed before the page is first shown (refresh)
        self._set_texts()
        self.period_combo.setCurrentIndex(PRESETS.index("this_quarter"))
        self._preset_changed()

    def _set_texts(self) -> None:
        """Every text of the page, in the language now installed: at start, and again when the
        officer changes the language in Settings (Qt sends a LanguageChange)."""
        self.period_combo.setAccessibleName(QCoreApplication.translate("StatisticsView", "Period"))
        for index, preset in enumerate(PRESETS):
            self.period_combo.setItemText(index, preset_label(preset))
        self._period_label.setText(QCoreApplication.translate("StatisticsView", "&Period:"))
        self.from_edit.setAccessibleName(QCoreApplication.translate("StatisticsView", "From"))
        self.to_edit.setAccessibleName(QCoreApplication.translate("StatisticsView", "Cut-off date"))
        self._from_label.setText(QCoreApplication.translate("StatisticsView", "Fr&om:"))
        self._to_label.setText(QCoreApplication.translate("StatisticsView", "&To (cut-off):"))
        self.group_combo.setAccessibleName(QCoreApplication.translate("StatisticsView", "Group by"))
        for index, by in enumerate(GROUPINGS):
            self.group_combo.setItemText(index, grouping_label(by))
        self._group_label.setText(QCoreApplication.translate("StatisticsView", "&Group by:"))
        self.report_button.setText(QCoreApplication.translate("StatisticsView", "Perio&dic report…"))
        self.table.setAccessibleName(QCoreApplication.translate("StatisticsView", "Figures by group"))
        self.chart.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self._set_texts()
            # The period's line and the groups' names are said again: computed anew a moment later.
            self.period_label.clear()
            self.status_label.clear()
            self._schedule()
        super().changeEvent(event)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")  # Qt's Vietnamese short format is d/M/yy
        edit.setCalendarPopup(True)
        return edit

    # -- choosing --------------------------------------------------------------------------------

    def request(self) -> Request:
        return Request(pydate(self.from_edit.date()), pydate(self.to_edit.date()), self.group_combo.currentData())

    def _preset_changed(self, _index: int = 0) -> None:
        preset = self.period_combo.currentData()
        custom = preset == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            start, cutoff = preset_period(preset, self.today())
            for edit, value in ((self.from_edit, start), (self.to_edit, cutoff)):
                edit.blockSignals(True)
                edit.setDate(qdate(value))
                edit.blockSignals(False)
        self._schedule()

    def _date_changed(self, _date: QDate) -> None:
        if self.period_combo.currentData() == "custom":
            self._schedule()

    def _schedule(self) -> None:
        """Compute a moment after the last change (typing a date changes it several times)."""
        if self._active:
            self._debounce.start()

    def set_period(self, start: dt.date, cutoff: dt.date, by: str | None = None) -> None:
        """Choose a custom period (and grouping) as the officer would, and compute at once."""
        self.period_combo.setCurrentIndex(PRESETS.index("custom"))
        self.from_edit.setDate(qdate(start))
        self.to_edit.setDate(qdate(cutoff))
        if by is not None:
            self.group_combo.setCurrentIndex(GROUPINGS.index(by))
        self.compute()

    # -- computing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Shown again or data changed: presets move with today, the figures are read again."""
        self._active = True
        if self.period_combo.currentData() != "custom":
            self._preset_changed()
        else:
            self._schedule()

    def compute(self) -> None:
        """Start computing the current choice on a pool thread; a newer choice supersedes it."""
        self._active = True
        self._debounce.stop()
        request = self.request()
        self.period_label.setText(
            QCoreApplication.translate("StatisticsView", "Period {start} – {cutoff}, figures as of the cut-off date {cutoff}").format(
                start=format_date(request.start), cutoff=format_date(request.cutoff)
            )
        )
        if self.task is not None and not self.task.is_done:
            self.pending = request  # computed when the running one reports
            return
        self.status_label.setText(QCoreApplication.translate("StatisticsView", "Computing…"))
        tracker, lang, today = self.tracker, language(), self.today()
        self.task = runner().run(
            lambda _progress: tracker.statistics(request.start, request.cutoff, by=request.by, lang=lang, today=today), name="statistics"
        )
        self.task.succeeded.connect(lambda stats, request=request: self._computed(request, stats))
        self.task.failed.connect(lambda error, request=request: self._failed(request, error))
        self.task.finished.connect(self._next)

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self.status_label)

    def _computed(self, request: Request, stats: Statistics) -> None:
        if not self._alive():
            return
        self.shown = request
        self.model.set_statistics(stats)
        self._fit_columns()
        self.chart.set_groups(stats.groups)
        self._fit_splitter()
        total = stats.total
        self.status_label.setText(
            QCoreApplication.translate(
                "StatisticsView", "{n} follow-ups in scope; on-time rate {rate}. Click a number or a bar to list the follow-ups behind it."
            ).format(n=format_number(total.total, language()), rate=format_rate(total.on_time_rate))
        )
        if self.pending is None:
            self.computed.emit()

    def _fit_columns(self) -> None:
        """Each number column as wide as its header (they are short words in both languages)."""
        metrics = self.table.horizontalHeader().fontMetrics()
        for column in range(1, len(COLUMNS)):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(column, max(72, metrics.horizontalAdvance(text) + 24))

    def _fit_splitter(self) -> None:
        """The table as tall as its rows (up to half the page), the chart the rest."""
        available = sum(self.splitter.sizes())
        if available <= 0:
            return
        rows = self.model.rowCount()
        wanted = (
            self.table.horizontalHeader().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 2
        )
        table = max(120, min(wanted, available // 2))
        self.splitter.setSizes([table, available - table])

    def _failed(self, request: Request, error: BaseException) -> None:
        if not self._alive():
            return
        self.shown = None
        self.model.set_statistics(None)
        self.chart.set_groups([])
        self.status_label.setText(error_text(error))
        if self.pending is None:
            self.computed.emit()

    def _next(self) -> None:
        if not self._alive():
            return
        if self.pending is not None:
            self.pending = None
            self.compute()

    # -- the follow-ups behind a figure -----------------------------------------------------------

    def show_behind_cell(self, index: QModelIndex) -> None:
        found = self.model.cell(index)
        if found is not None:
            self.show_behind(*found)

    def show_behind(self, group: Group | None, figure: str) -> None:
        """List the follow-ups behind ``figure`` of ``group`` (None: all groups) in a dialog."""
        stats = self.model.stats
        if stats is None:
            return
        by = stats.by if group is not None else None
        key = group.key if group is not None else None
        name = group.name if group is not None else QCoreApplication.translate("StatisticsView", "all groups")
        title = QCoreApplication.translate("StatisticsView", "{figure} — {group}, {start} – {cutoff}").format(
            figure=figure_label(figure), group=name, start=format_date(stats.start), cutoff=format_date(stats.cutoff)
        )
        tracker, lang, today = self.tracker, language(), self.today()
        self.status_label.setText(QCoreApplication.translate("StatisticsView", "Listing the follow-ups…"))
        self.behind_task = runner().run(
            lambda _progress: tracker.statistics_rows(stats.start, stats.cutoff, by, key, figure, lang=lang, today=today),
            name="statistics rows",
        )
        self.behind_task.succeeded.connect(lambda rows, title=title: self._behind_ready(title, rows))
        self.behind_task.failed.connect(lambda error: self._alive() and self.status_label.setText(error_text(error)))

    def _behind_ready(self, title: str, rows: list[ScopeRow]) -> None:
        if not self._alive():
            return
        if self.behind is not None and shiboken6.isValid(self.behind):
            self.behind.close()
        dialog = FollowUpsBehindDialog(f"{title} ({format_number(len(rows), language())})", rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_followup.connect(self.open_followup)
        self.behind = dialog
        dialog.show()
        self.status_label.setText(
            QCoreApplication.translate("StatisticsView", "{n} follow-ups listed.").format(n=format_number(len(rows), language()))
        )
        self.behind_shown.emit(dialog)


__all__ = ["StatisticsView", "StatisticsModel", "OutcomeChart", "FollowUpsBehindDialog", "preset_period", "PRESETS"]
