"""The pieces every form shares: inline messages per field, Ctrl+S saves, Esc cancels.

Dialogs never block a test: the window opens them with ``open()`` and listens to ``saved``; the
few questions that must wait for an answer go through classmethods (``ConfirmDialog.ask``,
``OfficerDialog.ask``, ``MessageDialog.show_error``) that tests replace (pytest-qt's advice).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import HPTrackerError, ValidationError

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size

ERROR_STYLE = "color: #b71c1c;"


def plain_message_box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
                      buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton) -> QMessageBox:
    """A message box that shows its text literally: messages quote what officers typed, and Qt
    would otherwise guess rich text from a title such as "<b>Đường bay</b>"."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class ConfirmDialog:
    """A yes/no question; tests replace ``ask`` so nothing waits for a click."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        box = plain_message_box(QMessageBox.Icon.Question, parent,
                                QCoreApplication.translate("ConfirmDialog", "Please confirm"), text,
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("ConfirmDialog", "Yes"))
        box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("ConfirmDialog", "No"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


class MessageDialog:
    """An error the officer must read (a store error, a refused action); replaceable in tests."""

    @classmethod
    def show_error(cls, parent: QWidget | None, text: str) -> None:
        box = plain_message_box(QMessageBox.Icon.Warning, parent, QCoreApplication.translate("MessageDialog", "hptracker"),
                                text, QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("MessageDialog", "Close"))
        box.open()


class OfficerDialog(QDialog):
    """First start: who is using the app (every change is recorded under this name)."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("officerDialog")
        self.setWindowTitle(QCoreApplication.translate("OfficerDialog", "Welcome to hptracker"))
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("OfficerDialog", "Every change is recorded with the name of the officer who made it. "
                                            "Please type your name."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setAccessibleName(QCoreApplication.translate("OfficerDialog", "Your name"))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("OfficerDialog", "e.g. Nguyễn Thị Hoa"))
        layout.addWidget(self.name_edit)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("OfficerDialog", "Start"))
        buttons.accepted.connect(self._accept)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error.setText(QCoreApplication.translate("OfficerDialog", "Your name is required."))
            self.error.setVisible(True)
            return
        self.accept()

    def name(self) -> str:
        return self.name_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, on_name: Callable[[str], None]) -> QDialog:
        """Opens without blocking; ``on_name`` gets the name once the officer confirms it."""
        dialog = cls(parent)
        dialog.accepted.connect(lambda: on_name(dialog.name()))
        dialog.open()
        return dialog


class MessageLabel(QLabel):
    """A wrapped message line that gets the height its text needs: a form row otherwise gives it
    one line, and the second line of a message is cut off."""

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._fit()

    def needed_height(self) -> int:
        """The height the whole text takes at the label's width (heightForWidth would count the
        minimum height set here, and never let the label shrink again)."""
        margins = self.contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right() - 2 * self.margin())
        flags = int(Qt.TextFlag.TextWordWrap.value) | int(self.alignment().value)
        text = self.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), flags, self.text())
        return text.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def _fit(self) -> None:
        if self.wordWrap() and self.width() > 0:
            needed = self.needed_height() if self.text() else 0
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)


class FormDialog(QDialog):
    """A record form: ``collect()`` reads the widgets, ``commit()`` calls the Tracker.

    Any ``ValidationError`` (from a widget or from the Tracker, which checks and writes in one
    transaction) is shown under the widget of its field; nothing is saved while one stands.
    """

    saved = Signal(object)

    def __init__(self, tracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.result_record = None
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        # The fields scroll when the form is taller than the screen (a 1366×768 laptop); the form-wide
        # message and the buttons stay in view.
        self._top = QVBoxLayout(self)
        self.general_error = MessageLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setVisible(False)
        self._top.addWidget(self.general_error)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget(self.scroll)
        self.outer = QVBoxLayout(self.content)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.content)
        self._top.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("FormDialog", "Save"))
        self.save_button.setToolTip(QCoreApplication.translate("FormDialog", "Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("FormDialog", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.setSizeGripEnabled(True)

    def finish_layout(self) -> None:
        self._top.addWidget(self.buttons)
        # Never narrower than the fields need: only the height scrolls.
        self.scroll.setMinimumWidth(self.content.minimumSizeHint().width()
                                    + self.scroll.verticalScrollBar().sizeHint().width())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Long texts show from their beginning, as the officer reads them (a line edit given
        text keeps its cursor, and so its view, at the end)."""
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)
        super().showEvent(event)

    def resize(self, width: int, height: int) -> None:  # type: ignore[override]
        """The subclasses' preferred size, kept within the screen (the fields scroll instead)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height() - 40)
        super().resize(width, height)

    def form_row(self, form: QFormLayout, text: str, widget: QWidget, *fields: str) -> QWidget:
        """A labelled row with its own (hidden) message line under the widget."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = MessageLabel(holder)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setVisible(False)
        box.addWidget(error)
        if widget.maximumHeight() < QWIDGETSIZE_MAX:
            box.addStretch(1)  # a capped text box stays under its label when the row grows
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, holder)
        name = text.replace("&", "").rstrip(":*").strip()
        widget.setAccessibleName(name)
        for field in fields:
            self._errors[field] = error
            self._field_widgets[field] = widget
        return holder

    def error_label(self, field: str) -> QLabel | None:
        return self._errors.get(field)

    def visible_errors(self) -> dict[str, str]:
        """Messages now shown, by field ("" for the form-wide one); tests read these."""
        shown = {field: label.text() for field, label in self._errors.items() if not label.isHidden()}
        if not self.general_error.isHidden():
            shown[""] = self.general_error.text()
        return shown

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.setVisible(False)
        self.general_error.clear()
        self.general_error.setVisible(False)

    def show_error(self, field: str, message: str) -> None:
        label = self._errors.get(field)
        if label is None:
            self.general_error.setText(message)
            self.general_error.setVisible(True)
            return
        label.setText(message)
        label.setVisible(True)
        widget = self._field_widgets.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_errors(self, errors: Iterable[ValidationError]) -> None:
        for error in errors:
            self.show_error(error.field, error.message)

    # -- subclass hooks ----------------------------------------------------------------------------

    def collect(self) -> dict:
        raise NotImplementedError

    def commit(self, values: dict):
        raise NotImplementedError

    def before_commit(self, values: dict) -> bool:
        """Last look before writing (duplicate warning); False keeps the form open."""
        return True

    def save(self) -> bool:
        self.clear_errors()
        errors: list[ValidationError] = []
        try:
            values = self.collect_checked(errors)
        except ValidationError as exc:
            errors.append(exc)
        if errors:
            self.show_errors(errors)
            return False
        if not self.before_commit(values):
            return False
        try:
            record = self.commit(values)
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return False
        except HPTrackerError as exc:
            self.show_error("", exc.message)
            return False
        self.result_record = record
        self.saved.emit(record)
        self.accept()
        return True

    def collect_checked(self, errors: list[ValidationError]) -> dict:
        """Read every widget, gathering all their errors at once rather than one per Save."""
        return self.collect()

    @staticmethod
    def read(errors: list[ValidationError], reader: Callable[[], object], default=None):
        try:
            return reader()
        except ValidationError as exc:
            errors.append(exc)
            return default
