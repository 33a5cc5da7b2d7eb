"""Drafts on disk (issue 16 item 3): per user and database, written atomically, private, and
offered back only when the session that wrote them is over."""

from __future__ import annotations

import datetime as dt
import json
import stat
import subprocess
import sys
import textwrap

from hptracker.core.drafts import DraftSession, database_key, from_json, to_json
from hptracker.core.text import Due, DuePrecision


def test_a_draft_is_a_private_file_written_whole(tmp_path):
    session = DraftSession(tmp_path / "office.db", root=tmp_path / "data")
    path = session.save("meeting-1", "meeting", "Log a meeting", {"title": "Làm việc với đoàn Chiết Giang", "date": dt.date(2025, 12, 8)})
    assert path.parent.parent == tmp_path / "data" / "drafts" / database_key(tmp_path / "office.db")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kind"] == "meeting" and data["content"]["title"] == "Làm việc với đoàn Chiết Giang"
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no temporary left
    session.remove("meeting-1")
    assert not path.exists()
    session.close()
    assert not path.parent.exists()  # nothing left to offer: the session's folder goes


def test_dates_and_due_dates_come_back_as_they_were():
    value = {
        "due": Due(dt.date(2026, 6, 30), DuePrecision.QUARTER),
        "on": dt.date(2025, 12, 8),
        "ids": (1, 2),
        "nested": [{"d": dt.date(2024, 1, 1)}],
    }
    assert from_json(json.loads(json.dumps(to_json(value)))) == {**value, "ids": [1, 2]}


def test_one_key_per_database_and_never_a_password(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert database_key("office.db") == database_key(tmp_path / "office.db")
    assert database_key("office.db") != database_key("other.db")
    with_password = database_key("postgresql://hoa:secret@db.heza.local/hptracker")
    assert with_password == database_key("postgresql://hoa@db.heza.local/hptracker")
    assert "secret" not in with_password


def test_the_drafts_of_a_live_session_are_not_offered_to_another(tmp_path):
    first = DraftSession(tmp_path / "office.db", root=tmp_path)
    first.save("followup-new", "followup", "New follow-up", {"title": "x"})
    second = DraftSession(tmp_path / "office.db", root=tmp_path)
    assert second.left_over() == []
    first.close()  # closed with its draft still there (the window was closed by the system)
    offered = second.left_over()
    assert [(d.kind, d.content) for d in offered] == [("followup", {"title": "x"})]
    second.forget(offered[0])
    assert second.left_over() == []
    assert [p for p in (tmp_path / "drafts").rglob("*.json")] == []


def test_the_drafts_of_a_session_killed_mid_work_are_offered_at_the_next_start(tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from hptracker.core.drafts import DraftSession
        session = DraftSession(Path({str(tmp_path / "office.db")!r}), root=Path({str(tmp_path)!r}))
        session.save("meeting-new", "meeting", "Log a meeting", {{"title": "Trước khi mất điện"}})
        os._exit(9)  # no close: a crash, or the power going off
    """)
    subprocess.run([sys.executable, "-c", script], check=False)
    other_database = DraftSession(tmp_path / "other.db", root=tmp_path)
    assert other_database.left_over() == []
    session = DraftSession(tmp_path / "office.db", root=tmp_path)
    offered = session.left_over()
    assert [(d.kind, d.title, d.content["title"]) for d in offered] == [("meeting", "Log a meeting", "Trước khi mất điện")]


def test_a_draft_cut_short_is_skipped_not_fatal(tmp_path):
    first = DraftSession(tmp_path / "office.db", root=tmp_path)
    first.save("a", "partner", "New partner", {"name": "A"})
    (first.folder / "b.json").write_text('{"kind": "partner", "saved_at": "2025-', encoding="utf-8")
    first.close()
    second = DraftSession(tmp_path / "office.db", root=tmp_path)
    assert [d.content for d in second.left_over()] == [{"name": "A"}]
