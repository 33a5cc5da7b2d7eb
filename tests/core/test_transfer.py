"""Moving in and backing up a server (issue 15 item 6): ``copy`` between a SQLite file and a server
database and back, every row of every table kept with its id; verified snapshot backups of a server,
restored into an empty server database; a backup before every schema upgrade on the server."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from sample_data import add_awkward_records
from sqlalchemy import create_engine, text

from hptracker.core import backup, server_backup, transfer
from hptracker.core.backup import BEFORE_UPGRADE
from hptracker.core.db import current_revision, head_revision, known_revisions, make_engine, open_database
from hptracker.core.server_backup import backup_server, restore_server
from hptracker.core.tracker import FollowUpQuery, Tracker
from hptracker.core.tracker_base import backup_safeguards
from hptracker.core.transfer import TransferError, copy_database

OFFICER = "Nguyễn Thị Hoa"


def rich(target: str, tmp_path: Path) -> None:
    """The demo plus records that use every table and every kind of link: contacts, attached
    files, progress, fields, soft deletes, and links to records with higher ids (a parent, a
    successor) that a copy in id order must not trip over."""
    tracker = Tracker.open(target, officer=OFFICER)
    try:
        add_awkward_records(tracker)
        older = tracker.create_partner(name="Quận Hồng Bàng", kind="government", level="district", country="VN")
        newer = tracker.create_partner(name="Thành phố Hải Phòng", name_native="海防市", kind="government", level="city", country="VN")
        tracker.update_partner(older.id, parent_id=newer.id)
        tracker.add_contact(newer.id, name="Trần Hồng", position="Phó Thị trưởng", email="tran@example.vn")
        old_unit = tracker.create_unit(name="Sở Ngoại vụ cũ")
        new_unit = tracker.create_unit(name="Sở Ngoại vụ Hải Phòng", abbreviation="SNgV")
        tracker.update_unit(old_unit.id, successor_id=new_unit.id)
        scan = tmp_path / "thư ý định.pdf"
        scan.write_bytes(b"%PDF-1.4 scan")
        first = tracker.create_agreement(
            form="letter_of_intent",
            title="Thư ý định hợp tác 2024",
            party_ids=[newer.id],
            files=[str(scan)],
            fields=["Kinh tế", "Giáo dục"],
        )
        second = tracker.create_agreement(form="mou", title="Bản ghi nhớ 2025", party_ids=[newer.id])
        tracker.update_agreement(first.id, successor_id=second.id)
        tracker.create_fact(indicator="Dự án FDI còn hiệu lực", value=860.25, unit="dự án", as_of="30/04/2023")
    finally:
        tracker.close()


def snapshot(target: str) -> dict[str, list[tuple]]:
    """Every row of every hptracker table, all columns, as Python values, in id order."""
    engine = make_engine(target) if "://" in target else create_engine(f"sqlite:///{target}")
    try:
        with engine.connect() as conn:
            rows = {}
            for table in transfer.data_tables(conn):
                keys = [c for c in table.primary_key] or list(table.columns)
                columns = sorted(table.columns, key=lambda c: (c.name != "id", c.name))  # id first
                rows[table.name] = [tuple(row) for row in conn.execute(table.select().with_only_columns(*columns).order_by(*keys))]
            return rows
    finally:
        engine.dispose()


@pytest.fixture
def rich_file(demo_db_path, tmp_path) -> str:
    rich(str(demo_db_path), tmp_path)
    return str(demo_db_path)


def test_a_workstation_moves_onto_the_server_and_back_every_row_kept(rich_file, databases, tmp_path):
    server = databases.new("postgresql", "empty")
    try:
        before = snapshot(rich_file)
        assert all(
            before[name]
            for name in (
                "progress_entries",
                "audit",
                "agreement_files",
                "contacts",
                "followup_fields",
                "agreement_fields",
                "meeting_partners",
                "partner_aliases",
                "facts",
            )
        )
        report = copy_database(rich_file, server)
        assert report.counts == {name: len(rows) for name, rows in before.items()}
        assert snapshot(server) == before
        back = tmp_path / "về máy" / "hptracker.db"
        report = copy_database(server, str(back))
        assert report.path == back and report.counts["followups"] == len(before["followups"])
        assert snapshot(str(back)) == before
        assert backup.check_database(back).ok
        assert oct(back.stat().st_mode & 0o777) == "0o600"
        # the search tables of the file were filled as the rows went in: a search finds the same
        tracker = Tracker.open(back, exclusive=False)
        original = Tracker.open(rich_file, exclusive=False)
        try:
            for words in ("thuong ngu", "上海", "đà nẵng", "50%"):
                query = FollowUpQuery(text=words)
                assert [r.id for r in tracker.query_followups(query)] == [r.id for r in original.query_followups(query)]
                assert tracker.query_followups(query), words
        finally:
            tracker.close()
            original.close()
    finally:
        databases.drop(server)


def test_a_copy_onto_the_server_leaves_its_tables_vacuumed_and_analysed(rich_file, databases):
    """Without VACUUM the planner cannot answer a count from an index (the status bar's counts of
    100,000 follow-ups read the whole table, 40 ms instead of 20: benchmarks/run.py --server), and
    without ANALYZE it guesses: both would wait for autovacuum to come round after the copy."""
    server = databases.new("postgresql", "empty")
    try:
        engine = make_engine(server)
        # PostgreSQL's own default, which the tests' server turns off for speed: with commits
        # confirmed before they are written, VACUUM cannot yet mark the copied rows visible to all.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            name = conn.execute(text("SELECT current_database()")).scalar_one()
            conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = on'))
        engine.dispose()
        copy_database(rich_file, server)
        try:
            with engine.connect() as conn:
                rows = conn.execute(
                    text("SELECT relname, last_vacuum, last_analyze FROM pg_stat_user_tables WHERE relname IN ('followups', 'audit')")
                ).all()
                # Every page is marked visible to all: what lets a count read the index alone.
                pages = conn.execute(text("SELECT relpages, relallvisible FROM pg_class WHERE relname = 'followups'")).one()
        finally:
            engine.dispose()
        assert sorted(name for name, _v, _a in rows) == ["audit", "followups"]
        assert all(vacuumed is not None and analysed is not None for _name, vacuumed, analysed in rows), rows
        assert pages[0] > 0 and pages[1] == pages[0], pages
    finally:
        databases.drop(server)


def test_ids_continue_after_a_copy_onto_the_server(rich_file, databases):
    server = databases.new("postgresql", "empty")
    try:
        copy_database(rich_file, server)
        rows = snapshot(server)
        tracker = Tracker.open(server, officer="Trần Văn Nam")
        try:
            partner = tracker.create_partner(name="Tỉnh Quảng Tây", kind="government")
            followup = tracker.create_followup(partner_id=partner.id, title="Giao ban định kỳ", direction="joint")
            tracker.record_progress(followup.id, status="in_progress", note="Đã liên hệ")
            unit = tracker.create_unit(name="Ban Quản lý mới")
        finally:
            tracker.close()
        assert partner.id == max(r[0] for r in rows["partners"]) + 1
        assert followup.id == max(r[0] for r in rows["followups"]) + 1
        assert unit.id == max(r[0] for r in rows["units"]) + 1
        after = snapshot(server)
        assert len(after["progress_entries"]) == len(rows["progress_entries"]) + 1
        assert len(after["officers"]) == len(rows["officers"]) + 1
    finally:
        databases.drop(server)


def test_a_destination_that_holds_records_is_refused_and_left_alone(rich_file, databases, demo_db_path):
    server = databases.new("postgresql", "demo")
    try:
        before = snapshot(server)
        with pytest.raises(TransferError, match="already holds records"):
            copy_database(rich_file, server)
        assert snapshot(server) == before
        with pytest.raises(TransferError, match="same database"):
            copy_database(server, server)
        with pytest.raises(TransferError, match="same database"):
            copy_database(rich_file, str(Path(rich_file).parent / "." / Path(rich_file).name))
    finally:
        databases.drop(server)


def test_a_copy_that_fails_halfway_leaves_nothing(rich_file, databases, tmp_path, monkeypatch):
    server = databases.new("postgresql", "empty")
    real = transfer.copy_rows

    def fails_after_writing(source, dest, source_tables, dest_tables):
        real(source, dest, source_tables, dest_tables)
        raise TransferError("the network went down")

    try:
        monkeypatch.setattr(transfer, "copy_rows", fails_after_writing)
        with pytest.raises(TransferError, match="network"):
            copy_database(rich_file, server)
        engine = make_engine(server)
        with engine.connect() as conn:
            assert transfer.records_in(conn, transfer.data_tables(conn)) == {}
        engine.dispose()
        with pytest.raises(TransferError, match="network"):
            copy_database(rich_file, str(tmp_path / "new.db"))
        assert not (tmp_path / "new.db").exists()
        assert [p.name for p in tmp_path.iterdir() if "new.db" in p.name and p.name != "new.db.lock"] == []
        monkeypatch.setattr(transfer, "copy_rows", real)
        copy_database(rich_file, server)  # still empty, so the copy can simply be made again
        assert snapshot(server) == snapshot(rich_file)
    finally:
        databases.drop(server)


def test_an_older_workstation_file_is_upgraded_in_the_copy_only(databases, tmp_path):
    """A SQLite file at an older schema (the fixture of that revision) is read, never written."""
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    graph = known_revisions()
    older = next(rev for rev in graph if rev != head_revision() and (fixtures / f"schema_{rev}.db").exists())
    source = tmp_path / "old.db"
    source.write_bytes((fixtures / f"schema_{older}.db").read_bytes())
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    server = databases.new("postgresql", "empty")
    try:
        report = copy_database(str(source), server)
        assert report.revision == head_revision() and report.counts["followups"] > 0
        assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
        assert sorted(p.name for p in tmp_path.iterdir()) == ["old.db"]
    finally:
        databases.drop(server)


# -- backups of a server -------------------------------------------------------------------------


def test_a_server_backup_is_a_verified_snapshot_that_restores_into_an_empty_database(rich_file, databases):
    server = databases.new("postgresql", "empty")
    empty = databases.new("postgresql", "blank")
    try:
        copy_database(rich_file, server)
        info = backup_server(server)
        assert info.path.parent == server_backup.server_backup_folder(server)
        assert info.path.parent.parent.name == "backups"
        for folder in (info.path.parent, info.path.parent.parent, info.path.parent.parent.parent):
            assert oct(folder.stat().st_mode & 0o777) == "0o700", folder  # the data folder: the user's only
        assert backup.verify_backup(info.path) == []
        assert backup.check_database(info.path).ok
        assert snapshot(str(info.path)) == snapshot(server)
        assert oct(info.path.stat().st_mode & 0o777) == "0o600"
        assert [b.path for b in server_backup.list_server_backups(server)] == [info.path]
        assert not any(p.name.endswith(("-wal", "-shm", "-journal")) for p in info.path.parent.iterdir())
        report = restore_server(empty, info.path)
        assert snapshot(empty) == snapshot(server)
        assert report.counts["audit"] == len(snapshot(server)["audit"])
        with pytest.raises(TransferError, match="already holds records"):
            restore_server(server, info.path)
    finally:
        databases.drop(server)
        databases.drop(empty)


def test_a_server_backup_is_one_moment_while_officers_keep_writing(databases, monkeypatch):
    server = databases.new("postgresql", "demo")
    real = transfer.copy_rows
    writes = []

    def someone_writes_meanwhile(source, dest, source_tables, dest_tables):
        tracker = Tracker.open(server, officer="Trần Văn Nam")
        try:
            partner = tracker.resolve_partner("Huyện Thượng Ngu")
            writes.append(tracker.create_followup(partner_id=partner.id, title="Viết trong lúc sao lưu", direction="ours").id)
            tracker.record_progress(writes[-1], status="in_progress", note="giữa chừng")
        finally:
            tracker.close()
        return real(source, dest, source_tables, dest_tables)

    try:
        before = snapshot(server)
        monkeypatch.setattr(transfer, "copy_rows", someone_writes_meanwhile)
        info = backup_server(server)
        assert writes
        assert snapshot(str(info.path)) == before  # the moment the backup began, whole
        assert len(snapshot(server)["followups"]) == len(before["followups"]) + 1
    finally:
        databases.drop(server)


def test_a_backup_is_taken_before_a_schema_upgrade_on_the_server_once_under_the_lock(databases):
    """Two workstations start on a server database of the previous schema at once: one backs it up
    (a snapshot at the old revision, with its rows) and upgrades it, the other waits and finds it
    current — one backup, two successful starts."""
    target = databases.new("postgresql", "blank")
    previous = known_revisions()[head_revision()]
    engine = make_engine(target)
    try:
        from alembic import command

        from hptracker.core.db import _alembic_config

        with engine.connect() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, previous)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO partners (name, kind, search_key, sort_key, created_at, updated_at) "
                    "VALUES ('Huyện Thượng Ngu', 'government', 'huyen thuong ngu', 'x', now(), now())"
                )
            )
        assert current_revision(engine) == previous
        errors, opened = [], []

        def start():
            try:
                opened.append(open_database(target, safeguards=backup_safeguards()))
            except Exception as exc:
                errors.append(exc)

        threads = [threading.Thread(target=start) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == [] and len(opened) == 2
        for database in opened:
            database.dispose()
        assert current_revision(engine) == head_revision()
        found = server_backup.list_server_backups(target)
        assert [(b.kind, b.note) for b in found] == [(BEFORE_UPGRADE, previous)]
        assert backup.verify_backup(found[0].path) == []
        with sqlite3.connect(found[0].path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
            assert conn.execute("SELECT name FROM partners").fetchall() == [("Huyện Thượng Ngu",)]
    finally:
        engine.dispose()
        databases.drop(target)


def test_no_upgrade_without_its_backup(databases, monkeypatch):
    target = databases.new("postgresql", "blank")
    previous = known_revisions()[head_revision()]
    engine = make_engine(target)
    try:
        from alembic import command

        from hptracker.core.db import _alembic_config

        with engine.connect() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, previous)

        def full_disk(*_args, **_kwargs):
            raise backup.BackupError("There is no space left on the disk")

        monkeypatch.setattr(server_backup, "backup_server", full_disk)
        with pytest.raises(backup.BackupError):
            open_database(target, safeguards=backup_safeguards())
        assert current_revision(engine) == previous
    finally:
        engine.dispose()
        databases.drop(target)


def test_backups_of_two_servers_never_mix(databases):
    first, second = databases.new("postgresql", "demo"), databases.new("postgresql", "demo")
    try:
        a, b = backup_server(first), backup_server(second, now=dt.datetime(2025, 1, 2, 3, 4, 5))
        assert a.path.parent != b.path.parent
        assert databases.database_name(first) in a.path.parent.name
    finally:
        databases.drop(first)
        databases.drop(second)
