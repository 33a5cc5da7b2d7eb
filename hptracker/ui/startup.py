"""Opening the database for the window: problems are told in one plain sentence, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..core.errors import HPTrackerError
from ..core.tracker import Tracker


def open_tracker(db_target: str, officer: str | None, parent=None) -> Tracker | None:
    try:
        return Tracker.open(db_target, officer=officer)
    except HPTrackerError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "hptracker"),
                          exc.message, QMessageBox.StandardButton.Close, parent)
        box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("Startup", "Close"))
        box.exec()
        return None


def on_window_closed(tracker: Tracker) -> None:
    """Called by the main window as it closes, before the tracker is closed (automatic backup)."""
