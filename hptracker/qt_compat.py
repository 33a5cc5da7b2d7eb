"""Guards against known defects of the Qt bindings, applied once wherever Qt is first used.

PySide6 6.12.0 under CPython 3.11 drops one reference to ``None`` on every call of a method that
returns void (QPainter.save, setPen, QObject.setObjectName…); after a few thousand calls CPython
aborts with "none_dealloc: deallocating None". pyproject.toml excludes that release, so this guard
only acts if it is installed anyway: it measures the leak and, when it is real, raises None's
reference count out of reach. From CPython 3.12 None is immortal and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys


def keep_none_alive() -> bool:
    """Return whether the workaround had to be applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtGui import QPen

    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(16):
        pen.setWidthF(1.0)
    if sys.getrefcount(None) >= before:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


NONE_REFCOUNT_WORKAROUND = keep_none_alive()
