"""Every record of one database into another: ``copy``, and the snapshots of a server (SPEC §5, §6, §9).

An office moves in by copying a workstation's SQLite file onto an empty server database, and a
server is backed up by copying it into a new SQLite file (a file ``restore`` and ``check`` already
understand). Both are the same operation, built so that nothing is lost or invented on the way:

* **Generic.** The tables and their columns are read from the databases themselves (reflected),
  not listed here: a column a later revision adds comes along without a change to this module.
  Both ends must be at the same schema revision, and every table must have the same columns at
  both ends, or nothing is copied.
* **IDs kept.** Rows go in with their own ids, parents before children. A link of a table to
  itself (a partner's parent, a successor) is written in a second pass, so the order of ids never
  matters. On PostgreSQL each id sequence is then set past the highest id, so the next record
  gets the next number instead of a duplicate-key error.
* **Consistent source.** A server is read in one ``REPEATABLE READ READ ONLY`` transaction (one
  snapshot however long the copy takes, while officers keep working); a SQLite file is first
  copied with SQLite's backup API, which is one consistent snapshot too, and never written to.
  A SQLite file of an older schema is upgraded in that private copy only.
* **All or nothing, checked.** The destination is written in one transaction, and before it
  commits every table must hold exactly as many rows as the source's snapshot (the counts are
  reported). A destination that already holds records is refused: hptracker never merges into,
  or overwrites, a database in use. A new SQLite file is built under a temporary name, checked
  (integrity, foreign keys, the schema of its revision, the counts) and only then moved into place.
* **Search.** SQLite's full-text tables are filled by their triggers as the rows go in; PostgreSQL's
  trigram indexes are ordinary indexes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, Table, and_, bindparam, delete, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from . import changes, dialects
from . import connection as server
from . import lock as db_lock
from .db import (
    head_revision,
    inspect_file,
    known_revisions,
    make_engine,
    migrate,
    open_database,
    readonly_connection,
    schema_differences,
    sqlite_path,
    store_error_from,
    to_url,
)
from .errors import HPTrackerError, NewerSchemaError, StoreError
from .files import atomic_path, write_error
from .i18n import translate
from .search import is_search_table

# Rows hptracker adds to a database of its own accord before any record exists: the standard
# categories (the window offers them on an empty database) and the officer of a first write.
# A database holding nothing else is still empty; they are replaced by the source's.
SEEDED_TABLES = frozenset({"categories", "officers"})
# Rows read and written at a time. A server's backup runs this on a pool thread of the window, and
# psycopg makes a fetched chunk's rows in one call holding the interpreter lock: the window stalled
# for up to 69 ms with 2,000 rows a chunk, 24 ms with 500 (the copy took as long: 32 s at 100,000
# follow-ups; into a server 22.5-22.8 s against 23.5-24.7 s).
CHUNK = 500
_VERSION_TABLE = "alembic_version"


class TransferError(HPTrackerError):
    """A copy, snapshot or restore could not be made; nothing was changed."""


@dataclass
class TransferReport:
    counts: dict[str, int]  # rows per table, equal at both ends
    revision: str
    seconds: float = 0.0
    path: Path | None = None  # the file written, when the destination was a new file


# -- the tables, as the database has them ----------------------------------------------------------


def data_tables(conn: Connection) -> list[Table]:
    """hptracker's tables in ``conn`` with their columns and types, parents before children.

    Alembic's version table and SQLite's full-text tables are left out: the first belongs to the
    migration, the second are filled by their triggers.
    """
    inspector = inspect(conn)
    names = sorted(
        name
        for name in inspector.get_table_names()
        if name != _VERSION_TABLE and not is_search_table(name) and not name.startswith("sqlite_")
    )
    metadata = MetaData()
    tables: dict[str, Table] = {}
    parents: dict[str, set[str]] = {}
    for name in names:
        keys = set(inspector.get_pk_constraint(name).get("constrained_columns") or ())
        columns = [
            Column(c["name"], c["type"], nullable=c["nullable"], primary_key=c["name"] in keys, autoincrement=False)
            for c in inspector.get_columns(name)
        ]
        table = Table(name, metadata, *columns)
        links = inspector.get_foreign_keys(name)
        table.info["self_links"] = tuple(column for fk in links if fk["referred_table"] == name for column in fk["constrained_columns"])
        parents[name] = {fk["referred_table"] for fk in links if fk["referred_table"] != name}
        tables[name] = table
    ordered: list[Table] = []
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in done or name not in tables or name in path:
            return
        for parent in sorted(parents[name]):
            visit(parent, (*path, name))
        done.add(name)
        ordered.append(tables[name])

    for name in names:
        visit(name, ())
    return ordered


def row_counts(conn: Connection, tables: Iterable[Table]) -> dict[str, int]:
    return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one() for table in tables}


def records_in(conn: Connection, tables: Iterable[Table]) -> dict[str, int]:
    """The tables that hold rows, beyond what hptracker seeds in an empty database."""
    return {name: n for name, n in row_counts(conn, [t for t in tables if t.name not in SEEDED_TABLES]).items() if n}


def _same_columns(source: list[Table], dest: list[Table]) -> None:
    left = {t.name: sorted(t.c.keys()) for t in source}
    right = {t.name: sorted(t.c.keys()) for t in dest}
    if left != right:
        differing = sorted(name for name in set(left) | set(right) if left.get(name) != right.get(name))
        raise TransferError(
            translate("Transfer", "The two databases do not have the same tables and columns ({tables}); nothing was copied.").format(
                tables=", ".join(differing)
            )
        )


def copy_rows(source: Connection, dest: Connection, source_tables: list[Table], dest_tables: list[Table]) -> dict[str, int]:
    """Every row of every table, with its ids, in ``dest``'s current transaction."""
    _same_columns(source_tables, dest_tables)
    by_name = {table.name: table for table in source_tables}
    copied: dict[str, int] = {}
    for target in dest_tables:
        origin = by_name[target.name]
        names = [column.name for column in target.columns]
        keys = [column.name for column in target.primary_key] or names
        later = [name for name in target.info["self_links"] if target.c[name].nullable]
        query = select(*(origin.c[name] for name in names)).order_by(*(origin.c[key] for key in keys))
        result = source.execution_options(yield_per=CHUNK).execute(query)
        links: list[dict] = []
        count = 0
        for part in result.partitions():
            rows = [dict(zip(names, row, strict=True)) for row in part]
            for row in rows:
                if any(row[name] is not None for name in later):
                    links.append({**{f"k_{key}": row[key] for key in keys}, **{f"v_{name}": row[name] for name in later}})
                    for name in later:
                        row[name] = None
            _insert(dest, target, names, rows)
            count += len(rows)
        if links:
            dest.execute(
                update(target)
                .where(and_(*(target.c[key] == bindparam(f"k_{key}") for key in keys)))
                .values({name: bindparam(f"v_{name}") for name in later}),
                links,
            )
        copied[target.name] = count
    return copied


