"""Settings → Database: this computer's file, or an office server (SPEC §9, issue 15 item 2).

The officer types the server's address (host, port, database, user) and the password; "Test
connection" answers in one line (connection.server_error's sentence, or what it found there);
"Use this database" keeps the address in the settings file and the password in the operating
system's keyring (connection.store_password), never in the settings file, then asks the window to
open on it. The connection test runs on a pool thread: an unreachable server takes seconds to say
so, and the window must not freeze meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...core.connection import DEFAULT_PORT, display_target, is_server_url, server_address, server_url, store_password
from ...core.errors import HPTrackerError
from ..dialogs.base import ERROR_STYLE
from ..retranslate import Texts, is_language_change


class DatabaseFileDialog:
    """Choosing a database file; tests replace ``choose`` so no dialog waits for a click."""

    @classmethod
    def choose(cls, parent: QWidget, start: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DatabaseSettings", "Database file"),
            start,
            QCoreApplication.translate("DatabaseSettings", "hptracker databases (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return path or None


class DatabaseSettings(QGroupBox):
    """Which database the window uses; ``chosen`` carries the new target (a path or a URL)."""

    chosen = Signal(str)

    def __init__(self, settings, current_target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseSettings")
        self.settings = settings
        self.current_target = current_target
        self._task = None
        self._tested_url = ""  # the server the test under way connects to
        self.texts = Texts()
        keep = self.texts.keep
        keep(lambda: self.setTitle(self.tr("Database")))
        form = QFormLayout(self)

        self.in_use = QLabel(self)
        self.in_use.setObjectName("databaseInUse")
        self.in_use.setTextFormat(Qt.TextFormat.PlainText)
        self.in_use.setWordWrap(True)
        in_use_label = QLabel(self)
        keep(lambda: in_use_label.setText(self.tr("In use:")))
        form.addRow(in_use_label, self.in_use)

        self.file_choice = QRadioButton(self)
        self.file_choice.setObjectName("databaseFileChoice")
        keep(lambda: self.file_choice.setText(self.tr("This com&puter's file")))
        self.server_choice = QRadioButton(self)
        self.server_choice.setObjectName("databaseServerChoice")
        keep(lambda: self.server_choice.setText(self.tr("An office server (PostgreS&QL)")))
        choices = QButtonGroup(self)
        choices.addButton(self.file_choice)
        choices.addButton(self.server_choice)

        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("databaseFileEdit")
        keep(lambda: self.file_edit.setAccessibleName(self.tr("Database file")))
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("databaseBrowseButton")
        keep(lambda: self.browse_button.setText(self.tr("Browse…")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(self.file_choice, file_row)

        form.addRow(self.server_choice)
        self.host_edit = self._edit("serverHostEdit", lambda: self.tr("Server"), lambda: self.tr("e.g. db.heza.local"))
        self.port_edit = QSpinBox(self)
        self.port_edit.setObjectName("serverPortEdit")
        keep(lambda: self.port_edit.setAccessibleName(self.tr("Port")))
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(DEFAULT_PORT)
        self.database_edit = self._edit("serverDatabaseEdit", lambda: self.tr("Database name"), lambda: "hptracker")
        self.user_edit = self._edit("serverUserEdit", lambda: self.tr("User name"), lambda: self.tr("your role on the server"))
        self.password_edit = self._edit(
            "serverPasswordEdit", lambda: self.tr("Password"), lambda: self.tr("kept in the system keyring, never in the settings file")
        )
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # Two fields to a row: the page must fit a laptop's screen beside the units list.
        address = QHBoxLayout()
        address.addWidget(self.host_edit, 3)
        port_label = QLabel(self)
        keep(lambda: port_label.setText(self.tr("Port:")))
        address.addWidget(port_label)
        address.addWidget(self.port_edit)
        form.addRow(self._label(lambda: self.tr("&Server:"), self.host_edit), address)
        names = QHBoxLayout()
        names.addWidget(self.database_edit, 1)
        names.addWidget(self._label(lambda: self.tr("&User name:"), self.user_edit))
        names.addWidget(self.user_edit, 1)
        form.addRow(self._label(lambda: self.tr("&Database name:"), self.database_edit), names)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("testConnectionButton")
        keep(lambda: self.test_button.setText(self.tr("&Test connection")))
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("useDatabaseButton")
        keep(lambda: self.use_button.setText(self.tr("Use this database")))
        secret = QHBoxLayout()
        secret.addWidget(self.password_edit, 1)
        secret.addWidget(self.test_button)
        secret.addWidget(self.use_button)
        form.addRow(self._label(lambda: self.tr("Pass&word:"), self.password_edit), secret)
        self.message = QLabel(self)
        self.message.setObjectName("databaseMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form.addRow("", self.message)

        self.file_choice.toggled.connect(self._enable)
        self.browse_button.clicked.connect(self.browse)
        self.test_button.clicked.connect(self.test_connection)
        self.use_button.clicked.connect(self.use)
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_language_change(event) and hasattr(self, "texts"):
            self.texts.again()
        super().changeEvent(event)

    def _label(self, text: Callable[[], str], buddy: QWidget) -> QLabel:
        """A label whose accelerator focuses ``buddy`` (a row that holds a layout names none)."""
        label = QLabel(self)
        self.texts.keep(lambda: label.setText(text()))
        label.setBuddy(buddy)
        return label

    def _edit(self, name: str, accessible: Callable[[], str], placeholder: Callable[[], str]) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        self.texts.keep(lambda: (edit.setAccessibleName(accessible()), edit.setPlaceholderText(placeholder())))
        return edit

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the database chosen in Settings, or else the one the window uses now."""
        target = self.settings.database() or self.current_target
        self.in_use.setText(display_target(self.current_target))
        if is_server_url(target):
            address = server_address(target)
            self.host_edit.setText(address.host)
            self.port_edit.setValue(address.port)
            self.database_edit.setText(address.database)
            self.user_edit.setText(address.user)
            self.server_choice.setChecked(True)
        else:
            self.file_edit.setText(target)
            self.file_choice.setChecked(True)
        self._enable()

    def _enable(self, *_args) -> None:
        server = self.server_choice.isChecked()
        for widget in (self.host_edit, self.port_edit, self.database_edit, self.user_edit, self.password_edit, self.test_button):
            widget.setEnabled(server and self._task is None)
        for widget in (self.file_edit, self.browse_button):
            widget.setEnabled(not server)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(" ".join(text.split()))

    # -- choosing ------------------------------------------------------------------------------------

    def browse(self) -> None:
        path = DatabaseFileDialog.choose(self, self.file_edit.text())
        if path:
            self.file_edit.setText(path)

    def target(self) -> str | None:
        """The database the fields describe, or None after saying what is missing."""
        if self.file_choice.isChecked():
            path = self.file_edit.text().strip()
            if not path:
                self._say(self.tr("Choose the database file."), error=True)
                return None
            return path
        missing = [
            label
            for edit, label in (
                (self.host_edit, self.tr("the server")),
                (self.database_edit, self.tr("the database name")),
                (self.user_edit, self.tr("the user name")),
            )
            if not edit.text().strip()
        ]
        if missing:
            self._say(self.tr("Fill in {fields}.").format(fields=", ".join(missing)), error=True)
            return None
        return server_url(
            self.host_edit.text().strip(), self.port_edit.value(), self.database_edit.text().strip(), self.user_edit.text().strip()
        )

    def test_connection(self):
        """Connect once, in the background; the answer is one line under the buttons."""
        url = self.target()
        if url is None or not is_server_url(url):
            return None
        from ...core.server_probe import probe_server
        from ..tasks import runner

        password = self.password_edit.text() or None
        self._say(self.tr("Connecting to {target}…").format(target=display_target(url)))
        self._task = runner().run(lambda _progress: probe_server(url, password), name="test connection")
        self._enable()
        self._tested_url = url
        # Bound methods, dropped if the page goes first (the window left for another database).
        self._task.succeeded.connect(self._tested)
        self._task.failed.connect(self._test_failed)
        self._task.finished.connect(self._test_done)
        return self._task

    def _tested(self, probe) -> None:
        from ...core.db import head_revision

        where = display_target(self._tested_url)
        if probe.revision is None:
            text = self.tr(
                "Connected to {target} (PostgreSQL {version}). The database is empty: hptracker creates its "
                "tables when the window first opens on it."
            )
        elif not probe.known:
            text = self.tr(
                "Connected to {target} (PostgreSQL {version}), but its records were written by a newer version "
                "of hptracker: update this program first."
            )
        elif probe.revision != head_revision():
            text = self.tr(
                "Connected to {target} (PostgreSQL {version}); its records are upgraded, after a backup, when the window opens on it."
            )
        else:
            text = self.tr("Connected to {target} (PostgreSQL {version}); hptracker's records are there.")
        self._say(text.format(target=where, version=probe.version), error=not probe.known)

    def _test_failed(self, error) -> None:
        self._say(getattr(error, "message", None) or str(error), error=True)

    def _test_done(self) -> None:
        self._task = None
        self._enable()

    def use(self) -> bool:
        """Keep the choice (the password in the keyring), then ask the window to open on it."""
        target = self.target()
        if target is None:
            return False
        password = self.password_edit.text()
        if is_server_url(target) and password:
            try:
                store_password(target, password)
            except HPTrackerError as exc:
                self._say(exc.message, error=True)
                return False
        self.password_edit.clear()
        self.settings.set_database(target)
        self._say(self.tr("hptracker will use {target}.").format(target=display_target(target)))
        self.chosen.emit(target)
        return True
