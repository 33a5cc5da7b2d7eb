"""``list``, ``export``, ``brief`` and ``import`` give identical results on SQLite and PostgreSQL for
the same data (issue 15 item 3), the command run in this process (tests/inprocess.py); and two
imports into one server database at the same moment, as two real processes, both land, each row
once (item 8's simultaneous imports)."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from inprocess import Result, run_cli
from openpyxl import Workbook
from pypdf import PdfReader
from sample_data import add_awkward_records
from sqlalchemy import text

from hptracker.core.tracker import FollowUpQuery, Tracker

EXE = str(Path(sys.executable).parent / "hptracker")
BACKENDS = ("sqlite", "postgresql")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HPTRACKER_DB", "HPTRACKER_LANG")}
    env.pop("DISPLAY", None)
    return env


def run(*args: str) -> Result:
    return run_cli(*args)


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([EXE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=_env())


@pytest.fixture(scope="module")
def targets(pg_server, databases):
    """The demo records and sample_data's awkward ones in a database of each backend, closed."""
    made = {}
    for backend in BACKENDS:
        made[backend] = databases.new(backend, "demo")
        tracker = Tracker.open(made[backend], officer="Nguyễn Thị Hoa")
        add_awkward_records(tracker)
        tracker.close()  # one writer per SQLite file: the commands open it next
    yield made
    for target in made.values():
        databases.drop(target)


def same_output(targets, *args: str) -> str:
    results = [run("--db", targets[backend], *args) for backend in BACKENDS]
    for result in results:
        assert result.returncode == 0, result.stderr
    assert results[0].stdout == results[1].stdout
    assert results[0].stderr == results[1].stderr
    return results[0].stdout


@pytest.mark.parametrize("kind", ["partners", "meetings", "agreements", "followups"])
def test_list_alike(targets, kind):
    assert len(same_output(targets, "--lang", "en", "list", kind, "--json")) > 200


def test_list_table_and_search_alike(targets):
    """(Searches and sorts are compared in depth in-process: tests/core/test_backends_agree.py.)"""
    assert "Đà Nẵng" in same_output(targets, "list", "followups", "--search", "đà nẵng")


def _cells(path: Path) -> dict[str, list[tuple]]:
    workbook = openpyxl.load_workbook(path)
    return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook}


@pytest.mark.parametrize(
    "args", [[], ["--overdue"], ["--status", "in_progress", "on_hold", "--partner", "Hà Nội"]], ids=["all", "overdue", "status-partner"]
)
def test_export_alike(targets, tmp_path, args):
    books = {}
    for backend in BACKENDS:
        out = tmp_path / f"{backend}.xlsx"
        result = run("--db", targets[backend], "export", str(out), *args)
        assert result.returncode == 0, result.stderr
        books[backend] = _cells(out)
    assert books["sqlite"] == books["postgresql"]
    assert sum(len(rows) for rows in books["sqlite"].values()) > 30


def _pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return " ".join(unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages)


@pytest.mark.parametrize("partner", ["Huyện Thượng Ngu", "Thượng Hải"])
def test_brief_alike(targets, tmp_path, partner):
    texts = []
    for backend in BACKENDS:
        out = tmp_path / f"{backend}.pdf"
        result = run("--lang", "vi", "--db", targets[backend], "brief", partner, "--out", str(out))
        assert result.returncode == 0, result.stderr
        texts.append(_pdf_text(out))
    assert texts[0] == texts[1]
    assert partner in " ".join(texts[0].split())


def _workbook(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Kiến nghị"
    sheet.append(["Báo cáo tình hình thực hiện kiến nghị"])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_alike(pg_server, databases, tmp_path):
    path = _workbook(
        tmp_path / "import.xlsx",
        [
            ["ID", "Partner", "Title", "Status", "Due", "Officer"],
            [
                2,
                "Thuong Ngu",
                "Nghiên cứu, đề xuất mở đường bay thẳng giữa Chiết Giang và Hải Phòng",
                "đang thực hiện",
                "Q4/2025",
                "Đỗ Huy",
            ],
            [None, "Nanning", "Triển lãm xe năng lượng mới", "Not started", "2026", None],
            [None, "Thành phố Ninh Ba", "Giao lưu thanh niên 宁波", "chờ phía bạn", None, "an"],
            [None, "Wolong", "Đầu tư nhà máy điện tử", "done", "31/12/2024", "Zed"],
        ],
    )
    outputs, rows = [], []
    for backend in BACKENDS:
        target = databases.new(backend, "demo")
        try:
            result = run("--lang", "en", "--db", target, "import", str(path), "--create-partners")
            assert result.returncode == 0, result.stderr
            outputs.append(result.stdout)
            tracker = Tracker.open(target, exclusive=False)
            try:
                rows.append(
                    (
                        tracker.query_followups(FollowUpQuery(sort="title")),
                        tracker.list_partners(),
                        [(h.kind, h.status, h.note) for h in tracker.history(2)],
                    )
                )
            finally:
                tracker.close()
        finally:
            databases.drop(target)
    assert outputs[0] == outputs[1] and "3 created, 1 updated" in outputs[0]
    assert rows[0] == rows[1]


def test_two_imports_into_one_server_database_at_once(pg_server, databases, tmp_path):
    """Two officers import their own workbooks at the same moment: both land, every row once,
    under its own ID, with its own audit entry."""
    target = databases.new("postgresql", "demo")
    partners = ["Thuong Ngu", "Nanning", "Wolong", "Zhejiang"]
    books = [
        _workbook(
            tmp_path / f"officer{n}.xlsx",
            [["Partner", "Title", "Status"]]
            + [[partners[i % 4], f"Kiến nghị {n}-{i} của cán bộ {n}", "đang thực hiện" if i % 3 else "chưa triển khai"] for i in range(40)],
        )
        for n in (1, 2)
    ]
    try:
        processes = [
            start("--lang", "en", "--officer", f"Cán bộ {n}", "--db", target, "import", str(book)) for n, book in enumerate(books, 1)
        ]
        results = [process.communicate(timeout=180) + (process.returncode,) for process in processes]
        assert [code for _out, _err, code in results] == [0, 0], [err for _out, err, _code in results]
        assert all("40 created, 0 updated" in out for out, _err, _code in results)
        tracker = Tracker.open(target, exclusive=False)
        try:
            rows = tracker.query_followups(FollowUpQuery())
            titles = [row.title for row in rows if row.title.startswith("Kiến nghị ")]
            assert sorted(titles) == sorted(f"Kiến nghị {n}-{i} của cán bộ {n}" for n in (1, 2) for i in range(40))
            assert len({row.id for row in rows}) == len(rows) == 9 + 80
            with tracker.db.engine.connect() as conn:
                created = conn.execute(
                    text(
                        "SELECT a.entity_id, o.name FROM audit a JOIN officers o ON o.id = a.officer_id "
                        "WHERE a.entity = 'followups' AND a.action = 'create' AND a.note LIKE 'import:%'"
                    )
                ).all()
                by_id = {row.id: row.title for row in rows}
                assert len(created) == 80 and len({entity_id for entity_id, _name in created}) == 80
                for entity_id, officer in created:
                    assert by_id[entity_id].endswith(officer.lower())  # "... của cán bộ 1" by "Cán bộ 1"
                progress = conn.execute(
                    text(
                        "SELECT count(*) FROM progress_entries p JOIN followups f ON f.id = p.followup_id WHERE f.title LIKE 'Kiến nghị %'"
                    )
                ).scalar()
                assert progress == 2 * sum(1 for i in range(40) if i % 3)
        finally:
            tracker.close()
    finally:
        databases.drop(target)
