"""A search nobody waits for any more stops in the middle (issue 17: a newer keystroke cancels the
older query): on SQLite, ``cancelled()`` turning true makes the statement fail at once, the failure
is the officer-facing StoreError, and the connection goes back to the pool as it was."""

from __future__ import annotations

import pytest

from hptracker.core import interrupt
from hptracker.core.errors import StoreError
from hptracker.core.tracker import FollowUpQuery


def test_a_cancelled_search_stops_and_the_next_one_runs(demo_tracker, monkeypatch):
    monkeypatch.setattr(interrupt, "STEPS", 1)  # look at cancelled() at every step: the demo is small
    query = FollowUpQuery(text="ha")
    expected = demo_tracker.status_counts(query)
    rows = demo_tracker.query_followups(query, 0, 100)
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    with pytest.raises(StoreError, match="interrupted"):
        demo_tracker.status_counts(query, cancelled=cancelled)
    assert asked  # SQLite asked, and stopped at the first "yes"
    with pytest.raises(StoreError, match="interrupted"):
        demo_tracker.query_followups(query, 0, 100, cancelled=lambda: True)
    # Not cancelled: the same answers as without; and the pooled connection no longer asks.
    assert demo_tracker.status_counts(query, cancelled=lambda: False) == expected
    assert demo_tracker.query_followups(query, 0, 100, cancelled=lambda: False) == rows
    asked.clear()
    assert demo_tracker.status_counts(query) == expected
    assert not asked
