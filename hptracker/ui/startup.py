"""Opening the database for the window, and the automatic backups at start and close.

Problems are told in one plain sentence, never a traceback. A damaged database is left untouched
and the officer is offered the newest good backup; a database on a network share or in a synced
folder is opened, with a warning shown once. Every dialog is a classmethod of
:class:`StartupDialogs` so tests replace it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from ..core import backup as core_backup
from ..core.backup import BackupInfo
from ..core.connection import password_warning
from ..core.db import sqlite_path, to_url
from ..core.errors import DatabaseDamagedError, HPTrackerError
from ..core.location import risky_location
from ..core.text import format_date
from ..core.tracker import Tracker
from .dialogs.base import plain_message_box
from .tasks import Task, runner

log = logging.getLogger(__name__)

# The start-up backup waits this long after the window is shown: on a database just copied in
# (no backup yet) it reads every page of the file, which the first screens should not share.
START_BACKUP_DELAY_MS = 3000


class StartupDialogs:
    """The questions and notices of start and close; tests replace these classmethods."""

    @classmethod
    def show_error(cls, parent, message: str) -> None:
        box = plain_message_box(
            QMessageBox.Icon.Critical, parent, QCoreApplication.translate("Startup", "hptracker"), message, QMessageBox.StandardButton.Close
        )
        box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("Startup", "Close"))
        box.exec()

    @classmethod
    def show_warning(cls, parent, message: str) -> None:
        box = plain_message_box(QMessageBox.Icon.Warning, parent, QCoreApplication.translate("Startup", "hptracker"), message)
        box.addButton(QCoreApplication.translate("Startup", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    @classmethod
    def offer_restore(cls, parent, message: str, backup: BackupInfo) -> bool:
        """True when the officer chooses "Restore newest backup (date)"."""
        moment = f"{format_date(backup.taken_at.date())} {backup.taken_at.strftime('%H:%M')}"
        box = plain_message_box(QMessageBox.Icon.Critical, parent, QCoreApplication.translate("Startup", "hptracker"), message)
        box.setInformativeText(QCoreApplication.translate("Startup", "The damaged file will be kept as a copy in the backups folder."))
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Restore newest backup ({moment})").format(moment=moment),
            QMessageBox.ButtonRole.AcceptRole,
        )
        close = box.addButton(QCoreApplication.translate("Startup", "Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        box.exec()
        return box.clickedButton() is restore

    @classmethod
    def offer_comparison(cls, parent, message: str, current: dict[str, int], backup: BackupInfo, kept: dict[str, int]) -> bool:
        """The database may lack a crashed session's changes: both record counts side by side.

        True only when the officer, having seen what a restore would give up, chooses to restore;
        keeping the database is the default (Enter, Esc, closing the box).
        """
        moment = f"{format_date(backup.taken_at.date())} {backup.taken_at.strftime('%H:%M')}"
        box = plain_message_box(QMessageBox.Icon.Warning, parent, QCoreApplication.translate("Startup", "hptracker"), message)
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "This database: {current}.\nThe newest backup ({moment}): {kept}.\nRestoring replaces this "
                "database with the backup; this database is then kept as a dated copy in the backups folder.",
            ).format(current=counts_text(current), moment=moment, kept=counts_text(kept))
        )
        keep = box.addButton(QCoreApplication.translate("Startup", "Keep this database"), QMessageBox.ButtonRole.AcceptRole)
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Restore the backup of {moment}…").format(moment=moment),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is restore


def counts_text(counts: dict[str, int]) -> str:
    return QCoreApplication.translate(
        "Startup", "{partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups"
    ).format(**{k: counts.get(k, 0) for k in ("partners", "meetings", "agreements", "followups")})


def _path_of(db_target: str) -> Path | None:
    return sqlite_path(to_url(db_target))


def open_tracker(db_target: str, officer: str | None, parent=None, *, backup: bool = True) -> Tracker | None:
    """The Tracker for the window, or None after telling the officer why not.

    With ``backup`` the automatic backup starts now, in the background; the window passes False
    and starts it once it is shown (:func:`after_window_shown`).
    """
    try:
        path = _path_of(db_target)
    except HPTrackerError as exc:  # a URL that cannot be read
        StartupDialogs.show_error(parent, exc.message)
        return None
    warning = risky_location(path) if path is not None else password_warning(db_target)
    if warning:
        StartupDialogs.show_warning(parent, warning)
    try:
        tracker = Tracker.open(db_target, officer=officer)
    except DatabaseDamagedError as exc:
        tracker = _recover(exc, path, officer, parent)
        if tracker is None:
            return None
    except HPTrackerError as exc:
        StartupDialogs.show_error(parent, exc.message)
        return None
    if tracker.db.warning:
        _compare_with_newest_backup(tracker, tracker.db.warning, parent)
    if backup:
        start_automatic_backup(tracker, parent)
    return tracker


def _compare_with_newest_backup(tracker: Tracker, message: str, parent) -> None:
    """The file opened but may lack a crashed session's changes: show it beside the newest backup.

    Nothing is restored unless the officer, having seen both record counts, asks for it; the
    restore then keeps this database as a dated copy (Tracker.restore).
    """
    path = tracker.db.path
    try:
        newest = core_backup.newest_good_backup(path) if path is not None else None
        kept = newest.counts() if newest is not None else {}
    except (OSError, HPTrackerError):
        newest = None
    if newest is None:
        StartupDialogs.show_warning(parent, message + " " + QCoreApplication.translate("Startup", "There is no backup to compare it with."))
        return
    if not StartupDialogs.offer_comparison(parent, message, tracker.counts(), newest, kept):
        return
    try:
        tracker.restore(newest.path)
    except HPTrackerError as exc:
        StartupDialogs.show_error(parent, exc.message)


def _recover(exc: DatabaseDamagedError, path: Path | None, officer: str | None, parent) -> Tracker | None:
    """Offer the newest good backup for a damaged database; the damaged file is kept as a copy."""
    newest = core_backup.newest_good_backup(path) if path is not None else None
    if newest is None:
        StartupDialogs.show_error(parent, exc.message + " " + QCoreApplication.translate("Startup", "No good backup of it was found."))
        return None
    if not StartupDialogs.offer_restore(parent, exc.message, newest):
        return None
    try:
        core_backup.restore_file(path, newest.path)
        return Tracker.open(path, officer=officer)
    except HPTrackerError as again:
        StartupDialogs.show_error(parent, again.message)
        return None


def start_automatic_backup(tracker: Tracker, parent=None):
    """The start-up backup, in the background: on 100,000 follow-ups a checked backup takes
    seconds (benchmarks/bench_backup.py) and the window should not wait for it. It reads through
    its own SQLite connection and holds a reference on the database lock, so closing the window
    meanwhile is safe; the runner waits for it at quit. It runs with the writers, so the backup at
    close (:func:`on_window_closed`) comes after it and closes the tracker last. Returns the task
    (None for a server DB).
    """
    if tracker.db.path is None or tracker.read_only:
        return None
    path = tracker.db.path
    task = runner().run(lambda _progress: core_backup.auto_backup(path), writes=True, name="automatic backup")
    task.failed.connect(
        lambda exc: StartupDialogs.show_warning(
            parent,
            QCoreApplication.translate("Startup", "The automatic backup failed: {reason}").format(reason=getattr(exc, "message", exc)),
        )
    )
    return task


def after_window_shown(window, tracker: Tracker) -> None:
    """The start's work that can wait, once the window is up: the automatic backup, a few seconds
    later (issue 17: nothing synchronous at start that can wait). Nothing starts if the window was
    closed meanwhile; the timer goes with the window."""

    def start() -> None:
        if window.isVisible():
            start_automatic_backup(tracker, window)

    QTimer.singleShot(START_BACKUP_DELAY_MS, window, start)


def on_window_closed(tracker: Tracker) -> Task | None:
    """Called by the main window as it closes: the automatic backup (if the data changed since the
    last one), then the tracker closes — both on the writers' pool thread, so the window goes at
    once (a checked backup of 100,000 follow-ups takes seconds) after every write it started.

    The tracker keeps the one-writer lock until the backup is checked and in place, and closing it
    last records the clean close; the runner waits for the task at quit. A failure is told (in the
    error log too, since the window may be gone by then), never fatal. Returns the task, None when
    there is nothing to back up here (a server, a read-only database): the tracker is closed now.
    """
    if tracker.db.path is None or tracker.read_only:
        tracker.close()
        return None
    path = tracker.db.path

    def work(_progress) -> BackupInfo | None:
        try:
            return core_backup.auto_backup(path)
        except HPTrackerError as exc:
            log.warning("the automatic backup at close failed: %s", exc.message)
            raise
        finally:
            tracker.close()

    task = runner().run(work, writes=True, name="backup at close")
    task.failed.connect(
        lambda exc: StartupDialogs.show_warning(
            None, QCoreApplication.translate("Startup", "The automatic backup failed: {reason}").format(reason=getattr(exc, "message", exc))
        )
    )
    return task
