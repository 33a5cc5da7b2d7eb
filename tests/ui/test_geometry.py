"""Reading which screen a window is on must leave the screen alone.

PySide 6 (6.11) makes the QScreen that ``QWindow.screen()`` and ``QWidget.screen()`` return a
child of the window's Python wrapper. When that window went (a form closed and deleted), Python
later owned the screen's wrapper, and a garbage collection deleted Qt's one QScreen: the next paint
that looked for a screen crashed the process (1 in 3 runs of tests/ui under load, always in the
teardown after a form had shown a conflict).
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from hptracker.ui.geometry import centre, fit, on_screen, room, screen_of


def test_the_screen_of_a_window_belongs_to_no_window(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = screen_of(dialog)
    assert screen is not None and screen.geometry().contains(dialog.geometry().center())
    assert "parent." not in shiboken6.dump(screen)  # not tied to the dialog's wrapper
    assert not shiboken6.ownedByPython(screen)


def test_a_form_that_read_its_screen_and_went_leaves_the_screen_alive(qtbot):
    screen = QGuiApplication.primaryScreen()
    gone: list[bool] = []
    screen.destroyed.connect(lambda *_: gone.append(True))
    for _ in range(3):
        dialog = QDialog()  # no parent: Python owns it, as a form's fresh copy after a conflict
        dialog.show()
        qtbot.waitExposed(dialog)
        fit(dialog, 900, 700)
        centre(dialog)
        assert on_screen(dialog) and room(dialog).isValid()
        dialog.deleteLater()
        del dialog
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    assert gone == []
    assert QGuiApplication.screens() and shiboken6.isValid(QGuiApplication.primaryScreen())
