"""A throwaway PostgreSQL server for one test session, from Debian's ``postgresql`` package.

Started once per ``pytest`` run, on first need, by whichever process needs it first (with
``-n auto`` every xdist worker asks; a file lock lets one start it and the others use it), in a
temporary folder: a unix socket there and a free port on 127.0.0.1, ``fsync=off``. The process
that runs the session (the xdist controller) stops it at the end (see conftest.py).

initdb refuses to run as root, so as root the server runs as the ``postgres`` system user that the
Debian package creates. Databases get the ICU Vietnamese collation as their default, as a server
set up for a Vietnamese office might have: hptracker must sort as SQLite does all the same.

When the server cannot be had (no binaries, no ``postgres`` user, initdb failing) the reason is
recorded once, and every PostgreSQL test is skipped with it (``pytest -ra`` prints it), or fails
when ``HPTRACKER_TEST_PG=require`` (``make test`` sets that where it could install the package).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "hptest"
# A role that logs in over TCP with a password (scram-sha-256), for the password tests.
CLERK = "hpt_clerk"
CLERK_PASSWORD = "Mk-Hp-7f3a-Zq9"
# A role that logs in over the socket and is granted only SELECT where a test says so (read-only window).
READER = "hpt_reader"
MINIMUM_VERSION = 15
DIR_VARIABLE = "HPTRACKER_TEST_PG_DIR"
MODE_VARIABLE = "HPTRACKER_TEST_PG"  # "require": fail instead of skipping; "off": skip


class Unavailable(Exception):
    """No PostgreSQL server for this session; the message says why."""


@dataclass(frozen=True)
class Server:
    socket_dir: str
    port: int
    data_dir: str
    bindir: str
    run_as: str | None

    def url(
        self, database: str, *, user: str = SUPERUSER, password: str | None = None, tcp: bool = False, options: str | None = None
    ) -> str:
        """A SQLAlchemy URL; over the unix socket (trusted) unless ``tcp`` (password checked)."""
        auth = quote(user, safe="") + (":" + quote(password, safe="") if password is not None else "")
        query = [] if tcp else [f"host={quote(self.socket_dir, safe='')}"]
        if options:
            query.append("options=" + quote(options, safe=""))
        host = f"127.0.0.1:{self.port}" if tcp else ""
        url = f"postgresql+psycopg://{auth}@{host}/{database}"
        if not tcp:
            query.append(f"port={self.port}")
        return url + ("?" + "&".join(query) if query else "")

    def connect(self, database: str = "postgres", autocommit: bool = True):
        import psycopg

        return psycopg.connect(host=self.socket_dir, port=self.port, user=SUPERUSER, dbname=database, autocommit=autocommit)


def find_bindir() -> tuple[Path | None, str]:
    """The folder of initdb, pg_ctl and postgres of version 15 or newer, or None and why not."""
    candidates: list[Path] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(Path(os.environ["PG_BINDIR"]))
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True
    )
    pg_config = shutil.which("pg_config")
    if pg_config:
        with suppress(OSError, subprocess.CalledProcessError):
            candidates.append(Path(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True).stdout.strip()))
    older = ""
    for bindir in candidates:
        if not all((bindir / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            continue
        version = subprocess.run([str(bindir / "postgres"), "--version"], capture_output=True, text=True).stdout
        match = re.search(r"(\d+)(?:\.\d+)?", version)
        if match and int(match.group(1)) >= MINIMUM_VERSION:
            return bindir, ""
        older = f" (found only {version.strip()} in {bindir})"
    return None, (
        "no PostgreSQL 15+ server binaries (initdb, pg_ctl, postgres) found"
        + older
        + "; install Debian's postgresql package (make test does it when run as root)"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run(server_user: str | None, args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    prefix = ["runuser", "-u", server_user, "--"] if server_user else []
    return subprocess.run(prefix + args, capture_output=True, text=True, timeout=120, **kwargs)


def _start(root: Path) -> Server:
    if os.name != "posix":
        raise Unavailable("the throwaway PostgreSQL server runs on POSIX systems only")
    bindir, why = find_bindir()
    if bindir is None:
        raise Unavailable(why)
    run_as = None
    home = root / "server"
    data = home / "data"
    sockets = home / "sock"
    sockets.mkdir(parents=True)
    if os.geteuid() == 0:
        import pwd

        try:
            entry = pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable(
                "running as root, and there is no 'postgres' system user to run the server "
                "as (initdb refuses root); install Debian's postgresql package"
            ) from None
        if not shutil.which("runuser"):
            raise Unavailable("running as root without runuser to start the server as 'postgres'")
        run_as = "postgres"
        os.chmod(root, 0o755)
        for folder in (home, sockets):
            os.chown(folder, entry.pw_uid, entry.pw_gid)
    done = _run(
        run_as,
        [
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-N",
        ],
    )
    if done.returncode != 0:
        raise Unavailable(f"initdb failed: {(done.stderr or done.stdout).strip()[-500:]}")
    last_error = ""
    for _attempt in range(3):  # a free port may be taken between the look and the start
        port = _free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sockets} "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300 "
            "-c shared_buffers=64MB"
        )
        done = _run(run_as, [str(bindir / "pg_ctl"), "-D", str(data), "-w", "-t", "60", "-l", str(home / "log"), "-o", options, "start"])
        if done.returncode == 0:
            server = Server(str(sockets), port, str(data), str(bindir), run_as)
            with server.connect() as conn:
                conn.execute(f"CREATE ROLE {CLERK} LOGIN PASSWORD '{CLERK_PASSWORD}'")
                conn.execute(f"CREATE ROLE {READER} LOGIN")
            return server
        log = (home / "log").read_text(errors="replace") if (home / "log").exists() else ""
        last_error = (done.stderr + log).strip()[-500:]
    raise Unavailable(f"the PostgreSQL server did not start: {last_error}")


@contextmanager
def _locked(root: Path):
    import fcntl

    with open(root / "lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def shared_server(root: Path) -> Server:
    """The session's server, started by the first caller of any process; raises Unavailable."""
    if os.environ.get(MODE_VARIABLE) == "off":
        raise Unavailable(f"{MODE_VARIABLE}=off")
    if os.name != "posix":
        raise Unavailable("the throwaway PostgreSQL server runs on POSIX systems only")
    info, failed = root / "server.json", root / "unavailable.txt"
    with _locked(root):
        if info.exists():
            return Server(**json.loads(info.read_text()))
        if failed.exists():
            raise Unavailable(failed.read_text())
        try:
            server = _start(root)
        except Unavailable as exc:
            failed.write_text(str(exc))
            raise
        except Exception as exc:  # an unforeseen failure is a reason too, never a hang or a silent pass
            failed.write_text(f"starting PostgreSQL failed: {exc!r}")
            raise Unavailable(failed.read_text()) from exc
        info.write_text(json.dumps(server.__dict__))
        return server


def stop(root: Path) -> None:
    """Stop the session's server if it was started, and remove its folder."""
    info = root / "server.json"
    if info.exists():
        server = Server(**json.loads(info.read_text()))
        _run(server.run_as, [str(Path(server.bindir) / "pg_ctl"), "-D", server.data_dir, "-m", "immediate", "-w", "stop"])
    shutil.rmtree(root, ignore_errors=True)
