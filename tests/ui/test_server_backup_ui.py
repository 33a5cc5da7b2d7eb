"""The window's "Back up now" on a server database (issue 15 item 6): a verified snapshot file in
this computer's data folder; restore and check point to what works for a server."""

from __future__ import annotations

from hptracker.core import backup as core_backup
from hptracker.core import server_backup
from hptracker.core.tracker import Tracker
from hptracker.ui import backup_ui


def test_back_up_now_on_a_server_writes_a_checked_snapshot(qtbot, pg_server, databases, said):
    target = databases.new("postgresql", "demo")
    tracker = Tracker.open(target, officer="Nguyễn Thị Hoa")
    try:
        task = backup_ui.backup_now(None, tracker)
        qtbot.waitUntil(lambda: task.is_done, timeout=30000)
        info = task.result
        assert info is not None and info.path.parent == server_backup.server_backup_folder(target)
        assert core_backup.verify_backup(info.path) == []
        assert info.counts()["followups"] == tracker.counts()["followups"]
        assert said == [("info", said[0][1])] and str(info.path) in said[0][1]
        assert backup_ui.restore_dialog(None, tracker) is None
        assert "hptracker restore" in said[-1][1]
    finally:
        tracker.close()
        databases.drop(target)
