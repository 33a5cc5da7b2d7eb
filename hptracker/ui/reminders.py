"""Reminders (issue 18 item 7): at start and once a day while the window is open.

A notice lists the follow-ups due in the next N days (Settings, 7 by default), those that became
overdue since the officer last saw the reminders (remembered per database in the settings), and
the agreements expiring within six months (hptracker.core.reminders). It is a non-modal window
that never holds up the start, shown only when there is something to say; a double-click on an
item opens it. Where the desktop has a system tray, a notification says the same in one line.

Everything a test must control is injectable: the day (``today``), whether a tray exists and how
a notification is sent (``notify``); the daily check is a QTimer, ``service.timer``, armed to fire
just after midnight, whose ``timeout`` a test can emit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ..core.connection import display_target
from ..core.enums import FollowUpStatus
from ..core.i18n import language
from ..core.labels import label
from ..core.reminders import DEFAULT_DAYS, Reminders
from ..core.text import format_date, format_due, format_number
from .icons import icon
from .models.records import OVERDUE_TEXT
from .retranslate import Texts, is_language_change
from .tasks import Task, runner

DAYS_KEY = "reminders/days"
LAST_SEEN_KEY = "reminders/last_seen"
FOLLOWUP, AGREEMENT = "followup", "agreement"


def reminder_days(settings) -> int:
    """How many days ahead "due soon" looks (Settings; 7 unless the officer chose otherwise)."""
    value = settings.int_value(DAYS_KEY, DEFAULT_DAYS)
    return value if 1 <= value <= 365 else DEFAULT_DAYS


def database_key(tracker) -> str:
    """A settings key of its own for each database: its resolved path, or the server's name."""
    path = tracker.db.path
    identity = str(path.resolve()) if path is not None else display_target(tracker.db.url)
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


def last_seen(settings, tracker) -> dt.date | None:
    value = settings.value(f"{LAST_SEEN_KEY}/{database_key(tracker)}")
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def set_last_seen(settings, tracker, day: dt.date) -> None:
    """Kept in Qt's settings, which write the file on their own soon after and as the window
    closes: writing it here (``sync``) held the window about 50 ms each time reminders came. Lost
    only if the program is killed first, and then the same reminders come again: nothing more."""
    settings.set_value(f"{LAST_SEEN_KEY}/{database_key(tracker)}", day.isoformat())


def summary_line(reminders: Reminders) -> str:
    """One line for a tray notification."""
    return QCoreApplication.translate(
        "Reminders", "{soon} due in the next {days} days, {overdue} newly overdue, {expiring} agreements expiring within 6 months."
    ).format(
        soon=format_number(reminders.due_soon_total, language()),
        days=reminders.days,
        overdue=format_number(reminders.newly_overdue_total, language()),
        expiring=format_number(reminders.expiring_total, language()),
    )


