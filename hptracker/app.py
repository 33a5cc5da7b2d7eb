"""Names kept for scripts and tests written before the window moved under ``ui`` (issue 14).

``hptracker.app.create_window(db_path) -> QMainWindow`` is the handle SPEC §8 gives GUI tests;
the window code lives in :mod:`hptracker.ui.app` and the ``hptracker`` command in
:func:`hptracker.cli.main`. Nothing imports this module back.
"""

from __future__ import annotations

from .cli import main
from .ui.app import create_window, ensure_application, run_window

__all__ = ["create_window", "ensure_application", "main", "run_window"]
