"""Never frozen (issue 17 goal 2): the longest GUI-thread block during every long operation.

    python benchmarks/bench_freeze.py --db big.db [--restore-db small.db] [--only export,brief]
                                      [--runs N] [--json OUT.json]

A 10 ms QTimer heartbeat on the GUI thread (run.py's ``Heartbeat``): the longest gap between two
beats is the longest time the window could not answer. Each operation is started the way the
window starts it, with its questions answered by replacing their classmethods (as the tests do),
and waited for with the event loop running; the heartbeat covers the call itself too, so work done
synchronously before the background part starts counts.

The databases are never touched: the window works on a copy of ``--db`` (made with SQLite's backup
API) in a temporary folder, which the import and the close-time backup change, and the restore
runs on a copy of ``--restore-db`` (30,000 follow-ups is enough to see it: the issue's figure) or,
without it, of ``--db``. Prints each operation's longest block beside the 100 ms goal and writes the
figures as JSON (run.py's hook reads it). With ``--runs N`` each run is a process of its own and the
figure is the median of the runs (the issue's goals are medians), each run's printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_MS = 100
SHOW_STACKS_MS = 40  # where the GUI thread stood is printed for blocks longer than this
# How long a window is left to start, at least, before its first operation is measured (Session).
SETTLE_S = 1.5
OPERATIONS = (
    "export",
    "brief layout and preview",
    "brief PDF",
    "import preview",
    "import apply",
    "backup",
    "check",
    "restore list",
    "restore",
    "backup at close",
)


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (the source may be open elsewhere)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def heartbeat():
    """run.py's heartbeat, also noting when (seconds into the operation) the longest gap ended:
    at 0 it is the call itself, at the end the result being shown, between them the work; and
    where the GUI thread's Python stood while the longest gap lasted (:class:`Sampler`)."""
    from run import Heartbeat

    class Timed(Heartbeat):
        def start(self) -> None:
            super().start()
            self.began, self.at = self.last, 0.0
            self.gap_stacks: list[str] = []  # the longest gap's samples
            self.sampler = Sampler(self)

        def _beat(self) -> None:
            now = time.perf_counter()
            if now - self.last > self.longest:
                self.at = now - self.began
                self.gap_stacks = self.sampler.take(self.last)
            super()._beat()

        def stop(self) -> float:
            longest = super().stop()
            self.sampler.stop()
            return longest

    return Timed()


class Sampler:
    """A thread that looks at the GUI thread's Python stack every 5 ms while a beat is late
    (over 20 ms): the innermost lines of where it stood. A block inside Qt's C++ shows as the
    Python call that entered it (``processEvents`` when the event loop itself is busy); a block
    waiting for the interpreter lock shows where Python was when the lock was taken from it, and
    the other threads' innermost lines show who may have held it."""

    LATE_S = 0.02

    def __init__(self, beat) -> None:
        self.beat = beat
        self.gui = threading.main_thread().ident
        self.samples: dict[float, list[str]] = {}  # the gap's start (beat.last) -> stacks seen
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench_freeze sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import traceback

        while not self._stopped.wait(0.005):
            last = self.beat.last
            if time.perf_counter() - last < self.LATE_S:
                continue
            frames = sys._current_frames()
            frame = frames.pop(self.gui, None)
            if frame is None:
                continue
            frames.pop(threading.get_ident(), None)
            lines = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)[-4:]]
            # The other threads' innermost line: one of them may hold the interpreter lock.
            others = sorted(f"{Path(f.f_code.co_filename).name}:{f.f_lineno} {f.f_code.co_name}" for f in frames.values())
            seen = self.samples.setdefault(last, [])
            if len(seen) < 20:
                seen.append(" < ".join(reversed(lines)) + ("  | others: " + "; ".join(others) if others else ""))

    def take(self, gap_start: float) -> list[str]:
        """The distinct stacks seen during the gap that began at ``gap_start``, most seen first."""
        seen = self.samples.pop(gap_start, [])
        self.samples.clear()
        return [f"{seen.count(stack)}× {stack}" for stack in sorted(set(seen), key=seen.count, reverse=True)]

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()


