"""Every released schema upgrades to the current one with every row intact (STYLE.md habit 7).

One checked-in database per released schema (tests/fixtures/schema_<rev>.db, written by
tests/fixtures/make_fixtures.py), with rows in every table, Vietnamese and Chinese included. A
COPY is opened with the current code; each column that existed before must hold the same values.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hptracker.core.db import current_revision, head_revision, open_database
from hptracker.core.search import is_search_table
from hptracker.core.tracker import FollowUpQuery, Tracker

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("schema_*.db"))


def dump(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
            if not is_search_table(r[0])
        ]  # the FTS index is derived from the rows, checked below
        result = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
            result[table] = (columns, rows)
        return result
    finally:
        conn.close()


def test_there_is_a_fixture_for_the_current_schema():
    assert Path(__file__).parents[1] / "fixtures" / f"schema_{head_revision()}.db" in FIXTURES


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_upgrade_keeps_every_row(fixture, tmp_path):
    db = tmp_path / "hptracker.db"
    shutil.copyfile(fixture, db)
    before = dump(db)
    assert before and all(rows for _cols, rows in before.values()), "the fixture must fill every table"

    database = open_database(db)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.dispose()
    after = dump(db)

    assert set(before) <= set(after)
    for table, (columns, rows) in before.items():
        new_columns, new_rows = after[table]
        assert len(new_rows) == len(rows), table
        keep = [new_columns.index(c) for c in columns if c in new_columns]
        old_keep = [columns.index(c) for c in columns if c in new_columns]
        assert sorted(tuple(r[i] for i in keep) for r in new_rows) == sorted(tuple(r[i] for i in old_keep) for r in rows), table

    # And the upgraded data reads back through the use cases, scripts intact.
    tracker = Tracker(open_database(db), officer="Nguyễn Thị Hoa")
    try:
        partners = {p.name: p for p in tracker.list_partners()}
        assert partners["Huyện Thượng Ngu"].name_native == "上虞区"
        assert set(partners["Huyện Thượng Ngu"].aliases) >= {"Thuong Ngu", "Shangyu"}
        assert [p.name for p in tracker.list_partners("上虞")] == ["Huyện Thượng Ngu"]
        # Three letters or more go through the full-text index the upgrade built from the rows.
        assert [p.name for p in tracker.list_partners("shangyu")] == ["Huyện Thượng Ngu"]
        assert {f.title for f in tracker.query_followups(FollowUpQuery(text="đường bay thẳng"))} >= {
            "Nghiên cứu mở đường bay thẳng Chiết Giang – Hải Phòng"
        }
        followups = tracker.query_followups(FollowUpQuery())
        assert {f.title for f in followups} >= {"Nghiên cứu mở đường bay thẳng Chiết Giang – Hải Phòng"}
        done = next(f for f in followups if f.status == "done")
        assert [h.note for h in tracker.history(done.id) if h.note][-1] == "Hoàn thành – 已完成"
        assert tracker.query_followups(FollowUpQuery(deleted=True))[0].title == "Bản ghi đã xoá (mềm)"
    finally:
        tracker.close()


SORTED = {"partners": "name", "meetings": "title", "agreements": "title", "followups": "title", "units": "name", "fields": "name"}


def test_upgrade_to_0003_recomputes_every_stored_sort_key(tmp_path):
    """0003 rewrites the sort key of every record with numbers compared by value, and gives units
    and fields theirs: after it, "Quận 2" comes before "Quận 10" in the tables as in the pickers."""
    from hptracker.core.text import sort_key

    db = tmp_path / "hptracker.db"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema_0002.db", db)
    conn = sqlite3.connect(db)
    with conn:
        for name in ("Quận 10", "Quận 2"):
            conn.execute(
                "INSERT INTO partners (name, kind, search_key, sort_key, created_at, updated_at) "
                "VALUES (?, 'government', ?, '', '2024-01-01', '2024-01-01')",
                (name, name.lower()),
            )
        for table in ("partners", "meetings", "agreements", "followups"):
            conn.execute(f"UPDATE {table} SET sort_key = 'stale'")  # proves each key is rewritten
    conn.close()

    database = open_database(db)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.dispose()

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for table, column in SORTED.items():
            rows = conn.execute(f"SELECT {column}, sort_key FROM {table}").fetchall()
            assert rows, table
            assert [key for _text, key in rows] == [sort_key(text) for text, _key in rows], table
    finally:
        conn.close()
    tracker = Tracker(open_database(db), officer="Nguyễn Thị Hoa")
    try:
        names = [p.name for p in tracker.list_partners()]
        assert names.index("Quận 2") < names.index("Quận 10")
        assert [u.name for u in tracker.list_units()] == sorted((u.name for u in tracker.list_units()), key=sort_key)
    finally:
        tracker.close()
