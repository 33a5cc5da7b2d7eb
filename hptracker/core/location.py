"""Warn when the database sits where SQLite cannot keep it safe (SPEC §6).

SQLite relies on the operating system's file locks and on write ordering. Network file systems
(NFS, SMB/CIFS, SSHFS) implement locks poorly or not at all, and cloud-sync clients (OneDrive,
Dropbox, Google Drive, iCloud) upload and replace the file and its ``-wal`` separately while it is
open: both are known ways to corrupt a database (sqlite.org/howtocorrupt.html §2). The program
still opens the file — moving it is the officer's decision — but says so once, in plain words.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath, PureWindowsPath

from .i18n import translate

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "davfs",
        "fuse.davfs2",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "gpfs",
        "fuse.s3fs",
        "fuse.gcsfuse",
    }
)

# Folder names the sync clients create (case-insensitive). "OneDrive - <organisation>" is the
# business variant; macOS puts every provider under ~/Library/CloudStorage.
_CLOUD_FOLDERS = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),
    ("cloudstorage", "cloud storage"),
)


def cloud_service(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path``, judged by the folder names on the way."""
    for part in path.parts[:-1]:
        folded = part.casefold()
        for marker, service in _CLOUD_FOLDERS:
            if folded == marker or folded.startswith(marker + " - ") or folded.startswith(marker + "-"):
                return service
    if os.name == "nt":  # pragma: no cover - Windows only
        for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
            root = os.environ.get(variable)
            if root and _is_under(path, Path(root)):
                return "OneDrive"
    return None


def _is_under(path: PurePath, folder: PurePath) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes spaces and tabs in mount points as octal escapes."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """Linux: the network file-system type of the mount holding ``path`` (from /proc/mounts)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best: tuple[int, str] | None = None
    text = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fstype = _unescape_mount(fields[1]), fields[2]
        prefix = mount_point.rstrip("/") + "/"
        if (text == mount_point or text.startswith(prefix) or mount_point == "/") and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fstype)
    if best is None:
        return None
    fstype = best[1]
    return fstype if fstype in NETWORK_FILESYSTEMS or fstype.startswith(("nfs", "smb", "cifs")) else None


def windows_network_drive(path: PureWindowsPath) -> bool:
    """UNC paths (\\\\server\\share) and mapped network drives (GetDriveTypeW = DRIVE_REMOTE)."""
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return True
    if text.startswith("\\\\?\\UNC\\"):
        return True
    if os.name != "nt":
        return False
    import ctypes  # pragma: no cover - Windows only

    drive = path.drive  # pragma: no cover
    if not drive:  # pragma: no cover
        return False
    DRIVE_REMOTE = 4  # noqa: N806  # pragma: no cover
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]  # pragma: no cover


def risky_location(path: str | os.PathLike[str], *, mounts: str | None = None, platform: str | None = None) -> str | None:
    """One plain sentence when ``path`` is on a network share or in a cloud-synced folder, else None.

    ``mounts`` (a /proc/mounts text) and ``platform`` are for tests.
    """
    platform = platform or sys.platform
    if platform.startswith("win"):
        pure: PurePath = PureWindowsPath(os.fspath(path))
        if windows_network_drive(pure):  # type: ignore[arg-type]
            return _network_sentence(pure, None)
    else:
        pure = Path(os.path.abspath(os.fspath(path)))
        if platform.startswith("linux"):
            fstype = network_filesystem(Path(os.path.realpath(pure)) if mounts is None else pure, mounts)
            if fstype:
                return _network_sentence(pure, fstype)
    service = cloud_service(pure)
    if service:
        return translate(
            "Location",
            "The database {path} is inside a {service} folder: syncing can damage a database while it is open. Keep it in a local folder (the backups may go to the cloud).",
        ).format(path=pure, service=service)
    return None


def _network_sentence(path: PurePath, fstype: str | None) -> str:
    if fstype:
        return translate(
            "Location",
            "The database {path} is on a network share ({fstype}), where SQLite's locking is not safe and two computers can damage it. Keep it on a local disk.",
        ).format(path=path, fstype=fstype)
    return translate(
        "Location",
        "The database {path} is on a network share, where SQLite's locking is not safe and two computers can damage it. Keep it on a local disk.",
    ).format(path=path)
