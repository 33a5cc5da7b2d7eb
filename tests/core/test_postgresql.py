"""hptracker on a PostgreSQL server (SPEC §9, issue 15 item 1): migrations up and down, the
version table in hptracker's own schema, and several workstations starting and writing at once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

from hptracker.core import dialects
from hptracker.core.db import current_revision, head_revision, known_revisions, make_engine, open_database
from hptracker.core.paths import migrations_dir
from hptracker.core.tracker import DEFAULT_CATEGORIES, Tracker

EXE = str(Path(sys.executable).parent / "hptracker")


def _alembic(connection, action: str, revision: str) -> None:
    """Run one Alembic step on a connection as hptracker.core.db.upgrade does (SQLite: FKs off)."""
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


def _tables(engine) -> set[str]:
    names = set(inspect(engine).get_table_names())
    return {name for name in names if not name.endswith("_fts") and "_fts_" not in name}


def _revisions_in_order() -> list[str]:
    graph = known_revisions()
    order, current = [], head_revision()
    while current:
        order.append(current)
        current = graph[current]
    return order[::-1]


@pytest.mark.both_backends
def test_every_migration_runs_up_and_down(backend, databases):
    """Each revision upgrades and downgrades, one step at a time, and a full round trip ends where
    it began: nothing of hptracker's left at base, every table back at head."""
    target = databases.new(backend, "blank")
    engine = make_engine(target)
    try:
        revisions = _revisions_in_order()
        for revision in revisions:
            with engine.connect() as conn:
                _alembic(conn, "upgrade", revision)
            assert current_revision(engine) == revision
        at_head = _tables(engine)
        assert {"followups", "partners", "officers", "audit", "alembic_version"} <= at_head
        for down in [*revisions[-2::-1], "base"]:
            with engine.connect() as conn:
                _alembic(conn, "downgrade", down)
            assert current_revision(engine) == (None if down == "base" else down)
        assert _tables(engine) <= {"alembic_version"}
        with engine.connect() as conn:
            _alembic(conn, "upgrade", "head")
        assert _tables(engine) == at_head
        # And the schema works: a whole use case round trip.
        tracker = Tracker.open(target, officer="Nguyễn Thị Hoa")
        try:
            tracker.ensure_categories()
            partner = tracker.create_partner(name="Huyện Thượng Ngu", name_native="上虞区")
            tracker.create_followup(partner_id=partner.id, title="Đường bay thẳng", direction="ours")
            assert [r.title for r in tracker.query_followups()] == ["Đường bay thẳng"]
        finally:
            tracker.close()
    finally:
        engine.dispose()
        databases.drop(target)


def test_version_table_is_looked_up_in_hptrackers_own_schema(pg_server, databases):
    """Another application's alembic_version in ``public`` is not hptracker's: a database whose
    search path is ``hp, public`` is set up in ``hp``, and ``public`` is left alone."""
    blank = databases.new("postgresql", "blank")
    name = databases.database_name(blank)
    with pg_server.connect(name) as conn:
        conn.execute("CREATE TABLE public.alembic_version (version_num varchar(32) PRIMARY KEY)")
        conn.execute("INSERT INTO public.alembic_version VALUES ('f00dfeed')")
        conn.execute("CREATE SCHEMA hp")
    url = pg_server.url(name, options="-csearch_path=hp,public")
    engine = make_engine(url)
    try:
        assert current_revision(engine) is None
    finally:
        engine.dispose()
    database = open_database(url)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.dispose()
    with pg_server.connect(name) as conn:
        assert conn.execute("SELECT version_num FROM public.alembic_version").fetchall() == [("f00dfeed",)]
        assert conn.execute("SELECT version_num FROM hp.alembic_version").fetchall() == [(head_revision(),)]
        assert conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hp' AND table_name = 'followups'"
        ).fetchone() == (1,)
    databases.drop(blank)


def test_text_columns_compare_as_sqlite_does(pg_database):
    """Every text column is ``text COLLATE "C"``: byte order, ASCII-only lower(), no length limit."""
    engine = create_engine(pg_database)
    try:
        with engine.connect() as conn:
            others = conn.execute(
                text(
                    "SELECT table_name, column_name, data_type, collation_name FROM information_schema.columns "
                    "WHERE table_schema = current_schema() AND table_name <> 'alembic_version' "
                    "AND data_type IN ('text', 'character varying', 'character') "
                    "AND (data_type <> 'text' OR collation_name IS DISTINCT FROM 'C')"
                )
            ).all()
            indexes = {
                row[0]
                for row in conn.execute(
                    text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE '%gin_trgm_ops%'")
                )
            }
    finally:
        engine.dispose()
    assert others == []
    assert indexes == {f"ix_{table}_search_trgm" for table in ("followups", "partners", "meetings", "agreements")}


def test_after_migrations_brings_a_later_column_in_line(pg_database):
    """A later revision that adds a plain String column gets SQLite's comparison too."""
    engine = create_engine(pg_database)
    try:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE partners ADD COLUMN nickname varchar(5)"))
            dialects.after_migrations(conn)
            row = conn.execute(
                text(
                    "SELECT data_type, collation_name FROM information_schema.columns "
                    "WHERE table_schema = current_schema() AND table_name = 'partners' AND column_name = 'nickname'"
                )
            ).one()
    finally:
        engine.dispose()
    assert tuple(row) == ("text", "C")


