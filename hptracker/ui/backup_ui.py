"""The window's "Back up now", "Restore from backup…" and "Check the database" (SPEC §6).

The main window wires its actions to :func:`backup_now`, :func:`restore_dialog` and
:func:`check_database`; all the work is in :mod:`hptracker.core.backup`. Every dialog that waits
for the officer is a classmethod of :class:`BackupDialogs` (or :meth:`RestoreDialog.choose`), so
tests replace it and no modal dialog ever blocks a test run. Everything that reads or writes a
backup runs on a pool thread (issue 17: the window is never blocked more than 100 ms): a backup or
check of 100,000 follow-ups takes seconds, a restore of 30,000 took 10 s on the GUI thread, and the
restore list counts each backup's records after it is shown rather than before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import backup as core_backup
from ..core.backup import BackupInfo
from ..core.text import format_date
from .dialogs.base import plain_message_box
from .dialogs.widgets import read_only_table
from .geometry import fit
from .notice import Notice, file_actions, notify
from .tasks import Task, busy_task, error_text, runner


def format_moment(info: BackupInfo) -> str:
    return f"{format_date(info.taken_at.date())} {info.taken_at.strftime('%H:%M')}"


def format_size(size: int) -> str:
    if size >= 1 << 20:
        return QCoreApplication.translate("BackupUi", "{n} MB").format(n=f"{size / (1 << 20):.1f}")
    return QCoreApplication.translate("BackupUi", "{n} KB").format(n=max(1, round(size / 1024)))


def kind_label(info: BackupInfo) -> str:
    if info.kind == core_backup.BEFORE_RESTORE:
        return QCoreApplication.translate("BackupUi", "Kept before a restore")
    if info.kind == core_backup.BEFORE_UPGRADE:
        return QCoreApplication.translate("BackupUi", "Kept before an upgrade")
    if info.kind == core_backup.DAMAGED:
        return QCoreApplication.translate("BackupUi", "Copy of a damaged database")
    return QCoreApplication.translate("BackupUi", "Backup")


class BackupDialogs:
    """Every question and notice of this module; tests replace these classmethods."""

    @classmethod
    def info(cls, parent: QWidget | None, text: str) -> None:
        box = plain_message_box(QMessageBox.Icon.Information, parent, QCoreApplication.translate("BackupUi", "hptracker"), text)
        box.addButton(QCoreApplication.translate("BackupUi", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    @classmethod
    def warning(cls, parent: QWidget | None, text: str) -> None:
        box = plain_message_box(QMessageBox.Icon.Warning, parent, QCoreApplication.translate("BackupUi", "hptracker"), text)
        box.addButton(QCoreApplication.translate("BackupUi", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    @classmethod
    def saved(cls, parent: QWidget | None, info: BackupInfo) -> None:
        """A backup made on demand: a notice over the window (with "Open folder") that does not
        stop the officer; without a window, the message box of :meth:`info`."""
        text = QCoreApplication.translate("BackupUi", "Backup saved and checked: {path} ({size}).").format(
            path=info.path, size=format_size(info.size)
        )
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow) and window.findChild(Notice, "notice") is not None:
            notify(window, text, file_actions(info.path, with_file=False))
        else:
            cls.info(parent, text)

    @classmethod
    def confirm_restore(cls, parent: QWidget | None, info: BackupInfo) -> bool:
        box = plain_message_box(
            QMessageBox.Icon.Question,
            parent,
            QCoreApplication.translate("BackupUi", "Restore from backup"),
            QCoreApplication.translate(
                "BackupUi",
                "Replace the current database with the backup of {moment}? The current database is "
                "kept as a dated copy in the backups folder.",
            ).format(moment=format_moment(info)),
        )
        yes = box.addButton(QCoreApplication.translate("BackupUi", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QCoreApplication.translate("BackupUi", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


class RestoreDialog(QDialog):
    """The list of backups with date, kind, size and record counts; the officer picks one.

    The list comes from the file names and sizes alone; each backup's counts are read on a pool
    thread (a year's twenty backups of 100,000 follow-ups took 0.3 s to open one by one on the GUI
    thread) and fill their row as they come. ``counting`` says how many are still to come.
    One backup is counted at a time, newest first: twenty tasks at once took both cores and the
    interpreter lock from the dialog being built and painted (a block of 100-170 ms at 100,000).
    """

    COLUMNS = ("date", "kind", "size", "partners", "meetings", "agreements", "followups")

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Choose the backup to put back. The current database is kept as a dated copy first, so a restore can itself be undone.")
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.table = read_only_table(
            "backupsTable",
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("Partners"),
                self.tr("Meetings"),
                self.tr("Agreements"),
                self.tr("Follow-ups"),
            ],
            self.tr("Backups"),
            self,
            rows=len(backups),
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counting = len(backups)
        for row, info in enumerate(backups):
            values = [format_moment(info), kind_label(info), format_size(info.size)] + ["…"] * len(self.COLUMNS[3:])
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(info.path))
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 760, 420)
        # Once the event loop turns: the dialog is built and shown before any count competes with it.
        QTimer.singleShot(0, self, self._count_next)

    def _count_next(self) -> None:
        if not self.counting:
            return
        row = len(self.backups) - self.counting
        info = self.backups[row]
        task = runner().run(lambda _progress: _counts_of(info), name="backup counts")
        task.setProperty("row", row)
        task.finished.connect(self._counted)  # a bound method: dropped if the dialog goes first

    @Slot()
    def _counted(self) -> None:
        task = self.sender()
        if not isinstance(task, Task):
            return
        self.counting -= 1
        counts = task.result or {}  # an unreadable file stays listed, with its counts unknown
        row = int(task.property("row"))
        for column, key in enumerate(self.COLUMNS[3:], start=3):
            item = self.table.item(row, column)
            if item is not None:
                item.setText(str(counts[key]) if key in counts else "?")
        if not task.cancel_requested:  # the application is closing: the rest stay unknown
            self._count_next()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    @classmethod
    def choose(cls, parent: QWidget | None, backups: list[BackupInfo]) -> BackupInfo | None:
        dialog = cls(backups, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()


def _counts_of(info: BackupInfo) -> dict[str, int]:
    try:
        return info.counts()
    except Exception:  # a damaged or vanished file: its counts are unknown
        return {}


def _db_path(parent: QWidget | None, tracker):
    if tracker.db.path is None:
        BackupDialogs.warning(
            parent,
            QCoreApplication.translate(
                "BackupUi",
                "A server database is restored with `hptracker restore` into an empty database, and checked "
                "by its server; “Back up now” makes a checked copy of it on this computer.",
            ),
        )
        return None
    return tracker.db.path


def _in_background(parent: QWidget | None, label: str, work, on_result) -> Task:
    """``work()`` behind a busy indicator (a backup or check of 100,000 follow-ups takes seconds)."""
    task = busy_task(parent, label, work, name="backup")
    task.succeeded.connect(on_result)
    task.failed.connect(lambda error: BackupDialogs.warning(parent, error_text(error)))
    return task


def backup_now(parent: QWidget | None, tracker) -> Task | None:
    """ "Back up now": a checked copy in the backups folder (old ones pruned by the schedule); of a
    server database, a verified snapshot file in this computer's data folder.

    Runs in the background; returns the task (its ``result`` is the :class:`BackupInfo`).
    """
    return _in_background(
        parent,
        QCoreApplication.translate("BackupUi", "Backing up the database…"),
        lambda: tracker.backup(),
        lambda info: BackupDialogs.saved(parent, info),
    )


def restore_dialog(parent: QWidget | None, tracker, on_restored=None) -> Task | None:
    """Let the officer pick a backup and put it back in the background; returns the restore's task
    (None when nothing is restored). ``on_restored(result)`` runs on the GUI thread once the
    database was replaced.

    The tracker then stands on the restored database (its engine was closed and reopened by
    :meth:`Tracker.restore <hptracker.core.tracker.Tracker.restore>`); the window only has to reload
    its views. The restore runs with the writers (one at a time) behind the window-modal busy
    indicator, which keeps the officer from starting anything else meanwhile.
    """
    path = _db_path(parent, tracker)
    if path is None:
        return None
    backups = [b for b in core_backup.list_backups(path) if b.kind != core_backup.DAMAGED]
    if not backups:
        BackupDialogs.info(parent, QCoreApplication.translate("BackupUi", "There are no backups of this database yet."))
        return None
    chosen = RestoreDialog.choose(parent, backups)
    if chosen is None or not BackupDialogs.confirm_restore(parent, chosen):
        return None

    def restored(result) -> None:
        text = QCoreApplication.translate("BackupUi", "The database was restored from the backup of {moment}.").format(
            moment=format_moment(chosen)
        )
        if result.kept_as is not None:
            text += " " + QCoreApplication.translate("BackupUi", "The previous database was kept as {path}.").format(path=result.kept_as)
        if on_restored is not None:
            on_restored(result)
        BackupDialogs.info(parent, text)

    task = busy_task(
        parent,
        QCoreApplication.translate("BackupUi", "Restoring the backup of {moment}…").format(moment=format_moment(chosen)),
        lambda: tracker.restore(chosen.path),
        writes=True,
        name="restore",
    )
    task.succeeded.connect(restored)
    task.failed.connect(lambda error: BackupDialogs.warning(parent, error_text(error)))
    return task


def check_database(parent: QWidget | None, tracker) -> Task | None:
    """ "Check the database": SQLite's integrity and foreign-key checks, told in plain words.

    Runs in the background; returns the task (its ``result`` is the check's report).
    """
    path = _db_path(parent, tracker)
    if path is None:
        return None

    newest: list[BackupInfo | None] = [None]  # written by the worker before the report comes back

    def check() -> core_backup.CheckReport:
        report = core_backup.check_database(path)
        if not report.ok:
            # A damaged database: the newest good backup is looked for here too (verifying each
            # backup takes seconds at 100,000 follow-ups), not on the GUI thread once the report is in.
            newest[0] = core_backup.newest_good_backup(path)
        return report

    def report_findings(report: core_backup.CheckReport) -> None:
        text = "\n".join(report.messages)
        if report.counts:
            text += "\n" + QCoreApplication.translate(
                "BackupUi", "Records: {partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups."
            ).format(**{k: report.counts.get(k, 0) for k in ("partners", "meetings", "agreements", "followups")})
        if report.ok:
            BackupDialogs.info(parent, text)
            return
        if newest[0] is not None:
            text += "\n" + QCoreApplication.translate(
                "BackupUi", "The newest good backup is from {moment}; use “Restore from backup…” to put it back."
            ).format(moment=format_moment(newest[0]))
        BackupDialogs.warning(parent, text)

    return _in_background(parent, QCoreApplication.translate("BackupUi", "Checking the database…"), check, report_findings)
