"""Same answers on both (issue 15 item 3): the same records in a SQLite file and in a PostgreSQL
database give exactly the same rows, in exactly the same order, for every sort (both directions,
paged and whole), search, filter and look-up: Vietnamese order, empty values at the same end,
diacritics, đ, Chinese and LIKE's wildcards included.

The PostgreSQL database's default collation is ICU Vietnamese (tests/pgserver.py), whose order
differs from byte order: the stored sort keys must still sort as SQLite sorts them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sample_data import add_awkward_records

from hptracker.core import followup_query
from hptracker.core.text import sort_key
from hptracker.core.tracker import FollowUpQuery, Tracker

BACKENDS = ("sqlite", "postgresql")
TODAY = dt.date(2025, 6, 1)

# Every sort the view offers (tests/core/test_sort_plans.py checks the list is complete).
FOLLOWUP_SORTS = followup_query.SORTS
PARTNER_SORTS = ["id", "name", "name_en", "name_native", "kind", "level", "country", "since", "parent", "open_followups", "aliases"]
MEETING_SORTS = ["id", "date", "title", "place", "direction", "format", "host", "partners", "our_lead", "followups", "agreements"]
AGREEMENT_SORTS = [
    "id",
    "form",
    "title",
    "reference",
    "signed_date",
    "effective_date",
    "expiry_date",
    "status",
    "unit",
    "parties",
    "fields",
]
SEARCHES = [
    "",
    "a",
    "đ",
    "d",
    "da",
    "đà nẵng",
    "DA NANG",
    "ha",
    "hà",
    "hạ long",
    "an",
    "ăn",
    "ấn",
    "上",
    "上海",
    "上海市",
    "%",
    "_",
    "50%",
    "group_a",
    "100%",
    "thuong ngu",
    "shanghai",
    "zür",
    "zur",
    "dau tu",
    "đầu tư logistics",
    "x",
    "nam ninh",
    "an giang",
    "shàng",
]


@pytest.fixture(scope="module")
def both(pg_server, databases):
    """The demo records plus sample_data's awkward ones, in each backend."""
    trackers: dict[str, Tracker] = {}
    targets = []
    for backend in BACKENDS:
        target = databases.new(backend, "demo")
        targets.append(target)
        trackers[backend] = Tracker.open(target, officer="Nguyễn Thị Hoa")
        add_awkward_records(trackers[backend])
    yield trackers
    for tracker in trackers.values():
        tracker.close()
    for target in targets:
        databases.drop(target)


def same(both, call):
    """``call`` gives the same answer on both backends; returns it."""
    answers = [call(both[backend]) for backend in BACKENDS]
    assert answers[0] == answers[1]
    return answers[0]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", FOLLOWUP_SORTS)
def test_followups_sort_and_page_alike(both, sort, descending):
    query = FollowUpQuery(sort=sort, descending=descending, today=TODAY)
    whole = same(both, lambda t: t.query_followups(query))
    assert len(whole) == 9 + 45 - 4  # the deleted ones are not listed
    for offset in (0, 7, 40):
        assert same(both, lambda t, offset=offset: t.query_followups(query, offset, 7)) == whole[offset : offset + 7]
    same(both, lambda t: [row.id for row in t.iter_followups(query, batch=9)])


@pytest.mark.parametrize("text", SEARCHES)
def test_searches_find_the_same_rows(both, text):
    query = FollowUpQuery(text=text, today=TODAY)
    same(both, lambda t: t.query_followups(query))
    same(both, lambda t: t.count_followups(query))
    same(both, lambda t: t.status_counts(query))
    same(both, lambda t: t.list_partners(text, include_deleted=True))
    same(both, lambda t: t.count_partners(text))
    same(both, lambda t: t.list_meetings(text))
    same(both, lambda t: t.count_meetings(text))
    same(both, lambda t: t.list_agreements(text, today=TODAY))
    same(both, lambda t: t.count_agreements(text))


