"""Migration 0005: every follow-up gets the day it was raised, required from then on (issue 18).

The backfill rule: the meeting's date; without a meeting, the earlier of the first progress entry
and the creation day. On SQLite the table is rebuilt to make the column NOT NULL, so the test also
checks that nothing else of the schema changed (constraints, indexes, full-text triggers) and
that the rebuilt table is the same text on every run (a restored backup's schema is compared with
it word for word).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from hptracker.core.db import current_revision, expected_schema, head_revision, make_engine, open_database, schema_of
from hptracker.core.paths import migrations_dir
from hptracker.core.tracker import FollowUpQuery, Tracker

FIXTURE_0004 = Path(__file__).parents[1] / "fixtures" / "schema_0004.db"


def _alembic(connection, action: str, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    cfg.attributes["connection"] = connection
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
    try:
        getattr(command, action)(cfg, revision)
    finally:
        if sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _add_loose_followups(conn) -> None:
    """Two follow-ups raised at no meeting: one whose progress was back-dated before it was typed
    in, one with no progress at all."""
    conn.execute(
        text(
            "INSERT INTO followups (id, title, direction, partner_id, priority, status, search_key, sort_key, "
            "created_at, updated_at) VALUES "
            "(101, 'Đề xuất kết nghĩa', 'ours', 1, 'normal', 'in_progress', 'de xuat ket nghia', '', '2024-06-10 03:00:00', '2024-06-10 03:00:00'), "
            "(102, 'Chia sẻ kinh nghiệm FTZ', 'theirs', 1, 'normal', 'not_started', '', '', '2024-07-01 09:30:00', '2024-07-01 09:30:00')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO progress_entries (followup_id, date, status, created_at) VALUES "
            "(101, '2024-05-20', 'in_progress', '2024-06-10 03:00:00'), "
            "(101, '2024-06-15', 'in_progress', '2024-06-15 03:00:00')"
        )
    )


def test_upgrade_fills_raised_on_and_changes_nothing_else(tmp_path):
    db = tmp_path / "hptracker.db"
    shutil.copyfile(FIXTURE_0004, db)
    with sqlite3.connect(db) as conn:
        _add_loose_followups(_Raw(conn))
    conn = sqlite3.connect(db)
    before = schema_of(conn)
    meeting_dates = dict(conn.execute("SELECT f.id, m.date FROM followups f JOIN meetings m ON m.id = f.meeting_id"))
    conn.close()
    assert meeting_dates, "the fixture has follow-ups raised at a meeting"

    open_database(db).dispose()

    conn = sqlite3.connect(db)
    try:
        after = schema_of(conn)
        raised = dict(conn.execute("SELECT id, raised_on FROM followups"))
        changed = {key for key in set(before) | set(after) if before.get(key) != after.get(key)}
        # (and the search walk's index of 0006, which the upgrade to head adds as well)
        assert changed == {("table", "followups"), ("index", "ix_followups_search_walk")}
        # The same table but for the new column, constraints in the same order.
        assert (
            before[("table", "followups")][1].replace(
                ",version INTEGER DEFAULT '1' NOT NULL,", ",version INTEGER DEFAULT '1' NOT NULL,raised_on DATE NOT NULL,"
            )
            == after[("table", "followups")][1]
        )
        assert after == expected_schema(head_revision())
        assert conn.execute("INSERT INTO followups_fts(followups_fts) VALUES ('integrity-check')").fetchall() == []
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL constraint failed: followups.raised_on"):
            conn.execute(
                "INSERT INTO followups (title, direction, partner_id, priority, status, search_key, "
                "sort_key, created_at, updated_at) VALUES ('x', 'ours', 1, 'normal', 'not_started', '', '', "
                "'2025-01-01', '2025-01-01')"
            )
    finally:
        conn.close()
    for followup_id, date in meeting_dates.items():
        assert raised[followup_id] == date
    assert raised[101] == "2024-05-20"  # the back-dated first progress entry, before it was typed in
    assert raised[102] == "2024-07-01"  # no meeting, no progress: the day it was created

    tracker = Tracker(open_database(db), officer="Nguyễn Thị Hoa")
    try:
        assert tracker.get_followup(101).raised_on == dt.date(2024, 5, 20)
        assert {r.id for r in tracker.query_followups(FollowUpQuery(text="kết nghĩa"))} == {101}
    finally:
        tracker.close()


class _Raw:
    """sqlite3 connection with the ``execute(text(...))`` shape of a SQLAlchemy connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, statement):
        return self.conn.execute(str(statement))


@pytest.mark.both_backends
def test_raised_on_up_and_down_keeps_the_rows(backend, databases):
    """On each backend: 0004 with rows → 0005 fills raised_on → back to 0004 → 0005 again."""
    target = databases.new(backend, "blank")
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            _alembic(conn, "upgrade", "0004")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO partners (id, name, kind, search_key, sort_key, created_at, updated_at) "
                    "VALUES (1, 'Huyện Thượng Ngu', 'government', '', '', '2024-01-01', '2024-01-01')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO meetings (id, date, direction, format, title, search_key, sort_key, "
                    "created_at, updated_at) VALUES (1, '2024-05-13', 'incoming', 'working_session', "
                    "'Tiếp đoàn', '', '', '2024-05-14', '2024-05-14')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO followups (id, title, direction, partner_id, meeting_id, priority, status, search_key, "
                    "sort_key, created_at, updated_at) VALUES (100, 'Đường bay thẳng', 'ours', 1, 1, 'normal', "
                    "'not_started', '', '', '2024-05-20 10:00:00', '2024-05-20 10:00:00')"
                )
            )
            _add_loose_followups(conn)
        with engine.connect() as conn:
            _alembic(conn, "upgrade", "0005")
        with engine.connect() as conn:
            rows = dict(conn.execute(text("SELECT id, raised_on FROM followups")).all())
        assert {k: str(v) for k, v in rows.items()} == {100: "2024-05-13", 101: "2024-05-20", 102: "2024-07-01"}
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text("UPDATE followups SET raised_on = NULL WHERE id = 100"))

        with engine.connect() as conn:
            _alembic(conn, "downgrade", "0004")
        with engine.connect() as conn:
            assert current_revision(engine) == "0004"
            columns = [
                row[0]
                for row in conn.execute(
                    text(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = 'followups'"
                        if backend == "postgresql"
                        else "SELECT name FROM pragma_table_info('followups')"
                    )
                )
            ]
            assert "raised_on" not in columns
            assert conn.execute(text("SELECT count(*) FROM followups")).scalar() == 3
        with engine.connect() as conn:
            _alembic(conn, "upgrade", "head")
        assert current_revision(engine) is not None
    finally:
        engine.dispose()
        databases.drop(target)
