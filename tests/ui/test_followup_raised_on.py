"""The day a follow-up was raised, in its form (issue 18): typed dd/mm/yyyy, else the meeting's date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from hptracker.ui.dialogs.followup_form import FollowUpForm

THUONG_NGU = "Huyện Thượng Ngu"


def _new_form(demo_window, qtbot, type_text, title: str) -> FollowUpForm:
    form = demo_window.new_followup()
    qtbot.waitExposed(form)
    form.title_edit.setText(title)
    edit = form.partner_picker.edit
    edit.setFocus()
    type_text(edit, THUONG_NGU)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return form


def _save(qtbot, form) -> list:
    saved: list = []
    form.saved.connect(saved.append)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    return saved


def test_the_day_raised_is_typed_and_shown_again(demo_window, qtbot, type_text):
    form = _new_form(demo_window, qtbot, type_text, "Đề xuất mở văn phòng đại diện")
    form.raised_edit.setFocus()
    type_text(form.raised_edit, "14/05/2024")
    saved = _save(qtbot, form)
    qtbot.waitUntil(lambda: bool(saved))
    record = demo_window.tracker.get_followup(saved[0].id)
    assert record.raised_on == dt.date(2024, 5, 14)
    edit = demo_window.edit_followup(record.id)
    assert edit.raised_edit.text() == "14/05/2024"
    edit.close()


def test_left_empty_it_is_the_meetings_date(demo_window, qtbot, type_text):
    meeting = demo_window.tracker.list_meetings()[0]
    form = _new_form(demo_window, qtbot, type_text, "Tổ chức hội thảo xúc tiến đầu tư")
    form.meeting_combo.setCurrentIndex(form.meeting_combo.findData(meeting.id))
    saved = _save(qtbot, form)
    qtbot.waitUntil(lambda: bool(saved))
    assert demo_window.tracker.get_followup(saved[0].id).raised_on == meeting.date


def test_a_day_that_is_not_a_date_is_refused_in_the_form(demo_window, qtbot, type_text):
    before = demo_window.tracker.count_followups()
    form = _new_form(demo_window, qtbot, type_text, "Việc thử")
    type_text(form.raised_edit, "31/02/2024")
    saved = _save(qtbot, form)
    assert saved == [] and form.isVisible()
    assert "not a date" in form.error_label("raised_on").text()
    assert demo_window.tracker.count_followups() == before
    form.close()
