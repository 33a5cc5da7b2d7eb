"""Issue 13 item 11 in the window: an uncaught exception is written with its traceback to a log file
in the data folder, told to the officer in one sentence, and the window stays usable.

pytest-qt captures exceptions raised in slots itself (and fails the test); these tests turn that
off (``qt_no_exception_capture``) because what they check is the application's own hook.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from hptracker.ui import excepthook as hook_module
from hptracker.ui import export_ui
from hptracker.ui.excepthook import CrashDialogs, install_excepthook, log_path

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def told(monkeypatch):
    seen: list[tuple[object, str]] = []
    monkeypatch.setattr(CrashDialogs, "tell", classmethod(lambda cls, parent, text: seen.append((parent, text))))
    return seen


@pytest.fixture
def log_file(tmp_path) -> Path:
    return tmp_path / "data" / "hptracker.log"


@pytest.fixture
def installed(log_file):
    reporter = install_excepthook(log_file)
    yield reporter
    reporter.uninstall()


def test_a_bug_in_a_slot_is_logged_told_and_the_window_goes_on(qtbot, demo_window, told, installed, log_file, monkeypatch):
    def broken_export(*args, **kwargs):
        raise RuntimeError("a bug in the export slot")

    monkeypatch.setattr(export_ui, "export_view", broken_export)
    demo_window.findChild(QAction, "actionExport").trigger()

    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: a bug in the export slot" in text and "broken_export" in text
    assert len(told) == 1
    parent, sentence = told[0]
    assert parent is demo_window
    assert str(log_file) in sentence and "a bug in the export slot" in sentence and "\n" not in sentence
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600

    # The window goes on: search filters the follow-ups, and a form still opens.
    demo_window.show_page(1)
    search = demo_window.followups.search_edit
    model = demo_window.followups.table.model()
    everything = model.rowCount()
    search.setText("thuong ngu")
    qtbot.waitUntil(lambda: 0 < model.rowCount() < everything, timeout=10000)
    form = demo_window.new_followup()
    assert form.isVisible()
    form.reject()


def test_a_second_bug_while_the_message_is_open_is_only_logged(qtbot, told, installed, log_file, monkeypatch):
    def tell_and_fail_again(cls, parent, text):
        told.append((parent, text))
        sys.excepthook(*_raised(ValueError("while the message was open")))

    monkeypatch.setattr(CrashDialogs, "tell", classmethod(tell_and_fail_again))
    sys.excepthook(*_raised(RuntimeError("first")))
    assert len(told) == 1 and "first" in told[0][1]
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: first" in text and "ValueError: while the message was open" in text


def test_a_bug_in_a_python_thread_is_logged_and_told_on_the_gui_thread(qtbot, installed, log_file, monkeypatch):
    told_on: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        CrashDialogs,
        "tell",
        classmethod(lambda cls, parent, text: told_on.append((text, threading.current_thread() is threading.main_thread()))),
    )

    def worker():
        raise LookupError("in a worker thread")

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    assert "LookupError: in a worker thread" in log_file.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: len(told_on) == 1, timeout=5000)
    assert "in a worker thread" in told_on[0][0] and told_on[0][1] is True


def test_background_task_failures_reach_the_same_log(qtbot, told, installed, log_file):
    """The task runner logs a bug in background work with its traceback; that lands in the file too."""
    logging.getLogger("hptracker.ui.tasks").error("background task %s failed", "export", exc_info=_raised(KeyError("row")))
    assert "background task export failed" in log_file.read_text(encoding="utf-8")
    assert "KeyError: 'row'" in log_file.read_text(encoding="utf-8")
    assert told == []  # the task's own failure message tells the officer


def test_ctrl_c_in_the_window_closes_it_without_a_report(qtbot, demo_window, told, installed, log_file):
    sys.excepthook(*_raised(KeyboardInterrupt()))
    assert told == [] and not log_file.exists()
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=5000)


def test_uninstall_puts_the_previous_hooks_back(log_file):
    before = (sys.excepthook, threading.excepthook)
    reporter = install_excepthook(log_file)
    assert sys.excepthook is not before[0]
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert not any(isinstance(h, hook_module.PrivateLogHandler) for h in logging.getLogger().handlers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME is how Linux names the data folder")
def test_the_log_is_in_the_per_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert log_path() == tmp_path / "share" / "hptracker" / "hptracker.log"


def test_the_window_installs_the_hook(qapp, tmp_path, monkeypatch):
    """run_window installs it before the database is opened, so a bug at start is logged too."""
    from hptracker import app
    from hptracker.ui import startup

    before = sys.excepthook
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setattr(startup, "open_tracker", lambda target, officer, **_options: None)
    try:
        assert app.run_window(str(tmp_path / "x.db"), lang="en") == 1
        assert sys.excepthook is not before
        assert isinstance(sys.excepthook.__self__, hook_module.ExceptionReporter)
    finally:
        if sys.excepthook is not before:
            sys.excepthook.__self__.uninstall()
    assert sys.excepthook is before


def _raised(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__
