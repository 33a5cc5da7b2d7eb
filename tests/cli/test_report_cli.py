"""``hptracker report --from D --to D --out FILE.xlsx|FILE.pdf`` (issue 18 item 3), the real command.

The hand-counted quarter of tests/period_history.py; the PDF is read back with pypdf, the workbook
reopened (its cells are checked in detail by tests/core/test_report_xlsx.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from inprocess import Result, run_cli
from period_history import enter
from pypdf import PdfReader

from hptracker.core.tracker import Tracker

EXE = str(Path(sys.executable).parent / "hptracker")


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command, with no display: it prints the PDF with a Qt application of its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("HPTRACKER_DB", "HPTRACKER_LANG", "DISPLAY")}
    return subprocess.run([EXE, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=180)


def run(*args: str) -> Result:
    """What a command prints, writes and exits with, from its ``main()`` in this process."""
    return run_cli(*args)


@pytest.fixture
def quarter(backend, databases):
    target = databases.new(backend)
    tracker = Tracker.open(target, officer="Nguyễn Thị Hoa")
    enter(tracker)
    partner = tracker.list_partners()[0]
    tracker.create_followup(partner_id=partner.id, title="<b>a < b & c</b> 上虞", direction="joint", raised_on="02/05/2025")
    tracker.close()
    yield target
    databases.drop(target)


def pdf_text(path: Path) -> tuple[list[str], str]:
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    return pages, "\n".join(pages)


@pytest.mark.both_backends
def test_report_pdf_states_the_period_and_the_figures(quarter, tmp_path):
    out = tmp_path / "q2.pdf"
    result = run_process("--db", quarter, "--lang", "en", "report", "--from", "01/04/2025", "--to", "30/06/2025", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages, text = pdf_text(out)
    assert result.stdout.strip() == f"Periodic report 01/04/2025 – 30/06/2025 written to {out} ({len(pages)} pages)."
    flat = " ".join(text.split())
    assert "Reporting period: from 01/04/2025 to 30/06/2025" in flat
    assert "Data cut-off date: 30/06/2025" in flat
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Periodic report 01/04/2025 – 30/06/2025" in page and "Data as of 30/06/2025" in page
    # The summary and the table by unit: 17 in scope with the joint request raised in May.
    assert "In scope 17" in flat and "Overdue 3" in flat and "On-time rate 40.0%" in flat
    assert "Ban Quản lý Khu kinh tế Hải Phòng 9 6 3 2 3 1 2 1 28.6%" in flat
    assert "Total 17 8 9 4 3 1 3 6 40.0%" in flat
    for heading in (
        "Overdue at the cut-off date (3)",
        "Done late during the period (3)",
        "Done on time during the period (4)",
        "Dropped during the period (1)",
        "Open within the deadline at the cut-off date (6)",
        "New follow-ups (9)",
        "Completed (7)",
        "Status changes (12)",
        "Due dates moved (0)",
    ):
        assert heading in flat
    assert "<b>a < b & c</b> 上虞" in flat  # user text printed literally


@pytest.mark.both_backends
def test_report_xlsx_from_the_command(quarter, tmp_path):
    out = tmp_path / "q2.xlsx"
    result = run("--db", quarter, "--lang", "vi", "report", "--from", "01/04/2025", "--to", "30/06/2025", "--out", str(out))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Tổng hợp"
    assert book.worksheets[0]["A2"].value == "Kỳ báo cáo: từ ngày 01/04/2025 đến ngày 30/06/2025"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--from", "01/07/2025", "--to", "30/06/2025", "--out", "{dir}/r.pdf"), 1, "after its cut-off date"),
        (("--from", "01/04/2025", "--to", "30/06/2025", "--out", "{dir}/r.docx"), 1, "must be an .xlsx or a .pdf"),
        (("--from", "01/04/2025", "--to", "31/06/2025", "--out", "{dir}/r.xlsx"), 1, "not a date"),
        (("--from", "01/04/2025", "--to", "30/06/2025", "--out", "{link}"), 1, "database"),
        (("--from", "01/04/2025", "--out", "{dir}/r.pdf"), 2, "--to"),
    ],
)
def test_report_bad_input_writes_nothing(quarter, tmp_path, args, code, message):
    folder = tmp_path / "out"
    folder.mkdir()
    before = Path(quarter).read_bytes()
    link = tmp_path / "report.xlsx"  # a report named like one, that is the database itself
    link.symlink_to(quarter)
    args = [a.format(dir=folder, link=link) for a in args]
    result = run("--db", quarter, "--lang", "en", "report", *args)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []
    assert Path(quarter).read_bytes() == before
    if code == 1:
        assert len(result.stderr.strip().splitlines()) == 1


def test_report_help_says_dates_are_dd_mm_yyyy():
    result = run("--lang", "en", "report", "--help")
    assert result.returncode == 0
    assert re.search(r"dd/mm/yyyy", result.stdout) and "cut-off" in result.stdout
