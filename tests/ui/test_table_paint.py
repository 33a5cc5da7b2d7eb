"""The record tables paint without Python (issue 17 goal 1: ≤ 16 ms of the GUI thread a keystroke).

Painting a page of 100,000 follow-ups asked the model's ``data`` about two thousand times (each
visible cell, each role), each call a trip into Python that also had to win the interpreter lock
from the count running on a pool thread: most of a keystroke's 13-22 ms on the GUI thread. The
models now hand the view their cells ready made (texts, colours, icons, fonts), so Qt paints them
in C++. These tests paint every record table and watch for any Python function called meanwhile;
what the cells show is checked by test_models.py and test_main_window.py.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

PAGES = {"followups": 1, "partners": 2, "meetings": 3, "agreements": 4}


def python_calls_while(work) -> list[str]:
    """The Python functions called (from C++ or Python) while ``work()`` runs on this thread."""
    called: list[str] = []

    def watch(frame, event, _arg) -> None:
        if event == "call":
            called.append(f"{frame.f_code.co_qualname} ({frame.f_code.co_filename}:{frame.f_lineno})")

    sys.setprofile(watch)
    try:
        work()
    finally:
        sys.setprofile(None)
    return called


@pytest.mark.parametrize("name", list(PAGES))
def test_painting_a_page_of_rows_runs_no_python(qtbot, demo_window, name):
    window = demo_window
    window.resize(1366, 768)
    window.show_page(PAGES[name])
    view = getattr(window, name)
    view.deleted_check.setChecked(False)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    table = view.table
    table.viewport().repaint()  # the first paint may load fonts and icons once
    repaint = table.viewport().repaint
    assert python_calls_while(repaint) == []


def test_a_deleted_overdue_follow_up_paints_without_python_too(qtbot, demo_window):
    """Rows with colours, an icon and italic text (deleted, overdue) are ready made as well."""
    window = demo_window
    tracker = window.tracker
    window.show_page(PAGES["followups"])
    view = window.followups
    overdue = [row.id for row in tracker.query_followups(view.model.query) if row.timeliness == "overdue"]
    assert overdue
    tracker.delete_followup(overdue[0])
    view.deleted_check.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model.query.deleted)
    view.table.viewport().repaint()
    assert python_calls_while(view.table.viewport().repaint) == []


def test_a_cell_shows_its_tooltip_on_hover(qtbot, window):
    """Tooltips are made when asked for (hovering a cell), as escaped plain text."""
    tracker = window.tracker
    partner = tracker.create_partner(name="Đối tác", kind="enterprise")
    title = "<b>price</b> < 5% & delivery > 2025"
    tracker.create_followup(title=title, direction="ours", partner_id=partner.id, details="Chi tiết")
    window.refresh_all()
    window.show_page(PAGES["followups"])
    table = window.followups.table
    model = window.followups.model
    rect = table.visualRect(model.index(0, model.column_of("title")))
    position = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, position, table.viewport().mapToGlobal(position))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "&lt;b&gt;price&lt;/b&gt; &lt; 5% &amp; delivery" in QToolTip.text()
    assert "Chi tiết" in QToolTip.text()
    QToolTip.hideText()
    # An empty cell has no tooltip at all.
    unit = model.index(0, model.column_of("unit"))
    assert unit.data() == ""
    point = table.visualRect(unit).center()
    QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
