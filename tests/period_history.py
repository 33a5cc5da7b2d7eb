"""A quarter of follow-up histories counted by hand (issue 18), shared by the tests of the figures,
the periodic report and the Statistics page.

The period is the second quarter of 2025 (F = 01/04/2025, T = 30/06/2025). Each follow-up has an
explicit history and the figure it must land in, worked out by hand from SPEC §10's wording:
raised before F, during the period, after T; done before F, during, after T (open at T); dropped;
reopened; no due date; due on T and on T-1; deleted; a note repeating "done" after the day it
was done. The expected tables are written out as numbers, not computed from the same rule.
"""

from __future__ import annotations

import datetime as dt

D = dt.date
F, T = D(2025, 4, 1), D(2025, 6, 30)

# number: (raised, unit, due, [(date, status, note)], partner parity comes from the number,
#          expected (origin, outcome) or None when out of scope)
HISTORIES = {
    1: (D(2025, 1, 10), "A", D(2025, 3, 31), [(D(2025, 2, 1), "in_progress")], ("carried_over", "overdue")),
    2: (D(2025, 2, 15), "A", D(2025, 4, 30), [(D(2025, 3, 1), "in_progress"), (D(2025, 4, 20), "done")], ("carried_over", "done_on_time")),
    3: (D(2025, 2, 15), "A", D(2025, 3, 31), [(D(2025, 5, 10), "done")], ("carried_over", "done_late")),
    4: (D(2025, 1, 5), "A", D(2025, 2, 28), [(D(2025, 3, 20), "done")], None),  # done before F
    5: (D(2025, 1, 5), "B", None, [(D(2025, 3, 31), "dropped")], None),  # dropped the day before F
    6: (D(2025, 1, 5), "B", D(2025, 4, 1), [(D(2025, 4, 1), "done")], ("carried_over", "done_on_time")),  # on F, on due
    7: (D(2025, 4, 10), "A", D(2025, 6, 30), [], ("new", "open_within_deadline")),  # due on T: not overdue
    8: (D(2025, 4, 10), "B", D(2025, 6, 29), [(D(2025, 4, 15), "in_progress")], ("new", "overdue")),  # due T-1
    9: (D(2025, 5, 1), None, None, [(D(2025, 5, 2), "awaiting_partner")], ("new", "open_within_deadline")),
    10: (D(2025, 5, 1), "B", None, [(D(2025, 6, 20), "done")], ("new", "done_on_time")),  # no due: on time
    11: (D(2025, 7, 1), "A", D(2025, 7, 15), [], None),  # raised after T
    # Completed after the cut-off: open at T.
    12: (D(2025, 3, 1), "A", D(2025, 6, 15), [(D(2025, 3, 1), "in_progress"), (D(2025, 7, 5), "done")], ("carried_over", "overdue")),
    13: (D(2025, 4, 20), "B", D(2025, 7, 31), [(D(2025, 7, 10), "done")], ("new", "open_within_deadline")),
    # Reopened after being done before F, done again in the period, after its due date.
    14: (
        D(2025, 2, 1),
        "A",
        D(2025, 4, 30),
        [(D(2025, 3, 15), "done"), (D(2025, 4, 10), "in_progress"), (D(2025, 5, 25), "done")],
        ("carried_over", "done_late"),
    ),
    15: (
        D(2025, 2, 1),
        "B",
        D(2025, 12, 31),
        [(D(2025, 3, 15), "done"), (D(2025, 4, 5), "in_progress")],
        ("carried_over", "open_within_deadline"),
    ),
    16: (D(2025, 3, 1), "A", D(2025, 5, 31), [(D(2025, 5, 15), "dropped")], ("carried_over", "dropped")),
    17: (D(2025, 4, 10), "A", D(2025, 4, 20), [], None),  # deleted below
    18: (D(2025, 6, 1), "A", D(2025, 6, 10), [(D(2025, 6, 30), "done")], ("new", "done_late")),  # done on T
    19: (D(2025, 6, 30), "B", None, [], ("new", "open_within_deadline")),  # raised on T
    # A note repeating "done" later does not move the day it was done.
    20: (D(2025, 4, 1), "A", D(2025, 4, 30), [(D(2025, 4, 28), "done"), (D(2025, 5, 10), "done", "Báo cáo")], ("new", "done_on_time")),
    21: (D(2025, 2, 1), "B", D(2025, 3, 31), [(D(2025, 3, 25), "done"), (D(2025, 4, 5), "done", "Báo cáo")], None),
}

# By unit, counted by hand from the table above.
BY_UNIT = {
    "A": dict(
        total=9, carried_over=6, new=3, done_on_time=2, done_late=3, dropped=1, overdue=2, open_within_deadline=1, on_time_rate=2 / 7
    ),
    "B": dict(
        total=6, carried_over=2, new=4, done_on_time=2, done_late=0, dropped=0, overdue=1, open_within_deadline=3, on_time_rate=2 / 3
    ),
    None: dict(
        total=1, carried_over=0, new=1, done_on_time=0, done_late=0, dropped=0, overdue=0, open_within_deadline=1, on_time_rate=None
    ),
}
TOTAL = dict(total=16, carried_over=8, new=8, done_on_time=4, done_late=3, dropped=1, overdue=3, open_within_deadline=5, on_time_rate=0.4)
# By partner: odd numbers with Thượng Ngu, even with Wolong.
BY_PARTNER = {
    "Huyện Thượng Ngu": dict(
        total=7, carried_over=3, new=4, done_on_time=0, done_late=1, dropped=0, overdue=1, open_within_deadline=5, on_time_rate=0.0
    ),
    "Tập đoàn Wolong": dict(
        total=9, carried_over=5, new=4, done_on_time=4, done_late=2, dropped=1, overdue=2, open_within_deadline=0, on_time_rate=0.5
    ),
}


def enter(tracker):
    """The follow-ups of HISTORIES entered through the public API, as old minutes would be;
    returns (tracker, {number: follow-up ID}, {"A"/"B": unit ID})."""
    units = {
        "A": tracker.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", abbreviation="HEZA").id,
        "B": tracker.create_unit(name="Sở Ngoại vụ Hải Phòng").id,
    }
    partners = [
        tracker.create_partner(name="Huyện Thượng Ngu", name_native="上虞区").id,
        tracker.create_partner(name="Tập đoàn Wolong", kind="enterprise").id,
    ]
    category = tracker.category_by_code("twinning").id
    ids = {}
    for number, (raised, unit, due, log, _expected) in HISTORIES.items():
        followup = tracker.create_followup(
            title=f"Việc số {number}",
            direction="ours",
            partner_id=partners[(number + 1) % 2],
            unit_id=units[unit] if unit else None,
            due=due,
            raised_on=raised,
            officer="Nguyễn Thị Hoa" if number % 3 else None,
            category_id=category if number <= 10 else None,
        )
        for date, status, *note in log:
            tracker.record_progress(followup.id, status=status, date=date, note=note[0] if note else None)
        ids[number] = followup.id
    tracker.delete_followup(ids[17])
    return tracker, ids, units
