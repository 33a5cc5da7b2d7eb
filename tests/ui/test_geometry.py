"""Reading which screen a window is on must leave the screen alone.

PySide 6 (6.11) makes the QScreen that ``QWindow.screen()`` and ``QWidget.screen()`` return a
child of the window's Python wrapper. When that window went (a form closed and deleted), Python
later owned the screen's wrapper, and a garbage collection deleted Qt's one QScreen: the next paint
that looked for a screen crashed the process (1 in 3 runs of tests/ui under load, always in the
teardown after a form had shown a conflict).
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from hptracker.core.tracker import Tracker
from hptracker.ui.collector import INTERVAL_MS, collect_on_gui_thread
from hptracker.ui.geometry import screen_of


@pytest.fixture
def eager_collector(qapp):
    """The app's garbage collection every 5 ms instead of every second: what happens sooner or
    later in an officer's day happens within the test."""
    collector = collect_on_gui_thread(qapp)
    collector.timer.setInterval(5)
    yield collector
    collector.timer.setInterval(INTERVAL_MS)


def test_forms_that_read_their_screen_and_went_leave_the_screen_alive(qtbot, eager_collector, demo_window):
    """Two forms each show a conflict (each makes a hidden fresh copy to compare) and save; the
    collections meanwhile must not take the screen. Before, the process crashed here every time
    (a segmentation fault painting the next frame: Qt's QScreen had been deleted), when this test
    ran first in its process; the test below fails before in any order."""
    from hptracker.ui.dialogs.contact_form import ContactFormDialog
    from hptracker.ui.dialogs.facts_dialog import FactFormDialog

    tracker = demo_window.tracker
    partner = tracker.list_partners()[0]
    contact = tracker.add_contact(partner.id, name="Kim Kim Phủ")
    fact = tracker.create_fact(indicator="Dự án FDI", value=860)
    forms = [
        ContactFormDialog(tracker, partner.id, demo_window, contact=tracker.get_contact(contact.id)),
        FactFormDialog(tracker, demo_window, fact=tracker.get_fact(fact.id)),
    ]
    for form in forms:
        qtbot.addWidget(form)
    other = Tracker.open(tracker.db.path, officer="Lê Văn A")
    try:
        other.update_contact(contact.id, phone="+86 575 8218")
        other.update_fact(fact.id, source="Báo Hải Phòng")
    finally:
        other.close()
    forms[0].position_edit.setText("Huyện trưởng")
    forms[1].indicator_edit.setText("Dự án FDI còn hiệu lực")
    for form in forms:
        form.show()
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(form.conflict_panel.apply_button, Qt.MouseButton.LeftButton)
    del forms, form
    assert tracker.get_contact(contact.id).position == "Huyện trưởng"
    assert tracker.get_fact(fact.id).indicator == "Dự án FDI còn hiệu lực"
    qtbot.wait(50)  # frames painted, collections run
    screen = QGuiApplication.primaryScreen()
    assert shiboken6.isValid(screen) and screen.geometry().isValid()


def test_the_screen_of_a_window_belongs_to_no_window(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = screen_of(dialog)
    assert screen is not None and screen.geometry().contains(dialog.geometry().center())
    assert "parent." not in shiboken6.dump(screen)  # not tied to the dialog's wrapper
    assert not shiboken6.ownedByPython(screen)
