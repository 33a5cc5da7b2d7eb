"""Today: what needs the officer now — overdue, due within 30 days, awaiting the partner, latest progress.

Its eight queries take half a second at 100,000 follow-ups, so they run on a pool thread and the
page fills when they are in (issue 17: the window never waits on them, at start or after a save).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.enums import OPEN_STATUSES, FollowUpStatus
from ...core.i18n import language
from ...core.labels import label
from ...core.rules import due_period
from ...core.text import format_date, format_due
from ...core.tracker import FollowUpQuery
from ..icons import icon
from ..models.base import rich_tooltip
from ..models.records import OVERDUE_TEXT
from ..tasks import Task, error_text, runner

LIST_LIMIT = 50


class TodayView(QWidget):
    open_followup = Signal(int)

    def __init__(self, tracker, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self.tracker = tracker
        self.task: Task | None = None  # the newest refresh, whose results the page shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.counts_bar = QHBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key in ("overdue", *[s.value for s in FollowUpStatus]):
            box = QLabel(self)
            box.setObjectName(f"count_{key}")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setMargin(6)
            self.count_labels[key] = box
            self.counts_bar.addWidget(box)
        layout.addLayout(self.counts_bar)

        grid = QGridLayout()
        self.overdue_list, self.overdue_box = self._section(grid, 0, 0, "todayOverdue")
        self.soon_list, self.soon_box = self._section(grid, 0, 1, "todayDueSoon")
        self.awaiting_list, self.awaiting_box = self._section(grid, 1, 0, "todayAwaiting")
        self.progress_list, self.progress_box = self._section(grid, 1, 1, "todayProgress")
        layout.addLayout(grid, 1)

    def _section(self, grid: QGridLayout, row: int, column: int, name: str):
        box = QGroupBox(self)
        inner = QVBoxLayout(box)
        listing = QListWidget(box)
        listing.setObjectName(name)
        listing.setWordWrap(True)
        listing.setUniformItemSizes(False)
        listing.itemActivated.connect(self._activated)
        inner.addWidget(listing)
        grid.addWidget(box, row, column)
        return listing, box

    def _activated(self, item: QListWidgetItem) -> None:
        followup_id = item.data(Qt.ItemDataRole.UserRole)
        if followup_id is not None:
            self.open_followup.emit(int(followup_id))

    def refresh(self, today: dt.date | None = None) -> Task:
        """Read the page again in the background; returns the task (the page fills when it is done,
        unless a newer refresh has started meanwhile)."""
        today = today or dt.date.today()
        self.heading.setText(
            QCoreApplication.translate("TodayView", "Today, {date} — {officer}").format(
                date=format_date(today), officer=self.tracker.officer
            )
        )
        tracker = self.tracker
        due_from, due_to = due_period("next30", today)
        queries = (
            FollowUpQuery(overdue_only=True, today=today),
            FollowUpQuery(statuses=OPEN_STATUSES, due_from=due_from, due_to=due_to, sort="due", today=today),
            FollowUpQuery(awaiting_partner_only=True, today=today),
        )

        def gather(_progress):
            counts = tracker.status_counts(FollowUpQuery(today=today))
            lists = [(tracker.query_followups(query, 0, LIST_LIMIT), tracker.count_followups(query)) for query in queries]
            return today, counts, lists, tracker.recent_progress(limit=20)

        self.task = runner().run(gather, name="today")
        self.task.succeeded.connect(self._show)  # bound methods: dropped if the page goes first
        self.task.failed.connect(self._failed)
        return self.task

    def _current(self) -> bool:
        return self.sender() is self.task

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        if self._current():
            self.progress_box.setTitle(error_text(error))

    @Slot(object)
    def _show(self, found) -> None:
        if not self._current():
            return  # a newer refresh is under way: its results are the ones to show
        today, counts, lists, recent = found
        self.count_labels["overdue"].setText(QCoreApplication.translate("TodayView", "Overdue\n{n}").format(n=counts["overdue"]))
        self.count_labels["overdue"].setStyleSheet(f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if counts["overdue"] else "")
        for status in FollowUpStatus:
            self.count_labels[status.value].setText(f"{label(FollowUpStatus, status.value)}\n{counts[status.value]}")
        titles = (
            QCoreApplication.translate("TodayView", "Overdue ({n})"),
            QCoreApplication.translate("TodayView", "Due in the next 30 days ({n})"),
            QCoreApplication.translate("TodayView", "Awaiting the partner ({n})"),
        )
        sections = ((self.overdue_list, self.overdue_box), (self.soon_list, self.soon_box), (self.awaiting_list, self.awaiting_box))
        for (listing, box), title, (rows, total) in zip(sections, titles, lists, strict=True):
            self._fill(listing, box, title, rows, total, today)
        self._fill_progress(recent)

    def _fill(self, listing: QListWidget, box: QGroupBox, title: str, rows, total: int, today: dt.date) -> None:
        box.setTitle(title.format(n=total))
        listing.clear()
        for row in rows:
            due = format_due(row.due_date, row.due_precision, language())
            parts = [row.title, row.partner_name]
            if due:
                parts.append(QCoreApplication.translate("TodayView", "due {due}").format(due=due))
            if row.days_overdue:
                parts.append(QCoreApplication.translate("TodayView", "overdue by {n} days").format(n=row.days_overdue))
            parts.append(label(FollowUpStatus, row.status))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(rich_tooltip(row.latest_note or row.title))
            if row.days_overdue:
                item.setIcon(icon("overdue"))
                item.setForeground(QBrush(OVERDUE_TEXT))
            listing.addItem(item)
        if not rows:
            empty = QListWidgetItem(QCoreApplication.translate("TodayView", "Nothing here."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            listing.addItem(empty)
        elif total > len(rows):
            more = QListWidgetItem(QCoreApplication.translate("TodayView", "… and {n} more in Follow-ups").format(n=total - len(rows)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            listing.addItem(more)

    def _fill_progress(self, entries) -> None:
        self.progress_box.setTitle(QCoreApplication.translate("TodayView", "Latest progress"))
        self.progress_list.clear()
        for followup_id, title, partner, date, status, note, officer in entries:
            parts = [format_date(date), title, partner, label(FollowUpStatus, status)]
            if note:
                parts.append(note)
            if officer:
                parts.append(officer)
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, followup_id)
            item.setToolTip(rich_tooltip(note or title))
            if status == FollowUpStatus.DONE:
                item.setIcon(icon("done"))
            self.progress_list.addItem(item)
        if not entries:
            empty = QListWidgetItem(QCoreApplication.translate("TodayView", "No progress recorded yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.progress_list.addItem(empty)

    def item_ids(self, listing: QListWidget) -> list[int]:
        ids = []
        for number in range(listing.count()):
            value = listing.item(number).data(Qt.ItemDataRole.UserRole)
            if value is not None:
                ids.append(int(value))
        return ids
