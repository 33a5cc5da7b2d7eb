"""Connecting to a database server: its address, its password, and what a failed connection means.

A workstation points at a server with a SQLAlchemy URL (``postgresql://clerk@db.heza.local/
hptracker``). The password is never shown and hptracker never writes it anywhere in plain text.
It comes, in this order, from:

1. the operating system's keyring (Windows Credential Manager, macOS Keychain, the Secret Service
   of a Linux desktop) through the ``keyring`` library, under the service ``hptracker`` and the
   user name ``user@host:port/database`` (:func:`keyring_user`). This is the way for Windows
   officers: the password is kept encrypted for their Windows account and Settings can store it
   (:func:`store_password`);
2. anything libpq finds itself when the URL has none: the password file (``~/.pgpass``,
   ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or ``$PGPASSFILE``) and ``$PGPASSWORD``;
3. the URL itself: accepted, so that a script can still connect, but the officer is told once
   that the password belongs in the keyring or the password file (:func:`password_warning`).

Wherever a target is shown (title bar, messages, logs) it goes through :func:`display_target`,
which has no password in it. A connection that fails becomes one sentence in the officer's
language naming the server and the database (:func:`server_error`).
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL, make_url

from .errors import ServerProblem
from .i18n import translate

KEYRING_SERVICE = "hptracker"
DEFAULT_PORT = 5432
MINIMUM_SERVER = (15,)


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` (as libpq and psql write them) use psycopg 3."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + rest
    return url


def is_server_url(target: str | os.PathLike[str]) -> bool:
    text = os.fspath(target)
    return "://" in text and not text.lower().startswith("sqlite")


@dataclass(frozen=True)
class ServerAddress:
    """Who connects where, as libpq will resolve it, without the password."""

    user: str
    host: str
    port: int
    database: str

    @property
    def server(self) -> str:
        return self.host if self.port == DEFAULT_PORT else f"{self.host}:{self.port}"

    def __str__(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def _query_value(url: URL, name: str) -> str | None:
    value = url.query.get(name)
    if isinstance(value, tuple):
        value = value[0] if value else None
    return value or None


def server_address(url: str | URL) -> ServerAddress:
    """The user, host, port and database libpq connects to, its defaults filled in."""
    parsed = make_url(url) if isinstance(url, str) else url
    user = parsed.username or _query_value(parsed, "user") or os.environ.get("PGUSER") or _login_name()
    host = parsed.host or _query_value(parsed, "host") or os.environ.get("PGHOST") or "localhost"
    port_text = parsed.port or _query_value(parsed, "port") or os.environ.get("PGPORT") or DEFAULT_PORT
    try:
        port = int(port_text)
    except ValueError:
        port = DEFAULT_PORT
    database = parsed.database or _query_value(parsed, "dbname") or os.environ.get("PGDATABASE") or user
    return ServerAddress(user=user, host=host, port=port, database=database)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "postgres"


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The address of a server database from its parts (Settings), without a password: the password
    lives in the keyring, and an address is kept in the settings file."""
    return URL.create("postgresql", username=user, host=host, port=port, database=database).render_as_string(hide_password=False)


def display_target(target: str | os.PathLike[str] | URL) -> str:
    """How a database is named to the officer: a file's path, or ``user@host:port/database``.

    Never contains a password, whatever the URL held.
    """
    if isinstance(target, URL):
        url = target
    else:
        text = os.fspath(target)
        if "://" not in text:
            return text
        try:
            url = make_url(normalise_url(text))
        except Exception:  # unreadable: show the scheme only, nothing that may hold a secret
            return text.partition("://")[0] + "://…"
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return str(server_address(url))


# -- the password ----------------------------------------------------------------------------------


def keyring_user(url: str | URL) -> str:
    """The keyring entry's user name for a server database: ``user@host:port/database``."""
    return str(server_address(url))


def _keyring():
    try:
        import keyring
    except ImportError:  # pragma: no cover - keyring is a dependency; a stripped install still runs
        return None
    return keyring


def password_from_keyring(url: str | URL) -> str | None:
    """The password stored for this server database in the system keyring, if any.

    A keyring that is missing, locked or broken is the same as no entry: libpq's own sources
    (password file, ``$PGPASSWORD``) still apply, and a refused connection says what to do.
    """
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception:  # locked, no backend, broken: the same as no entry
        return None


def store_password(url: str | URL, password: str) -> None:
    """Keep the password of a server database in the system keyring (for Settings).

    Raises :class:`ServerProblem` when no keyring can store it; the officer can then use the
    password file instead.
    """
    keyring = _keyring()
    address = server_address(make_url(url) if isinstance(url, str) else url)
    problem = ServerProblem(
        translate(
            "Connection",
            "The password for {user} on {server} could not be stored in the system keyring; "
            "use a PostgreSQL password file (pgpass) instead.",
        ).format(user=address.user, server=address.server),
        kind="keyring",
    )
    if keyring is None:
        raise problem
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(url), password)
    except Exception:  # every keyring failure is the same answer for the officer
        raise problem from None


def connect_args(url: str | URL) -> dict[str, Any]:
    """Extra connection arguments for a server URL: the keyring's password when the URL has none."""
    parsed = make_url(url) if isinstance(url, str) else url
    args: dict[str, Any] = {}
    if parsed.password is None and _query_value(parsed, "password") is None:
        password = password_from_keyring(parsed)
        if password is not None:
            args["password"] = password
    if _query_value(parsed, "application_name") is None:
        args["application_name"] = "hptracker"
    return args


