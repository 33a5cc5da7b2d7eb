"""Alembic environment for hptracker.

Run programmatically by hptracker.core.db.upgrade(), which hands over a connection whose foreign
keys are already OFF (SQLite). Batch mode lets SQLite ALTER tables by copy-and-move; the
foreign_key_check at the end runs inside the migration transaction so a broken reference rolls the
whole upgrade back.
"""

from alembic import context
from sqlalchemy import text

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
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # The FTS5 search tables belong to the store (0002), not to the models: autogenerate
        # must not propose to drop them.
        include_name=lambda name, kind, _parent: not (kind == "table" and is_search_table(name)),
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise ForeignKeyViolation(f"foreign key check failed after migration: {problems[:5]}")


if context.is_offline_mode():
    raise SystemExit("hptracker migrations run online only")
run_migrations_online()
