"""The window's "Periodic report…" (issue 18 item 3): the period asked, the file written in the
background with progress and Cancel, the workbook and the PDF read back."""

from __future__ import annotations

import datetime as dt
import shutil
import threading

import openpyxl
import pytest
from period_history import F, T, enter
from pypdf import PdfReader
from PySide6.QtWidgets import QProgressDialog

from hptracker.core.report_xlsx import FIRST_DATA_ROW, sheet_titles
from hptracker.core.tracker import Tracker
from hptracker.ui import report_ui
from hptracker.ui.main_window import STATISTICS
from hptracker.ui.report_ui import ReportDialog, ReportDialogs, running_reports

D = dt.date


@pytest.fixture
def history_db(db_path, _template_db):
    shutil.copy2(_template_db, db_path)
    tracker = Tracker.open(db_path, officer="Nguyễn Thị Hoa")
    enter(tracker)
    tracker.close()
    return db_path


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The period dialog and the file dialog answered as the officer would; messages recorded."""
    seen = {"period": (F, T, ".xlsx"), "path": str(tmp_path / "out" / "q2"), "errors": [], "done": [], "suggested": []}
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(report_ui, "ask_report", lambda parent, today=None, start=None, cutoff=None: seen["period"])

    def ask_path(cls, parent, suggested, suffix):
        seen["suggested"].append((suggested, suffix))
        return seen["path"]

    monkeypatch.setattr(ReportDialogs, "ask_path", classmethod(ask_path))
    monkeypatch.setattr(ReportDialogs, "error", classmethod(lambda cls, parent, message: seen["errors"].append(message)))
    monkeypatch.setattr(ReportDialogs, "done", classmethod(lambda cls, parent, message: seen["done"].append(message)))
    return seen


def _finish(qtbot, job):
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=60000)
    qtbot.waitUntil(lambda: not running_reports(), timeout=10000)


def test_the_report_action_writes_the_workbook_in_the_background(history_db, make_window, answers, qtbot, tmp_path, monkeypatch):
    window = make_window(history_db)
    threads = []
    real = window.tracker.scope_rows

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(window.tracker, "scope_rows", spy)
    window.findChild(type(window.action_report), "actionReport").trigger()
    job = running_reports()[0]
    assert window.findChild(QProgressDialog, "reportProgress") is not None
    _finish(qtbot, job)
    assert job.outcome == "done", answers["errors"]
    target = tmp_path / "out" / "q2.xlsx"
    assert answers["done"] == [f"Periodic report written to {target}."]
    assert answers["suggested"][0][0].endswith("Periodic report 2025-04-01 to 2025-06-30.xlsx")
    assert threads and threads[0] != threading.get_ident()
    book = openpyxl.load_workbook(target)
    assert book[sheet_titles()["summary"]]["A2"].value == "Reporting period: from 01/04/2025 to 30/06/2025"
    assert book[sheet_titles()["summary"]].cell(FIRST_DATA_ROW, 2).value == 16
    window.close()


def test_the_report_as_pdf_from_the_statistics_page(history_db, make_window, answers, qtbot, tmp_path):
    window = make_window(history_db)
    window.show_page(STATISTICS)
    window.statistics.set_period(F, T)
    answers["period"] = (F, T, ".pdf")
    answers["path"] = str(tmp_path / "out" / "q2.pdf")
    window.statistics.report_button.click()
    job = running_reports()[0]
    _finish(qtbot, job)
    assert job.outcome == "done", answers["errors"]
    reader = PdfReader(tmp_path / "out" / "q2.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Data cut-off date: 30/06/2025" in text and f"Page 1 of {len(reader.pages)}" in text
    assert answers["done"][0].startswith("Periodic report 01/04/2025 – 30/06/2025 saved to")
    window.close()


def test_a_cancelled_report_writes_nothing(history_db, make_window, answers, qtbot, tmp_path, monkeypatch):
    window = make_window(history_db)
    target = tmp_path / "out" / "q2.xlsx"
    target.write_bytes(b"last quarter's report")
    gate = threading.Event()
    real = window.tracker.period_changes

    def held(*args, **kwargs):
        gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(window.tracker, "period_changes", held)
    job = window.periodic_report()
    job.cancel()
    gate.set()
    _finish(qtbot, job)
    assert job.outcome == "cancelled"
    assert target.read_bytes() == b"last quarter's report"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["q2.xlsx"]
    assert answers["done"] == ["The report was cancelled; no file was written."]
    window.close()


def test_the_report_is_never_written_over_the_database(history_db, make_window, answers, qtbot, tmp_path):
    window = make_window(history_db)
    link = tmp_path / "out" / "report.xlsx"  # named like a report, and the database itself
    link.symlink_to(history_db)
    answers["path"] = str(link)
    assert window.periodic_report() is None
    assert answers["errors"] and "database" in answers["errors"][0]
    window.close()


def test_the_period_dialog_refuses_a_period_that_makes_no_sense(qtbot):
    dialog = ReportDialog(today=lambda: D(2025, 7, 15))
    qtbot.addWidget(dialog)
    assert dialog.period() == (F, T)  # last quarter by default
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("custom"))
    dialog.from_edit.setDate(dialog.to_edit.date().addDays(1))
    dialog.accept()
    assert dialog.result() == 0 and "after its cut-off date" in dialog.message.text()
    dialog.from_edit.setDate(dialog.to_edit.date())
    dialog.format_combo.setCurrentIndex(1)
    dialog.accept()
    assert dialog.result() == 1 and dialog.suffix() == ".pdf"


def test_the_report_written_is_told_in_a_notice_over_the_window(qtbot, demo_window):
    """Like an export's or a backup's result (issue 16 item 5), not only in the status bar."""
    from hptracker.ui.notice import Notice

    demo_window.show()
    ReportDialogs.done(demo_window, "Periodic report written to /tmp/q2.xlsx.")
    notice = demo_window.findChild(Notice, "notice")
    assert notice is not None and notice.isVisible() and notice.text() == "Periodic report written to /tmp/q2.xlsx."
    assert demo_window.statusBar().currentMessage() == "Periodic report written to /tmp/q2.xlsx."
