"""Alembic environment for hptracker.

Run programmatically by hptracker.core.db.upgrade(), which hands over a connection whose foreign
keys are already OFF (SQLite). Batch mode lets SQLite ALTER tables by copy-and-move; the
foreign_key_check at the end runs inside the migration transaction so a broken reference rolls the
whole upgrade back.

On PostgreSQL the whole upgrade is one transaction that first takes an advisory lock, so that two
workstations starting on an empty (or older) database at once take turns: the second finds the
schema current and does nothing. The version table lives in the connection's own schema
(``current_schema()``), and every text column ends up compared as SQLite compares it
(hptracker.core.dialects.after_migrations).
"""

from alembic import context
from sqlalchemy import text

from hptracker.core import dialects
from hptracker.core.models import Base
from hptracker.core.search import is_search_table

config = context.config
target_metadata = Base.metadata


class ForeignKeyViolation(RuntimeError):
    pass


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from hptracker.core.db import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"))
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            run_migrations_online()
        return
    outside = not connection.in_transaction()
    schema = dialects.own_schema(connection)
    if outside and connection.in_transaction():  # the query began one; Alembic must begin its own
        connection.commit()
    context.configure(
        connection=connection,
        version_table_schema=schema,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # The FTS5 search tables belong to the store (0002), not to the models: autogenerate
        # must not propose to drop them.
        include_name=lambda name, kind, _parent: not (kind == "table" and is_search_table(name)),
    )
    with context.begin_transaction():
        dialects.lock_in_transaction(connection, "migrate")
        context.run_migrations()
        dialects.after_migrations(connection)
        if connection.dialect.name == "sqlite":
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise ForeignKeyViolation(f"foreign key check failed after migration: {problems[:5]}")


if context.is_offline_mode():
    raise SystemExit("hptracker migrations run online only")
run_migrations_online()
