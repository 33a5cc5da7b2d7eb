"""Issue 16 item 2, "Nothing discarded silently": Esc, Cancel or closing a form with changes asks
Save, Discard or Cancel (SPEC §8's QMessageBox with the standard buttons); an unchanged form closes
at once; a meeting with follow-ups added inside it counts as changed."""

from __future__ import annotations

import pytest
from conftest import send_text, wait_active
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_typing_lands import FORMS, open_form

from hptracker.core.tracker import FollowUpQuery, Tracker
from hptracker.translations import install_translators
from hptracker.ui.dialogs.base import DiscardDialog
from hptracker.ui.main_window import FOLLOWUPS

SAVE, DISCARD, CANCEL = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel)


def close_by(form, how: str) -> None:
    if how == "esc":
        QTest.keyClick(form.focusWidget() or form, Qt.Key.Key_Escape)
    elif how == "cancel":
        form.cancel_button.click()
    else:
        form.close()  # the window's close button


@pytest.mark.parametrize("name", sorted(FORMS))
def test_an_unchanged_form_closes_at_once(qtbot, demo_window, discard_question, name):
    form = open_form(qtbot, demo_window, name)
    close_by(form, "esc")
    assert not form.isVisible()
    assert discard_question.asked == []


@pytest.mark.parametrize("how", ["esc", "cancel", "close"])
def test_a_changed_form_asks_and_cancel_keeps_everything(qtbot, demo_window, discard_question, how):
    form = open_form(qtbot, demo_window, "followup")
    send_text(form.title_edit, "Mời đoàn doanh nghiệp")
    discard_question.answers = [CANCEL]
    close_by(form, how)
    assert discard_question.asked == ["New follow-up"]
    assert form.isVisible() and form.title_edit.text() == "Mời đoàn doanh nghiệp"


def test_discard_closes_without_writing(qtbot, demo_window, discard_question):
    before = demo_window.tracker.counts()
    form = open_form(qtbot, demo_window, "partner")
    QTest.keyClicks(form.name_edit, "Thanh pho Ninh Ba")
    discard_question.answers = [DISCARD]
    close_by(form, "esc")
    assert not form.isVisible() and demo_window.tracker.counts() == before


def test_save_from_the_question_saves_or_keeps_the_form_with_its_message(qtbot, demo_window, discard_question):
    window = demo_window
    form = open_form(qtbot, window, "followup_existing")
    followup_id = form.followup_id
    form.title_edit.setText("Một tiêu đề mới")
    discard_question.answers = [SAVE]
    close_by(form, "esc")
    assert not form.isVisible()
    assert window.tracker.get_followup(followup_id).title == "Một tiêu đề mới"
    form = open_form(qtbot, window, "followup_existing")
    form.title_edit.clear()  # a title is required: Save cannot succeed
    close_by(form, "close")
    assert form.isVisible() and "title" in form.visible_errors()


def test_a_meeting_with_follow_ups_added_inside_counts_as_changed(qtbot, demo_window, discard_question):
    window = demo_window
    before = window.tracker.counts()
    meeting = open_form(qtbot, window, "meeting")
    partner = window.tracker.resolve_partner("Huyện Thượng Ngu")
    draft = meeting.open_followup_draft()  # nothing typed in the meeting's own fields
    wait_active(qtbot, draft)
    QTest.keyClicks(draft.title_edit, "Gui danh muc du an")
    draft.partner_picker.set_partner(partner.id, partner.name)
    draft.save()
    assert meeting.followups_list.count() == 1
    discard_question.answers = [CANCEL]
    close_by(meeting, "esc")
    assert meeting.isVisible() and meeting.followups_list.count() == 1  # one Esc no longer loses it
    discard_question.answers = [DISCARD]
    close_by(meeting, "esc")
    assert not meeting.isVisible() and window.tracker.counts() == before


def test_the_question_is_a_message_box_with_the_standard_buttons(qtbot, demo_window, lang="vi"):
    install_translators(lang)
    box = DiscardDialog.message_box(demo_window, "Ghi buổi làm việc")
    assert isinstance(box, QMessageBox)
    assert box.standardButtons() == SAVE | DISCARD | CANCEL
    assert [box.button(b).text() for b in (SAVE, DISCARD, CANCEL)] == ["&Lưu", "&Không lưu", "&Tiếp tục sửa"]
    assert "Ghi buổi làm việc" in box.text()
    assert box.escapeButton() is box.button(CANCEL)


def test_closing_the_window_asks_for_each_changed_form_and_cancel_keeps_it_open(qtbot, demo_window, discard_question):
    window = demo_window
    form = open_form(qtbot, window, "followup")
    send_text(form.title_edit, "Chưa lưu")
    discard_question.answers = [CANCEL]
    window.close()
    assert window.isVisible() and form.isVisible()
    assert window.tracker.counts()  # the database is still open
    discard_question.answers = [DISCARD]
    window.close()
    assert not window.isVisible()


def test_progress_typed_on_one_follow_up_waits_while_the_officer_looks_at_another(qtbot, demo_window, discard_question):
    window = demo_window
    window.show_page(FOLLOWUPS)
    table, detail = window.followups.table, window.followups.detail
    ids = [row.id for row in window.tracker.query_followups(FollowUpQuery())][:2]
    table.select_id(ids[0])
    detail.note_edit.setText("Đã gọi điện cho phía bạn")
    table.select_id(ids[1])
    assert detail.note_edit.text() == ""
    table.select_id(ids[0])
    assert detail.note_edit.text() == "Đã gọi điện cho phía bạn"
    history = len(window.tracker.history(ids[0]))
    path = window.tracker.db.path
    discard_question.answers = [SAVE]
    window.close()
    assert discard_question.asked == ["Progress typed on the Follow-ups page"]
    assert not window.isVisible()
    after = Tracker.open(path, officer="Hoa")
    try:
        assert len(after.history(ids[0])) == history + 1
        assert after.followup_row(ids[0]).latest_note == "Đã gọi điện cho phía bạn"
    finally:
        after.close()


def test_the_progress_dialog_asks_before_losing_a_note(qtbot, demo_window, discard_question):
    window = demo_window
    followup = window.tracker.query_followups(FollowUpQuery())[0]
    dialog = window.open_followup_detail(followup.id)
    wait_active(qtbot, dialog)
    QTest.keyClicks(dialog.detail.note_edit, "Da gui cong van")
    discard_question.answers = [CANCEL]
    QTest.keyClick(dialog.detail.note_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    history = len(window.tracker.history(followup.id))
    discard_question.answers = [SAVE]
    dialog.close()
    assert not dialog.isVisible()
    assert len(window.tracker.history(followup.id)) == history + 1
