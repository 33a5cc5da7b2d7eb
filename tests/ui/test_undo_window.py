"""Edit ▸ Undo in the window (issue 16 item 4), on the real widgets with the real keys.

Ctrl+Z (action ``actionUndo``, its text naming the step) takes back this officer's last changes
in the window, several steps: creating, editing, a progress entry, a delete; each undo is audited;
an undo that would overwrite someone else's later change is refused with the reason. Ctrl+Z in a
text field still undoes the typing in that field.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from hptracker.core.tracker import FollowUpQuery, Tracker
from hptracker.ui.dialogs.base import MessageDialog

OTHER = "Trần Văn Nam"
FOLLOWUPS = 1


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(MessageDialog, "show_error", classmethod(lambda cls, parent, text: shown.append(text)))
    return shown


def ctrl_z(qtbot, widget) -> None:
    """Ctrl+Z as the officer presses it: in the active window, the focus on ``widget``."""
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def save(qtbot, form) -> None:
    saved: list = []
    form.saved.connect(saved.append)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert saved, form.visible_errors()


def test_the_undo_action_is_in_the_edit_menu_with_ctrl_z(demo_window):
    action = demo_window.findChild(QAction, "actionUndo")
    assert action is not None and action.shortcut().toString() == "Ctrl+Z"
    edit = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit.actions()
    assert not action.isEnabled() and action.text() == "&Undo"  # nothing done in this window yet


def test_ctrl_z_takes_back_an_edit_and_the_history_shows_it(qtbot, demo_window):
    window, tracker = demo_window, demo_window.tracker
    followup = tracker.query_followups(FollowUpQuery())[0]
    form = window.edit_followup(followup.id)
    form.title_edit.setText("Tiêu đề đã sửa")
    save(qtbot, form)
    action = window.action_undo
    assert action.isEnabled() and action.text() == f"&Undo edit of follow-up #{followup.id}"
    window.show_page(FOLLOWUPS)
    ctrl_z(qtbot, window.followups.table)
    assert tracker.get_followup(followup.id).title == followup.title
    assert window.statusBar().currentMessage() == f"Undone: edit of follow-up #{followup.id}."
    window.followups.detail.show_followup(followup.id)
    newest = window.followups.detail.history_rows()[0]
    assert newest[1] == "Undone" and newest[4] == "Nguyễn Thị Hoa"


def test_several_steps_back(qtbot, demo_window, confirm):
    window, tracker = demo_window, demo_window.tracker
    form = window.new_followup()
    form.title_edit.setText("Mở văn phòng liên lạc tại Hàng Châu")
    form.partner_picker.set_partner(tracker.list_partners()[0].id)
    save(qtbot, form)
    made = tracker.query_followups(FollowUpQuery(text="văn phòng liên lạc"))[0]
    form = window.edit_followup(made.id)
    form.officer_edit.setText("Lê Văn A")
    save(qtbot, form)
    window.show_page(FOLLOWUPS)
    window.followups.search_edit.setText("văn phòng liên lạc")
    qtbot.waitUntil(lambda: window.followups.model.rowCount() == 1)
    window.followups.table.selectRow(0)
    detail = window.followups.detail
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("in_progress"))
    detail.note_edit.setText("Đã gửi công văn")
    assert detail.record()
    assert window.action_undo.text() == f"&Undo progress entry on follow-up #{made.id}"
    window.followups.table.selectRow(0)
    assert window.delete_selected()
    assert window.action_undo.text() == f"&Undo deletion of follow-up #{made.id}"

    table = window.followups.table
    ctrl_z(qtbot, table)  # the delete
    assert not tracker.followup_row(made.id).deleted
    ctrl_z(qtbot, table)  # the progress entry
    back = tracker.get_followup(made.id)
    assert (back.status, back.progress) == ("not_started", [])
    ctrl_z(qtbot, table)  # the edit
    assert tracker.get_followup(made.id).officer is None
    assert window.action_undo.text() == f"&Undo creation of follow-up #{made.id}"
    ctrl_z(qtbot, table)  # the creation
    assert tracker.followup_row(made.id).deleted
    assert not window.action_undo.isEnabled()
    assert [item.action for item in tracker.audit_for("followups", made.id) if item.note == "undo"] == [
        "restore",
        "update",
        "update",
        "delete",
    ]


def test_an_undo_over_someone_elses_change_is_refused_with_the_reason(qtbot, demo_window, errors):
    window, tracker = demo_window, demo_window.tracker
    followup = tracker.query_followups(FollowUpQuery())[0]
    form = window.edit_followup(followup.id)
    form.title_edit.setText("Tiêu đề của tôi")
    save(qtbot, form)
    other = Tracker.open(tracker.db.path, officer=OTHER)
    try:
        other.update_followup(followup.id, priority="low")
    finally:
        other.close()
    window.show_page(FOLLOWUPS)
    ctrl_z(qtbot, window.followups.table)
    assert len(errors) == 1 and OTHER in errors[0] and "Cannot undo" in errors[0]
    stored = tracker.get_followup(followup.id)
    assert (stored.title, stored.priority) == ("Tiêu đề của tôi", "low")
    assert not window.action_undo.isEnabled()  # that step can no longer be taken back


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_last_change(qtbot, type_text, demo_window):
    window, tracker = demo_window, demo_window.tracker
    followup = tracker.query_followups(FollowUpQuery())[0]
    form = window.edit_followup(followup.id)
    form.officer_edit.setText("Lê Văn A")
    save(qtbot, form)
    assert window.action_undo.isEnabled()
    window.show_page(FOLLOWUPS)
    search = window.followups.search_edit
    search.setFocus()
    type_text(search, "xyz")
    assert search.text() == "xyz"
    ctrl_z(qtbot, search)
    assert search.text() == ""  # the typing was undone ...
    assert tracker.get_followup(followup.id).officer == "Lê Văn A"  # ... and the saved change was not
    assert window.action_undo.isEnabled()
    # In a form too: Ctrl+Z there undoes the typing in the field.
    form = window.edit_followup(followup.id)
    form.title_edit.setFocus()
    type_text(form.title_edit, " (nháp)")
    ctrl_z(qtbot, form.title_edit)
    assert form.title_edit.text() == followup.title
    assert tracker.get_followup(followup.id).officer == "Lê Văn A"
