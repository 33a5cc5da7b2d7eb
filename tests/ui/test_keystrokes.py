"""Issue 16, "Done means": the keystrokes and clicks of logging one meeting with three follow-ups.

The same meeting is logged twice, from the Today page of a window on the demo records, with nothing
but the keyboard: once the way it had to be done before issue 16 (still possible), and once the way
the forms allow now. Each run checks what was saved and asserts its own count, so the figures in
the issue's closing note are the ones these tests measure.
"""

from __future__ import annotations

import datetime as dt

from keyboard_officer import Officer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hptracker.core.tracker import FollowUpQuery
from hptracker.ui.dialogs.followup_form import FollowUpForm
from hptracker.ui.dialogs.meeting_form import MeetingFormDialog

TITLE = "Làm việc với đoàn huyện Thượng Ngu"
FOLLOWUPS = [
    ("Đề xuất mở đường bay thẳng Chiết Giang - Hải Phòng", "Q2/2026"),
    ("Chọn một quận của Hải Phòng kết nghĩa với Thượng Ngu", "6/2026"),
    ("Gửi danh mục dự án logistics kêu gọi đầu tư", "2026"),
]


def wait_for_form(qtbot, kind, parent=None):
    def opened():
        active = QApplication.activeWindow()
        return isinstance(active, kind) and active.isVisible()

    qtbot.waitUntil(opened, timeout=3000)
    return QApplication.activeWindow()


def check_saved(tracker) -> None:
    meeting = next(m for m in tracker.list_meetings() if m.title == TITLE)
    assert meeting.date == dt.date(2025, 11, 18)
    assert meeting.partner_names == ("Huyện Thượng Ngu",)
    rows = tracker.query_followups(FollowUpQuery(meeting_id=meeting.id))
    assert {r.title: (r.due_date, r.due_precision) for r in rows} == {
        FOLLOWUPS[0][0]: (dt.date(2026, 6, 30), "quarter"),
        FOLLOWUPS[1][0]: (dt.date(2026, 6, 30), "month"),
        FOLLOWUPS[2][0]: (dt.date(2026, 12, 31), "year"),
    }
    assert all(r.partner_name == "Huyện Thượng Ngu" for r in rows)


def test_log_a_meeting_with_three_follow_ups_the_old_way(qtbot, demo_window):
    """Before issue 16: a form opened with the focus nowhere (Alt+D or Alt+T first), dates only
    with their slashes."""
    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    officer = Officer(qtbot)
    officer.ctrl("m")
    meeting = wait_for_form(qtbot, MeetingFormDialog)
    officer.alt("d")
    officer.type("18/11/2025")
    officer.alt("t")
    officer.type(TITLE)
    officer.press(Qt.Key.Key_Tab)  # Alt+P went nowhere: the picker refused the focus
    officer.type("thuong ngu")
    officer.press(Qt.Key.Key_Return)
    for title, due in FOLLOWUPS:
        officer.alt("w")
        form = wait_for_form(qtbot, FollowUpForm)
        officer.alt("t")
        officer.type(title)
        # Alt+U (D&ue) reached "Responsible &unit" only, whose letter it shared, and never the due
        # date itself (a widget with no focus of its own): Alt+Y to the priority, then Tab.
        officer.alt("y")
        officer.press(Qt.Key.Key_Tab)
        officer.type(due)
        officer.ctrl("s")
        qtbot.waitUntil(lambda form=form: not form.isVisible())
    officer.ctrl("s")
    qtbot.waitUntil(lambda: not meeting.isVisible())
    check_saved(window.tracker)
    assert (officer.keys, officer.clicks) == (237, 0)


def test_log_a_meeting_with_three_follow_ups_the_new_way(qtbot, demo_window):
    """After issue 16: each form opens with the cursor in its first field, a date is typed as its
    digits (181125), and every field has an Alt+letter of its own (Alt+D reaches the due date)."""
    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    officer = Officer(qtbot)
    officer.ctrl("m")
    meeting = wait_for_form(qtbot, MeetingFormDialog)
    assert QApplication.focusWidget() is meeting.date_edit
    officer.type("181125")
    officer.alt("t")
    assert meeting.date_edit.text() == "18/11/2025"  # echoed as the cursor left it
    officer.type(TITLE)
    officer.press(Qt.Key.Key_Tab)
    officer.type("thuong ngu")
    officer.press(Qt.Key.Key_Return)
    for title, due in FOLLOWUPS:
        officer.alt("w")
        form = wait_for_form(qtbot, FollowUpForm)
        officer.type(title)
        officer.alt("d")
        officer.type(due)
        officer.ctrl("s")
        qtbot.waitUntil(lambda form=form: not form.isVisible())
    officer.ctrl("s")
    qtbot.waitUntil(lambda: not meeting.isVisible())
    check_saved(window.tracker)
    assert window.notice.text() == "Saved."  # and the officer is told so, over the window
    assert (officer.keys, officer.clicks) == (226, 0)
