"""Speed at scale (issue 8): every figure on a 100,000-follow-up database, beside its goal.

    python benchmarks/run.py [--n 100000] [--db PATH] [--runs 5] [--json OUT.json]

Builds the database with generate.py (or reuses --db), then measures, each as a median of several
runs: process start to a usable main window (offscreen), sorting the follow-ups table by each
column, one search keystroke, applying a filter, opening a follow-up, recording progress, the export
of all follow-ups against a bare openpyxl write-only loop in the same run, a brief for the largest
partner, a backup, peak RSS, and the longest time the GUI thread was blocked (a 10 ms QTimer
heartbeat) while the export, the brief and the backup run from the window. Prints a table and
writes the figures as JSON.

On a PostgreSQL server (issues 15.9 and 17.7):

    python benchmarks/run.py --db big.db --server URL|auto [--runs 3]

measures the same database on SQLite and, in a child process (``--db URL``), on the server, and
prints the two side by side with their ratio (goal: the server within 2× of SQLite). ``auto``
starts a throwaway server the way the test suite does (tests/pgserver.py; PostgreSQL 15+ binaries
needed) and stops it afterwards; a server database without follow-ups is filled first with
``hptracker copy`` from the SQLite file, then ANALYZEd. ``--db URL`` alone measures one server
database. What only a file has (the SQLite backup API, the page-by-page check) is SQLite's only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS_MS = {
    "start to usable window": 1500,
    "first start after copying the database in": 1500,
    "sort (slowest column)": 100,
    "search keystroke": 50,
    "filter": 100,
    "filter (slowest)": 100,
    "filter, GUI thread (longest median)": 100,
    "open a follow-up": 50,
    "record progress": 50,
    "record progress, status bar counted": 50,
    "brief for the largest partner": 1000,
    "GUI thread blocked (longest)": 100,
    "GUI thread blocked, every operation (longest)": 100,
}

STARTUP = r"""
import sys, time, json
t_import = time.time()
from hptracker.app import create_window
from PySide6.QtWidgets import QApplication
window = create_window(sys.argv[1], officer="Benchmark", lang="vi")
window.show()
window.show_page(1)
QApplication.processEvents()
view = window.followups
assert view.model.rowCount() > 0
print(json.dumps({"usable": time.time()}))
"""


SAMPLES = 20  # follow-ups opened and progress entries recorded


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def filter_figures(app, view, runs: int) -> dict:
    """Each filter chosen as an officer chooses it, to its rows shown (bench_search.until_shown:
    the counts may come after), and the GUI thread's longest stretch meanwhile: every status, the
    overdue switch, every direction, the first unit and category, the deleted switch."""
    import bench_search

    def choose(combo, index):
        return lambda: combo.setCurrentIndex(index)

    def tick(box, on):
        return lambda: box.setChecked(on)

    cases = [
        (f"status {view.status_filter.itemData(i)}", choose(view.status_filter, i), choose(view.status_filter, 0))
        for i in range(1, view.status_filter.count())
    ]
    cases.append(("overdue", tick(view.overdue_check, True), tick(view.overdue_check, False)))
    cases += [
        (f"direction {view.direction_filter.itemData(i)}", choose(view.direction_filter, i), choose(view.direction_filter, 0))
        for i in range(1, view.direction_filter.count())
    ]
    for name, combo in (("unit", view.unit_filter), ("category", view.category_filter)):
        if combo.count() > 1:
            cases.append((name, choose(combo, 1), choose(combo, 0)))
    cases.append(("deleted", tick(view.deleted_check, True), tick(view.deleted_check, False)))

    def now_shown(query) -> bool:
        return query == view.current_query()

    shown: dict[str, list[float]] = {}
    gui: dict[str, list[float]] = {}
    for _ in range(runs):
        for name, act, undo in cases:
            page, longest, _counted = bench_search.until_shown(app, view, act, now_shown)
            shown.setdefault(name, []).append(page)
            gui.setdefault(name, []).append(longest)
            bench_search.until_shown(app, view, undo, now_shown)
    by_kind = {name: median_ms(samples) for name, samples in shown.items()}
    return {
        "filter": median_ms([sample for samples in shown.values() for sample in samples]),
        "filter (slowest)": max(by_kind.values()),
        "filter, GUI thread (longest median)": max(median_ms(samples) for samples in gui.values()),
        "filter by kind (ms)": by_kind,
    }


def measure_startup(db: Path, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", STARTUP, str(db)],
            capture_output=True,
            text=True,
            check=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        samples.append(json.loads(out.stdout.strip().splitlines()[-1])["usable"] - started)
    return median_ms(samples)


def measure_first_start(db: Path, runs: int, folder: Path) -> float:
    """Goal 3's first start after a database is copied in: a file no hptracker closed, which the
    start checks page by page before anything may write to it (``db.inspect_file``; the starts
    after skip it). Each run starts on a fresh copy, made as a file manager makes it."""
    samples = []
    for run in range(runs):
        copy = folder / f"copied-in-{run}.db"
        shutil.copyfile(db, copy)
        try:
            samples.append(measure_startup(copy, 1))  # ms
        finally:
            for leftover in folder.glob(f"{copy.name}*"):
                leftover.unlink()
    return round(statistics.median(samples), 1)


class Heartbeat:
    """A 10 ms QTimer on the GUI thread: the longest gap between beats is the longest block."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._beat()
        return self.longest


