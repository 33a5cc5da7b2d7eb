"""The pieces every form shares: inline messages per field, Ctrl+S saves, Esc cancels.

Dialogs never block a test: the window opens them with ``open()`` and listens to ``saved``; the
few questions that must wait for an answer go through classmethods (``ConfirmDialog.ask``,
``OfficerDialog.ask``, ``MessageDialog.show_error``) that tests replace (pytest-qt's advice).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ConflictError, HPTrackerError, ValidationError
from .conflict import ConflictPanel, widget_text

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size

ERROR_STYLE = "color: #b71c1c;"
READ_ONLY_STYLE = "background: #e8eef7; color: #1a3a66; padding: 4px;"


def plain_message_box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box that shows its text literally: messages quote what officers typed, and Qt
    would otherwise guess rich text from a title such as "<b>Đường bay</b>". A parent already gone
    (the window left for another database while its work finished) leaves the box on its own."""
    if parent is not None and not shiboken6.isValid(parent):
        parent = None
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def focus_target(widget: QWidget) -> QWidget:
    """The widget that really takes the keyboard for ``widget`` (following focus proxies)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _holds_input(widget: QWidget) -> bool:
    return hasattr(widget, "draft_value") or isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox)


def widget_value(widget: QWidget):
    """What a field holds, as plain values (for drafts, and to tell whether the form changed)."""
    if hasattr(widget, "draft_value"):
        return widget.draft_value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return {"data": data if isinstance(data, str | int | float | bool | type(None)) else None, "text": widget.currentText()}
    return None


def set_widget_value(widget: QWidget, value) -> None:
    if hasattr(widget, "set_draft_value"):
        widget.set_draft_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QComboBox) and isinstance(value, dict):
        index = widget.findData(value.get("data")) if value.get("data") is not None else -1
        if index < 0:
            index = widget.findText(value.get("text") or "")
        if index >= 0:
            widget.setCurrentIndex(index)


class ConfirmDialog:
    """A yes/no question; tests replace ``ask`` so nothing waits for a click."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        box = plain_message_box(
            QMessageBox.Icon.Question,
            parent,
            QCoreApplication.translate("ConfirmDialog", "Please confirm"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("ConfirmDialog", "Yes"))
        box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("ConfirmDialog", "No"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


class MessageDialog:
    """An error the officer must read (a store error, a refused action); replaceable in tests."""

    @classmethod
    def show_error(cls, parent: QWidget | None, text: str) -> None:
        box = plain_message_box(
            QMessageBox.Icon.Warning,
            parent,
            QCoreApplication.translate("MessageDialog", "hptracker"),
            text,
            QMessageBox.StandardButton.Close,
        )
        box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("MessageDialog", "Close"))
        box.open()


