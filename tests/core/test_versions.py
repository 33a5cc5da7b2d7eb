"""Conflicting edits are caught, never lost (issue 15 item 4, SPEC §8 and §9).

Every editable record has a ``version`` that each change increases; a change made from an older
version is refused with ConflictError naming who changed the record and when; the audit reads old
values under a row lock, so it records only transitions that happened. Two Trackers on one
database stand for two officers (one process may hold several, they share SQLite's writer lock);
the multi-process tests run a second real process.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from sqlalchemy import event, select

from hptracker.core.errors import ConflictError, NotFoundError
from hptracker.core.models import AuditEntry
from hptracker.core.text import format_date
from hptracker.core.tracker import Tracker

pytestmark = pytest.mark.both_backends

OTHER = "Trần Văn Nam"


def target_of(tracker: Tracker) -> str:
    return str(tracker.db.path) if tracker.db.path is not None else tracker.db.url


@pytest.fixture
def other(tracker):
    """A second officer on the same database."""
    t = Tracker.open(target_of(tracker), officer=OTHER)
    yield t
    t.close()


@pytest.fixture
def followup(tracker, partner):
    return tracker.create_followup(partner_id=partner.id, title="Nghiên cứu đường bay thẳng", direction="ours")


def audit_rows(tracker: Tracker, entity: str, record_id: int) -> list[AuditEntry]:
    with tracker.db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == record_id).order_by(AuditEntry.id)
            )
        )


# ---- versions ---------------------------------------------------------------------------------


def test_every_change_of_a_follow_up_increases_its_version(tracker, followup):
    assert followup.version == 1
    assert tracker.get_followup(followup.id).version == 1
    tracker.update_followup(followup.id, title="Nghiên cứu mở đường bay thẳng")
    assert tracker.get_followup(followup.id).version == 2
    tracker.record_progress(followup.id, note="Đã gửi công văn")  # a note alone is a change too
    assert tracker.get_followup(followup.id).version == 3
    tracker.update_followup(followup.id, priority="high", status="in_progress", note="Bắt đầu")
    assert tracker.get_followup(followup.id).version == 4  # one action, one version
    tracker.update_followup(followup.id, priority="high")  # nothing changes: no new version
    assert tracker.get_followup(followup.id).version == 4
    tracker.delete_followup(followup.id)
    tracker.restore_followup(followup.id)
    assert tracker.get_followup(followup.id).version == 6
    # The audit says which version each change made.
    versions = [entry.version for entry in audit_rows(tracker, "followups", followup.id)]
    assert versions == [1, 2, 3, 4, 4, 5, 6]  # the note alone (3) has its entry too


def test_every_editable_record_has_a_version(tracker, partner):
    meeting = tracker.create_meeting(date="13/05/2024", title="Tiếp đoàn Thượng Ngu", partner_ids=[partner.id])
    agreement = tracker.create_agreement(form="mou", title="Bản ghi nhớ", party_ids=[partner.id])
    contact = tracker.add_contact(partner.id, name="Kim Kim Phủ")
    fact = tracker.create_fact(indicator="Dự án FDI", value=860)
    unit = tracker.create_unit(name="Ban Quản lý Khu kinh tế")
    for record in (partner, meeting, agreement, contact, fact, unit):
        assert record.version == 1
    assert tracker.update_partner(partner.id, name_en="Shangyu").version == 2
    assert tracker.update_meeting(meeting.id, place="Hải Phòng").version == 2
    assert tracker.update_agreement(agreement.id, reference="LOI-1").version == 2
    assert tracker.update_contact(contact.id, phone="+86 575").version == 2
    assert tracker.update_fact(fact.id, value=861).version == 2
    assert tracker.update_unit(unit.id, abbreviation="HEZA").version == 2


# ---- conflicts ----------------------------------------------------------------------------------


def test_saving_over_a_newer_version_names_who_changed_it_and_when(tracker, other, followup):
    loaded = tracker.get_followup(followup.id)
    other.update_followup(followup.id, expected_version=loaded.version, priority="high")
    with pytest.raises(ConflictError) as info:
        tracker.update_followup(followup.id, expected_version=loaded.version, title="Tiêu đề của tôi")
    error = info.value
    assert OTHER in error.message
    assert format_date(dt.date.today()) in error.message
    assert error.current_version == 2 and error.expected_version == 1
    assert [c.officer for c in error.changes] == [OTHER]
    # Nothing was written: neither the title nor an audit entry.
    again = tracker.get_followup(followup.id)
    assert (again.title, again.priority, again.version) == ("Nghiên cứu đường bay thẳng", "high", 2)
    assert len(audit_rows(tracker, "followups", followup.id)) == 2
    # Applying one's own change on top of the new version keeps the other officer's change.
    tracker.update_followup(followup.id, expected_version=error.current_version, title="Tiêu đề của tôi")
    final = tracker.get_followup(followup.id)
    assert (final.title, final.priority, final.version) == ("Tiêu đề của tôi", "high", 3)


def test_a_conflict_is_caught_on_every_kind_of_record(tracker, other, partner):
    meeting = tracker.create_meeting(date="13/05/2024", title="Tiếp đoàn", partner_ids=[partner.id])
    agreement = tracker.create_agreement(form="mou", title="Bản ghi nhớ", party_ids=[partner.id])
    contact = tracker.add_contact(partner.id, name="Kim Kim Phủ")
    fact = tracker.create_fact(indicator="Dự án FDI", value=860)
    unit = tracker.create_unit(name="Ban Quản lý Khu kinh tế")
    cases = [
        (other.update_partner, tracker.update_partner, partner.id, {"notes": "A"}, {"notes": "B"}),
        (other.update_meeting, tracker.update_meeting, meeting.id, {"place": "A"}, {"place": "B"}),
        (other.update_agreement, tracker.update_agreement, agreement.id, {"reference": "A"}, {"reference": "B"}),
        (other.update_contact, tracker.update_contact, contact.id, {"phone": "1"}, {"phone": "2"}),
        (other.update_fact, tracker.update_fact, fact.id, {"value": 1}, {"value": 2}),
        (other.update_unit, tracker.update_unit, unit.id, {"notes": "A"}, {"notes": "B"}),
    ]
    for theirs, mine, record_id, their_values, my_values in cases:
        theirs(record_id, expected_version=1, **their_values)
        with pytest.raises(ConflictError, match=OTHER):
            mine(record_id, expected_version=1, **my_values)


def test_a_record_deleted_meanwhile_is_a_conflict_saying_so(tracker, other, followup):
    other.delete_followup(followup.id)
    with pytest.raises(ConflictError) as info:
        tracker.update_followup(followup.id, expected_version=1, title="Tiêu đề khác")
    assert info.value.deleted and OTHER in info.value.message
    # Without a version the old answer stands: there is no such (live) follow-up.
    with pytest.raises(NotFoundError):
        tracker.update_followup(followup.id, title="Tiêu đề khác")


def test_progress_over_a_newer_status_is_refused(tracker, other, followup):
    other.record_progress(followup.id, status="dropped", note="Phía bạn từ chối")
    with pytest.raises(ConflictError, match=OTHER):
        tracker.record_progress(followup.id, status="done", note="Xong", expected_version=1)
    assert tracker.get_followup(followup.id).status == "dropped"
    # ``on`` dates the entry (SPEC §8); dated before the newer "dropped", it does not replace that
    # status (issue 18: the status is the latest-dated entry's).
    later = tracker.record_progress(followup.id, status="done", on="01/03/2024", expected_version=2)
    assert (later.status, later.completed_on) == ("dropped", None)
    assert ("01/03/2024", "done") in [
        (format_date(item.date), item.status) for item in tracker.history(followup.id) if item.kind == "progress"
    ]


# ---- the audit records only transitions that happened -------------------------------------------


class _OtherWriter:
    """A second connection in the middle of a transaction that changes a follow-up's status, as
    another workstation's write under way; the test decides when it commits."""

    def __init__(self, tracker: Tracker, databases) -> None:
        self.tracker = tracker
        if tracker.db.path is not None:
            self.conn = sqlite3.connect(tracker.db.path, isolation_level=None, timeout=5)
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.database = databases.database_name(tracker.db.url)
            self.conn = databases.server.connect(self.database, autocommit=False)

    def set_done(self, followup_id: int) -> None:
        cursor = self.conn.cursor()
        placeholder = "?" if isinstance(self.conn, sqlite3.Connection) else "%s"
        cursor.execute(
            f"SELECT status FROM followups WHERE id = {placeholder} FOR UPDATE".replace(
                " FOR UPDATE", "" if placeholder == "?" else " FOR UPDATE"
            ),
            (followup_id,),
        )
        cursor.execute(
            f"UPDATE followups SET status = 'done', completed_on = {placeholder}, version = version + 1 WHERE id = {placeholder}",
            (dt.date.today().isoformat(), followup_id),
        )

    def wait_for(self, reader_started: threading.Event) -> None:
        """Until the tracker's write waits for this transaction (PostgreSQL shows it), or, on
        SQLite, until it has read the follow-up (it cannot while it waits for the write lock)."""
        if isinstance(self.conn, sqlite3.Connection):
            reader_started.wait(1.5)
            return
        with self.tracker.db.engine.connect() as probe:
            from sqlalchemy import text

            for _ in range(600):
                waiting = probe.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE datname = :db AND wait_event_type = 'Lock'"), {"db": self.database}
                ).scalar()
                if waiting:
                    return
                time.sleep(0.05)
        raise AssertionError("the tracker's write never waited for the other transaction")

    def commit(self) -> None:
        self.conn.commit() if not isinstance(self.conn, sqlite3.Connection) else self.conn.execute("COMMIT")
        self.conn.close()


