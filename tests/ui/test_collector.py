"""Garbage is collected on the GUI thread only (hptracker/ui/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from hptracker.ui.app import ensure_application
from hptracker.ui.collector import GarbageCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_garbage_made_on_a_pool_thread_is_collected_on_the_gui_thread(qtbot):
    app = ensure_application()
    ensure_application()
    assert len(app.findChildren(GarbageCollector)) == 1
    assert not gc.isenabled()
    collected_on: list[str] = []

    def seen(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    kept: list[weakref.ref] = []

    def work() -> None:
        for n in range(200_000):  # many times Python's threshold of 700 allocations
            cycle = Cycle()
            if n % 50_000 == 0:
                kept.append(weakref.ref(cycle))

    gc.callbacks.append(seen)
    try:
        worker = threading.Thread(target=work, name="pool")
        worker.start()
        worker.join()
        assert kept and all(ref() is not None for ref in kept)  # nothing collected on the pool thread
        qtbot.waitUntil(lambda: all(ref() is None for ref in kept), timeout=5000)
    finally:
        gc.callbacks.remove(seen)
    assert collected_on and set(collected_on) == {threading.main_thread().name}


def test_a_full_collection_waits_until_the_windows_work_is_done(qtbot, monkeypatch):
    """A full collection walks every object made since the start: 40-55 ms in bench_freeze at
    100,000 follow-ups, once inside a restore (145.7 ms at its end in run.py). While a task runs
    (an export, a restore, a search) only the young generations are collected; the full one comes
    once the pool is idle, or after ``MAX_DEFER_S`` whatever runs."""
    from PySide6.QtCore import QObject

    from hptracker.ui import collector
    from hptracker.ui.tasks import runner

    owner = QObject()
    watcher = GarbageCollector(owner)
    watcher.timer.stop()  # checked by hand below
    collected: list[int] = []
    monkeypatch.setattr(collector.gc, "get_count", lambda: (10_000, 10_000, 10_000))
    monkeypatch.setattr(collector.gc, "collect", lambda generation=2: collected.append(generation) or 0)
    release = threading.Event()
    task = runner().run(lambda _progress: release.wait(20), name="held")
    try:
        watcher.check()
        assert collected == [0, 1]
        watcher.check()
        assert collected == [0, 1, 0, 1]
        monkeypatch.setattr(collector, "MAX_DEFER_S", 0.0)  # waited long enough: collected all the same
        watcher.check()
        assert collected[-1] == 2
        monkeypatch.setattr(collector, "MAX_DEFER_S", 3600.0)
        collected.clear()
        watcher.check()
        assert collected == [0, 1]
    finally:
        release.set()
        qtbot.waitUntil(lambda: task.is_done and not runner().active(), timeout=10000)
    watcher.check()
    assert collected[-1] == 2
    owner.deleteLater()
