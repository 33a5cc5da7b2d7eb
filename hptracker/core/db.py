"""The store: one engine factory, the connection PRAGMAs, and schema migrations.

Everything SQLite-specific (PRAGMAs, transaction mode, migration with foreign keys off) lives here
behind small functions so that pointing hptracker at PostgreSQL stays a configuration change
(SPEC §9); what PostgreSQL does differently is settled in dialects.py, and connecting to a server
(password, error messages) in connection.py.

The store never calls the backups (they call the store: STYLE habit 16). What it needs of them —
a backup before a schema upgrade, and whether a file that turned empty had backups — it is handed
as :class:`Safeguards` by whoever opens a database for an officer (``Tracker.open``).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from . import changes, dialects
from . import connection as server
from . import lock as db_lock
from .errors import DatabaseDamagedError, NewerSchemaError, StoreError
from .file_check import BUSY_TIMEOUT_MS, quick_check, readonly_connection, wal_path
from .i18n import translate
from .paths import migrations_dir


@dataclass(frozen=True)
class Safeguards:
    """What opening a database asks of the backups, passed in rather than imported.

    ``before_upgrade(path, revision)`` backs the file up before its schema is upgraded from
    ``revision`` (STYLE.md habit 6: no upgrade without one; an exception stops the upgrade);
    ``has_backups(path)`` tells a database that lost its content (zero bytes where records were)
    from a new one. Without safeguards (tests of the store, tools that make a database), an
    upgrade takes no backup and an emptied file counts as new.
    """

    before_upgrade: Callable[[Path, str], object]
    has_backups: Callable[[Path], bool]
    # A server database: a verified snapshot before its schema is upgraded from ``revision``.
    before_server_upgrade: Callable[[Engine, str], object] | None = None


@dataclass
class Database:
    """An open, migrated database: the engine and the session factory bound to it."""

    engine: Engine
    sessions: sessionmaker[Session]
    url: str
    path: Path | None  # the SQLite file, None for a server database
    lock: db_lock.DatabaseLock | None = None  # the one-writer lock, None for shared (read-only) use
    # One sentence for the officer when the file opened but may lack a crashed session's changes
    # (see lost_changes_warning); the database is usable all the same.
    warning: str | None = None
    # Why this database may only be read here, for the officer (a server role without write
    # rights, a file or folder that cannot be written); None when hptracker may write to it.
    read_only: str | None = None

    def dispose(self) -> None:
        """Close every connection (SQLite checkpoints the WAL into the file), then unlock."""
        # Closed now: the exit need not close it again, and must not keep it (and its engine) alive.
        atexit.unregister(self.dispose)
        self.engine.dispose()
        if self.lock is not None:
            lock, self.lock = self.lock, None
            lock.release(clean=True)


def to_url(target: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL from either a URL or a file path (``postgresql://`` uses psycopg 3); a URL that cannot be read is refused
    here, in one sentence, before anything is opened."""
    text = os.fspath(target)
    if "://" in text:
        _parsed(text)
        return server.normalise_url(text)
    return "sqlite:///" + str(Path(text).expanduser().absolute())


