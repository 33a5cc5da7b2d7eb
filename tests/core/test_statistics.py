"""SQLite's planner statistics are kept where SQLite advises, by the writer only (issue 17.4).

``PRAGMA optimize`` as each of the writer's connections closes, statistics refreshed after a bulk
write (an import), never from a command that only reads, and never a reason for a backup.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hptracker import cli
from hptracker.core import backup
from hptracker.core.tracker import FollowUpQuery, Tracker


def statistics(path: Path) -> dict[str, int]:
    """Rows of sqlite_stat1 per table (read-only, so the looking changes nothing)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return {}
        return dict(conn.execute("SELECT tbl, count(*) FROM sqlite_stat1 GROUP BY tbl").fetchall())
    finally:
        conn.close()


def drop_statistics(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
    conn.commit()
    conn.close()


def fill(tracker: Tracker, n: int = 30) -> None:
    partner = tracker.create_partner(name="Huyện Thượng Ngu", name_en="Shangyu District")
    for i in range(n):
        tracker.create_followup(partner_id=partner.id, title=f"Kiến nghị {i}", direction="ours")


def test_closing_the_writer_leaves_statistics_of_the_tables_it_read(tracker, db_path):
    fill(tracker)
    tracker.close()
    drop_statistics(db_path)
    assert statistics(db_path) == {}
    t = Tracker.open(db_path, officer="Nguyễn Thị Hoa")
    assert [r.title for r in t.query_followups(FollowUpQuery(sort="last_update"), 0, 5)]
    t.close()
    assert statistics(db_path).get("followups", 0) > 0


def test_a_bulk_write_refreshes_the_statistics_at_once(tracker, db_path):
    fill(tracker, 3)
    tracker.close()
    drop_statistics(db_path)
    t = Tracker.open(db_path, officer="Nguyễn Thị Hoa")
    try:
        partner_id = t.query_followups(FollowUpQuery(), 0, 1)[0].partner_id
        with t.bulk(note="import: test.xlsx") as work:
            for i in range(50):
                work.create_followup({"partner_id": partner_id, "title": f"Nhập {i}", "direction": "ours"})
        # Before the database is closed: the same session's next views are planned on them.
        assert statistics(db_path).get("followups", 0) > 0
    finally:
        t.close()


def test_a_reader_never_writes_statistics(tracker, db_path, capsys):
    fill(tracker)
    tracker.close()
    drop_statistics(db_path)
    before = db_path.read_bytes()
    for command in (["list", "followups"], ["list", "partners"]):
        assert cli.main(["--db", str(db_path), *command]) == 0
    assert "Kiến nghị" in capsys.readouterr().out
    assert statistics(db_path) == {}
    assert db_path.read_bytes() == before


def test_statistics_appearing_call_for_no_backup(tracker, db_path, tmp_path):
    fill(tracker)
    tracker.close()
    drop_statistics(db_path)
    folder = tmp_path / "backups"
    backup.backup_database(db_path, folder)
    assert not backup.needs_backup(db_path, folder)
    t = Tracker.open(db_path, officer="Nguyễn Thị Hoa")
    t.query_followups(FollowUpQuery(sort="last_update"), 0, 5)
    t.close()
    assert statistics(db_path)
    assert not backup.needs_backup(db_path, folder)