class DiscardDialog:
    """Before a form with changes closes: Save, Discard or Cancel (SPEC §8); tests replace ``ask``."""

    @classmethod
    def message_box(cls, parent: QWidget | None, what: str) -> QMessageBox:
        box = plain_message_box(
            QMessageBox.Icon.Warning,
            parent,
            QCoreApplication.translate("DiscardDialog", "Unsaved changes"),
            QCoreApplication.translate("DiscardDialog", "“{what}” has changes that are not saved.").format(what=what),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        box.setObjectName("discardQuestion")
        box.setInformativeText(QCoreApplication.translate("DiscardDialog", "Save them before closing?"))
        box.button(QMessageBox.StandardButton.Save).setText(QCoreApplication.translate("DiscardDialog", "&Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("DiscardDialog", "&Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("DiscardDialog", "&Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)  # Esc twice never throws work away
        return box

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel (keep editing)."""
        return QMessageBox.StandardButton(cls.message_box(parent, what).exec())


class OfficerDialog(QDialog):
    """First start: who is using the app (every change is recorded under this name)."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("officerDialog")
        self.setWindowTitle(QCoreApplication.translate("OfficerDialog", "Welcome to hptracker"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "OfficerDialog", "Every change is recorded with the name of the officer who made it. Please type your name."
            ),
            self,
        )
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

    Nothing typed is lost unseen: closing a form whose content differs from what it opened with
    (Esc, Cancel, the window's close button, the main window closing) asks Save, Discard or
    Cancel; and every few seconds a changed form's content is written as a draft
    (:mod:`hptracker.core.drafts`), removed when the form is saved or discarded, offered back by
    the next start after a crash.

    A form that edits a record calls :meth:`remember_loaded` once it is filled: Save then sends
    only the fields the officer changed, with the version loaded, and a record someone else saved
    meanwhile shows the conflict panel (reload, or apply the officer's changes on top) instead of
    overwriting their work. On a database that may only be read, the form only shows the record.
    """

    saved = Signal(object)
    DRAFT_KIND = "form"  # what a draft of this form reopens (the main window's openers)
    DRAFT_INTERVAL_MS = 3000

    def __init__(self, tracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.result_record = None
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._field_labels: dict[str, str] = {}
        self.loaded_version: int | None = None  # the version of the record being edited
        self.loaded_values: dict | None = None  # what the form showed of it, to send only changes
        self.conflict: ConflictError | None = None
        self.read_only_reason: str | None = None
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
        self.conflict_panel = ConflictPanel(self)
        self.conflict_panel.reload_requested.connect(self.reload_saved)
        self.conflict_panel.apply_requested.connect(self.apply_mine_on_top)
        self._top.addWidget(self.conflict_panel)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keystrokes go to the fields, never to it
        self.content = QWidget(self.scroll)
        self.outer = QVBoxLayout(self.content)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.content)
        self._top.addWidget(self.scroll, 1)
        self._rows: list[QWidget] = []  # the fields, in the order of the rows
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("FormDialog", "Save"))
        self.save_button.setToolTip(QCoreApplication.translate("FormDialog", "Save (Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(QCoreApplication.translate("FormDialog", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate("FormDialog", "Cancel (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(self.shortcut_table()[0][0], self, activated=self.save)  # Help lists it from there
        self.setSizeGripEnabled(True)
        self._state_fields: dict[str, QWidget] = {}  # field name -> widget, for drafts and changes
        self._baseline: dict | None = None  # the form's content when it opened
        self._draft_session = None
        self._draft_key = f"{self.DRAFT_KIND}-{uuid.uuid4().hex[:12]}"
        self._draft_written: dict | None = None
        self.draft_timer = QTimer(self)
        self.draft_timer.setObjectName("draftTimer")
        self.draft_timer.setInterval(self.DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.write_draft)

    @classmethod
    def shortcut_table(cls) -> list[tuple[QKeySequence.StandardKey | Qt.Key, str]]:
        """The keys every form answers (Help ▸ Keyboard shortcuts lists them from here)."""
        return [
            (QKeySequence.StandardKey.Save, QCoreApplication.translate("FormDialog", "In a form: save it")),
            (Qt.Key.Key_Escape, QCoreApplication.translate("FormDialog", "In a form: close it (asks first if it has changes)")),
        ]

    def finish_layout(self) -> None:
        self._top.addWidget(self.buttons)
        # Never narrower than the fields need: only the height scrolls.
        self.scroll.setMinimumWidth(self.content.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width())
        self._order_tabs()
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _order_tabs(self) -> None:
        """Tab goes down the rows (the fields, then what follows them: a meeting's drafts, a
        partner's contacts), and to Save and Cancel last. Qt's default is the order the widgets
        were made in, and the buttons are made first, before the subclass adds its fields."""
        chain: list[QWidget] = []
        widget = self.content.nextInFocusChain()
        while widget is not self.content and len(chain) < 500:
            if self.content.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        chain += [self.save_button, self.cancel_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        """A field reached by Alt+letter scrolls into view, as one reached by Tab does."""
        if now is not None and shiboken6.isValid(self) and self.content.isAncestorOf(now):
            self.scroll.ensureWidgetVisible(now)

    def field_widgets(self) -> list[QWidget]:
        """The fields in the order of the rows (what Tab and Alt+letter reach)."""
        return list(self._rows)

    def first_field(self) -> QWidget | None:
        """Where the cursor starts: the first field that takes typing."""
        for widget in self._rows:
            target = focus_target(widget)
            if target.isEnabled() and target.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return target
        return None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The cursor starts in the first field, so the first keystrokes land there; long texts
        show from their beginning, as the officer reads them (a line edit given text keeps its
        cursor, and so its view, at the end)."""
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)
            if self.tracker.read_only:
                self.set_read_only(self.tracker.read_only_reason)
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.take_baseline()
            self._draft_session = None if self.tracker.read_only else self._find_draft_session()
            if self._draft_session is not None:
                self.draft_timer.start()
        super().showEvent(event)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        """QDialog, once shown, tells its focused field that it was reached by Tab, and a line
        edit so reached selects all its text: the first keystroke would replace a stored title.
        The cursor goes back to the field's beginning, with nothing selected."""
        super().setVisible(visible)
        first = self.focusWidget() if visible else None
        if isinstance(first, QLineEdit) and self.isAncestorOf(first) and not getattr(self, "_cursor_placed", False):
            self._cursor_placed = True
            first.deselect()
            first.setCursorPosition(0)

    def resize(self, width: int, height: int) -> None:  # type: ignore[override]
        """The subclasses' preferred size — or the one the officer gave this form on this screen
        last time — kept within the screen, its title bar included (the fields scroll instead)."""
        from ...settings import Settings
        from ..geometry import fitted, screen_key, screen_of

        saved = Settings().value(f"forms/{self.size_key()}@{screen_key(screen_of(self))}")
        if isinstance(saved, str) and "x" in saved:
            with contextlib.suppress(ValueError):
                width, height = (int(n) for n in saved.split("x", 1))
        super().resize(fitted(self, width, height))

    def _remember_size(self) -> None:
        from ...settings import Settings
        from ..geometry import screen_key, screen_of

        if self.isVisible() and self.objectName():
            Settings().set_value(f"forms/{self.size_key()}@{screen_key(screen_of(self))}", f"{self.width()}x{self.height()}")

    def size_key(self) -> str:
        """Which remembered size this form takes (forms of one shape share theirs)."""
        return self.objectName()

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
        # The buddy is the widget that takes the keys (a picker's line edit): Alt+letter gives the
        # focus only to a widget that accepts it, and a composite widget itself does not.
        label.setBuddy(focus_target(widget))
        form.addRow(label, holder)
        name = text.replace("&", "").rstrip(":*").strip()
        widget.setAccessibleName(name)
        if focus_target(widget) is not widget and not focus_target(widget).accessibleName():
            focus_target(widget).setAccessibleName(name)
        self._rows.append(widget)
        key = fields[0] if fields else name
        if _holds_input(widget):
            self._state_fields[key] = widget
        for field in fields:
            self._errors[field] = error
            self._field_widgets[field] = widget
            self._field_labels[field] = name
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

    # -- what the officer typed: changes, the question before closing, drafts ------------------------

    def form_state(self) -> dict:
        """The content of every field (and the subclass's own, e.g. a meeting's drafts) as plain values."""
        state = {name: widget_value(widget) for name, widget in self._state_fields.items()}
        state.update(self.extra_state())
        return state

    def apply_state(self, state: dict) -> None:
        """Put a draft's content back into the fields."""
        self.take_baseline()  # the record as stored: the draft's content counts as a change
        for name, widget in self._state_fields.items():
            if name in state:
                set_widget_value(widget, state[name])
        self.apply_extra_state(state)

    def extra_state(self) -> dict:
        return {}

    def apply_extra_state(self, state: dict) -> None:
        return None

    def take_baseline(self) -> None:
        if self._baseline is None:
            self._baseline = self.form_state()

    def is_changed(self) -> bool:
        self.take_baseline()
        return self.form_state() != self._baseline

    def reopen_info(self) -> dict:
        """What the main window needs to open this form again (the record's IDs)."""
        return {}

    def _find_draft_session(self):
        if getattr(self, "draft", False):
            return None  # a draft inside the meeting form: the meeting's own draft holds it
        widget = self.parentWidget()
        while widget is not None:
            session = getattr(widget, "draft_session", None)
            if session is not None:
                return session
            widget = widget.parentWidget()
        return None

    def write_draft(self) -> None:
        """Keep the content as a draft when it changed since the last one (the draft timer)."""
        if self._draft_session is None or not shiboken6.isValid(self):
            return
        state = self.form_state()
        if state == self._baseline:
            if self._draft_written is not None:
                self._draft_session.remove(self._draft_key)
                self._draft_written = None
            return
        if state == self._draft_written:
            return
        try:
            self._draft_session.save(self._draft_key, self.DRAFT_KIND, self.windowTitle(), {"reopen": self.reopen_info(), "values": state})
        except HPTrackerError:
            return  # a full disk: the form itself is still open, and Save says so if it fails too
        self._draft_written = state

    def _drop_draft(self) -> None:
        self.draft_timer.stop()
        if self._draft_session is not None and self._draft_written is not None:
            self._draft_session.remove(self._draft_key)
        self._draft_written = None

    def done(self, result: int) -> None:
        self._drop_draft()  # saved, or discarded with the officer's consent
        self._remember_size()
        super().done(result)

    def reject(self) -> None:
        """Esc, Cancel and the close button: an unchanged form closes at once; one with changes
        asks Save, Discard or Cancel."""
        if not self.isVisible() or not self.is_changed():
            super().reject()
            return
        answer = DiscardDialog.ask(self, self.windowTitle())
        if answer == QMessageBox.StandardButton.Save:
            self.save()  # closes when saved; an error keeps the form open, with the message shown
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()

    # -- subclass hooks ----------------------------------------------------------------------------

    def collect(self) -> dict:
        raise NotImplementedError

    def commit(self, values: dict):
        raise NotImplementedError

    def before_commit(self, values: dict) -> bool:
        """Last look before writing (duplicate warning); False keeps the form open."""
        return True

    def save(self) -> bool:
        if self.read_only_reason is not None:
            return False
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
        editing = self.loaded_version is not None
        if editing:
            values = self.changed_values(values)
            if not values:  # nothing changed: nothing to write, nothing to refuse
                self.accept()
                return True
        try:
            record = self.commit(values)
        except ConflictError as exc:
            self.show_conflict(exc)
            return False
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

    # -- versions: only what changed is sent; a newer saved version is shown, never overwritten --------

    def remember_loaded(self, version: int) -> None:
        """The form now shows the record at ``version``: Save sends what differs from this."""
        self.loaded_version = version
        self.loaded_values = self._values_now()

    def _values_now(self) -> dict:
        try:
            return self.collect_checked([])
        except ValidationError:
            return {}

    def changed_values(self, values: dict) -> dict:
        """The fields whose value differs from the one loaded (all of them for a new record)."""
        if self.loaded_values is None:
            return values
        return {key: value for key, value in values.items() if key not in self.loaded_values or self.loaded_values[key] != value}

    def fetch_record(self):
        """The edited record as it is saved now (subclasses that edit records)."""
        raise NotImplementedError

    def fresh_copy(self) -> FormDialog:
        """The same form, hidden, filled with the record as it is saved now."""
        raise NotImplementedError

    def _load(self, record) -> None:
        raise NotImplementedError

    def field_text(self, field: str) -> str:
        return widget_text(self._field_widgets.get(field))

    def show_conflict(self, error: ConflictError) -> None:
        """Someone saved the record since it was loaded: say who and when, and show each field
        whose saved value differs from the form's, without touching what the officer typed."""
        self.conflict = error
        mine = self._values_now()
        base = self.loaded_values or {}
        rows: list[tuple[str, str, str]] = []
        theirs_form = None
        if not error.deleted:
            # (gone meanwhile: the message still says who changed it; Reload tells the rest)
            with contextlib.suppress(HPTrackerError):
                theirs_form = self.fresh_copy()
        if theirs_form is not None:
            try:
                theirs = theirs_form.loaded_values or {}
                for key in dict.fromkeys([*theirs, *mine]):
                    if theirs.get(key) == mine.get(key) or key not in self._field_widgets:
                        continue
                    if theirs.get(key) == base.get(key) and mine.get(key) == base.get(key):
                        continue
                    rows.append((self._field_labels.get(key, key), theirs_form.field_text(key), self.field_text(key)))
            finally:
                theirs_form.reject()
                theirs_form.deleteLater()
        self.conflict_panel.apply_button.setEnabled(not error.deleted)
        self.conflict_panel.show_conflict(error.message, rows)

    def reload_saved(self) -> None:
        """Drop the officer's changes and show the record as it is saved now."""
        try:
            record = self.fetch_record()
        except HPTrackerError as exc:
            self.show_error("", exc.message)
            return
        self._load(record)
        self.remember_loaded(record.version)
        self.conflict = None
        self.conflict_panel.setVisible(False)
        self.clear_errors()

    def apply_mine_on_top(self) -> bool:
        """Save the officer's own changes over the version saved now (the other fields keep it)."""
        if self.conflict is None:
            return False
        self.loaded_version = self.conflict.current_version
        self.conflict = None
        self.conflict_panel.setVisible(False)
        return self.save()

    # -- a database that may only be read ---------------------------------------------------------------

    def set_read_only(self, reason: str | None) -> None:
        """Show the record, change nothing: every field read-only, no Save, the reason on top."""
        self.read_only_reason = reason or ""
        for edit in self.content.findChildren(QLineEdit):
            edit.setReadOnly(True)
        for text in self.content.findChildren(QPlainTextEdit) + self.content.findChildren(QTextEdit):
            text.setReadOnly(True)
        for widget in (
            self.content.findChildren(QComboBox) + self.content.findChildren(QAbstractButton) + self.content.findChildren(QAbstractSpinBox)
        ):
            widget.setEnabled(False)
        self.save_button.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("FormDialog", "Close"))
        note = MessageLabel(self)
        note.setObjectName("readOnlyNote")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setStyleSheet(READ_ONLY_STYLE)
        note.setText(QCoreApplication.translate("FormDialog", "Read-only: {reason}").format(reason=reason or ""))
        self._top.insertWidget(0, note)

    @staticmethod
    def read(errors: list[ValidationError], reader: Callable[[], object], default=None):
        try:
            return reader()
        except ValidationError as exc:
            errors.append(exc)
            return default
