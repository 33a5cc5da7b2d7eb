"""Keyboard shortcuts: the window's work from any field, and Help ▸ Keyboard shortcuts.

A line edit claims some keys for itself before the window's shortcuts see them (Qt asks the
focused widget first, with a ShortcutOverride event): on Linux Ctrl+E is "end of line", so Export
did nothing with the cursor in the search box. :class:`ShortcutGuard` answers that question for
the window's own shortcuts (the keys of its actions) — except the editing keys a field needs
(Delete, Backspace, Ctrl+Z, Ctrl+C, …), which stay the field's.

The list in Help ▸ Keyboard shortcuts is read from the window's actions and the forms' shortcut
table each time it opens, so it cannot fall behind them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .dialogs.widgets import read_only_table
from .geometry import fit

# Keys that keep their meaning in a text field whatever the window binds to them.
EDITING_KEYS = (
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Backspace,
)
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def _sequence(event: QKeyEvent) -> QKeySequence:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(event.keyCombination().key().value | modifiers.value)


class ShortcutGuard(QObject):
    """Lets the window's shortcuts through the fields of ``window``.

    Qt asks only the focused widget, so the guard watches only the field of this window that has
    the focus (moved along as the focus moves). Watching the whole application, as it first did,
    put a Python call in the way of every event of every window: 24,000 of them while the main
    window was built, a quarter of its start.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if isinstance(new, _TEXT_FIELDS) and shiboken6.isValid(self.window) and new.window() is self.window:
            new.installEventFilter(self)
            self._watched = new

    def _editing(self, sequence: QKeySequence) -> bool:
        return any(
            sequence.matches(QKeySequence(key)) == QKeySequence.SequenceMatch.ExactMatch
            for standard in EDITING_KEYS
            for key in QKeySequence.keyBindings(standard)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ShortcutOverride or watched is not self._watched:
            return False
        sequence = _sequence(event)
        if self._editing(sequence):
            return False
        for action in self.window.actions():
            if action.isEnabled() and any(s.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()):
                event.ignore()  # not the field's: the window's shortcut runs
                return True
        return False


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) of every action of the window that has keys, in the menus' order, then the
    forms' keys and those of the fields."""
    from .dialogs.base import FormDialog

    seen: set[int] = set()
    rows: list[tuple[str, str]] = []

    def add(action: QAction) -> None:
        if id(action) in seen or action.isSeparator() or action.menu() is not None:
            return
        seen.add(id(action))
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()]
        if keys:
            rows.append((action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip(), ", ".join(keys)))

    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            for action in menu_action.menu().actions():
                add(action)
    for action in window.findChildren(QAction):
        add(action)
    for sequence, what in FormDialog.shortcut_table():
        rows.append((what, QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)))
    rows += [
        (
            QCoreApplication.translate("Shortcuts", "In a form: go to a field"),
            QCoreApplication.translate("Shortcuts", "Alt+the underlined letter"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "In a search box: go to the results"),
            QKeySequence(Qt.Key.Key_Down).toString(QKeySequence.SequenceFormat.NativeText),
        ),
        (
            QCoreApplication.translate("Shortcuts", "In a date: pick it on a calendar"),
            QKeySequence("Alt+Down").toString(QKeySequence.SequenceFormat.NativeText),
        ),
        (
            QCoreApplication.translate("Shortcuts", "In a drop-down list: open it, choose with Enter"),
            QKeySequence(Qt.Key.Key_Space).toString(QKeySequence.SequenceFormat.NativeText),
        ),
    ]
    return rows


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every shortcut works wherever the cursor is in the window, a search box included."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._rows = shortcut_rows(window)
        self.table = read_only_table(
            "shortcutsTable", [self.tr("Action"), self.tr("Keys")], self.tr("Keyboard shortcuts"), self, rows=len(self._rows)
        )
        for row, (what, keys) in enumerate(self._rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 560, 560)

    def rows(self) -> list[tuple[str, str]]:
        return list(self._rows)
