"""Issue 13 items 2, 3 and 11 on the real command: no output over the database, no false success on
a full disk, no traceback on the way out.

A full disk is made with RLIMIT_FSIZE: the kernel refuses (EFBIG) every write past the limit, in
any file, exactly where a full disk refuses with ENOSPC, and Python ignores SIGXFSZ so the writes
fail instead of killing the process. Reading the database writes its -shm (32 KB), so the limits
stay above that, and the data is made large enough that the output itself crosses the limit.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import string
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from inprocess import Result, run_cli

from hptracker.core.backup import backup_database
from hptracker.core.demo import add_demo
from hptracker.core.tracker import Tracker

EXE = str(Path(sys.executable).parent / "hptracker")
POSIX_LIMITS = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("HPTRACKER_DB", "HPTRACKER_LANG")}


def run(*args: str, limit: int | None = None) -> subprocess.CompletedProcess[str] | Result:
    """The command in this process (tests/inprocess.py); with ``limit``, the installed command
    with no file allowed to grow past that many bytes (a full disk: a limit of the process)."""
    if limit is None:
        return run_cli(*args)
    command = [EXE, *args]
    if limit is not None:
        command = [
            sys.executable,
            "-c",
            "import os, resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]),) * 2); "
            "os.execv(sys.argv[2], sys.argv[2:])",
            str(limit),
            *command,
        ]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=_env(), timeout=180)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def strays(folder: Path) -> list[str]:
    """Temporary files of atomic writes (".<name>.<random>.<suffix>")."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hptracker: "), result.stderr
    for needle in needles:
        assert needle in result.stderr