class Session:
    """One window, a heartbeat, and the figures measured in it."""

    def __init__(self, db: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from hptracker.app import create_window

        self.window = create_window(db, officer="Benchmark", lang="vi")
        self.window.show()
        self.window.show_page(1)
        self.app = QApplication.instance()
        self.app.processEvents()
        self.beat = heartbeat()
        self.blocks: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self.when: dict[str, float] = {}  # seconds into the operation of its longest block
        self.stacks: dict[str, list[str]] = {}  # where the GUI thread stood in it (Sampler)
        self._phase: str | None = None
        self._t0 = 0.0
        # What the window's start leaves to the event loop (the first rows and counts, the classes
        # PySide makes while it idles, the day's reminders two seconds later and their notice) is
        # done before an operation is measured, or it was counted as the operation's block.
        settled = time.perf_counter() + SETTLE_S
        reminders = self.window.reminders
        self.spin(lambda: time.perf_counter() > settled and reminders.task is not None and self.idle())
        settled = time.perf_counter() + 0.5
        self.spin(lambda: time.perf_counter() > settled)

    def phase(self, name: str | None) -> None:
        """End the operation being measured (if any) and start measuring ``name``."""
        if self._phase is not None:
            self.blocks[self._phase] = round(self.beat.stop() * 1000, 1)
            self.seconds[self._phase] = round(time.perf_counter() - self._t0, 2)
            self.when[self._phase] = round(self.beat.at, 2)
            self.stacks[self._phase] = self.beat.gap_stacks
        self._phase = name
        if name is not None:
            self._t0 = time.perf_counter()
            self.beat.start()

    def figures(self) -> dict:
        """Each operation's longest block (ms), duration (s), when the block ended and where the
        GUI thread stood in it, by figure."""
        return {"blocks": self.blocks, "seconds": self.seconds, "when": self.when, "stacks": self.stacks}

    def spin(self, done: Callable[[], bool], timeout: float = 900.0) -> None:
        """Run the event loop until ``done()``; the heartbeat beats meanwhile."""
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self._phase} did not finish in {timeout} s")
            self.app.processEvents()
            time.sleep(0.002)
        self.app.processEvents()

    def idle(self) -> bool:
        from hptracker.ui.tasks import runner

        return not runner().active()


def hand_typed_workbook(path: Path, rows: int, partners: list[str]) -> Path:
    """bench_import.py's hand-typed list of new follow-ups, naming ``partners``."""
    from bench_import import STATUSES, write_book

    write_book(
        path,
        ["STT", "Nội dung kiến nghị", "Đối tác", "Thời hạn", "Tình trạng"],
        (
            [i + 1, f"Kiến nghị số {i}: nghiên cứu hợp tác đầu tư", partners[i % len(partners)], "Quý 3/2027", STATUSES[i % len(STATUSES)]]
            for i in range(rows)
        ),
    )
    return path


