"""A short notice over the main window: "Saved.", "Progress recorded.", "… exported to …".

The status bar alone was not enough: its permanent counts took the whole bar, and a message in it
is where nobody looks after pressing Save. The notice appears over the bottom of the window,
stays a few seconds (longer with buttons, and while the pointer is on it), then fades; it never
takes the keyboard from the field the officer is in. Screen readers are told its text (an
accessibility announcement). It may carry buttons: after an export, "Open file" and "Open folder".
The status bar keeps the same text too, as the record of the last message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPropertyAnimation, Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolButton, QWidget

from .retranslate import Texts, is_language_change

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the accessible description still carries it
    QAccessibleAnnouncementEvent = None

Action = tuple[str, Callable[[], object]]


class Notice(QFrame):
    """The notice of one main window; ``show_message`` replaces whatever it showed."""

    TIMEOUT_MS = 5000
    WITH_ACTIONS_MS = 15000
    FADE_MS = 600

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("notice")
        self.texts = Texts()
        self.texts.keep(lambda: self.setAccessibleName(QCoreApplication.translate("Notice", "Notification")))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "#notice { background: #263238; border-radius: 6px; }"
            "#notice QLabel { color: white; }"
            "#notice QPushButton { color: white; background: #37474f; border: 1px solid #90a4ae;"
            " border-radius: 3px; padding: 3px 10px; }"
            "#notice QToolButton { color: white; border: none; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # paths and names, never markup
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.actions_box = QHBoxLayout()
        layout.addLayout(self.actions_box)
        close = QToolButton(self)
        close.setText("×")
        self.texts.keep(lambda: close.setAccessibleName(QCoreApplication.translate("Notice", "Close the notification")))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.opacity = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self.opacity)
        self.fade = QPropertyAnimation(self.opacity, b"opacity", self)
        self.fade.setDuration(self.FADE_MS)
        self.fade.setStartValue(1.0)
        self.fade.setEndValue(0.0)
        self.fade.finished.connect(self._faded)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.fade.start)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str, actions: Sequence[Action] = (), msecs: int | None = None) -> None:
        self.fade.stop()
        self.opacity.setOpacity(1.0)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for caption, slot in actions:
            button = QPushButton(caption, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the officer's cursor stays where it is
            button.clicked.connect(lambda _checked=False, slot=slot: (slot(), self.hide()))
            self.actions_box.addWidget(button)
            self._buttons.append(button)
        self._place()
        # It follows the window's size while it shows, and only then: a filter on the window sees
        # every event of it, each paint too, and each one in Python waits for the interpreter
        # lock while a search counts on a pool thread (issue 17).
        self.parentWidget().installEventFilter(self)
        self.show()
        self.raise_()
        self.timer.start(msecs or (self.WITH_ACTIONS_MS if actions else self.TIMEOUT_MS))
        if QAccessibleAnnouncementEvent is not None:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def _faded(self) -> None:
        self.hide()
        self.opacity.setOpacity(1.0)

    def _place(self) -> None:
        """Bottom centre of the window, above the status bar, at most 600 pixels wide."""
        window = self.parentWidget()
        if window is None:
            return
        bottom = window.statusBar().geometry().top() if isinstance(window, QMainWindow) else window.height()
        width = min(600, max(200, window.width() - 40))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((window.width() - width) // 2, max(0, bottom - self.height() - 12))

    # -- behaviour ----------------------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_language_change(event) and hasattr(self, "texts"):
            self.texts.again()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.parentWidget() is not None:
            self.parentWidget().removeEventFilter(self)
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Reading it: it stays while the pointer is on it."""
        self.timer.stop()
        self.fade.stop()
        self.opacity.setOpacity(1.0)
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.isVisible():
            self.timer.start(self.TIMEOUT_MS)
        super().leaveEvent(event)

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        """Open a file or folder with the system's program for it; tests replace this."""
        return QDesktopServices.openUrl(url)


def notify(parent: QWidget | None, text: str, actions: Sequence[Action] = (), msecs: int | None = None) -> None:
    """Show ``text`` on the main window that ``parent`` belongs to: as a notice when it has one,
    and in its status bar (a window without a notice shows only that)."""
    window = parent.window() if isinstance(parent, QWidget) and shiboken6.isValid(parent) else None
    if not isinstance(window, QMainWindow):
        return
    shown_for = msecs or (Notice.WITH_ACTIONS_MS if actions else Notice.TIMEOUT_MS)
    window.statusBar().showMessage(text, shown_for)
    notice = window.findChild(Notice, "notice")
    if notice is not None:
        notice.show_message(text, actions, msecs)


def file_actions(path: Path, with_file: bool = True) -> list[Action]:
    """ "Open file" and "Open folder" for something just written."""
    actions: list[Action] = []
    if with_file:
        actions.append((QCoreApplication.translate("Notice", "Open file"), lambda: Notice.open_url(QUrl.fromLocalFile(str(path)))))
    actions.append((QCoreApplication.translate("Notice", "Open folder"), lambda: Notice.open_url(QUrl.fromLocalFile(str(path.parent)))))
    return actions
