"""Settings → Database (issue 15 item 2): the window is pointed at an office server or a file; "Test
connection" answers in one line; the password goes to the system keyring and never into the
settings file; the window reopens on the chosen database."""

from __future__ import annotations

import keyring
import pgserver
import pytest
from conftest import open_window
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hptracker.cli import database_target
from hptracker.settings import Settings
from hptracker.ui.main_window import SETTINGS, MainWindow
from hptracker.ui.views.database_settings import DatabaseFileDialog


class MemoryKeyring(KeyringBackend):
    """The system keyring (Windows Credential Manager), in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))  # only the keyring knows it
    monkeypatch.delenv("PGPASSWORD", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def fill_server(page, pg_server, name: str, password: str) -> None:
    page.server_choice.setChecked(True)
    page.host_edit.setText("127.0.0.1")
    page.port_edit.setValue(pg_server.port)
    page.database_edit.setText(name)
    page.user_edit.setText(pgserver.CLERK)
    page.password_edit.setText(password)


def connection_result(qtbot, page) -> str:
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled() and not page.message.text().startswith("Connecting"), timeout=15000)
    text = page.message.text()
    assert "\n" not in text
    return text


def test_settings_points_the_window_at_an_office_server(
    qtbot, demo_db_path, pg_server, databases, memory_keyring, confirm, _isolated_settings
):
    blank = databases.new("postgresql", "blank", owner=pgserver.CLERK)
    name = databases.database_name(blank)
    window = open_window(qtbot, demo_db_path)
    opened = []
    try:
        window.show_page(SETTINGS)
        page = window.settings_view.database
        assert page.file_choice.isChecked() and page.file_edit.text() == str(demo_db_path)
        fill_server(page, pg_server, name, "Sai-mat-khau-1")
        text = connection_result(qtbot, page)
        assert text == (f"The server 127.0.0.1:{pg_server.port} did not accept the password of {pgserver.CLERK} for the database {name}.")
        assert page.message.styleSheet()  # shown as an error
        page.database_edit.setText("no_such_database")
        page.password_edit.setText(pgserver.CLERK_PASSWORD)
        assert connection_result(qtbot, page) == f"There is no database no_such_database on the server 127.0.0.1:{pg_server.port}."
        page.database_edit.setText(name)
        text = connection_result(qtbot, page)
        assert text.startswith(f"Connected to {pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name} (PostgreSQL ")
        assert "The database is empty" in text and pgserver.CLERK_PASSWORD not in text

        qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
        assert confirm and name in confirm[-1]
        qtbot.waitUntil(
            lambda: any(isinstance(w, MainWindow) and w is not window and w.isVisible() for w in QApplication.topLevelWidgets()),
            timeout=15000,
        )
        # Visible only: a closed window of an earlier test may still be alive in this process.
        opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w is not window and w.isVisible()]
        assert len(opened) == 1
        new = opened[0]
        assert not window.isVisible()
        assert new.tracker.db.path is None
        assert f"{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}" in new.windowTitle()
        assert memory_keyring.entries == {("hptracker", f"{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}"): pgserver.CLERK_PASSWORD}
        saved = _isolated_settings.read_text(encoding="utf-8")
        assert pgserver.CLERK_PASSWORD not in saved
        assert page.password_edit.text() == ""
        target = Settings().database()
        assert target == f"postgresql://{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}"
        assert database_target(None) == target  # the command line follows Settings too
    finally:
        for other in opened:
            other.close()
        window.close()
        databases.drop(blank)


def test_settings_points_the_window_at_another_file(qtbot, demo_db_path, tmp_path, monkeypatch):
    other = tmp_path / "phòng" / "hptracker.db"
    monkeypatch.setattr(DatabaseFileDialog, "choose", classmethod(lambda cls, parent, start: str(other)))
    monkeypatch.setattr("hptracker.ui.dialogs.base.ConfirmDialog.ask", classmethod(lambda cls, parent, text: False))
    window = open_window(qtbot, demo_db_path)
    try:
        window.show_page(SETTINGS)
        page = window.settings_view.database
        qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
        assert page.file_edit.text() == str(other)
        qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
        assert Settings().database() == str(other)
        assert "when it starts next" in window.statusBar().currentMessage()
        assert window.isVisible() and window.tracker.db.path == demo_db_path  # stays until the next start
        assert database_target(None) == str(other)
        assert database_target("x.db") == "x.db"  # --db still comes first
    finally:
        window.close()


def test_missing_server_fields_are_named_and_nothing_is_kept(qtbot, demo_db_path):
    window = open_window(qtbot, demo_db_path)
    try:
        window.show_page(SETTINGS)
        page = window.settings_view.database
        page.server_choice.setChecked(True)
        page.host_edit.clear()
        page.database_edit.setText("hptracker")
        page.user_edit.clear()
        assert not page.use()
        assert page.message.text() == "Fill in the server, the user name."
        assert page.test_connection() is None
        assert Settings().database() == ""
    finally:
        window.close()


def test_a_password_never_reaches_the_settings_file(_isolated_settings):
    settings = Settings()
    settings.set_database("postgresql://hoa:Bi-mat-9@db.heza.local:5432/hptracker?password=Bi-mat-9")
    assert settings.database() == "postgresql://hoa@db.heza.local:5432/hptracker"
    assert "Bi-mat-9" not in _isolated_settings.read_text(encoding="utf-8")
