"""Conflicting edits in the window (issue 15 item 4): a form sends only the fields the officer
changed, and a save over a version someone else saved meanwhile shows — in the form, keeping the
officer's typing — who changed it and when and the fields that differ, with Reload and Apply my
changes on top. Driven on the real widgets; the other officer is a second window on the same
database, another Tracker, or (on PostgreSQL) another process.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt

from hptracker.core.text import format_date
from hptracker.core.tracker import FollowUpQuery, Tracker
from hptracker.ui.main_window import SETTINGS

OTHER = "Trần Văn Nam"


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def saves(form) -> list:
    saved: list = []
    form.saved.connect(saved.append)
    return saved


def first_followup(tracker: Tracker):
    return tracker.query_followups(FollowUpQuery())[0]


def test_a_save_over_another_windows_save_shows_who_what_and_keeps_the_typing(qtbot, type_text, make_window, seeded_db):
    mine_window = make_window(seeded_db)
    their_window = make_window(seeded_db, officer=OTHER)  # a second window of this process
    try:
        followup = first_followup(mine_window.tracker)
        form = mine_window.edit_followup(followup.id)
        theirs = their_window.edit_followup(followup.id)
        theirs.title_edit.setText("Đường bay thẳng Hàng Châu – Hải Phòng")
        theirs.priority_combo.setCurrentIndex(theirs.priority_combo.findData("low"))
        assert len(saves_and_click(qtbot, theirs)) == 1

        form.details_edit.setFocus()
        type_text(form.details_edit, "Đã trao đổi với Cục Hàng không")
        saved = saves(form)
        click(qtbot, form.save_button)
        assert saved == [] and form.isVisible()
        panel = form.conflict_panel
        assert panel.isVisible()
        assert OTHER in panel.message.text() and format_date(dt.date.today()) in panel.message.text()
        rows = {row[0]: row[1:] for row in panel.rows()}
        assert rows["Title"] == ("Đường bay thẳng Hàng Châu – Hải Phòng", followup.title)
        assert rows["Priority"][0] == "Low"
        assert rows["Details"] == ("", "Đã trao đổi với Cục Hàng không")
        # The officer's typing is still there, and nothing of it was written.
        assert form.details_edit.toPlainText() == "Đã trao đổi với Cục Hàng không"
        assert mine_window.tracker.get_followup(followup.id).details is None

        click(qtbot, panel.apply_button)  # my change on top: theirs are kept
        assert len(saved) == 1
        stored = mine_window.tracker.get_followup(followup.id)
        assert (stored.title, stored.priority, stored.details) == (
            "Đường bay thẳng Hàng Châu – Hải Phòng",
            "low",
            "Đã trao đổi với Cục Hàng không",
        )
    finally:
        their_window.close()
        mine_window.close()


def saves_and_click(qtbot, form) -> list:
    saved = saves(form)
    click(qtbot, form.save_button)
    return saved


def test_the_message_names_the_officer_and_the_day(qtbot, demo_window):
    tracker = demo_window.tracker
    followup = first_followup(tracker)
    form = demo_window.edit_followup(followup.id)
    other = Tracker.open(tracker.db.path, officer=OTHER)
    try:
        other.update_followup(followup.id, officer="Lê Văn A")
    finally:
        other.close()
    form.title_edit.setText("Tiêu đề của tôi")
    click(qtbot, form.save_button)
    message = form.conflict_panel.message.text()
    assert OTHER in message and format_date(dt.date.today()) in message
    assert {row[0] for row in form.conflict_panel.rows()} == {"Title", "Responsible officer"}


def test_reload_shows_the_saved_version_and_drops_mine(qtbot, demo_window):
    tracker = demo_window.tracker
    followup = first_followup(tracker)
    form = demo_window.edit_followup(followup.id)
    other = Tracker.open(tracker.db.path, officer=OTHER)
    try:
        other.update_followup(followup.id, officer="Lê Văn A", priority="low")
    finally:
        other.close()
    form.title_edit.setText("Tiêu đề của tôi")
    click(qtbot, form.save_button)
    assert form.conflict_panel.isVisible()
    click(qtbot, form.conflict_panel.reload_button)
    assert not form.conflict_panel.isVisible()
    assert (form.title_edit.text(), form.officer_edit.text()) == (followup.title, "Lê Văn A")
    assert form.priority_combo.currentData() == "low"
    version = tracker.get_followup(followup.id).version
    saved = saves_and_click(qtbot, form)  # nothing changed since the reload: closes, writes nothing
    assert saved == [] and not form.isVisible()
    assert tracker.get_followup(followup.id).version == version


def test_a_form_sends_only_the_fields_the_officer_changed(qtbot, demo_window, monkeypatch):
    tracker = demo_window.tracker
    followup = first_followup(tracker)
    sent: list[dict] = []
    real = tracker.update_followup

    def spy(followup_id, **values):
        sent.append(values)
        return real(followup_id, **values)

    monkeypatch.setattr(tracker, "update_followup", spy)
    version = tracker.get_followup(followup.id).version
    form = demo_window.edit_followup(followup.id)
    form.officer_edit.setText("Lê Văn A")
    assert len(saves_and_click(qtbot, form)) == 1
    assert sent == [{"expected_version": version, "officer": "Lê Văn A"}]


EDITS = {
    # form opener, the other's change, the field I change, my text, how to read both back
    "partner": (
        "edit_partner",
        "update_partner",
        {"notes": "Ghi chú của anh Nam"},
        "name_en_edit",
        "Shangyu (sửa)",
        lambda t, i: (t.get_partner(i).notes, t.get_partner(i).name_en),
    ),
    "meeting": (
        "edit_meeting",
        "update_meeting",
        {"place": "Hà Nội"},
        "title_edit",
        "Tiếp đoàn (sửa)",
        lambda t, i: (t.get_meeting(i).place, t.get_meeting(i).title),
    ),
    "agreement": (
        "edit_agreement",
        "update_agreement",
        {"reference": "LOI-9"},
        "title_edit",
        "Thư ý định (sửa)",
        lambda t, i: (t.get_agreement(i).reference, t.get_agreement(i).title),
    ),
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_every_record_form_catches_a_conflict(qtbot, demo_window, kind):
    opener, update, theirs, field, text, read_back = EDITS[kind]
    tracker = demo_window.tracker
    record_id = {
        "partner": lambda: tracker.list_partners()[0].id,
        "meeting": lambda: tracker.list_meetings()[0].id,
        "agreement": lambda: tracker.list_agreements()[0].id,
    }[kind]()
    form = getattr(demo_window, opener)(record_id)
    other = Tracker.open(tracker.db.path, officer=OTHER)
    try:
        getattr(other, update)(record_id, **theirs)
    finally:
        other.close()
    getattr(form, field).setText(text)
    saved = saves_and_click(qtbot, form)
    assert saved == [] and form.conflict_panel.isVisible() and OTHER in form.conflict_panel.message.text()
    click(qtbot, form.conflict_panel.apply_button)
    assert len(saved) == 1, form.visible_errors()
    assert read_back(tracker, record_id) == (next(iter(theirs.values())), text)


def test_contact_and_fact_forms_catch_a_conflict(qtbot, demo_window):
    from hptracker.ui.dialogs.contact_form import ContactFormDialog
    from hptracker.ui.dialogs.facts_dialog import FactFormDialog

    tracker = demo_window.tracker
    partner = tracker.list_partners()[0]
    contact = tracker.add_contact(partner.id, name="Kim Kim Phủ")
    fact = tracker.create_fact(indicator="Dự án FDI", value=860)
    contact_form = ContactFormDialog(tracker, partner.id, demo_window, contact=tracker.get_contact(contact.id))
    fact_form = FactFormDialog(tracker, demo_window, fact=tracker.get_fact(fact.id))
    qtbot.addWidget(contact_form)
    qtbot.addWidget(fact_form)
    other = Tracker.open(tracker.db.path, officer=OTHER)
    try:
        other.update_contact(contact.id, phone="+86 575 8218")
        other.update_fact(fact.id, source="Báo Hải Phòng")
    finally:
        other.close()
    contact_form.position_edit.setText("Huyện trưởng")
    fact_form.indicator_edit.setText("Dự án FDI còn hiệu lực")
    for form in (contact_form, fact_form):
        form.show()
        saved = saves_and_click(qtbot, form)
        assert saved == [] and OTHER in form.conflict_panel.message.text()
        click(qtbot, form.conflict_panel.apply_button)
        assert len(saved) == 1, form.visible_errors()
    back = tracker.get_contact(contact.id)
    assert (back.phone, back.position) == ("+86 575 8218", "Huyện trưởng")
    fact_back = tracker.get_fact(fact.id)
    assert (fact_back.source, fact_back.indicator) == ("Báo Hải Phòng", "Dự án FDI còn hiệu lực")


def test_a_status_chosen_over_a_newer_one_is_refused_in_the_detail_panel(qtbot, type_text, demo_window):
    tracker = demo_window.tracker
    window = demo_window
    followup = first_followup(tracker)
    window.show_page(1)
    window.followups.table.selectRow(0)
    detail = window.followups.detail
    assert detail.followup_id == followup.id
    other = Tracker.open(tracker.db.path, officer=OTHER)
    try:
        other.record_progress(followup.id, status="dropped", note="Phía bạn từ chối")
    finally:
        other.close()
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("done"))
    detail.note_edit.setFocus()
    type_text(detail.note_edit, "Đã hoàn thành")
    assert detail.record() is False
    assert OTHER in detail.progress_error.text()
    assert detail.note_edit.text() == "Đã hoàn thành"  # the typed note is kept
    assert tracker.get_followup(followup.id).status == "dropped"


EDIT_SCRIPT = textwrap.dedent("""
    import sys
    from hptracker.core.tracker import Tracker
    t = Tracker.open(sys.argv[1], officer=sys.argv[2])
    t.update_followup(int(sys.argv[3]), priority="low")
    t.close()