def _parsed(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise StoreError(
            translate("Store", "“{url}” is neither a database file nor a database URL hptracker can read.").format(
                url=_without_password(url)
            )
        ) from None


def _without_password(url: str) -> str:
    """The URL as it may be shown: a password in it is never printed."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def is_sqlite(url: str) -> bool:
    return _parsed(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = _parsed(url)
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
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _begin(conn) -> None:
    conn.exec_driver_sql(dialects.begin_sql(conn))


# -- the planner's statistics (issue 17.4) ---------------------------------------------------------
#
# SQLite chooses among indexes by the statistics ANALYZE writes into sqlite_stat1; a database
# without them gets plans made on guesses. SQLite's advice (sqlite.org/pragma.html#pragma_optimize,
# sqlite.org/lang_analyze.html): keep ANALYZE cheap with ``analysis_limit`` and run ``PRAGMA
# optimize`` as each connection closes; from SQLite 3.46 also ``PRAGMA optimize=0x10002`` as a
# long-lived connection opens (0x10000: consider every table, not only those it has queried —
# older versions ignore that bit, so it is sent only where it works). Only the connections of the
# one writer get these (a command that only reads never writes); the query plans themselves are
# made not to depend on them (tests/core/test_sort_plans.py).

ANALYSIS_LIMIT = 400  # rows per index ANALYZE looks at: ~40 ms for 100,000 follow-ups, unlimited ~1 s
_OPTIMIZE_AT_OPEN = sqlite3.sqlite_version_info >= (3, 46, 0)


def _optimize_at_open(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    if _OPTIMIZE_AT_OPEN:
        dbapi_connection.execute("PRAGMA optimize = 0x10002")


def _optimize_at_close(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Statistics are a help, never a reason for closing to fail (a full disk, a lock held).
    with contextlib.suppress(sqlite3.Error):
        dbapi_connection.execute("PRAGMA optimize")


def keep_statistics(engine: Engine) -> None:
    """The writer's SQLite engine: statistics kept as SQLite advises (see above)."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _optimize_at_open)
        event.listen(engine, "close", _optimize_at_close)


def refresh_statistics(session: Session) -> None:
    """After many rows were written at once (an import): SQLite's statistics brought up to date now,
    not at the next close, so the same session's next views are planned on the new numbers.

    SQLite from 3.46 decides itself which tables changed enough (``optimize=0x10002``); an older one
    cannot be asked about tables this connection has not queried, so it runs ``ANALYZE`` under
    the limit (~40 ms at 100,000 follow-ups). A server keeps its own (autovacuum).
    """
    if session.get_bind().dialect.name != "sqlite":
        return
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    raw.execute("PRAGMA optimize = 0x10002" if _OPTIMIZE_AT_OPEN else "ANALYZE")


def make_engine(target: str | os.PathLike[str]) -> Engine:
    """The one engine factory: every SQLite connection gets foreign keys, WAL, FULL sync, a busy timeout."""
    url = to_url(target)
    try:
        if is_sqlite(url):
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _set_sqlite_pragmas)
            event.listen(engine, "begin", _begin)
        else:
            # The password the URL lacks comes from the keyring, or libpq finds it (connection.py).
            engine = dialects.configure(create_engine(url, pool_pre_ping=True, connect_args=server.connect_args(url)))
    except NoSuchModuleError:
        raise StoreError(
            translate(
                "Store", "hptracker does not know the kind of database “{kind}” in {url}; use a database file or a postgresql:// URL."
            ).format(kind=_parsed(url).drivername, url=_without_password(url))
        ) from None
    except ImportError as exc:
        raise StoreError(
            translate("Store", "The driver for {url} is not installed ({module}); install it, or use a database file.").format(
                url=_without_password(url), module=exc.name or exc
            )
        ) from None
    return engine