def measure_window(db: Path, folder: Path, only: set[str], import_rows: int) -> dict:
    from run import largest_partner

    from hptracker.core import backup as core_backup
    from hptracker.core.tracker import FollowUpQuery
    from hptracker.ui import backup_ui, brief_ui, export_ui, import_ui

    s = Session(db)
    window, tracker = s.window, s.window.tracker
    backup_ui.BackupDialogs.info = classmethod(lambda *_a, **_k: None)
    backup_ui.BackupDialogs.warning = classmethod(lambda *_a, **_k: None)
    backup_ui.BackupDialogs.saved = classmethod(lambda *_a, **_k: None)

    if "export" in only:
        out = folder / "status.xlsx"
        export_ui.ExportDialogs.ask_path = classmethod(lambda *_a, **_k: str(out))
        export_ui.ExportDialogs.ask_options = classmethod(lambda *_a, **_k: export_ui.ExportOptions())  # all follow-ups
        export_ui.ExportDialogs.done = classmethod(lambda *_a, **_k: None)
        s.phase("export")
        export_ui.export_view(window, tracker, FollowUpQuery(), "vi")
        s.spin(lambda: not export_ui.running_exports() and s.idle())
        s.phase(None)
        assert out.exists(), "the export wrote no file"

    if only & {"brief layout and preview", "brief PDF"}:
        previews: list = []
        pdf = folder / "brief.pdf"

        def show_preview(dialog) -> None:
            """The preview shown and painted, then "Save as PDF…" in it, as exec() would wait."""
            dialog.show()
            s.app.processEvents()
            s.phase("brief PDF")
            task = dialog.save_pdf()
            s.spin(lambda: pdf.exists() and getattr(task, "is_done", True))  # a Path before issue 17
            dialog.close()
            previews.append(dialog)

        brief_ui.ask_notes = lambda *_a, **_k: ""
        brief_ui.confirm_missing_glyphs = lambda *_a, **_k: True
        brief_ui.exec_preview = show_preview
        brief_ui.choose_pdf_path = lambda *_a, **_k: str(pdf)
        brief_ui.show_info = lambda *_a, **_k: None
        brief_ui.show_error = lambda _parent, message: print("brief error:", message)
        partner = largest_partner(tracker)
        s.phase("brief layout and preview")
        brief_ui.open_brief(window, tracker, partner)
        s.spin(lambda: bool(previews) and s.idle())
        s.phase(None)

    if only & {"import preview", "import apply"}:
        # Partners of names no generated partner shares, so that each row names exactly one.
        names = [f"Đối tác đo tốc độ {n}" for n in range(5)]
        for name in names:
            tracker.create_partner(name=name, kind="government", country="CN")
        book = hand_typed_workbook(folder / "import.xlsx", import_rows, names)
        imported: list = []
        import_ui.ImportDialogs.choose_file = classmethod(lambda *_a, **_k: str(book))

        def review(_cls, dialog) -> bool:
            dialog.show()
            s.app.processEvents()
            dialog.hide()
            s.phase("import apply")
            return True

        import_ui.ImportDialogs.review = classmethod(review)
        import_ui.ImportDialogs.info = classmethod(lambda *_a, **_k: imported.append(True))
        import_ui.ImportDialogs.show_error = classmethod(lambda _cls, _parent, text: (print("import error:", text), imported.append(False)))
        s.phase("import preview")
        window.import_workbook()
        s.spin(lambda: bool(imported) and s.idle())
        s.phase(None)

    if "backup" in only:
        s.phase("backup")
        backup_ui.backup_now(window, tracker)
        s.spin(s.idle)
        s.phase(None)

    if "check" in only:
        # The check of a damaged database also looks for the newest good backup: made to say
        # "damaged" here, so that the lookup is measured too.
        real_check = core_backup.check_database
        reported: list = []

        def damaged(path):
            report = real_check(path)
            report.ok = False
            return report

        core_backup.check_database = damaged
        backup_ui.BackupDialogs.warning = classmethod(lambda *_a, **_k: reported.append(True))
        s.phase("check")
        window.check_database()
        s.spin(lambda: bool(reported) and s.idle())
        s.phase(None)
        core_backup.check_database = real_check
        backup_ui.BackupDialogs.warning = classmethod(lambda *_a, **_k: None)

    if "restore list" in only:
        backups = [b for b in core_backup.list_backups(tracker.db.path) if b.kind == core_backup.REGULAR]
        if not backups:
            backups = [tracker.backup()]
        # A year of use keeps about 20 backups (7 daily, 4 weekly, 12 monthly): copies of one.
        source = backups[0].path
        stem = tracker.db.path.stem
        for month in range(1, 13):
            shutil.copyfile(source, source.parent / f"{stem}-2025{month:02d}01-120000.db")
        listed: list = []

        def choose(cls, parent, items):
            dialog = cls(items, parent)
            dialog.show()
            s.spin(lambda: not getattr(dialog, "counting", False))
            listed.append(dialog)
            dialog.close()
            return None

        backup_ui.RestoreDialog.choose = classmethod(choose)
        s.phase("restore list")
        window.restore_backup()
        s.spin(lambda: bool(listed) and s.idle())
        s.phase(None)
        del backup_ui.RestoreDialog.choose  # back to the class's own

    if "backup at close" in only:
        tracker.record_progress(tracker.query_followups(FollowUpQuery(), 0, 1)[0].id, note="Đã trao đổi")
        before = {b.path for b in core_backup.list_backups(tracker.db.path)}
        s.phase("backup at close")
        window.close()
        s.spin(s.idle)
        s.phase(None)
        made = [b for b in core_backup.list_backups(tracker.db.path) if b.path not in before]
        assert made and not core_backup.verify_backup(made[0].path), "no checked backup was made at close"
    else:
        window.close()
        s.spin(s.idle)
    return s.figures()