""")


def test_an_edit_from_another_workstation_is_caught_by_the_open_form(qtbot, make_window, databases, pg_server):
    """PostgreSQL: the window holds a form open while another process (workstation) saves."""
    target = databases.new("postgresql", "demo")
    window = make_window(target)
    try:
        followup = first_followup(window.tracker)
        form = window.edit_followup(followup.id)
        done = subprocess.run(
            [sys.executable, "-c", EDIT_SCRIPT, target, OTHER, str(followup.id)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 0, done.stderr
        form.title_edit.setText("Tiêu đề của tôi")
        saved = saves_and_click(qtbot, form)
        assert saved == [] and OTHER in form.conflict_panel.message.text()
        assert {row[0] for row in form.conflict_panel.rows()} == {"Title", "Priority"}
        click(qtbot, form.conflict_panel.apply_button)
        stored = window.tracker.get_followup(followup.id)
        assert (stored.title, stored.priority) == ("Tiêu đề của tôi", "low")
    finally:
        window.close()
        databases.drop(target)


def test_renaming_a_unit_someone_renamed_meanwhile_is_refused_and_keeps_the_typing(qtbot, demo_window):
    tracker = demo_window.tracker
    demo_window.show_page(SETTINGS)
    view = demo_window.settings_view
    view.units_list.setCurrentRow(0)
    unit_id = view.units_list.currentItem().data(Qt.ItemDataRole.UserRole)
    other = Tracker.open(tracker.db.path, officer=OTHER)
    try:
        other.update_unit(unit_id, abbreviation="BQL")
    finally:
        other.close()
    view.unit_name.setText("Ban Quản lý Khu kinh tế Hải Phòng (mới)")
    assert view.rename_unit() is False
    assert OTHER in view.unit_error.text()
    assert view.unit_name.text() == "Ban Quản lý Khu kinh tế Hải Phòng (mới)"  # the typing stays
    assert view.rename_unit() is True  # now from the version listed: only the name is sent
    unit = next(u for u in tracker.list_units() if u.id == unit_id)
    assert (unit.name, unit.abbreviation) == ("Ban Quản lý Khu kinh tế Hải Phòng (mới)", "BQL")
