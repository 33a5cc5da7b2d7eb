"""The window's export marks what changed since a day (issue 18 item 5): the question before the
file dialog, and the day of this database's last export as its default."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from hptracker.core.export_xlsx import HEADER_ROW
from hptracker.core.sheets import CHANGES, FOLLOWUPS
from hptracker.core.text import format_date
from hptracker.core.tracker import FollowUpQuery, Tracker
from hptracker.settings import Settings
from hptracker.ui.export_ui import ExportDialogs, ExportOptions, ExportOptionsDialog, export_view, running_exports
from hptracker.ui.reminders import database_key

TODAY = dt.date.today()
REAL_ASK_OPTIONS = ExportDialogs.__dict__["ask_options"]  # before the autouse fixture answers instead


@pytest.fixture
def window(qtbot):
    parent = QMainWindow()
    parent.setObjectName("mainWindow")
    qtbot.addWidget(parent)
    parent.show()
    return parent


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with a new file each time; the paths asked are kept."""
    paths: list = []

    def ask_path(cls, parent, suggested):
        paths.append(tmp_path / f"export-{len(paths)}.xlsx")
        return str(paths[-1])

    monkeypatch.setattr(ExportDialogs, "ask_path", classmethod(ask_path))
    monkeypatch.setattr(ExportDialogs, "error", classmethod(lambda cls, parent, message: pytest.fail(message)))
    return paths


def _wait(qtbot):
    qtbot.waitUntil(lambda: not running_exports(), timeout=20000)


def test_without_an_earlier_export_nothing_is_marked_and_a_week_is_proposed(qtbot):
    dialog = ExportOptionsDialog(None, None)
    qtbot.addWidget(dialog)
    assert not dialog.mark.isChecked()
    assert not dialog.since_edit.isEnabled()
    assert dialog.since_edit.text() == format_date(TODAY - dt.timedelta(days=7))
    assert dialog.options() == ExportOptions()
    dialog.mark.setChecked(True)
    assert dialog.since_edit.isEnabled()
    assert dialog.options() == ExportOptions(changes_since=TODAY - dt.timedelta(days=7))


def test_the_last_export_day_is_proposed_and_can_be_changed(qtbot):
    last = TODAY - dt.timedelta(days=12)
    dialog = ExportOptionsDialog(None, last)
    qtbot.addWidget(dialog)
    assert dialog.mark.isChecked() and dialog.since_edit.isEnabled()
    assert dialog.since_edit.text() == format_date(last)
    assert dialog.options() == ExportOptions(changes_since=last)
    dialog.since_edit.clear()
    qtbot.keyClicks(dialog.since_edit, (TODAY - dt.timedelta(days=3)).strftime("%d%m%Y"))
    assert dialog.options() == ExportOptions(changes_since=TODAY - dt.timedelta(days=3))
    dialog.mark.setChecked(False)
    assert dialog.options() == ExportOptions()


@pytest.mark.parametrize(
    ("typed", "said"),
    [((TODAY + dt.timedelta(days=2)).strftime("%d/%m/%Y"), "future"), ("31/02/2026", "is not a date"), ("", "A date is required")],
)
def test_a_day_that_is_not_one_is_told_in_the_dialog(qtbot, typed, said):
    dialog = ExportOptionsDialog(None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.since_edit.setText(typed)
    dialog.accept()
    assert said in dialog.message.text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.mark.setChecked(False)  # not marking: the day does not matter
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_window_remembers_the_last_export_day_per_database(qtbot, window, demo_tracker, save_as, export_options, databases):
    since = TODAY - dt.timedelta(days=5)
    export_options.answers = [ExportOptions(changes_since=since)]
    assert Settings().last_export(database_key(demo_tracker)) is None

    export_view(window, demo_tracker, FollowUpQuery(), "en")
    _wait(qtbot)
    assert export_options.asked == [None]  # nothing exported before: nothing proposed
    ws = openpyxl.load_workbook(save_as[-1])[FOLLOWUPS.en]
    headers = [c.value for c in ws[HEADER_ROW]]
    assert CHANGES.en in headers  # the day chosen reached the workbook
    column = headers.index(CHANGES.en)
    assert {row[column].value for row in ws.iter_rows(min_row=HEADER_ROW + 1)} == {"New"}  # the demo is a day old
    assert Settings().last_export(database_key(demo_tracker)) == TODAY

    export_view(window, demo_tracker, FollowUpQuery(), "en")
    _wait(qtbot)
    assert export_options.asked[-1] == TODAY  # the next export proposes the day of this one

    # another database has its own day (none yet)
    other = Tracker.open(databases.new("sqlite"), officer="Nguyễn Thị Hoa")
    try:
        export_view(window, other, FollowUpQuery(), "en")
        _wait(qtbot)
    finally:
        other.close()
    assert export_options.asked[-1] is None
    assert Settings().last_export(database_key(demo_tracker)) == TODAY


def test_cancelling_the_question_exports_nothing(qtbot, window, demo_tracker, save_as, export_options):
    export_options.answers = [None]
    export_view(window, demo_tracker, FollowUpQuery(), "en")
    assert running_exports() == [] and save_as == []
    assert Settings().last_export(database_key(demo_tracker)) is None


def test_a_failed_export_is_not_remembered(qtbot, window, demo_tracker, save_as, export_options, monkeypatch, tmp_path):
    errors: list[str] = []
    monkeypatch.setattr(ExportDialogs, "error", classmethod(lambda cls, parent, message: errors.append(message)))
    monkeypatch.setattr(ExportDialogs, "ask_path", classmethod(lambda cls, parent, suggested: str(tmp_path / "no-folder" / "x.xlsx")))
    export_view(window, demo_tracker, FollowUpQuery(), "en")
    _wait(qtbot)
    assert errors
    assert Settings().last_export(database_key(demo_tracker)) is None


def test_the_question_is_asked_with_the_real_dialog(qtbot, window):
    """ask_options shows ExportOptionsDialog and reads its answer (Cancel gives None)."""
    from PySide6.QtCore import QTimer

    ask_options = REAL_ASK_OPTIONS.__get__(None, ExportDialogs)
    seen = {}

    def answer():
        dialog = window.findChild(ExportOptionsDialog, "exportOptions")
        seen["proposed"] = dialog.since_edit.text()
        dialog.mark.setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    options = ask_options(window, TODAY - dt.timedelta(days=9))
    assert seen["proposed"] == format_date(TODAY - dt.timedelta(days=9))
    assert options == ExportOptions(changes_since=TODAY - dt.timedelta(days=9))

    QTimer.singleShot(0, lambda: window.findChild(ExportOptionsDialog, "exportOptions").reject())
    assert ask_options(window, None) is None