def test_the_audit_records_only_transitions_that_happened(tracker, followup, databases):
    """Officer B sets "done" while officer A's write setting "done" is under way: A's write waits,
    sees "done" as the old status, and records no second in_progress → done."""
    tracker.record_progress(followup.id, status="in_progress", note="Bắt đầu")
    writer = _OtherWriter(tracker, databases)
    writer.set_done(followup.id)
    read_followup = threading.Event()

    def reads(_conn, _cursor, statement, *_args) -> None:
        if "FROM followups" in statement:
            read_followup.set()

    event.listen(tracker.db.engine, "before_cursor_execute", reads)
    outcome: list[object] = []
    worker = threading.Thread(
        target=lambda: outcome.append(_attempt(lambda: tracker.record_progress(followup.id, status="done", note="Hoàn thành")))
    )
    worker.start()
    try:
        writer.wait_for(read_followup)
        writer.commit()
    finally:
        worker.join(60)
        event.remove(tracker.db.engine, "before_cursor_execute", reads)
    assert outcome and not isinstance(outcome[0], Exception), outcome
    entries = [
        (json.loads(e.old or "{}"), json.loads(e.new or "{}"))
        for e in audit_rows(tracker, "followups", followup.id)
        if e.note == "progress"
    ]
    transitions = [(old["status"], new["status"]) for old, new in entries if "status" in new]
    assert transitions == [("not_started", "in_progress")]  # no in_progress → done that never happened
    final = tracker.get_followup(followup.id)
    assert final.status == "done" and final.version == 4  # 2 (in progress), 3 (B), 4 (A's note)
    assert [p.note for p in final.progress] == ["Bắt đầu", "Hoàn thành"]


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the test reports it
        return exc


