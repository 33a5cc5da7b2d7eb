"""Issue 16 item 3, "Drafts survive a crash": a form's content is kept as a draft every few seconds
(a private file per user and database, written whole), removed when the form is saved or
discarded, and offered back by the next start after a crash."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import OFFICER, send_text, wait_active
from PySide6.QtWidgets import QApplication, QMessageBox

from hptracker.core.drafts import database_key
from hptracker.core.tracker import FollowUpQuery
from hptracker.ui.dialogs.base import FormDialog
from hptracker.ui.dialogs.followup_form import FollowUpForm
from hptracker.ui.dialogs.meeting_form import MeetingFormDialog
from hptracker.ui.views.followup_detail import FollowUpDetailDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def quick_drafts(monkeypatch):
    """The draft timer every 100 ms instead of every few seconds."""
    monkeypatch.setattr(FormDialog, "DRAFT_INTERVAL_MS", 100)


def drafts_of(db_path) -> list[Path]:
    folder = Path(os.environ["XDG_DATA_HOME"]) / "hptracker" / "drafts" / database_key(str(db_path))
    return sorted(folder.rglob("*.json"))


def test_a_changed_form_is_kept_as_a_private_draft_until_it_is_saved(qtbot, demo_window, quick_drafts):
    window = demo_window
    db = window.tracker.db.path
    form = window.new_followup()
    wait_active(qtbot, form)
    qtbot.wait(300)
    assert drafts_of(db) == []  # nothing typed, nothing kept
    send_text(form.title_edit, "Đề nghị hỗ trợ xúc tiến đầu tư")
    qtbot.waitUntil(lambda: len(drafts_of(db)) == 1)
    path = drafts_of(db)[0]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kind"] == "followup" and data["content"]["values"]["title"] == "Đề nghị hỗ trợ xúc tiến đầu tư"
    form.partner_picker.set_partner(window.tracker.resolve_partner("Wolong").id)
    assert form.save()
    assert drafts_of(db) == []


def test_a_discarded_form_leaves_no_draft(qtbot, demo_window, quick_drafts, discard_question):
    window = demo_window
    db = window.tracker.db.path
    form = window.new_partner()
    wait_active(qtbot, form)
    send_text(form.name_edit, "Thành phố Ninh Ba")
    qtbot.waitUntil(lambda: len(drafts_of(db)) == 1)
    discard_question.answers = [QMessageBox.StandardButton.Discard]
    form.reject()
    assert not form.isVisible() and drafts_of(db) == []
    window.close()
    assert not any((Path(os.environ["XDG_DATA_HOME"]) / "hptracker" / "drafts").rglob("session-*"))


CRASH = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from conftest import send_text
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from hptracker.app import create_window
    from hptracker.core.tracker import FollowUpQuery
    from hptracker.ui.dialogs.base import FormDialog
    from hptracker.ui.main_window import FOLLOWUPS

    FormDialog.DRAFT_INTERVAL_MS = 100
    window = create_window({db!r}, officer="Hoa", lang="en")
    window.show()
    app = QApplication.instance()
    followup = window.tracker.query_followups(FollowUpQuery())[0].id
    window.show_page(FOLLOWUPS)
    window.followups.table.select_id(followup)
    window.followups.detail.note_edit.setText("Đã gửi công văn mời đoàn")
    window.followups.detail.write_drafts()
    meeting = window.log_meeting()
    send_text(meeting.date_edit, "08122025")
    send_text(meeting.title_edit, "Làm việc với đoàn Chiết Giang")
    partner = window.tracker.resolve_partner("Huyện Thượng Ngu")
    meeting.partners.add_partner(partner.id, partner.name)
    first = meeting.open_followup_draft()
    send_text(first.title_edit, "Mở đường bay thẳng")
    first.save()
    second = meeting.open_followup_draft()
    send_text(second.title_edit, "Chọn quận kết nghĩa")

    def crash_once_kept():
        import glob, json
        for path in glob.glob(os.path.join(os.environ["XDG_DATA_HOME"], "hptracker", "drafts", "*", "*", "meeting-*.json")):
            values = json.load(open(path, encoding="utf-8"))["content"]["values"]
            if values.get("_child", {{}}).get("values", {{}}).get("title") == "Chọn quận kết nghĩa":
                print("kept", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)  # the power goes off: nothing is closed

    timer = QTimer()
    timer.timeout.connect(crash_once_kept)
    timer.start(50)
    QTimer.singleShot(20000, app.quit)
    app.exec()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_after_a_crash_the_next_start_offers_the_forms_back_with_what_was_typed(qtbot, seeded_db, make_window, drafts_question):
    script = CRASH.format(tests=str(ROOT / "tests" / "ui"), db=str(seeded_db))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert "kept" in result.stdout, result.stderr[-2000:]
    assert result.returncode == -9  # killed, not closed
    assert len(drafts_of(seeded_db)) == 2  # the meeting (with its follow-ups) and the progress note

    drafts_question.answers = ["reopen"]
    window = make_window(seeded_db, officer=OFFICER)
    qtbot.waitUntil(lambda: drafts_question.asked != [])
    assert sorted(d.kind for d in drafts_question.asked[0]) == ["meeting", "progress"]
    meeting = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingFormDialog) and w.isVisible())
    assert meeting.title_edit.text() == "Làm việc với đoàn Chiết Giang"
    assert meeting.date_edit.text() == "08/12/2025"
    assert [name for _id, name in meeting.partners.partners()] == ["Huyện Thượng Ngu"]
    assert [v["title"] for v in meeting.draft_followups] == ["Mở đường bay thẳng"]
    assert meeting.followups_list.count() == 1
    child = meeting.child_dialog
    assert isinstance(child, FollowUpForm) and child.isVisible() and child.title_edit.text() == "Chọn quận kết nghĩa"
    progress = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FollowUpDetailDialog) and w.isVisible())
    assert progress.detail.note_edit.text() == "Đã gửi công văn mời đoàn"
    # The reopened forms keep their own drafts now; the old ones are gone from the offer.
    assert window.draft_session.left_over() == []
    # And what was restored saves as typed.
    child.save()
    assert meeting.save()
    saved = next(m for m in window.tracker.list_meetings() if m.title == "Làm việc với đoàn Chiết Giang")
    rows = window.tracker.query_followups(FollowUpQuery(meeting_id=saved.id))
    assert sorted(r.title for r in rows) == ["Chọn quận kết nghĩa", "Mở đường bay thẳng"]


CRASH_IN_PARTNER_FORM = textwrap.dedent("""
    import glob, os, signal, sys
    sys.path.insert(0, {tests!r})
    from conftest import send_text
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from hptracker.app import create_window
    from hptracker.ui.dialogs.base import FormDialog

    FormDialog.DRAFT_INTERVAL_MS = 100
    window = create_window({db!r}, officer="Hoa", lang="en")
    window.show()
    send_text(window.new_partner().name_edit, "Thành phố Ninh Ba")
    pattern = os.path.join(os.environ["XDG_DATA_HOME"], "hptracker", "drafts", "*", "*", "partner-*.json")
    timer = QTimer()
    timer.timeout.connect(lambda: glob.glob(pattern) and os.kill(os.getpid(), signal.SIGKILL))
    timer.start(50)
    QTimer.singleShot(20000, QApplication.instance().quit)
    QApplication.instance().exec()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_drafts_left_for_later_are_offered_again_and_discarded_ones_are_gone(qtbot, seeded_db, make_window, drafts_question):
    script = CRASH_IN_PARTNER_FORM.format(tests=str(ROOT / "tests" / "ui"), db=str(seeded_db))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == -9, result.stderr[-2000:]
    drafts_question.answers = ["later"]
    again = make_window(seeded_db)
    qtbot.waitUntil(lambda: len(drafts_question.asked) == 1)
    again.close()
    assert len(drafts_of(seeded_db)) == 1
    drafts_question.answers = ["discard"]
    third = make_window(seeded_db)
    qtbot.waitUntil(lambda: len(drafts_question.asked) == 2)
    assert [d.title for d in drafts_question.asked[1]] == ["New partner"]
    assert drafts_of(seeded_db) == []
    third.close()
    fourth = make_window(seeded_db)
    qtbot.wait(200)
    assert len(drafts_question.asked) == 2  # nothing left to offer
    fourth.close()
