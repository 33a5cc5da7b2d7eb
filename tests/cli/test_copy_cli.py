"""``hptracker copy``, and ``backup``/``restore`` of a server database, as the real command
(issue 15 item 6): the demo moves from a workstation's file onto the server and back with every
command giving the same answers on all three; the counts are printed; a database that holds
records is refused in one line and left alone; a server's backup is restored into an empty one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pgserver
import pytest
from inprocess import Result, run_cli
from sample_data import add_awkward_records

from hptracker.core.tracker import Tracker

EXE = str(Path(sys.executable).parent / "hptracker")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HPTRACKER_DB", "HPTRACKER_LANG", "DISPLAY")}
    return subprocess.run([EXE, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=180)


def said(*args: str) -> Result:
    """A refusal: what the command says and exits with, from its ``main()`` in this process."""
    return run_cli(*args)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def here(qapp, capsys):
    """``hptracker.cli.main`` in this process, for the commands that read the result of a copy:
    what they compare is the data, and each start of the executable costs a second or two."""
    from hptracker.cli import main

    def run_main(*args: str) -> str:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    return run_main


def cells(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path)
    return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in book}


@pytest.fixture
def workstation(demo_db_path) -> Path:
    tracker = Tracker.open(demo_db_path, officer="Nguyễn Thị Hoa")
    add_awkward_records(tracker)
    tracker.close()
    return demo_db_path


def test_copy_onto_the_server_and_back_gives_the_same_answers(workstation, pg_server, databases, tmp_path, here):
    server = databases.new("postgresql", "empty")
    back = tmp_path / "back.db"
    try:
        out = ok("--lang", "en", "copy", str(workstation), server)
        assert out.startswith(f"Copied {workstation} to ")
        counts = dict(line.strip().split(": ") for line in out.splitlines()[1:])
        assert int(counts["followups"]) == 54 and int(counts["audit"]) > 54 and int(counts["progress_entries"]) == 20
        ok("--lang", "en", "copy", server, str(back))
        targets = [str(workstation), server, str(back)]
        for kind in ("partners", "meetings", "agreements", "followups"):
            listings = [here("--lang", "en", "--db", target, "list", kind, "--json") for target in targets]
            assert listings[0] == listings[1] == listings[2], kind
            ids = [row["id"] for row in json.loads(listings[0])]
            assert ids and len(set(ids)) == len(ids)
        books = []
        for number, target in enumerate(targets):
            out_file = tmp_path / f"export{number}.xlsx"
            here("--lang", "en", "--officer", "Nguyễn Thị Hoa", "--db", target, "export", str(out_file))
            books.append(cells(out_file))
        assert books[0] == books[1] == books[2]
        assert "No problems found" in here("--lang", "en", "--db", str(back), "check")  # the copied file is sound
    finally:
        databases.drop(server)


def test_copy_refuses_a_database_that_holds_records(workstation, pg_server, databases, here):
    server = databases.new("postgresql", "demo")
    try:
        before = here("--lang", "en", "--db", server, "list", "followups", "--json")
        result = said("--lang", "en", "copy", str(workstation), server)
        assert result.returncode == 1 and result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "already holds records" in lines[0] and "followups 9" in lines[0]
        assert here("--lang", "en", "--db", server, "list", "followups", "--json") == before
    finally:
        databases.drop(server)


def test_copy_never_writes_onto_the_source_or_its_files(workstation, tmp_path):
    for dest in (f"{workstation}-wal", str(workstation.parent / "backups" / "x.db")):
        result = said("--lang", "en", "copy", str(workstation), dest)
        assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert not Path(dest).exists()
    result = said("--lang", "en", "copy", str(workstation), str(workstation))
    assert result.returncode == 1 and "same database" in result.stderr


def test_a_server_backup_restores_into_an_empty_server_database(pg_server, databases, tmp_path, here):
    server = databases.new("postgresql", "demo")
    empty = databases.new("postgresql", "blank")
    try:
        out = ok("--lang", "en", "--db", server, "backup")
        assert out.startswith("Backup written and checked: ") and "9 follow-ups" in out
        path = Path(out.removeprefix("Backup written and checked: ").split(" (")[0])
        assert path.is_file() and "backups" in path.parts
        assert "No problems found" in here("--lang", "en", "--db", str(path), "check")
        there = here("--lang", "en", "--db", str(path), "list", "followups", "--json")
        out = ok("--lang", "en", "--db", empty, "restore", str(path))
        assert "restored from" in out and "9 follow-ups" in out
        assert here("--lang", "en", "--db", empty, "list", "followups", "--json") == there
        result = said("--lang", "en", "--db", server, "restore", str(path))
        assert result.returncode == 1 and "already holds records" in result.stderr
        to = tmp_path / "usb"
        to.mkdir()
        out = here("--lang", "en", "--db", server, "backup", "--to", str(to))
        assert str(to) in out and len(list(to.iterdir())) == 1
    finally:
        databases.drop(server)
        databases.drop(empty)


def test_server_backup_and_copy_never_print_the_password(pg_server, databases, tmp_path):
    server = databases.new("postgresql", "blank", owner=pgserver.CLERK)
    name = databases.database_name(server)
    url = pg_server.url(name, user=pgserver.CLERK, password=pgserver.CLERK_PASSWORD, tcp=True)
    try:
        ok("--db", url, "demo")
        for args in (("backup",), ("copy", url, str(tmp_path / "copy.db"))):
            full = ("--lang", "en", "--db", url, *args) if args[0] == "backup" else ("--lang", "en", *args)
            result = run(*full)
            assert result.returncode == 0, result.stderr
            assert pgserver.CLERK_PASSWORD not in result.stdout + result.stderr
            shown = (
                f"{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}" if args[0] == "copy" else f"127.0.0.1-{pg_server.port}-{name}"
            )  # the backups folder named after the server
            assert shown in result.stdout
    finally:
        databases.drop(server)
