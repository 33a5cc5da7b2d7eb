"""What SQLite and PostgreSQL do differently, behind small functions (SPEC §9).

The use cases write one SQL for both databases. Where the two differ, the difference is settled
here, once, so that every command, search and sort gives the same answer on both:

* NULL order: SQLite puts NULL first ascending and last descending, PostgreSQL the other way round.
  A PostgreSQL engine gets a statement compiler that writes SQLite's order into every ORDER BY
  (:func:`configure`), and the sort indexes of db/versions/0002 are built in that order.
* Text comparison: SQLite compares text byte by byte and never limits a VARCHAR's length, and its
  ``lower()`` folds ASCII only. PostgreSQL columns are created as ``text COLLATE "C"``, which does
  all three the same way (db/versions/0001 and :func:`after_migrations`); the stored Vietnamese
  sort keys then order identically.
* Concurrency: SQLite has one writer per file (lock.py); several workstations share one
  PostgreSQL database, so first writes are upserts (:func:`insert_missing`) and work that must
  not run twice at once holds an advisory lock (:func:`exclusive`, :func:`lock_in_transaction`).
* Writes that read first: a use case reads the old values (for the audit, and to check the
  version a form loaded) and then writes. On PostgreSQL it reads the row ``FOR UPDATE``
  (``TrackerBase._locked``), so a second officer's change waits and then sees the first one's
  result; SQLite has no row locks, so its write transactions begin ``IMMEDIATE``
  (:func:`begin_write`, :func:`begin_sql`), taking the database's write lock before the first read.
* The schema hptracker owns: on PostgreSQL its tables, and Alembic's version table, live in the
  connection's ``current_schema()``, never in another schema that happens to be on the path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, event, text
from sqlalchemy import insert as sa_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import Label, UnaryExpression
from sqlalchemy.sql.selectable import Join

from .library_internals import label_reference, order_by_clauses, plain_from

POSTGRESQL = "postgresql"
SQLITE = "sqlite"
# An ORDER BY term given as a label, which the SQLite null order looks inside (library_internals).
_LABEL_REFERENCE = label_reference()

# Alembic's own table: left as Alembic makes it.
_VERSION_TABLE = "alembic_version"


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for a name, the same in every process."""
    digest = hashlib.sha256(f"hptracker:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


# -- writes that several workstations may make at once ------------------------------------------


def insert_missing(session: Session | Connection, table: Table, rows: Iterable[Mapping[str, Any]], unique: tuple[str, ...]) -> None:
    """INSERT the rows whose ``unique`` columns are not there yet; leave the others alone.

    ``INSERT ... ON CONFLICT (...) DO NOTHING`` on both databases: on PostgreSQL a second
    workstation inserting the same officer or category at the same moment waits for the first and
    then does nothing, where a check-then-insert would fail on the unique constraint.
    """
    rows = [dict(row) for row in rows]
    if not rows:
        return
    bind = session.get_bind() if isinstance(session, Session) else session
    if bind.dialect.name == POSTGRESQL:
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        statement: Any = pg_insert(table).on_conflict_do_nothing(index_elements=list(unique))
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(table).on_conflict_do_nothing(index_elements=list(unique))
    session.execute(statement, rows)


# The execution option that makes a SQLite connection begin its transaction IMMEDIATE.
_WRITE_OPTION = "hptracker_write"


def begin_write(session: Session) -> None:
    """Mark the session's transaction, before its first statement, as one that will write.

    SQLite then begins it ``IMMEDIATE`` (see :func:`begin_sql`): the write lock is taken at once,
    and another writer waits (busy timeout) instead of reading values that are about to change.
    A deferred ``BEGIN`` would let both read, and the second fail when it tries to write.
    PostgreSQL ignores the option: its writers lock the rows they read for change.
    """
    session.connection(execution_options={_WRITE_OPTION: True})


def begin_sql(connection: Connection) -> str:
    """The BEGIN a SQLite connection emits for its next transaction (see :func:`begin_write`)."""
    return "BEGIN IMMEDIATE" if connection.get_execution_options().get(_WRITE_OPTION) else "BEGIN"


def insert_numbered(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """INSERT rows whose ``id`` the database gives, and those IDs in the order of ``rows``.

    Never guessed beforehand as the largest + 1 (on a server a rolled-back insert has used a number
    of the sequence, and rows written under guessed numbers leave the sequence behind them).
    PostgreSQL returns the IDs in the order of the rows (SQLAlchemy's "insertmanyvalues" sorts them
    by the SERIAL it inserts in that order), a few hundred rows a statement. SQLite cannot be asked
    for that order without one statement per row, five times slower: there the IDs RETURNING gives
    are put in ascending order, which is the order of the rows, as SQLite numbers each row inserted
    without an ID as the largest one + 1 (this transaction holds the database's write lock).
    """
    if not rows:
        return []
    id_column = table.c.id
    if connection.dialect.name == POSTGRESQL:
        statement = sa_insert(table).returning(id_column, sort_by_parameter_order=True)
        return list(connection.scalars(statement, rows))
    ids = sorted(connection.scalars(sa_insert(table).returning(id_column), rows))
    if ids != list(range(ids[0], ids[0] + len(rows))):  # the largest ID possible was reached
        raise RuntimeError("SQLite did not number the new rows one after another")
    return ids


def lock_in_transaction(connection: Connection | Session, name: str) -> None:
    """Hold ``name``'s advisory lock until the current transaction ends (PostgreSQL).

    SQLite needs none: one process writes at a time (lock.py), and its migration runs under the
    one-writer lock.
    """
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    if bind.dialect.name == POSTGRESQL:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})


