"""The officer's preferences (QSettings): name, language, window geometry, column widths.

Outside ``ui`` because the command line reads them too (the language chosen in the window), and
the command line reaches into ``ui`` only to open the window and to print a brief (STYLE habit 16).
"""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QByteArray, QSettings

LAST_EXPORT_KEY = "export/last_date"


class Settings:
    """Thin typed wrapper over QSettings; tests point it at a temporary INI file via HPTRACKER_SETTINGS."""

    def __init__(self, path: str | None = None) -> None:
        path = path or os.environ.get("HPTRACKER_SETTINGS")
        if path:
            self._qs = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "hptracker", "hptracker")

    @property
    def qsettings(self) -> QSettings:
        return self._qs

    def officer(self) -> str:
        return str(self._qs.value("officer/name", "") or "")

    def set_officer(self, name: str) -> None:
        self._qs.setValue("officer/name", name)
        self._qs.sync()

    def language(self) -> str:
        return str(self._qs.value("ui/language", "") or "")

    def set_language(self, lang: str) -> None:
        self._qs.setValue("ui/language", lang)
        self._qs.sync()

    def database(self) -> str:
        """The database the window opens when neither --db nor $HPTRACKER_DB names one."""
        return str(self._qs.value("database/target", "") or "")

    def set_database(self, target: str) -> None:
        """A file path or a server URL; a password in the URL is never written here (it belongs in
        the system keyring, connection.store_password)."""
        if "://" in target:
            from sqlalchemy.engine import URL, make_url

            url = make_url(target)
            if url.password is not None or "password" in url.query:
                url = URL.create(
                    url.drivername,
                    username=url.username,
                    host=url.host,
                    port=url.port,
                    database=url.database,
                    query={k: v for k, v in url.query.items() if k != "password"},
                )
            target = url.render_as_string(hide_password=False)
        self._qs.setValue("database/target", target)
        self._qs.sync()

    def last_export(self, database: str) -> dt.date | None:
        """The day the status spreadsheet of this database (a key of ui.reminders.database_key)
        was last exported: the default "changes since" of the next export."""
        value = self._qs.value(f"{LAST_EXPORT_KEY}/{database}")
        try:
            return dt.date.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    def set_last_export(self, database: str, day: dt.date) -> None:
        self._qs.setValue(f"{LAST_EXPORT_KEY}/{database}", day.isoformat())
        self._qs.sync()

    def value(self, key: str, default=None):
        return self._qs.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    # -- window state: geometry, splitters, table headers ------------------------------------
    # Stored as the opaque byte arrays Qt's own saveState()/saveGeometry() produce, so column
    # widths, order and the sort indicator come back exactly as the officer left them.

    def state(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"window/{key}")
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"window/{key}", value)

    def int_value(self, key: str, default: int = 0) -> int:
        try:
            return int(self._qs.value(key, default))
        except (TypeError, ValueError):
            return default
