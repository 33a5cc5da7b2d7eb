"""Writing files safely: to a temporary name in the target folder, then moved into place.

A failed or cancelled write leaves the previous file intact and no temporary file behind; the new
file is readable by the user only (POSIX 0600). Used by exports, briefs (PDF) and backups.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import HPTrackerError
from .i18n import translate

PRIVATE_MODE = 0o600


class FileWriteError(HPTrackerError):
    """The target cannot be written (folder missing, no permission, file locked, disk full)."""


def data_folder() -> Path:
    """The per-user data folder of the platform (platformdirs): the default database, the backups
    beside it, and the window's log."""
    from platformdirs import user_data_path

    return user_data_path("hptracker", appauthor=False)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# No space, over quota, or a file larger than the system allows: to the officer, a full disk.
_DISK_FULL = {errno.ENOSPC, errno.EFBIG} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())


def write_error(path: Path, exc: OSError) -> FileWriteError:
    """One clear sentence for an OSError while writing ``path``."""
    reason = (exc.strerror or str(exc)).rstrip(".")
    if isinstance(exc, PermissionError):
        return FileWriteError(
            translate(
                "Files", "Cannot write {path}: permission denied, or the file is open in another program (close it and try again)."
            ).format(path=path)
        )
    if exc.errno in _DISK_FULL:
        return FileWriteError(
            translate("Files", "Cannot write {path}: the disk is full ({reason}); free some space and try again.").format(
                path=path, reason=reason
            )
        )
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return FileWriteError(translate("Files", "Cannot write {path}: the folder does not exist.").format(path=path))
    return FileWriteError(translate("Files", "Cannot write {path}: {reason}.").format(path=path, reason=reason))


def incomplete_error(path: Path) -> FileWriteError:
    """The file came out shorter or other than written: a full disk that the writer did not notice."""
    return FileWriteError(
        translate(
            "Files", "Cannot write {path}: the file came out incomplete (is the disk full?). Any previous file of that name was kept."
        ).format(path=path)
    )


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], suffix: str | None = None, verify: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target`` atomically.

    Whatever writes to the yielded path (openpyxl, QPrinter, sqlite3 backup) may fail or be
    cancelled by raising: the temporary file is removed and ``target`` is untouched. Some writers
    never say that a write failed (QPdfWriter on a full disk), so ``verify(tmp)`` reads back what
    reached the disk, after fsync, and the file is moved into place only when it returns True.
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
        try:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())  # a full disk may only say so now (delayed allocation, NFS)
            if verify is not None and not verify(tmp):
                raise incomplete_error(target)
            os.chmod(tmp, PRIVATE_MODE)
            os.replace(tmp, target)
        except OSError as exc:
            raise write_error(target, exc) from None
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


# -- reading back what was written --------------------------------------------------------------

_PDF_TAIL = 1024
_PAGES_COUNT = re.compile(rb"/Type\s*/Pages\b(?:(?!endobj).)*?/Count\s+(\d+)", re.S)


def pdf_is_complete(path: str | os.PathLike[str], pages: int | None = None) -> bool:
    """True when ``path`` holds a whole PDF: its header, its trailer last, the cross-reference
    table where the trailer says it is, and (when ``pages`` is given) that many pages.

    A PDF is written front to back and its trailer last, so a file cut short by a full disk lacks
    the trailer or points past its own end.
    """
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size < 64 or handle.read(5) != b"%PDF-":
            return False
        handle.seek(max(0, size - _PDF_TAIL))
        tail = handle.read()
        if not tail.rstrip().endswith(b"%%EOF"):
            return False
        found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", tail)
        if found is None or not 0 < int(found[1]) < size:
            return False
        handle.seek(int(found[1]))
        head = handle.read(32)
        if not (head.startswith(b"xref") or re.match(rb"\d+\s+\d+\s+obj\b", head)):
            return False
        if pages is None:
            return True
        handle.seek(0)
        counts = _PAGES_COUNT.findall(handle.read())
    return bool(counts) and int(counts[-1]) == pages


def zip_is_complete(path: str | os.PathLike[str], members: Iterable[str] = ()) -> bool:
    """True when ``path`` is a zip (an .xlsx) whose directory reads, whose every member passes
    its CRC check, and which holds ``members``."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            return all(name in names for name in members) and archive.testzip() is None
    except (zipfile.BadZipFile, EOFError, ValueError, zlib.error):
        return False


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
