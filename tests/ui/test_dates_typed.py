"""Issue 16 item 9: dates as people type them, echoed as dd/mm/yyyy while typing."""

from __future__ import annotations

import datetime as dt

from conftest import wait_active
from PySide6.QtCore import Qt

from hptracker.core.text import format_date
from hptracker.ui.dialogs.followup_form import FollowUpForm
from hptracker.ui.dialogs.meeting_form import MeetingFormDialog


def test_a_date_typed_as_digits_is_hinted_then_echoed_dd_mm_yyyy(qtbot, window, type_text):
    form = window.log_meeting()
    assert isinstance(form, MeetingFormDialog)
    wait_active(qtbot, form)
    form.date_edit.setFocus()
    type_text(form.date_edit, "08122025")
    assert form.date_edit.hint() == "08/12/2025"  # live, while typing
    assert "08/12/2025" in form.date_edit.accessibleDescription()
    form.title_edit.setFocus()  # focus out
    qtbot.waitUntil(lambda: form.date_edit.text() == "08/12/2025")
    assert form.date_edit.date() == dt.date(2025, 12, 8)
    assert form.date_edit.hint() == ""
    form.date_edit.clear()
    form.date_edit.setFocus()
    type_text(form.date_edit, "8-12-25")
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Return)  # Enter echoes too
    assert form.date_edit.text() == "08/12/2025"
    form.date_edit.clear()
    type_text(form.date_edit, "hôm nay")
    assert form.date_edit.hint() == format_date(dt.date.today())
    form.date_edit.clear()
    type_text(form.date_edit, "32/13")
    assert form.date_edit.hint() == "not a date yet"
    form.title_edit.setFocus()
    assert form.date_edit.text() == "32/13"  # what cannot be read stays as typed, for Save to name


def test_a_due_period_is_explained_and_echoed(qtbot, demo_window, type_text):
    form = demo_window.new_followup()
    assert isinstance(form, FollowUpForm)
    wait_active(qtbot, form)
    edit = form.due_edit.edit
    edit.setFocus()
    type_text(edit, "quý 2/2026")
    assert form.due_edit.hint.text() == "within the quarter, by 30/06/2026"
    form.title_edit.setFocus()
    qtbot.waitUntil(lambda: edit.text() == "Q2/2026")
    edit.clear()
    edit.setFocus()
    type_text(edit, "08122025")
    assert form.due_edit.hint.text() == "on 08/12/2025"
    form.title_edit.setFocus()
    qtbot.waitUntil(lambda: edit.text() == "08/12/2025")
