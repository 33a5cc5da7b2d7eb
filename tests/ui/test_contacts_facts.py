"""Contacts of a partner and facts, edited through the window's own forms (SPEC §1, issue 3)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from hptracker.ui.dialogs.facts_dialog import FactsDialog
from hptracker.ui.dialogs.partner_form import PartnerFormDialog
from hptracker.ui.main_window import PARTNERS, TODAY

THUONG_NGU = "Huyện Thượng Ngu"


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def contacts_of(tracker, partner_id: int) -> list[tuple]:
    return sorted((c.name, c.position, c.phone, c.email) for c in tracker.get_partner(partner_id).contacts)


def partner_form(demo_window) -> tuple[PartnerFormDialog, int]:
    partner_id = demo_window.tracker.resolve_partner(THUONG_NGU).id
    form = demo_window.edit_partner(partner_id)
    assert isinstance(form, PartnerFormDialog)
    return form, partner_id


def test_add_edit_remove_contact_through_the_partner_form(type_text, qtbot, demo_window, confirm):
    tracker = demo_window.tracker
    form, partner_id = partner_form(demo_window)
    before = contacts_of(tracker, partner_id)
    assert form.contacts_hint.isHidden()

    click(qtbot, form.add_contact_button)
    dialog = form.contact_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.name_edit, "Kim Kim Phúc")
    type_text(dialog.position_edit, "Phó Chủ tịch huyện")
    type_text(dialog.phone_edit, "+86 575 8212 0000")
    type_text(dialog.email_edit, "contact@shangyu.gov.cn")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    added = ("Kim Kim Phúc", "Phó Chủ tịch huyện", "+86 575 8212 0000", "contact@shangyu.gov.cn")
    assert contacts_of(tracker, partner_id) == sorted(before + [added])
    shown = [form.contacts_table.item(row, 0).text() for row in range(form.contacts_table.rowCount())]
    assert "Kim Kim Phúc" in shown
    contact = next(c for c in tracker.get_partner(partner_id).contacts if c.name == "Kim Kim Phúc")
    assert form.selected_contact().id == contact.id  # the new contact is selected

    # Edit: the form opens filled in; change the position and clear the phone.
    click(qtbot, form.edit_contact_button)
    dialog = form.contact_dialog
    assert dialog.name_edit.text() == "Kim Kim Phúc"
    assert dialog.phone_edit.text() == "+86 575 8212 0000"
    dialog.position_edit.clear()
    type_text(dialog.position_edit, "Chủ tịch huyện")
    dialog.phone_edit.clear()
    click(qtbot, dialog.save_button)
    changed = ("Kim Kim Phúc", "Chủ tịch huyện", None, "contact@shangyu.gov.cn")
    assert contacts_of(tracker, partner_id) == sorted(before + [changed])

    # Remove, after the (replaced) confirmation.
    assert form.select_contact(contact.id)
    click(qtbot, form.remove_contact_button)
    assert len(confirm) == 1 and "Kim Kim Phúc" in confirm[0]
    assert contacts_of(tracker, partner_id) == before
    shown = [form.contacts_table.item(row, 0).text() for row in range(form.contacts_table.rowCount())]
    assert "Kim Kim Phúc" not in shown
    form.reject()


def test_remove_contact_answered_no_keeps_it(qtbot, demo_window, monkeypatch):
    from hptracker.ui.dialogs.base import ConfirmDialog

    tracker = demo_window.tracker
    form, partner_id = partner_form(demo_window)
    contact = tracker.add_contact(partner_id, name="Trương Vĩ")
    form.reload_contacts()
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, parent, text: False))
    assert form.select_contact(contact.id)
    click(qtbot, form.remove_contact_button)
    assert "Trương Vĩ" in [c.name for c in tracker.get_partner(partner_id).contacts]
    form.reject()


def test_blank_contact_name_shows_message_and_writes_nothing(type_text, qtbot, demo_window):
    tracker = demo_window.tracker
    form, partner_id = partner_form(demo_window)
    counts, audits = tracker.counts(), tracker.audit_count()
    before = contacts_of(tracker, partner_id)
    click(qtbot, form.add_contact_button)
    dialog = form.contact_dialog
    type_text(dialog.name_edit, "   ")
    type_text(dialog.position_edit, "Giám đốc")
    click(qtbot, dialog.save_button)
    errors = dialog.visible_errors()
    assert set(errors) == {"name"} and "required" in errors["name"]
    assert dialog.isVisible()
    assert contacts_of(tracker, partner_id) == before
    assert tracker.counts() == counts and tracker.audit_count() == audits
    dialog.reject()
    form.reject()


def test_new_partner_form_says_save_first(demo_window):
    form = demo_window.new_partner()
    assert not form.contacts_hint.isHidden()
    assert not form.contacts_hint.isEnabled()
    assert "Save the partner first" in form.contacts_hint.text()
    assert not form.add_contact_button.isEnabled()
    assert not form.facts_button.isEnabled()
    assert form.add_contact() is None and form.open_facts() is None
    form.reject()


def test_add_edit_delete_fact_for_a_partner(type_text, qtbot, demo_window, confirm):
    tracker = demo_window.tracker
    form, partner_id = partner_form(demo_window)
    click(qtbot, form.facts_button)
    facts = form.facts_dialog
    assert isinstance(facts, FactsDialog) and facts.partner_id == partner_id
    before = [f.id for f in tracker.list_facts(partner_id=partner_id)]

    click(qtbot, facts.add_button)
    fact_form = facts.form
    type_text(fact_form.indicator_edit, "Dân số")
    type_text(fact_form.value_edit, "780000")
    type_text(fact_form.unit_edit, "người")
    type_text(fact_form.as_of_edit, "31/12/2023")
    type_text(fact_form.source_edit, "Niên giám thống kê")
    click(qtbot, fact_form.save_button)
    assert fact_form.visible_errors() == {}
    new = [f for f in tracker.list_facts(partner_id=partner_id) if f.id not in before]
    assert len(new) == 1
    fact = new[0]
    assert (fact.indicator, fact.value, fact.unit, fact.as_of, fact.source, fact.partner_id, fact.country) == (
        "Dân số",
        780000.0,
        "người",
        dt.date(2023, 12, 31),
        "Niên giám thống kê",
        partner_id,
        None,
    )
    row = facts.fact_ids().index(fact.id)
    assert facts.table.item(row, 0).text() == "Dân số"
    assert facts.table.item(row, 4).text() == "31/12/2023"

    # Edit: the value becomes text only.
    assert facts.select_fact(fact.id)
    click(qtbot, facts.edit_button)
    fact_form = facts.form
    assert fact_form.value_edit.text() == "780000"
    assert fact_form.as_of_edit.text() == "31/12/2023"
    fact_form.value_edit.clear()
    type_text(fact_form.value_text_edit, "khoảng 78 vạn")
    click(qtbot, fact_form.save_button)
    updated = next(f for f in tracker.list_facts(partner_id=partner_id) if f.id == fact.id)
    assert (updated.value, updated.value_text) == (None, "khoảng 78 vạn")

    # Delete (soft): gone from the list and from the dialog.
    assert facts.select_fact(fact.id)
    click(qtbot, facts.delete_button)
    assert len(confirm) == 1 and "Dân số" in confirm[0]
    assert fact.id not in [f.id for f in tracker.list_facts(partner_id=partner_id)]
    assert fact.id not in facts.fact_ids()
    facts.reject()
    form.reject()


def test_fact_without_value_shows_message_and_writes_nothing(type_text, qtbot, demo_window):
    tracker = demo_window.tracker
    partner_id = tracker.resolve_partner(THUONG_NGU).id
    facts = FactsDialog(tracker, demo_window, partner_id=partner_id)
    qtbot.addWidget(facts)
    counts, audits = tracker.counts(), tracker.audit_count()
    click(qtbot, facts.add_button)
    fact_form = facts.form
    type_text(fact_form.indicator_edit, "Kim ngạch thương mại")
    type_text(fact_form.unit_edit, "USD")
    click(qtbot, fact_form.save_button)
    errors = fact_form.visible_errors()
    assert set(errors) == {"value"}, errors
    assert fact_form.isVisible()
    # A value that is not a number is refused too, with the text quoted back.
    type_text(fact_form.value_edit, "nhiều")
    click(qtbot, fact_form.save_button)
    assert "nhiều" in fact_form.visible_errors()["value"]
    assert tracker.counts() == counts and tracker.audit_count() == audits
    fact_form.reject()


def test_partner_facts_show_country_and_city_read_only(qtbot, demo_window):
    tracker = demo_window.tracker
    partner = tracker.get_partner(tracker.resolve_partner(THUONG_NGU).id)
    assert partner.country == "CN"
    city = tracker.create_fact(indicator="Dự án FDI còn hiệu lực", value=860, unit="dự án")
    country = tracker.create_fact(indicator="Dự án của Trung Quốc", value=339, country="CN")
    other = tracker.create_fact(indicator="Dự án của Hàn Quốc", value=900, country="KR")
    facts = FactsDialog(tracker, demo_window, partner_id=partner.id)
    qtbot.addWidget(facts)
    ids = facts.fact_ids()
    assert city.id in ids and country.id in ids and other.id not in ids
    for fact_id in (city.id, country.id):
        assert facts.select_fact(fact_id)
        assert not facts.edit_button.isEnabled() and not facts.delete_button.isEnabled()
        assert "read-only" in facts.table.item(ids.index(fact_id), 6).text()
        assert facts.edit_fact() is None and facts.delete_fact() is False

    # The city-wide list edits them: city and every country, no partner's.
    city_list = FactsDialog(tracker, demo_window)
    qtbot.addWidget(city_list)
    ids = city_list.fact_ids()
    assert {city.id, country.id, other.id} <= set(ids)
    assert all(tracker_fact.partner_id is None for tracker_fact in city_list._facts)
    assert city_list.select_fact(other.id)
    assert city_list.edit_button.isEnabled()


def test_city_fact_through_the_facts_action(type_text, qtbot, demo_window):
    window = demo_window
    action = window.findChild(QAction, "actionFacts")
    assert action is not None and action.property("accessibleName")
    assert action.isEnabled()
    records = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Records")
    assert action in records.actions()  # the Records menu

    window.show_page(TODAY)
    action.trigger()
    facts = window.current_dialog
    assert isinstance(facts, FactsDialog) and facts.partner_id is None
    click(qtbot, facts.add_button)
    fact_form = facts.form
    type_text(fact_form.indicator_edit, "Vốn FDI đăng ký")
    type_text(fact_form.value_text_edit, "hơn 25 tỷ")
    type_text(fact_form.unit_edit, "USD")
    type_text(fact_form.as_of_edit, "30/04/2023")
    click(qtbot, fact_form.save_button)
    saved = [f for f in window.tracker.list_facts(include_city=True) if f.indicator == "Vốn FDI đăng ký"]
    assert len(saved) == 1 and (saved[0].partner_id, saved[0].country, saved[0].value_text) == (None, None, "hơn 25 tỷ")
    facts.reject()

    # With a partner selected on the Partners page, the action opens that partner's facts.
    window.show_page(PARTNERS)
    wolong = window.tracker.resolve_partner("Wolong").id
    assert window.partners.table.select_id(wolong)
    action.trigger()
    facts = window.current_dialog
    assert isinstance(facts, FactsDialog) and facts.partner_id == wolong
    assert "Wolong" in facts.windowTitle()
    facts.reject()
