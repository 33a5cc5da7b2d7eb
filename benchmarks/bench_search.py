"""Search as you type (issue 17 goal 1): from a keystroke to the follow-ups table showing its page.

    python benchmarks/bench_search.py --db big.db [--runs 7] [--json OUT.json]

Measured from outside the widget, in the real main window (offscreen), as an officer types: the
search box holds all but the last character of a search, settled (its rows and counts shown);
the last key is sent to the box as a key event, and the clock runs until the table holds the rows
of the full text and has painted them — the pause before a search (the old 200 ms debounce), the
query, the handing over from a pool thread and the table's reset all included. The longest single
stretch the GUI thread spent working meanwhile is the "GUI thread" figure (goal ≤ 16 ms a
keystroke), and the time until the count arrives after the rows is given too. Medians of
``--runs`` keystrokes for each kind of word: one letter, two letters, a two-character Chinese name,
a long word, two words. Works on any version of the window (it only reads ``model.query``, the
query of the rows shown), so the figures before and after a change come from the same script.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_MS = 50
GUI_GOAL_MS = 16

# (kind, what the box holds before the keystroke, the key typed)
CASES = [
    ("1 letter", "", "h"),
    ("2 letters", "t", "h"),
    ("上虞", "上", "虞"),
    ("long word", "logistic", "s"),
    ("two words", "thuong ng", "u"),
]


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def _settle(app, view, text: str, timeout: float = 30.0) -> None:
    """Until the rows and the counts of ``text`` are shown and nothing runs in the background."""
    from hptracker.ui.tasks import runner

    view.search_edit.setText(text)
    settle = getattr(view.search_edit, "flush", None)
    if settle is not None:
        settle()
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        counting = getattr(view.model, "counting", False)
        if view.model.query.text == text and not counting and not runner().active():
            return
        time.sleep(0.002)
    raise TimeoutError(f"the search {text!r} never settled")


def _keystroke(app, view, key: str, expected: str) -> tuple[float, float, float]:
    """Send one key to the search box; (seconds to the page shown, the longest GUI-thread stretch,
    seconds to the count shown)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def act() -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(view.search_edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, key))

    return until_shown(app, view, act, lambda query: query.text == expected)


def until_shown(app, view, act, shown) -> tuple[float, float, float]:
    """``act()`` (a keystroke, a filter chosen), then wait until the table shows rows of a query
    for which ``shown(query)`` holds; (seconds to the page shown, the longest GUI-thread stretch,
    seconds to the count shown).

    The wait is Qt's event loop, as in the window: it sleeps in C++ until an event comes, where a
    loop of ``processEvents`` and short sleeps took the interpreter lock every half millisecond
    from the pool thread running the query (which then took twice as long as alone). The model's
    reset and the count's arrival are checked when they happen; a 1 ms heartbeat measures the
    longest stretch the GUI thread could not answer.
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    table, model = view.table, view.model
    loop = QEventLoop()
    found: dict[str, float] = {}
    beat = {"last": 0.0, "longest": 0.0}

    def on_beat() -> None:
        now = time.perf_counter()
        beat["longest"] = max(beat["longest"], now - beat["last"])
        beat["last"] = now

    def check() -> None:
        if "shown" not in found and shown(model.query) and not getattr(model, "searching", lambda: False)():
            table.viewport().repaint()  # what the screen shows next: paint it now, inside the clock
            found["shown"] = time.perf_counter() - t0
        if "shown" in found and not getattr(model, "counting", False):
            found["counted"] = time.perf_counter() - t0
            loop.quit()

    def later() -> None:
        QTimer.singleShot(0, check)  # once the view has handled the reset too

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(on_beat)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    signals = [model.modelReset] + [getattr(model, name) for name in ("counted", "searched") if hasattr(model, name)]
    for signal in signals:
        signal.connect(later)
    try:
        t0 = time.perf_counter()
        act()
        typed = time.perf_counter() - t0
        beat["last"] = time.perf_counter()
        heartbeat.start()
        guard.start(30_000)
        check()  # a window that searched synchronously has shown the rows already
        if "counted" not in found:
            loop.exec()
    finally:
        heartbeat.stop()
        guard.stop()
        for signal in signals:
            signal.disconnect(later)
    if "counted" not in found:
        raise TimeoutError("the rows never came")
    on_beat()
    return found["shown"], max(typed, beat["longest"]), found["counted"]


def keystroke_figures(window, runs: int) -> dict:
    """The search figures measured in an open main window (benchmarks/run.py calls this)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    from PySide6.QtCore import Qt

    window.show_page(1)
    view = window.followups
    # The view's own order, as it opens. run.py sorts the model itself before (no header click), so
    # the header already shows no column and sortByColumn(-1) alone changed nothing: the keystrokes
    # were measured in the ID order the sorts left.
    view.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.model.sort(-1, Qt.SortOrder.AscendingOrder)
    view.search_edit.setFocus()
    per_kind: dict[str, dict[str, float]] = {}
    everything: list[float] = []
    for kind, before, key in CASES:
        shown, gui, counted = [], [], []
        for _ in range(runs):
            _settle(app, view, before)
            page, longest, count = _keystroke(app, view, key, before + key)
            shown.append(page)
            gui.append(longest)
            counted.append(count)
        everything += shown
        per_kind[kind] = {
            "page shown (ms)": _median_ms(shown),
            "GUI thread (ms)": _median_ms(gui),
            "count shown (ms)": _median_ms(counted),
            "rows": view.model.total(),
        }
    _settle(app, view, "")
    return {
        "search keystroke": _median_ms(everything),
        "search keystroke (slowest)": max(kind["page shown (ms)"] for kind in per_kind.values()),
        "search keystroke, GUI thread (longest median)": max(kind["GUI thread (ms)"] for kind in per_kind.values()),
        "search keystroke by word (ms)": {kind: figures["page shown (ms)"] for kind, figures in per_kind.items()},
        "search keystroke details": per_kind,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a database made by generate.py")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from hptracker.app import create_window

    window = create_window(args.db, officer="Benchmark", lang="vi")
    window.show()
    QApplication.instance().processEvents()
    figures = keystroke_figures(window, args.runs)
    window.close()
    print(
        f"{'word':12s} {'page shown':>11s} {'GUI thread':>11s} {'count shown':>12s} {'rows':>7s}   (goal ≤ {GOAL_MS} ms, "
        f"GUI ≤ {GUI_GOAL_MS} ms)"
    )
    for kind, row in figures["search keystroke details"].items():
        print(
            f"{kind:12s} {row['page shown (ms)']:>8.1f} ms {row['GUI thread (ms)']:>8.1f} ms "
            f"{row['count shown (ms)']:>9.1f} ms {row['rows']:>7d}"
        )
    print(f"median of all: {figures['search keystroke']} ms; slowest word: {figures['search keystroke (slowest)']} ms")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