@pytest.fixture
def demo_db(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "hptracker.db"
    tracker = Tracker.open(path, officer="Nguyễn Thị Hoa")
    add_demo(tracker)
    backup_database(path)
    tracker.close()
    return path


# -- item 2: nothing writes over the database -----------------------------------------------------


def test_brief_out_the_database_is_refused_and_the_database_kept(demo_db):
    before = digest(demo_db)
    result = run("--db", str(demo_db), "--lang", "en", "brief", "Shangyu", "--out", str(demo_db))
    assert_one_line_error(result, str(demo_db), "database")
    assert digest(demo_db) == before
    assert strays(demo_db.parent) == []
    listed = run("--db", str(demo_db), "--lang", "en", "list", "partners")
    assert listed.returncode == 0 and "Huyện Thượng Ngu" in listed.stdout


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_export_through_a_link_to_the_lock_file_and_into_backups_is_refused(demo_db, tmp_path):
    lock = Path(str(demo_db) + ".lock")
    lock_before = lock.read_bytes()
    link = tmp_path / "status.xlsx"
    link.symlink_to(lock)
    result = run("--db", str(demo_db), "--lang", "en", "export", str(link))
    assert_one_line_error(result, str(link))
    assert lock.read_bytes() == lock_before and link.is_symlink()

    backups = demo_db.parent / "backups"
    names = sorted(os.listdir(backups))
    result = run("--db", str(demo_db), "--lang", "en", "export", str(backups / "status.xlsx"))
    assert_one_line_error(result, "backups")
    assert sorted(os.listdir(backups)) == names


def test_backup_to_the_backups_folder_or_the_database_is_refused(demo_db):
    backups = demo_db.parent / "backups"
    names = sorted(os.listdir(backups))
    for folder in (backups, demo_db):
        result = run("--db", str(demo_db), "--lang", "en", "backup", "--to", str(folder))
        assert_one_line_error(result, str(folder))
    assert sorted(os.listdir(backups)) == names


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_restore_from_the_database_or_its_wal_is_refused(demo_db, suffix):
    source = Path(str(demo_db) + suffix)
    if suffix:
        source.write_bytes(b"")  # a WAL folded into the file leaves an empty -wal behind
    before = digest(demo_db)
    result = run("--db", str(demo_db), "--lang", "en", "restore", str(source))
    assert_one_line_error(result, str(source))
    assert digest(demo_db) == before


# -- item 3: a write that did not happen is never reported as done --------------------------------


def _noise(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


@POSIX_LIMITS
def test_brief_on_a_full_disk_fails_in_one_line_and_keeps_the_previous_pdf(demo_db, tmp_path):
    notes = _noise(random.Random(1), 20000)  # makes the PDF several times larger than the -shm
    out = tmp_path / "brief.pdf"
    whole = run("--db", str(demo_db), "--lang", "en", "brief", "Shangyu", "--out", str(out), "--notes", notes)
    assert whole.returncode == 0, whole.stderr
    size = out.stat().st_size
    previous = out.read_bytes()

    result = run(
        "--db", str(demo_db), "--lang", "en", "brief", "Shangyu", "--out", str(out), "--notes", notes, limit=max(40_000, size // 2)
    )
    assert_one_line_error(result, str(out))
    assert "written" not in result.stderr
    assert out.read_bytes() == previous
    assert strays(tmp_path) == []


@pytest.fixture
def wide_db(demo_db) -> Path:
    """Text that does not compress, spread over three sheets: each sheet's own XML (openpyxl writes
    it to a temporary file first) stays smaller than the whole workbook."""
    rng = random.Random(13)
    tracker = Tracker.open(demo_db, officer="Nguyễn Thị Hoa")
    try:
        for day in range(1, 41):
            partner = tracker.create_partner(name=f"P {_noise(rng, 290)}", kind="other")
            tracker.create_meeting(date=f"{day % 28 + 1:02d}/01/2024", title=f"M {_noise(rng, 490)}", partner_ids=[partner.id])
            tracker.create_followup(partner_id=partner.id, title=f"F {_noise(rng, 490)}", direction="ours")
    finally:
        tracker.close()
    return demo_db


@POSIX_LIMITS
def test_export_on_a_full_disk_fails_in_one_line_without_a_traceback(wide_db, tmp_path):
    out = tmp_path / "status.xlsx"
    whole = run("--db", str(wide_db), "--lang", "en", "export", str(out))
    assert whole.returncode == 0, whole.stderr
    # The disk fills up inside a member of the workbook, past the largest sheet's own XML (openpyxl
    # writes each sheet to a temporary file first): neither the member nor the zip's directory fits.
    infos = zipfile.ZipFile(out).infolist()
    largest = max(info.file_size for info in infos)
    limit = next(info.header_offset for info in infos if info.header_offset > largest + 4096) + 64
    previous = out.read_bytes()

    result = run("--db", str(wide_db), "--lang", "en", "export", str(out), limit=limit)
    assert_one_line_error(result, str(out))
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert out.read_bytes() == previous
    assert strays(tmp_path) == []


# -- item 11: no traceback a user can reach -----------------------------------------------------------


def test_restore_with_db_on_a_folder_is_one_line(demo_db, tmp_path):
    backup = next((demo_db.parent / "backups").iterdir())
    folder = tmp_path / "a folder"
    folder.mkdir()
    result = run("--db", str(folder), "--lang", "en", "restore", str(backup))
    assert_one_line_error(result, str(folder))
    assert list(folder.iterdir()) == []


LINGER = """
import atexit, signal, sys, time
import hptracker.cli

# Ctrl-C as a terminal delivers it, whatever the test runner's process left to its children.
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
lingered = []

def linger():
    if lingered:  # once: a second close after the interrupt must not wait another minute
        return
    lingered.append(True)
    print("exiting", flush=True)
    # Short sleeps, as closing code runs Python between its steps: a SIGINT the system hands to
    # another thread of the process is handled as soon as the main thread runs Python again,
    # which one long C-level sleep would put off for its whole minute.
    for _ in range(600):
        time.sleep(0.1)

if sys.argv[1] == "atexit":
    atexit.register(linger)      # registered first, so it runs last: after hptracker's own
else:
    real_close = hptracker.cli.Context.close
    def slow_close(self):
        linger()
        real_close(self)
    hptracker.cli.Context.close = slow_close

from hptracker.cli import main
sys.argv = ["hptracker", "--db", sys.argv[2], "--lang", "en", "list", "partners"]
sys.exit(main())  # as the installed command calls it
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
@pytest.mark.parametrize("moment", ["atexit", "close"])
def test_ctrl_c_while_exiting_exits_130_without_a_traceback(demo_db, moment):
    """The child says when it is on its way out; only then does the test press Ctrl-C."""
    child = subprocess.Popen(
        [sys.executable, "-c", LINGER, moment, str(demo_db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(),
    )
    watchdog = threading.Timer(120, child.kill)  # a child that never gets there must not hang the suite
    watchdog.start()
    try:
        lines = []
        for line in child.stdout:
            lines.append(line)
            if line.strip() == "exiting":
                break
        assert lines and lines[-1].strip() == "exiting", lines
        child.send_signal(signal.SIGINT)
        rest, stderr = child.communicate(timeout=60)
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert "Huyện Thượng Ngu" in "".join(lines)
    assert child.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
