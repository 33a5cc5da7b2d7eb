"""The window's backup, restore and check actions, and the start-up safety net, with pytest-qt.

Every dialog is replaced through its classmethod, so nothing here waits for a click; the real
dialogs are built (not executed) to check what they show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hptracker.core import backup as core_backup
from hptracker.core.tracker import Tracker
from hptracker.ui import backup_ui, startup
from hptracker.ui.backup_ui import BackupDialogs, RestoreDialog


def finish(qtbot, task):
    """Wait for a background task to report on the GUI thread; return its result."""
    assert task is not None
    qtbot.waitUntil(lambda: task.is_done, timeout=30000)
    return task.result


def test_backup_now(qtbot, demo_tracker, db_path, said):
    task = backup_ui.backup_now(None, demo_tracker)
    assert said == []  # the backup runs in the background: nothing is said before it is done
    info = finish(qtbot, task)
    assert info is not None and info.path.exists()
    assert said == [("info", said[0][1])] and str(info.path) in said[0][1]
    assert QApplication.overrideCursor() is None


def test_restore_dialog_lists_backups_with_date_size_and_counts(qtbot, demo_tracker, db_path):
    first = core_backup.backup_database(db_path, now=dt.datetime(2024, 5, 13, 9, 30))
    demo_tracker.create_partner(name="Đối tác mới", kind="other")
    core_backup.backup_database(db_path, kind="before-restore", now=dt.datetime(2024, 5, 14, 8, 0))
    dialog = RestoreDialog(core_backup.list_backups(db_path))
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    qtbot.waitUntil(lambda: dialog.counting == 0, timeout=30000)  # the counts come from a pool thread
    assert table.item(0, 0).text() == "14/05/2024 08:00" and table.item(1, 0).text() == "13/05/2024 09:30"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    partners_col = headers.index("Partners")
    assert table.item(0, partners_col).text() == "8" and table.item(1, partners_col).text() == "7"
    assert table.item(1, 2).text().endswith("KB")
    assert dialog.selected().taken_at == dt.datetime(2024, 5, 14, 8, 0)
    table.selectRow(1)
    assert dialog.selected().path == first.path


def test_restore_dialog_restores_and_the_tracker_reopens(qtbot, demo_tracker, db_path, said, monkeypatch):
    backup = demo_tracker.backup()
    extra = demo_tracker.create_partner(name="Chỉ có sau sao lưu", kind="other")
    monkeypatch.setattr(RestoreDialog, "choose", classmethod(lambda cls, parent, backups: backups[-1]))
    asked = []
    monkeypatch.setattr(BackupDialogs, "confirm_restore", classmethod(lambda cls, parent, info: asked.append(info) or True))
    task = backup_ui.restore_dialog(None, demo_tracker)
    assert task is not None and said == []  # restored in the background: nothing said before it is done
    assert finish(qtbot, task) is not None
    assert asked[0].path == backup.path
    assert extra.id not in {p.id for p in demo_tracker.list_partners()}
    assert said[-1][0] == "info" and "-before-restore.db" in said[-1][1]
    demo_tracker.create_partner(name="Vẫn làm việc được", kind="other")  # the reopened tracker writes


def test_restore_dialog_cancelled_changes_nothing(qtbot, demo_tracker, db_path, said, monkeypatch):
    demo_tracker.backup()
    demo_tracker.create_partner(name="Giữ nguyên", kind="other")
    monkeypatch.setattr(RestoreDialog, "choose", classmethod(lambda cls, parent, backups: backups[0]))
    monkeypatch.setattr(BackupDialogs, "confirm_restore", classmethod(lambda cls, parent, info: False))
    assert backup_ui.restore_dialog(None, demo_tracker) is None
    assert "Giữ nguyên" in {p.name for p in demo_tracker.list_partners()}
    assert not [b for b in core_backup.list_backups(db_path) if b.kind == "before-restore"]


def test_restore_dialog_without_backups(qtbot, demo_tracker, said):
    assert backup_ui.restore_dialog(None, demo_tracker) is None
    assert said and said[0][0] == "info"


def test_check_database_good_and_broken(qtbot, demo_tracker, db_path, said):
    assert finish(qtbot, backup_ui.check_database(None, demo_tracker)).ok is True
    assert said[-1][0] == "info" and "No problems found" in said[-1][1]
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute("UPDATE followups SET partner_id = 777 WHERE id = 2")
    raw.close()
    assert finish(qtbot, backup_ui.check_database(None, demo_tracker)).ok is False
    assert said[-1][0] == "warning" and "no longer exist" in said[-1][1]


def test_real_confirmation_box_does_not_block(qtbot, demo_tracker, db_path):
    info = core_backup.backup_database(db_path, now=dt.datetime(2024, 5, 13, 9, 30))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "13/05/2024 09:30" in box.text()
        next(b for b in box.buttons() if b.text() == "Restore").click()

    QTimer.singleShot(0, answer)
    assert BackupDialogs.confirm_restore(None, info) is True


# ---- start-up: damaged database, folder warning, automatic backups ------------------------------


@pytest.fixture
def start_said(monkeypatch):
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(startup.StartupDialogs, "show_error", classmethod(lambda cls, parent, text: messages.append(("error", text))))
    monkeypatch.setattr(startup.StartupDialogs, "show_warning", classmethod(lambda cls, parent, text: messages.append(("warning", text))))
    return messages


def _damage(db) -> str:
    data = bytearray(db.read_bytes())
    rng = random.Random(1)
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 300] = rng.randbytes(300)
    db.write_bytes(bytes(data))
    return hashlib.sha256(db.read_bytes()).hexdigest()


def _seeded(db_path):
    tracker = Tracker.open(db_path)
    tracker.create_partner(name="Huyện Thượng Ngu", name_native="上虞区", kind="government")
    backup = tracker.backup()
    tracker.close()
    return backup


def test_damaged_database_at_start_offers_the_newest_backup(qtbot, db_path, start_said, monkeypatch):
    from hptracker.ui.tasks import runner

    backup = _seeded(db_path)
    _damage(db_path)
    offered = []
    monkeypatch.setattr(
        startup.StartupDialogs, "offer_restore", classmethod(lambda cls, parent, message, info: offered.append((message, info)) or True)
    )
    tracker = startup.open_tracker(str(db_path), "Nguyễn Thị Hoa")
    assert tracker is not None
    try:
        qtbot.waitUntil(lambda: not runner().active(), timeout=30000)
        assert offered[0][1].path == backup.path and "damaged" in offered[0][0]
        assert [p.name_native for p in tracker.list_partners()] == ["上虞区"]
        assert [b for b in core_backup.list_backups(db_path) if b.kind == "damaged"]
    finally:
        tracker.close()


def test_damaged_database_declined_stays_untouched(qtbot, db_path, start_said, monkeypatch):
    _seeded(db_path)
    digest = _damage(db_path)
    monkeypatch.setattr(startup.StartupDialogs, "offer_restore", classmethod(lambda cls, parent, message, info: False))
    assert startup.open_tracker(str(db_path), None) is None
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert not os.path.exists(str(db_path) + "-wal")


def test_damaged_database_without_backup_is_explained(qtbot, db_path, start_said):
    Tracker.open(db_path).close()
    db_path.write_bytes(db_path.read_bytes()[:5000])
    assert startup.open_tracker(str(db_path), None) is None
    assert start_said[-1][0] == "error" and "No good backup" in start_said[-1][1]


@pytest.mark.parametrize("url", ["postgresql+pg8000://officer:s3cret@localhost/hptracker", "nosuchdb://x/y", "://x"])
def test_a_url_whose_driver_is_missing_or_unknown_is_told_in_one_sentence(qtbot, start_said, url):
    assert startup.open_tracker(url, None) is None
    ((kind, text),) = start_said
    assert kind == "error" and "\n" not in text and "s3cret" not in text


def test_real_offer_box_names_the_backup_date(qtbot, db_path):
    info = core_backup.BackupInfo(db_path, dt.datetime(2024, 5, 13, 17, 5))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        labels = [b.text() for b in box.buttons()]
        assert "Restore newest backup (13/05/2024 17:05)" in labels
        next(b for b in box.buttons() if b.text() == "Close").click()

    QTimer.singleShot(0, answer)
    assert startup.StartupDialogs.offer_restore(None, "Hỏng.", info) is False


def _copied_while_open(db_path):
    """What a crash followed by a lost -wal leaves, made without a process to kill (the core tests in
    tests/core/test_after_crash.py kill real writers): the database copied with its lock file, but
    not its -wal, while hptracker had it open and had written. One partner is in the backup, a
    second was saved after it; the third, still in the -wal, is not in the copy."""
    import shutil

    live = db_path.parent / "live" / db_path.name
    live.parent.mkdir()
    tracker = Tracker.open(live)
    tracker.create_partner(name="Huyện Thượng Ngu", name_native="上虞区", kind="government")
    tracker.backup()
    tracker.create_partner(name="Thành phố Nam Ninh", name_native="南宁市", kind="government")
    tracker.close()
    tracker = Tracker.open(live)
    try:
        tracker.create_partner(name="Tỉnh Chiết Giang", name_native="浙江省", kind="government")
        for suffix in ("", ".lock"):
            shutil.copy2(str(live) + suffix, str(db_path) + suffix)  # times kept, as Explorer does
    finally:
        tracker.close()
    shutil.copytree(core_backup.backup_folder(live), core_backup.backup_folder(db_path))
    return core_backup.list_backups(db_path)[0]


def test_lost_changes_at_start_offer_a_comparison_and_never_restore_unasked(qtbot, db_path, start_said, monkeypatch):
    from hptracker.ui.tasks import runner

    backup = _copied_while_open(db_path)
    offered = []
    monkeypatch.setattr(
        startup.StartupDialogs,
        "offer_comparison",
        classmethod(lambda cls, parent, message, current, info, kept: offered.append((message, current, info, kept)) or False),
    )
    tracker = startup.open_tracker(str(db_path), "Nguyễn Thị Hoa")
    assert tracker is not None
    try:
        qtbot.waitUntil(lambda: not runner().active(), timeout=30000)
        ((message, current, info, kept),) = offered
        assert "may be lost" in message and info.path == backup.path
        assert current["partners"] == 2 and kept["partners"] == 1  # what a restore would lose, shown
        assert {p.name for p in tracker.list_partners()} == {"Huyện Thượng Ngu", "Thành phố Nam Ninh"}
        assert not [b for b in core_backup.list_backups(db_path) if b.kind == "before-restore"]
        assert start_said == []
    finally:
        tracker.close()


def test_lost_changes_at_start_restore_only_when_chosen_and_keeps_the_current(qtbot, db_path, start_said, monkeypatch):
    from hptracker.ui.tasks import runner

    _copied_while_open(db_path)
    monkeypatch.setattr(startup.StartupDialogs, "offer_comparison", classmethod(lambda cls, parent, message, current, info, kept: True))
    tracker = startup.open_tracker(str(db_path), "Nguyễn Thị Hoa")
    assert tracker is not None
    try:
        qtbot.waitUntil(lambda: not runner().active(), timeout=30000)
        assert [p.name for p in tracker.list_partners()] == ["Huyện Thượng Ngu"]
        kept = [b for b in core_backup.list_backups(db_path) if b.kind == "before-restore"]
        assert len(kept) == 1 and kept[0].counts()["partners"] == 2
    finally:
        tracker.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")
def test_crash_whose_wal_was_folded_in_opens_without_a_question(qtbot, db_path, start_said, monkeypatch):
    """A writer killed as it closed, after SQLite folded its -wal in: nothing is lost, nothing is asked."""
    import subprocess
    import sys
    from pathlib import Path

    from hptracker.ui.tasks import runner

    _seeded(db_path)
    child = Path(__file__).parents[1] / "core" / "test_crash_writer.py"
    done = subprocess.run([sys.executable, str(child), str(db_path), "close-then-die"], capture_output=True, text=True, timeout=60)
    assert done.returncode == -9 and done.stdout.strip().endswith("closed")
    assert not os.path.exists(str(db_path) + "-wal")
    monkeypatch.setattr(
        startup.StartupDialogs, "offer_comparison", classmethod(lambda cls, *args: pytest.fail("asked about a database that lost nothing"))
    )
    opened = startup.open_tracker(str(db_path), None)
    assert opened is not None
    try:
        qtbot.waitUntil(lambda: not runner().active(), timeout=30000)
        assert len(opened.list_partners()) == 11 and start_said == []
    finally:
        opened.close()


def test_real_comparison_box_shows_both_counts_and_keeps_by_default(qtbot, db_path):
    info = core_backup.BackupInfo(db_path, dt.datetime(2024, 5, 13, 17, 5))
    current = {"partners": 7, "meetings": 2, "agreements": 2, "followups": 9}
    kept = {"partners": 7, "meetings": 2, "agreements": 1, "followups": 6}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        shown = box.text() + "\n" + box.informativeText()
        assert "Thiếu." in shown
        assert "9 follow-ups" in shown and "6 follow-ups" in shown and "13/05/2024 17:05" in shown
        labels = [b.text() for b in box.buttons()]
        assert labels == ["Keep this database", "Restore the backup of 13/05/2024 17:05…"]
        assert box.defaultButton().text() == "Keep this database"
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    assert startup.StartupDialogs.offer_comparison(None, "Thiếu.", current, info, kept) is False


def test_risky_folder_warned_once_and_backups_at_start_and_close(qtbot, tmp_path, start_said):
    from hptracker.ui.tasks import runner

    db = tmp_path / "Dropbox" / "hptracker.db"
    tracker = startup.open_tracker(str(db), "Nguyễn Thị Hoa")
    assert tracker is not None
    try:
        assert [kind for kind, _ in start_said] == ["warning"] and "Dropbox" in start_said[0][1]
        assert runner().wait(30000)
        assert core_backup.list_backups(db) == []  # nothing to back up in a new empty database
        tracker.create_partner(name="Tỉnh Chiết Giang", kind="government")
        finish(qtbot, startup.on_window_closed(tracker))
        assert len(core_backup.list_backups(db)) == 1
        finish(qtbot, startup.on_window_closed(tracker))  # unchanged since: no second backup
        assert len(core_backup.list_backups(db)) == 1
    finally:
        tracker.close()


def test_start_backup_runs_in_the_background_when_the_data_changed(qtbot, db_path, start_said):
    from hptracker.ui.tasks import runner

    tracker = Tracker.open(db_path)
    tracker.create_partner(name="Tỉnh Chiết Giang", name_native="浙江省", kind="government")
    tracker.close()
    opened = startup.open_tracker(str(db_path), None)
    assert opened is not None
    try:
        qtbot.waitUntil(lambda: len(core_backup.list_backups(db_path)) == 1 and not runner().active(), timeout=30000)
        assert start_said == []
        opened.create_partner(name="Sau khi mở", kind="other")  # the window keeps working meanwhile
    finally:
        opened.close()


def test_busy_indicator_shows_while_work_runs_and_goes_when_done(qtbot):
    """busy_task(): after 400 ms a window-modal indicator says what is happening; the window keeps
    processing events meanwhile, and the indicator goes when the work reports."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow, QProgressDialog

    from hptracker.ui.tasks import busy_task

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    task = busy_task(window, "Reading list.xlsx…", lambda: release.wait(10) and "read")
    busy = window.findChild(QProgressDialog, "busyIndicator")
    assert busy is not None and not busy.isVisible()  # nothing flashes for quick work
    qtbot.waitUntil(busy.isVisible, timeout=3000)
    assert busy.labelText() == "Reading list.xlsx…"
    assert busy.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(task.succeeded, timeout=5000) as result:
        release.set()
    assert result.args == ["read"]
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "busyIndicator") is None)


