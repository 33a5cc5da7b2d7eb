"""Records from the Tracker hold what they promise, and nothing fails later on attribute access.

The facade returns ORM records detached from their session (STYLE.md habit 15). What a caller may
follow from them is loaded before the session closes; every other relationship is lazy="raise",
so reaching for it fails at once with a message naming it, in a test as in the field, inside the
Tracker's own sessions too, never with a DetachedInstanceError some time after a screen opened.
"""

from __future__ import annotations

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm.exc import DetachedInstanceError

from hptracker.core.models import FollowUp, Partner


@pytest.fixture
def linked(tracker):
    """A follow-up linked to everything it can be, through the public API."""
    unit = tracker.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", abbreviation="HEZA")
    zhejiang = tracker.create_partner(name="Tỉnh Chiết Giang")
    partner = tracker.create_partner(name="Huyện Thượng Ngu", parent_id=zhejiang.id, aliases=["Shangyu", "上虞"])
    contact = tracker.add_contact(partner.id, name="Kim Kim Phủ")
    meeting = tracker.log_meeting(
        {"date": "13/05/2024", "title": "Tiếp đoàn Thượng Ngu", "partner_ids": [partner.id], "host_unit_id": unit.id},
        agreements=[{"form": "letter_of_intent", "title": "Thư ý định", "fields": ["Giáo dục"]}],
        followups=[
            {
                "title": "Chọn một quận để kết nghĩa",
                "direction": "theirs",
                "contact_id": contact.id,
                "category": "twinning",
                "fields": ["Văn hoá"],
                "agreement_index": 0,
            }
        ],
    )
    followup = tracker.query_followups()[0]
    tracker.record_progress(followup.id, status="in_progress", note="Đã gửi thư")
    return {"followup": followup.id, "partner": partner.id, "meeting": meeting.id, "agreement": followup.agreement_id}


def test_a_followups_partner_aliases_can_be_read_after_the_session(tracker, linked):
    followup = tracker.get_followup(linked["followup"])
    assert [a.alias for a in followup.partner.aliases] == ["Shangyu", "上虞"]


def walk(record, depth: int = 2) -> list[str]:
    """Every relationship of the record (and of what it leads to): readable, or refused at once."""
    refused = []
    for rel in inspect(type(record)).relationships:
        try:
            value = getattr(record, rel.key)
        except DetachedInstanceError as exc:  # the surprise this test is about
            raise AssertionError(f"{type(record).__name__}.{rel.key} fails only once detached: {exc}") from None
        except InvalidRequestError as exc:
            assert "lazy='raise'" in str(exc), exc
            refused.append(f"{type(record).__name__}.{rel.key}")
            continue
        if depth > 1 and value is not None:
            for item in value if isinstance(value, list) else [value]:
                refused += walk(item, depth - 1)
    return refused


@pytest.mark.parametrize("getter", ["get_followup", "get_partner", "get_meeting", "get_agreement"])
def test_records_from_the_facade_never_fail_later(tracker, linked, getter):
    record = getattr(tracker, getter)(linked[getter.removeprefix("get_")])
    walk(record)


def test_what_each_get_promises_is_loaded(tracker, linked):
    followup = tracker.get_followup(linked["followup"])
    assert followup.partner.name == "Huyện Thượng Ngu"
    assert followup.meeting.title == "Tiếp đoàn Thượng Ngu"
    assert followup.agreement.title == "Thư ý định"
    assert followup.category.code == "twinning"
    assert followup.unit.abbreviation == "HEZA"
    assert followup.contact.name == "Kim Kim Phủ"
    assert [f.name for f in followup.fields] == ["Văn hoá"]
    assert [p.note for p in followup.progress] == ["Đã gửi thư"]
    assert followup.progress[0].officer.name == tracker.officer
    partner = tracker.get_partner(linked["partner"])
    assert (partner.parent.name, [c.name for c in partner.contacts]) == ("Tỉnh Chiết Giang", ["Kim Kim Phủ"])
    meeting = tracker.get_meeting(linked["meeting"])
    assert ([p.name for p in meeting.partners], meeting.host_unit.abbreviation) == (["Huyện Thượng Ngu"], "HEZA")
    agreement = tracker.get_agreement(linked["agreement"])
    assert [p.name for p in agreement.parties] == ["Huyện Thượng Ngu"]
    assert ([f.name for f in agreement.fields], agreement.files, agreement.meeting.title) == (["Giáo dục"], [], "Tiếp đoàn Thượng Ngu")


def test_an_unloaded_relationship_fails_at_once_even_inside_a_session(tracker, linked):
    """The Tracker's own code cannot lean on a lazy load either: it says what it needs."""
    with tracker._read() as session:
        followup = session.get(FollowUp, linked["followup"])
        with pytest.raises(InvalidRequestError, match="lazy='raise'"):
            _ = followup.partner
    chain = tracker.partner_chain(linked["partner"])
    assert [p.name for p in chain] == ["Huyện Thượng Ngu", "Tỉnh Chiết Giang"]
    with pytest.raises(InvalidRequestError, match="lazy='raise'"):
        _ = chain[0].aliases
    assert isinstance(chain[0], Partner)
