"""The window's "Export…": the follow-ups view, as shown, into the status spreadsheet (SPEC §3).

The main window calls :func:`export_view` with its current query (filters, search text, sort).
Whether to mark what changed since a day is asked first (:meth:`ExportDialogs.ask_options`; the
day of this database's last export by default), the file name then through
:meth:`ExportDialogs.ask_path`, and errors are shown through
:meth:`ExportDialogs.error`; tests replace these classmethods so no modal dialog blocks them. The
workbook is written on a pool thread (:mod:`hptracker.ui.tasks`) under a non-modal progress dialog
with Cancel, so the officer can keep working; a cancelled or failed export leaves the previous file
as it was and no new or temporary file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import HPTrackerError
from ..core.export_xlsx import ExportReport, default_file_name, export_records, export_workbook
from ..core.i18n import language
from ..core.outputs import refuse_database_path
from ..core.since import check_since
from ..core.tracker import FollowUpQuery, Tracker
from ..settings import Settings
from .child_work import run_in_child
from .dialogs.base import plain_message_box
from .dialogs.widgets import DateEdit
from .notice import file_actions, notify
from .reminders import database_key
from .tasks import Task, runner

LAST_FOLDER_KEY = "export/last_folder"
DEFAULT_DAYS_BACK = 7  # without an earlier export: a week, the usual report's span


@dataclass(frozen=True)
class ExportOptions:
    """What the officer chose before the file dialog."""

    changes_since: dt.date | None = None  # mark what changed since this day


class ExportOptionsDialog(QDialog):
    """Whether the status spreadsheet marks what changed since a day, and which: the day this
    database was last exported by default, so this week's report shows what is new since last
    week's."""

    def __init__(
        self, parent: QWidget | None = None, last_export: dt.date | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.setObjectName("exportOptions")
        self.setWindowTitle(QCoreApplication.translate("ExportUi", "Export follow-ups"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.mark = QCheckBox(QCoreApplication.translate("ExportUi", "&Mark what changed since:"), self)
        self.mark.setObjectName("exportMarkChanges")
        self.since_edit = DateEdit("changes_since", self, required=True)
        self.since_edit.setObjectName("exportChangesSince")
        self.since_edit.setAccessibleName(QCoreApplication.translate("ExportUi", "Changes since"))
        row.addWidget(self.mark)
        row.addWidget(self.since_edit)
        row.addStretch(1)
        layout.addLayout(row)
        note = QLabel(
            QCoreApplication.translate(
                "ExportUi",
                "New follow-ups, status changes, progress added and due dates moved since that day get a "
                "Changes column and a highlighted row. The day of the last export is proposed.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(note)
        self.message = QLabel(self)
        self.message.setObjectName("exportOptionsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ExportUi", "&Save as…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("ExportUi", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.mark.setChecked(last_export is not None)
        self.since_edit.set_date(last_export or today() - dt.timedelta(days=DEFAULT_DAYS_BACK))
        self.since_edit.setEnabled(self.mark.isChecked())
        self.mark.toggled.connect(self.since_edit.setEnabled)

    def options(self) -> ExportOptions:
        """The choice; raises ValidationError (with the officer's sentence) for a day that is not one."""
        if not self.mark.isChecked():
            return ExportOptions()
        since = self.since_edit.date()
        assert since is not None  # required=True: an empty box raises
        return ExportOptions(changes_since=check_since(since, self.today()))

    def accept(self) -> None:
        """Checked here, so a day that makes no sense is told in the dialog and nothing starts."""
        try:
            self.options()
        except HPTrackerError as exc:
            self.message.setText(exc.message)
            self.since_edit.setFocus()
            return
        super().accept()


class ExportDialogs:
    """Every question and notice of the export; tests replace these classmethods."""

    @classmethod
    def ask_options(cls, parent: QWidget | None, last_export: dt.date | None) -> ExportOptions | None:
        """None when the officer cancels."""
        dialog = ExportOptionsDialog(parent, last_export)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        # Literal QCoreApplication.translate calls throughout: pyside6-lupdate extracts only those.
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportUi", "Export follow-ups"),
            suggested,
            QCoreApplication.translate("ExportUi", "Excel workbook (*.xlsx)"),
        )
        return path or None

    @classmethod
    def error(cls, parent: QWidget | None, message: str) -> None:
        plain_message_box(
            QMessageBox.Icon.Warning,
            parent,
            QCoreApplication.translate("ExportUi", "Export failed"),
            message,
            QMessageBox.StandardButton.Ok,
        ).exec()

    @classmethod
    def done(cls, parent: QWidget | None, report: ExportReport) -> None:
        """Non-modal: a notice says where the file went, and what was replaced or kept aside, and
        offers to open the file or its folder."""
        _status(parent, report.message(), 15000, file_actions(Path(report.path)))


def _status(parent: QWidget | None, text: str, msecs: int, actions=()) -> None:
    if isinstance(parent, QMainWindow) and shiboken6.isValid(parent):
        notify(parent, text, actions, msecs)


def suggested_path(today: dt.date | None = None) -> str:
    """The last folder used for an export (else Documents) and hptracker-status-<date>.xlsx."""
    folder = (
        Settings().value(LAST_FOLDER_KEY)
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or str(Path.home())
    )
    return str(Path(str(folder)) / default_file_name(today))


class ExportJob:
    """One running export: its task and its progress dialog, kept alive until it reports."""

    def __init__(
        self,
        parent: QWidget | None,
        tracker: Tracker,
        query: FollowUpQuery | None,
        lang: str,
        path: Path,
        work=None,
        changes_since: dt.date | None = None,
        remember: str | None = None,
    ) -> None:
        self.parent = parent
        self.path = path
        self.remember = remember  # the database whose last export day a success records
        self.outcome: str | None = None  # "done", "failed", "cancelled"
        self.report: ExportReport | None = None
        label = (
            QCoreApplication.translate("ExportUi", "Exporting follow-ups to {name}…")
            if work is None
            else QCoreApplication.translate("ExportUi", "Exporting to {name}…")
        ).format(name=path.name)
        self.dialog = QProgressDialog(label, QCoreApplication.translate("ExportUi", "Cancel"), 0, 0, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("ExportUi", "Export"))
        self.dialog.setAccessibleName(QCoreApplication.translate("ExportUi", "Export progress"))
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        # The workbook is written in a child process (issue 17: openpyxl kept the interpreter lock
        # from the window for up to a second at a time); ``work(job)`` makes another job's work.
        self.task: Task = runner().run(
            work(self)
            if work
            else in_child(self, tracker, workbook_job, dict(path=path, query=query, lang=lang, changes_since=changes_since)),
            name=f"export {path.name}",
        )
        self.dialog.canceled.connect(self.cancel)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)
        self.dialog.show()

    def cancel_requested(self) -> bool:
        """Asked from the work's thread, which may start before ``task`` is set here."""
        task = getattr(self, "task", None)
        return task is not None and task.cancel_requested

    def cancel(self) -> None:
        self.dialog.setLabelText(QCoreApplication.translate("ExportUi", "Cancelling…"))
        self.task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _succeeded(self, report: ExportReport) -> None:
        self.outcome, self.report = "done", report
        settings = Settings()
        settings.set_value(LAST_FOLDER_KEY, str(self.path.parent))
        if self.remember is not None:
            settings.set_last_export(self.remember, dt.date.today())
        ExportDialogs.done(self.parent, report)

    def _failed(self, error: BaseException) -> None:
        self.outcome = "failed"
        self._close_dialog()
        if isinstance(error, HPTrackerError):
            message = error.message
        else:  # a bug: logged with its traceback by the runner; the officer gets one sentence
            message = QCoreApplication.translate("ExportUi", "The export failed because of an unexpected error: {error}").format(
                error=error
            )
        ExportDialogs.error(self.parent if self.parent is None or shiboken6.isValid(self.parent) else None, message)

    def _cancelled(self) -> None:
        self.outcome = "cancelled"
        _status(self.parent, QCoreApplication.translate("ExportUi", "Export cancelled; no file was written."), 8000)

    def _finished(self) -> None:
        self._close_dialog()
        _jobs.discard(self)

    def _close_dialog(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.hide()
            self.dialog.deleteLater()


_jobs: set[ExportJob] = set()

# What the child process runs (module-level functions, sent to it by name; tests replace them).
workbook_job = export_workbook
records_job = export_records


def in_child(job: ExportJob, tracker: Tracker, func, kwargs: dict):
    """The export's work for the runner: ``func(tracker, **kwargs)`` in a child process on the
    window's database, signed by its officer, in its language; Cancel reaches the child."""
    target, officer, lang = tracker.db.url, tracker.officer, language()
    return lambda progress: run_in_child(
        func, kwargs, target=target, officer=officer, lang=lang, progress=progress, cancelled=lambda: job.cancel_requested()
    )


def running_exports() -> list[ExportJob]:
    """Exports still at work (the window asks before closing; tests wait on them)."""
    return list(_jobs)


def _chosen_path(parent: QWidget | None, tracker: Tracker, suggested: str) -> Path | None:
    chosen = ExportDialogs.ask_path(parent, suggested)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        refuse_database_path(path, tracker.db.path)
    except HPTrackerError as exc:
        ExportDialogs.error(parent, exc.message)
        return None
    return path


def export_view(parent: QWidget | None, tracker: Tracker, query: FollowUpQuery, lang: str) -> None:
    """Ask whether to mark changes and where, then write the workbook of ``query`` in the background."""
    database = database_key(tracker)
    options = ExportDialogs.ask_options(parent, Settings().last_export(database))
    if options is None:
        return
    path = _chosen_path(parent, tracker, suggested_path())
    if path is not None:
        _jobs.add(ExportJob(parent, tracker, query, lang, path, changes_since=options.changes_since, remember=database))


def export_list(
    parent: QWidget | None, tracker: Tracker, kind: str, *, text: str, deleted: bool, sort: str, descending: bool, lang: str
) -> None:
    """The partners, meetings or agreements a list page shows (its search, deleted switch and
    order), as one sheet, written in the background like the status workbook."""
    suggested = str(Path(suggested_path()).with_name(default_file_name(kind=kind)))
    path = _chosen_path(parent, tracker, suggested)
    if path is None:
        return
    _jobs.add(
        ExportJob(
            parent,
            tracker,
            None,
            lang,
            path,
            work=lambda job: in_child(
                job,
                tracker,
                records_job,
                dict(path=path, kind=kind, text=text, deleted=deleted, sort=sort, descending=descending, lang=lang),
            ),
        )
    )
