"""Writing files safely: to a temporary name in the target folder, then moved into place.

A failed or cancelled write leaves the previous file intact and no temporary file behind; the new
file is readable by the user only (POSIX 0600). Used by exports, briefs (PDF) and backups.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import HPTrackerError
from .i18n import translate

PRIVATE_MODE = 0o600


class FileWriteError(HPTrackerError):
    """The target cannot be written (folder missing, no permission, file locked, disk full)."""


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_error(path: Path, exc: OSError) -> FileWriteError:
    """One clear sentence for an OSError while writing ``path``."""
    reason = exc.strerror or str(exc)
    if isinstance(exc, PermissionError):
        return FileWriteError(
            translate("Files", "Cannot write {path}: permission denied, or the file is open in another program (close it and try again).").format(path=path)
        )
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return FileWriteError(translate("Files", "Cannot write {path}: the folder does not exist.").format(path=path))
    return FileWriteError(translate("Files", "Cannot write {path}: {reason}.").format(path=path, reason=reason))


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target`` atomically.

    Whatever writes to the yielded path (openpyxl, QPrinter, sqlite3 backup) may fail or be
    cancelled by raising: the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise write_error(target, FileNotFoundError(2, "No such folder"))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or ".tmp", dir=folder)
    except OSError as exc:
        raise write_error(target, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, PRIVATE_MODE)
        yield tmp
        if not tmp.exists():
            raise FileWriteError(translate("Files", "Nothing was written to {path}.").format(path=target))
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, PRIVATE_MODE)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise write_error(target, exc) from None
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


_HASH_CHUNK = 1 << 20


class HashCancelled(Exception):
    """``progress`` asked :func:`sha256_of` to stop (the form that wanted the digest closed)."""


def sha256_of(path: str | os.PathLike[str], progress: Callable[[int, int], bool] | None = None) -> str:
    """Hex SHA-256 of a file, read in 1 MiB chunks so a large scan never sits whole in memory.

    ``progress(done, total)`` returning False stops the work (:class:`HashCancelled`).
    """
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        total = os.fstat(handle.fileno()).st_size
        done = 0
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None and not progress(done, total):
                raise HashCancelled(os.fspath(path))
    return digest.hexdigest()
