"""Issue 16 item 1, "Typing lands": every form opens with the cursor in its first field, Tab follows
the layout to every field and button, each Alt+letter reaches its own field in both languages, a
drop-down changes only when the officer chooses, the search box leads into its results, and every
dialog button is reachable from the keyboard."""

from __future__ import annotations

import pytest
from conftest import wait_active
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QMainWindow, QWidget

from hptracker.core.tracker import FollowUpQuery
from hptracker.translations import install_translators
from hptracker.ui.dialogs.base import FormDialog
from hptracker.ui.dialogs.facts_dialog import FactsDialog
from hptracker.ui.main_window import AGREEMENTS, FOLLOWUPS, MEETINGS, PAGE_KEYS, PARTNERS
from hptracker.ui.models.base import ID_ROLE


def _partner_id(window) -> int:
    return window.tracker.resolve_partner("Huyện Thượng Ngu").id


def _open_contact(window):
    partner = window.edit_partner(_partner_id(window))
    return partner.add_contact()


def _open_fact(window, partner: bool):
    dialog = FactsDialog(window.tracker, window, partner_id=_partner_id(window) if partner else None)
    dialog.open()
    return dialog.add_fact()


def _draft(window, kind: str):
    meeting = window.log_meeting()
    meeting.partners.add_partner(_partner_id(window), "Huyện Thượng Ngu")
    return meeting.open_followup_draft() if kind == "followup" else meeting.open_agreement_draft()


# form name -> (how to open it, the widget of its first field)
FORMS = {
    "partner": (lambda w: w.new_partner(), "name_edit"),
    "partner_existing": (lambda w: w.edit_partner(_partner_id(w)), "name_edit"),
    "contact": (_open_contact, "name_edit"),
    "meeting": (lambda w: w.log_meeting(), "date_edit"),
    "meeting_existing": (lambda w: w.edit_meeting(w.tracker.list_meetings()[0].id), "date_edit"),
    "agreement": (lambda w: w.new_agreement(), "form_combo"),
    "agreement_draft": (lambda w: _draft(w, "agreement"), "form_combo"),
    "followup": (lambda w: w.new_followup(), "title_edit"),
    "followup_existing": (lambda w: w.edit_followup(w.tracker.query_followups(FollowUpQuery())[0].id), "title_edit"),
    "followup_draft": (lambda w: _draft(w, "followup"), "title_edit"),
    "fact_partner": (lambda w: _open_fact(w, True), "indicator_edit"),
    "fact_city": (lambda w: _open_fact(w, False), "indicator_edit"),
}


def open_form(qtbot, window, name: str) -> FormDialog:
    opener, _first = FORMS[name]
    form = opener(window)
    assert isinstance(form, FormDialog)
    wait_active(qtbot, form)
    return form


def focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def focused() -> QWidget:
    return QApplication.focusWidget()


@pytest.mark.parametrize("name", sorted(FORMS))
def test_every_form_opens_with_the_cursor_in_its_first_field(qtbot, demo_window, name):
    form = open_form(qtbot, demo_window, name)
    first = getattr(form, FORMS[name][1])
    assert focused() is focus_target(first)
    if name.startswith(("partner", "contact", "followup", "fact")):
        QTest.keyClicks(focused(), "Xin chao")  # the first keystrokes land in the field
        assert "Xin chao" in focus_target(first).text()


def test_the_progress_form_opens_with_the_cursor_in_its_note(qtbot, demo_window):
    window = demo_window
    followup = window.tracker.query_followups(FollowUpQuery())[0]
    dialog = window.open_followup_detail(followup.id)
    wait_active(qtbot, dialog)
    assert focused() is dialog.detail.note_edit
    QTest.keyClicks(focused(), "Da gui cong van")
    assert dialog.detail.note_edit.text() == "Da gui cong van"
    chain = tab_chain(dialog)
    for widget in (dialog.detail.status_combo, dialog.detail.date_edit, dialog.detail.record_button, dialog.detail.edit_button):
        assert widget in chain


