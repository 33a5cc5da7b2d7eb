"""The main window (its views come with the main-window issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from ..core.tracker import Tracker
from .settings import Settings


class MainWindow(QMainWindow):
    def __init__(self, tracker: Tracker, settings: Settings) -> None:
        super().__init__()
        self.tracker = tracker
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("hptracker"))
        self.setAccessibleName(self.tr("hptracker main window"))
        counts = tracker.counts()
        self.setCentralWidget(QLabel(self.tr("Open follow-ups: {n}").format(n=tracker.status_counts()["total"])))
        self.statusBar().showMessage(self.tr("{n} partners").format(n=counts["partners"]))
        self.resize(1100, 700)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.tracker.close()
        super().closeEvent(event)
