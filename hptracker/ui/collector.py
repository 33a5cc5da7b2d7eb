"""Python's garbage collection, on the GUI thread only.

Python collects cyclic garbage in whichever thread happens to allocate past its threshold. When
that is a pool thread (a search, an import, a brief) and the garbage holds a Qt object, the
object's C++ destructor runs on that thread, which Qt forbids: a test run of the whole suite once
ended in a segmentation fault "Garbage-collecting" inside an import's pool thread. A collection on
a pool thread also holds the interpreter lock for its whole pass (25-50 ms measured during an
import's preview), which the window waits for all the same.

So automatic collection is turned off and a timer of the application collects instead, on the GUI
thread, the generations Python itself would have collected by then (its own thresholds). The
pattern of pyqtgraph's ``GarbageCollector`` and of Camelot and calibre before it.

A full collection walks every object made since the start (``gc.freeze`` keeps the start's own
out): 40-55 ms at 100,000 follow-ups, measured in bench_freeze inside an import and a restore. It
waits while the window's work runs on the pool (an export, a restore, a search), so that it never
adds to that work's blocks, and comes once the pool is idle, or after ``MAX_DEFER_S`` whatever runs.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from .tasks import runner

INTERVAL_MS = 1000
NAME = "garbageCollector"
MAX_DEFER_S = 30.0


class GarbageCollector(QObject):
    """Collects on the GUI thread what Python's thresholds ask for, once a second."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.threshold = gc.get_threshold()
        self.full_due: float | None = None  # since when a full collection waits for the pool
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2] and self.full_due is None:
                    self.full_due = time.monotonic()
        if self.full_due is not None and (not runner().active() or time.monotonic() - self.full_due >= MAX_DEFER_S):
            gc.collect(2)
            self.full_due = None


def collect_on_gui_thread(app: QCoreApplication) -> GarbageCollector:
    """The application's collector, made once (``app`` owns it)."""
    found = app.findChild(GarbageCollector, NAME)
    return found if found is not None else GarbageCollector(app)
