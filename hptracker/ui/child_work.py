"""Work that would hold Python's interpreter lock for long stretches, run in a child process.

A pool thread keeps the GUI thread free only while it waits (for SQLite, for the disk). Writing a
workbook is pure Python (openpyxl builds every cell's XML), and py-spy showed the export worker
holding the interpreter lock for up to a second at a time: the window stuttered through every
export (issue 17). A child process has an interpreter of its own, so its work never takes a turn
from the window's.

:func:`run_in_child` is called from a pool thread (a :class:`~hptracker.ui.tasks.Task`'s work) and
looks like the work itself to its caller: it returns the job's result, raises the job's error (an
:class:`~hptracker.core.errors.HPTrackerError` with the same sentence the officer saw before, in
the same language), reports progress, and stops the job when ``progress`` says so. The child
(``multiprocessing``'s *spawn*, the same on Linux and Windows) opens the database itself, for
reading only and without the one-writer lock, and installs the window's language for its
messages. Cancelling is the job's own: it stops at its next progress call and removes its
temporary file, as in a thread; only a child that does not stop within :data:`STOP_WAIT_S` of
being asked (or of its parent's end) is terminated.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.errors import HPTrackerError

log = logging.getLogger(__name__)

PROGRESS_EVERY_S = 0.05  # a child sends at most this often (and always the last step)
STOP_WAIT_S = 30.0


def _portable(error: BaseException) -> BaseException:
    """The error as it can cross to the parent: itself when pickling keeps it whole, else an
    HPTrackerError with the same sentence (or, for a bug, a RuntimeError naming it)."""
    try:
        copy = pickle.loads(pickle.dumps(error))
    except Exception:  # some exceptions cannot be rebuilt from their args
        copy = None
    if copy is not None and type(copy) is type(error) and str(copy) == str(error):
        return error
    if isinstance(error, HPTrackerError):
        return HPTrackerError(error.message)
    return RuntimeError(f"{type(error).__name__}: {error}")


def _child(conn, cancel, job: Callable[..., Any], kwargs: dict[str, Any], target: str, officer: str | None, lang: str) -> None:
    """The child's whole life: open, work, send the outcome, close."""
    try:
        from ..translations import install_core_translator

        install_core_translator(lang)
        from ..core.tracker import Tracker

        tracker = Tracker.open(target, officer=officer, exclusive=False)
        sent = [0.0]

        def progress(done: int, total: int) -> bool:
            now = time.monotonic()
            if now - sent[0] >= PROGRESS_EVERY_S or done >= total:
                sent[0] = now
                conn.send(("progress", int(done), int(total)))
            return not cancel.is_set()

        try:
            result = job(tracker, progress=progress, **kwargs)
        finally:
            tracker.close()
        conn.send(("result", result))
    except BaseException as exc:
        conn.send(("error", _portable(exc), traceback.format_exc()))
    finally:
        conn.close()


def run_in_child(
    job: Callable[..., Any],
    kwargs: dict[str, Any],
    *,
    target: str,
    officer: str | None,
    lang: str,
    progress: Callable[[int, int], bool],
    cancelled: Callable[[], bool] = lambda: False,
) -> Any:
    """``job(tracker, progress=..., **kwargs)`` in a child process on the database ``target``.

    ``job`` and ``kwargs`` go to the child by pickling (``job`` is a module-level function), and the
    result comes back the same way. ``progress`` gets the child's steps; the child is told to stop
    when it returns False or when ``cancelled()`` does (checked while no step comes).
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    cancel = context.Event()
    process = context.Process(target=_child, args=(sender, cancel, job, kwargs, target, officer, lang), name="hptracker-work", daemon=True)
    process.start()
    sender.close()  # the child's end: when the child ends, reading sees the end of the pipe
    try:
        while True:
            if cancelled():
                cancel.set()
            if not receiver.poll(0.1):
                if not process.is_alive() and not receiver.poll():
                    break
                continue
            try:
                message = receiver.recv()
            except EOFError:
                break
            if message[0] == "progress":
                if not progress(message[1], message[2]):
                    cancel.set()
            elif message[0] == "result":
                return message[1]
            else:
                error, child_traceback = message[1], message[2]
                if not isinstance(error, HPTrackerError):
                    error.add_note("In the child process:\n" + child_traceback)
                raise error
    finally:
        receiver.close()
        if process.is_alive():
            cancel.set()
            process.join(STOP_WAIT_S)
        if process.is_alive():
            log.warning("the child process did not stop when asked; terminated")
            process.terminate()
        process.join()
    raise HPTrackerError(
        QCoreApplication.translate("ChildWork", "The work stopped unexpectedly: its process ended with code {code}.").format(
            code=process.exitcode
        )
    )
