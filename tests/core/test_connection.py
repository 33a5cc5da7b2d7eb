"""Connecting to a server like a product (issue 15 item 2): the password comes from the keyring or
libpq's password file, is never shown, and every connection problem is one sentence naming the
server and the database."""

from __future__ import annotations

import socket

import keyring
import pgserver
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked

from hptracker.core import connection
from hptracker.core.db import open_database, to_url
from hptracker.core.errors import ServerProblem
from hptracker.core.tracker import Tracker


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, standing in for Windows Credential Manager."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("the keyring is locked")


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_pgpass(tmp_path, monkeypatch):
    """libpq finds no password of the officer's own: no password file, no $PGPASSWORD."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)


@pytest.fixture
def clerk_database(pg_server, databases):
    """A blank database owned by the password role, and its URL over TCP without a password."""
    blank = databases.new("postgresql", "blank", owner=pgserver.CLERK)
    name = databases.database_name(blank)
    yield pg_server.url(name, user=pgserver.CLERK, tcp=True), name
    databases.drop(blank)


# ---- names and URLs (no server needed) -----------------------------------------------------------


def test_postgresql_urls_use_psycopg_3():
    assert to_url("postgresql://clerk@db.heza.local/hptracker") == "postgresql+psycopg://clerk@db.heza.local/hptracker"
    assert to_url("postgres://clerk@db/hp") == "postgresql+psycopg://clerk@db/hp"
    assert to_url("postgresql+psycopg://clerk@db/hp") == "postgresql+psycopg://clerk@db/hp"


@pytest.mark.parametrize(
    "target",
    [
        "postgresql://clerk:S3cret!@db.heza.local:5433/hptracker",
        "postgresql+psycopg://clerk:S3cret!@db.heza.local:5433/hptracker?sslmode=require",
        "postgresql://clerk@db.heza.local:5433/hptracker?password=S3cret!",
    ],
)
def test_display_target_never_holds_the_password(target):
    shown = connection.display_target(target)
    assert "S3cret" not in shown
    assert shown == "clerk@db.heza.local:5433/hptracker"


def test_display_target_of_a_file_is_its_path(tmp_path):
    assert connection.display_target(tmp_path / "x.db") == str(tmp_path / "x.db")
    assert connection.display_target("postgresql://clerk:S3cret@host:notaport/db") == "postgresql://…"


def test_a_url_with_a_password_draws_a_warning_without_it():
    warning = connection.password_warning("postgresql://clerk:S3cret!@db/hp")
    assert warning and "S3cret" not in warning and "keyring" in warning
    assert connection.password_warning("postgresql://clerk@db/hp") is None
    assert connection.password_warning("/home/hoa/hptracker.db") is None


@pytest.mark.parametrize(
    ("message", "sqlstate", "kind"),
    [
        ('connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused', None, "unreachable"),
        ('connection failed: could not translate host name "nowhere" to address', None, "unreachable"),
        ('FATAL:  password authentication failed for user "clerk"', "28P01", "password"),
        ("fe_sendauth: no password supplied", None, "no_password"),
        ('FATAL:  database "hp" does not exist', "3D000", "no_database"),
        ('FATAL:  role "nobody" does not exist', "28000", "refused"),
        ("permission denied for schema public", "42501", "rights"),
        ("sorry, too many clients already", "53300", "busy"),
        ("division by zero", "22012", "other"),
    ],
)
def test_each_driver_error_is_one_sentence_naming_server_and_database(message, sqlstate, kind):
    class DriverError(Exception):
        pass

    error = DriverError(message + "\nDETAIL: more lines")
    error.sqlstate = sqlstate
    problem = connection.server_error(error, "postgresql+psycopg://clerk:S3cret!@db.heza.local:5433/hptracker")
    assert problem.kind == kind
    assert "\n" not in problem.message and "S3cret" not in problem.message
    assert "db.heza.local:5433" in problem.message and "hptracker" in problem.message


def test_an_old_server_is_refused():
    with pytest.raises(ServerProblem, match="PostgreSQL 15 or newer.*14.9"):
        connection.check_server_version((14, 9), "postgresql://clerk@db/hp")
    connection.check_server_version((15, 0), "postgresql://clerk@db/hp")


# ---- a real server -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _problem(target) -> ServerProblem:
    with pytest.raises(ServerProblem) as caught:
        open_database(target)
    return caught.value


def test_server_down(pg_server):
    problem = _problem(f"postgresql://clerk:S3cret!@127.0.0.1:{_free_port()}/hptracker")
    assert problem.kind == "unreachable"
    assert "127.0.0.1" in problem.message and "hptracker" in problem.message and "S3cret" not in problem.message


def test_wrong_password(clerk_database, no_pgpass):
    url, name = clerk_database
    problem = _problem(url.replace(f"{pgserver.CLERK}@", f"{pgserver.CLERK}:Wrong-Secret@"))
    assert problem.kind == "password"
    assert name in problem.message and "127.0.0.1" in problem.message and "Wrong-Secret" not in problem.message


def test_no_such_database(pg_server):
    problem = _problem(pg_server.url("hpt_no_such_database"))
    assert problem.kind == "no_database" and "hpt_no_such_database" in problem.message


def test_missing_role_rights(pg_server, databases):
    """The clerk may connect to a database it does not own, but not create tables in its public
    schema (PostgreSQL 15's default)."""
    blank = databases.new("postgresql", "blank")
    name = databases.database_name(blank)
    try:
        problem = _problem(pg_server.url(name, user=pgserver.CLERK, password=pgserver.CLERK_PASSWORD, tcp=True))
        assert problem.kind == "rights"
        assert pgserver.CLERK in problem.message and name in problem.message
        assert pgserver.CLERK_PASSWORD not in problem.message
    finally:
        databases.drop(blank)


def test_without_any_password_the_officer_is_told_where_to_keep_it(clerk_database, no_pgpass):
    url, name = clerk_database
    problem = _problem(url)
    assert problem.kind == "no_password" and "keyring" in problem.message and name in problem.message


def test_password_from_the_keyring(clerk_database, pg_server, no_pgpass, memory_keyring):
    url, name = clerk_database
    connection.store_password(url, pgserver.CLERK_PASSWORD)
    assert memory_keyring.entries == {("hptracker", f"{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}"): pgserver.CLERK_PASSWORD}
    tracker = Tracker.open(url, officer="Nguyễn Thị Hoa")
    try:
        assert tracker.create_partner(name="Thành phố Nam Ninh").id == 1
        assert pgserver.CLERK_PASSWORD not in tracker.db.url  # the URL as given, no password added
    finally:
        tracker.close()


def test_a_locked_keyring_is_no_password(clerk_database, no_pgpass):
    url, _name = clerk_database
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        assert _problem(url).kind == "no_password"
        with pytest.raises(ServerProblem) as caught:
            connection.store_password(url, "x")
        assert caught.value.kind == "keyring" and "pgpass" in caught.value.message
    finally:
        keyring.set_keyring(previous)


def test_password_from_libpqs_password_file(clerk_database, pg_server, tmp_path, monkeypatch):
    url, name = clerk_database
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{name}:{pgserver.CLERK}:{pgserver.CLERK_PASSWORD}\n")
    pgpass.chmod(0o600)  # libpq ignores a password file others can read
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    database = open_database(url)
    database.dispose()
