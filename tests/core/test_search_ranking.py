"""Search ranks what was meant (issue 16 item 10) and its pages come the same however they are found.

Several words typed together rank first the follow-ups whose partner bears them as a name, then
those where they stand together in one field, then those whose partner has them all, then the
rest; each tier in the view's default order. A page is found by walking the view's order or, for
rare matches, from the indexes (core/followup_query.page_ids): both ways give the same rows in the
same order, which is also the order of the whole list (an export, `list --search`). On SQLite and
on PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt

import pytest

from hptracker.core import followup_query
from hptracker.core.text import fold
from hptracker.core.tracker import FollowUpQuery, Tracker

pytestmark = pytest.mark.both_backends

TODAY = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def ranked(backend, databases):
    """The demo records (Nam Ninh's follow-ups say "hai thành phố"), plus Hải Nam and hand-made rows."""
    target = databases.new(backend, "demo")
    tracker = Tracker.open(target, officer="Nguyễn Thị Hoa")
    hainan = tracker.create_partner(name="Tỉnh Hải Nam", name_en="Hainan Province", name_native="海南省", aliases=["Hainan"])
    nanning = tracker.resolve_partner("Nam Ninh")
    shangyu = tracker.resolve_partner("Thuong Ngu")
    made = {
        # Due soonest of all, so the default order alone would list them first.
        "nanning_early": tracker.create_followup(
            partner_id=nanning.id, direction="ours", due="01/01/2024", title="Trao đổi đoàn giữa hai thành phố năm 2024"
        ).id,
        "own_phrase": tracker.create_followup(
            partner_id=shangyu.id, direction="ours", due="01/06/2024", title="Học tập mô hình khu kinh tế Hải Nam"
        ).id,
        "apart": tracker.create_followup(
            partner_id=shangyu.id, direction="joint", due="01/02/2024", title="Nam bộ và hai tỉnh kết nghĩa"
        ).id,
        "hainan_late": tracker.create_followup(
            partner_id=hainan.id, direction="theirs", due="31/12/2026", title="Mở đường bay thẳng Hải Khẩu – Hải Phòng"
        ).id,
        "hainan_none": tracker.create_followup(partner_id=hainan.id, direction="ours", title="Xúc tiến đầu tư vào khu thương mại tự do").id,
    }
    yield tracker, made, hainan.id, nanning.id
    tracker.close()
    databases.drop(target)


def ids(rows) -> list[int]:
    return [row.id for row in rows]


def test_hai_nam_lists_hainan_before_nam_ninh(ranked):
    tracker, made, hainan_id, nanning_id = ranked
    rows = tracker.query_followups(FollowUpQuery(text="hải nam", today=TODAY))
    partners = [row.partner_id for row in rows]
    assert partners[:2] == [hainan_id, hainan_id]
    assert partners.count(hainan_id) == 2
    # Then the phrase in the follow-up's own title, then the rest ("hai thành phố" + "Nam Ninh").
    assert ids(rows)[2] == made["own_phrase"]
    rest = ids(rows)[3:]
    assert made["nanning_early"] in rest and made["apart"] in rest
    assert {row.partner_id for row in rows[3:]} >= {nanning_id}
    # Each tier in the default order: open first, by due date, no due date last.
    assert ids(rows)[:2] == [made["hainan_late"], made["hainan_none"]]
    # Typed without diacritics, in capitals, or in English: the same first rows.
    assert ids(tracker.query_followups(FollowUpQuery(text="HAI NAM", today=TODAY)))[:3] == ids(rows)[:3]
    assert ids(tracker.query_followups(FollowUpQuery(text="hainan", today=TODAY)))[:2] == ids(rows)[:2]


def test_the_same_rows_as_before_only_ranked(ranked):
    """Ranking orders the matches; it never adds or drops one."""
    tracker = ranked[0]
    for text in ("hải nam", "nam", "thuong ngu", "đường bay", "hai", "上虞", "ha"):
        query = FollowUpQuery(text=text, today=TODAY)
        by_id = tracker.query_followups(FollowUpQuery(text=text, today=TODAY, sort="id"))
        assert sorted(ids(tracker.query_followups(query))) == ids(by_id), text


def test_words_in_the_partners_names_apart_come_before_words_found_in_different_places(ranked):
    tracker, made, _hainan_id, nanning_id = ranked
    rows = tracker.query_followups(FollowUpQuery(text="ninh nam", today=TODAY))
    tiers = [row.partner_id == nanning_id for row in rows]
    assert tiers and tiers == sorted(tiers, reverse=True)  # Nam Ninh's first: both words in its names
    assert made["apart"] not in ids(rows)  # "nam" and "hai", but no "ninh"


def test_a_clicked_column_orders_a_search_as_it_says(ranked):
    tracker = ranked[0]
    rows = tracker.query_followups(FollowUpQuery(text="hải nam", today=TODAY, sort="due"))
    dues = [row.due_date for row in rows if row.due_date is not None]
    assert dues == sorted(dues)


def test_one_word_puts_the_partners_names_first(ranked):
    tracker, made, hainan_id, _ = ranked
    rows = tracker.query_followups(FollowUpQuery(text="hainan", today=TODAY))
    assert [row.partner_id for row in rows] == [hainan_id, hainan_id]
    rows = tracker.query_followups(FollowUpQuery(text="hải", today=TODAY))
    names = [fold(row.partner_name) for row in rows]
    in_name = [("hai" in name) for name in names]
    assert in_name == sorted(in_name, reverse=True)


@pytest.mark.parametrize("walk", [1, 3, 4000])
@pytest.mark.parametrize("text", ["hải nam", "h", "ha", "上虞", "thuong ngu", "nam ninh", "xyz", "ô", "hai thanh pho"])
def test_pages_come_the_same_whether_walked_or_found_from_the_indexes(ranked, monkeypatch, walk, text):
    """A walk of 1 or 3 rows leaves almost every page to the indexes; 4000 walks all of them."""
    tracker = ranked[0]
    whole = ids(tracker.query_followups(FollowUpQuery(text=text, today=TODAY)))
    exported = [row.id for row in tracker.iter_followups(FollowUpQuery(text=text, today=TODAY), batch=4)]
    assert exported == whole
    monkeypatch.setattr(followup_query, "WALK_ROWS", walk)
    for descending in (False, True):
        query = FollowUpQuery(text=text, today=TODAY, descending=descending)
        every = ids(tracker.query_followups(query))
        for offset, limit in ((0, 3), (2, 4), (5, 200), (0, 200)):
            assert ids(tracker.query_followups(query, offset, limit)) == every[offset : offset + limit], (offset, limit)
