"""Fixtures for the window tests: a real MainWindow on a temporary database, shown offscreen.

Questions that would wait for a click (delete?, first-start name) are answered by replacing their
classmethods, as pytest-qt recommends; forms are opened with ``open()`` and driven like a user would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from hptracker.app import create_window
from hptracker.ui.dialogs.base import ConfirmDialog, DiscardDialog
from hptracker.ui.drafts_ui import DraftsDialog

OFFICER = "Nguyễn Thị Hoa"


def open_window(qtbot, db_path, *, closed_by_qtbot: bool = True, **kwargs):
    """The main window on ``db_path``, shown. qtbot closes it after the test, unless the test
    deletes it (a window left for another database is): then the test closes it if it is left."""
    kwargs.setdefault("officer", OFFICER)
    kwargs.setdefault("lang", "en")  # assertions below read English labels
    window = create_window(db_path, **kwargs)
    if closed_by_qtbot:
        qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def seeded_db(demo_db_path):
    """The demo records written through the public API (a copy of the session's demo database)."""
    return demo_db_path


@pytest.fixture
def window(qtbot, db_path):
    win = open_window(qtbot, db_path)
    yield win
    win.close()


@pytest.fixture
def demo_window(qtbot, seeded_db):
    win = open_window(qtbot, seeded_db)
    yield win
    win.close()


class Answers:
    """The questions a test's window asked, and the answers it gets (the last one repeats)."""

    def __init__(self, default) -> None:
        self.asked: list = []
        self.answers = [default]

    def __call__(self, _cls, _parent, what):
        self.asked.append(what)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


@pytest.fixture(autouse=True)
def no_work_left_behind():
    """Each test ends once the background work it started has (the backup its window starts as it
    closes, a search still running): a task outliving its test ran into the next one, on a
    database its test had already removed."""
    yield
    from hptracker.ui.tasks import runner

    assert runner().wait(60000), "background work still running a minute after its test ended"
    QApplication.processEvents()  # its last signals, to the objects of the test that started it


@pytest.fixture
def said(monkeypatch):
    """What the backup and restore commands would have shown, collected instead of shown."""
    from hptracker.ui.backup_ui import BackupDialogs

    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(BackupDialogs, "info", classmethod(lambda cls, parent, text: messages.append(("info", text))))
    monkeypatch.setattr(BackupDialogs, "warning", classmethod(lambda cls, parent, text: messages.append(("warning", text))))
    return messages


@pytest.fixture(autouse=True)
def discard_question(monkeypatch):
    """Save/Discard/Cancel before a form with changes closes: answered Discard unless a test says
    otherwise (``discard_question.answers = [...]``), so a window closing at the end of a test
    never waits on a modal box."""
    answers = Answers(QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(DiscardDialog, "ask", classmethod(answers))
    return answers


@pytest.fixture(autouse=True)
def drafts_question(monkeypatch):
    """The drafts offered at start: "later" unless a test answers otherwise."""
    answers = Answers("later")
    monkeypatch.setattr(DraftsDialog, "ask", classmethod(answers))
    return answers


@pytest.fixture(autouse=True)
def export_options(monkeypatch):
    """The question before an export (mark changes since a day?): answered "do not mark" unless
    a test answers otherwise (``export_options.answers = [...]``); ``asked`` holds the proposed days."""
    from hptracker.ui.export_ui import ExportDialogs, ExportOptions

    answers = Answers(ExportOptions())
    monkeypatch.setattr(ExportDialogs, "ask_options", classmethod(answers))
    return answers


@pytest.fixture
def confirm(monkeypatch):
    """Answers every confirmation with yes and remembers the questions."""
    asked: list[str] = []

    def ask(cls, parent, text):
        asked.append(text)
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(ask))
    return asked


@pytest.fixture
def make_window(qtbot):
    """Opens a window on a database path (several in turn: a restart)."""
    return lambda db_path, **kwargs: open_window(qtbot, db_path, **kwargs)


def send_text(widget, text: str) -> None:
    """Type text key by key, as a keyboard or input method delivers it.

    QTest's keyClicks only knows ASCII (it aborts on "ư"), so each character goes in a key event
    carrying its text, which is what a Vietnamese keyboard (Unikey, Windows' own) sends; combining
    marks of NFD input arrive as keys of their own.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def type_text():
    return send_text


def wait_active(qtbot, widget, timeout: int = 3000):
    """Until ``widget``'s window has the keyboard (activation comes after the window is exposed)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=timeout)
    return widget
