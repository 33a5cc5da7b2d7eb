"""Every sort of the follow-ups table reads an index on an officer's own database (issue 17.4).

The benchmark database is ANALYZEd by its generator; an officer's database has no statistics
until SQLite's ``PRAGMA optimize`` finds it worth making them, and without them SQLite once chose
to read every follow-up through the "not deleted" index and sort them all (the "last update"
sort took 140 ms instead of 15 ms). Here each sort's first page, both ways, is planned on a
database that has never been analyzed: the plan must walk the index meant for that order, and
never read the whole follow-ups table to sort it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, text

from hptracker.core import followup_query
from hptracker.core.rows import FollowUpQuery
from hptracker.core.tracker import Tracker

# The index each sort's first page must walk (both directions unless given as (asc, desc)).
# The default order has two: its own, and the search walk's of 0006, which begins with the same
# order (and holds what a search tests), either walked without a sort.
DEFAULT_ORDER = frozenset({"ix_followups_order_default", "ix_followups_search_walk"})
INTENDED = {
    "default": DEFAULT_ORDER,
    "timeliness": DEFAULT_ORDER,
    "due": ("ix_followups_order_due_asc", "ix_followups_order_due_desc"),
    "days_overdue": ("ix_followups_order_due_desc", "ix_followups_order_due_asc"),  # more days = earlier due
    "last_update": ("ix_followups_order_last_asc", "ix_followups_order_last_desc"),
    "status": "ix_followups_order_status",
    "priority": "ix_followups_order_priority",
    "partner": "ix_partners_sort_key",
    "category": "ix_followups_category_id",
    "meeting": "ix_meetings_date",
    "agreement": None,
    "unit": "ix_followups_unit_id",
    "id": "",  # the table itself is in id order (SQLite's rowid)
    "title": "ix_followups_sort_key",
    "direction": "ix_followups_direction",
    "officer": "ix_followups_officer",
    "updated": "ix_followups_updated_at",
}
# The one sort still served by no index: agreements have no index of their sort key (adding one
# takes a migration, left out while another branch adds its own), so by agreement SQLite reads the
# follow-ups and sorts them (70-90 ms at 100,000, within the 100 ms goal). The window has no
# such column; this set must not grow.
UNINDEXED = {"agreement"}
# Sorts that go through a second table reach the follow-ups through this index.
THROUGH = {"partner": "ix_followups_partner_id", "meeting": "ix_followups_meeting_id"}


@pytest.fixture(scope="module")
def unanalyzed(tmp_path_factory):
    """A new database with a few records of every kind and no statistics: as an officer's starts."""
    tracker = Tracker.open(tmp_path_factory.mktemp("plans") / "hptracker.db", officer="Nguyễn Thị Hoa")
    tracker.ensure_categories()
    partner = tracker.create_partner(name="Huyện Thượng Ngu", name_en="Shangyu District")
    meeting = tracker.create_meeting(date=dt.date(2024, 5, 13), title="Tiếp đoàn", partner_ids=[partner.id])
    for i in range(5):
        tracker.create_followup(partner_id=partner.id, title=f"Kiến nghị {i}", direction="ours", meeting_id=meeting.id if i % 2 else None)
    yield tracker
    tracker.close()


def test_every_sort_of_the_view_is_checked():
    assert set(INTENDED) == set(followup_query.SORTS)


def plan(tracker: Tracker, sort: str, descending: bool) -> list[str]:
    engine = tracker.db.engine
    with tracker.db.sessions() as session:
        query = FollowUpQuery(sort=sort, descending=descending)
        stmt = followup_query.ids_select(session, query, dt.date(2026, 11, 29), engine.dialect.name, offset=0, limit=200)
        sql = str(stmt.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
        return [row[3] for row in session.execute(text("EXPLAIN QUERY PLAN " + sql))]


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", followup_query.SORTS)
def test_a_sort_walks_its_index_without_statistics(unanalyzed, sort, descending):
    with unanalyzed.db.engine.connect() as conn:
        assert (
            "sqlite_stat1" not in inspect(conn).get_table_names() or not conn.execute(text("SELECT count(*) FROM sqlite_stat1")).scalar()
        ), "the database must have no statistics"
    steps = plan(unanalyzed, sort, descending)
    shown = "\n".join(steps)
    if sort in UNINDEXED:
        assert any("TEMP B-TREE FOR ORDER BY" in step for step in steps), "an index now serves it: check it below"
        return
    # Never every follow-up read and then sorted: no temporary b-tree for the ORDER BY (one for
    # the RIGHT PART of it, the ids within one partner, is a few rows at a time).
    assert not any("TEMP B-TREE FOR ORDER BY" in step for step in steps), shown
    wanted = INTENDED[sort]
    if isinstance(wanted, tuple):
        wanted = wanted[descending]
    if not wanted:
        assert any(step == "SCAN followups" for step in steps), shown
    elif isinstance(wanted, frozenset):
        assert any(f"INDEX {name}" in step for name in wanted for step in steps), shown
    else:
        assert any(f"INDEX {wanted}" in step for step in steps), shown
    if sort in THROUGH:
        assert any(f"SEARCH followups USING INDEX {THROUGH[sort]}" in step for step in steps), shown
    # The follow-ups are only read in full in the table's own (id) order, never to be sorted.
    assert not any(step == "SCAN followups" for step in steps) or sort == "id", shown


@pytest.mark.parametrize(
    "filtered",
    [
        FollowUpQuery(statuses=("not_started", "in_progress", "awaiting_partner", "on_hold")),
        FollowUpQuery(statuses=("on_hold",)),
        FollowUpQuery(overdue_only=True),
    ],
    ids=["open", "one open status", "overdue"],
)
def test_open_and_overdue_rows_are_read_in_the_default_orders_index(unanalyzed, filtered):
    """The default order lists the open rows first, overdue ones at their head: their first page
    is the start of its index. Through the statuses' index SQLite read every open follow-up and
    sorted them (100 ms for "open" at 100,000 follow-ups, 70 ms for "overdue")."""
    engine = unanalyzed.db.engine
    with unanalyzed.db.sessions() as session:
        stmt = followup_query.ids_select(session, filtered, dt.date(2026, 11, 29), engine.dialect.name, offset=0, limit=200)
        sql = str(stmt.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
        steps = [row[3] for row in session.execute(text("EXPLAIN QUERY PLAN " + sql))]
        found = list(session.scalars(stmt))
    shown = "\n".join(steps)
    assert not any("TEMP B-TREE FOR ORDER BY" in step for step in steps), shown
    assert any(f"INDEX {name}" in step for name in DEFAULT_ORDER for step in steps), shown
    assert found == [row.id for row in unanalyzed.query_followups(filtered)][:200]