class ReminderNotice(QDialog):
    """The non-modal notice: three lists; a double-click (or Enter) opens an item."""

    open_followup = Signal(int)
    open_agreement = Signal(int)

    def __init__(self, reminders: Reminders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersNotice")
        self.setWindowTitle(QCoreApplication.translate("Reminders", "Reminders — {date}").format(date=format_date(reminders.today)))
        self.setWindowIcon(icon("reminders"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.due_soon = self._section(
            layout,
            "remindersDueSoon",
            QCoreApplication.translate("Reminders", "Due in the next {days} days ({n})").format(
                days=reminders.days, n=reminders.due_soon_total
            ),
        )
        self.newly_overdue = self._section(
            layout,
            "remindersOverdue",
            QCoreApplication.translate("Reminders", "Overdue since {date} ({n})").format(
                date=format_date(reminders.since), n=reminders.newly_overdue_total
            ),
        )
        self.expiring = self._section(
            layout,
            "remindersExpiring",
            QCoreApplication.translate("Reminders", "Agreements expiring within 6 months ({n})").format(n=reminders.expiring_total),
        )
        lang = language()
        for row in reminders.due_soon:
            due = format_due(row.due_date, row.due_precision, lang)
            self._add(
                self.due_soon,
                FOLLOWUP,
                row.id,
                " · ".join(
                    [
                        row.title,
                        row.partner_name,
                        QCoreApplication.translate("Reminders", "due {due}").format(due=due),
                        label(FollowUpStatus, row.status),
                    ]
                ),
            )
        for row in reminders.newly_overdue:
            due = format_due(row.due_date, row.due_precision, lang)
            item = self._add(
                self.newly_overdue,
                FOLLOWUP,
                row.id,
                " · ".join(
                    [
                        row.title,
                        row.partner_name,
                        QCoreApplication.translate("Reminders", "was due {due}").format(due=due),
                        label(FollowUpStatus, row.status),
                    ]
                ),
            )
            item.setForeground(QBrush(OVERDUE_TEXT))
            item.setIcon(icon("overdue"))
        for agreement in reminders.expiring:
            self._add(
                self.expiring,
                AGREEMENT,
                agreement.id,
                " · ".join(
                    [
                        agreement.title,
                        "; ".join(agreement.party_names),
                        QCoreApplication.translate("Reminders", "expires {date}").format(date=format_date(agreement.expiry_date)),
                    ]
                ),
            )
        for listing, shown, total in (
            (self.due_soon, len(reminders.due_soon), reminders.due_soon_total),
            (self.newly_overdue, len(reminders.newly_overdue), reminders.newly_overdue_total),
            (self.expiring, len(reminders.expiring), reminders.expiring_total),
        ):
            if not total:
                self._note(listing, QCoreApplication.translate("Reminders", "Nothing here."))
            elif total > shown:
                self._note(listing, QCoreApplication.translate("Reminders", "… and {n} more").format(n=format_number(total - shown, lang)))
        hint = QLabel(
            QCoreApplication.translate("Reminders", "Double-click an item to open it. How many days ahead to look is set in Settings."),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("Reminders", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _section(self, layout: QVBoxLayout, name: str, title: str) -> QListWidget:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        listing = QListWidget(box)
        listing.setObjectName(name)
        listing.setAccessibleName(title)
        listing.setWordWrap(True)
        listing.itemActivated.connect(self._activated)
        inner.addWidget(listing)
        layout.addWidget(box)
        return listing

    @staticmethod
    def _add(listing: QListWidget, kind: str, record_id: int, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, record_id))
        item.setToolTip(text)
        listing.addItem(item)
        return item

    @staticmethod
    def _note(listing: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        listing.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        kind, record_id = data
        (self.open_followup if kind == FOLLOWUP else self.open_agreement).emit(int(record_id))

    @staticmethod
    def ids(listing: QListWidget) -> list[int]:
        found = []
        for number in range(listing.count()):
            data = listing.item(number).data(Qt.ItemDataRole.UserRole)
            if data:
                found.append(int(data[1]))
        return found


def tray_notify(parent: QObject, title: str, message: str) -> QSystemTrayIcon:
    """Show a notification through the system tray (the icon stays while the window is open)."""
    tray = parent.findChild(QSystemTrayIcon, "remindersTray")
    if tray is None:
        tray = QSystemTrayIcon(icon("app"), parent)
        tray.setObjectName("remindersTray")
        tray.setToolTip("hptracker")
    tray.show()
    tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15000)
    return tray


class ReminderService(QObject):
    """Checks at start and just after each midnight; shows the notice and a tray notification.

    ``today``, ``tray_available`` and ``notify`` are injectable; ``notice_shown`` says when a
    notice appeared (tests wait on it), ``checked`` when a check finished (with or without one).
    """

    notice_shown = Signal(object)
    checked = Signal(object)
    open_followup = Signal(int)
    open_agreement = Signal(int)

    def __init__(
        self,
        parent: QWidget,
        tracker,
        settings,
        today: Callable[[], dt.date] = dt.date.today,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        notify: Callable[[QObject, str, str], object] = tray_notify,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.tracker = tracker
        self.settings = settings
        self.today = today
        self.tray_available = tray_available
        self.notify = notify
        self.notice: ReminderNotice | None = None
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("remindersTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._daily)
        self._stopped = True  # until start()

    def start(self, delay_ms: int = 2000) -> None:
        """The check at start — in the background, a moment after the window is up, so that it
        never slows the start — and the daily timer."""
        self._stopped = False
        QTimer.singleShot(delay_ms, self, self.check)
        self._arm()

    def stop(self) -> None:
        """The window is closing: no more checks (one already running is ignored when it reports)."""
        self._stopped = True
        self.timer.stop()

    def _arm(self) -> None:
        now = dt.datetime.now()
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 1))
        self.timer.start(max(60_000, int((tomorrow - now).total_seconds() * 1000)))

    def _daily(self) -> None:
        self.check()
        self._arm()

    def check(self) -> Task | None:
        """Gather the reminders of today on a pool thread; show them when they come."""
        if self._stopped:
            return None
        if self.task is not None and not self.task.is_done:
            return self.task
        today = self.today()
        seen = last_seen(self.settings, self.tracker)
        days = reminder_days(self.settings)
        tracker = self.tracker
        self.task = runner().run(lambda _progress: tracker.reminders(today, days, seen), name="reminders")
        self.task.succeeded.connect(self._gathered)
        self.task.failed.connect(self._failed)
        return self.task

    def _failed(self, _error: BaseException) -> None:
        """A reminder is not worth an error box: a bug is in the log already (the task runner
        writes it there with its traceback), a database problem shows on the next real action."""
        if shiboken6.isValid(self):
            self.checked.emit(None)

    def _gathered(self, reminders: Reminders) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.window) or self._stopped:
            return
        set_last_seen(self.settings, self.tracker, reminders.today)
        if not reminders.empty:
            self.show_notice(reminders)
            if self.tray_available():
                self.notify(self.window, QCoreApplication.translate("Reminders", "hptracker reminders"), summary_line(reminders))
        self.checked.emit(reminders)

    def show_notice(self, reminders: Reminders) -> ReminderNotice:
        if self.notice is not None and shiboken6.isValid(self.notice):
            self.notice.close()
        notice = ReminderNotice(reminders, self.window)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.open_followup.connect(self.open_followup)
        notice.open_agreement.connect(self.open_agreement)
        self.notice = notice
        notice.show()  # never exec(): the window goes on being usable behind it
        self.notice_shown.emit(notice)
        return notice


class _RemindersBox(QGroupBox):
    """The group box, saying its texts again when the officer changes the language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.texts.again()
        super().changeEvent(event)


def reminder_settings_box(settings, parent: QWidget | None = None) -> QGroupBox:
    """The Settings page's "Reminders" group: how many days ahead "due soon" looks."""
    box = _RemindersBox(parent)
    box.setObjectName("remindersSettings")
    row = QHBoxLayout(box)
    caption = QLabel(box)
    spin = QSpinBox(box)
    spin.setObjectName("reminderDaysSpin")
    spin.setRange(1, 365)
    spin.setValue(reminder_days(settings))

    def texts() -> None:
        box.setTitle(QCoreApplication.translate("Reminders", "Reminders"))
        caption.setText(QCoreApplication.translate("Reminders", "Remind me of follow-ups due within"))
        spin.setAccessibleName(QCoreApplication.translate("Reminders", "Days ahead for reminders"))
        spin.setSuffix(QCoreApplication.translate("Reminders", " days"))

    box.texts.keep(texts)
    caption.setBuddy(spin)
    spin.valueChanged.connect(lambda value: (settings.set_value(DAYS_KEY, int(value)), settings.sync()))
    row.addWidget(caption)
    row.addWidget(spin)
    row.addStretch(1)
    return box


__all__ = [
    "ReminderService",
    "ReminderNotice",
    "reminder_settings_box",
    "reminder_days",
    "last_seen",
    "set_last_seen",
    "database_key",
    "tray_notify",
    "DAYS_KEY",
]
