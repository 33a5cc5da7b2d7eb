"""Settings → Database (issue 15 item 2): the window is pointed at an office server or a file; "Test
connection" answers in one line; the password goes to the system keyring and never into the
settings file; the window reopens on the chosen database."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import keyring
import pgserver
import pytest
import shiboken6
from conftest import open_window, send_text
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from hptracker.cli import database_target
from hptracker.settings import Settings
from hptracker.ui.dialogs.base import plain_message_box
from hptracker.ui.main_window import SETTINGS, MainWindow
from hptracker.ui.tasks import runner
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
    window = open_window(qtbot, demo_db_path, closed_by_qtbot=False)  # deleted as it is left
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
        qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # deleted, not only closed
        assert new.tracker.db.path is None
        assert f"{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}" in new.windowTitle()
        assert memory_keyring.entries == {("hptracker", f"{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}"): pgserver.CLERK_PASSWORD}
        saved = _isolated_settings.read_text(encoding="utf-8")
        assert pgserver.CLERK_PASSWORD not in saved
        assert not shiboken6.isValid(page)  # the password typed went with the window left
        assert new.settings_view.database.password_edit.text() == ""
        target = Settings().database()
        assert target == f"postgresql://{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}"
        assert database_target(None) == target  # the command line follows Settings too
    finally:
        for each in [*opened, window]:
            if shiboken6.isValid(each):
                each.close()
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


def test_the_window_left_for_another_database_is_deleted(qtbot, demo_db_path, tmp_path, monkeypatch):
    """Each switch left the closed window alive, its tables' cells and all (some 27 MB with 3,000
    follow-ups scrolled): the officer's memory grew with every database opened from Settings."""
    other = tmp_path / "khác.db"
    other.write_bytes(demo_db_path.read_bytes())
    monkeypatch.setattr("hptracker.ui.dialogs.base.ConfirmDialog.ask", classmethod(lambda cls, parent, text: True))
    window = open_window(qtbot, demo_db_path, closed_by_qtbot=False)
    left = window.followups.model
    new = window.switch_database(str(other))
    assert new is not None and new.isVisible() and new.tracker.db.path == other
    try:
        qtbot.waitUntil(lambda: not shiboken6.isValid(window) and not shiboken6.isValid(left), timeout=5000)
        again = new.switch_database(str(demo_db_path))  # and from the new one, back again
        assert again is not None and again.tracker.db.path == demo_db_path
        qtbot.waitUntil(lambda: not shiboken6.isValid(new), timeout=5000)
        again.close()
    finally:
        for each in (new, window):
            if shiboken6.isValid(each):
                each.close()


def test_a_connection_test_that_ends_after_the_window_was_left_is_dropped(qtbot, demo_db_path, tmp_path, monkeypatch):
    """The page's "Test connection" may still be on its way when the officer opens another
    database: its answer comes to a page that is gone, and nothing fails."""
    other = tmp_path / "khác.db"
    other.write_bytes(demo_db_path.read_bytes())
    release, asked = threading.Event(), threading.Event()

    def slow_probe(url, password):
        asked.set()
        assert release.wait(20)
        return SimpleNamespace(revision=None, known=True, version="16.4")

    monkeypatch.setattr("hptracker.core.server_probe.probe_server", slow_probe)
    monkeypatch.setattr("hptracker.ui.dialogs.base.ConfirmDialog.ask", classmethod(lambda cls, parent, text: True))
    window = open_window(qtbot, demo_db_path, closed_by_qtbot=False)
    new = None
    try:
        window.show_page(SETTINGS)
        page = window.settings_view.database
        page.server_choice.setChecked(True)
        page.host_edit.setText("127.0.0.1")
        page.database_edit.setText("hptracker")
        page.user_edit.setText("hoa")
        task = page.test_connection()
        assert task is not None and asked.wait(20)
        new = window.switch_database(str(other))
        assert new is not None
        qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=5000)
        release.set()
        qtbot.waitUntil(lambda: task not in runner().active(), timeout=10000)  # its answer came, to no page
        qtbot.wait(50)
        assert new.settings_view.database.message.text() == ""
    finally:
        release.set()
        for each in (new, window):
            if each is not None and shiboken6.isValid(each):
                each.close()


def test_a_message_for_a_window_already_left_stands_on_its_own(qtbot, demo_db_path):
    """Work the window started may end after the officer opened another database: what it has to
    say still shows, without its window."""
    window = open_window(qtbot, demo_db_path, closed_by_qtbot=False)
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    box = plain_message_box(QMessageBox.Icon.Information, window, "hptracker", "Đã sao lưu.")
    qtbot.addWidget(box)
    assert box.parent() is None and box.text() == "Đã sao lưu."


def test_a_form_kept_open_keeps_the_window_on_its_database(qtbot, demo_db_path, tmp_path, monkeypatch, discard_question):
    """Opening another database closes this window, and its forms first: an officer who keeps a
    form with changes (Cancel) stays in this window with the form as typed, and no second window
    opens on the other database; the next start opens it, as the status bar says. Before, the new
    window opened first and the old one stayed beside it, two windows on two databases."""
    from test_typing_lands import open_form

    other = tmp_path / "khác.db"
    other.write_bytes(demo_db_path.read_bytes())
    monkeypatch.setattr("hptracker.ui.dialogs.base.ConfirmDialog.ask", classmethod(lambda cls, parent, text: True))
    window = open_window(qtbot, demo_db_path)
    form = open_form(qtbot, window, "followup")
    send_text(form.title_edit, "Mời đoàn doanh nghiệp")
    discard_question.answers = [QMessageBox.StandardButton.Cancel]
    before = set(QApplication.topLevelWidgets())

    new = window.switch_database(str(other))
    opened = [w for w in set(QApplication.topLevelWidgets()) - before if isinstance(w, MainWindow)]
    try:
        assert new is None and opened == []
        assert discard_question.asked == ["New follow-up"]
        assert form.isVisible() and form.title_edit.text() == "Mời đoàn doanh nghiệp"
        assert window.isVisible() and window.tracker.db.path == demo_db_path
        assert "khác.db" in window.statusBar().currentMessage()
    finally:
        discard_question.answers = [QMessageBox.StandardButton.Discard]
        form.close()
        for each in opened:
            each.close()