def test_searches_find_something_where_they_should(both):
    """The comparisons above are not comparing empty answers."""
    tracker = both["postgresql"]
    assert {row.name for row in tracker.list_partners("đà nẵng")} == {"Thành phố Đà Nẵng", "Cảng Da Nang"}
    assert {row.name for row in tracker.list_partners("dn")} == {"Thành phố Đà Nẵng"}
    assert {row.name for row in tracker.list_partners("上海")} == {"Thượng Hải", "上海港务集团"}
    assert {row.name for row in tracker.list_partners("50%")} == {"50% Group_A"}
    assert tracker.count_followups(FollowUpQuery(text="hà nội")) > 0


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", PARTNER_SORTS)
def test_partners_sort_alike(both, sort, descending):
    same(both, lambda t: t.window_partners(sort=sort, descending=descending))
    same(both, lambda t: t.window_partners(sort=sort, descending=descending, deleted=True))
    same(both, lambda t: t.window_partners(sort=sort, descending=descending, offset=5, limit=6))


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", MEETING_SORTS)
def test_meetings_sort_alike(both, sort, descending):
    same(both, lambda t: t.window_meetings(sort=sort, descending=descending))
    same(both, lambda t: t.window_meetings(sort=sort, descending=descending, offset=2, limit=4))


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", AGREEMENT_SORTS)
def test_agreements_sort_alike(both, sort, descending):
    same(both, lambda t: t.window_agreements(sort=sort, descending=descending, today=TODAY))


def test_vietnamese_order_and_empty_values_at_the_same_end(both):
    names = same(both, lambda t: [row.name for row in t.list_partners(sort="name")])
    assert names == sorted(names, key=sort_key)
    order = [
        "Ăn Uống Group",
        "Ấn Độ",
        "Cảng Da Nang",
        "ĐỒNG NAI",
        "Ha Long",
        "Hạ Long Bay Co.",
        "Hà Nội",
        "Hai Bà Trưng",
        "Ô Môn",
        "Ơn Nghĩa",
    ]  # Óc Eo is deleted
    assert [name for name in names if name in order] == order
    for descending in (False, True):
        english = same(both, lambda t, d=descending: [row.name_en for row in t.list_partners(sort="name_en", descending=d)])
        blanks = english.count(None)
        assert blanks >= 4
        # SQLite's order, now PostgreSQL's too: no value first ascending, last descending.
        assert english[:blanks] == [None] * blanks if not descending else english[-blanks:] == [None] * blanks
    officers = same(both, lambda t: [r.officer for r in t.query_followups(FollowUpQuery(sort="officer"))])
    assert officers[0] is None and officers[-1] == "Đỗ Huy" and officers.index("Zed") < officers.index("an")


@pytest.mark.parametrize(
    "query",
    [
        FollowUpQuery(statuses=("in_progress", "awaiting_partner")),
        FollowUpQuery(directions=("theirs",), sort="due"),
        FollowUpQuery(unit_ids=(1, 4), sort="unit", descending=True),
        FollowUpQuery(category_ids=(2, 3, 5)),
        FollowUpQuery(partner_ids=(4, 12, 13), sort="partner"),
        FollowUpQuery(meeting_id=3),
        FollowUpQuery(agreement_id=2),
        FollowUpQuery(due_from=dt.date(2024, 1, 1), due_to=dt.date(2025, 12, 31), sort="due", descending=True),
        FollowUpQuery(overdue_only=True, today=TODAY),
        FollowUpQuery(awaiting_partner_only=True),
        FollowUpQuery(deleted=True),
        FollowUpQuery(text="ha", statuses=("not_started",), sort="title"),
    ],
    ids=lambda q: ",".join(f"{k}" for k, v in q.__dict__.items() if v not in ((), None, False, "", "default")),
)
def test_filters_alike(both, query):
    rows = same(both, lambda t: t.query_followups(query))
    same(both, lambda t: t.query_followups(query, 3, 5))
    same(both, lambda t: t.count_followups(query))
    same(both, lambda t: t.status_counts(query))
    assert rows or query.agreement_id or query.meeting_id


def test_lookups_alike(both):
    same(both, lambda t: [(u.id, u.name, u.name_en) for u in t.list_units(include_deleted=True)])
    same(both, lambda t: [(c.id, c.code, c.name) for c in t.list_categories()])
    same(both, lambda t: [(f.id, f.name, f.folded) for f in t.list_fields()])
    same(both, lambda t: t.counts())
    same(both, lambda t: [(f.id, f.indicator, f.value) for f in t.list_facts()])
    same(both, lambda t: t.recent_progress(20))
    for name in ("Shangyu", "Đà Nẵng", "上海市", "HN", "100%", "ha long"):
        same(both, lambda t, n=name: t.resolve_partner(n).id)
    partner = both["sqlite"].resolve_partner("Thuong Ngu").id
    same(both, lambda t: [r.id for r in t.find_duplicates(partner, "nghien cuu mo duong bay thang chiet giang - hai phong")])
    same(both, lambda t: [(h.kind, h.status, h.note, h.officer, h.date) for h in t.history(5)])