# ---- two processes --------------------------------------------------------------------------------

EDIT_SCRIPT = textwrap.dedent("""
    import sys
    from hptracker.core.tracker import Tracker
    t = Tracker.open(sys.argv[1], officer=sys.argv[2])
    f = t.update_followup(int(sys.argv[3]), expected_version=int(sys.argv[4]), priority="high")
    print(f.version)
    t.close()
""")


def test_an_edit_in_another_process_is_a_conflict_here(tracker, followup):
    """Another workstation (a real second process) saves first; this one's save from the version
    it loaded is refused, naming the other officer. SQLite allows one writer process at a time,
    so there this process lets go of the database while the other writes."""
    loaded = tracker.get_followup(followup.id)
    target = target_of(tracker)
    sqlite = tracker.db.path is not None
    if sqlite:
        tracker.close()
    done = subprocess.run(
        [sys.executable, "-c", EDIT_SCRIPT, target, OTHER, str(followup.id), str(loaded.version)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2"
    here = Tracker.open(target, officer="Nguyễn Thị Hoa") if sqlite else tracker
    try:
        with pytest.raises(ConflictError) as info:
            here.update_followup(followup.id, expected_version=loaded.version, title="Tiêu đề của tôi")
        assert OTHER in info.value.message
        assert here.get_followup(followup.id).title == loaded.title
    finally:
        if sqlite:
            here.close()
