"""The page-by-page check of a file brought in, started ahead as the window starts (issue 17 goal 3).

A database hptracker did not close cleanly — a copy brought in, a file left by a crash — is read
page by page before anything may write to it (``db.inspect_file``): 0.3 s at 100,000 follow-ups,
which made the first start after copying a database in 1.03 s against 0.70 s for the starts after.
``file_check.check_ahead`` starts that check on a thread of its own as the window starts, while its
modules load; opening the database takes its answers instead of reading the file again, but only
while the file and its -wal are as they were when the check read them.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from hptracker.core import file_check
from hptracker.core.db import open_database
from hptracker.core.errors import DatabaseDamagedError
from hptracker.core.tracker import Tracker

PAGE = 4096


class Logged:
    """A read-only connection that notes the thread of each page-by-page check it runs."""

    def __init__(self, conn: sqlite3.Connection, threads: list[str]) -> None:
        self._conn, self._threads = conn, threads

    def execute(self, sql: str, *args):
        if "quick_check" in sql:
            self._threads.append(threading.current_thread().name)
        return self._conn.execute(sql, *args)

    def close(self) -> None:
        self._conn.close()


@pytest.fixture
def checks(monkeypatch):
    """The thread of every quick_check run on a file, however it is reached."""
    threads: list[str] = []
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        conn = real(database, *args, **kwargs)
        read_only = kwargs.get("uri") and ("immutable=1" in str(database) or "mode=ro" in str(database))
        return Logged(conn, threads) if read_only else conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    return threads


def wait_for_the_check(path) -> None:
    file_check._ahead[Path(os.path.abspath(path))].done.wait(30)


def test_a_file_brought_in_is_checked_once_on_the_thread_started_ahead(demo_db_path, checks):
    assert file_check.check_ahead(demo_db_path) is True
    database = open_database(demo_db_path)
    try:
        assert checks == ["hptracker check ahead"]  # not read again by the open
    finally:
        database.dispose()


def test_a_file_closed_cleanly_needs_no_check(demo_db_path, checks):
    Tracker.open(demo_db_path, officer="Lê Văn An").close()
    checks.clear()
    assert file_check.check_ahead(demo_db_path) is False
    open_database(demo_db_path).dispose()
    assert checks == []


def test_a_file_changed_after_the_check_ahead_is_checked_again(demo_db_path, checks):
    assert file_check.check_ahead(demo_db_path) is True
    wait_for_the_check(demo_db_path)
    info = demo_db_path.stat()
    os.utime(demo_db_path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))  # another program wrote it
    open_database(demo_db_path).dispose()
    assert checks == ["hptracker check ahead", threading.current_thread().name]


def test_pages_damaged_after_the_check_ahead_are_still_refused_and_left_untouched(demo_db_path, checks):
    assert file_check.check_ahead(demo_db_path) is True
    wait_for_the_check(demo_db_path)
    data = bytearray(demo_db_path.read_bytes())
    for page in range(1, len(data) // PAGE):
        data[page * PAGE : page * PAGE + 512] = bytes(range(256)) * 2
    demo_db_path.write_bytes(bytes(data))
    before = hashlib.sha256(demo_db_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseDamagedError) as info:
        open_database(demo_db_path)
    assert "damaged" in info.value.message and "left untouched" in info.value.message
    assert hashlib.sha256(demo_db_path.read_bytes()).hexdigest() == before
    assert not demo_db_path.with_name(demo_db_path.name + "-wal").exists()
    assert len(checks) == 2  # the answers of the check ahead ("ok") were not taken


def test_nothing_is_started_for_a_server_a_missing_file_or_an_empty_one(tmp_path, checks):
    assert file_check.check_ahead("postgresql+psycopg://officer@server/hptracker") is False
    assert file_check.check_ahead(tmp_path / "missing.db") is False
    (tmp_path / "empty.db").write_bytes(b"")
    assert file_check.check_ahead(tmp_path / "empty.db") is False
    assert file_check.check_ahead(None) is False
    assert checks == []
