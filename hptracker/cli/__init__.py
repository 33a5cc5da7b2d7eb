"""The command line of SPEC §5: the same data, no window.

``hptracker [--db PATH] [--lang vi|en] COMMAND``. Each command lives in a module
``hptracker/cli/cmd_<name>.py`` with ``register(subparsers)``; they are found at start, so a new
command is one new file. Exit codes: 0 success, 1 a clear one-line error on stderr (nothing
written), 2 bad usage, 130 interrupted (Ctrl-C). Without a command it opens the window
(hptracker.ui.app): this package is the entry point, and it reaches into ``ui`` only for that and
to print a brief.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import pkgutil
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import DatabaseDamagedError, HPTrackerError, ReadOnlyError
from ..core.i18n import translate

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a program stopped by Ctrl-C

# Commands that render with Qt (their parser sets ``needs_gui``): a QGuiApplication, not a
# QCoreApplication, must be the first application object (see _early_language).
GUI_COMMANDS = ("brief", "report")


def default_database_path() -> Path:
    """The per-user data folder of the platform (platformdirs)."""
    from ..core.files import data_folder

    return data_folder() / "hptracker.db"


def database_target(explicit: str | None) -> str:
    """--db, else $HPTRACKER_DB, else the database chosen in the window's Settings (a file or a
    server), else the per-user data folder."""
    if explicit or os.environ.get("HPTRACKER_DB"):
        return explicit or os.environ["HPTRACKER_DB"]
    from ..settings import Settings

    return Settings().database() or str(default_database_path())


@dataclass
class Context:
    """What every command gets: the chosen database, language and officer, opened on demand."""

    db_target: str
    lang: str
    officer: str | None
    # Commands that only read set ``read_only=True`` in their parser defaults: they open the
    # database without the one-writer lock (and never migrate), so they work while the window is
    # open (SPEC §6 "one writer").
    read_only: bool = False
    _tracker: object | None = field(default=None, repr=False)

    def tracker(self):
        if self._tracker is None:
            from ..core.tracker import Tracker

            tracker = Tracker.open(self.db_target, officer=self.officer, exclusive=not self.read_only)
            if tracker.read_only and not self.read_only:
                # A command that writes, on a database this user may only read (a server role
                # granted SELECT, a read-only file): one line before any work, nothing written.
                reason = tracker.read_only_reason
                tracker.close()
                raise ReadOnlyError(reason or "")
            self._tracker = tracker
            if tracker.db.warning:
                print_warning(tracker.db.warning, tracker.db.path)
        return self._tracker

    def close(self) -> None:
        if self._tracker is not None:
            self._tracker.close()  # type: ignore[attr-defined]
            self._tracker = None


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line message for bad usage."""

    def error(self, message: str) -> None:
        self.print_usage(sys.stderr)
        error = translate("Cli", "error")
        self.exit(EXIT_USAGE, f"{self.prog}: {error}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hptracker",
        description=translate(
            "Cli", "Partners, meetings, agreements and follow-ups of a city's foreign affairs. Without a command, opens the window."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=translate("Cli", "database file or SQLAlchemy URL (default: $HPTRACKER_DB or the per-user data folder)"),
    )
    parser.add_argument(
        "--lang", choices=["vi", "en"], default=None, help=translate("Cli", "language of messages, exports and briefs (default: vi)")
    )
    parser.add_argument(
        "--officer",
        metavar="NAME",
        default=None,
        help=translate("Cli", "officer recorded in the audit (default: $HPTRACKER_OFFICER or the login name)"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in command_modules():
        module.register(subparsers)
    return parser


def command_modules() -> list:
    package = Path(__file__).parent
    names = sorted(info.name for info in pkgutil.iter_modules([str(package)]) if info.name.startswith("cmd_"))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


def install_language(lang: str, gui: bool = False) -> None:
    """Messages of the CLI and the core in the chosen language, through Qt's translator.

    Commands that render with Qt (``brief``) set ``needs_gui`` in their parser defaults and get a
    QGuiApplication, offscreen when there is no display; the others a lighter QCoreApplication.
    """
    from ..translations import install_core_translator

    install_core_translator(lang, gui=gui)


def command_language(explicit: str | None) -> str:
    """--lang, else $HPTRACKER_LANG, else the language chosen in the window's Settings, else the system's."""
    from ..settings import Settings
    from ..translations import resolve_language

    return resolve_language(explicit or os.environ.get("HPTRACKER_LANG"), Settings().language())


def _early_language(argv: list[str]) -> None:
    """Install the translator before the parser is built, so that --help and usage errors are in
    the officer's language too. Only for a command or --help: the window needs a QApplication,
    which cannot follow a QCoreApplication.
    """
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    pre.add_argument("--db")
    pre.add_argument("--officer")
    pre.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        known, _ = pre.parse_known_args(argv)
    except SystemExit:  # malformed options: the real parser will say so
        return
    wants_help = any(arg in ("-h", "--help") for arg in argv)
    if not known.rest and not wants_help:
        return
    lang = known.lang if known.lang in ("vi", "en") else None
    install_language(command_language(lang), gui=bool(known.rest) and known.rest[0] in GUI_COMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    """The ``hptracker`` command (the console script, ``main.py`` and ``python -m hptracker``).

    Called without ``argv`` it is the process: it reads ``sys.argv`` and, once the command is done,
    makes Ctrl-C end the process at once with 130 — while a command works the command line stops it
    cleanly (nothing half-written stays), but afterwards Python would print a KeyboardInterrupt
    raised in the closing of the database or in an exit handler. Called with a list (tests,
    scripts) it only runs the command and leaves the caller's signal handling alone.
    """
    as_process = argv is None
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        if as_process:
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


def _run(argv: list[str]) -> int:
    _early_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is not None and not args.db.strip():
        # An empty --db (an unset shell variable) must not fall back to the officer's real database.
        parser.error(translate("Cli", "--db needs a database file or URL; it is empty."))
    if args.command is None:
        from ..ui.app import run_window

        return run_window(database_target(args.db), lang=args.lang, officer=args.officer or os.environ.get("HPTRACKER_OFFICER"))
    lang = command_language(args.lang)
    install_language(lang, gui=getattr(args, "needs_gui", False))
    ctx = Context(
        database_target(args.db),
        lang,
        args.officer or os.environ.get("HPTRACKER_OFFICER"),
        read_only=bool(getattr(args, "read_only", False)),
    )
    try:
        warn_about_location(ctx.db_target)
        return int(args.func(args, ctx) or EXIT_OK)
    except DatabaseDamagedError as exc:
        # One line: what happened, and the newest good backup with the command that restores it.
        damaged = Path(exc.path) if exc.path else None
        print_error(f"{exc.message} {restore_hint(damaged)}" if damaged else exc.message)
        return EXIT_ERROR
    except HPTrackerError as exc:
        print_error(exc.message)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output piped into `head` or similar that stopped reading: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        ctx.close()


def print_error(message: str) -> None:
    """``hptracker: <message>`` on stderr, always one line."""
    line = " ".join(message.split())
    try:
        sys.stderr.write(f"hptracker: {line}\n")
    except UnicodeEncodeError:
        sys.stderr.buffer.write(f"hptracker: {line}\n".encode())
    sys.stderr.flush()


def print_warning(message: str, db_path: Path | None) -> None:
    """``hptracker: warning: …`` on stderr in one line; about a database, the newest backup to
    compare it with (its date and record counts)."""
    note = newest_backup_note(db_path) if db_path is not None else ""
    print_error(translate("Cli", "warning") + ": " + message + (" " + note if note else ""))


def newest_backup_note(db_path: Path) -> str:
    from ..core.backup import newest_good_backup
    from ..core.text import format_date

    try:
        newest = newest_good_backup(db_path)
        counts = newest.counts() if newest is not None else {}
    except (OSError, HPTrackerError):
        newest = None
    if newest is None:
        return translate("Cli", "There is no backup to compare it with.")
    return translate("Cli", "Compare it with the newest backup, {file} ({date} {time}: {counts}).").format(
        file=newest.path, date=format_date(newest.taken_at.date()), time=newest.taken_at.strftime("%H:%M"), counts=counts_text(counts)
    )


def counts_text(counts: dict[str, int]) -> str:
    """The record counts of a database or backup, in one phrase (backup, check, warnings)."""
    return translate("Cli", "{partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups").format(
        **{k: counts.get(k, 0) for k in ("partners", "meetings", "agreements", "followups")}
    )


def restore_hint(db_path: Path) -> str:
    """Names the newest good backup of ``db_path`` and the command that puts it back."""
    from ..core.backup import newest_good_backup
    from ..core.text import format_date

    try:
        newest = newest_good_backup(db_path)
    except (OSError, HPTrackerError):
        newest = None
    if newest is None:
        return translate("Cli", "No good backup of it was found.")
    return translate(
        "Cli", 'The newest good backup is {file} ({date} {time}); to put it back, run: hptracker --db "{db}" restore "{file}"'
    ).format(file=newest.path, date=format_date(newest.taken_at.date()), time=newest.taken_at.strftime("%H:%M"), db=db_path)


def warn_about_location(db_target: str) -> None:
    """A database on a network share or in a synced folder, or a server address that carries its
    password: say so on stderr (once per command), then carry on."""
    from ..core.connection import password_warning
    from ..core.db import sqlite_path, to_url
    from ..core.location import risky_location

    path = sqlite_path(to_url(db_target))
    warning = risky_location(path) if path is not None else password_warning(db_target)
    if warning:
        print_error(translate("Cli", "warning") + ": " + warning)


def print_utf8(text: str) -> None:
    """Print Vietnamese and Chinese text even where the console's code page cannot hold it."""
    try:
        sys.stdout.write(text + "\n")
    except UnicodeEncodeError:
        sys.stdout.buffer.write((text + "\n").encode("utf-8"))
    sys.stdout.flush()
