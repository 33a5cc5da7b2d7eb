"""Text rules: NFC storage, search folding, Vietnamese sort keys, due periods, dates."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hptracker.core.text import (
    Due,
    DuePrecision,
    clean,
    fold,
    format_date,
    format_due,
    format_number,
    normalise_due,
    parse_date,
    parse_due,
    sort_key,
)


def test_clean_normalises_nfd_to_nfc_and_strips():
    nfd = unicodedata.normalize("NFD", "  Thượng Ngu  ")
    assert nfd != "Thượng Ngu"
    assert clean(nfd) == "Thượng Ngu"
    assert unicodedata.is_normalized("NFC", clean(nfd))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Thượng Ngu", "thuong ngu"),
        ("THƯỢNG  NGU", "thuong ngu"),
        ("Đà Nẵng", "da nang"),
        ("đường bay thẳng", "duong bay thang"),
        (unicodedata.normalize("NFD", "Hải Phòng"), "hai phong"),
        ("上虞区", "上虞区"),
        ("Shàngyú", "shangyu"),
        ("Straße", "strasse"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_makes_d_and_dj_equal_but_keeps_cjk_searchable():
    assert fold("Đ") == fold("D") == "d"
    assert "上虞" in fold("上虞区")


def _fold_by_definition(value: str) -> str:
    """fold() as its docstring defines it, on the whole text at once (the slow, obvious way)."""
    decomposed = unicodedata.normalize("NFD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d").replace("Đ", "D")
    return " ".join(unicodedata.normalize("NFC", stripped).casefold().split())


def test_fold_character_by_character_equals_folding_the_whole_text():
    """fold() works per character from a cached table; random mixes of Vietnamese letters, lone
    combining marks (typed NFD), Hangul jamo that NFC composes, and letters that casefold to two
    (ß, İ) give the same key as the definition."""
    import random

    pool = (
        "aăâbcdđeêghiklmnoôơpqrstuưvxy ĐÊÔƠƯ\tàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
        "ùủũúụừửữứựỳỷỹýỵ上虞区ßİ가\u1100\u1161\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b"
    )
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.3:
            text = unicodedata.normalize("NFD", text)
        assert fold(text) == _fold_by_definition(text), repr(text)


def test_sort_key_gives_vietnamese_alphabet_order():
    expected = ["a", "ă", "â", "b", "d", "dz", "đa", "e", "ê", "o", "ô", "ơ", "u", "ư"]
    shuffled = list(reversed(expected))
    assert sorted(shuffled, key=sort_key) == expected


def test_sort_key_orders_tones_after_letters():
    expected = ["Ha", "Hà", "Hả", "Hã", "Há", "Hạ", "Hai"]
    assert sorted(reversed(expected), key=sort_key) == expected


def test_sort_key_ignores_case_and_normalisation():
    assert sort_key("Ấn Độ") == sort_key(unicodedata.normalize("NFD", "ấn độ"))


@pytest.mark.parametrize(
    ("typed", "date", "precision", "shown"),
    [
        ("13/05/2024", dt.date(2024, 5, 13), DuePrecision.DAY, "13/05/2024"),
        ("05/2024", dt.date(2024, 5, 31), DuePrecision.MONTH, "05/2024"),
        ("02/2024", dt.date(2024, 2, 29), DuePrecision.MONTH, "02/2024"),  # leap year
        ("02/2023", dt.date(2023, 2, 28), DuePrecision.MONTH, "02/2023"),
        ("Q1/2024", dt.date(2024, 3, 31), DuePrecision.QUARTER, "Q1/2024"),
        ("Quý 2/2024", dt.date(2024, 6, 30), DuePrecision.QUARTER, "Q2/2024"),
        ("q3/2024", dt.date(2024, 9, 30), DuePrecision.QUARTER, "Q3/2024"),
        ("Q4 2024", dt.date(2024, 12, 31), DuePrecision.QUARTER, "Q4/2024"),
        ("2024", dt.date(2024, 12, 31), DuePrecision.YEAR, "2024"),
        ("năm 2024", dt.date(2024, 12, 31), DuePrecision.YEAR, "2024"),
        ("29/02/2024", dt.date(2024, 2, 29), DuePrecision.DAY, "29/02/2024"),
    ],
)
def test_parse_due_stores_last_day_of_period_and_shows_as_entered(typed, date, precision, shown):
    due = parse_due(typed)
    assert due == Due(date, precision)
    assert format_due(due.date, due.precision, "en") == shown


def test_quarter_shown_in_vietnamese():
    assert format_due(dt.date(2024, 9, 30), "quarter", "vi") == "Quý 3/2024"


@pytest.mark.parametrize("bad", ["31/02/2024", "29/02/2023", "Q5/2024", "13/2024", "soon", "2024-13-01"])
def test_parse_due_rejects_impossible_dates(bad):
    with pytest.raises(ValueError):
        parse_due(bad)


def test_parse_due_empty_is_none():
    assert parse_due("  ") is None


def test_normalise_due_moves_to_period_end():
    assert normalise_due(dt.date(2024, 8, 2), "quarter") == dt.date(2024, 9, 30)
    assert normalise_due(dt.date(2024, 2, 2), "month") == dt.date(2024, 2, 29)
    assert normalise_due(dt.date(2024, 2, 2), "year") == dt.date(2024, 12, 31)


def test_dates_are_dd_mm_yyyy():
    assert format_date(dt.date(2025, 2, 5)) == "05/02/2025"
    assert parse_date("5/2/2025") == dt.date(2025, 2, 5)
    assert parse_date("2025-02-05") == dt.date(2025, 2, 5)
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("02/30/2025")


def test_numbers_in_vietnamese_and_english():
    assert format_number(1234567, "vi") == "1.234.567"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(5.5, "vi") == "5,5"


def test_sort_key_orders_numbers_by_their_value():
    """What an officer expects of districts and rooms: Quận 2 before Quận 10 (SPEC: one order)."""
    expected = ["Quận 1", "Quận 2", "Quận 9", "Quận 10", "Quận 100", "Quận Ba Đình", "Tầng 2", "Tầng 2A", "Tầng 10"]
    assert sorted(reversed(expected), key=sort_key) == expected
    assert sort_key("Quận 02") != sort_key("Quận 2")  # leading zeros kept apart, in a fixed order
    assert sorted(["Quận 02", "Quận 2", "Quận 3"], key=sort_key)[2] == "Quận 3"


@given(st.integers(0, 10**30), st.integers(0, 10**30), st.sampled_from(["Quận ", "Phòng ", "", "Q", "đ "]))
@settings(max_examples=200, deadline=None, derandomize=True)
def test_sort_key_compares_numbers_as_numbers(a, b, prefix):
    assert (sort_key(f"{prefix}{a} x") < sort_key(f"{prefix}{b} x")) == (a < b)


# -- dates and due periods as officers type them (issue 16 item 9) ------------------------------------

TODAY = dt.date(2025, 12, 8)


@pytest.mark.parametrize(
    "typed",
    [
        "08122025",
        "8/12/2025",
        "08/12/2025",
        "8-12-25",
        "8.12.2025",
        "081225",
        "8/12/25",
        " 8 / 12 / 2025 ",
        "2025-12-08",
        "hôm nay",
        "Hôm nay",
        "HOM NAY",
        "today",
        "Today",
        unicodedata.normalize("NFD", "hôm nay"),
    ],
)
def test_parse_date_reads_what_officers_type(typed):
    assert parse_date(typed, today=TODAY) == dt.date(2025, 12, 8)


def test_parse_date_words_for_the_days_around_today():
    assert parse_date("hôm qua", today=TODAY) == parse_date("yesterday", today=TODAY) == dt.date(2025, 12, 7)
    assert parse_date("ngày mai", today=TODAY) == parse_date("tomorrow", today=TODAY) == dt.date(2025, 12, 9)
    assert parse_date("today") == dt.date.today()


def test_two_digit_years_are_this_century_unless_far_ahead():
    assert parse_date("1/2/99", today=TODAY) == dt.date(1999, 2, 1)
    assert parse_date("1/2/45", today=TODAY) == dt.date(2045, 2, 1)
    assert parse_date("010200", today=TODAY) == dt.date(2000, 2, 1)


@pytest.mark.parametrize(
    "bad", ["31022025", "8122025", "81225", "32/01/2025", "8/13/2025", "8/12", "12345678", "hôm kia", "8/12/2025/1", "2025/12/08"]
)
def test_parse_date_refuses_what_is_not_one_date(bad):
    with pytest.raises(ValueError):
        parse_date(bad, today=TODAY)


@pytest.mark.parametrize(
    ("typed", "date", "precision"),
    [
        ("Q2/2026", dt.date(2026, 6, 30), DuePrecision.QUARTER),
        ("quý 2/2026", dt.date(2026, 6, 30), DuePrecision.QUARTER),
        ("Quý II/2026", dt.date(2026, 6, 30), DuePrecision.QUARTER),
        ("quý IV năm 2026", dt.date(2026, 12, 31), DuePrecision.QUARTER),
        ("Q2-2026", dt.date(2026, 6, 30), DuePrecision.QUARTER),
        ("6/2026", dt.date(2026, 6, 30), DuePrecision.MONTH),
        ("tháng 6/2026", dt.date(2026, 6, 30), DuePrecision.MONTH),
        ("tháng 6 năm 2026", dt.date(2026, 6, 30), DuePrecision.MONTH),
        ("T6/2026", dt.date(2026, 6, 30), DuePrecision.MONTH),
        ("2026", dt.date(2026, 12, 31), DuePrecision.YEAR),
        ("08122025", dt.date(2025, 12, 8), DuePrecision.DAY),
        ("8-12-25", dt.date(2025, 12, 8), DuePrecision.DAY),
        ("hôm nay", TODAY, DuePrecision.DAY),
    ],
)
def test_parse_due_reads_periods_as_officers_type_them(typed, date, precision):
    assert parse_due(typed, today=TODAY) == Due(date, precision)


@pytest.mark.parametrize("bad", ["Q5/2026", "quý V/2026", "13/2026", "tháng 13/2026", "6/26"])
def test_parse_due_refuses_impossible_periods(bad):
    with pytest.raises(ValueError):
        parse_due(bad, today=TODAY)
