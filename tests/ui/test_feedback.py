"""Issue 16 item 5, "Feedback that shows": "Saved", "Progress recorded", "Exported to …" and backup
results appear where the officer sees them — a short notice over the window that fades, read
by screen readers — and after an export the notice offers to open the file or its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import send_text, wait_active
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPushButton

from hptracker.core.tracker import FollowUpQuery
from hptracker.ui import backup_ui
from hptracker.ui.export_ui import ExportDialogs, running_exports
from hptracker.ui.main_window import FOLLOWUPS
from hptracker.ui.notice import Notice


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(Notice, "open_url", classmethod(lambda cls, url: urls.append(url) or True))
    return urls


def shown(window) -> Notice:
    notice = window.findChild(Notice, "notice")
    assert notice is not None and notice.isVisible()
    # Over the window, inside it, above the status bar: where the eye goes after Save.
    inside = window.rect().contains(notice.geometry())
    assert inside and notice.geometry().bottom() <= window.statusBar().geometry().top()
    assert notice.accessibleName() and notice.accessibleDescription() == notice.text()
    return notice


def test_saved_shows_and_then_fades(qtbot, demo_window, monkeypatch):
    monkeypatch.setattr(Notice, "TIMEOUT_MS", 300)
    window = demo_window
    form = window.new_partner()
    wait_active(qtbot, form)
    send_text(form.name_edit, "Thành phố Ninh Ba")
    assert form.save()
    notice = shown(window)
    assert notice.text() == "Saved."
    assert not window.counts_label.isVisible()  # the counts step aside for the message…
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.counts_label.isVisible(), timeout=5000)  # …and come back


def test_progress_recorded_shows(qtbot, demo_window, type_text):
    window = demo_window
    window.show_page(FOLLOWUPS)
    window.followups.table.selectRow(0)
    type_text(window.followups.detail.note_edit, "Đã gửi công văn")
    assert window.followups.detail.record()
    assert shown(window).text() == "Progress recorded."


def test_after_an_export_the_notice_opens_the_file_or_its_folder(qtbot, demo_window, monkeypatch, tmp_path, opened):
    target = tmp_path / "tuần 47.xlsx"
    monkeypatch.setattr(ExportDialogs, "ask_path", classmethod(lambda cls, parent, suggested: str(target)))
    window = demo_window
    window.show_page(FOLLOWUPS)
    window.action_export.trigger()
    qtbot.waitUntil(lambda: target.exists() and not running_exports(), timeout=30000)
    notice = shown(window)
    assert str(target) in notice.text() and "exported" in notice.text()
    buttons = {b.text().replace("&", ""): b for b in notice.findChildren(QPushButton) if b.isVisible()}
    assert {"Open file", "Open folder"} <= set(buttons)
    buttons["Open file"].click()
    buttons["Open folder"].click()
    assert [Path(url.toLocalFile()) for url in opened] == [target, target.parent]


def test_a_backup_says_where_it_went_without_stopping_the_officer(qtbot, demo_window, opened):
    window = demo_window
    task = backup_ui.backup_now(window, window.tracker)
    qtbot.waitUntil(lambda: task.is_done, timeout=30000)
    notice = shown(window)
    assert "Backup saved and checked" in notice.text() and str(task.result.path) in notice.text()
    folder = next(b for b in notice.findChildren(QPushButton) if b.isVisible() and "folder" in b.text())
    folder.click()
    assert Path(opened[0].toLocalFile()) == task.result.path.parent


def test_deleting_says_so(qtbot, demo_window, confirm):
    window = demo_window
    window.show_page(FOLLOWUPS)
    window.followups.table.select_id(window.tracker.query_followups(FollowUpQuery())[0].id)
    assert window.delete_selected()
    assert shown(window).text() == "Deleted 1."
