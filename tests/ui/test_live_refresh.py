"""Every window stays current (issue 15 item 5, SPEC §9).

On a server, a change saved on another workstation — a real second process writing through the
Tracker — appears in an open window within 5 seconds without any action: the follow-ups table,
the status bar's counts and the Today page, while the officer keeps the row they selected and the
progress note they are typing. On SQLite (one writer process, no listener) F5 shows the truth,
counts included, after a change the window did not make itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from hptracker.core.enums import FollowUpStatus
from hptracker.core.tracker import FollowUpQuery, Tracker
from hptracker.ui.main_window import FOLLOWUPS, TODAY
from hptracker.ui.models.base import ID_ROLE

WRITER = str(Path(__file__).resolve().parents[1] / "live_writer.py")
OTHER_OFFICER = "Trần Văn Nam"
LIVE_TIMEOUT_MS = 5000  # SPEC §9 / issue 15 item 5: within 5 seconds, without any action


def table_ids(table: QTableView) -> list[int]:
    model = table.model()
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def cell(window, followup_id: int, key: str) -> str | None:
    model = window.followups.model
    row = model.row_of_id(followup_id)
    if row < 0:
        return None
    return model.index(row, model.column_of(key)).data()


def press_f5(qtbot, window) -> None:
    """F5 as the officer presses it: a shortcut of the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F5)


class Workstation:
    """hptracker on another computer: a process of its own, committing one change per command."""

    def __init__(self, target: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, WRITER, target, OTHER_OFFICER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
        )
        assert json.loads(self._line()) == {"ready": True}

    def _line(self) -> str:
        line = self.process.stdout.readline()
        assert line, f"the writer process ended (exit {self.process.poll()})"
        return line

    def send(self, **command) -> int:
        """Returns once the other process has committed the change."""
        self.process.stdin.write(json.dumps(command, ensure_ascii=False) + "\n")
        self.process.stdin.flush()
        return json.loads(self._line())["id"]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write('{"op": "quit"}\n')
            self.process.stdin.flush()
            self.process.wait(timeout=30)


@pytest.fixture
def server_demo(pg_server, databases):
    target = databases.new("postgresql", "demo")
    yield target
    databases.drop(target)


def test_a_change_on_another_workstation_appears_in_the_window_within_5_seconds(qtbot, server_demo):
    window = open_window(qtbot, server_demo)
    writer = Workstation(server_demo)
    try:
        assert window.live is not None and window.live.listener.listening.wait(5)
        window.show_page(FOLLOWUPS)
        table = window.followups.table
        partner = window.tracker.resolve_partner("Huyện Thượng Ngu")
        before = window.tracker.status_counts(FollowUpQuery())
        total = window.followups.model.total()
        assert f"Follow-ups shown: {total}" in window.counts_label.text()
        # The officer is looking at one follow-up and typing a progress note on it.
        selected = table_ids(table)[1]
        table.select_id(selected)
        detail = window.followups.detail
        detail.note_edit.setText("Đang soạn công hàm")
        detail.status_combo.setCurrentIndex(detail.status_combo.findData(FollowUpStatus.AWAITING_PARTNER.value))

        # 1. a new follow-up, overdue: the table, the total and the overdue count
        title = "Nghiên cứu mở đường bay thẳng Hàng Châu – Hải Phòng"
        new_id = writer.send(op="create", partner_id=partner.id, title=title, direction="ours", due="31/12/2020")
        qtbot.waitUntil(
            lambda: (
                new_id in table_ids(table)
                and f"Follow-ups shown: {total + 1}" in window.counts_label.text()
                and f"Overdue: {before['overdue'] + 1}" in window.counts_label.text()
            ),
            timeout=LIVE_TIMEOUT_MS,
        )
        assert cell(window, new_id, "title") == title
        # ... while the officer keeps their place and their unsaved note
        assert table.current_id() == selected
        assert detail.followup_id == selected
        assert detail.note_edit.text() == "Đang soạn công hàm"
        assert detail.status_combo.currentData() == FollowUpStatus.AWAITING_PARTNER.value

        # 2. an edit
        writer.send(op="update", id=new_id, title="Đường bay thẳng Chiết Giang – Hải Phòng")
        qtbot.waitUntil(lambda: cell(window, new_id, "title") == "Đường bay thẳng Chiết Giang – Hải Phòng", timeout=LIVE_TIMEOUT_MS)

        # 3. a progress entry
        writer.send(op="progress", id=new_id, status="in_progress", note="Đã gửi công hàm cho Cục Hàng không")
        qtbot.waitUntil(
            lambda: (
                "Đã gửi công hàm cho Cục Hàng không" in (cell(window, new_id, "last_update") or "")
                and cell(window, new_id, "status") == "In progress"
                and f"In progress: {before['in_progress'] + 1}" in window.counts_label.text()
            ),
            timeout=LIVE_TIMEOUT_MS,
        )

        # 4. a delete
        writer.send(op="delete", id=new_id)
        qtbot.waitUntil(
            lambda: new_id not in table_ids(table) and f"Follow-ups shown: {total}" in window.counts_label.text(), timeout=LIVE_TIMEOUT_MS
        )
        assert table.current_id() == selected

        # 5. the Today page, while it is the page shown
        window.show_page(TODAY)
        today = window.today
        overdue_before = today.count_labels["overdue"].text()
        late_id = writer.send(
            op="create", partner_id=partner.id, title="Chọn quận kết nghĩa với Thượng Ngu", direction="ours", due="30/06/2021"
        )
        qtbot.waitUntil(
            lambda: late_id in today.item_ids(today.overdue_list) and today.count_labels["overdue"].text() != overdue_before,
            timeout=LIVE_TIMEOUT_MS,
        )
        assert today.count_labels["overdue"].text() == f"Overdue\n{before['overdue'] + 1}"
        writer.send(op="progress", id=late_id, status="done", note="Đã chọn quận Hồng Bàng")
        qtbot.waitUntil(
            lambda: late_id not in today.item_ids(today.overdue_list) and late_id in today.item_ids(today.progress_list),
            timeout=LIVE_TIMEOUT_MS,
        )
        assert today.count_labels["overdue"].text() == f"Overdue\n{before['overdue']}"
    finally:
        writer.close()
        window.close()


