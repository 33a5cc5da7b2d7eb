"""Folder warnings: network shares and cloud-synced folders are named in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from hptracker.core.location import risky_location

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sda2 /home ext4 rw,relatime 0 0
server:/export/heza /mnt/heza nfs4 rw,relatime 0 0
//fileserver/phong\\040doi\\040ngoai /mnt/phong\\040doi\\040ngoai cifs rw 0 0
user@host:/data /home/hoa/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [("/mnt/heza/hptracker.db", "nfs4"), ("/mnt/phong doi ngoai/hptracker.db", "cifs"), ("/home/hoa/remote/db/hptracker.db", "fuse.sshfs")],
)
def test_linux_network_mounts(path, fstype):
    warning = risky_location(path, mounts=MOUNTS, platform="linux")
    assert warning is not None and "network share" in warning and f"({fstype})" in warning and path in warning


@pytest.mark.parametrize("path", ["/home/hoa/hptracker.db", "/mnt/heza2/hptracker.db", "/srv/data/x.db"])
def test_local_disks_are_fine(path):
    assert risky_location(path, mounts=MOUNTS, platform="linux") is None


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("OneDrive", "OneDrive"),
        ("OneDrive - HEZA Hải Phòng", "OneDrive"),
        ("Dropbox", "Dropbox"),
        ("Google Drive", "Google Drive"),
        ("iCloud Drive", "iCloud"),
    ],
)
def test_cloud_folders(tmp_path, folder, service):
    path = tmp_path / folder / "Tài liệu" / "hptracker.db"
    warning = risky_location(path, mounts=MOUNTS, platform="linux")
    assert warning is not None and f"inside a {service} folder" in warning


def test_a_file_merely_named_like_a_service_is_fine(tmp_path):
    assert risky_location(tmp_path / "dropbox.db", mounts=MOUNTS, platform="linux") is None


@pytest.mark.parametrize("path", [r"\\server\share\hptracker.db", r"\\?\UNC\server\share\hptracker.db"])
def test_windows_unc_paths(path):
    warning = risky_location(path, platform="win32")
    assert warning is not None and "network share" in warning


def test_windows_onedrive_folder():
    warning = risky_location(r"C:\Users\hoa\OneDrive - HEZA\hptracker.db", platform="win32")
    assert warning is not None and "OneDrive" in warning


def test_real_temporary_folder_is_local(tmp_path):
    # The test machine's own /proc/mounts: a temporary folder is not a network share.
    assert risky_location(Path(tmp_path) / "hptracker.db") is None
