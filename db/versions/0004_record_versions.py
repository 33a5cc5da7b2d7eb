"""Record versions: every editable record counts its changes, and the audit says which version each made.

Two officers editing the same follow-up (SPEC §9) must not undo each other silently. Each editable
record (partners, contacts, units, meetings, agreements, follow-ups, facts) gets a ``version``,
1 for every existing row, that each change increases by one; a form sends the version it loaded
and a save over a newer one is refused (hptracker.core.tracker_base). Each audit entry records the
version its change left the record at, so "changed since version V, by whom and when" is a
question the audit answers. Categories, fields and officers are not edited after they are made
and have no version.

SQLite adds each column in place (no table is recreated, so the search triggers of 0002 stay);
the downgrade drops them with SQLite's own ``ALTER TABLE ... DROP COLUMN`` for the same reason.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED = ("partners", "contacts", "units", "meetings", "agreements", "followups", "facts")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("audit") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Not in batch mode: a batch drop recreates the table on SQLite, and with it would go the
    # search triggers of follow-ups and partners.
    op.drop_column("audit", "version")
    for table in VERSIONED:
        op.drop_column(table, "version")