def password_warning(target: str | os.PathLike[str]) -> str | None:
    """A warning for a URL that carries its password: anyone who sees the command line sees it."""
    text = os.fspath(target)
    if not is_server_url(text):
        return None
    try:
        url = make_url(normalise_url(text))
    except Exception:  # a malformed URL: the connection attempt will explain it
        return None
    if url.drivername != "postgresql+psycopg":  # any other is refused in one line: no second line
        return None
    if url.password is None and _query_value(url, "password") is None:
        return None
    return translate(
        "Connection",
        "The database address contains a password, which other programs on this "
        "computer can read; keep it in the system keyring or a PostgreSQL password "
        "file (pgpass) instead (see the README).",
    )


def hide_password(message: str, url: str | URL | None) -> str:
    """``message`` with the URL's password, if it holds one, replaced by asterisks."""
    if url is None:
        return message
    parsed = make_url(url) if isinstance(url, str) else url
    secret = parsed.password or _query_value(parsed, "password")
    return message.replace(str(secret), "***") if secret else message


# -- what a failed connection means ----------------------------------------------------------------


_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "could not translate host name",
    "timeout expired",
    "no such file or directory",
    "server closed the connection",
    "connection timed out",
    "network is unreachable",
    "no route to host",
    "name or service not known",
    "terminating connection",
    "the database system is starting up",
    "the database system is shutting down",
    "connection is lost",
    "consuming input failed",
    "connection failed",
    "the connection is closed",
)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0].strip() if text else type(error).__name__


def server_error(exc: BaseException, url: str | URL) -> ServerProblem:
    """One sentence for the officer about a server database that cannot be used.

    Reads the driver's SQLSTATE where the server sent one (a refused password, a missing
    database, missing rights) and the text of libpq's message where it did not (no server
    there). Names the server and the database, never the password. ``kind`` tells callers (the
    Settings dialog) which of these it was.
    """
    address = server_address(make_url(url) if isinstance(url, str) else url)
    original = getattr(exc, "orig", None) or exc
    sqlstate = getattr(original, "sqlstate", None) or ""
    text = str(original).lower()
    reason = hide_password(_first_line(original), url)
    values = {"server": address.server, "database": address.database, "user": address.user, "reason": reason}
    if sqlstate == "28P01" or "password authentication failed" in text:
        kind, message = (
            "password",
            translate("Connection", "The server {server} did not accept the password of {user} for the database {database}."),
        )
    elif "no password supplied" in text or "password is required" in text:
        kind, message = (
            "no_password",
            translate(
                "Connection",
                "The server {server} asks for the password of {user} for the database {database}; keep it "
                "in the system keyring or a PostgreSQL password file (pgpass), see the README.",
            ),
        )
    elif sqlstate == "3D000" or ("database" in text and "does not exist" in text):
        kind, message = "no_database", translate("Connection", "There is no database {database} on the server {server}.")
    elif sqlstate == "28000" or "no pg_hba.conf entry" in text or ("role" in text and "does not exist" in text):
        kind, message = "refused", translate("Connection", "The server {server} does not let {user} connect to the database {database}.")
    elif sqlstate == "42501" or "permission denied" in text or "must be owner" in text:
        kind, message = (
            "rights",
            translate(
                "Connection",
                "The role {user} lacks the rights hptracker needs in the database {database} on the server {server} ({reason}).",
            ),
        )
    elif sqlstate == "3F000" or "no schema has been selected" in text:
        kind, message = (
            "rights",
            translate(
                "Connection", "The database {database} on the server {server} has no schema where {user} may create hptracker's tables."
            ),
        )
    elif sqlstate == "53300" or "too many clients" in text or "remaining connection slots" in text:
        kind, message = (
            "busy",
            translate("Connection", "The server {server} has no free connection for the database {database}; try again in a moment."),
        )
    elif sqlstate.startswith("08") or sqlstate.startswith("57P") or not sqlstate and any(phrase in text for phrase in _UNREACHABLE):
        kind, message = (
            "unreachable",
            translate(
                "Connection",
                "Cannot reach the database server {server} for the database {database}: check that the "
                "server is running and that its address is right.",
            ),
        )
    else:
        kind, message = "other", translate("Connection", "The database {database} on the server {server} cannot be used: {reason}.")
    return ServerProblem(" ".join(message.format(**values).split()), kind=kind)


def read_only_message(url: str | URL) -> str:
    """Why a server database may only be read: the role lacks the rights to change it."""
    address = server_address(make_url(url) if isinstance(url, str) else url)
    return translate(
        "Connection", "The role {user} cannot write to the database {database} on the server {server}; it may only read."
    ).format(user=address.user, database=address.database, server=address.server)


def upgrade_needs_owner_message(url: str | URL) -> str:
    """A read-only role meets a schema older than this program's: only a role that may change it can upgrade."""
    address = server_address(make_url(url) if isinstance(url, str) else url)
    return translate(
        "Connection",
        "The database {database} on the server {server} must first be upgraded to this "
        "version of hptracker by a role that may change it (its owner); the role {user} "
        "may only read.",
    ).format(user=address.user, database=address.database, server=address.server)


def check_server_version(version: tuple[int | str, ...] | None, url: str | URL) -> None:
    """hptracker needs PostgreSQL 15 or newer (SPEC §9)."""
    if version is None or tuple(version[:1]) >= MINIMUM_SERVER:
        return
    address = server_address(make_url(url) if isinstance(url, str) else url)
    raise ServerProblem(
        translate("Connection", "hptracker needs PostgreSQL 15 or newer; the server {server} runs version {version}.").format(
            server=address.server, version=".".join(str(part) for part in version)
        ),
        kind="version",
    )
