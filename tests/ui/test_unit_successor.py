"""Our units in Settings: a successor is set and cleared through the page, loops are refused, and
renaming a unit keeps its meetings and follow-ups under it (SPEC "Our units")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hptracker.core.demo import CITY_PC, DOFA, HEZA
from hptracker.core.tracker import FollowUpQuery
from hptracker.ui.main_window import SETTINGS
from hptracker.ui.views.settings_view import ID_ROLE, succession_cycle


def unit_id(tracker, name: str) -> int:
    return next(u.id for u in tracker.list_units() if u.name == name)


def list_texts(view) -> dict[int, str]:
    return {view.units_list.item(row).data(ID_ROLE): view.units_list.item(row).text() for row in range(view.units_list.count())}


def select_unit(qtbot, view, uid: int) -> None:
    """Click the unit's row, as the officer would."""
    for row in range(view.units_list.count()):
        item = view.units_list.item(row)
        if item.data(ID_ROLE) == uid:
            view.units_list.scrollToItem(item)
            rect = view.units_list.visualItemRect(item)
            qtbot.mouseClick(view.units_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert view.units_list.currentItem() is item
            return
    raise AssertionError(f"unit {uid} is not in the list")


def choose_successor(view, successor_id: int | None) -> None:
    index = view.successor_combo.findData(successor_id)
    assert index >= 0, f"{successor_id} is not offered"
    view.successor_combo.setCurrentIndex(index)


def set_successor(qtbot, view, uid: int, successor_id: int | None) -> None:
    select_unit(qtbot, view, uid)
    choose_successor(view, successor_id)
    qtbot.mouseClick(view.save_successor_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def settings_page(demo_window):
    demo_window.show_page(SETTINGS)
    return demo_window.settings_view


def test_successor_is_set_shown_and_cleared(qtbot, demo_window, settings_page):
    view, tracker = settings_page, demo_window.tracker
    dofa, city = unit_id(tracker, DOFA), unit_id(tracker, CITY_PC)
    assert not view.save_successor_button.isEnabled()  # nothing selected yet

    select_unit(qtbot, view, dofa)
    assert view.save_successor_button.isEnabled()
    offered = [view.successor_combo.itemData(i) for i in range(view.successor_combo.count())]
    assert offered[0] is None and view.successor_combo.itemText(0) == "(none)"
    assert dofa not in offered and city in offered  # never offered as its own successor
    assert view.successor_combo.currentData() is None

    with qtbot.waitSignal(view.units_changed, timeout=1000):
        set_successor(qtbot, view, dofa, city)
    stored = {u.id: u.successor_id for u in tracker.list_units()}
    assert stored[dofa] == city
    assert stored[city] is None
    texts = list_texts(view)
    assert texts[dofa] == "Sở Ngoại vụ Hải Phòng (SNgV) → Ủy ban nhân dân thành phố Hải Phòng"
    assert texts[city] == "Ủy ban nhân dân thành phố Hải Phòng (UBND TP)"
    assert view.units_list.currentItem().data(ID_ROLE) == dofa  # the officer keeps their place
    assert view.successor_combo.currentData() == city
    assert view.units_list.currentItem().toolTip() == f"Succeeded by {CITY_PC}"
    assert not view.unit_error.isVisible()
    change = tracker.audit_for("units", dofa)[-1]
    assert change.action == "update" and change.changes == {"successor_id": (None, city)}

    # Shown again later (page switch), the marker is still there.
    demo_window.show_page(0)
    demo_window.show_page(SETTINGS)
    assert list_texts(view)[dofa].endswith(f"→ {CITY_PC}")

    set_successor(qtbot, view, dofa, None)
    assert {u.id: u.successor_id for u in tracker.list_units()}[dofa] is None
    assert list_texts(view)[dofa] == "Sở Ngoại vụ Hải Phòng (SNgV)"
    assert "→" not in "".join(list_texts(view).values())
    assert tracker.audit_for("units", dofa)[-1].changes == {"successor_id": (city, None)}


def test_chain_tooltip_names_the_current_unit(qtbot, demo_window, settings_page):
    view, tracker = settings_page, demo_window.tracker
    heza, city, dofa = (unit_id(tracker, name) for name in (HEZA, CITY_PC, DOFA))
    set_successor(qtbot, view, dofa, heza)
    set_successor(qtbot, view, heza, city)
    select_unit(qtbot, view, dofa)
    assert view.units_list.currentItem().toolTip() == f"Succeeded by {HEZA}; the current unit is {CITY_PC}"


def test_two_unit_loop_is_refused_and_nothing_changes(qtbot, demo_window, settings_page):
    view, tracker = settings_page, demo_window.tracker
    dofa, city = unit_id(tracker, DOFA), unit_id(tracker, CITY_PC)
    set_successor(qtbot, view, dofa, city)
    audits = tracker.audit_count()

    # Typed into the rename box but not saved: a refused successor must not throw it away.
    select_unit(qtbot, view, city)
    view.unit_name.setText("Ủy ban nhân dân TP Hải Phòng (đang sửa)")
    choose_successor(view, dofa)
    with qtbot.assertNotEmitted(view.units_changed):
        assert view.save_successor() is False
    assert view.unit_error.isVisible()
    assert view.unit_error.text() == (
        f"{CITY_PC} cannot be succeeded by {DOFA}: the succession would go round in a circle "
        f"({CITY_PC} → {DOFA} → {CITY_PC}) and no unit would be the current one. Nothing was changed."
    )
    assert {u.id: u.successor_id for u in tracker.list_units()} == {unit_id(tracker, HEZA): None, city: None, dofa: city}
    assert tracker.audit_count() == audits
    assert view.unit_name.text() == "Ủy ban nhân dân TP Hải Phòng (đang sửa)"
    assert list_texts(view)[city] == "Ủy ban nhân dân thành phố Hải Phòng (UBND TP)"

    # Choosing another unit clears the message.
    select_unit(qtbot, view, dofa)
    assert not view.unit_error.isVisible()


def test_longer_loop_is_refused_with_the_whole_chain(qtbot, demo_window, settings_page):
    view, tracker = settings_page, demo_window.tracker
    heza, city, dofa = (unit_id(tracker, name) for name in (HEZA, CITY_PC, DOFA))
    set_successor(qtbot, view, heza, dofa)
    set_successor(qtbot, view, dofa, city)
    before = {u.id: u.successor_id for u in tracker.list_units()}
    audits = tracker.audit_count()

    set_successor(qtbot, view, city, heza)
    assert view.unit_error.isVisible()
    assert f"({CITY_PC} → {HEZA} → {DOFA} → {CITY_PC})" in view.unit_error.text()
    assert "Nothing was changed." in view.unit_error.text()
    assert {u.id: u.successor_id for u in tracker.list_units()} == before
    assert tracker.audit_count() == audits

    # Not a loop: the end of the chain gets no successor, a chain member may point elsewhere.
    set_successor(qtbot, view, heza, city)
    assert not view.unit_error.isVisible()
    assert {u.id: u.successor_id for u in tracker.list_units()}[heza] == city


def test_succession_cycle_follows_the_whole_chain():
    successors = {1: 2, 2: 3, 3: None, 4: 5, 5: 4}
    assert succession_cycle(successors, 3, 1) == [3, 1, 2, 3]
    assert succession_cycle(successors, 2, 1) == [2, 1, 2]
    assert succession_cycle(successors, 3, None) is None
    assert succession_cycle(successors, 1, 3) is None
    # A loop already in the data that does not pass through the unit ends the walk.
    assert succession_cycle(successors, 1, 4) is None


def test_renaming_keeps_meetings_and_followups_under_the_unit(qtbot, type_text, demo_window, settings_page):
    view, tracker = settings_page, demo_window.tracker
    heza = unit_id(tracker, HEZA)
    followups = sorted(row.id for row in tracker.query_followups(FollowUpQuery(unit_ids=(heza,))))
    meetings = [m.id for m in tracker.list_meetings() if m.host_unit == HEZA]
    assert followups and meetings  # the demo's Thuong Ngu meeting and its requests
    assert tracker.followup_row(followups[0]).unit_name == HEZA

    new_name = "Ban Quản lý các khu kinh tế Hải Phòng"
    select_unit(qtbot, view, heza)
    assert view.unit_name.text() == HEZA
    view.unit_name.clear()
    type_text(view.unit_name, new_name)
    with qtbot.waitSignal(view.units_changed, timeout=1000):
        qtbot.mouseClick(view.rename_unit_button, Qt.MouseButton.LeftButton)

    assert not view.unit_error.isVisible()
    assert list_texts(view)[heza] == f"{new_name} (HEZA)"
    assert view.units_list.currentItem().data(ID_ROLE) == heza
    assert sorted(row.id for row in tracker.query_followups(FollowUpQuery(unit_ids=(heza,)))) == followups
    assert {tracker.followup_row(fid).unit_name for fid in followups} == {new_name}
    assert {m.host_unit for m in tracker.list_meetings() if m.id in meetings} == {new_name}
    rename = tracker.audit_for("units", heza)[-1]
    assert rename.action == "update"
    assert rename.changes["name"] == (HEZA, new_name)
    assert rename.officer == demo_window.tracker.officer


def test_unit_pickers_say_which_unit_replaced_an_old_one(demo_window):
    """Forms keep offering an old unit (its records keep it) but say which unit is current now."""
    from hptracker.ui.dialogs.widgets import unit_items

    tracker = demo_window.tracker
    dofa, city = unit_id(tracker, DOFA), unit_id(tracker, CITY_PC)
    before = dict(unit_items(tracker))
    tracker.update_unit(dofa, successor_id=city)
    after = dict(unit_items(tracker))
    assert after[dofa] == f"{before[dofa]} (now {before[city]})"
    assert {k: v for k, v in after.items() if k != dofa} == {k: v for k, v in before.items() if k != dofa}


def test_language_choice_shows_the_language_on_screen(qtbot, demo_window):
    """With no language saved yet, Settings shows the language the window is in (English here,
    from --lang), and saving it unchanged does not announce a language change."""
    from PySide6.QtWidgets import QComboBox, QLabel

    demo_window.show_page(SETTINGS)
    view = demo_window.settings_view
    combo = view.findChild(QComboBox, "languageCombo")
    assert not view.settings.language()  # nothing saved yet
    assert combo.currentData() == "en" and combo.currentText() == "English"
    assert view.save() is True
    assert view.message.text() == "Saved."
    combo.setCurrentIndex(combo.findData("vi"))
    assert view.save() is True
    # Issue 16 item 11: the new language applies at once, no restart announced.
    assert view.message.text() == "Đã lưu."
    assert demo_window.menuBar().actions()[0].text() == "&Tệp"
    assert isinstance(view.message, QLabel)