def test_f5_shows_the_counts_after_a_change_the_window_did_not_make(qtbot, demo_db_path):
    """SQLite: no listener, but F5 reloads everything, the status bar's counts included."""
    window = open_window(qtbot, demo_db_path)
    other = Tracker.open(demo_db_path, officer=OTHER_OFFICER)  # e.g. a script in the same process
    try:
        assert window.live is None  # one writer process per file: nothing to listen for
        window.show_page(FOLLOWUPS)
        total = window.followups.model.total()
        overdue = window.tracker.status_counts(FollowUpQuery())["overdue"]
        assert f"Follow-ups shown: {total}" in window.counts_label.text()
        partner = other.resolve_partner("Thành phố Nam Ninh")
        new = other.create_followup(partner_id=partner.id, title="Cơ chế giao ban định kỳ", direction="joint", due="31/01/2021")
        assert window.action_refresh.shortcut().toString() == "F5"
        press_f5(qtbot, window)
        assert new.id in table_ids(window.followups.table)
        assert f"Follow-ups shown: {total + 1}" in window.counts_label.text()
        assert f"Overdue: {overdue + 1}" in window.counts_label.text()
        window.show_page(TODAY)
        qtbot.waitUntil(lambda: window.today.task.is_done, timeout=20000)  # the page reads in the background
        assert window.today.count_labels["overdue"].text() == f"Overdue\n{overdue + 1}"
        assert new.id in window.today.item_ids(window.today.overdue_list)
    finally:
        other.close()
        window.close()


def test_f5_keeps_the_selected_row_and_the_scroll_position(qtbot, db_path, _template_db):
    import shutil

    shutil.copy2(_template_db, db_path)
    seed = Tracker.open(db_path, officer=OTHER_OFFICER)
    partner = seed.create_partner(name="Thành phố Nam Ninh", kind="government", level="city", country="CN")
    for number in range(450):
        seed.create_followup(partner_id=partner.id, title=f"Việc số {number:03d}", direction="ours")
    window = open_window(qtbot, db_path)
    try:
        window.show_page(FOLLOWUPS)
        table = window.followups.table
        model = window.followups.model
        far = None
        while model.canFetchMore():
            model.fetchMore()
        far = model.index(420, 0).data(ID_ROLE)
        assert table.select_id(far)
        table.scrollTo(model.index(420, 0))
        position = table.verticalScrollBar().value()
        assert position > 0
        seed.update_followup(far, title="Việc số 420, đã sửa")
        press_f5(qtbot, window)
        assert table.current_id() == far
        assert table.verticalScrollBar().value() == position
        assert cell(window, far, "title") == "Việc số 420, đã sửa"
    finally:
        seed.close()
        window.close()
