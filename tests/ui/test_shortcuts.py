"""Issue 16 item 6, "Shortcuts that work everywhere": every application shortcut works with the
cursor in any field (on Linux a line edit takes Ctrl+E as end-of-line), Ctrl+E on the Partners,
Meetings and Agreements pages exports those records, and Help ▸ Keyboard shortcuts lists them all,
read from the actions themselves."""

from __future__ import annotations

import openpyxl
import pytest
from conftest import send_text, wait_active
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hptracker.core.export_xlsx import FIRST_DATA_ROW
from hptracker.core.sheets import AGREEMENTS, MEETINGS, PARTNERS
from hptracker.ui.export_ui import ExportDialogs, running_exports
from hptracker.ui.main_window import AGREEMENTS as AGREEMENTS_PAGE
from hptracker.ui.main_window import FOLLOWUPS
from hptracker.ui.main_window import MEETINGS as MEETINGS_PAGE
from hptracker.ui.main_window import PARTNERS as PARTNERS_PAGE
from hptracker.ui.models.base import ID_ROLE
from hptracker.ui.shortcuts_ui import EDITING_KEYS


def shortcut_actions(window) -> list[QAction]:
    # A field's own editing keys (Delete, Ctrl+Z for its typing…) stay the field's, not the window's.
    field_keys = {QKeySequence(standard).toString() for standard in EDITING_KEYS}
    return [
        a
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.shortcut().toString() not in field_keys and a.objectName() != "actionQuit"
    ]