@pytest.mark.parametrize("outcome", ["succeeded", "failed"])
def test_busy_indicator_is_gone_before_the_result_is_shown(qtbot, outcome):
    """What follows the work (the import preview, a result or error message) is a modal dialog
    with its own event loop: the indicator must be closed before it opens, and must not pop up
    over it 400 ms later."""
    import time

    from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog

    from hptracker.ui.tasks import busy_task

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()

    def work():
        if outcome == "failed":
            raise ValueError("broken file")
        return "read"

    seen: list[bool] = []

    def review(_result) -> None:  # stands in for dialog.exec(): events keep flowing for a second
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            QApplication.processEvents()
            busy = window.findChild(QProgressDialog, "busyIndicator")
            seen.append(busy is not None and busy.isVisible())
            time.sleep(0.01)

    task = busy_task(window, "Reading list.xlsx…", work)
    getattr(task, outcome).connect(review)
    qtbot.waitUntil(lambda: len(seen) > 50, timeout=5000)
    assert not any(seen)


def test_a_failed_task_is_told_in_one_sentence():
    """Our own errors are shown as they are; a bug gets a sentence saying it was unexpected
    rather than a bare exception text such as "division by zero"."""
    from hptracker.core.errors import HPTrackerError
    from hptracker.ui.tasks import error_text

    assert error_text(HPTrackerError("The file is open in Excel.")) == "The file is open in Excel."
    assert error_text(ZeroDivisionError("division by zero")) == ("The work stopped because of an unexpected error: division by zero")
