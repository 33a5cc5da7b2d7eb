"""Other workstations' changes, brought to the GUI thread (issue 15 item 5).

The core's :class:`~hptracker.core.changes.Listener` hears the server's notifications on a thread
of its own; here they become a Qt signal, delivered on the GUI thread through a queued connection
(a widget is never touched from another thread). Bursts are gathered: the first change starts a
:data:`GATHER_MS` timer and whatever arrives before it fires rides along, so an import of 10,000
follow-ups on another computer costs one refresh here, not 10,000, and the window refreshes at most
once per :data:`GATHER_MS`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..core import changes

GATHER_MS = 500


class LiveUpdates(QObject):
    """``refresh`` is emitted on the GUI thread when another workstation has saved changes."""

    arrived = Signal(object)  # emitted on the listener's thread: a changes.Change
    refresh = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.received: list[changes.Change] = []  # since the last refresh (for tests and logs)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._fire)
        self.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self.listener = changes.Listener(url, self.arrived.emit)

    @classmethod
    def start_for(cls, url: str, parent: QObject | None = None) -> LiveUpdates | None:
        """Listening for a server database; None for a SQLite file (one writer: nothing to hear)."""
        if not changes.listens(url):
            return None
        live = cls(url, parent)
        live.listener.start()
        return live

    def _arrived(self, change: changes.Change) -> None:
        self.received.append(change)
        if not self._timer.isActive():
            self._timer.start()

    def _fire(self) -> None:
        self.received = []
        self.refresh.emit()

    def stop(self) -> None:
        self._timer.stop()
        self.listener.stop()