@contextmanager
def exclusive(engine: Engine, name: str) -> Iterator[None]:
    """Run a block of several transactions while no other process runs a block of the same name.

    For work made of many use cases that must not interleave with the same work elsewhere
    (``hptracker demo`` looks for each record, then adds the missing ones). On PostgreSQL a
    session-level advisory lock on a connection of its own, released at the end (or by the server
    if the process dies); on SQLite nothing, the one-writer lock already keeps others out.
    """
    if engine.dialect.name != POSTGRESQL:
        yield
        return
    key = lock_key(name)
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            conn.commit()


@contextmanager
def held(connection: Connection, name: str) -> Iterator[None]:
    """Hold ``name``'s advisory lock on this connection for the block, across its transactions
    (PostgreSQL; nothing on SQLite). The same connection may take the transaction-level lock of
    the same name inside the block (the migration does) without waiting for itself."""
    if connection.dialect.name != POSTGRESQL:
        yield
        return
    key = lock_key(name)
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
    connection.commit()
    try:
        yield
    finally:
        if connection.in_transaction():
            connection.rollback()
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        connection.commit()


# -- rights ---------------------------------------------------------------------------------------


def may_write(connection: Connection) -> bool:
    """Whether this PostgreSQL role may change hptracker's records: the session is not read-only,
    and the role may insert, update and delete in every table of hptracker's schema and use its
    sequences (a role granted SELECT only gets a read-only window, SPEC §9).

    An empty schema says nothing yet (the first start creates the tables, or says it cannot).
    SQLite's answer is the file's and its folder's (hptracker.core.db).
    """
    if connection.dialect.name != POSTGRESQL:
        return True
    return bool(
        connection.execute(
            text(
                "SELECT current_setting('transaction_read_only') = 'off' "
                "AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                "    AND c.relkind IN ('r', 'p') AND c.relname <> :version "
                "    AND CASE WHEN c.relkind IN ('r', 'p') THEN NOT (has_table_privilege(c.oid, 'INSERT') "
                "        AND has_table_privilege(c.oid, 'UPDATE') AND has_table_privilege(c.oid, 'DELETE')) ELSE false END) "
                # (CASE: the planner may test the privilege before the kind, and it fails on a table)
                "AND NOT EXISTS (SELECT 1 FROM pg_class s WHERE s.relnamespace = current_schema()::regnamespace "
                "    AND CASE WHEN s.relkind = 'S' THEN NOT has_sequence_privilege(s.oid, 'USAGE') ELSE false END)"
            ),
            {"version": _VERSION_TABLE},
        ).scalar()
    )


# -- the schema hptracker owns ------------------------------------------------------------------


def own_schema(connection: Connection) -> str | None:
    """The schema hptracker's tables belong to: ``current_schema()`` on PostgreSQL, None on SQLite."""
    if connection.dialect.name != POSTGRESQL:
        return None
    return connection.execute(text("SELECT current_schema()")).scalar()


def has_version_table(connection: Connection) -> bool:
    """Whether Alembic's version table exists in hptracker's own schema.

    On PostgreSQL only ``current_schema()`` counts: an ``alembic_version`` of another application
    in another schema of the same database (``public``, say) must not pass for hptracker's.
    """
    if connection.dialect.name == SQLITE:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"
    elif connection.dialect.name == POSTGRESQL:
        sql = "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = :name"
    else:
        sql = "SELECT 1 FROM information_schema.tables WHERE table_name = :name"
    return connection.execute(text(sql), {"name": _VERSION_TABLE}).first() is not None


def after_migrations(connection: Connection) -> None:
    """Every text column of hptracker's schema compares as SQLite compares (PostgreSQL).

    db/versions/0001 creates its columns as ``text COLLATE "C"`` already; a later revision that adds
    a ``String`` column gets the same here, inside the migration's transaction, so that no column
    sorts by the server's locale or refuses a value longer than its declared length.
    """
    if connection.dialect.name != POSTGRESQL:
        return
    columns = connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name <> :version "
            "AND data_type IN ('character varying', 'character', 'text') "
            "AND (data_type <> 'text' OR collation_name IS DISTINCT FROM 'C') "
            "AND table_name IN (SELECT table_name FROM information_schema.tables "
            "                   WHERE table_schema = current_schema() AND table_type = 'BASE TABLE') "
            "ORDER BY table_name, column_name"
        ),
        {"version": _VERSION_TABLE},
    ).all()
    quote = connection.dialect.identifier_preparer.quote
    for table_name, column_name in columns:
        connection.execute(text(f'ALTER TABLE {quote(table_name)} ALTER COLUMN {quote(column_name)} TYPE text COLLATE "C"'))


