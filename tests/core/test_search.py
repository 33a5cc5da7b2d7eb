"""Search through the full-text index gives exactly what a plain substring scan gives, and the
index follows every create, change and delete; sorting pages come back in SQL order."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from hptracker.core import followup_query
from hptracker.core.text import fold
from hptracker.core.tracker import FollowUpQuery, Tracker

pytestmark = pytest.mark.both_backends

WORDS = ["đường bay", "kết nghĩa", "khu thương mại tự do", "đầu tư", "Thượng Ngu", "logistics", "上虞区合作", "ô tô"]


@pytest.fixture(scope="module")
def filled(backend, databases):
    """One database for the read-only tests of this module (filling it is the slow part)."""
    target = databases.new(backend)
    tracker = Tracker.open(target, officer="Nguyễn Thị Hoa")
    _fill(tracker)
    yield tracker
    tracker.close()
    databases.drop(target)


@pytest.fixture
def filled_copy(filled, databases):
    """A private copy for a test that writes."""
    filled.db.engine.dispose()  # fold the WAL into the file (no connection left) before copying
    target = databases.copy(str(filled.db.path or filled.db.url))
    tracker = Tracker.open(target, officer="Nguyễn Thị Hoa")
    yield tracker
    tracker.close()
    databases.drop(target)


def _fill(tracker):
    rng = random.Random(7)
    partners = [
        tracker.create_partner(name="Huyện Thượng Ngu", name_en="Shangyu District", name_native="上虞区", aliases=["Thuong Ngu"]),
        tracker.create_partner(name="Thành phố Nam Ninh", name_en="Nanning", name_native="南宁市"),
        tracker.create_partner(name="Tập đoàn Wolong", name_native="卧龙集团"),
    ]
    unit_a = tracker.create_unit(name="Sở Ngoại vụ")
    unit_b = tracker.create_unit(name="Ban Quản lý Khu kinh tế")
    meetings = [None] + [
        tracker.create_meeting(date=date, title=f"Tiếp đoàn {i}", partner_ids=[partners[i % 3].id]).id
        for i, date in enumerate(["13/05/2024", "14/05/2023", "13/05/2024", "01/01/2025"])
    ]
    for i in range(60):
        tracker.create_followup(
            title=f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}",
            direction=rng.choice(["ours", "theirs", "joint"]),
            partner_id=rng.choice(partners).id,
            unit_id=rng.choice([unit_a.id, unit_b.id, None]),
            due=rng.choice([None, "Q3/2024", "2025", "13/05/2024", "05/2026"]),
            officer=rng.choice([None, "Đỗ Huy", "Anh Tú"]),
            meeting_id=rng.choice(meetings),
        )


def brute_force(tracker, text):
    rows = tracker.query_followups(FollowUpQuery(), 0, None)
    keys = {p.id: p for p in tracker.list_partners()}
    result = set()
    for row in rows:
        partner = keys[row.partner_id]
        names = " | ".join(fold(n) for n in (partner.name, partner.name_en, partner.name_native, *partner.aliases) if n)
        own = fold(row.title) + " | " + fold(row.officer or "")
        if all(token in own or token in names for token in fold(text).split()):
            result.add(row.id)
    return result


@pytest.mark.parametrize(
    "text", ["đường", "duong bay", "thuong ngu", "shangyu", "上虞区", "上虞", "tự do", "ô", "wolong", "nanning tư", "xyz", "anh tu"]
)
def test_index_search_equals_substring_scan(filled, text):
    found = {row.id for row in filled.query_followups(FollowUpQuery(text=text))}
    assert found == brute_force(filled, text)
    assert filled.count_followups(FollowUpQuery(text=text)) == len(found)


def test_index_follows_changes(filled_copy):
    filled = filled_copy
    followup = filled.create_followup(title="Hợp tác hàng không Chiết Giang", direction="ours", partner_id=filled.list_partners()[0].id)
    assert followup.id in {r.id for r in filled.query_followups(FollowUpQuery(text="hàng không"))}
    filled.update_followup(followup.id, title="Hợp tác cảng biển")
    assert filled.count_followups(FollowUpQuery(text="hàng không")) == 0
    assert filled.count_followups(FollowUpQuery(text="cảng biển")) == 1
    partner = filled.create_partner(name="Thành phố Ninh Ba", name_en="Ningbo")
    filled.update_followup(followup.id, partner_id=partner.id)
    assert [r.id for r in filled.query_followups(FollowUpQuery(text="ningbo"))] == [followup.id]
    filled.update_partner(partner.id, aliases=["Ninh Bo Port"])
    assert [r.id for r in filled.query_followups(FollowUpQuery(text="ninh bo port"))] == [followup.id]


# Every sort the view offers (tests/core/test_sort_plans.py checks the list is complete).
SORTS = followup_query.SORTS


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_join_up_to_the_whole_sorted_list(filled, sort, descending):
    """Paging (two-step queries, grouped unit/category sorts) never loses or repeats a row."""
    query = FollowUpQuery(sort=sort, descending=descending, today=dt.date(2025, 6, 1))
    whole = [r.id for r in filled.query_followups(query)]
    paged = []
    for offset in range(0, 70, 7):
        paged += [r.id for r in filled.query_followups(query, offset, 7)]
    assert paged == whole and sorted(whole) == sorted(r.id for r in filled.query_followups(FollowUpQuery()))
    exported = [r.id for r in filled.iter_followups(query, batch=9)]
    assert exported == whole


def test_due_sort_puts_blanks_last_both_ways(filled):
    for descending in (False, True):
        rows = filled.query_followups(FollowUpQuery(sort="due", descending=descending))
        dues = [r.due_date for r in rows]
        filled_part = [d for d in dues if d is not None]
        assert dues == filled_part + [None] * (len(dues) - len(filled_part))
        assert filled_part == sorted(filled_part, reverse=descending)


def test_unit_sort_follows_unit_names(filled):
    rows = filled.query_followups(FollowUpQuery(sort="unit"))
    names = [r.unit_name for r in rows]
    assert names == sorted(names, key=lambda n: (n is not None, n or ""))


def test_meeting_sort_follows_meeting_dates(filled):
    for descending in (False, True):
        rows = filled.query_followups(FollowUpQuery(sort="meeting", descending=descending), 0, 25)
        dates = [r.meeting_date for r in rows]
        assert None in dates or descending
        present = [d for d in dates if d is not None]
        assert present == sorted(present, reverse=descending)