def _insert(dest: Connection, target: Table, names: list[str], rows: list[dict]) -> None:
    """INSERT the rows in ``dest``'s transaction; on PostgreSQL through ``COPY … FROM STDIN``,
    which streams them instead of running one INSERT per row (a 10,000-follow-up database moves
    in about a third of the time)."""
    if not rows:
        return
    if dest.dialect.name != dialects.POSTGRESQL:
        dest.execute(insert(target), rows)
        return
    quote = dest.dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    raw = dest.connection.driver_connection
    assert raw is not None  # an open connection
    with raw.cursor() as cursor, cursor.copy(f"COPY {quote(target.name)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[name] for name in names])


def _transfer(source: Connection, dest: Connection) -> dict[str, int]:
    """Copy, then count at both ends: the same number of rows in every table, or nothing."""
    source_tables, dest_tables = data_tables(source), data_tables(dest)
    expected = row_counts(source, source_tables)
    copied = copy_rows(source, dest, source_tables, dest_tables)
    found = row_counts(dest, dest_tables)
    if not expected == copied == found:
        wrong = sorted(name for name in expected if not expected[name] == copied.get(name) == found.get(name))
        raise TransferError(
            translate("Transfer", "After copying, the number of rows differs from the source in {tables}; nothing was copied.").format(
                tables=", ".join(wrong)
            )
        )
    return found


def reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """PostgreSQL: each id sequence continues after the highest id copied in."""
    if conn.dialect.name != dialects.POSTGRESQL:
        return
    quote = conn.dialect.identifier_preparer.quote
    for table in tables:
        keys = list(table.primary_key)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": quote(table.name), "column": keys[0].name}
        ).scalar()
        if sequence is None:
            continue
        column, name = quote(keys[0].name), quote(table.name)
        conn.execute(
            text(
                f"SELECT setval(:sequence, coalesce((SELECT max({column}) FROM {name}), 1), (SELECT max({column}) IS NOT NULL FROM {name}))"
            ),
            {"sequence": sequence},
        )


# -- sources: one consistent snapshot --------------------------------------------------------------


def _refuse_unknown(revision: str | None, shown: str) -> str:
    """The schema revision of a database this program can read; else TransferError or NewerSchemaError."""
    if revision is None:
        raise TransferError(translate("Transfer", "There is no hptracker database at {target}.").format(target=shown))
    if revision not in known_revisions():
        raise NewerSchemaError(
            translate(
                "Store",
                "This database was written by a newer version of hptracker (schema {rev}); please update "
                "the program. The database has not been changed.",
            ).format(rev=revision)
        )
    return revision


