"""A bug in the window: its traceback goes to a log file, the officer gets one sentence, the window
goes on (STYLE.md habit 19, after Anki's ``errors.py`` and calibre's excepthook).

PySide6 hands an exception raised in a slot or an overridden Qt method to ``sys.excepthook`` and
then returns to the event loop, so the window stays usable; but Python's default hook prints to
stderr, which a window started from a shortcut does not have, and the officer saw nothing while
the action silently did not happen. :func:`install_excepthook` replaces ``sys.excepthook`` and
``threading.excepthook`` and puts a handler on the root logger, so what the task runner logs (a
bug in background work, with its traceback) lands in the same file. The file is
``hptracker.log`` in the per-user data folder (:func:`hptracker.core.files.data_folder`), not
next to the database, which may be on a stick or a share; the README says where that is.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from ..core.files import data_folder
from .dialogs.base import plain_message_box

LOG_NAME = "hptracker.log"
LOG_MAX_BYTES = 1 << 20  # the current file and the one before it: at most 2 MB of history
_ERROR_TEXT_LIMIT = 300

log = logging.getLogger(__name__)


def log_path() -> Path:
    return data_folder() / LOG_NAME


class PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """A log readable by the user only (tracebacks quote what officers typed), in a folder made
    readable by the user only, created at the first record rather than at every start, and never
    opened through a symlink planted in its place. A record that cannot be written is noted in
    ``failed`` instead of printing logging's own traceback."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(os.fspath(path), maxBytes=LOG_MAX_BYTES, backupCount=1, encoding="utf-8", delay=True)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        self.setLevel(logging.WARNING)
        self.failed = False

    def _open(self):
        os.makedirs(os.path.dirname(self.baseFilename), mode=0o700, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        return open(os.open(self.baseFilename, flags, 0o600), "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        self.failed = False
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging API
        self.failed = True


class CrashDialogs:
    """The one sentence the officer reads; tests replace this classmethod."""

    @classmethod
    def tell(cls, parent: QWidget | None, text: str) -> None:
        box = plain_message_box(QMessageBox.Icon.Critical, parent, QCoreApplication.translate("Crash", "hptracker"), text)
        box.addButton(QCoreApplication.translate("Crash", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()


def _error_text(exc: BaseException | None) -> str:
    text = " ".join(f"{type(exc).__name__}: {exc}".split()) if exc is not None else "?"
    return text if len(text) <= _ERROR_TEXT_LIMIT else text[: _ERROR_TEXT_LIMIT - 1] + "…"


def _parent() -> QWidget | None:
    widget = QApplication.activeModalWidget() or QApplication.activeWindow()
    if widget is not None:
        return widget
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()), None)


class ExceptionReporter(QObject):
    """Logs uncaught exceptions and tells the officer; lives on the GUI thread."""

    _from_thread = Signal(str, bool)  # (error text, written to the log), queued to the GUI thread

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.handler = PrivateLogHandler(self.path)
        self.interrupted = False
        self._telling = False
        self._previous: tuple | None = None
        self._from_thread.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            logging.getLogger().addHandler(self.handler)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook = self._previous
        self._previous = None
        logging.getLogger().removeHandler(self.handler)
        self.handler.close()
        self.deleteLater()

    def _log(self, message: str, exc_info: tuple) -> bool:
        """True when the record, traceback included, reached the file."""
        log.critical(message, exc_info=exc_info)
        return not self.handler.failed

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl-C in the terminal the window was started from: close as the officer would.
            self.interrupted = True
            QApplication.closeAllWindows()
            return
        written = self._log("Uncaught exception in the window", (exc_type, exc, tb))
        self._tell(_error_text(exc), written)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):  # as the default hook: a thread's way to stop
            return
        name = args.thread.name if args.thread is not None else "?"
        written = self._log(f"Uncaught exception in thread {name}", (args.exc_type, args.exc_value, args.exc_traceback))
        self._from_thread.emit(_error_text(args.exc_value), written)

    @Slot(str, bool)
    def _tell(self, error: str, written: bool) -> None:
        if self._telling:  # a second bug while the first message is open: the log has it
            return
        if written:
            text = QCoreApplication.translate(
                "Crash",
                "An unexpected error stopped that action ({error}); the records already saved are safe, "
                "and the details for support were written to {path}.",
            ).format(error=error, path=self.path)
        else:
            text = QCoreApplication.translate(
                "Crash",
                "An unexpected error stopped that action ({error}); the records already saved are safe, "
                "but the details could not be written to {path}.",
            ).format(error=error, path=self.path)
        self._telling = True
        try:
            CrashDialogs.tell(_parent(), text)
        except Exception:  # the message itself failed: never loop back into this hook
            with contextlib.suppress(Exception):
                log.critical("Could not show the error message", exc_info=True)
        finally:
            self._telling = False


def install_excepthook(path: str | os.PathLike[str] | None = None) -> ExceptionReporter:
    """From now on an uncaught exception is logged to ``path`` (default :func:`log_path`) and told
    to the officer. Returns the reporter (``uninstall()`` puts the previous hooks back)."""
    reporter = ExceptionReporter(Path(path) if path is not None else log_path(), QCoreApplication.instance())
    reporter.install()
    return reporter


__all__ = ["install_excepthook", "log_path", "CrashDialogs", "ExceptionReporter", "PrivateLogHandler", "LOG_NAME"]
