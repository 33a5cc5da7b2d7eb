"""Rights (issue 15 item 7): a PostgreSQL role that may only read opens the database read-only.

Reads work; every write is refused in one sentence naming the role, and nothing is written; a
schema older than this program is refused with who can upgrade it. (The window and the commands
are tested in tests/ui/test_read_only_window.py and tests/cli/test_read_only_cli.py; a SQLite file
that cannot be written is tested there too, as an unprivileged process.)
"""

from __future__ import annotations

import threading

import pgserver
import pytest
from alembic import command
from alembic.config import Config

from hptracker.core.db import current_revision, make_engine, open_database
from hptracker.core.errors import ReadOnlyError, StoreError
from hptracker.core.paths import migrations_dir
from hptracker.core.tracker import FollowUpQuery, Tracker


@pytest.fixture
def demo_server_db(databases, pg_server):
    target = databases.new("postgresql", "demo")
    yield target
    databases.drop(target)


def test_a_role_that_may_only_read_gets_a_read_only_tracker(databases, demo_server_db):
    reader_url = databases.read_only_url(demo_server_db)
    owner = Tracker.open(demo_server_db, officer="Nguyễn Thị Hoa")
    reader = Tracker.open(reader_url, officer="Trưởng phòng")
    try:
        assert not owner.read_only
        assert reader.read_only and pgserver.READER in reader.read_only_reason
        # Reading works: the same follow-ups as the owner sees.
        assert [r.title for r in reader.query_followups(FollowUpQuery())] == [r.title for r in owner.query_followups(FollowUpQuery())]
        followup = owner.query_followups(FollowUpQuery())[0]
        before = owner.counts()
        partner_id = followup.partner_id
        for write in (
            lambda: reader.create_followup(partner_id=partner_id, title="Mới", direction="ours"),
            lambda: reader.update_followup(followup.id, title="Sửa"),
            lambda: reader.record_progress(followup.id, note="Ghi chú"),
            lambda: reader.delete_followup(followup.id),
            lambda: reader.ensure_categories(),
        ):
            with pytest.raises(ReadOnlyError) as info:
                write()
            assert "cannot write" in info.value.message and pgserver.READER in info.value.message
        assert owner.counts() == before
    finally:
        reader.close()
        owner.close()


def test_a_read_only_role_on_an_older_schema_is_refused_saying_who_can_upgrade(databases, pg_server):
    target = databases.new("postgresql", "blank")
    try:
        engine = make_engine(target)
        try:
            cfg = Config()
            cfg.set_main_option("script_location", str(migrations_dir()))
            cfg.set_main_option("path_separator", "os")
            with engine.connect() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "0003")
        finally:
            engine.dispose()
        reader_url = databases.read_only_url(target)
        for exclusive in (True, False):  # the window and a writing command; a reading command
            with pytest.raises(StoreError) as info:
                open_database(reader_url, exclusive=exclusive)
            assert "upgraded" in info.value.message and pgserver.READER in info.value.message
        engine = make_engine(target)
        try:
            assert current_revision(engine) == "0003"  # left as it was
        finally:
            engine.dispose()
    finally:
        databases.drop(target)


def test_a_read_only_sqlite_database_is_read_from_a_pool_thread(tmp_path):
    """The window searches on pool threads; a database opened for reading only (a read-only
    folder, `list` while the window is open) must allow that as the writable one does. Its
    connections were made with sqlite3's same-thread check, and the pool hands a connection made
    on one thread to another."""
    path = tmp_path / "ro.db"
    Tracker.open(path, officer="Nguyễn Thị Hoa").close()
    tracker = Tracker(open_database(path, exclusive=False))
    try:
        assert tracker.read_only
        assert tracker.query_followups(FollowUpQuery()) == []  # a connection made on this thread
        results: list = []

        def search() -> None:
            try:
                results.append(tracker.status_counts(FollowUpQuery(text="ha"))["total"])
            except Exception as exc:
                results.append(exc)

        worker = threading.Thread(target=search)
        worker.start()
        worker.join()
        assert results == [0]
    finally:
        tracker.close()
