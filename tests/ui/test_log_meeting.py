"""Done means: from an empty database, using only the window, log the 13/05/2024 Thuong Ngu meeting
with its letter of intent and five follow-ups, then mark the direct-flight request in progress."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from hptracker.core.tracker import FollowUpQuery
from hptracker.ui.dialogs.agreement_form import AgreementFormDialog
from hptracker.ui.dialogs.followup_form import FollowUpForm
from hptracker.ui.dialogs.meeting_form import MeetingFormDialog
from hptracker.ui.dialogs.partner_form import PartnerFormDialog
from hptracker.ui.main_window import FOLLOWUPS, SETTINGS, TODAY

FOLLOWUPS_2024 = [
    ("Vận động doanh nghiệp điện tử, AI, logistics, giáo dục và đào tạo đầu tư vào Hải Phòng", None, "investment", ""),
    ("Nghiên cứu, đề xuất mở đường bay thẳng giữa Chiết Giang và Hải Phòng", None, "direct_flight", ""),
    ("Lựa chọn một quận, huyện của Hải Phòng để kết nghĩa với huyện Thượng Ngu", None, "twinning", ""),
    ("Chia sẻ kinh nghiệm xây dựng khu thương mại tự do", None, "ftz", ""),
    ("Tập đoàn Wolong mở rộng sản xuất, đầu tư lĩnh vực mới trong năm 2024", "Wolong", "investment", "2024"),
]


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def new_partner(qtbot, type_text, window, name, name_en, native, aliases, kind, level=None):
    window.action_new_partner.trigger()
    form = window.current_dialog
    assert isinstance(form, PartnerFormDialog)
    type_text(form.name_edit, name)
    type_text(form.name_en_edit, name_en)
    type_text(form.name_native_edit, native)
    type_text(form.aliases_edit.edit, aliases)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
    if level:
        form.level_combo.setCurrentIndex(form.level_combo.findData(level))
    type_text(form.country_edit, "CN")
    click(qtbot, form.save_button)
    assert form.visible_errors() == {}
    assert not form.isVisible()


@pytest.mark.slow
def test_log_the_thuong_ngu_meeting_from_an_empty_database(qtbot, window, type_text):
    tracker = window.tracker
    assert tracker.counts()["partners"] == 0

    # Our unit, in Settings.
    window.show_page(SETTINGS)
    type_text(window.settings_view.unit_name, "Ban Quản lý Khu kinh tế Hải Phòng")
    type_text(window.settings_view.unit_abbreviation, "HEZA")
    click(qtbot, window.settings_view.add_unit_button)
    heza = tracker.find_unit("HEZA")
    assert heza is not None

    # The two partners, in the partner form.
    new_partner(
        qtbot, type_text, window, "Huyện Thượng Ngu", "Shangyu District", "上虞区", "Thuong Ngu, Shangyu,", "government", "district"
    )
    new_partner(qtbot, type_text, window, "Tập đoàn Wolong", "Wolong Group", "卧龙集团", "Wolong,", "enterprise")
    assert tracker.resolve_partner("上虞").aliases[0].alias == "Thuong Ngu"

    # The meeting.
    window.action_log_meeting.trigger()
    meeting = window.current_dialog
    assert isinstance(meeting, MeetingFormDialog)
    type_text(meeting.date_edit, "13/05/2024")
    type_text(meeting.title_edit, "Tiếp đoàn công tác huyện Thượng Ngu và Tập đoàn Wolong")
    for name in ("thuong ngu", "wolong"):
        type_text(meeting.partners.picker.edit, name)
        qtbot.keyClick(meeting.partners.picker.edit, Qt.Key.Key_Return)
    assert [n for _i, n in meeting.partners.partners()] == ["Huyện Thượng Ngu", "Tập đoàn Wolong"]
    type_text(meeting.place_edit, "Trụ sở Ban Quản lý Khu kinh tế Hải Phòng")
    meeting.host_combo.setCurrentIndex(meeting.host_combo.findData(heza.id))
    type_text(meeting.our_lead_edit, "Lê Trung Kiên, Trưởng ban")
    type_text(meeting.head_roman_edit, "Jin Jinfu, District Chief")

    # Its letter of intent: partners, date, place and unit come from the meeting.
    click(qtbot, meeting.add_agreement_button)
    loi = meeting.child_dialog
    assert isinstance(loi, AgreementFormDialog) and loi.isVisible()
    assert loi.signed_date.text() == "13/05/2024"
    assert loi.unit_combo.currentData() == heza.id
    loi.parties.chips.setCurrentRow(1)  # the letter is with the district only
    qtbot.keyClick(loi.parties.chips, Qt.Key.Key_Delete)
    type_text(loi.title_edit, "Thư ý định hợp tác giữa HEZA và huyện Thượng Ngu")
    type_text(loi.fields_edit.edit, "Kinh tế; Thương mại; Khoa học công nghệ; Văn hóa; Giáo dục; Thể thao; Y tế; Nguồn nhân lực")
    click(qtbot, loi.save_button)
    assert not loi.isVisible()
    assert meeting.agreements_list.count() == 1

    # Five follow-ups raised at it.
    for title, partner, category, due in FOLLOWUPS_2024:
        click(qtbot, meeting.add_followup_button)
        form = meeting.child_dialog
        assert isinstance(form, FollowUpForm) and form.draft
        assert form.partner_picker.edit.text() == "Huyện Thượng Ngu"  # the meeting's first partner
        type_text(form.title_edit, title)
        if partner:
            form.partner_picker.edit.clear()
            type_text(form.partner_picker.edit, partner)
            qtbot.keyClick(form.partner_picker.edit, Qt.Key.Key_Return)
        form.category_combo.setCurrentIndex(form.category_combo.findData(tracker.category_by_code(category).id))
        type_text(form.due_edit.edit, due)
        click(qtbot, form.save_button)
        assert form.visible_errors() == {} and not form.isVisible()
    assert meeting.followups_list.count() == 5
    assert tracker.counts()["meetings"] == 0  # nothing written before the meeting is saved

    click(qtbot, meeting.save_button)
    assert meeting.visible_errors() == {}
    counts = tracker.counts()
    assert (counts["meetings"], counts["agreements"], counts["followups"]) == (1, 1, 5)
    logged = tracker.list_meetings()[0]
    assert logged.date == dt.date(2024, 5, 13) and logged.partner_names == ("Huyện Thượng Ngu", "Tập đoàn Wolong")
    agreement = tracker.list_agreements()[0]
    assert agreement.party_names == ("Huyện Thượng Ngu",) and agreement.signed_date == dt.date(2024, 5, 13)
    assert agreement.meeting_id == logged.id and len(agreement.fields) == 8
    rows = tracker.query_followups(FollowUpQuery(meeting_id=logged.id))
    assert len(rows) == 5 and all(r.agreement_id == agreement.id and r.unit_id == heza.id for r in rows)
    wolong = next(r for r in rows if r.partner_name == "Tập đoàn Wolong")
    assert wolong.due_text() == "2024"

    # Mark the direct-flight request "in progress" with a note, from the follow-ups view.
    window.show_page(FOLLOWUPS)
    assert window.followups.model.total() == 5
    type_text(window.followups.search_edit, "duong bay")
    qtbot.waitUntil(lambda: window.followups.model.total() == 1, timeout=2000)
    table = window.followups.table
    rect = table.visualRect(table.model().index(0, 1))
    click_at = QPoint(rect.center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    detail = window.followups.detail
    flight = next(r for r in rows if "đường bay thẳng" in r.title)
    assert detail.followup_id == flight.id
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("in_progress"))
    type_text(detail.note_edit, "Đã làm việc với Cục Hàng không về khả năng mở đường bay")
    qtbot.keyClick(detail.note_edit, Qt.Key.Key_Return)
    now = tracker.followup_row(flight.id)
    assert now.status == "in_progress"
    assert now.latest_note == "Đã làm việc với Cục Hàng không về khả năng mở đường bay"
    assert [item.kind for item in tracker.history(flight.id)].count("progress") == 1
    window.show_page(TODAY)
    qtbot.waitUntil(lambda: window.today.task.is_done, timeout=20000)  # the page reads in the background
    assert flight.id in window.today.item_ids(window.today.progress_list)


def test_log_meeting_failure_writes_nothing(qtbot, demo_window, type_text, monkeypatch):
    window = demo_window
    tracker = window.tracker
    counts = tracker.counts()
    meeting = window.log_meeting()
    type_text(meeting.date_edit, "01/06/2025")
    type_text(meeting.title_edit, "Họp lần hai")
    type_text(meeting.partners.picker.edit, "Shangyu")
    qtbot.keyClick(meeting.partners.picker.edit, Qt.Key.Key_Return)
    click(qtbot, meeting.add_followup_button)
    draft = meeting.child_dialog
    type_text(draft.title_edit, "Một việc")
    click(qtbot, draft.save_button)
    # The partner vanishes between drafting and saving: the transaction must leave no meeting behind.
    tracker.delete_partner(tracker.resolve_partner("Shangyu").id)
    click(qtbot, meeting.save_button)
    assert meeting.isVisible()
    assert "Nothing was saved" in meeting.visible_errors()[""]
    after = tracker.counts()
    assert (after["meetings"], after["followups"]) == (counts["meetings"], counts["followups"])
