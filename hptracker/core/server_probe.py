"""Settings' "Test connection": one look at a server database, changing nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, NoSuchModuleError

from . import connection as server
from . import dialects
from .db import known_revisions, make_engine, to_url


@dataclass(frozen=True)
class ServerProbe:
    """What "Test connection" found on a server database."""

    version: str  # the server's PostgreSQL version, e.g. "15.6"
    revision: str | None  # hptracker's schema there; None: no hptracker tables yet
    known: bool  # a schema this program knows (False: a newer hptracker wrote it)


def probe_server(target: str, password: str | None = None) -> ServerProbe:
    """Connect once to a server database, as Settings' "Test connection" does, and change nothing:
    the server answers, accepts the password (``password``, else the keyring's or libpq's), runs
    PostgreSQL 15 or newer; and whether hptracker's tables are there. Raises
    :class:`~hptracker.core.errors.ServerProblem`, one sentence naming the server and the database.
    """
    from sqlalchemy.pool import NullPool

    url = to_url(target)
    args = server.connect_args(url)
    if password:
        args["password"] = password
    args.setdefault("connect_timeout", 10)
    try:
        engine = create_engine(url, poolclass=NullPool, connect_args=args)
    except (NoSuchModuleError, ImportError):
        make_engine(url)  # says in one line why this URL cannot be used
        raise
    try:
        with engine.connect() as conn:
            version = engine.dialect.server_version_info or ()
            server.check_server_version(version, url)
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() if dialects.has_version_table(conn) else None
    except DBAPIError as exc:
        raise server.server_error(exc, url) from None
    finally:
        engine.dispose()
    return ServerProbe(".".join(str(part) for part in version), revision, revision is None or revision in known_revisions())
