"""Long work off the GUI thread, with progress and cancel, results delivered back on the GUI thread.

The shape follows Anki's ``CollectionOp``/``QueryOp`` and ``taskman`` (STYLE.md habit 3)::

    task = runner().run(lambda progress: export_workbook(..., progress=progress))
    task.progressed.connect(bar.setValue)      # (done, total), on the GUI thread
    task.succeeded.connect(show_result)        # the function's return value
    task.failed.connect(show_error)            # the exception it raised
    task.cancelled.connect(say_cancelled)      # it stopped because task.cancel() was called
    cancel_button.clicked.connect(task.cancel)

Rules the runner relies on:

* The function runs on a pool thread and receives ``progress(done, total) -> bool``; it calls it
  now and then and stops (by raising, e.g. ``ExportCancelled``) when it returns False. Calling it
  is cheap and thread-safe: it only posts a queued signal.
* The function must not touch widgets. It may use the :class:`~hptracker.core.tracker.Tracker`:
  each Tracker call opens its own session in the calling thread, so no session crosses threads.
* Tasks that write to the database pass ``writes=True`` and run one at a time, in the order they
  were started, on a single-thread pool (SQLite has one writer; serialising here keeps a second
  write from waiting on the busy timeout). Read-only work (exports, briefs) runs alongside.
* Exactly one of ``succeeded``, ``failed`` or ``cancelled`` is emitted, then ``finished``; all on the
  GUI thread, whatever thread the work ran on. A task that finishes its work although cancel was
  asked reports ``succeeded``: the work is done, the caller decides what that means.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], bool]


class _Relay(QObject):
    """Lives in the GUI thread; emitted from the worker, so deliveries are queued to the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(object, object)  # (result, exception or None)


