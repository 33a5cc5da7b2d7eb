"""The store: one engine factory, the connection PRAGMAs, and schema migrations.

Everything SQLite-specific (PRAGMAs, transaction mode, migration with foreign keys off) lives here
behind small functions so that pointing hptracker at PostgreSQL stays a configuration change
(SPEC §9).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .errors import DatabaseDamagedError, NewerSchemaError, StoreError
from .i18n import translate
from .paths import migrations_dir

BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    """An open, migrated database: the engine and the session factory bound to it."""

    engine: Engine
    sessions: sessionmaker[Session]
    url: str
    path: Path | None  # the SQLite file, None for a server database

    def dispose(self) -> None:
        self.engine.dispose()


def to_url(target: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL from either a URL or a file path."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().absolute())


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Autocommit at the driver level; SQLAlchemy's "begin" event below emits BEGIN itself, so
    # PRAGMAs run outside any transaction and DDL is transactional (SQLAlchemy pysqlite docs).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":
            # A read-only folder or a file system without shared memory: keep going, but this is
            # visible in `hptracker check`.
            pass
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(target: str | os.PathLike[str]) -> Engine:
    """The one engine factory: every SQLite connection gets foreign keys, WAL, FULL sync, a busy timeout."""
    url = to_url(target)
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable by the user only; SQLite's -wal/-shm copy its mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _check_readable_sqlite(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not an SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseDamagedError(
            translate("Store", "The database file {path} cannot be read: {reason}.").format(
                path=path, reason=exc.strerror or exc
            ),
            str(path),
        ) from None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise DatabaseDamagedError(
            translate("Store", "The file {path} is not an hptracker database or is damaged; it has been left untouched.").format(path=path),
            str(path),
        )


def upgrade(engine: Engine) -> bool:
    """Bring the schema to head; return True when a migration ran.

    Foreign keys are switched off on the migrating connection before its transaction (with them on,
    a batch ALTER on SQLite silently deletes child rows through ON DELETE CASCADE); the migration
    ends with ``PRAGMA foreign_key_check`` inside the same transaction (see db/env.py).
    """
    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    current = current_revision(engine)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise NewerSchemaError(
                translate(
                    "Store",
                    "This database was written by a newer version of hptracker (schema {rev}); "
                    "please update the program. The database has not been changed.",
                ).format(rev=current)
            ) from None
    if current == head:
        return False
    cfg = _alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        finally:
            if sqlite:
                if conn.in_transaction():
                    conn.rollback()
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")
    return True


def open_database(target: str | os.PathLike[str], *, migrate: bool = True,
                  create: bool = True) -> Database:
    """Open (and by default create and migrate) the database at a path or URL.

    Raises :class:`StoreError` subclasses with a message for the officer; the file is never
    modified when it cannot be opened.
    """
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            raise StoreError(translate("Store", "{path} is a folder, not a database file.").format(path=path))
        _check_readable_sqlite(path)
        if not path.exists():
            if not create:
                raise StoreError(translate("Store", "There is no database at {path}.").format(path=path))
            try:
                _create_private_file(path)
            except OSError as exc:
                raise StoreError(
                    translate("Store", "Cannot create the database {path}: {reason}.").format(
                        path=path, reason=exc.strerror or exc
                    )
                ) from None
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
        else:
            current_revision(engine)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise store_error_from(exc, path) from None
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, sessions=sessions, url=url, path=path)


def store_error_from(exc: DBAPIError, path: Path | None) -> StoreError:
    """Turn a driver error into one plain sentence for the officer."""
    text = str(getattr(exc, "orig", exc)).lower()
    where = str(path) if path else ""
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseDamagedError(
            translate("Store", "The file {path} is not an hptracker database or is damaged; it has been left untouched.").format(path=where),
            where,
        )
    if "locked" in text or "busy" in text:
        return StoreError(translate("Store", "The database {path} is busy in another program; try again in a moment.").format(path=where))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return StoreError(translate("Store", "Cannot write to the database {path}: check that the folder exists and is writable.").format(path=where))
    if "disk" in text and "full" in text:
        return StoreError(translate("Store", "The disk holding {path} is full; nothing was saved.").format(path=where))
    return StoreError(translate("Store", "The database {path} cannot be used: {reason}.").format(path=where, reason=getattr(exc, "orig", exc)))
