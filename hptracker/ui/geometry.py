"""Windows that fit the screen they are on, and remember their place for each screen.

An officer's laptop has 1366×768 pixels, the office screen 1920×1080 shown at 150 % (1280×720
device-independent pixels, which is what Qt lays windows out in); from either, the taskbar takes
its share (the screen's *available* area). Every window of the app asks for a size that suits a
large screen and gets at most what the available area leaves once the window manager has added its
title bar and borders, which Qt does not know before the window is shown (``FRAME``).

The main window's size and position are kept per screen — the same window on the laptop and on
the docked monitor each keep their own — under a key made of the screen's name and size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# What a window manager adds around a window: borders left and right, a title bar and a border
# above and below (Windows 10/11 at 100 %: 8 + 8 and 31 + 8 pixels; GNOME and KDE add less).
FRAME = QSize(16, 48)


def screen_of(widget: QWidget | None) -> QScreen | None:
    """The screen a widget's window is on (else its parent's, the pointer's, the primary one).

    The screen under the middle of the window, never ``QWindow.screen()`` or ``QWidget.screen()``:
    PySide 6 makes the screen those return a child of the window's Python wrapper, and once that
    window went, a garbage collection could hand the screen to Python and delete Qt's only
    QScreen; the next paint that looked for a screen crashed the process (tests/ui/test_geometry.py).
    Nor ``windowHandle()``, whose wrapper is tied to the widget's the same way.
    """
    while widget is not None:
        window = widget.window()
        if window.isVisible():
            screen = QGuiApplication.screenAt(window.frameGeometry().center())
            if screen is not None:
                return screen
        widget = window.parentWidget()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def room(widget: QWidget | None) -> QRect:
    """The available area of the screen ``widget`` is on (without taskbar and docks)."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitted(widget: QWidget | None, width: int, height: int) -> QSize:
    """The size asked for, cut down to what the screen leaves around its frame."""
    area = room(widget)
    return QSize(max(1, min(width, area.width() - FRAME.width())), max(1, min(height, area.height() - FRAME.height())))


def fit(widget: QWidget, width: int, height: int) -> None:
    widget.resize(fitted(widget, width, height))


def centre(widget: QWidget) -> None:
    """In the middle of the available area, the frame's title bar included."""
    area = room(widget)
    size = widget.size()
    x = area.x() + max(0, (area.width() - size.width() - FRAME.width()) // 2)
    y = area.y() + max(0, (area.height() - size.height() - FRAME.height()) // 2)
    widget.move(x, y)


def screen_key(screen: QScreen | None) -> str:
    """One screen as settings know it: its name and its size in device-independent pixels."""
    if screen is None:
        return "screen"
    size = screen.geometry().size()
    return f"{screen.name() or 'screen'} {size.width()}x{size.height()}"


def candidate_screens() -> list[QScreen]:
    """Where the window will open: the screen under the pointer, the primary one, the others."""
    screens: list[QScreen] = []
    for screen in (QGuiApplication.screenAt(QCursor.pos()), QGuiApplication.primaryScreen(), *QGuiApplication.screens()):
        if screen is not None and screen not in screens:
            screens.append(screen)
    return screens


def on_screen(widget: QWidget) -> bool:
    """The window, frame included, lies within the available area of its screen."""
    area = room(widget)
    frame = widget.frameGeometry()
    if frame.size() == widget.size():  # not shown yet: the frame is not known, allow for it
        frame = QRect(frame.topLeft(), widget.size() + FRAME)
    return area.contains(frame)
