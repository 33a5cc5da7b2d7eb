"""Export from the window: background work with progress and Cancel, and the task runner under it."""

from __future__ import annotations

import os
import tempfile
import threading
import time

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton

from hptracker.core.export_xlsx import HEADER_ROW
from hptracker.core.sheets import FOLLOWUPS
from hptracker.core.tracker import FollowUpQuery
from hptracker.ui import export_ui
from hptracker.ui.export_ui import ExportDialogs, export_view, running_exports
from hptracker.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot):
    parent = QMainWindow()
    parent.setObjectName("mainWindow")
    qtbot.addWidget(parent)
    parent.show()
    return parent


@pytest.fixture
def dialogs(monkeypatch):
    """Replace the file dialog and the message box; record what the officer would have seen."""
    seen = {"asked": [], "errors": [], "answer": None}

    def ask_path(cls, parent, suggested):
        seen["asked"].append(suggested)
        return seen["answer"]

    monkeypatch.setattr(ExportDialogs, "ask_path", classmethod(ask_path))
    monkeypatch.setattr(ExportDialogs, "error", classmethod(lambda cls, parent, message: seen["errors"].append(message)))
    return seen


GATE_ENV = "HPTRACKER_TEST_EXPORT_GATE"


def held_export(tracker, path, query=None, **kwargs):
    """The export as the child process runs it, held at its start until the test opens the gate
    (a file: the gate is in another process); notes which process and thread ran it."""
    from pathlib import Path

    from hptracker.core.export_xlsx import export_workbook

    folder = Path(os.environ[GATE_ENV])
    (folder / "entered").write_text(f"{os.getpid()} {threading.get_ident()}")
    deadline = time.monotonic() + 20
    while not (folder / "open").exists():
        if time.monotonic() > deadline:
            raise TimeoutError("the test never opened the gate")
        time.sleep(0.01)
    return export_workbook(tracker, path, query, **kwargs)


def broken_export(tracker, path, query=None, **kwargs):
    """A bug in the middle of the export, in the child process."""
    for _row in tracker.iter_followups(query):
        raise RuntimeError("bad row")
    raise AssertionError("the demo database has follow-ups")


class Gate:
    """Opened by the test; ``workers`` are the (process, thread) that ran the export, once it did."""

    def __init__(self, folder) -> None:
        self.folder = folder

    def set(self) -> None:
        (self.folder / "open").write_text("")

    @property
    def workers(self) -> list[tuple[int, int]]:
        entered = self.folder / "entered"
        if not entered.exists() or not entered.read_text():
            return []
        pid, thread = entered.read_text().split()
        return [(int(pid), int(thread))]


@pytest.fixture
def gate(tmp_path, monkeypatch):
    """Hold the export (in its child process) until the test opens the gate."""
    folder = tmp_path / "gate"
    folder.mkdir()
    monkeypatch.setenv(GATE_ENV, str(folder))
    monkeypatch.setattr(export_ui, "workbook_job", held_export)
    gate = Gate(folder)
    yield gate
    gate.set()


@pytest.fixture
def private_tempdir(tmp_path, monkeypatch):
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))  # the export's child process takes its temp folder from here
    return folder


def _the_job(qtbot):
    qtbot.waitUntil(lambda: len(running_exports()) == 1)
    return running_exports()[0]


def test_export_runs_in_the_background_and_the_window_stays_responsive(qtbot, window, dialogs, gate, demo_tracker, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialogs["answer"] = str(out / "tuần 47")  # no suffix: .xlsx is added
    export_view(window, demo_tracker, FollowUpQuery(), "vi")
    assert dialogs["asked"] and dialogs["asked"][0].endswith(".xlsx")
    job = _the_job(qtbot)
    dialog = window.findChild(QProgressDialog, "exportProgress")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(gate.workers), timeout=30000)  # events flow while it waits
    timer.stop()
    assert gate.workers[0][0] != os.getpid()  # not even this process: its interpreter lock stays the window's
    assert os.listdir(out) == [] or all(name.startswith(".") for name in os.listdir(out))

    gate.set()
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30000)
    assert job.outcome == "done" and dialogs["errors"] == []
    path = out / "tuần 47.xlsx"
    assert os.listdir(out) == [path.name]
    ws = openpyxl.load_workbook(path)[FOLLOWUPS.vi]
    assert ws.max_row == HEADER_ROW + 9
    assert str(path) in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "exportProgress") is None)
    assert running_exports() == []


def test_cancel_leaves_no_file_and_keeps_the_previous_one(qtbot, window, dialogs, gate, demo_tracker, tmp_path, private_tempdir):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "status.xlsx"
    path.write_bytes(b"last week's workbook")
    dialogs["answer"] = str(path)
    export_view(window, demo_tracker, FollowUpQuery(), "vi")
    job = _the_job(qtbot)
    dialog = window.findChild(QProgressDialog, "exportProgress")
    qtbot.waitUntil(lambda: dialog.isVisible() and bool(gate.workers), timeout=30000)
    cancel = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert job.task.cancel_requested
    gate.set()
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30000)
    assert job.outcome == "cancelled" and dialogs["errors"] == []
    assert os.listdir(out) == ["status.xlsx"] and path.read_bytes() == b"last week's workbook"
    assert os.listdir(private_tempdir) == []  # openpyxl's sheet files too
    assert window.statusBar().currentMessage() == QCoreApplication.translate("ExportUi", "Export cancelled; no file was written.")
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "exportProgress") is None)


