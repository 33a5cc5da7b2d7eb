"""Drafts: what an officer typed in a form and has not saved yet, kept on disk until it is saved or
discarded, so that a crash or a power cut loses at most a few seconds of typing.

Each window session of a database writes its drafts into a folder of its own,
``<data folder>/drafts/<database key>/session-<id>/``, one JSON file per open form, each written
to a temporary name, flushed and moved into place (:func:`hptracker.core.files.atomic_path`),
readable by the user only. The session holds an operating-system lock on a file in its folder for
as long as it lives: the system releases it when the process ends in any way, so at the next
start the folders whose lock can be taken are those of sessions that ended without saving or
discarding their forms, and their drafts are offered back. Another window open on the same
database (a server database, from a second window) keeps its lock, and its drafts are left alone.

No Qt here: the window turns its forms into plain values (:func:`to_json` keeps dates and due
dates) and back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .files import PRIVATE_MODE, atomic_path, data_folder
from .text import Due, DuePrecision

DRAFTS_FOLDER = "drafts"
SESSION_PREFIX = "session-"
LOCK_NAME = "session.lock"
FORMAT = 1


def database_key(target: str | os.PathLike[str]) -> str:
    """A file name for a database: the same for every spelling of one file (relative, linked) or
    one server database, and never its password."""
    from .connection import display_target

    text = os.fspath(target)
    if "://" not in text:
        with contextlib.suppress(OSError):
            text = str(Path(text).resolve())
        text = os.path.normcase(text)
    else:
        text = display_target(text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


# -- values that JSON does not know ---------------------------------------------------------------


def to_json(value: Any) -> Any:
    """Dates and due dates as tagged objects, tuples as lists; everything else as JSON has it."""
    if isinstance(value, Due):
        return {"$due": [value.date.isoformat(), str(value.precision)]}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


def from_json(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$date"}:
            return dt.date.fromisoformat(value["$date"])
        if set(value) == {"$due"}:
            date, precision = value["$due"]
            return Due(dt.date.fromisoformat(date), DuePrecision(precision))
        return {k: from_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_json(v) for v in value]
    return value


# -- sessions -------------------------------------------------------------------------------------


@dataclass
class Draft:
    """One unsaved form: what it was (``kind``, the record's IDs), its title, what was typed."""

    key: str
    kind: str
    title: str
    saved_at: dt.datetime
    content: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None


def _lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _private_folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def _read(path: Path) -> Draft | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Draft(
            key=path.stem,
            kind=str(data["kind"]),
            title=str(data.get("title", "")),
            saved_at=dt.datetime.fromisoformat(data["saved_at"]),
            content=from_json(data.get("content", {})),
            path=path,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a file cut short by the crash itself: nothing to offer from it


class DraftSession:
    """The drafts of one window on one database; ``close()`` when the window closes."""

    def __init__(self, database: str | os.PathLike[str], root: Path | None = None) -> None:
        self.root = _private_folder((root or data_folder()) / DRAFTS_FOLDER / database_key(database))
        self.folder = _private_folder(self.root / f"{SESSION_PREFIX}{uuid.uuid4().hex}")
        self._fd: int | None = os.open(self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, PRIVATE_MODE)
        _lock(self._fd)

    def path_of(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def save(self, key: str, kind: str, title: str, content: dict[str, Any]) -> Path:
        """Write (or replace) one form's draft, atomically."""
        record = {
            "format": FORMAT,
            "kind": kind,
            "title": title,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "content": to_json(content),
        }
        target = self.path_of(key)
        with atomic_path(target, suffix=".json") as tmp:
            tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        return target

    def remove(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_of(key).unlink()

    def keys(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.json"))

    def _ended_sessions(self) -> Iterator[tuple[Path, int]]:
        """Folders of sessions that are over, each with its lock now held by us (close the fd)."""
        for folder in sorted(self.root.glob(f"{SESSION_PREFIX}*")):
            if folder == self.folder or not folder.is_dir():
                continue
            try:
                fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, PRIVATE_MODE)
            except OSError:
                continue
            if _lock(fd):
                yield folder, fd
            else:
                os.close(fd)

    def left_over(self) -> list[Draft]:
        """The drafts of earlier sessions that ended without saving or discarding them, oldest
        first. Empty folders of ended sessions are removed on the way."""
        drafts: list[Draft] = []
        for folder, fd in self._ended_sessions():
            try:
                found = [d for d in (_read(p) for p in sorted(folder.glob("*.json"))) if d is not None]
                if found:
                    drafts += found
                else:
                    shutil.rmtree(folder, ignore_errors=True)
            finally:
                os.close(fd)
        return sorted(drafts, key=lambda d: d.saved_at)

    def forget(self, draft: Draft) -> None:
        """An offered draft that was reopened (its form now keeps its own) or discarded."""
        if draft.path is None:
            return
        with contextlib.suppress(FileNotFoundError):
            draft.path.unlink()
        folder = draft.path.parent
        if folder != self.folder and not any(folder.glob("*.json")):
            shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        """The window closed normally: its forms were saved or discarded, its folder goes."""
        if self._fd is None:
            return
        leftover = self.keys()
        os.close(self._fd)
        self._fd = None
        if not leftover:
            shutil.rmtree(self.folder, ignore_errors=True)
