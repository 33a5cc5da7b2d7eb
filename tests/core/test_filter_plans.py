"""A filter of closed statuses in the view's default order starts where those rows are.

The default order lists the open follow-ups first and the done and dropped ones after them; its
index's first key says which part a row is in. On PostgreSQL the first page of "done" walked that
index from the top, skipping every open follow-up (67,000 rows, 40 ms at 100,000; with the window's
overhead 80-90 ms, over twice SQLite's), until the filter said which part it wants.
"""

from __future__ import annotations

import datetime as dt

import pytest

from hptracker.core import followup_query
from hptracker.core.rows import FollowUpQuery

pytestmark = pytest.mark.both_backends


def test_a_closed_status_page_reads_only_closed_rows_in_the_default_order(tracker, partner):
    made = [
        tracker.create_followup(title=f"Kiến nghị {n}", direction="ours", partner_id=partner.id, due=f"{n + 1:02d}/01/2025")
        for n in range(8)
    ]
    for followup in made[::2]:
        tracker.record_progress(followup.id, status="done")
    tracker.record_progress(made[1].id, status="dropped")
    today = dt.date(2026, 11, 29)
    for statuses, expected in ((("done",), made[::2]), (("done", "dropped"), [made[0], made[1], *made[2::2]])):
        query = FollowUpQuery(statuses=statuses)
        with tracker.db.sessions() as session:
            stmt = followup_query.ids_select(session, query, today, tracker.db.engine.dialect.name, offset=0, limit=100)
            sql = str(stmt.compile(dialect=tracker.db.engine.dialect, compile_kwargs={"literal_binds": True}))
            found = list(session.scalars(stmt))
        # The term the index's first key answers, which the server's plan at 100,000 follow-ups
        # turns into its Index Cond (a table this small is planned otherwise, so the SQL is checked).
        where = sql.split("WHERE", 1)[1].split("ORDER BY", 1)[0]
        assert "(followups.status IN ('done', 'dropped'))" in where, sql
        assert sorted(found) == sorted(f.id for f in expected), statuses
        assert found == [row.id for row in tracker.query_followups(query)]