def measure_restore(db: Path, only: set[str]) -> dict:
    from hptracker.core import backup as core_backup
    from hptracker.ui import backup_ui

    s = Session(db)
    window, tracker = s.window, s.window.tracker
    if "restore" in only:
        info = tracker.backup()
        restored: list = []
        backup_ui.RestoreDialog.choose = classmethod(lambda _cls, _parent, items: items[0])
        backup_ui.BackupDialogs.confirm_restore = classmethod(lambda *_a, **_k: True)
        backup_ui.BackupDialogs.info = classmethod(lambda *_a, **_k: restored.append(True))
        backup_ui.BackupDialogs.warning = classmethod(lambda _cls, _parent, text: print("restore error:", text))
        s.phase("restore")
        window.restore_backup()
        s.spin(lambda: bool(restored) and s.idle())
        s.phase(None)
        assert any(b.path == info.path for b in core_backup.list_backups(tracker.db.path))
    window.close()
    s.spin(s.idle)
    return s.figures()


def measure(db: Path, restore_db: Path | None = None, only: set[str] | None = None, import_rows: int = 10_000) -> dict:
    """Every operation's longest GUI-thread block (ms) and duration (s)."""
    only = set(only or OPERATIONS)
    folder = Path(tempfile.mkdtemp(prefix="hptracker-freeze-"))
    try:
        found = []
        if only - {"restore"}:
            found.append(measure_window(copy_database(db, folder / "work.db"), folder, only, import_rows))
        if "restore" in only:
            (folder / "restore").mkdir()
            found.append(measure_restore(copy_database(restore_db or db, folder / "restore" / "restore.db"), only))
        figures: dict = {}
        for session in found:  # each a Session's figures()
            for key, values in session.items():
                figures.setdefault(key, {}).update(values)
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure_in_child(args: argparse.Namespace, run: int) -> dict:
    """One run in a fresh process: what Qt and Python do the first time in a process (a kind of
    dialog built, a code path loaded) is part of what an officer waits for, and a second window in
    the same process would have it done already."""
    with tempfile.TemporaryDirectory(prefix="hptracker-freeze-run-") as folder:
        out = Path(folder) / f"run{run}.json"
        command = [sys.executable, __file__, "--db", str(args.db), "--import-rows", str(args.import_rows), "--json", str(out)]
        if args.restore_db:
            command += ["--restore-db", str(args.restore_db)]
        if args.only:
            command += ["--only", args.only]
        subprocess.run(command, check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        return json.loads(out.read_text(encoding="utf-8"))["runs"][0]


def median_of_runs(runs: list[dict]) -> dict:
    """Each operation's median block and duration over ``runs`` (the issue's goals are medians),
    its worst block, and every run's own figures, which are printed beside them."""
    names = runs[0]["blocks"]
    return {
        "blocks": {name: round(statistics.median(run["blocks"][name] for run in runs), 1) for name in names},
        "worst": {name: max(run["blocks"][name] for run in runs) for name in names},
        "seconds": {name: round(statistics.median(run["seconds"][name] for run in runs), 2) for name in names},
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a database made by generate.py (100,000)")
    parser.add_argument("--restore-db", type=Path, help="the database to restore (30,000); default --db")
    parser.add_argument("--only", help="comma-separated operations: " + ", ".join(OPERATIONS))
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1, help="measure this many times, each in a process of its own; figures are medians")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",")} if args.only else set(OPERATIONS)
    unknown = only - set(OPERATIONS)
    if unknown:
        parser.error(f"unknown operations: {', '.join(sorted(unknown))}")
    if args.runs > 1:
        figures = median_of_runs([measure_in_child(args, run) for run in range(args.runs)])
    else:
        figures = median_of_runs([measure(args.db, args.restore_db, only, args.import_rows)])
    print(f"\n{'operation':26s} {'longest block':>14s} {'goal':>8s} {'took':>8s}   each run: block (ended at)")
    for name in OPERATIONS:
        if name in figures["blocks"]:
            block = figures["blocks"][name]
            verdict = "ok" if block <= GOAL_MS else "OVER"
            each = ", ".join(f"{run['blocks'][name]:.1f} ({run['when'][name]:.2f} s)" for run in figures["runs"])
            print(f"{name:26s} {block:11.1f} ms {GOAL_MS:5d} ms {figures['seconds'][name]:6.2f} s   {verdict:4s}  {each}")
            for number, run in enumerate(figures["runs"], start=1):
                if run["blocks"][name] > SHOW_STACKS_MS:
                    for stack in run.get("stacks", {}).get(name, [])[:3]:
                        print(f"{'':28s}run {number}: {stack}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