def tab_chain(window: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from the focused one, once round."""
    start = focused()
    chain = [start]
    for _ in range(limit):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is start:
            return chain
        chain.append(focused())
    raise AssertionError(f"Tab never came back to {start!r}: {chain}")


def reachable(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus


@pytest.mark.parametrize("name", sorted(FORMS))
def test_tab_follows_the_layout_to_every_field_then_the_buttons(qtbot, demo_window, name):
    form = open_form(qtbot, demo_window, name)
    chain = tab_chain(form)
    fields = [focus_target(w) for w in form.field_widgets() if reachable(focus_target(w))]
    positions = [chain.index(w) for w in fields]  # every field is reached (index() fails if not)
    assert positions == sorted(positions), "Tab order is not the order of the rows"
    buttons = [b for b in form.findChildren(QAbstractButton) if reachable(b) and b.window() is form]
    missing = [b.text() for b in buttons if b not in chain]
    assert not missing, f"buttons Tab never reaches: {missing}"
    assert chain[-2:] == [form.save_button, form.cancel_button]  # last, after every field
    assert form.scroll not in chain  # the scroll area itself takes no keystroke


def mnemonics(window: QWidget) -> list[tuple[str, QWidget]]:
    """(letter, widget) of every Alt+letter visible in ``window``: labels, buttons, group boxes and,
    for the main window, its menus."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        text = ""
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        sequence = QKeySequence.mnemonic(text) if text else QKeySequence()
        if not sequence.isEmpty():
            found.append((sequence.toString().replace("Alt+", "").lower(), widget))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            sequence = QKeySequence.mnemonic(action.text())
            if not sequence.isEmpty():
                found.append((sequence.toString().replace("Alt+", "").lower(), window.menuBar()))
    return found


def assert_unique(found: list[tuple[str, QWidget]], where: str) -> None:
    letters = [letter for letter, _w in found]
    twice = {letter for letter in letters if letters.count(letter) > 1}
    assert not twice, f"{where}: Alt+{sorted(twice)} used twice: " + "; ".join(
        f"{letter}: {w.text() if hasattr(w, 'text') else w.objectName()}" for letter, w in found if letter in twice
    )
    odd = [letter for letter in letters if not (letter.isascii() and letter.isalnum())]
    assert not odd, f"{where}: Alt+{odd} cannot be typed on every keyboard (Telex, VNI)"


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("name", sorted(FORMS))
def test_each_alt_letter_is_unique_and_reaches_its_own_field(qtbot, demo_window, name, lang):
    install_translators(lang)
    form = open_form(qtbot, demo_window, name)
    found = mnemonics(form)
    assert_unique(found, f"{name} ({lang})")
    labels = [(letter, w) for letter, w in found if isinstance(w, QLabel)]
    assert len(labels) >= 4
    for letter, label in labels:
        buddy = focus_target(label.buddy())
        if not reachable(buddy):
            continue
        form.cancel_button.setFocus()
        QTest.keyClick(focused(), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        assert focused() is buddy, f"Alt+{letter} ({label.text()}) went to {focused()!r}"


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("page", range(len(PAGE_KEYS)))
def test_each_alt_letter_of_the_main_window_is_unique_on_every_page(qtbot, seeded_db, make_window, page, lang):
    window = make_window(seeded_db, lang=lang)
    assert window.menuBar().actions()[0].text() == {"en": "&File", "vi": "&Tệp"}[lang]
    window.show_page(page)
    if page == FOLLOWUPS:
        window.followups.table.selectRow(0)  # the progress form shows
        assert window.followups.detail.note_edit.isVisible()
    assert_unique(mnemonics(window), f"page {PAGE_KEYS[page]} ({lang})")
    window.close()


def test_the_progress_form_answers_its_alt_letters(qtbot, demo_window):
    window = demo_window
    wait_active(qtbot, window)
    window.show_page(FOLLOWUPS)
    window.followups.table.selectRow(0)
    detail = window.followups.detail
    window.followups.search_edit.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert focused() is detail.note_edit
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert focused() is detail.status_combo
    QTest.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() is detail.date_edit


def test_typing_on_a_drop_down_changes_nothing_until_the_officer_chooses(qtbot, demo_window):
    form = open_form(qtbot, demo_window, "followup_existing")
    combo = form.priority_combo
    before = combo.currentData()
    combo.setFocus()
    QTest.keyClicks(combo, "h")  # as if typing into a text box
    assert combo.currentData() == before
    assert combo.view().isVisible()  # the list opened, with the match highlighted
    QTest.keyClick(combo.view(), Qt.Key.Key_Escape)
    assert combo.currentData() == before and not combo.view().isVisible()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_PageDown):
        QTest.keyClick(combo, key)
        assert combo.currentData() == before, key
        QTest.keyClick(combo.view(), Qt.Key.Key_Escape)
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(combo.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentData() == before  # the wheel scrolls the form, not the value
    # Chosen on purpose: type to find in the open list, Enter takes it.
    QTest.keyClicks(combo, "h")
    QTest.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentData() == "high" and not combo.view().isVisible()
    assert all(c.focusPolicy() == Qt.FocusPolicy.StrongFocus for c in form.findChildren(QComboBox))


@pytest.mark.parametrize("page", [FOLLOWUPS, PARTNERS, MEETINGS, AGREEMENTS])
def test_down_from_the_search_box_moves_into_the_results_and_enter_opens(qtbot, demo_window, page):
    window = demo_window
    wait_active(qtbot, window)
    window.show_page(page)
    window.action_find.trigger()
    view = window.followups if page == FOLLOWUPS else window._list_view(page)
    assert focused() is view.search_edit
    QTest.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert focused() is view.table
    first = view.table.model().index(0, 0).data(ID_ROLE)
    assert view.table.current_id() == first
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    form = window.current_dialog
    assert isinstance(form, FormDialog) and form.isVisible()
    assert first in {getattr(form, name, None) for name in ("followup_id", "partner_id", "meeting_id", "agreement_id")}


def test_the_brief_notes_dialog_reaches_preview_from_the_keyboard(qtbot, demo_window):
    from hptracker.ui.brief_ui import NotesDialog

    dialog = NotesDialog("Huyện Thượng Ngu", demo_window)
    dialog.open()
    wait_active(qtbot, dialog)
    assert focused() is dialog.edit
    QTest.keyClicks(dialog.edit, "Ghi chu")
    chain = tab_chain(dialog)
    assert dialog.preview_button in chain and dialog.cancel_button in chain
    assert dialog.edit.toPlainText() == "Ghi chu"  # Tab moved on, it typed nothing
    assert not QKeySequence.mnemonic(dialog.preview_button.text()).isEmpty()
    dialog.edit.setFocus()
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_every_button_of_the_facts_list_is_reachable(qtbot, demo_window):
    dialog = FactsDialog(demo_window.tracker, demo_window, partner_id=None)
    dialog.open()
    wait_active(qtbot, dialog)
    dialog.table.selectRow(0)
    chain = tab_chain(dialog)
    for button in dialog.findChildren(QAbstractButton):
        if reachable(button):
            assert button in chain, button.text()


def test_the_brief_preview_saves_its_pdf_from_the_keyboard(qtbot, demo_window, monkeypatch, tmp_path):
    """Qt's preview toolbar takes no keyboard focus: "Save as PDF…" has its keys (Ctrl+S)."""
    from PySide6.QtPrintSupport import QPrinter

    from hptracker.ui import brief_ui
    from hptracker.ui.printing import configure, prepare_brief

    chosen = []
    monkeypatch.setattr(brief_ui, "choose_pdf_path", lambda parent, suggested: chosen.append(suggested))
    tracker = demo_window.tracker
    paged = prepare_brief(tracker, tracker.resolve_partner("Huyện Thượng Ngu").id, lang="en")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer)
    dialog = brief_ui.BriefPreviewDialog(paged, printer, demo_window, db_path=tracker.db.path)
    dialog.show()
    wait_active(qtbot, dialog)
    assert dialog.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    QTest.keyClick(focused() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(chosen) == 1  # the file dialog was asked for
    assert "Ctrl+S" in dialog.save_action.toolTip()
    dialog.done(0)
