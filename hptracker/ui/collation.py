"""Vietnamese alphabetical order for the lists the UI sorts in Python (pickers, small lists).

Tables sort in SQL on the stored ``core.text.sort_key``; the few short lists sorted in Python
(contacts in a form, units in Settings) use that same key, so a name comes in the same place on
every screen: a < ă < â, d < đ, o < ô < ơ, tones Ha < Hà < Hả < Hã < Há < Hạ, and numbers by their
value ("Quận 2" before "Quận 10"). Python's plain ``sorted()`` would put "Đà Nẵng" after
"Zhejiang". Qt's QCollator is not used: it orders Vietnamese only when Qt is built with ICU, and
even then its ties and numbers differ from the stored key, so pickers and tables disagreed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from ..core.text import sort_key

T = TypeVar("T")


def vietnamese_sort_key(text: str | None) -> str:
    """A key for ``sorted()`` that gives Vietnamese dictionary order, case ignored."""
    return sort_key(text or "")


def sort_vietnamese(items: Iterable[T], key: Callable[[T], str | None] | None = None, reverse: bool = False) -> list[T]:
    """``sorted(items)`` in Vietnamese order; ``key`` picks the text of each item."""
    if key is None:
        return sorted(items, key=lambda item: vietnamese_sort_key(str(item)), reverse=reverse)
    return sorted(items, key=lambda item: vietnamese_sort_key(key(item)), reverse=reverse)
