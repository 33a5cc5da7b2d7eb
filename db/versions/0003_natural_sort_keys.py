"""One Vietnamese order: numbers by their value in every stored sort key; units and fields get one.

``hptracker.core.text.sort_key`` now compares a run of digits by its value ("Quận 2" before
"Quận 10"), the order the pickers already showed, so the tables (which sort in SQL on the stored
key) and the pickers agree. Every stored key is recomputed here, in batches of a few thousand
rows. Our units and the fields of cooperation were sorted by their raw names (binary: "Ủy ban"
after "Z"); they get a ``sort_key`` column like partners, meetings, agreements and follow-ups.

The keys are computed by the app's own ``sort_key``, not a copy frozen here: a stored key is
derived data and must equal what the app writes for a new record, or the two sort apart. No
table is recreated (SQLite adds a column in place), so the search triggers of 0002 stay.

Downgrade drops the two new columns and leaves the other keys as they are; the older code orders
them correctly except that it wrote digits one by one for the records it changed.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from hptracker.core.text import sort_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW = ("units", "fields")
# Each table with a stored sort key, and the text it is made of.
SORTED = {"partners": "name", "meetings": "title", "agreements": "title", "followups": "title",
          "units": "name", "fields": "name"}
BATCH = 2000


def recompute(table: str, column: str) -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(sa.text(f"SELECT id, {column} FROM {table} WHERE id > :last ORDER BY id LIMIT :n"),
                            {"last": last, "n": BATCH}).all()
        if not rows:
            return
        bind.execute(sa.text(f"UPDATE {table} SET sort_key = :key WHERE id = :id"),
                     [{"id": rid, "key": sort_key(text)} for rid, text in rows])
        last = rows[-1][0]


def upgrade() -> None:
    for table in NEW:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("sort_key", sa.Text(), nullable=False, server_default=""))
    for table, column in SORTED.items():
        recompute(table, column)


def downgrade() -> None:
    for table in NEW:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sort_key")
