"""Shared fixtures: a fresh temporary database per test, seeded through the public API.

QT_QPA_PLATFORM is set here, before anything can create a QApplication, so GUI tests run
offscreen everywhere; settings go to a temporary INI file so tests never touch the officer's own,
and the keyring is a null one (PYTHON_KEYRING_BACKEND) so they never touch the officer's passwords.

Backends: ``tracker``, ``demo_tracker`` and ``demo_target`` follow the ``backend`` fixture, SQLite
unless a test or module is marked ``both_backends``, which runs it on SQLite and on PostgreSQL.
PostgreSQL databases come from a throwaway server started once per session (tests/pgserver.py):
each test gets its own database, made in a few milliseconds from a template database that is
already migrated (one template per xdist worker), and dropped afterwards.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import datetime as dt
import itertools
import shutil
import tempfile
from pathlib import Path

import pgserver
import pytest

from hptracker.core.demo import add_demo
from hptracker.core.tracker import Tracker

OFFICER = "Nguyễn Thị Hoa"
BACKENDS = ("sqlite", "postgresql")
_PG_ROOT = pytest.StashKey[str]()


def pytest_configure(config):
    """The session's process (not an xdist worker) owns the folder of the PostgreSQL server; the
    workers it starts inherit its path, and the first one that needs the server starts it."""
    if not hasattr(config, "workerinput") and not os.environ.get(pgserver.DIR_VARIABLE):
        root = tempfile.mkdtemp(prefix="hptracker-pg-")
        os.environ[pgserver.DIR_VARIABLE] = root
        config.stash[_PG_ROOT] = root


def pytest_unconfigure(config):
    root = config.stash.get(_PG_ROOT, None)
    if root:
        pgserver.stop(Path(root))
        os.environ.pop(pgserver.DIR_VARIABLE, None)


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("backend", BACKENDS, indirect=True, scope="session")


@pytest.fixture(scope="session")
def pg_server() -> pgserver.Server:
    """The session's PostgreSQL server; skips (or fails, HPTRACKER_TEST_PG=require) saying why not."""
    try:
        root = os.environ.get(pgserver.DIR_VARIABLE)
        if not root:
            raise pgserver.Unavailable(f"{pgserver.DIR_VARIABLE} is not set")
        return pgserver.shared_server(Path(root))
    except pgserver.Unavailable as exc:
        if os.environ.get(pgserver.MODE_VARIABLE) == "require":
            pytest.fail(f"PostgreSQL is required ({pgserver.MODE_VARIABLE}=require) but: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL tests skipped: {exc}")


