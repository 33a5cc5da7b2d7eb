"""Speed at scale: last-progress date on follow-ups, sort indexes, trigram full-text search.

At 100,000 follow-ups every click on a column header must stay under 100 ms and every search
keystroke under 50 ms (issue 8). That needs:

* ``followups.last_progress_date``, kept by the use cases, so "last update" sorts on an index
  instead of a correlated sub-select per row;
* expression indexes that match the ORDER BY the tracker emits (open first, dates with blanks
  last in both directions, statuses and priorities in workflow order);
* SQLite FTS5 tables with the trigram tokenizer over the stored folded search keys of follow-ups
  and partners, kept in step by triggers, so a substring search of three characters or more reads
  an index instead of scanning every row. PostgreSQL searches the same folded keys with LIKE,
  served by pg_trgm GIN indexes (of follow-ups, partners, meetings and agreements).

On PostgreSQL the sort indexes are written in the order the queries ask for there: hptracker's
engine puts NULL first ascending and last descending, as SQLite does (hptracker.core.dialects),
so each term of a nullable expression says NULLS FIRST (a backward scan serves the descending
sort), and the follow-up id that breaks ties ends each index, as SQLite's rowid ends its indexes.

Caution for later revisions: a batch ALTER of ``followups`` or ``partners`` on SQLite recreates the
table and drops its triggers; such a revision must call ``create_search_triggers`` again.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The ORDER BY expressions of hptracker.core.tracker, written the same way: SQLite uses an
# expression index only for the identical expression.
CLOSED = "(status IN ('done', 'dropped'))"
STATUS_RANK = ("(CASE status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 "
               "WHEN 'awaiting_partner' THEN 2 WHEN 'on_hold' THEN 3 WHEN 'done' THEN 4 ELSE 5 END)")
PRIORITY_RANK = "(CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END)"

INDEXES = {
    "ix_followups_order_default": f"{CLOSED}, (due_date IS NULL), due_date",
    "ix_followups_order_due_asc": "(due_date IS NULL), due_date",
    "ix_followups_order_due_desc": "(due_date IS NULL), due_date DESC",
    "ix_followups_order_last_asc": "(last_progress_date IS NULL), last_progress_date",
    "ix_followups_order_last_desc": "(last_progress_date IS NULL), last_progress_date DESC",
    "ix_followups_order_status": STATUS_RANK,
    "ix_followups_order_priority": PRIORITY_RANK,
    "ix_followups_direction": "direction",
    "ix_followups_officer": "officer",
    "ix_followups_updated_at": "updated_at",
}

SEARCHED = ("followups", "partners")

# PostgreSQL: the same orders as INDEXES, with SQLite's NULL placement and the tie-breaking id.
PG_INDEXES = {
    "ix_followups_order_default": f"{CLOSED} NULLS FIRST, (due_date IS NULL) NULLS FIRST, due_date NULLS FIRST, id",
    "ix_followups_order_due_asc": "(due_date IS NULL) NULLS FIRST, due_date NULLS FIRST, id",
    "ix_followups_order_due_desc": "(due_date IS NULL) NULLS FIRST, due_date DESC NULLS LAST, id",
    "ix_followups_order_last_asc": "(last_progress_date IS NULL) NULLS FIRST, last_progress_date NULLS FIRST, id",
    "ix_followups_order_last_desc": "(last_progress_date IS NULL) NULLS FIRST, last_progress_date DESC NULLS LAST, id",
    "ix_followups_order_status": f"{STATUS_RANK} NULLS FIRST, id",
    "ix_followups_order_priority": f"{PRIORITY_RANK} NULLS FIRST, id",
    "ix_followups_direction": "direction, id",
    "ix_followups_officer": "officer NULLS FIRST, id",
    "ix_followups_updated_at": "updated_at, id",
}

# PostgreSQL: trigram indexes over the folded keys that searches read with LIKE '%word%'.
PG_SEARCHED = ("followups", "partners", "meetings", "agreements")


def create_search_triggers(table: str) -> None:
    fts = f"{table}_fts"
    op.execute(f"""CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN
        INSERT INTO {fts}(rowid, search_key) VALUES (new.id, new.search_key); END""")
    op.execute(f"""CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
        INSERT INTO {fts}({fts}, rowid, search_key) VALUES ('delete', old.id, old.search_key); END""")
    op.execute(f"""CREATE TRIGGER {table}_fts_update AFTER UPDATE OF search_key ON {table} BEGIN
        INSERT INTO {fts}({fts}, rowid, search_key) VALUES ('delete', old.id, old.search_key);
        INSERT INTO {fts}(rowid, search_key) VALUES (new.id, new.search_key); END""")


def upgrade() -> None:
    with op.batch_alter_table("followups") as batch:
        batch.add_column(sa.Column("last_progress_date", sa.Date(), nullable=True))
    op.execute("UPDATE followups SET last_progress_date = "
               "(SELECT max(date) FROM progress_entries WHERE progress_entries.followup_id = followups.id)")
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, columns in (PG_INDEXES if postgresql else INDEXES).items():
        op.execute(f"CREATE INDEX {name} ON followups ({columns})")
    if postgresql:
        # pg_trgm is a trusted extension: the database's owner may create it (PostgreSQL 13+).
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table in PG_SEARCHED:
            op.execute(f"CREATE INDEX ix_{table}_search_trgm ON {table} USING gin (search_key gin_trgm_ops)")
    if op.get_bind().dialect.name == "sqlite":
        for table in SEARCHED:
            op.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5(search_key, content='{table}', "
                       "content_rowid='id', tokenize='trigram')")
            op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
            create_search_triggers(table)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SEARCHED:
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{event}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    for table in PG_SEARCHED:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    with op.batch_alter_table("followups") as batch:
        batch.drop_column("last_progress_date")
