"""Reminders in the window (issue 18 item 7): at start and once a day, never in the way.

The day, the tray and the notification are injected; the notice is a real non-modal window whose
items open what they name.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from hptracker.core.tracker import Tracker
from hptracker.ui.dialogs.agreement_form import AgreementFormDialog
from hptracker.ui.main_window import SETTINGS
from hptracker.ui.reminders import ReminderNotice, ReminderService, database_key, last_seen, reminder_days
from hptracker.ui.views.followup_detail import FollowUpDetailDialog

D = dt.date


@pytest.fixture
def reminder_db(db_path, _template_db):
    shutil.copy2(_template_db, db_path)
    tracker = Tracker.open(db_path, officer="Nguyễn Thị Hoa")
    partner = tracker.create_partner(name="Huyện Thượng Ngu")
    ids = {}
    for key, title, due in (
        ("today", "Hạn hôm nay", D(2025, 3, 10)),
        ("soon", "Gửi danh sách doanh nghiệp", D(2025, 3, 12)),
        ("later", "Hạn sau tám ngày", D(2025, 3, 18)),
        ("yesterday", "Chọn quận kết nghĩa", D(2025, 3, 9)),
    ):
        ids[key] = tracker.create_followup(partner_id=partner.id, title=title, direction="ours", due=due, raised_on="01/01/2025").id
    ids["agreement"] = tracker.create_agreement(
        form="mou", title="Bản ghi nhớ sắp hết hạn", party_ids=[partner.id], expiry_date="01/08/2025", status="in_force"
    ).id
    tracker.close()
    return db_path, ids


class Clock:
    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def service(reminder_db, make_window):
    db_path, ids = reminder_db
    window = make_window(db_path)
    window.reminders.stop()  # the window's own, on the real date: this test's service has its own day
    clock = Clock(D(2025, 3, 10))
    sent = []
    service = ReminderService(
        window,
        window.tracker,
        window.settings,
        today=clock,
        tray_available=lambda: True,
        notify=lambda parent, title, message: sent.append((title, message)),
    )
    service.open_followup.connect(window.open_followup_detail)
    service.open_agreement.connect(window.edit_agreement)
    service._stopped = False  # started, without the timer of a real start
    yield window, service, ids, clock, sent
    window.close()


def test_the_notice_lists_what_is_due_overdue_and_expiring(service, qtbot):
    window, reminders, ids, _clock, sent = service
    with qtbot.waitSignal(reminders.notice_shown, timeout=10000) as shown:
        reminders.check()
    notice = shown.args[0]
    assert isinstance(notice, ReminderNotice) and notice.isVisible()
    assert not notice.isModal() and QApplication.activeModalWidget() is None  # the window stays usable
    assert ReminderNotice.ids(notice.due_soon) == [ids["today"], ids["soon"]]
    assert ReminderNotice.ids(notice.newly_overdue) == [ids["yesterday"]]
    assert ReminderNotice.ids(notice.expiring) == [ids["agreement"]]
    assert notice.windowTitle() == "Reminders — 10/03/2025"
    assert "Gửi danh sách doanh nghiệp" in notice.due_soon.item(1).text()
    assert sent == [("hptracker reminders", "2 due in the next 7 days, 1 newly overdue, 1 agreements expiring within 6 months.")]
    assert last_seen(window.settings, window.tracker) == D(2025, 3, 10)

    # A double-click opens the follow-up, or the agreement.
    item = notice.newly_overdue.item(0)
    notice.newly_overdue.itemActivated.emit(item)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(FollowUpDetailDialog)))
    assert [d for d in window.findChildren(FollowUpDetailDialog) if d.isVisible()][0].windowTitle() == f"Follow-up #{ids['yesterday']}"
    rect = notice.expiring.visualItemRect(notice.expiring.item(0))
    qtbot.mouseClick(notice.expiring.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(notice.expiring.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(window.current_dialog, AgreementFormDialog))
    assert window.current_dialog.agreement_id == ids["agreement"]


def test_the_next_day_brings_what_became_overdue_since(service, qtbot):
    _window, reminders, ids, clock, sent = service
    with qtbot.waitSignal(reminders.checked, timeout=10000):
        reminders.check()
    clock.day = D(2025, 3, 11)
    with qtbot.waitSignal(reminders.notice_shown, timeout=10000) as shown:
        reminders.timer.timeout.emit()  # just after midnight
    notice = shown.args[0]
    assert ReminderNotice.ids(notice.newly_overdue) == [ids["today"]]  # due on the 10th, overdue from the 11th
    assert reminders.timer.isActive()  # armed again for the next midnight
    assert len(sent) == 2


def test_days_ahead_come_from_settings(service, qtbot):
    window, reminders, ids, _clock, _sent = service
    window.show_page(SETTINGS)
    spin = window.settings_view.findChild(QSpinBox, "reminderDaysSpin")
    assert spin.value() == 7
    spin.setValue(8)
    assert reminder_days(window.settings) == 8
    with qtbot.waitSignal(reminders.notice_shown, timeout=10000) as shown:
        reminders.check()
    assert ReminderNotice.ids(shown.args[0].due_soon) == [ids["today"], ids["soon"], ids["later"]]


def test_no_tray_no_notification_and_nothing_to_say_no_notice(service, qtbot):
    window, _reminders, _ids, _clock, _sent = service
    sent = []
    quiet = ReminderService(
        window,
        window.tracker,
        window.settings,
        today=lambda: D(2030, 1, 1),
        tray_available=lambda: False,
        notify=lambda *args: sent.append(args),
    )
    quiet._stopped = False
    with qtbot.waitSignal(quiet.checked, timeout=10000) as checked:
        quiet.check()
    assert checked.args[0].empty
    assert quiet.notice is None and sent == []
    early = ReminderService(
        window,
        window.tracker,
        window.settings,
        today=lambda: D(2025, 3, 10),
        tray_available=lambda: False,
        notify=lambda *args: sent.append(args),
    )
    early._stopped = False
    with qtbot.waitSignal(early.notice_shown, timeout=10000):
        early.check()
    assert sent == []


def test_the_window_checks_a_moment_after_start_without_waiting(reminder_db, make_window, qtbot, tmp_path):
    db_path, _ids = reminder_db
    window = make_window(db_path)
    assert QApplication.activeModalWidget() is None
    assert window.reminders.timer.isActive()  # the daily check is armed
    with qtbot.waitSignal(window.reminders.checked, timeout=10000):
        pass  # the check at start, on today's date: these 2025 items are long overdue, none newly
    assert last_seen(window.settings, window.tracker) == dt.date.today()
    window.close()
    assert not window.reminders.timer.isActive()


def test_each_database_remembers_its_own_day(reminder_db, tmp_path):
    db_path, _ids = reminder_db
    other = tmp_path / "other.db"
    shutil.copy2(db_path, other)
    first, second = Tracker.open(db_path, exclusive=False), Tracker.open(other, exclusive=False)
    try:
        assert database_key(first) != database_key(second)
        assert database_key(first) == database_key(first)
    finally:
        first.close()
        second.close()


def test_the_day_seen_is_kept_without_writing_the_settings_file_at_once(service, qtbot, monkeypatch):
    """Writing the settings file (QSettings.sync) took 48 ms of the GUI thread each time reminders
    came (bench_freeze, at the start of a restore); Qt writes it on its own soon after, and the
    window writes it as it closes. The day is read back at once all the same."""
    from hptracker.settings import Settings

    window, reminders, _ids, _clock, _sent = service
    written: list[str] = []
    real_sync = Settings.sync
    monkeypatch.setattr(Settings, "sync", lambda self: (written.append("sync"), real_sync(self))[1])
    with qtbot.waitSignal(reminders.checked, timeout=10000):
        reminders.check()
    assert written == []
    assert last_seen(window.settings, window.tracker) == D(2025, 3, 10)
    window.close()
    assert written  # the window's state and the day go to the file as it closes
    assert last_seen(Settings(), window.tracker) == D(2025, 3, 10)
