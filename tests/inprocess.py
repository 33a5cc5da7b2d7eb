"""``hptracker ARGS`` run in the test's own process, for CLI tests that are not about the process.

A start of the executable costs a second or two (Python, Qt, SQLAlchemy, Alembic imported again);
most CLI tests check what a command prints, writes and exits with, which
:func:`hptracker.cli.main` gives the same in this process. Tests about the process itself keep the
real executable: signals (Ctrl-C), resource limits (a full disk), another user's rights, the
one-writer lock between two programs, the installed entry point.

What differs from a real run is undone here: the environment the command sees is set and put
back, its output is captured, ``SystemExit`` (``--help``, a usage error) becomes the exit code, and
the translators go back to English afterwards, since they belong to the whole process.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass


@dataclass
class Result:
    """What subprocess.run would have returned (returncode, stdout, stderr)."""

    returncode: int
    stdout: str
    stderr: str
    args: tuple[str, ...] = ()


@contextlib.contextmanager
def _environment(set_: Mapping[str, str], drop: tuple[str, ...]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in (*set_, *drop)}
    try:
        for key in drop:
            os.environ.pop(key, None)
        os.environ.update(set_)
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _application() -> None:
    """The QApplication the window tests need, made first: a command run without one would make a
    QCoreApplication, after which no window could be created in this process."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication(["hptracker-tests"])


def run_cli(*args: str, env: Mapping[str, str] | None = None, drop: tuple[str, ...] = ("HPTRACKER_DB", "HPTRACKER_LANG")) -> Result:
    """``hptracker *args`` through :func:`hptracker.cli.main`; ``env`` is added to the environment
    and the ``drop`` variables are taken out of it (as the tests' subprocess environments do)."""
    from hptracker import translations
    from hptracker.cli import main

    _application()
    out, err = io.StringIO(), io.StringIO()
    try:
        with (
            _environment(env or {}, tuple(k for k in drop if k not in (env or {}))),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --help (0) or bad usage (2)
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        translations.install_translators("en")
    return Result(code, out.getvalue(), err.getvalue(), args)