def test_a_new_export_without_a_previous_file_cancelled_leaves_nothing(
    qtbot, window, dialogs, gate, demo_tracker, tmp_path, private_tempdir
):
    out = tmp_path / "out"
    out.mkdir()
    dialogs["answer"] = str(out / "new.xlsx")
    export_view(window, demo_tracker, FollowUpQuery(), "en")
    job = _the_job(qtbot)
    qtbot.waitUntil(lambda: bool(gate.workers), timeout=30000)
    window.findChild(QProgressDialog, "exportProgress").findChild(QPushButton).click()
    gate.set()
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30000)
    assert job.outcome == "cancelled"
    assert os.listdir(out) == [] and os.listdir(private_tempdir) == []


def test_unwritable_target_shows_one_message(qtbot, window, dialogs, demo_tracker, tmp_path):
    dialogs["answer"] = str(tmp_path / "no-such-folder" / "x.xlsx")
    export_view(window, demo_tracker, FollowUpQuery(), "vi")
    job = _the_job(qtbot)
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30000)
    assert job.outcome == "failed"
    assert len(dialogs["errors"]) == 1 and "no-such-folder" in dialogs["errors"][0]
    assert "\n" not in dialogs["errors"][0]


def test_a_bug_is_reported_not_swallowed(qtbot, window, dialogs, demo_tracker, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(export_ui, "workbook_job", broken_export)
    dialogs["answer"] = str(tmp_path / "x.xlsx")
    export_view(window, demo_tracker, FollowUpQuery(), "vi")
    job = _the_job(qtbot)
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30000)
    assert job.outcome == "failed" and "bad row" in dialogs["errors"][0]
    assert "bad row" in caplog.text  # logged with its traceback
    assert not (tmp_path / "x.xlsx").exists()


def test_choosing_no_file_does_nothing(qtbot, window, dialogs, demo_tracker):
    dialogs["answer"] = None
    export_view(window, demo_tracker, FollowUpQuery(), "vi")
    assert running_exports() == [] and window.findChild(QProgressDialog) is None


def test_suggested_name_is_dated_and_remembers_the_folder(qtbot, window, dialogs, demo_tracker, tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    dialogs["answer"] = str(out / "a.xlsx")
    export_view(window, demo_tracker, FollowUpQuery(), "vi")
    job = _the_job(qtbot)
    qtbot.waitUntil(lambda: job.outcome == "done", timeout=30000)
    suggested = export_ui.suggested_path()
    assert suggested.startswith(str(out)) and suggested.endswith(f"hptracker-status-{time.strftime('%Y-%m-%d')}.xlsx")


# -- the runner -----------------------------------------------------------------------------------


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_results_arrive_on_the_gui_thread(qtbot, runner):
    main = threading.get_ident()
    seen = []
    task = runner.run(lambda progress: threading.get_ident())
    task.succeeded.connect(lambda worker: seen.append((worker, threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    [(worker, receiver)] = seen
    assert worker != main and receiver == main


def test_progress_and_cancel(qtbot, runner):
    class Stop(Exception):
        pass

    steps = []
    started = threading.Event()

    def work(progress):
        for n in range(1000):
            started.set()
            if not progress(n, 1000):
                raise Stop()
            time.sleep(0.005)
        return "finished"

    task = runner.run(work)
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    outcomes = []
    task.succeeded.connect(lambda r: outcomes.append("succeeded"))
    task.failed.connect(lambda e: outcomes.append("failed"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    qtbot.waitUntil(lambda: len(steps) >= 3)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert outcomes == ["cancelled"]
    assert steps[0] == (0, 1000) and len(steps) < 1000


def test_failure_is_delivered_with_the_exception(qtbot, runner):
    def work(progress):
        raise ValueError("nope")

    task = runner.run(work)
    errors = []
    task.failed.connect(errors.append)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert isinstance(errors[0], ValueError) and task.error is errors[0]


def test_database_writes_run_one_at_a_time_in_order(qtbot, runner):
    lock = threading.Lock()
    spans = []

    def write(n):
        def work(progress):
            start = time.perf_counter()
            time.sleep(0.05)
            with lock:
                spans.append((n, start, time.perf_counter()))
            return n

        return work

    tasks = [runner.run(write(n), writes=True) for n in range(4)]
    reads = [runner.run(lambda p: time.sleep(0.05)) for _ in range(2)]
    qtbot.waitUntil(lambda: all(t.is_done for t in tasks + reads), timeout=10000)
    assert [n for n, _, _ in spans] == [0, 1, 2, 3]
    for (_, _, end), (_, start, _) in zip(spans, spans[1:], strict=False):
        assert start >= end  # never two writes at once


def test_export_action_of_the_main_window_exports_what_the_view_shows(qtbot, demo_window, dialogs, tmp_path, type_text):
    from hptracker.core.i18n import translate

    search = demo_window.findChild(object, "searchEdit")
    search.setFocus()
    type_text(search, "Thượng Ngu")
    qtbot.waitUntil(lambda: demo_window.current_followup_query().text == "Thượng Ngu")
    query = demo_window.current_followup_query()
    expected = [r.id for r in demo_window.tracker.query_followups(query)]
    assert 0 < len(expected) < 9
    dialogs["answer"] = str(tmp_path / "view.xlsx")
    demo_window.findChild(object, "actionExport").trigger()
    job = _the_job(qtbot)
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30000)
    assert job.outcome == "done", dialogs["errors"]
    ws = openpyxl.load_workbook(tmp_path / "view.xlsx")[FOLLOWUPS.en]
    assert [row[1] for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)] == expected
    assert translate("Export", "search: “{text}”").format(text="Thượng Ngu") in ws["A4"].value