class ClaimsEveryKey(QObject):
    """What a line edit does on Linux (X11 key bindings) with Ctrl+E, Ctrl+A, Ctrl+K…: it answers
    Qt's ShortcutOverride question "yes, mine", and the window's shortcut never runs. The offscreen
    platform uses other key bindings, so the claim is made here, as strongly as a field can."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return False


def press(sequence: QKeySequence) -> None:
    combo = sequence[0]
    QTest.keyClick(QApplication.focusWidget(), combo.key(), combo.keyboardModifiers())


@pytest.mark.parametrize("field", ["search", "partner_filter", "progress_note", "status_combo", "progress_date"])
def test_every_application_shortcut_works_from_any_field(qtbot, demo_window, field):
    window = demo_window
    wait_active(qtbot, window)
    window.show_page(FOLLOWUPS)
    window.followups.table.selectRow(0)
    widgets = {
        "search": window.followups.search_edit,
        "partner_filter": window.followups.partner_filter.edit,
        "progress_note": window.followups.detail.note_edit,
        "status_combo": window.followups.status_filter,
        "progress_date": window.followups.detail.date_edit,
    }
    claim = ClaimsEveryKey(widgets[field])
    widgets[field].installEventFilter(claim)
    # A field's own claim comes after every event filter (it is the field's event()); the guard
    # watches the field from the moment it gets the focus, so the focus comes after the claim.
    widgets[field].clearFocus()
    fired: list[str] = []
    actions = shortcut_actions(window)
    assert {"actionExport", "actionNewFollowUp", "actionFind", "actionShortcuts"} <= {a.objectName() for a in actions}

    def recorder(name: str):
        return lambda _checked=False: fired.append(name)

    for action in actions:
        action.triggered.disconnect()  # only whether the key reaches the action is tested here
        action.triggered.connect(recorder(action.objectName()))
    for action in actions:
        widgets[field].setFocus()
        send_text(widgets[field], "x") if field in ("search", "progress_note") else None
        press(action.shortcut())
        assert fired and fired[-1] == action.objectName(), f"{action.shortcut().toString()} ({action.objectName()}) did nothing in {field}"


def test_delete_in_the_search_box_deletes_a_character_not_records(qtbot, demo_window, confirm):
    window = demo_window
    wait_active(qtbot, window)
    window.show_page(FOLLOWUPS)
    window.followups.table.selectRow(0)
    edit = window.followups.search_edit
    claim = ClaimsEveryKey(edit)
    edit.installEventFilter(claim)
    edit.setFocus()
    send_text(edit, "abc")
    edit.setCursorPosition(0)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == "bc" and confirm == []


@pytest.mark.parametrize(("page", "sheet"), [(PARTNERS_PAGE, PARTNERS), (MEETINGS_PAGE, MEETINGS), (AGREEMENTS_PAGE, AGREEMENTS)])
def test_ctrl_e_on_a_list_page_exports_the_records_it_shows(qtbot, demo_window, monkeypatch, tmp_path, page, sheet):
    window = demo_window
    wait_active(qtbot, window)
    target = tmp_path / f"{sheet.key}.xlsx"
    asked = []
    monkeypatch.setattr(ExportDialogs, "ask_path", classmethod(lambda cls, parent, suggested: asked.append(suggested) or str(target)))
    window.show_page(page)
    view = window._list_view(page)
    view.search_edit.setFocus()
    send_text(view.search_edit, "thuong ngu")
    QTest.keyClick(view.search_edit, Qt.Key.Key_Return)  # the search typed, shown now
    model = view.model
    shown = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert shown and len(shown) < window.tracker.__getattribute__(f"count_{sheet.key}")()  # the search narrowed it
    QTest.keyClick(view.search_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: target.exists() and not running_exports(), timeout=30000)
    assert sheet.key in asked[0]  # suggested name says what it holds
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [sheet.en]
    ws = book[sheet.en]
    headers = [c.value for c in ws[FIRST_DATA_ROW - 1]]
    assert headers == [c.en for c in sheet.columns]
    ids = [ws.cell(row=r, column=2).value for r in range(FIRST_DATA_ROW, ws.max_row + 1)]
    assert ids == shown  # exactly the records shown, in the order shown
    assert "thuong ngu" in " ".join(str(ws.cell(row=r, column=1).value) for r in range(1, 5))
    assert f"{len(shown)} " in window.notice.text() and str(target) in window.notice.text()


def test_help_lists_every_shortcut_from_the_actions(qtbot, demo_window):
    window = demo_window
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert menu_titles[-1] == "&Help"
    extra = QAction("Made up for the test", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    dialog = window.show_shortcuts()
    wait_active(qtbot, dialog)
    rows = dialog.rows()
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty():
            name = action.text().replace("&", "").rstrip("…").strip()
            assert (name, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)) in rows, name
    assert ("Made up for the test", "Ctrl+Alt+J") in rows  # read from the actions, not a list kept by hand
    assert any(keys == "Ctrl+S" for _name, keys in rows)  # the forms' own keys too
    dialog.close()


def test_the_guard_looks_only_at_the_focused_field_of_its_window(qtbot, demo_db_path, monkeypatch):
    """Issue 17 (start): the guard once watched the whole application, a Python call in the way of
    every event of every window — 24,000 while the main window was built. It now sees the events
    of the one field of its window that has the focus, and nothing of another window's fields."""
    from conftest import open_window
    from PySide6.QtWidgets import QLineEdit

    from hptracker.ui.shortcuts_ui import ShortcutGuard

    seen: list[QObject] = []
    original = ShortcutGuard.eventFilter
    monkeypatch.setattr(ShortcutGuard, "eventFilter", lambda self, watched, event: seen.append(watched) or original(self, watched, event))
    window = open_window(qtbot, demo_db_path)
    wait_active(qtbot, window)
    for page in (FOLLOWUPS, PARTNERS_PAGE, MEETINGS_PAGE, AGREEMENTS_PAGE):
        window.show_page(page)
    window.resize(window.width() - 40, window.height() - 40)
    qtbot.wait(50)
    # Building, showing, paging and resizing the window: only the events of the search fields
    # each page gives the focus to (a few dozen; watching the application, many thousands).
    assert len(seen) < 100 and all(isinstance(w, QLineEdit) and w.window() is window for w in seen), len(seen)
    window.show_page(FOLLOWUPS)
    edit = window.followups.search_edit
    edit.setFocus()
    seen.clear()
    send_text(edit, "ab")
    assert seen and set(seen) == {edit}
    other = QLineEdit()  # a field of another window
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    other.setFocus()
    seen.clear()
    QTest.keyClicks(other, "cd")
    assert other.text() == "cd" and seen == []
