"""The window on a server database (SPEC §9): it opens, and never shows the password."""

from __future__ import annotations

import pgserver
from conftest import open_window


def test_title_bar_names_the_server_but_never_the_password(qtbot, pg_server, databases):
    blank = databases.new("postgresql", "blank", owner=pgserver.CLERK)
    name = databases.database_name(blank)
    url = pg_server.url(name, user=pgserver.CLERK, password=pgserver.CLERK_PASSWORD, tcp=True)
    window = open_window(qtbot, url)
    try:
        title = window.windowTitle()
        assert pgserver.CLERK_PASSWORD not in title
        assert f"{pgserver.CLERK}@127.0.0.1:{pg_server.port}/{name}" in title
    finally:
        window.close()
        window.tracker.close()
        databases.drop(blank)


def test_starting_on_a_url_with_a_password_warns_once_without_showing_it(qtbot, pg_server, databases, monkeypatch):
    from hptracker.app import ensure_application
    from hptracker.ui import startup

    ensure_application("en")
    shown: list[str] = []
    monkeypatch.setattr(startup.StartupDialogs, "show_warning", classmethod(lambda cls, parent, text: shown.append(text)))
    blank = databases.new("postgresql", "blank", owner=pgserver.CLERK)
    url = pg_server.url(databases.database_name(blank), user=pgserver.CLERK, password=pgserver.CLERK_PASSWORD, tcp=True)
    tracker = startup.open_tracker(url, "Nguyễn Thị Hoa")
    try:
        assert tracker is not None
        assert len(shown) == 1 and "keyring" in shown[0] and pgserver.CLERK_PASSWORD not in shown[0]
    finally:
        tracker.close()
        databases.drop(blank)
