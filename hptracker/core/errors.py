"""Errors the officer can cause or meet, kept apart from bugs (qutebrowser's KnownError idea).

Every error here carries a message meant for the officer, already translated through
:mod:`hptracker.core.i18n`, and never a traceback. Anything else that escapes is a bug.
"""

from __future__ import annotations


class HPTrackerError(Exception):
    """Base of every error the user is shown as one plain sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(HPTrackerError):
    """Invalid input; nothing was written. ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(HPTrackerError):
    """A record asked for by ID or name does not exist (or is ambiguous)."""


class StoreError(HPTrackerError):
    """The database cannot be opened or used: unreadable, newer schema, locked, disk full."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of hptracker."""


class DatabaseDamagedError(StoreError):
    """The file is not a usable SQLite database; it has been left untouched."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseLockedError(StoreError):
    """Another hptracker already writes to this database."""


class ServerProblem(StoreError):
    """A database server cannot be reached or used: the message names the server and the database.

    ``kind`` says which problem it is ("unreachable", "password", "no_password", "no_database",
    "refused", "rights", "busy", "version", "keyring", "other"), so that a caller can offer the
    right remedy (Settings asks for the password again on "password").
    """

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


class ConflictError(HPTrackerError):
    """A change made from an older version of a record that someone has changed since; nothing was
    written. The message names who changed it and when; ``changes`` lists those changes (oldest
    first, each a :class:`hptracker.core.rows.RecordChange`) and ``current_version`` is the
    version to build on when the officer chooses to apply their own changes on top.
    """

    def __init__(
        self,
        message: str,
        *,
        entity: str,
        record_id: int,
        expected_version: int | None,
        current_version: int,
        changes: tuple = (),
        deleted: bool = False,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.record_id = record_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.changes = changes
        self.deleted = deleted


class ReadOnlyError(StoreError):
    """The database may only be read here (a PostgreSQL role without write rights, a SQLite file
    or folder that cannot be written): nothing was written."""