def test_search_reads_the_trigram_index(pg_database):
    tracker = Tracker.open(pg_database, officer="Nguyễn Thị Hoa")
    try:
        partner = tracker.create_partner(name="Huyện Thượng Ngu", name_en="Shangyu District")
        tracker.create_followup(partner_id=partner.id, title="Nghiên cứu mở đường bay thẳng", direction="ours")
        with tracker.db.engine.connect() as conn:
            conn.execute(text("SET enable_seqscan = off"))
            plan = "\n".join(row[0] for row in conn.execute(text("EXPLAIN SELECT id FROM followups WHERE search_key LIKE '%duong bay%'")))
        assert "ix_followups_search_trgm" in plan
        assert [r.title for r in tracker.query_followups(_query("đường bay"))] == ["Nghiên cứu mở đường bay thẳng"]
    finally:
        tracker.close()


def test_a_server_connection_plans_index_lookups_at_ssd_cost(pg_database):
    """Every connection of a server engine, the pool's later ones too, prices a random page read as
    PostgreSQL's documentation advises for SSDs (1.1, not 4): the details of a page of 200
    follow-ups are then read by index lookups instead of hashing every partner and agreement
    (60 ms instead of 20 ms at 100,000 follow-ups, issue 17.7)."""
    tracker = Tracker.open(pg_database, officer="Nguyễn Thị Hoa")
    try:
        engine = tracker.db.engine
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                assert conn.execute(text("SHOW random_page_cost")).scalar() == "1.1"
                assert conn.execute(text("SHOW max_parallel_workers_per_gather")).scalar() == "0"
    finally:
        tracker.close()


def _query(text_: str):
    from hptracker.core.tracker import FollowUpQuery

    return FollowUpQuery(text=text_)


# ---- several workstations at once -----------------------------------------------------------------


def _start(args: list[str]) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.pop("HPTRACKER_DB", None)
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)


def _wait_all(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append((process.returncode, out, err))
    return results


FIRST_START = """
import sys
from hptracker.core.tracker import Tracker
tracker = Tracker.open(sys.argv[1], officer="Trần Văn Nam")
tracker.ensure_categories()  # what the window does on an empty database
tracker.close()
"""


def test_workstations_starting_on_an_empty_database_at_once(pg_server, databases):
    blank = databases.new("postgresql", "blank")
    results = _wait_all([_start([sys.executable, "-c", FIRST_START, blank]) for _ in range(3)])
    assert all(code == 0 for code, _out, _err in results), [err for _c, _o, err in results]
    engine = create_engine(blank)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head_revision()]
            assert conn.execute(text("SELECT count(*) FROM categories")).scalar() == len(DEFAULT_CATEGORIES)
    finally:
        engine.dispose()
    databases.drop(blank)


def test_two_demo_runs_at_once_add_the_records_once(pg_server, databases):
    blank = databases.new("postgresql", "blank")
    results = _wait_all([_start([EXE, "--db", blank, "--officer", "Trần Văn Nam", "demo"]) for _ in range(2)])
    assert [code for code, _out, _err in results] == [0, 0], [err for _c, _o, err in results]
    tracker = Tracker.open(blank, officer="Trần Văn Nam")
    try:
        counts = tracker.counts()
        assert {k: counts[k] for k in ("partners", "meetings", "agreements", "followups", "units")} == {
            "partners": 7,
            "meetings": 2,
            "agreements": 2,
            "followups": 9,
            "units": 3,
        }
        assert len(tracker.list_facts()) == 4 and len(tracker.list_categories()) == len(DEFAULT_CATEGORIES)
        with tracker.db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM officers")).scalar() == 1
    finally:
        tracker.close()
    databases.drop(blank)


def _wait_for_lock_waiters(pg_server, database: str, count: int) -> None:
    """Until ``count`` sessions of ``database`` wait on a lock (what the test arranged), 60 s at most."""
    deadline = time.monotonic() + 60
    with pg_server.connect() as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'", (database,)
            ).fetchone()[0]
            if waiting >= count:
                return
            time.sleep(0.05)
    raise AssertionError("the second workstation never waited for the first")


def test_same_officers_first_write_from_two_places(pg_server, pg_database, databases):
    """The officers row is made by an officer's first write. Another workstation making the same
    row at the same moment (its transaction still open here) must not make this write fail."""
    name = databases.database_name(pg_database)
    officer = "Phạm Thu Hà"
    other = pg_server.connect(name, autocommit=False)
    other.execute("INSERT INTO officers (name, created_at) VALUES (%s, now())", (officer,))
    tracker = Tracker.open(pg_database, officer=officer)
    outcome: dict[str, object] = {}

    def first_write() -> None:
        try:
            outcome["partner"] = tracker.create_partner(name="Thành phố Nam Ninh")
        except Exception as exc:  # reported below
            outcome["error"] = exc

    writer = threading.Thread(target=first_write)
    writer.start()
    try:
        _wait_for_lock_waiters(pg_server, name, 1)
    finally:
        other.commit()
        other.close()
        writer.join(60)
    try:
        assert "error" not in outcome, outcome.get("error")
        assert outcome["partner"].name == "Thành phố Nam Ninh"
        with tracker.db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM officers WHERE name = :n"), {"n": officer}).scalar() == 1
            writer_id = conn.execute(text("SELECT DISTINCT officer_id FROM audit")).scalars().all()
            assert writer_id == [conn.execute(text("SELECT id FROM officers WHERE name = :n"), {"n": officer}).scalar()]
    finally:
        tracker.close()
