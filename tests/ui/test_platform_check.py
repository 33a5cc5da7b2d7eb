"""Issue 16 item 12: on a Linux without Qt's xcb libraries or without a desktop, the first start
says exactly what to do, in a line that works as it is."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from hptracker.ui import platform_check

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def missing(monkeypatch):
    monkeypatch.setattr(platform_check, "missing_libraries", lambda platform="xcb": ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    monkeypatch.setattr(platform_check.sys, "platform", "linux")


def which(present):
    return lambda name: f"/usr/bin/{name}" if name in present else None


def test_as_root_the_line_has_no_sudo_updates_the_lists_and_never_asks(missing, monkeypatch):
    monkeypatch.setattr(platform_check.os, "geteuid", lambda: 0)
    monkeypatch.setattr(platform_check.shutil, "which", which({"apt-get"}))
    line = platform_check.apt_line("xcb")
    assert line == "apt-get update && apt-get install -y libxcb-cursor0 libxcb-icccm4"
    assert "sudo" not in line
    for command in line.split("&&"):
        assert shlex.split(command)[0] == "apt-get"


def test_as_a_user_with_sudo_each_command_gets_sudo(missing, monkeypatch):
    monkeypatch.setattr(platform_check.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(platform_check.shutil, "which", which({"apt-get", "sudo"}))
    assert platform_check.apt_line("xcb") == ("sudo apt-get update && sudo apt-get install -y libxcb-cursor0 libxcb-icccm4")


def test_as_a_user_without_sudo_the_line_asks_for_roots_password(missing, monkeypatch):
    monkeypatch.setattr(platform_check.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(platform_check.shutil, "which", which({"apt-get", "su"}))
    line = platform_check.apt_line("xcb")
    assert shlex.split(line) == ["su", "-c", "apt-get update && apt-get install -y libxcb-cursor0 libxcb-icccm4"]


def test_without_a_desktop_session_it_says_what_to_run_instead(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "missing_libraries", lambda platform="xcb": [])
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    message = platform_check.explain_missing_display()
    assert "desktop session" in message
    assert "hptracker --help" in message and "list followups" in message


def test_the_makefile_prints_the_line_as_the_module_gives_it():
    """``make run`` adds no sudo of its own and stops with the explanation (here: root, no sudo)."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "platform_check --platform xcb" in run and "sudo" not in run


def test_the_module_explains_on_its_own_command_line(missing, monkeypatch, capsys):
    monkeypatch.setattr(platform_check.os, "geteuid", lambda: 0)
    monkeypatch.setattr(platform_check.shutil, "which", which({"apt-get"}))
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert platform_check.main(["--platform", "xcb", "--explain"]) == 1
    out = capsys.readouterr().out
    assert "apt-get update && apt-get install -y libxcb-cursor0 libxcb-icccm4" in out


def test_the_real_check_here_runs(tmp_path):
    """The module runs as ``make run`` runs it (whatever this machine lacks)."""
    result = subprocess.run(
        [sys.executable, "-m", "hptracker.ui.platform_check", "--platform", "xcb", "--explain"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode in (0, 1)
    if result.returncode:
        assert "sudo apt-get install libxcb" not in result.stdout  # never the old line without -y
