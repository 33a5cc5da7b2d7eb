"""An officer at the keyboard: drives the real window with key presses and clicks, and counts them.

Every key goes to the widget that has the keyboard focus, exactly where a real key press would go,
through the same path as a real key press (QTest: shortcut override, shortcuts, then the widget),
so a keystroke that lands nowhere is counted and lost, as it is for the officer. A character counts
as one keystroke, a chord (Ctrl+S, Alt+T) as one, a click as one click.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class Officer:
    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.keys = 0
        self.clicks = 0

    def target(self) -> QWidget:
        if QApplication.activeWindow() is None:
            self.window_manager_activates()
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "no window has the keyboard"
        return widget

    def window_manager_activates(self) -> None:
        """What a desktop's window manager does when a dialog closes, and the offscreen platform
        does not: the window underneath (the top modal dialog left, else the main window) becomes
        active again. Not a keystroke."""
        candidate = QApplication.activeModalWidget()
        if candidate is None:
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow() and w.objectName() == "mainWindow"]
            candidate = shown[0] if shown else None
        if candidate is not None:
            candidate.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is candidate, timeout=2000)

    def type(self, text: str) -> None:
        """Characters, each where the focus is now (Vietnamese letters included, which QTest's
        keyClicks cannot send: each goes as a key event carrying its text, as a keyboard sends it)."""
        for char in text:
            target = self.target()
            key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
            if char.isascii() and char.isalnum():
                key = Qt.Key(ord(char.upper()))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
            self.keys += 1

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """One key or chord, through shortcuts first (QTest sends the shortcut override, as Qt does)."""
        QTest.keyClick(self.target(), key, modifiers)
        self.keys += 1

    def alt(self, letter: str) -> None:
        self.press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)

    def ctrl(self, letter: str) -> None:
        self.press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.ControlModifier)

    def click(self, widget: QWidget, pos=None) -> None:
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.clicks += 1
