"""The window's "Periodic report…" (issue 18 item 3): choose the period, then write .xlsx or PDF.

A small dialog takes the period (the Statistics page's presets, or two dates) and the format; the
file name is asked through :meth:`ReportDialogs.ask_path` and the outcome told through
:meth:`ReportDialogs.error` and :meth:`ReportDialogs.done`, which tests replace. The report is read
and written on a pool thread under a non-modal progress dialog with Cancel: a year at 100,000
follow-ups takes a minute as a workbook, and the window stays usable meanwhile. A cancelled or
failed report leaves the previous file as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import HPTrackerError
from ..core.i18n import language
from ..core.outputs import refuse_database_path
from ..core.report import build_report, default_file_name
from ..core.stats import check_period
from ..core.text import format_date
from ..settings import Settings
from .dialogs.base import plain_message_box
from .notice import notify
from .tasks import Task, runner
from .views.statistics import PRESETS, preset_label, preset_period, pydate, qdate

LAST_FOLDER_KEY = "report/last_folder"
FORMATS = (".xlsx", ".pdf")


class ReportDialogs:
    """Every question and notice of the report; tests replace these classmethods."""

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: str, suffix: str) -> str | None:
        filters = {
            ".xlsx": QCoreApplication.translate("ReportUi", "Excel workbook (*.xlsx)"),
            ".pdf": QCoreApplication.translate("ReportUi", "PDF files (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ReportUi", "Save the periodic report"), suggested, filters[suffix]
        )
        return path or None

    @classmethod
    def error(cls, parent: QWidget | None, message: str) -> None:
        plain_message_box(
            QMessageBox.Icon.Warning,
            parent,
            QCoreApplication.translate("ReportUi", "Periodic report"),
            message,
            QMessageBox.StandardButton.Ok,
        ).exec()

    @classmethod
    def done(cls, parent: QWidget | None, message: str) -> None:
        """Non-modal: a notice over the window (and its status bar) says where the file went."""
        notify(parent, message)


class ReportDialog(QDialog):
    """The period and the format of the report."""

    def __init__(
        self,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        start: dt.date | None = None,
        cutoff: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(QCoreApplication.translate("ReportUi", "Periodic report"))
        self.today = today
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "ReportUi",
                "The report states its period and its data cut-off date (the last day of the period). "
                "Its figures are read from the progress log as it stood on that day.",
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("reportPeriod")
        for preset in PRESETS:
            self.period_combo.addItem(preset_label(preset), preset)
        form.addRow(QCoreApplication.translate("ReportUi", "&Period:"), self.period_combo)
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("reportFrom")
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("reportTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        form.addRow(QCoreApplication.translate("ReportUi", "&From:"), self.from_edit)
        form.addRow(QCoreApplication.translate("ReportUi", "&To (data cut-off date):"), self.to_edit)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("reportFormat")
        self.format_combo.addItem(QCoreApplication.translate("ReportUi", "Excel workbook with charts (.xlsx)"), ".xlsx")
        self.format_combo.addItem(QCoreApplication.translate("ReportUi", "PDF for printing (A4)"), ".pdf")
        form.addRow(QCoreApplication.translate("ReportUi", "F&ormat:"), self.format_combo)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("reportMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ReportUi", "&Save as…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("ReportUi", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.period_combo.currentIndexChanged.connect(self._preset_changed)
        if start is not None and cutoff is not None:
            self.period_combo.setCurrentIndex(PRESETS.index("custom"))
            self.from_edit.setDate(qdate(start))
            self.to_edit.setDate(qdate(cutoff))
            self._preset_changed()
        else:
            self.period_combo.setCurrentIndex(PRESETS.index("last_quarter"))

    def _preset_changed(self, _index: int = 0) -> None:
        preset = self.period_combo.currentData()
        custom = preset == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            start, cutoff = preset_period(preset, self.today())
            self.from_edit.setDate(qdate(start))
            self.to_edit.setDate(qdate(cutoff))

    def period(self) -> tuple[dt.date, dt.date]:
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def suffix(self) -> str:
        return self.format_combo.currentData()

    def accept(self) -> None:
        """Checked here, so a period that makes no sense is told in the dialog and nothing starts."""
        try:
            check_period(*self.period(), today=self.today())
        except HPTrackerError as exc:
            self.message.setText(exc.message)
            return
        super().accept()


def suggested_path(start: dt.date, cutoff: dt.date, suffix: str) -> str:
    folder = (
        Settings().value(LAST_FOLDER_KEY)
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or str(Path.home())
    )
    return str(Path(str(folder)) / default_file_name(start, cutoff, suffix))


def write_report(tracker, start: dt.date, cutoff: dt.date, path: Path, lang: str, today: dt.date, progress=None) -> str:
    """Read and write the report (on a pool thread); returns the sentence that tells where it went."""
    report = build_report(tracker, start, cutoff, lang=lang, today=today)
    if path.suffix.lower() == ".xlsx":
        from ..core.report_xlsx import write_report_xlsx

        return write_report_xlsx(report, path, progress=progress).message()
    from .printing import missing_glyph_message, missing_glyphs, write_pdf
    from .report_print import prepare_report

    paged = prepare_report(report)
    missing = missing_glyphs(paged)
    pages = write_pdf(paged, path)
    message = QCoreApplication.translate("ReportUi", "Periodic report {start} – {cutoff} saved to {path} ({pages} pages).").format(
        start=format_date(start), cutoff=format_date(cutoff), path=path, pages=pages
    )
    return f"{message} {missing_glyph_message(missing)}" if missing else message


class ReportJob:
    """One report being written: its task and its progress dialog, kept alive until it reports."""

    def __init__(self, parent: QWidget | None, tracker, start: dt.date, cutoff: dt.date, path: Path, today: dt.date) -> None:
        self.parent = parent
        self.path = path
        self.outcome: str | None = None  # "done", "failed", "cancelled"
        self.message = ""
        self.dialog = QProgressDialog(
            QCoreApplication.translate("ReportUi", "Writing the periodic report {start} – {cutoff} to {name}…").format(
                start=format_date(start), cutoff=format_date(cutoff), name=path.name
            ),
            QCoreApplication.translate("ReportUi", "Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setObjectName("reportProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("ReportUi", "Periodic report"))
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        lang = language()
        self.task: Task = runner().run(
            lambda progress: write_report(tracker, start, cutoff, path, lang, today, progress=progress), name=f"report {path.name}"
        )
        self.dialog.canceled.connect(self.cancel)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)
        self.dialog.show()

    def cancel(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(QCoreApplication.translate("ReportUi", "Cancelling…"))
        self.task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _succeeded(self, message: str) -> None:
        self.outcome, self.message = "done", message
        Settings().set_value(LAST_FOLDER_KEY, str(self.path.parent))
        ReportDialogs.done(self.parent, message)

    def _failed(self, error: BaseException) -> None:
        self.outcome = "failed"
        self._close_dialog()
        if isinstance(error, HPTrackerError):
            message = error.message
        else:  # a bug: logged with its traceback by the runner; the officer gets one sentence
            message = QCoreApplication.translate("ReportUi", "The report failed because of an unexpected error: {error}").format(
                error=error
            )
        self.message = message
        ReportDialogs.error(self.parent if self.parent is None or shiboken6.isValid(self.parent) else None, message)

    def _cancelled(self) -> None:
        self.outcome = "cancelled"
        self.message = QCoreApplication.translate("ReportUi", "The report was cancelled; no file was written.")
        ReportDialogs.done(self.parent, self.message)

    def _finished(self) -> None:
        self._close_dialog()
        _jobs.discard(self)

    def _close_dialog(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.hide()
            self.dialog.deleteLater()


_jobs: set[ReportJob] = set()


def running_reports() -> list[ReportJob]:
    """Reports still at work (tests wait on them)."""
    return list(_jobs)


def ask_report(
    parent: QWidget | None, today: Callable[[], dt.date] = dt.date.today, start: dt.date | None = None, cutoff: dt.date | None = None
) -> tuple[dt.date, dt.date, str] | None:
    """The period and the format, or None when the officer cancels (tests replace this)."""
    dialog = ReportDialog(parent, today=today, start=start, cutoff=cutoff)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (*dialog.period(), dialog.suffix())
    finally:
        dialog.deleteLater()


def open_report(
    parent: QWidget | None,
    tracker,
    today: Callable[[], dt.date] = dt.date.today,
    start: dt.date | None = None,
    cutoff: dt.date | None = None,
) -> ReportJob | None:
    """ "Periodic report…": ask the period and the file, then write it in the background."""
    chosen = ask_report(parent, today, start, cutoff)
    if chosen is None:
        return None
    start, cutoff, suffix = chosen
    answer = ReportDialogs.ask_path(parent, suggested_path(start, cutoff, suffix), suffix)
    if not answer:
        return None
    path = Path(answer)
    if path.suffix.lower() not in FORMATS:
        path = path.with_name(path.name + suffix)
    try:
        refuse_database_path(path, tracker.db.path)
    except HPTrackerError as exc:
        ReportDialogs.error(parent, exc.message)
        return None
    job = ReportJob(parent, tracker, start, cutoff, path, today())
    _jobs.add(job)
    return job


__all__ = ["open_report", "ask_report", "ReportDialog", "ReportDialogs", "ReportJob", "running_reports", "write_report", "suggested_path"]
