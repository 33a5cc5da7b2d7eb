"""Vietnamese alphabetical order for lists the UI sorts in Python (pickers, small lists).

Tables sort in SQL on the stored ``core.text.sort_key``; a handful of short lists (partner pickers,
units, categories, names in a combo box) are sorted in Python, and Python's ``sorted()`` puts
"Đà Nẵng" after "Zhejiang" and "Hả" after "Hạ". Qt's QCollator for the Vietnamese locale knows the
order a Vietnamese reader expects (a < ă < â, d < đ, o < ô < ơ, tones Ha < Hà < Hả < Hã < Há < Hạ)
but only when Qt is built with ICU; without ICU QCollator silently falls back to a plain
comparison, so that case is detected and the pure-Python ``core.text.sort_key`` (same order) is
used instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

from ..core.text import sort_key as _python_sort_key

T = TypeVar("T")

# Pairs only a real Vietnamese collation orders this way (code-point order gets each one wrong).
_PROBES = (("Hả", "Hã"), ("đ", "e"), ("ơ", "p"), ("Ă", "b"))


def _new_collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    # "Quận 2" before "Quận 10".
    collator.setNumericMode(True)
    return collator


@cache
def _collator() -> QCollator:
    return _new_collator()


@cache
def qt_collation_is_vietnamese() -> bool:
    """True when QCollator really collates Vietnamese (Qt built with ICU)."""
    collator = _new_collator()
    return all(collator.compare(a, b) < 0 for a, b in _PROBES)


def vietnamese_sort_key(text: str | None) -> Any:
    """A key for ``sorted()`` that gives Vietnamese dictionary order, case ignored."""
    text = text or ""
    if qt_collation_is_vietnamese():
        return _collator().sortKey(text)
    return _python_sort_key(text)


def sort_vietnamese(items: Iterable[T], key: Callable[[T], str | None] | None = None,
                    reverse: bool = False) -> list[T]:
    """``sorted(items)`` in Vietnamese order; ``key`` picks the text of each item."""
    if key is None:
        return sorted(items, key=lambda item: vietnamese_sort_key(str(item)), reverse=reverse)
    return sorted(items, key=lambda item: vietnamese_sort_key(key(item)), reverse=reverse)
