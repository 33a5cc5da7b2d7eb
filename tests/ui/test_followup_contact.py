"""The partner-side contact of a follow-up (SPEC §1), chosen in the form and shown in the detail.

The window is driven as an officer would: type a partner's name in the picker and press Enter,
pick a contact in the combo, click Save; what is stored is read back through the Tracker.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hptracker.core.enums import FollowUpDirection
from hptracker.ui.dialogs.followup_form import FollowUpForm
from hptracker.ui.main_window import FOLLOWUPS

THUONG_NGU = "Huyện Thượng Ngu"
NANNING = "Thành phố Nam Ninh"
WOLONG = "Tập đoàn Wolong"


@pytest.fixture
def contacts(demo_window):
    """Two contacts for Thuong Ngu (added out of order), one for Nanning, none for Wolong."""
    tracker = demo_window.tracker
    shangyu = tracker.resolve_partner(THUONG_NGU).id
    nanning = tracker.resolve_partner(NANNING).id
    made = {
        "vuong": tracker.add_contact(shangyu, name="Vương Lệ", position="Trưởng phòng Đối ngoại"),
        "kim": tracker.add_contact(
            shangyu,
            name="Kim Kim Phúc",
            position="Phó Chủ tịch huyện",
            organisation="UBND huyện Thượng Ngu",
            phone="+86 575 8212 0000",
            email="contact@shangyu.gov.cn",
        ),
        "tran": tracker.add_contact(nanning, name="Trần Hồng", position="Phó Thị trưởng thường trực", phone="+86 771 280 0000"),
    }
    return {"shangyu": shangyu, "nanning": nanning, **{k: c.id for k, c in made.items()}}


def items(combo) -> list[tuple[object, str]]:
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def pick_partner(qtbot, form: FollowUpForm, type_text, name: str) -> None:
    edit = form.partner_picker.edit
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    type_text(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def choose(combo, contact_id) -> None:
    index = combo.findData(contact_id)
    assert index >= 0, (contact_id, items(combo))
    combo.setCurrentIndex(index)


def save(qtbot, form: FollowUpForm) -> list:
    saved: list = []
    form.saved.connect(saved.append)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    return saved


def test_new_followup_saves_the_chosen_contact(qtbot, type_text, demo_window, contacts):
    tracker = demo_window.tracker
    form = demo_window.new_followup()
    assert items(form.contact_combo) == [(None, "(none)")]  # no partner yet
    type_text(form.title_edit, "Cử đầu mối trao đổi về đường bay")
    pick_partner(qtbot, form, type_text, "Shangyu")
    assert form.partner_picker.edit.text() == THUONG_NGU
    # Vietnamese order: K before V; caption "name — position, organisation".
    assert items(form.contact_combo) == [
        (None, "(none)"),
        (contacts["kim"], "Kim Kim Phúc — Phó Chủ tịch huyện, UBND huyện Thượng Ngu"),
        (contacts["vuong"], "Vương Lệ — Trưởng phòng Đối ngoại"),
    ]
    assert form.contact_combo.currentData() is None
    choose(form.contact_combo, contacts["kim"])
    saved = save(qtbot, form)
    assert len(saved) == 1, form.visible_errors()
    stored = tracker.get_followup(saved[0].id)
    assert (stored.partner_id, stored.contact_id) == (contacts["shangyu"], contacts["kim"])


def test_switching_partner_clears_the_contact(qtbot, type_text, demo_window, contacts):
    tracker = demo_window.tracker
    form = demo_window.new_followup()
    type_text(form.title_edit, "Trao đổi đoàn về xe năng lượng mới")
    pick_partner(qtbot, form, type_text, "Shangyu")
    choose(form.contact_combo, contacts["vuong"])
    pick_partner(qtbot, form, type_text, "Thuong Ngu")  # emptied and retyped: the same partner
    assert form.partner_picker.edit.text() == THUONG_NGU
    assert form.contact_combo.currentData() == contacts["vuong"]
    assert form.visible_errors() == {}

    pick_partner(qtbot, form, type_text, "Nanning")
    assert form.partner_picker.edit.text() == NANNING
    assert items(form.contact_combo) == [(None, "(none)"), (contacts["tran"], "Trần Hồng — Phó Thị trưởng thường trực")]
    assert form.contact_combo.currentData() is None  # Thuong Ngu's contact is gone, and it says so
    assert form.visible_errors() == {"contact_id": "Vương Lệ is not a contact of this partner: the choice was cleared."}
    choose(form.contact_combo, contacts["tran"])
    assert form.visible_errors() == {}
    saved = save(qtbot, form)
    assert len(saved) == 1, form.visible_errors()
    stored = tracker.get_followup(saved[0].id)
    assert (stored.partner_id, stored.contact_id) == (contacts["nanning"], contacts["tran"])


def test_contact_of_another_partner_is_refused_inline(qtbot, type_text, demo_window, contacts):
    """Typed text naming a new partner is only resolved by Save: the old contact is refused, not lost silently."""
    tracker = demo_window.tracker
    count = tracker.count_followups()
    form = demo_window.new_followup()
    type_text(form.title_edit, "Đề nghị cử đầu mối")
    pick_partner(qtbot, form, type_text, "Shangyu")
    choose(form.contact_combo, contacts["kim"])
    edit = form.partner_picker.edit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "Nanning")  # typed over the name, not yet resolved: still Thuong Ngu's people
    assert edit.text() == "Nanning"
    assert form.contact_combo.currentData() == contacts["kim"]
    assert save(qtbot, form) == []
    errors = form.visible_errors()
    assert set(errors) == {"contact_id"}
    assert errors["contact_id"] == ("Kim Kim Phúc is not a contact of Thành phố Nam Ninh: choose one of its contacts or (none).")
    assert tracker.count_followups() == count  # nothing written
    assert form.contact_combo.currentData() is None  # now lists Nanning's contacts
    assert form.contact_combo.findData(contacts["tran"]) > 0
    saved = save(qtbot, form)  # the officer accepts "(none)"
    assert len(saved) == 1, form.visible_errors()
    stored = tracker.get_followup(saved[0].id)
    assert (stored.partner_id, stored.contact_id) == (contacts["nanning"], None)


def test_edit_shows_the_stored_contact_and_leaves_it_alone_when_untouched(qtbot, type_text, demo_window, contacts):
    tracker = demo_window.tracker
    followup = tracker.create_followup(
        title="Chia sẻ kinh nghiệm khu thương mại tự do",
        partner_id=contacts["shangyu"],
        direction=FollowUpDirection.OURS.value,
        contact_id=contacts["kim"],
    )
    form = demo_window.edit_followup(followup.id)
    assert form.contact_combo.currentData() == contacts["kim"]
    assert form.contact_combo.currentText() == "Kim Kim Phúc — Phó Chủ tịch huyện, UBND huyện Thượng Ngu"
    # Someone else changes the contact while this form is open; an untouched combo must not undo it.
    # (The save is first refused as a conflict — issue 15 item 4 — and the officer applies their
    # own change on top: only the title is sent.)
    tracker.update_followup(followup.id, contact_id=contacts["vuong"])
    form.title_edit.setText("Chia sẻ kinh nghiệm FTZ")
    assert save(qtbot, form) == [] and form.conflict_panel.isVisible()
    saved: list = []
    form.saved.connect(saved.append)
    qtbot.mouseClick(form.conflict_panel.apply_button, Qt.MouseButton.LeftButton)
    assert len(saved) == 1, form.visible_errors()
    stored = tracker.get_followup(followup.id)
    assert (stored.title, stored.contact_id) == ("Chia sẻ kinh nghiệm FTZ", contacts["vuong"])

    form = demo_window.edit_followup(followup.id)
    assert form.contact_combo.currentData() == contacts["vuong"]
    choose(form.contact_combo, None)
    assert len(save(qtbot, form)) == 1, form.visible_errors()
    assert tracker.get_followup(followup.id).contact_id is None


def test_edit_changing_partner_drops_the_old_partners_contact(qtbot, type_text, demo_window, contacts):
    tracker = demo_window.tracker
    followup = tracker.create_followup(
        title="Liên lạc định kỳ", partner_id=contacts["shangyu"], direction=FollowUpDirection.JOINT.value, contact_id=contacts["vuong"]
    )
    form = demo_window.edit_followup(followup.id)
    assert form.contact_combo.currentData() == contacts["vuong"]
    pick_partner(qtbot, form, type_text, "Nanning")
    assert form.contact_combo.currentData() is None
    assert len(save(qtbot, form)) == 1, form.visible_errors()
    stored = tracker.get_followup(followup.id)
    assert (stored.partner_id, stored.contact_id) == (contacts["nanning"], None)


def test_stored_contact_of_another_partner_is_shown_and_must_be_fixed(qtbot, demo_window, contacts):
    """A pair stored before the core refused it (written here straight into the database): the form
    names it and refuses to keep it."""
    from sqlalchemy import update

    from hptracker.core.models import FollowUp

    tracker = demo_window.tracker
    followup = tracker.create_followup(title="Đầu mối sai", partner_id=contacts["shangyu"], direction=FollowUpDirection.OURS.value)
    with tracker._write() as session:
        session.execute(update(FollowUp).where(FollowUp.id == followup.id).values(contact_id=contacts["tran"]))
    form = demo_window.edit_followup(followup.id)
    assert form.contact_combo.currentData() == contacts["tran"]
    assert form.contact_combo.currentText() == ("Trần Hồng — Phó Thị trưởng thường trực (contact of another partner)")
    form.title_edit.setText("Đầu mối đã sửa")
    assert save(qtbot, form) == []
    assert form.visible_errors() == {"contact_id": "Trần Hồng is not a contact of Huyện Thượng Ngu: choose one of its contacts or (none)."}
    assert tracker.get_followup(followup.id).title == "Đầu mối sai"  # nothing changed
    choose(form.contact_combo, contacts["kim"])
    assert len(save(qtbot, form)) == 1, form.visible_errors()
    stored = tracker.get_followup(followup.id)
    assert (stored.title, stored.contact_id) == ("Đầu mối đã sửa", contacts["kim"])


def test_partner_without_contacts_offers_only_none(qtbot, type_text, demo_window, contacts):
    form = demo_window.new_followup()
    pick_partner(qtbot, form, type_text, "Wolong")
    assert form.partner_picker.edit.text() == WOLONG
    assert items(form.contact_combo) == [(None, "(none)")]
    assert "no contacts yet" in form.contact_combo.toolTip()
    form.reject()


def test_preset_partner_lists_its_contacts_and_drafts_keep_the_contact(qtbot, demo_window, contacts):
    """From the Partners page (preset partner) and inside "log a meeting" (draft values, reopened)."""
    form = FollowUpForm(demo_window.tracker, demo_window, preset={"partner_id": contacts["nanning"]}, draft=True)
    qtbot.addWidget(form)
    assert form.contact_combo.findData(contacts["tran"]) == 1
    form.title_edit.setText("Giao lưu nhân dân")
    choose(form.contact_combo, contacts["tran"])
    saved = save(qtbot, form)
    assert saved and saved[0]["contact_id"] == contacts["tran"]
    again = FollowUpForm(demo_window.tracker, demo_window, preset=saved[0], draft=True)
    qtbot.addWidget(again)
    assert again.contact_combo.currentData() == contacts["tran"]


def test_detail_panel_shows_the_contact(qtbot, demo_window, contacts):
    tracker = demo_window.tracker
    with_contact = tracker.create_followup(
        title="Gặp đầu mối", partner_id=contacts["shangyu"], direction=FollowUpDirection.OURS.value, contact_id=contacts["kim"]
    )
    without = tracker.create_followup(title="Không có đầu mối", partner_id=contacts["shangyu"], direction=FollowUpDirection.OURS.value)
    demo_window.refresh_all()
    demo_window.show_page(FOLLOWUPS)
    detail = demo_window.followups.detail
    label = detail.findChild(type(detail.title_label), "detailContact")
    assert label is detail.fact_labels["contact"]
    assert demo_window.followups.table.select_id(with_contact.id)
    assert detail.followup_id == with_contact.id
    assert label.text() == ("Kim Kim Phúc — Phó Chủ tịch huyện\n+86 575 8212 0000 · contact@shangyu.gov.cn")
    assert label.isVisible()
    assert detail.facts.labelForField(label).text() == "Partner contact:"
    assert demo_window.followups.table.select_id(without.id)
    assert detail.followup_id == without.id
    assert label.text() == "" and not label.isVisible()
    assert not detail.facts.labelForField(label).isVisible()