def gui_figures(db: Path, runs: int, folder: Path) -> dict:
    """Everything measured inside one window process (the way an officer would use it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from hptracker.app import create_window
    from hptracker.core.tracker import FollowUpQuery
    from hptracker.ui import backup_ui, brief_ui, export_ui
    from hptracker.ui.tasks import runner

    window = create_window(db, officer="Benchmark", lang="vi")
    window.show()
    window.show_page(1)
    app = QApplication.instance()
    app.processEvents()
    view = window.followups
    model = view.model
    figures: dict = {}

    sorts = {}
    for column in range(model.columnCount()):
        key = model.columns[column].key
        samples = []
        for _ in range(runs):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                t0 = time.perf_counter()
                model.sort(column, order)
                app.processEvents()
                samples.append(time.perf_counter() - t0)
        sorts[key] = median_ms(samples)
    figures["sort by column (ms)"] = sorts
    figures["sort (slowest column)"] = max(sorts.values())
    model.sort(0, Qt.SortOrder.AscendingOrder)

    import bench_search  # a keystroke to its page shown, as typed in the window (issue 17)

    figures.update(bench_search.keystroke_figures(window, runs))

    figures.update(filter_figures(app, view, runs))

    # Twenty follow-ups at least: figures of 6-15 ms, whose median of six moved by half between runs
    # (the server's record progress 1.62× and 2.51× SQLite's in two runs of the same code).
    ids = [row.id for row in window.tracker.query_followups(FollowUpQuery(), 0, max(SAMPLES, runs * 2))]
    samples = []
    for followup_id in ids:
        t0 = time.perf_counter()
        dialog = window.open_followup_detail(followup_id)
        app.processEvents()
        samples.append(time.perf_counter() - t0)
        dialog.close()
        dialog.deleteLater()
    figures["open a follow-up"] = median_ms(samples)

    samples, counted = [], []
    for followup_id in ids:
        t0 = time.perf_counter()
        window.tracker.add_progress(followup_id, note="Đã trao đổi qua điện thoại")  # as the follow-up's detail writes it
        window._progress_recorded(followup_id)  # what the window does after a progress entry
        app.processEvents()
        samples.append(time.perf_counter() - t0)
        while runner().active():  # the status bar's counts, read on a pool thread
            app.processEvents()
            time.sleep(0.0005)
        counted.append(time.perf_counter() - t0)
    figures["record progress"] = median_ms(samples)
    figures["record progress, status bar counted"] = median_ms(counted)

    # The longest GUI-thread block while the export, the brief and the backup run from the window.
    beat = Heartbeat()
    out = folder / "status.xlsx"
    export_ui.ExportDialogs.ask_path = classmethod(lambda *_a, **_k: str(out))  # the file dialog's answer
    export_ui.ExportDialogs.ask_options = classmethod(lambda *_a, **_k: export_ui.ExportOptions())
    export_ui.ExportDialogs.done = classmethod(lambda *_a, **_k: None)
    beat.start()
    t0 = time.perf_counter()
    export_ui.export_view(window, window.tracker, FollowUpQuery(), "vi")
    while runner().active():
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    figures["export from the window (s)"] = round(time.perf_counter() - t0, 2)
    blocks = {"export": round(beat.stop() * 1000, 1)}

    largest = largest_partner(window.tracker)
    brief_ui.ask_notes = lambda *_a, **_k: ""
    brief_ui.exec_preview = lambda dialog: dialog.close()
    brief_ui.confirm_missing_glyphs = lambda *_a, **_k: True
    beat.start()
    t0 = time.perf_counter()
    brief_ui.open_brief(window, window.tracker, largest)
    while runner().active():
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    figures["brief preview from the window (s)"] = round(time.perf_counter() - t0, 2)
    blocks["brief"] = round(beat.stop() * 1000, 1)

    backup_ui.BackupDialogs.info = classmethod(lambda *_a, **_k: None)
    backup_ui.BackupDialogs.warning = classmethod(lambda *_a, **_k: None)
    beat.start()
    t0 = time.perf_counter()
    backup_ui.backup_now(window, window.tracker)
    while runner().active():
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    figures["backup from the window (s)"] = round(time.perf_counter() - t0, 2)
    blocks["backup"] = round(beat.stop() * 1000, 1)
    figures["GUI thread blocked (ms)"] = blocks
    figures["GUI thread blocked (longest)"] = max(blocks.values())
    figures["peak RSS of the window process (MB)"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    window.close()
    return figures


# -- the same figures on a PostgreSQL server, beside SQLite's ------------------------------------

# The figures compared (goal: the server within 2× of SQLite), in milliseconds unless named (s).
SIDE_BY_SIDE = (
    "start to usable window",
    "sort (slowest column)",
    "search keystroke",
    "search keystroke (slowest)",
    "filter",
    "filter (slowest)",
    "open a follow-up",
    "record progress",
    "record progress, status bar counted",
    "brief for the largest partner",
    "export of all follow-ups (s)",
    "export from the window (s)",
    "GUI thread blocked (longest)",
    "peak RSS of the window process (MB)",
)
SERVER_GOAL = 2.0


def server_followups(url: str) -> int:
    from hptracker.core.tracker import Tracker

    tracker = Tracker.open(url, officer="Benchmark")
    try:
        return tracker.count_followups()
    finally:
        tracker.close()


def fill_server(url: str, db: Path) -> None:
    """An empty server database gets every record of the SQLite file (``hptracker copy``, which
    leaves the tables vacuumed and analysed, as autovacuum would some time after)."""
    from hptracker.core.transfer import copy_database

    if server_followups(url):
        return
    t0 = time.perf_counter()
    report = copy_database(str(db), url)  # read through a snapshot: the file is left as it is
    print(f"copied {report.counts.get('followups', 0):,} follow-ups into the server in {time.perf_counter() - t0:.0f} s")


def measure_on_server(server: str, db: Path, args) -> dict:
    """Run this script with ``--db URL`` in a child process (its own window, its own peak RSS)."""
    root = None
    if server == "auto":
        sys.path.insert(0, str(ROOT / "tests"))
        import pgserver

        root = Path(tempfile.mkdtemp(prefix="hptracker-bench-pg-"))
        started = pgserver.shared_server(root)
        with started.connect() as conn:
            conn.execute("CREATE DATABASE bench")
            # The test suite's server confirms commits before writing them, for speed; an office's
            # server has PostgreSQL's default, and only with it can the copy's VACUUM mark the rows
            # visible to all (the status bar's counts from an index: 20 ms, not 30-40).
            conn.execute("ALTER DATABASE bench SET synchronous_commit = on")
        server = started.url("bench")
    try:
        fill_server(server, db)
        out = args.json.with_name(args.json.stem + "-postgresql.json")
        subprocess.run([sys.executable, __file__, "--db", server, "--runs", str(args.runs), "--json", str(out)], check=True)
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        if root is not None:
            pgserver.stop(root)


def print_side_by_side(sqlite: dict, postgresql: dict) -> None:
    print(f"\n{'figure':44s} {'SQLite':>10s} {'PostgreSQL':>11s} {'ratio':>7s}  goal: within {SERVER_GOAL:g}×")
    for name in SIDE_BY_SIDE:
        a, b = sqlite.get(name), postgresql.get(name)
        if not isinstance(a, int | float) or not isinstance(b, int | float):
            continue
        ratio = b / a if a else float("inf")
        print(f"{name:44s} {a!s:>10s} {b!s:>11s} {ratio:6.2f}×  {'ok' if ratio <= SERVER_GOAL else 'OVER'}")
    for name in ("sort by column (ms)",):
        a, b = sqlite.get(name, {}), postgresql.get(name, {})
        for key in a:
            if key in b:
                ratio = b[key] / a[key] if a[key] else float("inf")
                print(f"{'  sort by ' + key:44s} {a[key]!s:>10s} {b[key]!s:>11s} {ratio:6.2f}×")


def largest_partner(tracker) -> int:
    from sqlalchemy import func, select

    from hptracker.core.models import FollowUp

    with tracker.db.sessions() as session:
        return session.execute(
            select(FollowUp.partner_id).group_by(FollowUp.partner_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()


def brief_figure(db: Path, runs: int, folder: Path) -> dict:
    from PySide6.QtGui import QGuiApplication

    from hptracker.core.tracker import Tracker
    from hptracker.ui.printing import missing_glyphs, prepare_brief, write_pdf

    QGuiApplication.instance() or QGuiApplication(["bench"])
    tracker = Tracker.open(db, officer="Benchmark")
    partner_id = largest_partner(tracker)
    samples = []
    pages = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        paged = prepare_brief(tracker, partner_id, notes="")
        missing_glyphs(paged)
        pages = write_pdf(paged, folder / "brief.pdf")
        samples.append(time.perf_counter() - t0)
    tracker.close()
    return {"brief for the largest partner": median_ms(samples), "brief pages": pages}


def core_figures(db: Path, runs: int, folder: Path) -> dict:
    from hptracker.core.backup import backup_database, check_database

    samples = []
    for _ in range(max(1, runs // 2)):
        t0 = time.perf_counter()
        backup_database(db, folder=folder / "backups")
        samples.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    check_database(db)
    return {"backup (s)": round(statistics.median(samples), 2), "check (s)": round(time.perf_counter() - t0, 2)}


def export_figures(db: Path, folder: Path) -> dict:
    """The exporter against a bare openpyxl write-only loop of the same values, in this run."""
    import bench_export

    export = bench_export.measure("export", db, folder, "vi")
    bare = bench_export.measure("bare", db, folder, "vi")
    return {
        "export of all follow-ups (s)": round(export["seconds"], 2),
        "bare openpyxl loop (s)": round(bare["seconds"], 2),
        "export / bare": round(export["seconds"] / bare["seconds"], 2),
        "export peak RSS (MB)": round(export["rss_mb"], 1),
    }


def freeze_figures(db: Path, folder: Path, runs: int) -> dict:
    """Issue 17's "never frozen": the longest GUI-thread block of every long operation
    (bench_freeze.py, each run in a process of its own, on copies of the database): the median of
    the runs, as every goal here, and the worst run beside it."""
    out = folder / "freeze.json"
    subprocess.run(
        [sys.executable, str(Path(__file__).parent / "bench_freeze.py"), "--db", str(db), "--runs", str(runs), "--json", str(out)],
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    found = json.loads(out.read_text(encoding="utf-8"))
    blocks, worst = found["blocks"], found["worst"]
    return {
        "GUI thread blocked, every operation (ms)": blocks,
        "GUI thread blocked, every operation, worst run (ms)": worst,
        "GUI thread blocked, every operation (longest)": max(blocks.values()),
        "GUI thread blocked, every operation, worst run (longest)": max(worst.values()),
    }


def is_url(db: str | Path | None) -> bool:
    return db is not None and "://" in str(db)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", help="reuse a database made by generate.py (a file), or a server database URL")
    parser.add_argument(
        "--server",
        help="also measure on this PostgreSQL database URL ('auto': a throwaway "
        "server), filled from --db when empty, and print both side by side",
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "out" / "figures.json")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    folder = Path(tempfile.mkdtemp(prefix="hptracker-run-"))
    try:
        server = is_url(args.db)
        db: str | Path | None = args.db if server else (Path(args.db) if args.db else None)
        if db is None:
            from generate import generate

            db = folder / "bench.db"
            generate(db, args.n)
        figures: dict = {"follow-ups": args.n, "cpus": os.cpu_count(), "load average": round(os.getloadavg()[0], 1)}
        if server:
            figures["database"] = "PostgreSQL"
            figures["follow-ups"] = server_followups(str(db))
        figures["start to usable window"] = measure_startup(db, args.runs)
        if not server:  # a server's database is copied in with `hptracker copy`, which checks it
            figures["first start after copying the database in"] = measure_first_start(Path(db), args.runs, folder)
        figures.update(gui_figures(db, args.runs, folder))
        figures.update(brief_figure(db, args.runs, folder))
        if not server:  # the SQLite backup API and the page-by-page check: a file's only
            figures.update(core_figures(db, args.runs, folder))
        figures.update(export_figures(db, folder))
        if not server:  # bench_freeze works on copies of a database file (its backup and restore too)
            figures.update(freeze_figures(db, folder, args.runs))
        figures["export goal (≤ 1.3× bare)"] = figures["export / bare"] <= 1.3
        figures["peak RSS goal (≤ 300 MB)"] = max(figures["peak RSS of the window process (MB)"], figures["export peak RSS (MB)"]) <= 300

        print(f"\n{'figure':44s} {'measured':>12s} {'goal':>10s}")
        for name, value in figures.items():
            if isinstance(value, dict):
                print(f"{name:44s} " + ", ".join(f"{k} {v}" for k, v in value.items()))
                continue
            goal = GOALS_MS.get(name)
            suffix = f"{goal:>8d} ms {'ok' if value <= goal else 'OVER'}" if goal is not None else ""
            print(f"{name:44s} {value!s:>12s} {suffix}")
        if args.server and not server:
            figures = {"SQLite": figures, "PostgreSQL": measure_on_server(args.server, Path(db), args)}
            print_side_by_side(figures["SQLite"], figures["PostgreSQL"])
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    finally:  # the exports, briefs and copies of the databases it made (gigabytes at 100,000)
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
