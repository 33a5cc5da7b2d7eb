"""Telling every open window that the data changed (SPEC §9, issue 15 item 5).

Several workstations share one PostgreSQL database; a window shows what it read, so a change saved
elsewhere must reach it without the officer asking. PostgreSQL's ``LISTEN``/``NOTIFY`` carries it:

* **Sending.** Every write transaction of hptracker's sessions sends one ``NOTIFY`` on the channel
  :data:`CHANNEL`, issued inside the transaction just before it commits (:func:`install`). The
  server delivers a notification only when, and only if, its transaction commits: a listener never
  hears of a change that was rolled back, and never before the change is visible to it. The payload
  is small (PostgreSQL's limit is 8000 bytes): the sending process's :data:`ORIGIN` and up to
  :data:`MAX_ITEMS` ``table:id:op`` items, or ``*`` (anything may have changed).
* **Listening.** :class:`Listener` holds a connection of its own (never one of the pool, which the
  use cases borrow and return), runs ``LISTEN`` on it in a thread, and hands each notification to a
  callback on that thread; the window turns it into a Qt signal for the GUI thread (ui/live.py).
  A connection that drops is opened again, with growing pauses; the first notification after it is
  ``*``, since changes made meanwhile were not heard.

SQLite needs none of this: one process writes to a file (lock.py), so a window learns of every
change it did not make itself only from F5.
"""

from __future__ import annotations

import contextlib
import logging
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from . import connection as server

CHANNEL = "hptracker_changes"
EVERYTHING = "*"
MAX_ITEMS = 20
# Tables whose rows only accompany a change of another table: naming them adds nothing.
_NOT_ANNOUNCED = frozenset({"audit", "officers"})
# This process: a window ignores what it wrote itself (it has shown it already).
ORIGIN = secrets.token_hex(4)
_PENDING = "hptracker_changes"
_ITEM = re.compile(r"^[a-z_]+:(?:[0-9]+|\*):(?:insert|update|delete)$")  # the key of a session's collected changes in Session.info

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One notification: who sent it and what changed (``("*",)``: anything may have)."""

    origin: str
    items: tuple[str, ...]

    @property
    def everything(self) -> bool:
        return EVERYTHING in self.items


def encode(items: list[str] | tuple[str, ...], origin: str = ORIGIN) -> str:
    unique = list(dict.fromkeys(items))
    if not unique or EVERYTHING in unique or len(unique) > MAX_ITEMS:
        return f"{origin} {EVERYTHING}"
    return f"{origin} {','.join(unique)}"


def decode(payload: str) -> Change:
    """A payload from :func:`encode`; anything else (another program's) means "anything"."""
    origin, _space, rest = payload.partition(" ")
    items = tuple(item for item in rest.split(",") if item)
    if not items or not all(item == EVERYTHING or _ITEM.match(item) for item in items):
        items = (EVERYTHING,)
    return Change(origin, items)


# -- sending ---------------------------------------------------------------------------------------


def install(sessions: sessionmaker[Session], engine: Engine) -> None:
    """Make every committed write of ``sessions`` announce itself (PostgreSQL; nothing on SQLite)."""
    if engine.dialect.name != "postgresql":
        return
    event.listen(sessions, "after_flush", _collect_flush)
    event.listen(sessions, "do_orm_execute", _collect_statement)
    event.listen(sessions, "before_commit", _announce)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)


def _pending(session: Session) -> list[str]:
    return session.info.setdefault(_PENDING, [])


def _collect_flush(session: Session, _context) -> None:
    pending = _pending(session)
    for objects, op in ((session.new, "insert"), (session.dirty, "update"), (session.deleted, "delete")):
        for obj in objects:
            table = getattr(obj, "__tablename__", None)
            if table and table not in _NOT_ANNOUNCED:
                pending.append(f"{table}:{getattr(obj, 'id', None) or EVERYTHING}:{op}")


def _collect_statement(state: ORMExecuteState) -> None:
    """INSERT/UPDATE/DELETE statements run through the session (bulk writes, upserts)."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(getattr(state.statement, "table", None), "name", None)
    if table in _NOT_ANNOUNCED:
        return
    op = "insert" if state.is_insert else "update" if state.is_update else "delete"
    _pending(state.session).append(f"{table or EVERYTHING}:{EVERYTHING}:{op}")


def _announce(session: Session) -> None:
    session.flush()  # what is still pending is part of this transaction's change too
    pending = session.info.get(_PENDING)
    if pending:
        notify(session, pending)


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)


def notify(bind: Session | Connection, items: list[str] | tuple[str, ...]) -> None:
    """Send one notification in the current transaction of ``bind`` (a Session or a Connection);
    it is delivered when that transaction commits."""
    bind.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": encode(items)})


# -- listening -------------------------------------------------------------------------------------


def listens(url: str) -> bool:
    """Whether a database at ``url`` announces its changes (a PostgreSQL server)."""
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except Exception:  # an unreadable URL is refused elsewhere, with a message
        return False


class Listener:
    """``LISTEN`` on a connection of its own, in a daemon thread; ``on_change`` is called on that thread.

    Notifications sent by this process (its :data:`ORIGIN`) are not passed on unless
    ``ignore_origin`` is None. :meth:`stop` returns within about ``poll`` seconds.
    """

    def __init__(
        self,
        url: str,
        on_change: Callable[[Change], None],
        *,
        ignore_origin: str | None = ORIGIN,
        poll: float = 0.5,
        first_retry: float = 0.5,
        longest_retry: float = 10.0,
    ) -> None:
        self.url = url
        self.on_change = on_change
        self.ignore_origin = ignore_origin
        self.poll = poll
        self.first_retry = first_retry
        self.longest_retry = longest_retry
        self.listening = threading.Event()  # set while LISTEN is in force (tests wait for it)
        self.backend_pid: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Listener:
        self._thread = threading.Thread(target=self._run, name="hptracker changes", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _connect(self):
        import psycopg

        parsed = make_url(self.url)
        _args, params = parsed.get_dialect()().create_connect_args(parsed)
        params.update(server.connect_args(parsed))
        params["application_name"] = "hptracker listener"
        params.setdefault("connect_timeout", 10)
        return psycopg.connect(autocommit=True, **params)

    def _deliver(self, change: Change) -> None:
        if self.ignore_origin is not None and change.origin == self.ignore_origin:
            return
        try:
            self.on_change(change)
        except Exception:  # a receiver that went away (window closed): nothing to tell
            log.debug("change receiver failed", exc_info=True)

    def _run(self) -> None:
        delay = self.first_retry
        missed = False
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception:  # server down, password refused: keep trying, quietly
                missed = True
                self._stop.wait(delay)
                delay = min(delay * 2, self.longest_retry)
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                self.backend_pid = conn.info.backend_pid
                self.listening.set()
                delay = self.first_retry
                if missed:  # changes made while nobody listened were not heard
                    self._deliver(Change("", (EVERYTHING,)))
                    missed = False
                while not self._stop.is_set():
                    for notification in conn.notifies(timeout=self.poll):
                        self._deliver(decode(notification.payload))
            except Exception:  # the connection dropped: open another
                missed = True
                log.debug("listener connection lost", exc_info=True)
                self._stop.wait(self.first_retry)
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):
                    conn.close()