@contextlib.contextmanager
def reading_server(target: str | Engine) -> Iterator[tuple[Connection, str]]:
    """A connection to a server database inside one REPEATABLE READ READ ONLY transaction, and its
    schema revision: every table read from it belongs to the same moment."""
    url = target.url.render_as_string(hide_password=False) if isinstance(target, Engine) else to_url(target)
    engine = make_engine(url)
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise server.server_error(exc, url) from None
        with conn:
            server.check_server_version(engine.dialect.server_version_info, url)
            snapshot = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            try:
                with snapshot.begin():
                    revision = (
                        snapshot.execute(text(f"SELECT version_num FROM {_VERSION_TABLE}")).scalar()
                        if dialects.has_version_table(snapshot)
                        else None
                    )
                    yield snapshot, _refuse_unknown(revision, server.display_target(url))
            except DBAPIError as exc:
                raise server.server_error(exc, url) from None
    finally:
        engine.dispose()


@contextlib.contextmanager
def reading_file(path: Path, *, upgrade: bool) -> Iterator[tuple[Connection, str]]:
    """A SQLite database (or backup) read through a private snapshot, and the snapshot's revision.

    The file itself is only read (SQLite's backup API, one consistent snapshot even while the
    window writes to it); with ``upgrade`` the snapshot of an older schema is brought to the
    current one, the file is not.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(translate("Store", "There is no database at {path}.").format(path=path))
    inspect_file(path)
    with tempfile.TemporaryDirectory(prefix="hptracker-copy-") as folder:
        snapshot = Path(folder) / "snapshot.db"
        try:
            live = readonly_connection(path)
            try:
                copy = sqlite3.connect(snapshot, isolation_level=None)
                try:
                    live.backup(copy)
                    revision = _revision_of(copy)
                finally:
                    copy.close()
            finally:
                live.close()
        except sqlite3.DatabaseError as exc:  # inspect_file passed: busy, or unreadable after all
            raise StoreError(translate("Store", "The database {path} cannot be used: {reason}.").format(path=path, reason=exc)) from None
        revision = _refuse_unknown(revision, str(path))
        engine = make_engine(snapshot)
        try:
            if upgrade and revision != head_revision():
                migrate(engine, "head")
                revision = head_revision()
            with engine.connect() as conn, conn.begin():
                yield conn, revision
        finally:
            engine.dispose()


def _revision_of(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute(f"SELECT version_num FROM {_VERSION_TABLE}").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


@contextlib.contextmanager
def reading(target: str) -> Iterator[tuple[Connection, str]]:
    """The source of a copy, at the current schema: a server must be current already (any window
    upgrades it); a file's private snapshot is upgraded."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        with reading_file(path, upgrade=True) as found:
            yield found
        return
    with reading_server(url) as (conn, revision):
        if revision != head_revision():
            raise TransferError(
                translate(
                    "Transfer",
                    "The database {target} uses an older schema; open it once with this version of "
                    "hptracker (which upgrades it after a backup), then copy it.",
                ).format(target=server.display_target(url))
            )
        yield conn, revision


# -- destinations ----------------------------------------------------------------------------------


def _not_empty(shown: str, filled: dict[str, int]) -> TransferError:
    what = ", ".join(f"{name} {count}" for name, count in sorted(filled.items()))
    return TransferError(
        translate(
            "Transfer",
            "The database {target} already holds records ({what}); hptracker copies or restores only into "
            "an empty database, so nothing was changed.",
        ).format(target=shown, what=what)
    )


def into_database(source: Connection, dest: Engine, shown: str) -> dict[str, int]:
    """Copy into an existing, empty database at the current schema, in one transaction.

    On PostgreSQL the transaction first locks hptracker's tables against writers (a window open
    on the new database, a second copy): the emptiness it checks is still true when it commits.
    Open windows on that server then hear that everything changed.
    """
    with dest.begin() as conn:
        tables = data_tables(conn)
        if conn.dialect.name == dialects.POSTGRESQL:
            dialects.lock_in_transaction(conn, "copy")
            quote = conn.dialect.identifier_preparer.quote
            conn.execute(text(f"LOCK TABLE {', '.join(quote(t.name) for t in tables)} IN SHARE ROW EXCLUSIVE MODE"))
        filled = records_in(conn, tables)
        if filled:
            raise _not_empty(shown, filled)
        for table in reversed(tables):
            if table.name in SEEDED_TABLES:
                conn.execute(delete(table))
        counts = _transfer(source, conn)
        reset_sequences(conn, tables)
        if conn.dialect.name == dialects.POSTGRESQL:
            changes.notify(conn, [changes.EVERYTHING])
    if dest.dialect.name == dialects.POSTGRESQL:
        _vacuum(dest, tables)
    return counts