def _alembic_config():
    from alembic.config import Config  # only when migrating: alembic takes ~0.4 s to import

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    return cfg


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(None|[\"']([^\"']+)[\"'])", re.M)


@cache
def _revision_graph(folder: Path) -> dict[str, str | None]:
    """revision -> down_revision, read from the version files without importing Alembic.

    Opening a database that is already current (every start but the first after an update)
    then costs a file listing instead of Alembic's import and script loading.
    """
    graph: dict[str, str | None] = {}
    for path in sorted((folder / "versions").glob("*.py")):
        found = {name: value for name, _raw, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8"))}
        if "revision" in found:
            graph[found["revision"]] = found.get("down_revision") or None
    return graph


def known_revisions() -> dict[str, str | None]:
    return _revision_graph(migrations_dir())


def _refuse_newer_schema(current: str | None) -> None:
    """A revision this program does not know was written by a newer hptracker: never touch it."""
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(
            translate(
                "Store",
                "This database was written by a newer version of hptracker (schema {rev}); "
                "please update the program. The database has not been changed.",
            ).format(rev=current)
        )


def head_revision() -> str:
    graph = known_revisions()
    parents = {down for down in graph.values() if down}
    heads = [rev for rev in graph if rev not in parents]
    return heads[0] if len(heads) == 1 else ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not dialects.has_version_table(conn):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable by the user only; SQLite's -wal/-shm copy its mode."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _damaged(message: str, path: Path) -> DatabaseDamagedError:
    return DatabaseDamagedError(message, str(path))


def _not_a_database(path: Path) -> DatabaseDamagedError:
    return _damaged(
        translate("Store", "The file {path} is not an hptracker database or is damaged; it has been left untouched.").format(path=path),
        path,
    )


def inspect_file(path: Path, *, deep: bool = True) -> None:
    """Refuse, without writing a byte to it, a database file that is provably not whole.

    Runs before any connection with PRAGMAs exists: ``journal_mode = WAL`` and a migration both
    write, and writing into a damaged file can destroy what a recovery tool could still save.
    Only what is proven is refused: not SQLite, cut short, or (with ``deep``, SQLite's
    ``quick_check`` reading every page once) damaged pages. A missing ``-wal`` after a crash is
    not damage: SQLite folds it into the file and removes it (see :func:`lost_changes_warning`).
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise _damaged(
            translate("Store", "The database file {path} cannot be read: {reason}.").format(path=path, reason=exc.strerror or exc), path
        ) from None
    if size == 0:
        return
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise _not_a_database(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _not_a_database(path)
    wal = wal_path(path)
    wal_size = wal.stat().st_size if wal.exists() else 0
    header_pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]
    cut_short = size % page_size != 0 or (header_valid and wal_size == 0 and header_pages * page_size > size)
    if cut_short:
        raise _damaged(
            translate("Store", "The database {path} is incomplete: the file has been cut short. It has been left untouched.").format(
                path=path
            ),
            path,
        )
    if not deep:
        return
    try:
        problems = quick_check(path)  # the check started ahead as the window started, if any
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise StoreError(
                translate("Store", "The database {path} is busy in another program; try again in a moment.").format(path=path)
            ) from None
        if "unable to open" in text:
            raise _damaged(
                translate("Store", "The database file {path} cannot be read: {reason}.").format(path=path, reason=exc), path
            ) from None
        raise _not_a_database(path) from None
    if problems != ["ok"]:
        raise _damaged(
            translate("Store", "The database {path} is damaged (SQLite's check found broken pages). It has been left untouched.").format(
                path=path
            ),
            path,
        )


def lost_changes_warning(path: Path, info: db_lock.LockInfo) -> str | None:
    """The warning for a file that opened whole but provably lacks a crashed session's changes.

    Never a refusal: the file is intact and may hold years of work; the officer decides, with the
    newest backup to compare against (the window and the command line name it).
    """
    if not info.lost_changes_suspected(path):
        return None
    return translate(
        "Store",
        "hptracker was not closed properly on {path} and the journal file ({wal}) holding its latest "
        "changes has since disappeared, so those changes may be lost; the database has been opened as it is.",
    ).format(path=path, wal=wal_path(path).name)


def upgrade(engine: Engine, safeguards: Safeguards | None = None) -> bool:
    """Bring the schema to head; return True when a migration ran.

    Foreign keys are switched off on the migrating connection before its transaction (with them on,
    a batch ALTER on SQLite silently deletes child rows through ON DELETE CASCADE); the migration
    ends with ``PRAGMA foreign_key_check`` inside the same transaction (see db/env.py).
    """
    head = head_revision()
    current = current_revision(engine)
    _refuse_newer_schema(current)
    if current == head:
        return False
    if engine.dialect.name == dialects.POSTGRESQL:
        return _upgrade_server(engine, head, safeguards)
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if current is not None and path is not None and safeguards is not None:
        # A backup before every schema upgrade (STYLE.md habit 6); no upgrade without one.
        safeguards.before_upgrade(path, current)
    _migrate(engine, "head")
    return True


def _upgrade_server(engine: Engine, head: str, safeguards: Safeguards | None) -> bool:
    """A server database: a snapshot backup, then the migration, both under the migration lock.

        Several workstations may start at once after an update; the first takes the advisory lock
        (db/env.py takes the same one for the migration's transaction, on this same connection), finds
        the schema older, backs the database up (core/server_backup.py: a verified snapshot file in this
        computer's data folder) and migrates; the others wait, then find the schema current and do
        neither. No upgrade without its backup: a backup that fails stops the upgrade. (The backup is
    the ``safeguards``' step: the store does not import the backups.)
    """
    from alembic import command

    with engine.connect() as conn, dialects.held(conn, "migrate"):
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() if dialects.has_version_table(conn) else None
        conn.commit()
        _refuse_newer_schema(current)
        if current == head:
            return False
        if current is not None and safeguards is not None and safeguards.before_server_upgrade is not None:
            safeguards.before_server_upgrade(engine, current)
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        try:
            command.upgrade(cfg, "head")
        finally:
            if conn.in_transaction():
                conn.rollback()
    return True


def migrate(engine: Engine, revision: str) -> None:
    """Migrate a database hptracker has just made itself (a copy, a snapshot) to ``revision``:
    no checks and no backup, there is nothing in it yet to lose."""
    _migrate(engine, revision)


def _migrate(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.dbapi_connection  # a checked-out connection always has one
        assert raw is not None
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        finally:
            if sqlite:
                if conn.in_transaction():
                    conn.rollback()
                raw.execute("PRAGMA foreign_keys = ON")


# -- the schema a revision must have --------------------------------------------------------------

SchemaMap = dict[tuple[str, str], tuple[str, str]]  # (type, name) -> (table, normalised SQL)

_QUOTED_NAME = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)"')
_SPACES = re.compile(r"\s+")
_SPACE_AROUND = re.compile(r" ?([(),]) ?")


def _normalised_sql(sql: str | None) -> str:
    """SQL text as SQLite may store it for the same object: quoting of plain names and spacing vary
    with the tool and the SQLite version (an ALTER TABLE rewrites the text), the meaning does not."""
    text = _SPACES.sub(" ", _QUOTED_NAME.sub(r"\1", sql or "")).strip()
    return _SPACE_AROUND.sub(r"\1", text)


def schema_of(conn: sqlite3.Connection) -> SchemaMap:
    """Every table, index, trigger and view of a database (SQLite's own objects left out)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    return {(str(kind), str(name)): (str(table), _normalised_sql(sql)) for kind, name, table, sql in rows}


@cache
def _expected_schema(folder: Path, revision: str) -> SchemaMap:
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)  # in memory: checking writes no file
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    try:
        _migrate(engine, revision)
        with engine.connect() as conn:
            return schema_of(conn.connection.dbapi_connection)  # type: ignore[arg-type]
    finally:
        engine.dispose()


def expected_schema(revision: str) -> SchemaMap:
    """The schema a database at ``revision`` has, built by migrating an empty in-memory database
    with this program's own migrations; built once per revision and process (~1 s)."""
    return _expected_schema(migrations_dir(), revision)


def schema_differences(conn: sqlite3.Connection, revision: str) -> list[str]:
    """How the tables, columns, indexes and triggers of ``conn`` differ from those of ``revision``.

    The revision number alone proves nothing: a backup carrying an extra trigger (rewriting data
    on the next edit) or missing a table passes every integrity check. Empty when they agree.
    """
    actual, expected = schema_of(conn), expected_schema(revision)
    kinds = {
        "table": translate("Schema", "table"),
        "index": translate("Schema", "index"),
        "trigger": translate("Schema", "trigger"),
        "view": translate("Schema", "view"),
    }
    found = []
    for key in sorted(set(actual) | set(expected)):
        kind, name = kinds.get(key[0], key[0]), key[1]
        if key not in expected:
            found.append(translate("Schema", "an extra {kind} {name}").format(kind=kind, name=name))
        elif key not in actual:
            found.append(translate("Schema", "no {kind} {name}").format(kind=kind, name=name))
        elif actual[key] != expected[key]:
            found.append(translate("Schema", "a different {kind} {name}").format(kind=kind, name=name))
    return found


def open_database(
    target: str | os.PathLike[str],
    *,
    migrate: bool = True,
    create: bool = True,
    exclusive: bool = True,
    check: bool = True,
    safeguards: Safeguards | None = None,
) -> Database:
    """Open (and by default create and migrate) the database at a path or URL.

    ``exclusive`` (the default, for the window and every writing command) takes the one-writer
    lock for the life of the returned Database; a second process is refused with
    :class:`DatabaseLockedError`. ``exclusive=False`` is for read-only commands and reads only
    (STYLE.md habit 18): no lock, no file created, no migration (an older schema is refused with a
    message instead), no PRAGMA that writes, every connection opened read-only
    (:func:`readonly_connection`) — so that ``list`` or ``export`` works while the window is open
    and in a folder it cannot write to. ``check`` inspects the file before anything writes to it
    (:func:`inspect_file`). ``safeguards`` back the file up before a schema upgrade (see
    :class:`Safeguards`). Another program's SQLite file is refused either way. Raises
    :class:`StoreError` subclasses with a message for the officer; the file is never modified
    when it cannot be opened.
    """
    url = to_url(target)
    path = sqlite_path(url)
    lock: db_lock.DatabaseLock | None = None
    warning: str | None = None
    read_only: str | None = None
    if path is not None and exclusive and path.is_file() and not writable_here(path):
        # A file (or folder) the officer may read but not write: a read-only window, not a refusal.
        exclusive = False
        read_only = translate(
            "Store", "The database {path} cannot be written here (the file or its folder is read-only); it may only be read."
        ).format(path=path)
    create = create and exclusive
    if path is not None:
        if path.is_dir():
            raise StoreError(translate("Store", "{path} is a folder, not a database file.").format(path=path))
        if not path.exists() and not create:
            raise StoreError(translate("Store", "There is no database at {path}.").format(path=path))
        if not path.parent.is_dir():
            try:
                # The data folder holds the officer's records, backups and lock: the user's only.
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    translate("Store", "Cannot create the database {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
                ) from None
        if path.exists():
            _refuse_foreign_file(path)
        info = (lock := db_lock.acquire(path)).previous if exclusive else db_lock.read_lock_info(path)
        previous = info.state
        warning = lost_changes_warning(path, info)
        # The page-by-page check reads the whole file (0.3 s at 100,000 follow-ups, seconds from a
        # cold disk): it runs when the file may have been damaged since hptracker last closed it
        # cleanly — after a crash, a copy brought in, or when its size or time has changed behind
        # hptracker's back. The window starts it ahead, while its modules load (file_check).
        check = check and not info.unchanged_since_clean_close(path)
    try:
        if path is not None:
            _prepare_file(path, previous, create=create, check=check, safeguards=safeguards)
        database = _open_engine(
            url, path, migrate=migrate and exclusive, read_only=not exclusive, read_only_reason=read_only, safeguards=safeguards
        )
    except BaseException:
        if lock is not None:
            lock.release(clean=False)
        raise
    database.warning = warning
    if lock is not None:
        lock.mark_open()
        database.lock = lock
        # Before the session's first COMMIT the lock file notes that it writes (lock.py).
        event.listen(database.engine, "commit", lambda _conn, lock=lock: lock.mark_written())
        # A script that ends without closing still closes cleanly: SQLite folds the WAL into the
        # file as the last connection goes, and the lock then says so (the next start skips the
        # page-by-page check of a file nobody touched since).
        atexit.register(database.dispose)
    return database


def _prepare_file(path: Path, previous: str | None, *, create: bool, check: bool, safeguards: Safeguards | None) -> None:
    if path.exists():
        if path.stat().st_size == 0 and previous is not None and safeguards is not None and safeguards.has_backups(path):
            # Zero bytes where a database with backups used to be: the data is gone, not new.
            raise _damaged(
                translate("Store", "The database {path} is empty although it held records before. It has been left untouched.").format(
                    path=path
                ),
                path,
            )
        inspect_file(path, deep=check)
        return
    if not create:
        raise StoreError(translate("Store", "There is no database at {path}.").format(path=path))
    try:
        _create_private_file(path)
    except OSError as exc:
        raise StoreError(
            translate("Store", "Cannot create the database {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from None


def _refuse_foreign_file(path: Path) -> None:
    """Another program's SQLite file (tables, but no hptracker schema) is never written to.

    Checked through a read-only connection before the lock file is made beside it and before any
    connection with PRAGMAs exists: setting WAL alone would already change the other program's
    file, and a migration would add dozens of tables to it.
    """
    try:
        if path.stat().st_size == 0:
            return
        conn = readonly_connection(path)
        try:
            tables = [
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            ]
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return  # not readable as SQLite: inspect_file says why
    if tables and "alembic_version" not in tables:
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError(
            translate(
                "Store",
                "The file {path} holds another program's data (tables: {tables}), not an hptracker database; it has been left untouched.",
            ).format(path=path, tables=shown)
        )


def _readonly_engine(url: str, path: Path) -> Engine:
    """An engine whose every connection is :func:`readonly_connection`: no PRAGMA that writes."""
    engine = create_engine(url, creator=lambda: readonly_connection(path))
    event.listen(engine, "begin", _begin)
    return engine


def writable_here(path: Path) -> bool:
    """Whether this user may write the SQLite file and its folder (SQLite writes its journal there)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _open_engine(
    url: str,
    path: Path | None,
    *,
    migrate: bool,
    read_only: bool = False,
    read_only_reason: str | None = None,
    safeguards: Safeguards | None = None,
) -> Database:
    """``read_only_reason`` says why a SQLite file cannot be written here; a server role that may
    only read is found here. Either way the database is opened read-only, never migrated."""
    engine = _readonly_engine(url, path) if read_only and path is not None else make_engine(url)
    if not read_only:
        keep_statistics(engine)
    try:
        if path is None and not is_sqlite(url):
            _check_server(engine, url)
            with engine.connect() as conn:
                if not dialects.may_write(conn):
                    read_only_reason = server.read_only_message(url)
        unwritable = read_only_reason is not None
        if read_only and read_only_reason is None:
            read_only_reason = translate("Store", "The database {path} is open for reading only here; nothing was written.").format(
                path=path or server.display_target(url)
            )
        if migrate and not unwritable:
            upgrade(engine, safeguards)
        else:
            _check_schema_current(engine, unwritable=unwritable)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise store_error_from(exc, path, url) from None
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    changes.install(sessions, engine)  # a server: other windows hear of every committed write
    return Database(engine=engine, sessions=sessions, url=url, path=path, read_only=read_only_reason)


def _check_server(engine: Engine, url: str) -> None:
    """Connect once, so that an unreachable server or a refused password is told before anything
    else, and refuse a server older than PostgreSQL 15."""
    with engine.connect():
        pass
    server.check_server_version(engine.dialect.server_version_info, url)


def _check_schema_current(engine: Engine, *, unwritable: bool = False) -> None:
    """Shared (read-only) use never migrates: an older or newer schema is refused with a reason.

    ``unwritable``: this user cannot write the database at all (a read-only file or folder, a
    server role that may only read), so the reason says who can upgrade it.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    _refuse_newer_schema(current)
    url = engine.url.render_as_string(hide_password=False)
    if unwritable and not is_sqlite(url):
        raise StoreError(server.upgrade_needs_owner_message(engine.url))
    if unwritable and current is not None:
        raise StoreError(
            translate(
                "Store",
                "The database {path} must first be upgraded to this version of hptracker, which needs to "
                "write to it, but the file or its folder is read-only here.",
            ).format(path=sqlite_path(url))
        )
    raise StoreError(
        translate(
            "Store",
            "The database {path} has not been set up or upgraded for this version yet; open it once in the window (or run a command that writes, such as `hptracker demo`) first.",
        ).format(path=sqlite_path(engine.url.render_as_string(hide_password=False)) or server.display_target(engine.url))
    )


def store_error_from(exc: DBAPIError, path: Path | None, url: str | None = None) -> StoreError:
    """Turn a driver error into one plain sentence for the officer.

    For a server database (``url`` given, no ``path``) the sentence names the server and the
    database, never the password (connection.py).
    """
    if path is None and url is not None and not is_sqlite(url):
        return server.server_error(exc, url)
    text = str(getattr(exc, "orig", exc)).lower()
    where = str(path) if path else ""
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseDamagedError(
            translate("Store", "The file {path} is not an hptracker database or is damaged; it has been left untouched.").format(
                path=where
            ),
            where,
        )
    if "locked" in text or "busy" in text:
        return StoreError(translate("Store", "The database {path} is busy in another program; try again in a moment.").format(path=where))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return StoreError(
            translate("Store", "Cannot write to the database {path}: check that the folder exists and is writable.").format(path=where)
        )
    if "disk" in text and "full" in text:
        return StoreError(translate("Store", "The disk holding {path} is full; nothing was saved.").format(path=where))
    return StoreError(
        translate("Store", "The database {path} cannot be used: {reason}.").format(path=where, reason=getattr(exc, "orig", exc))
    )
