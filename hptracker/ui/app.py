"""The window as an application: QApplication, translations, the main window on a database.

``create_window(db_path)`` builds the main window without entering the event loop (SPEC §8; the
GUI tests use it); ``run_window`` is what ``hptracker`` without a command does (hptracker.cli
calls it, the only way the command line starts the window).
"""

from __future__ import annotations

import gc
import os
import sys

from ..core.file_check import check_ahead

APP_NAME = "hptracker"
ORG_NAME = "hptracker"
# What the window returns when Ctrl-C in its terminal closed it: 128 + SIGINT, as hptracker.cli's
# commands do (kept here too, since ui never imports the command line).
EXIT_INTERRUPTED = 130
# How long a thread may keep the interpreter lock while another waits for it (Python's default
# is 5 ms). The window's pool threads run Python (searches, imports, briefs) while the GUI thread
# needs the lock for each of its callbacks — a beat, a paint, a key: at 5 ms a wait, applying a
# 10,000-row import held the window 80–280 ms (bench_freeze); at 1 ms, 20–45 ms, and the import
# took as long as before.
GUI_SWITCH_INTERVAL = 0.001
# PySide makes the Python classes of QtWidgets' widgets, their enums with them (about 70), the
# first time a call returns a widget that Qt made itself, such as a table's viewport: 30-40 ms on
# the GUI thread at once, which fell on the officer's first keystroke (the search asks the table
# how many rows it shows) or on the reload after a restore. The window has it done while it idles,
# this long after it is built: the first rows are shown by then, a keystroke hardly yet.
WIDGET_CLASSES_DELAY_MS = 500


def ensure_application(lang: str | None = None):
    """The QApplication, created once, with the app's names and the translators installed."""
    from PySide6.QtWidgets import QApplication

    from ..settings import Settings
    from ..translations import install_translators, resolve_language

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    from .collector import collect_on_gui_thread

    collect_on_gui_thread(app)  # never on a pool thread, where it would destroy Qt objects
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("hptracker")
    # The same order as the command line: --lang, $HPTRACKER_LANG, Settings, the system's.
    install_translators(resolve_language(lang or os.environ.get("HPTRACKER_LANG"), Settings().language()))
    return app


_frozen = False


def freeze_start_objects() -> None:
    """Keep the objects made by the start out of every later garbage collection (once a process).

    A full collection walks every object of the process — a million of them once SQLAlchemy, Qt's
    wrappers and the window are loaded — with the interpreter lock held: 0.1–0.4 s in which the
    window cannot answer, whichever thread triggered it (issue 17 measured them during exports and
    imports). What the start made lives as long as the window; ``gc.freeze`` moves it to a
    generation collections skip, so they only walk what was made since.
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def make_widget_classes_soon(window) -> None:
    """Have PySide make QtWidgets' Python classes while the window idles (WIDGET_CLASSES_DELAY_MS),
    not in the first action that needs one. Nothing happens if the window is gone by then."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(WIDGET_CLASSES_DELAY_MS, window, lambda: window.followups.table.viewport())


def window_built(window) -> None:
    """What every start does once its main window is built, scripts' and the officer's alike."""
    freeze_start_objects()
    make_widget_classes_soon(window)


def create_window(db_path: str | os.PathLike[str], officer: str | None = None, lang: str | None = None):
    """Build the main window on a database, without entering the event loop."""
    check_ahead(db_path)
    ensure_application(lang)
    from ..core.tracker import Tracker
    from ..settings import Settings
    from .main_window import MainWindow

    settings = Settings()
    tracker = Tracker.open(db_path, officer=officer or settings.officer() or None)
    # An officer given here (tests, scripts) skips the first-start question.
    window = MainWindow(tracker, settings, ask_officer=False if officer else None)
    window_built(window)
    return window


def run_window(db_target: str, lang: str | None = None, officer: str | None = None) -> int:
    """Open the window on the database and run until it is closed. ``officer`` (--officer) signs
    this session's changes, without replacing the name saved in Settings."""
    check_ahead(db_target)
    from .platform_check import explain_missing_display

    problem = explain_missing_display()
    if problem:
        # Said in the officer's language: a core translator costs nothing here, as no window follows.
        from ..settings import Settings
        from ..translations import install_core_translator, resolve_language

        install_core_translator(resolve_language(lang or os.environ.get("HPTRACKER_LANG"), Settings().language()))
        print(explain_missing_display() or problem, file=sys.stderr)
        return 1
    app = ensure_application(lang)
    from ..settings import Settings
    from . import startup
    from .excepthook import install_excepthook

    # Before the database opens, so that a bug at start is logged and told as well.
    reporter = install_excepthook()
    settings = Settings()
    tracker = startup.open_tracker(db_target, officer or settings.officer() or None, backup=False)
    if tracker is None:
        return 1
    from .main_window import MainWindow

    window = MainWindow(tracker, settings, ask_officer=False if officer else None)
    window.show()
    window_built(window)
    startup.after_window_shown(window, tracker)  # the backup at start, once the window is up
    code = app.exec()
    return EXIT_INTERRUPTED if reporter.interrupted else code
