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
