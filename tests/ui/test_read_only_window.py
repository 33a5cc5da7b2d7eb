"""Rights (issue 15 item 7) in the window: a role that may only read gets a read-only window.

A banner says why; every action that writes is disabled whatever is selected; a record opens in
a form that only shows it; the progress box is off; searching, filtering and exporting work. A
SQLite database the officer cannot write (a read-only folder) gets the same window, checked in an
unprivileged process (root writes anywhere).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pgserver
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit

FOLLOWUPS = 1


@pytest.fixture
def reader_window(make_window, databases, pg_server):
    target = databases.new("postgresql", "demo")
    window = make_window(databases.read_only_url(target), officer="Trưởng phòng")
    yield window
    window.close()
    databases.drop(target)


def test_a_read_only_role_gets_a_read_only_window(qtbot, reader_window):
    window = reader_window
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert f"The role {pgserver.READER} cannot write" in banner.text()
    writing = (
        "actionNewFollowUp",
        "actionLogMeeting",
        "actionNewPartner",
        "actionNewAgreement",
        "actionRecordProgress",
        "actionDelete",
        "actionRestore",
        "actionImport",
        "actionRestoreBackup",
        "actionUndo",
    )
    window.show_page(FOLLOWUPS)
    window.followups.table.selectRow(0)  # a selection enables Delete on a writable database
    for name in writing:
        assert not window.findChild(QAction, name).isEnabled(), name
    assert window.action_edit.isEnabled() and window.action_export.isEnabled()
    # Reading works: search as you type.
    window.followups.search_edit.setText("đường bay")
    qtbot.waitUntil(lambda: window.followups.model.rowCount() == 1)
    # No progress box.
    window.followups.table.selectRow(0)
    detail = window.followups.detail
    assert detail.followup_id is not None
    assert not detail.note_edit.isEnabled() and not detail.record_button.isEnabled()
    # A record opens in a form that only shows it.
    followup_id = detail.followup_id
    form = window.edit_followup(followup_id)
    qtbot.waitExposed(form)
    assert not form.save_button.isVisible()
    note = form.findChild(QLabel, "readOnlyNote")
    assert note is not None and pgserver.READER in note.text()
    assert form.title_edit.isReadOnly() and not form.priority_combo.isEnabled()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S: nothing
    assert form.isVisible() and form.save() is False
    form.close()


def test_a_read_only_role_on_the_partner_form_cannot_touch_contacts(qtbot, reader_window):
    window = reader_window
    partner = window.tracker.list_partners()[0]
    form = window.edit_partner(partner.id)
    qtbot.waitExposed(form)
    if form.contacts_table.rowCount():
        form.contacts_table.selectRow(0)
    for button in (form.add_contact_button, form.edit_contact_button, form.remove_contact_button):
        assert not button.isEnabled()
    assert all(edit.isReadOnly() for edit in form.content.findChildren(QLineEdit))
    form.close()


WINDOW_SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QLabel
    from hptracker.app import create_window
    window = create_window(sys.argv[1], officer="Nguyễn Thị Hoa", lang="en")
    window.show()
    banner = window.findChild(QLabel, "readOnlyBanner")
    window.show_page(1)
    window.followups.table.selectRow(0)
    print(json.dumps({
        "banner": banner.text() if banner is not None and banner.isVisible() else None,
        "new": window.action_new_followup.isEnabled(),
        "delete": window.action_delete.isEnabled(),
        "edit": window.action_edit.isEnabled(),
        "rows": window.followups.model.rowCount(),
    }))
    window.close()
""")


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_a_database_in_a_read_only_folder_gets_a_read_only_window(tmp_path, demo_db_path):
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: a read-only folder cannot be made here")
    data = tmp_path / "shared"
    data.mkdir()
    db = data / "hptracker.db"
    shutil.copy2(demo_db_path, db)
    original = db.read_bytes()
    data.chmod(0o555)
    command = [sys.executable, "-c", WINDOW_SCRIPT, str(db)]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HPTRACKER_SETTINGS": str(tmp_path / "settings.ini")}
    try:
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120, env=env)
    finally:
        data.chmod(0o755)
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["banner"] and "cannot be written here" in state["banner"]
    assert (state["new"], state["delete"], state["edit"]) == (False, False, True)
    assert state["rows"] == 9
    assert db.read_bytes() == original
    assert sorted(p.name for p in data.iterdir()) == ["hptracker.db"]
