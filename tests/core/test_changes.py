"""Changes announced to other workstations (issue 15 item 5): NOTIFY on commit, LISTEN on a
connection of its own that comes back after it drops."""

from __future__ import annotations

import queue

import pytest
from sqlalchemy import text

from hptracker.core import changes
from hptracker.core.errors import ValidationError
from hptracker.core.tracker import Tracker

WAIT = 5.0


def test_payloads_stay_small_and_read_back():
    assert changes.decode(changes.encode(["followups:3:insert", "followups:3:insert"], origin="ab12")) == changes.Change(
        "ab12", ("followups:3:insert",)
    )
    many = [f"progress_entries:{n}:insert" for n in range(changes.MAX_ITEMS + 1)]
    assert changes.encode(many, origin="ab12") == "ab12 *"
    assert changes.decode("ab12 *").everything
    assert changes.decode("from another program").everything


def test_sqlite_announces_nothing_and_has_no_listener(tracker):
    assert not changes.listens(tracker.db.url)
    assert not changes.listens("not a url")


@pytest.fixture
def heard(pg_database):
    """A listener on the test's server database; what it hears goes into a queue."""
    received: queue.Queue[changes.Change] = queue.Queue()
    listener = changes.Listener(pg_database, received.put, ignore_origin=None, poll=0.2, first_retry=0.1).start()
    assert listener.listening.wait(WAIT)
    yield pg_database, listener, received
    listener.stop()


def _next(received: queue.Queue) -> changes.Change:
    return received.get(timeout=WAIT)


def test_a_committed_write_is_heard_with_what_changed(heard):
    url, _listener, received = heard
    writer = Tracker.open(url, officer="Trần Văn Nam")
    try:
        partner = writer.create_partner(name="Thành phố Nam Ninh", kind="government")
        assert f"partners:{partner.id}:insert" in _next(received).items
        followup = writer.create_followup(partner_id=partner.id, title="Giao ban định kỳ", direction="joint")
        change = _next(received)
        assert change.origin == changes.ORIGIN
        assert f"followups:{followup.id}:insert" in change.items
        writer.record_progress(followup.id, status="in_progress", note="Đã liên hệ")
        change = _next(received)
        assert f"followups:{followup.id}:update" in change.items
        assert any(item.startswith("progress_entries:") for item in change.items)
        writer.delete_followup(followup.id)
        assert f"followups:{followup.id}:update" in _next(received).items
    finally:
        writer.close()


def test_a_write_that_fails_or_a_read_sends_nothing(heard):
    url, _listener, received = heard
    writer = Tracker.open(url, officer="Trần Văn Nam")
    try:
        partner = writer.create_partner(name="Thành phố Nam Ninh", kind="government")
        _next(received)
        with pytest.raises(ValidationError):
            writer.create_followup(partner_id=partner.id, title="   ", direction="joint")
        writer.list_partners()
        writer.counts()
        with pytest.raises(queue.Empty):
            received.get(timeout=1.0)
    finally:
        writer.close()


def test_the_listener_comes_back_after_its_connection_drops(heard, pg_server):
    url, listener, received = heard
    old_pid = listener.backend_pid
    with pg_server.connect() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (old_pid,))
    # Whatever happened while nobody listened: "anything may have changed".
    assert _next(received).everything
    assert listener.listening.wait(WAIT) and listener.backend_pid != old_pid
    writer = Tracker.open(url, officer="Trần Văn Nam")
    try:
        partner = writer.create_partner(name="Tỉnh Chiết Giang", kind="government")
        assert f"partners:{partner.id}:insert" in _next(received).items
    finally:
        writer.close()


def test_a_window_does_not_hear_its_own_process(pg_database):
    received: queue.Queue[changes.Change] = queue.Queue()
    listener = changes.Listener(pg_database, received.put, poll=0.2).start()
    try:
        assert listener.listening.wait(WAIT)
        writer = Tracker.open(pg_database, officer="Trần Văn Nam")
        try:
            writer.create_partner(name="Thành phố Nam Ninh", kind="government")
            with writer.db.engine.begin() as conn:  # another process's notification, as the server relays it
                conn.execute(text("SELECT pg_notify(:c, 'other42 followups:1:update')"), {"c": changes.CHANNEL})
        finally:
            writer.close()
        change = _next(received)
        assert change.origin == "other42"
        with pytest.raises(queue.Empty):
            received.get(timeout=0.5)
    finally:
        listener.stop()
