"""The panel a form shows when someone else saved the record first (issue 15 item 4, SPEC §9).

Shown inside the form, above its fields, so nothing the officer typed is lost: who changed the
record and when, each field that differs between what is saved now and what the officer has in
the form, and two ways on — reload the saved record (dropping the officer's changes), or apply
the officer's own changes on top of it (the fields they did not touch keep the other's values).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONFLICT_STYLE = "QFrame#conflictPanel { background: #fff4e5; border: 1px solid #e0a040; border-radius: 3px; }"


def widget_text(widget: QWidget | None) -> str:
    """What a form's widget shows, as one line of plain text (for comparing two versions).

    A widget of its own kind may say it with a ``comparison_text()`` method (the attached files'
    list does: this module is imported by every form's base, which that list imports in turn).
    """
    from .widgets import DueEdit, PartnerPicker, PartnersPicker, TagEdit

    if widget is None:
        return ""
    own = getattr(widget, "comparison_text", None)
    if callable(own):
        return str(own())
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, TagEdit):
        return ", ".join(widget.tags())
    if isinstance(widget, PartnersPicker):
        return ", ".join(name for _pid, name in widget.partners())
    if isinstance(widget, PartnerPicker | DueEdit):
        return widget.edit.text()
    if isinstance(widget, QLabel):
        return widget.text()
    return ""


class ConflictPanel(QFrame):
    """Who changed the record, the fields that differ (saved now / yours), Reload and Apply mine."""

    reload_requested = Signal()
    apply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setStyleSheet(CONFLICT_STYLE)
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(QCoreApplication.translate("ConflictPanel", "Fields that differ"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConflictPanel", "Field"),
                QCoreApplication.translate("ConflictPanel", "Saved now"),
                QCoreApplication.translate("ConflictPanel", "Yours"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(140)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.reload_button = QPushButton(QCoreApplication.translate("ConflictPanel", "&Reload the saved version"), self)
        self.reload_button.setObjectName("conflictReload")
        self.reload_button.setToolTip(
            QCoreApplication.translate("ConflictPanel", "Show the record as it is saved now; your changes in this form are dropped.")
        )
        self.apply_button = QPushButton(QCoreApplication.translate("ConflictPanel", "A&pply my changes on top"), self)
        self.apply_button.setObjectName("conflictApply")
        self.apply_button.setToolTip(
            QCoreApplication.translate(
                "ConflictPanel", "Save the fields you changed over the saved version; the others keep their saved values."
            )
        )
        for button in (self.reload_button, self.apply_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.reload_button.clicked.connect(self.reload_requested)
        self.apply_button.clicked.connect(self.apply_requested)
        self.setVisible(False)

    def show_conflict(self, message: str, rows: list[tuple[str, str, str]]) -> None:
        """``rows``: (field label, text saved now, text in the form) for each field that differs."""
        self.message.setText(message)
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)  # plain text, never interpreted
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(rows))
        self.setVisible(True)

    def rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]
