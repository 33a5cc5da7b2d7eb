"""The store: PRAGMAs on every connection, migrations, newer schemas refused, rules in the database."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from hptracker.core.db import current_revision, head_revision, make_engine, open_database
from hptracker.core.errors import NewerSchemaError, StoreError
from hptracker.core.models import Base


def test_every_connection_gets_the_pragmas(tracker):
    engine = make_engine(tracker.db.path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    engine.dispose()


def test_migration_from_an_empty_file_to_head(db_path):
    db_path.touch()
    database = open_database(db_path)
    try:
        assert current_revision(database.engine) == head_revision() != ""
        with database.engine.connect() as conn:
            tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert set(Base.metadata.tables) <= tables
    finally:
        database.dispose()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrated_schema_matches_the_models(db_path):
    """Alembic's autogenerate finds nothing to do: the revisions and the models agree.

    The full-text tables and the expression indexes for sorting belong to the store
    (db/versions/0002), not to the models, and are left out of the comparison.
    """
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from hptracker.core.search import is_search_table

    database = open_database(db_path)
    try:
        with database.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_name": lambda name, kind, _parent: not (kind == "table" and is_search_table(name))}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        database.dispose()


def test_newer_schema_is_refused_and_left_untouched(db_path):
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError) as info:
        open_database(db_path)
    assert "newer version" in info.value.message
    assert db_path.read_bytes() == before


def test_not_a_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are meeting notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError):
        open_database(path)
    assert path.read_bytes() == before


def test_new_database_is_private(db_path):
    open_database(db_path).dispose()
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(StoreError):
        open_database(tmp_path)


# ---- rules at the database level (raw SQL, bypassing the Python checks) -------------------------

RAW_REJECTED = [
    "INSERT INTO partners (name, kind, search_key, sort_key, created_at, updated_at) VALUES ('   ', 'government', '', '', 0, 0)",
    "INSERT INTO partners (name, kind, search_key, sort_key, created_at, updated_at) VALUES ('X', 'spaceship', '', '', 0, 0)",
    "INSERT INTO partners (name, kind, level, search_key, sort_key, created_at, updated_at) VALUES ('X', 'government', 'galaxy', '', '', 0, 0)",
    "INSERT INTO partners (name, kind, country, search_key, sort_key, created_at, updated_at) VALUES ('X', 'government', 'cn', '', '', 0, 0)",
    "INSERT INTO partners (name, kind, country, search_key, sort_key, created_at, updated_at) VALUES ('X', 'government', 'CHN', '', '', 0, 0)",
    "INSERT INTO partners (name, kind, search_key, sort_key, created_at, updated_at) VALUES (NULL, 'government', '', '', 0, 0)",
    "INSERT INTO followups (title, direction, partner_id, priority, status, search_key, sort_key, created_at, updated_at, raised_on) VALUES ('T', 'ours', 999, 'normal', 'not_started', '', '', 0, 0, '2024-05-13')",
    "INSERT INTO followups (title, direction, partner_id, priority, status, search_key, sort_key, created_at, updated_at, raised_on) VALUES ('T', 'sideways', {pid}, 'normal', 'not_started', '', '', 0, 0, '2024-05-13')",
    "INSERT INTO followups (title, direction, partner_id, priority, status, search_key, sort_key, created_at, updated_at, raised_on) VALUES ('T', 'ours', {pid}, 'normal', 'finished', '', '', 0, 0, '2024-05-13')",
    "INSERT INTO followups (title, direction, partner_id, priority, status, search_key, sort_key, created_at, updated_at, raised_on) VALUES ('', 'ours', {pid}, 'normal', 'not_started', '', '', 0, 0, '2024-05-13')",
    "INSERT INTO followups (title, direction, partner_id, priority, status, due_date, search_key, sort_key, created_at, updated_at, raised_on) VALUES ('T', 'ours', {pid}, 'normal', 'not_started', '2024-12-31', '', '', 0, 0, '2024-05-13')",
    "INSERT INTO followups (title, direction, partner_id, priority, status, due_date, due_precision, search_key, sort_key, created_at, updated_at, raised_on) VALUES ('T', 'ours', {pid}, 'normal', 'not_started', '2024-12-31', 'week', '', '', 0, 0, '2024-05-13')",
    "INSERT INTO followups (title, direction, partner_id, priority, status, search_key, sort_key, created_at, updated_at, raised_on) VALUES ('T', 'ours', {pid}, 'normal', 'done', '', '', 0, 0, '2024-05-13')",
    # Since 0005 a follow-up must say the day it was raised.
    "INSERT INTO followups (title, direction, partner_id, priority, status, search_key, sort_key, created_at, updated_at) VALUES ('T', 'ours', {pid}, 'normal', 'not_started', '', '', 0, 0)",
    "INSERT INTO agreements (form, title, status, effective_date, expiry_date, search_key, sort_key, created_at, updated_at) VALUES ('mou', 'A', 'signed', '2024-05-01', '2024-04-30', '', '', 0, 0)",
    "INSERT INTO agreements (form, title, status, search_key, sort_key, created_at, updated_at) VALUES ('treaty', 'A', 'signed', '', '', 0, 0)",
    "INSERT INTO agreements (form, title, status, search_key, sort_key, created_at, updated_at) VALUES ('mou', 'A', 'pending', '', '', 0, 0)",
    "INSERT INTO meetings (date, direction, format, title, search_key, sort_key, created_at, updated_at) VALUES ('2024-05-13', 'sideways', 'talks', 'M', '', '', 0, 0)",
    "INSERT INTO agreement_files (agreement_id, path, sha256) VALUES (1, '/x', 'not-a-digest')",
    "INSERT INTO progress_entries (followup_id, date, status, created_at) VALUES (12345, '2024-01-01', 'done', 0)",
    "INSERT INTO facts (indicator, partner_id, country, created_at, updated_at) VALUES ('F', {pid}, 'CN', 0, 0)",
    "INSERT INTO audit (at, officer_id, entity, entity_id, action) VALUES (0, 1, 'partners', 1, 'erase')",
]


@pytest.mark.parametrize("sql", RAW_REJECTED)
def test_database_rejects_bad_rows_even_from_raw_sql(tracker, partner, sql):
    tracker.create_agreement(form="mou", title="Bản ghi nhớ", party_ids=[partner.id])
    with tracker.db.engine.connect() as conn:
        with pytest.raises(Exception) as info:
            conn.execute(text(sql.replace("{pid}", str(partner.id))))
        conn.rollback()
    assert "constraint" in str(info.value).lower()


def test_database_accepts_a_good_raw_row(tracker, partner):
    with tracker.db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO followups (title, direction, partner_id, priority, status, due_date, due_precision, "
                "search_key, sort_key, created_at, updated_at, raised_on) VALUES ('T', 'ours', :pid, 'normal', "
                "'not_started', '2024-12-31', 'year', '', '', 0, 0, '2024-05-13')"
            ),
            {"pid": partner.id},
        )


# ---- reading never writes (issue 13, item 5) -----------------------------------------------------


def _names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_read_only_open_of_a_missing_path_creates_nothing(tmp_path):
    for target in (tmp_path / "hptracker.bd", tmp_path / "no-folder" / "hptracker.db"):
        with pytest.raises(StoreError) as info:
            open_database(target, exclusive=False)
        assert "There is no database at" in info.value.message
    assert _names(tmp_path) == []


def test_read_only_open_writes_nothing_and_keeps_the_journal_mode(tmp_path, demo_db_path):
    """A backup (journal_mode DELETE) opened for reading stays exactly as it was, with nothing beside it."""
    from hptracker.core.backup import backup_database

    info = backup_database(demo_db_path)
    before = info.path.read_bytes()
    assert before[18:20] == b"\x01\x01"
    database = open_database(info.path, exclusive=False)
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM partners").scalar() == 7
            with pytest.raises(Exception, match="readonly|read-only"):
                conn.exec_driver_sql("DELETE FROM partners")
    finally:
        database.dispose()
    assert info.path.read_bytes() == before
    assert _names(info.path.parent) == [info.path.name]


def test_another_programs_sqlite_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.close()
    before = path.read_bytes()
    for exclusive in (True, False):
        with pytest.raises(StoreError) as info:
            open_database(path, exclusive=exclusive)
        assert "another program" in info.value.message and "notes" in info.value.message
        assert path.read_bytes() == before
        assert _names(tmp_path) == ["notes.sqlite"]
