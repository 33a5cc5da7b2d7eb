"""The day each follow-up was raised: ``followups.raised_on``, required.

Periodic figures (SPEC §10) count a follow-up from the day it was raised: the date of the meeting
where it was raised, or the day an officer gives when entering old minutes. Existing follow-ups
get the best date the database already holds: their meeting's date; without a meeting, the
earlier of their first progress entry and the day they were created (a progress entry may have
been back-dated before the record was typed in).

The column is NOT NULL, as the models say. PostgreSQL adds it, fills it and sets NOT NULL in
place. SQLite cannot add a NOT NULL column without a default, so there the column is added, filled,
and the table rebuilt with the column required, following SQLite's own recipe for other schema
changes (https://sqlite.org/lang_altertable.html#otheralter): the new table's SQL is the old one's
word for word but for ``NOT NULL``; rows are copied with their ids (the full-text index refers to
them); the old table is dropped and the new one renamed; the indexes and triggers SQLite dropped
with the old table (the full-text triggers and expression indexes of 0002, and anything a later
revision puts there) are created again from their stored SQL. Alembic's batch mode is not used:
it writes the constraints in a different order on every run, and a restored backup's schema is
compared, text for text, with the schema these migrations build (hptracker.core.db).

Downgrade drops the column (SQLite 3.35+ drops it in place, keeping the triggers and indexes).

Revision ID: 0005
Revises: 0004
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Meeting date; else the earlier of the first progress entry and the creation day.
_FIRST_PROGRESS = "(SELECT min(p.date) FROM progress_entries p WHERE p.followup_id = followups.id)"
_MEETING_DATE = "(SELECT m.date FROM meetings m WHERE m.id = followups.meeting_id)"
BACKFILL = {
    "sqlite": (f"UPDATE followups SET raised_on = COALESCE({_MEETING_DATE}, "
               f"min(COALESCE({_FIRST_PROGRESS}, date(created_at)), date(created_at)))"),
    "postgresql": (f"UPDATE followups SET raised_on = COALESCE({_MEETING_DATE}, "
                   f"LEAST({_FIRST_PROGRESS}, CAST(created_at AS date)))"),
}


def _kept_beside(bind, table: str) -> list[tuple[str, str]]:
    """(name, sql) of the indexes and triggers SQLite stores for ``table`` with their own SQL."""
    return [tuple(row) for row in bind.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = :table AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name"), {"table": table})]


def _require_on_sqlite(bind) -> None:
    kept = _kept_beside(bind, "followups")
    (sql,) = bind.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'followups'")).one()
    column = re.compile(r"\braised_on DATE(?=\s*[,)])")
    head = re.compile(r"^CREATE TABLE\s+(\"followups\"|followups)\s*\(")
    if len(column.findall(sql)) != 1 or not head.match(sql):
        raise RuntimeError(f"unexpected definition of followups: {sql}")
    new_sql = head.sub("CREATE TABLE followups_0005 (", column.sub("raised_on DATE NOT NULL", sql), count=1)
    op.execute(new_sql)
    op.execute("INSERT INTO followups_0005 SELECT * FROM followups")
    op.execute("DROP TABLE followups")
    op.execute("ALTER TABLE followups_0005 RENAME TO followups")
    for _name, statement in kept:
        op.execute(statement)


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    op.add_column("followups", sa.Column("raised_on", sa.Date(), nullable=True))
    op.execute(BACKFILL["postgresql" if dialect == "postgresql" else "sqlite"])
    if dialect == "sqlite":
        _require_on_sqlite(bind)
    else:
        op.alter_column("followups", "raised_on", existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE followups DROP COLUMN raised_on")
    else:
        op.drop_column("followups", "raised_on")
