"""The command line on a server database, run in this process (tests/inprocess.py): one-line
connection problems in the officer's language, and a password that is never printed (issue 15
item 2)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pgserver
from inprocess import Result, run_cli

EXE = str(Path(sys.executable).parent / "hptracker")


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return run_cli(*args, env=env, drop=("HPTRACKER_DB",))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_server_down_is_one_line_in_vietnamese(pg_server):
    url = f"postgresql://{pgserver.CLERK}@127.0.0.1:{_free_port()}/hptracker"
    out = run("--lang", "vi", "--db", url, "list", "partners")
    assert out.returncode == 1 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr
    assert lines[0].startswith("hptracker: Không kết nối được máy chủ cơ sở dữ liệu 127.0.0.1")
    assert "hptracker" in lines[0].removeprefix("hptracker:")


def test_a_password_in_the_url_is_warned_about_once_and_never_printed(pg_server, databases):
    blank = databases.new("postgresql", "blank", owner=pgserver.CLERK)
    name = databases.database_name(blank)
    url = pg_server.url(name, user=pgserver.CLERK, password=pgserver.CLERK_PASSWORD, tcp=True)
    try:
        out = run("--lang", "en", "--db", url, "demo")
        assert out.returncode == 0, out.stderr
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and "keyring" in lines[0] and "warning" in lines[0]
        bad = run("--db", url.replace(f"/{name}", "/hpt_no_such_database"), "list", "partners")
        assert bad.returncode == 1 and "hpt_no_such_database" in bad.stderr.splitlines()[-1]
        for result in (out, bad):
            assert pgserver.CLERK_PASSWORD not in result.stdout + result.stderr
    finally:
        databases.drop(blank)


def test_help_never_shows_the_password():
    url = "postgresql://clerk:S3cret-Pw@db.heza.local/hptracker"
    for args in (["--help"], ["demo", "--help"], ["--db", url, "--help"], ["--db", url, "list", "--help"]):
        out = run(*args, env={"HPTRACKER_DB": url})
        assert out.returncode == 0, out.stderr
        assert "S3cret-Pw" not in out.stdout + out.stderr
