"""The application: QApplication, translations, opening the database, the main window.

``main()`` is the ``hptracker`` command: with a command it runs the CLI (no window), without one it
opens the window. ``create_window(db_path)`` builds the main window without entering the event loop
(SPEC §8; used by the GUI tests).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Sequence

APP_NAME = "hptracker"
ORG_NAME = "hptracker"


EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a program stopped by Ctrl-C


def main(argv: Sequence[str] | None = None) -> int:
    """The ``hptracker`` command. Ctrl-C ends it with exit code 130 and never a traceback: while a
    command works the command line stops it cleanly (nothing half-written stays), and from the
    moment it is done a second handler takes over, because Python would otherwise print a
    KeyboardInterrupt raised in the closing of the database or in an exit handler."""
    from .cli import main as cli_main

    try:
        return cli_main(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        _leave_at_once_on_interrupt()


def _exit_interrupted(_signum, _frame) -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(EXIT_INTERRUPTED)


def _leave_at_once_on_interrupt() -> None:
    """What is left when the command is done is closing files the operating system closes anyway
    (SQLite is safe at any instant): a Ctrl-C now ends the process at once, quietly, with 130."""
    with contextlib.suppress(ValueError, OSError):  # not the main thread, or no signals here
        signal.signal(signal.SIGINT, _exit_interrupted)


def ensure_application(lang: str | None = None):
    """The QApplication, created once, with the app's names and the translators installed."""
    from PySide6.QtWidgets import QApplication

    from .translations import install_translators, resolve_language

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("hptracker")
    from .ui.settings import Settings

    # The same order as the command line: --lang, $HPTRACKER_LANG, Settings, the system's.
    install_translators(resolve_language(lang or os.environ.get("HPTRACKER_LANG"), Settings().language()))
    return app


def create_window(db_path: str | os.PathLike[str], officer: str | None = None, lang: str | None = None):
    """Build the main window on a database, without entering the event loop."""
    ensure_application(lang)
    from .core.tracker import Tracker
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    settings = Settings()
    tracker = Tracker.open(db_path, officer=officer or settings.officer() or None)
    # An officer given here (tests, scripts) skips the first-start question.
    return MainWindow(tracker, settings, ask_officer=False if officer else None)


def run_window(db_target: str, lang: str | None = None, officer: str | None = None) -> int:
    """Open the window on the database and run until it is closed. ``officer`` (--officer) signs
    this session's changes, without replacing the name saved in Settings."""
    from .ui.platform_check import explain_missing_display

    problem = explain_missing_display()
    if problem:
        # Said in the officer's language: a core translator costs nothing here, as no window follows.
        from .translations import install_core_translator, resolve_language
        from .ui.settings import Settings

        install_core_translator(resolve_language(lang or os.environ.get("HPTRACKER_LANG"), Settings().language()))
        print(explain_missing_display() or problem, file=sys.stderr)
        return 1
    app = ensure_application(lang)
    from .ui import startup
    from .ui.excepthook import install_excepthook
    from .ui.settings import Settings

    # Before the database opens, so that a bug at start is logged and told as well.
    reporter = install_excepthook()
    settings = Settings()
    tracker = startup.open_tracker(db_target, officer or settings.officer() or None)
    if tracker is None:
        return 1
    from .ui.main_window import MainWindow

    window = MainWindow(tracker, settings, ask_officer=False if officer else None)
    window.show()
    code = app.exec()
    return EXIT_INTERRUPTED if reporter.interrupted else code