@pytest.fixture(scope="session")
def backend(request) -> str:
    """ "sqlite", or each of BACKENDS for tests marked both_backends."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        request.getfixturevalue("pg_server")
    return name


class Databases:
    """New databases for tests: SQLite files copied from a template, PostgreSQL databases made
    from a template database (``CREATE DATABASE ... TEMPLATE``), all already migrated.

    ``kind``: "empty" (migrated, default categories), "demo" (plus the demo records) or "blank"
    (nothing at all: not even a schema).
    """

    # The default collation of the server's databases: an office server set up in Vietnamese.
    CREATE = "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'"

    def __init__(self, request, tmp_path_factory) -> None:
        self.request = request
        self.tmp_path_factory = tmp_path_factory
        self.worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.numbers = itertools.count(1)
        self.templates: dict[str, str] = {}

    @property
    def server(self) -> pgserver.Server:
        return self.request.getfixturevalue("pg_server")

    def _admin(self, *statements: str) -> None:
        with self.server.connect() as conn:
            for statement in statements:
                conn.execute(statement)

    def _create(self, name: str, owner: str | None = None) -> None:
        """A database with the Vietnamese ICU collation, or the server's default without ICU."""
        import psycopg

        suffix = f" OWNER {owner}" if owner else ""
        try:
            self._admin(self.CREATE.format(name=name) + suffix)
        except psycopg.errors.FeatureNotSupported:
            self._admin(f"CREATE DATABASE {name} TEMPLATE template0{suffix}")

    def _name(self) -> str:
        return f"hpt_{self.worker}_{next(self.numbers)}"

    def _template(self, kind: str) -> str:
        if kind not in self.templates:
            name = f"hpt_tmpl_{kind}_{self.worker}"
            if kind == "empty":
                self._create(name)
                t = Tracker.open(self.server.url(name), officer=OFFICER)
                t.ensure_categories()
            else:
                self._admin(f"CREATE DATABASE {name} TEMPLATE {self._template('empty')}")
                t = Tracker.open(self.server.url(name), officer=OFFICER)
                add_demo(t)
            t.close()
            self.templates[kind] = name
        return self.templates[kind]

    def new(self, backend: str, kind: str = "empty", *, owner: str | None = None) -> str:
        """A new database of ``kind``: a file path (SQLite) or a URL (PostgreSQL)."""
        if backend == "sqlite":
            path = self.tmp_path_factory.mktemp("db") / "hptracker.db"
            if kind != "blank":
                shutil.copy2(self.request.getfixturevalue("_demo_template_db" if kind == "demo" else "_template_db"), path)
            return str(path)
        name = self._name()
        if kind == "blank":
            self._create(name, owner)
        else:
            self._admin(f"CREATE DATABASE {name} TEMPLATE {self._template(kind)}")
        return self.server.url(name)

    def copy(self, target: str) -> str:
        """A copy of a database nobody is connected to."""
        if "://" not in target:
            path = self.tmp_path_factory.mktemp("db") / "copy.db"
            shutil.copy2(target, path)
            return str(path)
        name = self._name()
        self._admin(f"CREATE DATABASE {name} TEMPLATE {self.database_name(target)}")
        return self.server.url(name)

    def read_only_url(self, target: str) -> str:
        """The URL of a server database for a role granted only SELECT (a head of department who
        reads): CONNECT, USAGE on the schema, SELECT on every table."""
        name = self.database_name(target)
        self._admin(f"GRANT CONNECT ON DATABASE {name} TO {pgserver.READER}")
        with self.server.connect(name) as conn:
            conn.execute(f"GRANT USAGE ON SCHEMA public TO {pgserver.READER}")
            conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {pgserver.READER}")
        return self.server.url(name, user=pgserver.READER)

    @staticmethod
    def database_name(url: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(url).database

    def drop(self, target: str) -> None:
        if "://" in target:
            self._admin(f"DROP DATABASE IF EXISTS {self.database_name(target)} WITH (FORCE)")


@pytest.fixture(scope="session")
def databases(request, tmp_path_factory) -> Databases:
    return Databases(request, tmp_path_factory)


@pytest.fixture
def pg_database(databases):
    """A URL of a new, migrated PostgreSQL database (skips without a server)."""
    url = databases.new("postgresql")
    yield url
    databases.drop(url)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    settings = tmp_path_factory.mktemp("settings") / "hptracker.ini"
    monkeypatch.setenv("HPTRACKER_SETTINGS", str(settings))
    monkeypatch.delenv("HPTRACKER_DB", raising=False)
    # The per-user data folder (platformdirs on Linux) of each test is its own, never the officer's:
    # drafts, the error log and the backups of server databases go there.
    monkeypatch.setenv("XDG_DATA_HOME", str(settings.parent / "data"))
    yield settings


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "hptracker.db"


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> Path:
    """One migrated database with the default categories; each test gets a copy (fast)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    t = Tracker.open(path, officer=OFFICER)
    t.ensure_categories()
    t.close()  # the last connection closing checkpoints the WAL into the file
    return path


@pytest.fixture
def tracker(backend, db_path, request):
    if backend == "sqlite":
        shutil.copy2(request.getfixturevalue("_template_db"), db_path)
        target = str(db_path)
    else:
        target = request.getfixturevalue("databases").new(backend)
    t = Tracker.open(target, officer=OFFICER)
    yield t
    t.close()
    if backend != "sqlite":
        request.getfixturevalue("databases").drop(target)


@pytest.fixture(scope="session")
def _demo_template_db(tmp_path_factory, _template_db) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    shutil.copy2(_template_db, path)
    t = Tracker.open(path, officer=OFFICER)
    add_demo(t)
    t.close()
    return path


@pytest.fixture
def demo_db_path(db_path, _demo_template_db) -> Path:
    """``db_path`` holding a fresh copy of the demo records (SPEC §7).

    It is the same file as the ``tracker`` fixture's: a test wants the empty database or the demo
    one, and tests of backups rely on ``db_path`` naming the demo database.
    """
    if db_path.exists():
        raise RuntimeError("ask for either the tracker or the demo_tracker fixture, not both")
    shutil.copy2(_demo_template_db, db_path)
    return db_path


@pytest.fixture
def demo_target(backend, request) -> str:
    """The demo records in a new database of the test's backend: a path or a URL (for --db)."""
    if backend == "sqlite":
        yield str(request.getfixturevalue("demo_db_path"))
        return
    databases = request.getfixturevalue("databases")
    target = databases.new(backend, "demo")
    yield target
    databases.drop(target)


@pytest.fixture
def demo_tracker(demo_target):
    t = Tracker.open(demo_target, officer=OFFICER)
    yield t
    t.close()


@pytest.fixture
def partner(tracker):
    return tracker.create_partner(
        name="Huyện Thượng Ngu",
        name_en="Shangyu District",
        name_native="上虞区",
        kind="government",
        level="district",
        country="CN",
        aliases=["Thuong Ngu", "Shangyu"],
    )


@pytest.fixture
def today() -> dt.date:
    return dt.date.today()


@pytest.fixture(autouse=True)
def _source_language():
    """Every test starts in English, the source language; tests of Vietnamese install it themselves.

    The translator is process-wide: without this, a test that opened a Vietnamese window would
    change the language of every later test in the same worker.
    """
    from PySide6.QtCore import QCoreApplication

    from hptracker.core import i18n

    if QCoreApplication.instance() is not None:
        from hptracker.translations import install_translators

        install_translators("en")
    else:
        i18n.set_translator(None, "en")
    yield
