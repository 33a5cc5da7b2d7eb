"""``hptracker brief``, its PDF read back with pypdf.

The first test runs the real installed command with no display and no Qt platform set: it must
find its offscreen platform by itself, which only a fresh process shows. The others run in this
process (tests/inprocess.py): what they check is the PDF and the messages.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from inprocess import Result, run_cli
from pypdf import PdfReader

from hptracker.core.demo import add_demo
from hptracker.core.tracker import Tracker

EXE = str(Path(sys.executable).parent / "hptracker")


def run(*args: str) -> Result:
    return run_cli(*args, drop=("HPTRACKER_DB",))


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("HPTRACKER_DB", None)
    env.pop("DISPLAY", None)  # the command must find its offscreen platform by itself
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([EXE, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages)
    return " ".join(text.split())  # pypdf may separate words by tabs or newlines


@pytest.fixture
def demo_db(tmp_path) -> Path:
    path = tmp_path / "demo.db"
    tracker = Tracker.open(path, officer="Nguyễn Thị Hoa")
    add_demo(tracker)
    tracker.close()  # one writer per database: the command opens it next
    return path


def test_brief_by_alias_writes_a_private_pdf(demo_db, tmp_path):
    out = tmp_path / "brief.pdf"
    result = run_process("--db", str(demo_db), "--lang", "en", "brief", "Shangyu", "--out", str(out), "--notes", "Ask about the flight")
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = pdf_text(out)
    for needle in (
        "Huyện Thượng Ngu",
        "Shangyu District",
        "1. Meeting details",
        "8. Suggested talking points",
        "Ask about the flight",
        "Jin Jinfu",
        "For: Tiếp đoàn công tác huyện Thượng Ngu",
    ):
        assert needle in text
    assert "13 May 2024" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".brief.pdf")] == []


def test_vietnamese_header_date_and_chinese_name(demo_db, tmp_path):
    out = tmp_path / "vi.pdf"
    result = run("--db", str(demo_db), "--lang", "vi", "brief", "上虞", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "ngày 13 tháng 05 năm 2024" in text
    if "fonts-noto-cjk" in result.stderr:
        pytest.skip("no CJK font is installed (Debian: apt-get install fonts-noto-cjk), so 上虞区 cannot print")
    assert "上虞区" in text


def test_missing_glyph_is_named_on_stderr_and_the_pdf_still_written(demo_db, tmp_path):
    out = tmp_path / "odd.pdf"
    result = run("--db", str(demo_db), "--lang", "en", "brief", "Nam Ninh", "--out", str(out), "--notes", "Symbol \U0010fffd here")
    assert result.returncode == 0, result.stderr
    assert "U+10FFFD" in result.stderr and "font" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Thành phố Nam Ninh" in pdf_text(out)


@pytest.mark.parametrize(
    "args, message",
    [
        (["brief", "No such partner", "--out", "{out}"], "No partner matches"),
        (["brief", "Shangyu", "--meeting", "2", "--out", "{out}"], "does not involve"),
        (["brief", "Shangyu", "--out", "{missing}"], "folder does not exist"),
    ],
)
def test_bad_input_exits_1_and_writes_nothing(demo_db, tmp_path, args, message):
    out = tmp_path / "never.pdf"
    missing = tmp_path / "no" / "such" / "folder.pdf"
    full = [a.format(out=out, missing=missing) for a in args]
    result = run("--db", str(demo_db), "--lang", "en", *full)
    assert result.returncode == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or p.name.startswith(".never")) == []


def test_out_is_required(demo_db):
    result = run("--db", str(demo_db), "brief", "Shangyu")
    assert result.returncode == 2
    assert "--out" in result.stderr
