"""The main window driven like an officer would: forms, search, filters, sorting, delete/restore."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from hptracker.app import create_window
from hptracker.core.enums import FollowUpStatus
from hptracker.core.tracker import FollowUpQuery
from hptracker.settings import Settings
from hptracker.ui.dialogs.base import ConfirmDialog, OfficerDialog
from hptracker.ui.dialogs.followup_form import FollowUpForm
from hptracker.ui.main_window import FOLLOWUPS, MEETINGS, PARTNERS, TODAY
from hptracker.ui.models.base import ID_ROLE

THUONG_NGU = "Huyện Thượng Ngu"
OFFICER = "Nguyễn Thị Hoa"


def table_ids(table: QTableView) -> list[int]:
    model = table.model()
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def filtered(qtbot, view) -> None:
    """Until the rows and the counts of the filters shown have come from their pool thread."""
    qtbot.waitUntil(
        lambda: view.model.query == view.current_query() and not view.model.searching() and not view.model.counting, timeout=5000
    )


def shangyu_ids(tracker) -> list[int]:
    partner = tracker.resolve_partner(THUONG_NGU)
    return sorted(row.id for row in tracker.query_followups(FollowUpQuery(partner_ids=(partner.id,))))


def search(type_text, qtbot, window, text: str) -> None:
    edit = window.followups.search_edit
    edit.clear()
    type_text(edit, text)
    qtbot.waitUntil(lambda: window.followups.model.query.text == text, timeout=2000)


def click_header(qtbot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def select_row_of(qtbot, table: QTableView, record_id: int) -> None:
    assert table.select_id(record_id)
    assert table.current_id() == record_id


def test_spec_handles_exist(window):
    assert window.objectName() == "mainWindow"
    assert window.accessibleName()
    for name in ("followUpsTable", "partnersTable", "meetingsTable", "agreementsTable"):
        table = window.findChild(QTableView, name)
        assert table is not None and table.accessibleName(), name
    assert window.findChild(object, "searchEdit").accessibleName()
    assert window.findChild(object, "statusFilter").accessibleName()
    from PySide6.QtGui import QAction

    for name in ("actionNewFollowUp", "actionExport", "actionBrief", "actionBackup", "actionImport"):
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.property("accessibleName"), name
    assert window.findChild(QAction, "actionNewFollowUp").shortcut().toString() == "Ctrl+N"
    assert window.findChild(QAction, "actionExport").isEnabled()
    assert window.findChild(QAction, "actionBackup").isEnabled()


def test_create_followup_through_form_then_find_it(type_text, qtbot, demo_window):
    window = demo_window
    window.show_page(FOLLOWUPS)
    before = window.tracker.counts()["followups"]
    window.findChild(type(window.action_new_followup), "actionNewFollowUp").trigger()
    form = window.current_dialog
    assert isinstance(form, FollowUpForm) and form.isVisible()
    type_text(form.title_edit, "Trao đổi đoàn học sinh hè 2025")
    type_text(form.partner_picker.edit, "shangyu")
    qtbot.keyClick(form.partner_picker.edit, Qt.Key.Key_Return)
    assert form.partner_picker.edit.text() == THUONG_NGU
    form.category_combo.setCurrentIndex(form.category_combo.findData(window.tracker.category_by_code("education").id))
    type_text(form.due_edit.edit, "Q3/2025")
    type_text(form.fields_edit.edit, "Giáo dục, Văn hóa")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.visible_errors() == {}
    assert window.tracker.counts()["followups"] == before + 1
    created = window.tracker.query_followups(FollowUpQuery(text="hoc sinh he"))
    assert len(created) == 1
    row = created[0]
    assert row.partner_name == THUONG_NGU and row.due_text("en") == "Q3/2025" and row.category == "Giáo dục và đào tạo"
    assert [f.name for f in window.tracker.get_followup(row.id).fields] == ["Giáo dục", "Văn hóa"]
    search(type_text, qtbot, window, "hoc sinh")
    assert table_ids(window.followups.table) == [row.id]


@pytest.mark.parametrize("text", ["thuong ngu", "shangyu", "上虞", "THƯỢNG NGU"])
def test_search_finds_partner_by_any_name(type_text, qtbot, demo_window, text):
    window = demo_window
    window.show_page(FOLLOWUPS)
    expected = shangyu_ids(window.tracker)
    assert len(expected) == 5
    search(type_text, qtbot, window, text)
    assert sorted(table_ids(window.followups.table)) == expected


def test_search_with_decomposed_text_finds_composed_records(type_text, qtbot, demo_window):
    window = demo_window
    window.show_page(FOLLOWUPS)
    nfd = unicodedata.normalize("NFD", "Thượng Ngu")
    assert nfd != "Thượng Ngu"
    search(type_text, qtbot, window, nfd)
    assert sorted(table_ids(window.followups.table)) == shangyu_ids(window.tracker)
    search(type_text, qtbot, window, unicodedata.normalize("NFD", "đường bay thẳng"))
    rows = table_ids(window.followups.table)
    assert len(rows) == 1
    assert "đường bay thẳng" in window.tracker.followup_row(rows[0]).title


def test_search_shows_the_rows_without_waiting_for_a_pause(type_text, qtbot, demo_window):
    """Issue 17: no 200 ms pause before a search any more; the rows come from a pool thread as
    soon as they are read (tests/ui/test_search_as_you_type.py checks the threads)."""
    window = demo_window
    window.show_page(FOLLOWUPS)
    type_text(window.followups.search_edit, "wolong")
    assert window.followups.search_edit.timer.interval() == 0
    qtbot.waitUntil(lambda: window.followups.model.query.text == "wolong", timeout=2000)
    assert window.followups.model.total() >= 1


def test_record_progress_adds_history_and_updates_today(type_text, qtbot, demo_window):
    window = demo_window
    tracker = window.tracker
    window.show_page(FOLLOWUPS)
    target = tracker.query_followups(FollowUpQuery(text="duong bay thang"))[0]
    select_row_of(qtbot, window.followups.table, target.id)
    detail = window.followups.detail
    assert detail.followup_id == target.id
    history_before = len(tracker.history(target.id))
    rows_before = len(detail.history_rows())
    window.findChild(type(window.action_progress), "actionRecordProgress").trigger()
    detail.status_combo.setCurrentIndex(detail.status_combo.findData(FollowUpStatus.AWAITING_PARTNER.value))
    type_text(detail.note_edit, "Đã gửi công hàm đề nghị phía bạn")
    qtbot.keyClick(detail.note_edit, Qt.Key.Key_Return)
    assert not detail.progress_error.isVisible()
    assert len(tracker.history(target.id)) == history_before + 1
    assert len(detail.history_rows()) == rows_before + 1
    newest = detail.history_rows()[0]
    assert newest[2] == "Awaiting partner" and newest[3] == "Đã gửi công hàm đề nghị phía bạn"
    assert tracker.followup_row(target.id).status == FollowUpStatus.AWAITING_PARTNER
    model = window.followups.model
    status_column = model.column_of("status")
    assert model.index(model.row_of_id(target.id), status_column).data() == "Awaiting partner"
    # The row read again stays the one selected and current: the table still shows which one the
    # detail beside it is, and the arrow keys go on from it.
    table = window.followups.table
    assert table.current_id() == target.id and table.selected_ids() == [target.id]
    assert table.currentIndex().row() == model.row_of_id(target.id)
    window.show_page(TODAY)
    qtbot.waitUntil(lambda: window.today.task.is_done, timeout=20000)  # the page reads in the background
    assert target.id in window.today.item_ids(window.today.awaiting_list)
    assert target.id in window.today.item_ids(window.today.progress_list)
    assert window.today.count_labels["awaiting_partner"].text() == "Awaiting partner\n1"


def test_record_progress_without_note_or_status_says_so(qtbot, demo_window):
    window = demo_window
    window.show_page(FOLLOWUPS)
    followup_id = table_ids(window.followups.table)[0]
    select_row_of(qtbot, window.followups.table, followup_id)
    before = len(window.tracker.history(followup_id))
    qtbot.mouseClick(window.followups.detail.record_button, Qt.MouseButton.LeftButton)
    assert window.followups.detail.progress_error.isVisible()
    assert "note" in window.followups.detail.progress_error.text().lower()
    assert len(window.tracker.history(followup_id)) == before


def test_invalid_form_shows_messages_and_writes_nothing(type_text, qtbot, demo_window):
    window = demo_window
    counts = window.tracker.counts()
    form = window.new_followup()
    type_text(form.partner_picker.edit, "no such partner")
    type_text(form.due_edit.edit, "next spring")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    errors = form.visible_errors()
    assert set(errors) == {"title", "partner_id", "due"}
    assert "required" in errors["title"]
    assert "no such partner" in errors["partner_id"]
    assert "next spring" in errors["due"]
    assert form.isVisible()
    assert window.tracker.counts() == counts
    # Fixing the fields clears the messages and saves.
    type_text(form.title_edit, "Một đề nghị mới")
    form.partner_picker.edit.clear()
    type_text(form.partner_picker.edit, "Wolong")
    form.due_edit.edit.clear()
    type_text(form.due_edit.edit, "12/2025")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert form.visible_errors() == {}
    assert not form.isVisible()
    assert window.tracker.counts()["followups"] == counts["followups"] + 1


def test_meeting_form_invalid_date_writes_nothing(type_text, qtbot, demo_window):
    window = demo_window
    counts = window.tracker.counts()
    form = window.log_meeting()
    type_text(form.date_edit, "31/02/2024")
    type_text(form.title_edit, "Họp thử")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    errors = form.visible_errors()
    assert "31/02/2024" in errors["date"] and "partner" in errors["partner_ids"].lower()
    assert window.tracker.counts() == counts


def test_duplicate_warning_before_saving(type_text, qtbot, demo_window):
    window = demo_window
    existing = window.tracker.query_followups(FollowUpQuery(text="duong bay thang"))[0]
    counts = window.tracker.counts()
    form = window.new_followup()
    type_text(form.title_edit, existing.title.upper())
    form.partner_picker.set_partner(existing.partner_id)
    form.meeting_combo.setCurrentIndex(form.meeting_combo.findData(existing.meeting_id))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.duplicate_label.isVisible()
    assert f"#{existing.id}" in form.duplicate_label.text()
    assert window.tracker.counts() == counts and form.isVisible()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # "Save anyway"
    assert window.tracker.counts()["followups"] == counts["followups"] + 1


def test_sort_by_due_matches_sql_order(qtbot, demo_window):
    window = demo_window
    tracker = window.tracker
    for title, due in [("A", "03/2024"), ("B", "Q1/2025"), ("C", "2023"), ("D", "15/01/2024")]:
        tracker.create_followup(title=f"Sắp xếp {title}", direction="ours", partner_id=1, due=due)
    window.refresh_all()
    window.show_page(FOLLOWUPS)
    table = window.followups.table
    due_column = window.followups.model.column_of("due")
    click_header(qtbot, table, due_column)
    assert window.followups.model.sort_key == "due"
    first = window.followups.model.descending
    expected = [r.id for r in tracker.query_followups(FollowUpQuery(sort="due", descending=first))]
    assert table_ids(table) == expected
    click_header(qtbot, table, due_column)
    assert window.followups.model.descending is not first
    expected = [r.id for r in tracker.query_followups(FollowUpQuery(sort="due", descending=not first))]
    assert table_ids(table) == expected
    dated = [tracker.followup_row(i).due_date for i in table_ids(table) if tracker.followup_row(i).due_date]
    assert dated == sorted(dated, reverse=not first)


@pytest.mark.parametrize(
    "view_name,table_name", [("partners", "partnersTable"), ("meetings", "meetingsTable"), ("agreements", "agreementsTable")]
)
def test_every_column_sorts_in_sql(qtbot, demo_window, view_name, table_name):
    window = demo_window
    view = getattr(window, view_name)
    window.show_page({"partners": PARTNERS, "meetings": MEETINGS, "agreements": 4}[view_name])
    table = window.findChild(QTableView, table_name)
    model = table.model()
    for column in range(model.columnCount()):
        click_header(qtbot, table, column)
        assert model.sort_key == model.columns[column].sort
        assert model.rowCount() == model.total() and model.total() > 0
    assert view.table is table


def test_overdue_filter(qtbot, demo_window):
    window = demo_window
    window.show_page(FOLLOWUPS)
    tracker = window.tracker
    tracker.create_followup(title="Quá hạn thử", direction="theirs", partner_id=1, due="01/01/2020")
    window.refresh_all()
    expected = sorted(r.id for r in tracker.query_followups(FollowUpQuery(overdue_only=True)))
    assert len(expected) >= 2
    qtbot.mouseClick(window.followups.overdue_check, Qt.MouseButton.LeftButton, pos=QPoint(5, window.followups.overdue_check.height() // 2))
    assert window.followups.overdue_check.isChecked()
    filtered(qtbot, window.followups)
    assert sorted(table_ids(window.followups.table)) == expected
    model = window.followups.model
    timeliness = model.column_of("timeliness")
    for row in range(model.rowCount()):
        assert model.index(row, timeliness).data().startswith("Overdue")  # text, not colour alone
        assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert f"Overdue: {len(expected)}" in window.counts_label.text()
    assert window.current_followup_query().overdue_only


def test_status_filter(qtbot, demo_window):
    window = demo_window
    window.show_page(FOLLOWUPS)
    tracker = window.tracker
    some = table_ids(window.followups.table)[2]
    tracker.record_progress(some, status="done", note="Xong")
    window.refresh_all()
    combo = window.followups.status_filter
    combo.setCurrentIndex(combo.findData("done"))
    filtered(qtbot, window.followups)
    assert table_ids(window.followups.table) == [some]
    title = window.followups.model.index(0, window.followups.model.column_of("title"))
    assert title.data(Qt.ItemDataRole.DecorationRole) is not None
    assert window.followups.model.index(0, window.followups.model.column_of("timeliness")).data() in (
        "No due date",
        "Done on time",
        "Done late",
    )


def test_soft_delete_and_restore(qtbot, demo_window, confirm):
    window = demo_window
    tracker = window.tracker
    window.show_page(FOLLOWUPS)
    target = table_ids(window.followups.table)[0]
    select_row_of(qtbot, window.followups.table, target)
    total = tracker.count_followups()
    delete = window.findChild(type(window.action_delete), "actionDelete")
    assert delete.isEnabled()
    delete.trigger()
    assert len(confirm) == 1
    assert target not in table_ids(window.followups.table)
    assert tracker.count_followups() == total - 1
    assert [r.id for r in tracker.query_followups(FollowUpQuery(deleted=True))] == [target]
    qtbot.mouseClick(window.followups.deleted_check, Qt.MouseButton.LeftButton, pos=QPoint(5, window.followups.deleted_check.height() // 2))
    filtered(qtbot, window.followups)
    assert table_ids(window.followups.table) == [target]
    select_row_of(qtbot, window.followups.table, target)
    assert not delete.isEnabled() and window.action_restore.isEnabled()
    window.action_restore.trigger()
    assert table_ids(window.followups.table) == []
    assert tracker.count_followups() == total
    assert tracker.followup_row(target).deleted is False


def test_delete_asks_and_no_means_no(qtbot, demo_window, monkeypatch):
    window = demo_window
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, parent, text: False))
    window.show_page(PARTNERS)
    table = window.partners.table
    first = table_ids(table)[0]
    select_row_of(qtbot, table, first)
    window.action_delete.trigger()
    assert first in table_ids(table)
    assert window.tracker.count_partners() == 7


def test_partner_delete_and_restore_from_deleted_filter(qtbot, demo_window, confirm):
    window = demo_window
    window.show_page(PARTNERS)
    table = window.partners.table
    wolong = window.tracker.resolve_partner("Wolong").id
    select_row_of(qtbot, table, wolong)
    window.action_delete.trigger()
    assert wolong not in table_ids(table)
    window.partners.deleted_check.setChecked(True)
    assert table_ids(table) == [wolong]
    select_row_of(qtbot, table, wolong)
    window.action_restore.trigger()
    window.partners.deleted_check.setChecked(False)
    assert wolong in table_ids(table)


def test_settings_persist_across_restart(qtbot, seeded_db, make_window):
    window = make_window(seeded_db)
    window.show_page(FOLLOWUPS)
    window.resize(790, 700)  # the offscreen screen is 800x800: restoreGeometry keeps windows on it
    header = window.followups.table.horizontalHeader()
    header.resizeSection(1, 234)
    window.followups.splitter.setSizes([700, 300])
    sizes = window.followups.splitter.sizes()
    click_header(qtbot, window.followups.table, window.followups.model.column_of("partner"))
    size = (window.width(), window.height())
    assert size == (790, 700)
    window.close()
    # The tracker closes after the backup at close, in the background (issue 17).
    qtbot.waitUntil(lambda: window.tracker.db.lock is None, timeout=20000)
    assert window.tracker.db.lock is None  # closed: the next window may open the file

    again = make_window(seeded_db)
    assert (again.width(), again.height()) == size
    assert again.current_page() == FOLLOWUPS
    assert again.followups.table.horizontalHeader().sectionSize(1) == 234
    assert again.followups.splitter.sizes() == sizes
    assert again.followups.model.sort_key == "partner"
    again.close()


def test_officer_is_asked_at_first_start(qtbot, db_path, monkeypatch):
    asked = []

    def ask(cls, parent, on_name):
        asked.append(parent)
        on_name("Trần Văn An")

    monkeypatch.setattr(OfficerDialog, "ask", classmethod(ask))
    window = create_window(db_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert Settings().officer() == "Trần Văn An"
    assert window.tracker.officer == "Trần Văn An"
    window.close()
    asked.clear()
    second = create_window(db_path, officer=OFFICER)  # given: never asked
    qtbot.addWidget(second)
    qtbot.wait(50)
    assert asked == []
    second.close()


def test_tables_show_plain_text_never_html(qtbot, window):
    tracker = window.tracker
    partner = tracker.create_partner(name="<i>Đối tác</i>", kind="enterprise")
    title = "<b>price</b> < 5% & delivery > 2025"
    tracker.create_followup(title=title, direction="ours", partner_id=partner.id)
    window.refresh_all()
    window.show_page(FOLLOWUPS)
    model = window.followups.model
    index = model.index(0, model.column_of("title"))
    assert index.data() == title
    tooltip = model.tooltip(index)  # shown on hover: test_table_paint.py
    assert "&lt;b&gt;price&lt;/b&gt; &lt; 5% &amp; delivery" in tooltip
    assert model.index(0, model.column_of("partner")).data() == "<i>Đối tác</i>"
    assert window.followups.table.itemDelegate() is not None
    assert isinstance(window.followups.table, QAbstractItemView)


def test_ctrl_f_focuses_search_and_enter_opens(qtbot, demo_window):
    window = demo_window
    window.show_page(TODAY)
    window.activateWindow()
    window.action_find.trigger()
    assert window.current_page() == FOLLOWUPS
    assert window.followups.search_edit.hasFocus() or window.focusWidget() is window.followups.search_edit
    table = window.followups.table
    target = table_ids(table)[0]
    select_row_of(qtbot, table, target)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    form = window.current_dialog
    assert isinstance(form, FollowUpForm) and form.followup_id == target
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_due_period_filter_shows_the_follow_ups_due_in_each_period(qtbot, demo_window):
    """Every choice of the due-period filter works ("Due this month" raised ValueError) and shows
    exactly the follow-ups due inside the period, its first and last days included."""
    import calendar
    import datetime as dt

    window = demo_window
    window.show_page(FOLLOWUPS)
    tracker = window.tracker
    today = dt.date.today()
    month_end = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    quarter = (today.month - 1) // 3
    quarter_start = dt.date(today.year, quarter * 3 + 1, 1)
    quarter_end = dt.date(today.year, quarter * 3 + 3, calendar.monthrange(today.year, quarter * 3 + 3)[1])
    made = {}
    for day in {
        today.replace(day=1),
        month_end,
        month_end + dt.timedelta(days=1),
        today,
        today - dt.timedelta(days=1),
        quarter_start,
        quarter_end,
        quarter_start - dt.timedelta(days=1),
        quarter_end + dt.timedelta(days=1),
        today + dt.timedelta(days=30),
        today + dt.timedelta(days=31),
    }:
        made[day] = tracker.create_followup(title=f"Hạn {day:%d/%m/%Y}", direction="ours", partner_id=1, due=day.strftime("%d/%m/%Y")).id
    window.refresh_all()
    periods = {
        "month": (today.replace(day=1), month_end),
        "quarter": (quarter_start, quarter_end),
        "year": (dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)),
        "next30": (today, today + dt.timedelta(days=30)),
        "past": (dt.date.min, today - dt.timedelta(days=1)),
    }
    combo = window.followups.due_filter
    for choice, (first, last) in periods.items():
        combo.setCurrentIndex(combo.findData(choice))
        filtered(qtbot, window.followups)
        shown = set(table_ids(window.followups.table))
        assert {fid for day, fid in made.items() if first <= day <= last} <= shown, choice
        assert not {fid for day, fid in made.items() if not first <= day <= last} & shown, choice
        for row in tracker.query_followups(window.followups.current_query()):
            assert row.due_date is not None and first <= row.due_date <= last, choice