# -- steering the query planner ------------------------------------------------------------------


def not_for_lookup(column: Any, dialect: str) -> Any:
    """``column`` in a form SQLite's planner will not use an index to look up (unary ``+``).

    Without statistics (``sqlite_stat1``, written by ANALYZE) SQLite assumes that an equality on
    an indexed column picks out a few rows, so ``deleted_at IS NULL`` — true of nearly every
    follow-up — made it read all 100,000 through ``ix_followups_open_due`` and sort them for
    every click on a column header (140 ms instead of 1 ms) on every database but the
    benchmark's. The unary ``+`` is SQLite's documented way to keep a term out of index lookups
    (sqlite.org/optoverview.html, "Disqualifying WHERE clause terms using unary-+"); the term
    still filters, and the planner walks the index of the ORDER BY instead. PostgreSQL always has
    statistics (autovacuum) and has no unary ``+`` for dates: its column is left as it is.
    """
    if dialect != SQLITE:
        return column
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


# -- PostgreSQL engines that answer as SQLite does ----------------------------------------------


def configure(engine: Engine) -> Engine:
    """Make a PostgreSQL engine order NULLs as SQLite does; SQLite engines are left as they are."""
    if engine.dialect.name != POSTGRESQL:
        return engine
    base = engine.dialect.statement_compiler
    if not issubclass(base, _SQLiteNullOrder):
        engine.dialect.statement_compiler = type(f"SQLiteNullOrder{base.__name__}", (_SQLiteNullOrder, base), {})
    event.listen(engine, "connect", _on_connect)
    return engine


def _on_connect(dbapi_connection, _record) -> None:
    # The follow-up table's grouped sorts read a UNION ALL of ordered parts and rely on the parts
    # coming back in the order written, as a plain Append gives them; a Parallel Append may
    # interleave them. hptracker's queries read pages of 200 rows, where parallel workers only
    # add start-up cost.
    #
    # Index lookups cost little more than sequential reads on the disks a server has now (SSDs);
    # with PostgreSQL's default random_page_cost (4, spinning disks) the details of a page of 200
    # follow-ups were read by hashing all 10,000 partners and agreements: 60 ms instead of 20 ms
    # at 100,000 follow-ups. 1.1 is the value PostgreSQL's documentation gives for SSDs.
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET max_parallel_workers_per_gather = 0")
        cursor.execute("SET random_page_cost = 1.1")
    dbapi_connection.commit()


class _SQLiteNullOrder:
    """Statement-compiler mixin: every ORDER BY term places NULL where SQLite places it.

    A term that says NULLS FIRST/LAST itself is kept. So is a column that cannot be NULL here:
    declared NOT NULL and not on the optional side of an outer join (no NULL to place, and the
    plain form is the one the plain indexes serve; PostgreSQL would not use an index for
    ``id NULLS FIRST``). Anything else gets NULLS FIRST ascending and NULLS LAST descending.
    """

    def order_by_clause(self, select, **kw):
        optional = _optional_froms(select)
        clauses = [_null_order_as_sqlite(clause, optional) for clause in order_by_clauses(select)]
        order_by = self._generate_delimited_list(clauses, ", ", **kw)
        return " ORDER BY " + order_by if order_by else ""


_NULLS = (operators.nulls_first_op, operators.nulls_last_op)
_DIRECTIONS = (operators.asc_op, operators.desc_op)


def _optional_froms(select) -> set[Any] | None:
    """The tables and aliases whose columns an outer join may turn into NULL; None when unknown."""
    froms = getattr(select, "get_final_froms", None)
    if froms is None:  # a UNION and the like: every term may be NULL
        return None
    optional: set[Any] = set()

    def walk(item, nullable: bool) -> None:
        if isinstance(item, Join):
            walk(item.left, nullable or item.full)
            walk(item.right, nullable or item.isouter)
        elif nullable:
            optional.add(plain_from(item))

    for item in froms():
        walk(item, False)
    return optional


def _null_order_as_sqlite(clause, optional: set[Any] | None):
    if isinstance(clause, _LABEL_REFERENCE):
        inner = _null_order_as_sqlite(clause.element, optional)
        return clause if inner is clause.element else _LABEL_REFERENCE(inner)
    modifier = getattr(clause, "modifier", None)
    if modifier in _NULLS:
        return clause
    expression = clause.element if modifier in _DIRECTIONS else clause
    if not _may_be_null(expression, optional):
        return clause
    nulls = operators.nulls_last_op if modifier is operators.desc_op else operators.nulls_first_op
    return UnaryExpression(clause, modifier=nulls)


def _may_be_null(expression, optional: set[Any] | None) -> bool:
    while isinstance(expression, Label):
        expression = expression.element
    if optional is None or getattr(expression, "nullable", None) is not False:
        return True
    table = getattr(expression, "table", None)
    return table is None or plain_from(table) in optional
