"""The import preview dialog driven with pytest-qt; no modal dialog is ever exec()'d."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTableView

from hptracker.core.tracker import FollowUpQuery
from hptracker.ui import import_ui
from hptracker.ui.import_ui import ImportDialogs, ImportPreviewDialog, import_workbook


def workbook(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-ups"
    ws.append(["Follow-up status report"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def existing(tracker, partner):
    return tracker.create_followup(title="Chia sẻ kinh nghiệm khu thương mại tự do", direction="ours", partner_id=partner.id, due="2024")


@pytest.fixture
def book(tmp_path, existing):
    return workbook(
        tmp_path / "reply.xlsx",
        [
            ["ID", "Title", "Partner", "Status", "Due"],
            [existing.id, existing.title, "Shangyu", "In progress", "Q3/2024"],
            [None, "Mở đường bay thẳng", "Thuong Ngu", "Not started", "2025"],
            [None, "Kết nghĩa quận", "Thành phố Ninh Ba", "Not started", None],
        ],
    )


def make_dialog(qtbot, tracker, path: Path) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(None, tracker, path, import_ui.preview_import(tracker, path))
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_updates_creates_problems_and_reruns_with_new_partners(qtbot, tracker, book, existing):
    before = tracker.counts()
    dialog = make_dialog(qtbot, tracker, book)
    apply_button = dialog.findChild(QPushButton, "importApplyButton")
    problems = dialog.findChild(QTableView, "importProblemsTable")
    assert cells(problems) == [
        ["Follow-ups", "5", "C (Partner)", "no partner is named “Thành phố Ninh Ba”; add it first, or allow creating unknown partners."]
    ]
    assert not apply_button.isEnabled()
    assert dialog.tabs.currentWidget() is problems
    assert cells(dialog.findChild(QTableView, "importUpdateTable")) == [
        ["3", str(existing.id), existing.title, "Due", "2024", "Q3/2024"],
        ["3", str(existing.id), existing.title, "Status", "Not started", "In progress"],
    ]
    assert cells(dialog.findChild(QTableView, "importCreateTable")) == [
        ["4", "Mở đường bay thẳng", "Huyện Thượng Ngu", "Not started", "2025", ""]
    ]
    summary = dialog.findChild(QLabel, "importSummary").text()
    assert "1 to create, 1 to update, 0 unchanged, 1 problems." in summary

    # Accepting by any route (Enter, a script) is refused while Apply is disabled.
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted

    dialog.findChild(QCheckBox, "importCreatePartners").setChecked(True)  # re-reads the workbook
    assert dialog.reading is not None and not apply_button.isEnabled()
    dialog.accept()  # nothing is accepted while the workbook is being read again
    assert dialog.result() != dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: dialog.reading is None)
    assert problems.model().rowCount() == 0
    assert apply_button.isEnabled()
    assert [row[1] for row in cells(dialog.findChild(QTableView, "importCreateTable"))] == ["Mở đường bay thẳng", "Kết nghĩa quận"]
    assert "New partners: Thành phố Ninh Ba" in dialog.findChild(QLabel, "importSummary").text()
    qtbot.mouseClick(apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert tracker.counts() == before  # the dialog itself never writes


def run_import(qtbot, parent, tracker, **kwargs):
    """import_workbook() and wait until its reading and writing tasks have reported."""
    from hptracker.ui.tasks import runner

    task = import_workbook(parent, tracker, **kwargs)
    if task is not None:
        qtbot.waitUntil(lambda: task.is_done if shiboken6.isValid(task) else True, timeout=20000)
        qtbot.waitUntil(lambda: not runner().active(), timeout=20000)
    return task


def test_import_workbook_applies_after_review(qtbot, tracker, book, existing, monkeypatch):
    shown: list[str] = []
    reviewed: list[ImportPreviewDialog] = []
    imported = []
    threads: list[bool] = []

    def review(dialog):  # the dialog is the code's to delete (deleteLater), not qtbot's
        reviewed.append(dialog)
        dialog.findChild(QCheckBox, "importCreatePartners").setChecked(True)
        qtbot.waitUntil(lambda: dialog.reading is None)
        return dialog.apply_button.isEnabled()

    def on_thread(func):
        def wrapper(*args, **kwargs):
            threads.append(threading.current_thread() is threading.main_thread())
            return func(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(import_ui, "preview_import", on_thread(import_ui.preview_import))
    monkeypatch.setattr(import_ui, "apply_import", on_thread(import_ui.apply_import))
    monkeypatch.setattr(ImportDialogs, "choose_file", classmethod(lambda cls, parent: str(book)))
    monkeypatch.setattr(ImportDialogs, "review", classmethod(lambda cls, dialog: review(dialog)))
    monkeypatch.setattr(ImportDialogs, "info", classmethod(lambda cls, parent, text: shown.append(text)))
    monkeypatch.setattr(ImportDialogs, "show_error", classmethod(lambda cls, parent, text: shown.append("ERROR " + text)))
    before = tracker.counts()
    task = run_import(qtbot, None, tracker, on_imported=imported.append)
    assert task is not None
    assert len(reviewed) == 1
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == ["Imported from reply.xlsx: 2 follow-ups created, 1 updated, 1 progress entries, 1 new partners."]
    assert [(r.created, r.updated, r.progress_entries, r.partners_created) for r in imported] == [(2, 1, 1, 1)]
    assert threads == [False, False, False]  # read, read again, apply: none on the GUI thread
    after = tracker.counts()
    assert after["followups"] == before["followups"] + 2
    assert after["partners"] == before["partners"] + 1
    assert tracker.followup_row(existing.id).status == "in_progress"
    assert {r.title for r in tracker.query_followups(FollowUpQuery())} >= {"Mở đường bay thẳng", "Kết nghĩa quận"}


def test_import_workbook_cancelled_or_broken_changes_nothing(qtbot, tracker, book, tmp_path, monkeypatch):
    shown: list[str] = []
    imported = []
    monkeypatch.setattr(ImportDialogs, "show_error", classmethod(lambda cls, parent, text: shown.append(text)))
    monkeypatch.setattr(ImportDialogs, "info", classmethod(lambda cls, parent, text: shown.append(text)))
    before = tracker.counts()

    monkeypatch.setattr(ImportDialogs, "choose_file", classmethod(lambda cls, parent: None))
    assert run_import(qtbot, None, tracker, on_imported=imported.append) is None

    reviewed = []
    monkeypatch.setattr(ImportDialogs, "choose_file", classmethod(lambda cls, parent: str(book)))
    monkeypatch.setattr(ImportDialogs, "review", classmethod(lambda cls, dialog: (reviewed.append(dialog), False)[1]))
    run_import(qtbot, None, tracker, on_imported=imported.append)
    assert len(reviewed) == 1

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(600))
    monkeypatch.setattr(ImportDialogs, "choose_file", classmethod(lambda cls, parent: str(broken)))
    run_import(qtbot, None, tracker, on_imported=imported.append)
    qtbot.waitUntil(lambda: bool(shown))
    assert len(shown) == 1 and "password-protected" in shown[0]
    assert imported == []
    assert tracker.counts() == before


def test_import_from_the_window_menu_refreshes_the_follow_ups(qtbot, demo_window, tmp_path, monkeypatch):
    """Records › Import from Excel… end to end: the window stays usable while the workbook is read
    and written, and the follow-ups page shows the new rows once the import is done."""
    from hptracker.ui.main_window import FOLLOWUPS
    from hptracker.ui.tasks import runner

    window = demo_window
    window.show_page(FOLLOWUPS)
    path = workbook(tmp_path / "list.xlsx", [["Title", "Partner", "Status"], ["Trao đổi đoàn học sinh hè 2026", "Shangyu", "In progress"]])
    shown: list[str] = []
    monkeypatch.setattr(ImportDialogs, "choose_file", classmethod(lambda cls, parent: str(path)))
    monkeypatch.setattr(ImportDialogs, "review", classmethod(lambda cls, dialog: dialog.apply_button.isEnabled()))
    monkeypatch.setattr(ImportDialogs, "info", classmethod(lambda cls, parent, text: shown.append(text)))
    monkeypatch.setattr(ImportDialogs, "show_error", classmethod(lambda cls, parent, text: shown.append("ERROR " + text)))
    rows_before = window.followups.model.rowCount()
    window.action_import.trigger()
    qtbot.waitUntil(lambda: bool(shown) and not runner().active(), timeout=20000)
    assert shown == ["Imported from list.xlsx: 1 follow-ups created, 0 updated, 1 progress entries, 0 new partners."]
    new = window.tracker.query_followups(FollowUpQuery(text="hoc sinh he 2026"))
    assert len(new) == 1 and new[0].status == "in_progress"
    qtbot.waitUntil(lambda: window.followups.model.rowCount() == rows_before + 1)
    model = window.followups.model
    titles = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "Trao đổi đoàn học sinh hè 2026" in titles


def test_problems_past_the_limit_are_counted_and_the_tables_read_the_preview(qtbot, qtmodeltester, tracker, partner, tmp_path, monkeypatch):
    """Issue 13 item 6: the dialog counts every problem and lists the first ones with a line saying
    how many are left; its tables make their rows from the preview when shown, not as lists."""
    from hptracker.core.import_xlsx import limits

    monkeypatch.setattr(limits, "MAX_PROBLEMS", 3)
    first = tracker.create_followup(title="Một", direction="ours", partner_id=partner.id, due="2024")
    second = tracker.create_followup(title="Hai", direction="ours", partner_id=partner.id)
    path = workbook(
        tmp_path / "many.xlsx",
        [
            ["ID", "Title", "Partner", "Status", "Due"],
            [first.id, "Một (sửa)", "Shangyu", "Done", "2025"],
            [second.id, "Hai", "Shangyu", "On hold", "Q1/2026"],
        ]
        + [[None, f"r{i}", "Atlantis", None, None] for i in range(5)],
    )
    dialog = make_dialog(qtbot, tracker, path)
    problems = dialog.findChild(QTableView, "importProblemsTable")
    assert [row[1] for row in cells(problems)] == ["5", "6", "7", ""]
    assert cells(problems)[3][3] == "2 more problems are not listed; fix the ones above first."
    assert "5 problems." in dialog.findChild(QLabel, "importSummary").text()
    assert dialog.tabs.tabText(0) == "Problems (5)"
    updates = dialog.findChild(QTableView, "importUpdateTable")
    assert cells(updates) == [
        ["3", str(first.id), "Một", "Title", "Một", "Một (sửa)"],
        ["3", str(first.id), "Một", "Due", "2024", "2025"],
        ["3", str(first.id), "Một", "Status", "Not started", "Done"],
        ["4", str(second.id), "Hai", "Due", "", "Q1/2026"],
        ["4", str(second.id), "Hai", "Status", "Not started", "On hold"],
    ]
    assert not isinstance(updates.model().rows, list)
    qtmodeltester.check(updates.model())


def test_preview_columns_fit_their_texts_and_headers_up_to_a_limit(qtbot, tracker, partner, tmp_path):
    long_title = " ".join(["Hợp tác phát triển khu kinh tế"] * 20)
    path = workbook(
        tmp_path / "wide.xlsx",
        [
            ["Title", "Partner", "Status", "Due"],
            ["Mở đường bay thẳng", partner.name, "Not started", "2025"],
            [long_title, partner.name, "Not started", "Q3/2025"],
        ],
    )
    dialog = make_dialog(qtbot, tracker, path)
    table = dialog.findChild(QTableView, "importCreateTable")
    model, metrics = table.model(), table.fontMetrics()
    header = table.horizontalHeader()
    assert [row[1] for row in cells(table)] == ["Mở đường bay thẳng", long_title]
    assert table.columnWidth(1) == import_ui.MAX_COLUMN_WIDTH  # the long title is cut, not the dialog widened
    for column in (0, 2, 3, 4):  # the last column stretches to the table's edge
        width = table.columnWidth(column)
        assert width < import_ui.MAX_COLUMN_WIDTH
        assert width >= header.sectionSizeHint(column)  # the heading whole, with room for the sort arrow
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) < width, text