class Task(QObject):
    """The GUI thread's handle on one piece of background work."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str = "", parent: QObject | None = None, on_finished: Callable[[Task], None] | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._on_finished = on_finished
        self._cancel = threading.Event()
        self._done = False
        self.result: Any = None
        self.error: BaseException | None = None
        # A child of the task, so that Qt deletes it on the GUI thread with the task. Without a
        # parent it belonged to Python and died with its last reference, which the pool thread may
        # drop as its runnable ends: a GUI-thread object deleted from another thread.
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    # -- either thread ---------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the work to stop; it does at its next progress call."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def is_done(self) -> bool:
        return self._done

    def progress(self, done: int, total: int) -> bool:
        """Given to the function: report progress, learn whether to go on."""
        self._relay.progressed.emit(int(done), int(total))
        return not self._cancel.is_set()

    # -- worker thread -----------------------------------------------------------------------

    def execute(self, func: Callable[[ProgressFn], Any]) -> None:
        """Run ``func`` here (a pool thread) and deliver its result or error to the GUI thread."""
        try:
            result = func(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            self._deliver(None, exc)
        else:
            self._deliver(result, None)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        try:
            self._relay.done.emit(result, error)
        except RuntimeError:  # the application is gone (a script quit without an event loop)
            log.info("background task %s finished after the application was gone", self.name or "?")

    # -- GUI thread --------------------------------------------------------------------------

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._done:
            self.progressed.emit(done, total)

    @Slot(object, object)
    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self._done = True
        if error is None:
            self.result = result
            self.succeeded.emit(result)
        elif self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.error = error
            if not _expected(error):
                log.error("background task %s failed", self.name or "?", exc_info=error)
            self.failed.emit(error)
        self.finished.emit()
        if self._on_finished is not None:
            self._on_finished(self)


def _expected(error: BaseException) -> bool:
    from ..core.errors import HPTrackerError

    return isinstance(error, HPTrackerError)


class _Runnable(QRunnable):
    def __init__(self, task: Task, func: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self._task = task
        self._func = func
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task.execute(self._func)


class TaskRunner(QObject):
    """Runs functions on pool threads; one shared instance per application (:func:`runner`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        # Reads a keystroke waits for (search as you type): threads of their own, so that an export
        # or a check never delays them, and two, so that an older search still running never
        # holds up the newer one that supersedes it.
        self._typing = QThreadPool(self)
        self._typing.setMaxThreadCount(2)
        self._typing.setExpiryTimeout(-1)  # kept: starting a thread took 5-12 ms of a keystroke
        self._tasks: set[Task] = set()

    def run(self, func: Callable[[ProgressFn], Any], *, writes: bool = False, typing: bool = False, name: str = "") -> Task:
        """Start ``func(progress)`` in the background; connect to the returned task's signals."""
        # Told its end by a plain call: connecting a lambda to each task's ``finished`` once
        # aborted the process inside PySide's connect (a C++ exception, std::terminate), in a
        # test run that starts thousands of tasks.
        task = Task(name, self, on_finished=self._forget)
        self._tasks.add(task)  # kept alive until it has reported
        pool = self._writer if writes else self._typing if typing else self._pool
        pool.start(_Runnable(task, func))
        return task

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.deleteLater()

    def active(self) -> list[Task]:
        return [t for t in self._tasks if not t.is_done]

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started function has returned (their signals are still to come)."""
        return all(pool.waitForDone(msecs) for pool in (self._pool, self._writer, self._typing))

    def shutdown(self, msecs: int = 30000) -> None:
        """At quit: ask everything to stop and let it, so no thread outlives the database."""
        self.cancel_all()
        self.wait(msecs)


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    """The application's runner (created on first use, parented to the Q(Core)Application)."""
    global _runner
    app = QCoreApplication.instance()
    if _runner is None or not shiboken6.isValid(_runner):
        _runner = TaskRunner(app)
        if app is not None:
            app.aboutToQuit.connect(_runner.shutdown)
            # A script that never runs the event loop gets no aboutToQuit: without this its exit
            # would tear the application down under a task still running (the backup the window
            # starts as it closes), and the task's last signal crashed the process.
            atexit.unregister(_shutdown_at_exit)  # once, however often the runner is made again
            atexit.register(_shutdown_at_exit)
    return _runner


def _shutdown_at_exit() -> None:
    if _runner is not None and shiboken6.isValid(_runner):
        _runner.shutdown()


def busy_task(parent: QWidget | None, label: str, work: Callable[[], Any], *, writes: bool = False, name: str = "") -> Task:
    """Run ``work()`` on a pool thread behind a busy indicator; the window stays responsive.

    For work of a few seconds with no steps to count (a backup, a check, reading or applying an
    import): on the GUI thread it would freeze the window (issue 8 allows 100 ms) and Windows would
    call the program "not responding". The indicator appears after 400 ms and keeps the officer
    from using the window meanwhile; the caller connects ``succeeded`` and ``failed``.
    """
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowTitle(QCoreApplication.translate("Tasks", "hptracker"))
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(400)
    busy.setAutoClose(False)
    busy.setObjectName("busyIndicator")
    busy.setValue(0)  # starts the 400 ms timer: without a first value Qt never shows the dialog
    task = runner().run(lambda _progress: work(), writes=writes, name=name)
    # Connected before the caller's handlers, so it goes first: those open dialogs (the import
    # preview, a result message) that would otherwise sit under the indicator.
    for signal in (task.succeeded, task.failed, task.cancelled):
        signal.connect(busy.reset)
    task.finished.connect(busy.deleteLater)
    return task


def error_text(error: BaseException) -> str:
    """What to tell the officer about a task's failure: our own message, or for a bug (logged with
    its traceback by the runner) one sentence around the exception's text."""
    from ..core.errors import HPTrackerError

    if isinstance(error, HPTrackerError):
        return error.message
    return QCoreApplication.translate("Tasks", "The work stopped because of an unexpected error: {error}").format(error=error)


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """A wait cursor for short work that stays on the GUI thread (well under a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