def _vacuum(dest: Engine, tables: list[Table]) -> None:
    """The server's planner statistics and visibility map, now rather than when autovacuum comes
    round: until then every count of the window read the whole table (the status bar's counts of
    100,000 follow-ups 40 ms instead of 20 ms from their index alone). A table this role does not
    own is skipped by the server with a warning, never an error: the copy is already committed."""
    quote = dest.dialect.identifier_preparer.quote
    with dest.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"VACUUM (ANALYZE) {', '.join(quote(t.name) for t in tables)}"))


def _sqlite_problems(path: Path, revision: str, counts: dict[str, int]) -> list[str]:
    conn = readonly_connection(path)
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(5)")]
        problems = [] if problems == ["ok"] else problems
        problems += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check").fetchmany(5)]
        problems += schema_differences(conn, revision)
        for table, expected in counts.items():
            found = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if found != expected:
                problems.append(f"{table}: {found} ≠ {expected}")
    finally:
        conn.close()
    return problems


def write_file(source: Connection, tmp: Path, revision: str, shown: str) -> dict[str, int]:
    """Build a new SQLite database at ``tmp`` (an empty file) holding every row of ``source``.

    Made by migrating the empty file to ``revision``, filled in one transaction, made a single
    self-contained file (no ``-wal``), then checked: SQLite's integrity and foreign-key checks,
    the schema of its revision, and the row count of every table. Raises TransferError when a
    check fails; the caller discards the file.
    """
    engine = make_engine(tmp)
    try:
        migrate(engine, revision)
        with engine.begin() as conn:
            counts = _transfer(source, conn)
    finally:
        engine.dispose()
    raw = sqlite3.connect(tmp, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = DELETE")
    finally:
        raw.close()
    for companion in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(tmp) + companion).unlink()
    problems = _sqlite_problems(tmp, revision, counts)
    if problems:
        raise TransferError(
            translate("Transfer", "The copy of {target} failed its check ({problems}); it was not kept.").format(
                target=shown, problems="; ".join(problems[:3])
            )
        )
    return counts


def _into_new_file(source: Connection, path: Path, revision: str, shown: str) -> dict[str, int]:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(path, exc) from None
    lock = db_lock.acquire(path)  # no hptracker creates this database while it is being built
    try:
        if path.exists():
            raise TransferError(
                translate("Transfer", "{path} appeared while the copy was being made; nothing was changed.").format(path=path)
            )
        with atomic_path(path, suffix=".copy-tmp") as tmp:
            return write_file(source, tmp, revision, shown)
    finally:
        lock.release(clean=path.exists())


def same_database(source: str, dest: str) -> bool:
    """Whether two targets name one database: the same file, or the same database on one server."""
    a, b = to_url(source), to_url(dest)
    path_a, path_b = sqlite_path(a), sqlite_path(b)
    if path_a is None and path_b is None:
        left, right = server.server_address(a), server.server_address(b)
        return (left.host, left.port, left.database) == (right.host, right.port, right.database)
    if path_a is None or path_b is None:
        return False
    if path_a.exists() and path_b.exists():
        return os.path.samefile(path_a, path_b)
    return os.path.normcase(os.path.realpath(path_a)) == os.path.normcase(os.path.realpath(path_b))


def refuse_same_database(source: str, dest: str) -> None:
    if same_database(source, dest):
        raise TransferError(
            translate("Transfer", "{source} and {dest} are the same database; nothing was copied.").format(
                source=server.display_target(to_url(source)), dest=server.display_target(to_url(dest))
            )
        )


def copy_database(source: str, dest: str) -> TransferReport:
    """``hptracker copy SOURCE DEST``: every record of SOURCE into DEST, which must be empty.

    DEST may be a new file (built aside and moved into place), an empty hptracker file, or an
    empty server database (its tables are created first if it has none).
    """
    started = time.monotonic()
    refuse_same_database(source, dest)
    shown_dest = server.display_target(to_url(dest))
    path = sqlite_path(to_url(dest))
    with reading(source) as (conn, revision):
        if path is not None and not path.exists():
            counts = _into_new_file(conn, path, revision, str(path))
        else:
            database = open_database(dest)
            try:
                counts = into_database(conn, database.engine, shown_dest)
            except DBAPIError as exc:
                raise store_error_from(exc, database.path, database.url) from None
            finally:
                database.dispose()
    return TransferReport(counts, revision, time.monotonic() - started, path)
