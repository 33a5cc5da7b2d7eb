"""The main window: navigation, the record lists, forms, and the actions other modules plug into.

Everything goes through the Tracker (no session here). Forms open with ``open()`` and report back
through ``saved``, so neither the officer nor a test waits on a nested event loop; the questions
that must wait (delete?, first-start name) go through replaceable classmethods.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..core.connection import display_target
from ..core.errors import HPTrackerError
from ..core.i18n import language
from ..core.tracker import FollowUpQuery, Tracker
from ..settings import Settings
from .dialogs.agreement_form import AgreementFormDialog
from .dialogs.base import ConfirmDialog, DiscardDialog, FormDialog, MessageDialog, OfficerDialog
from .dialogs.followup_form import FollowUpForm
from .dialogs.meeting_form import MeetingFormDialog
from .dialogs.partner_form import PartnerFormDialog
from .geometry import candidate_screens, centre, fit, on_screen, screen_key, screen_of
from .icons import icon
from .notice import Notice, notify
from .read_only_ui import apply_read_only, restrict_actions
from .undo_ui import undo_last, update_undo_action
from .views.followup_detail import FollowUpDetailDialog
from .views.settings_view import SettingsView
from .views.statistics import StatisticsView
from .views.tables import FollowUpsView, RecordListView, agreements_view, meetings_view, partners_view
from .views.today import TodayView
from .window_actions import PAGE_KEYS, make_actions, make_menus

TODAY, FOLLOWUPS, PARTNERS, MEETINGS, AGREEMENTS, STATISTICS, SETTINGS = range(7)


class _LanguageChangeStop(QObject):
    """Keeps Qt's LanguageChange from a closed main window (and so from every widget in it)."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return event.type() == QEvent.Type.LanguageChange


class MainWindow(QMainWindow):
    def __init__(self, tracker: Tracker, settings: Settings, ask_officer: bool | None = None) -> None:
        super().__init__()
        self.tracker = tracker
        self.settings = settings
        self.current_dialog: QWidget | None = None
        self._closed = False
        self.setObjectName("mainWindow")
        self._texts: list = []  # what to set again when the language changes (issue 16 item 11)
        self.keep_text(lambda: self.setAccessibleName(self.tr("hptracker main window")))
        self.setWindowIcon(icon("app"))
        from .drafts_ui import open_session

        self.draft_session = open_session(tracker)  # forms keep what was typed here (issue 16 item 3)
        if not tracker.list_categories() and not tracker.read_only:
            tracker.ensure_categories()  # an empty database still offers the standard categories
        self._stale: set[int] = set()  # pages to re-read when next shown

        self.today = TodayView(tracker, self)
        self.followups = FollowUpsView(tracker, self)
        self.partners = partners_view(tracker, self)
        self.meetings = meetings_view(tracker, self)
        self.agreements = agreements_view(tracker, self)
        self.statistics = StatisticsView(tracker, self)
        self.settings_view = SettingsView(tracker, settings, self)
        self.stack = QStackedWidget(self)
        for page in (self.today, self.followups, self.partners, self.meetings, self.agreements, self.statistics, self.settings_view):
            self.stack.addWidget(page)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.keep_text(lambda: self.navigation.setAccessibleName(self.tr("Navigation")))
        for number, name in enumerate(PAGE_KEYS):
            item = QListWidgetItem(icon(name), "")
            self.navigation.addItem(item)
            self.keep_text(lambda item=item, number=number: item.setText(self.page_names()[number]()))
        self.navigation.setMinimumWidth(130)
        self.navigation.setMaximumWidth(240)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("statusCounts")
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The counts are long: let them shrink (full text in the tooltip) rather than widen the window.
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(self.counts_label, 1)
        # A message in the status bar takes the place of the counts while it shows (the counts,
        # stretched over the whole bar, used to hide every message), and a notice over the window
        # says it where the officer looks (issue 16 item 5).
        self.statusBar().messageChanged.connect(lambda text: self.counts_label.setVisible(not text))
        self.notice = Notice(self)

        make_actions(self)
        make_menus(self)
        self._connect()
        from .shortcuts_ui import ShortcutGuard

        self.shortcut_guard = ShortcutGuard(self)  # Ctrl+E and the others from any field (issue 16 item 6)
        self.read_only_banner = apply_read_only(self)
        self._stale = set(range(len(PAGE_KEYS)))
        self._restore_window_state()  # shows the last page, reading it
        if FOLLOWUPS in self._stale:
            self._refresh_page(FOLLOWUPS)
        self.update_status()
        self.update_actions()
        self._update_title()
        # A server database: changes saved on other workstations are shown as they happen.
        from .live import LiveUpdates

        self.live = LiveUpdates.start_for(tracker.db.url, self)
        if self.live is not None:
            self.live.refresh.connect(self.show_changes_from_elsewhere)
        if ask_officer is None:
            ask_officer = not settings.officer()
        if ask_officer:
            QTimer.singleShot(0, self.ask_officer)
        QTimer.singleShot(0, self.offer_drafts)
        from .reminders import ReminderService

        self.reminders = ReminderService(self, tracker, settings)
        self.reminders.open_followup.connect(self.open_followup_detail)
        self.reminders.open_agreement.connect(self.edit_agreement)
        self.reminders.start()

    # -- texts ------------------------------------------------------------------------------------

    def page_names(self):
        return (
            lambda: self.tr("Today"),
            lambda: self.tr("Follow-ups"),
            lambda: self.tr("Partners"),
            lambda: self.tr("Meetings"),
            lambda: self.tr("Agreements"),
            lambda: self.tr("Statistics"),
            lambda: self.tr("Settings"),
        )

    def keep_text(self, apply) -> None:
        """Set a text now, and again whenever the language changes."""
        apply()
        self._texts.append(apply)

    def menu(self, title) -> QMenu:
        menu = self.menuBar().addMenu("")
        self.keep_text(lambda: menu.setTitle(title()))
        return menu

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "settings_view"):
            self.retranslate()
        # Back from a form or dialog (which may have saved): the Undo text names the newest step.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not getattr(self, "_closed", True):
            self.update_undo()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The language changed (Settings): every text again, in it; the pages read again, so that
        their labels of stored values (statuses, directions) follow too."""
        for apply in self._texts:
            apply()
        self._update_title()
        self.update_actions()
        self.refresh_all()

    def _connect(self) -> None:
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.currentRowChanged.connect(self._refresh_if_stale)
        self.stack.currentChanged.connect(self._page_changed)
        self.today.open_followup.connect(self.open_followup_detail)
        self.followups.open_requested.connect(self.edit_followup)
        self.followups.selection_changed.connect(self.update_actions)
        self.followups.query_changed.connect(self.update_status)
        self.followups.detail.progress_recorded.connect(self._progress_recorded)
        self.followups.detail.edit_requested.connect(self.edit_followup)
        self.partners.open_requested.connect(self.edit_partner)
        self.meetings.open_requested.connect(self.edit_meeting)
        self.agreements.open_requested.connect(self.edit_agreement)
        for view in (self.partners, self.meetings, self.agreements):
            view.selection_changed.connect(self.update_actions)
            view.deleted_check.toggled.connect(lambda _c: self.update_actions())
        self.followups.model.searched.connect(self.update_actions)  # the rows of a filter have come
        self.settings_view.officer_changed.connect(lambda _name: (self._update_title(), self.refresh_today()))
        self.settings_view.units_changed.connect(self.followups.reload_choices)
        self.statistics.open_followup.connect(self.open_followup_detail)
        self.statistics.report_button.clicked.connect(self._report_from_statistics)
        self.settings_view.database_chosen.connect(self.switch_database)

    # -- pages --------------------------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        self.navigation.setCurrentRow(number)

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def _page_changed(self, number: int) -> None:
        if self.navigation.currentRow() != number:
            self.navigation.setCurrentRow(number)
        if number in self._stale or number in (TODAY, SETTINGS):
            self._refresh_page(number)
        self.update_actions()

    def refresh_today(self) -> None:
        if self.current_page() == TODAY:
            self._refresh_page(TODAY)
        else:
            self._stale.add(TODAY)

    def _refresh_if_stale(self, number: int) -> None:
        # QStackedWidget does not signal a change to the page already shown.
        if number in self._stale and number == self.stack.currentIndex():
            self._refresh_page(number)

    def _refresh_page(self, number: int) -> None:
        self._stale.discard(number)
        if number == TODAY:
            self.today.refresh()
        elif number == SETTINGS:
            self.settings_view.refresh()
        elif number == FOLLOWUPS:
            self.followups.refresh()
        elif number == STATISTICS:
            self.statistics.refresh()
        else:
            view = self._list_view(number)
            if view is not None:
                view.refresh()

    def _list_view(self, page: int | None = None) -> RecordListView | None:
        page = self.current_page() if page is None else page
        return {PARTNERS: self.partners, MEETINGS: self.meetings, AGREEMENTS: self.agreements}.get(page)

    def selected_ids(self) -> list[int]:
        page = self.current_page()
        if page == FOLLOWUPS:
            return self.followups.table.selected_ids()
        view = self._list_view(page)
        return view.table.selected_ids() if view else []

    def showing_deleted(self) -> bool:
        page = self.current_page()
        if page == FOLLOWUPS:
            return self.followups.showing_deleted()
        view = self._list_view(page)
        return bool(view and view.showing_deleted())

    def update_actions(self) -> None:
        page = self.current_page()
        ids = self.selected_ids()
        record_page = page in (FOLLOWUPS, PARTNERS, MEETINGS, AGREEMENTS)
        deleted = self.showing_deleted()
        self.action_edit.setEnabled(record_page and len(ids) == 1 and not deleted)
        self.action_delete.setEnabled(record_page and bool(ids) and not deleted)
        self.action_restore.setEnabled(record_page and bool(ids) and deleted)
        self.action_progress.setEnabled(page in (FOLLOWUPS, TODAY))
        self.action_brief.setEnabled(record_page and len(ids) == 1 and not deleted)
        what = {
            PARTNERS: self.tr("Export the partners shown"),
            MEETINGS: self.tr("Export the meetings shown"),
            AGREEMENTS: self.tr("Export the agreements shown"),
        }.get(page, self.tr("Export the follow-ups shown"))
        self.action_export.setStatusTip(what)
        self.action_export.setToolTip(f"{what} ({self.action_export.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self.update_undo()
        restrict_actions(self)

    # -- undo ---------------------------------------------------------------------------------------------

    def undo(self) -> bool:
        """Edit ▸ Undo: take back this window's last change (see undo_ui)."""
        return undo_last(self)

    def update_undo(self) -> None:
        update_undo_action(self)

    # -- public API used by other modules and tests ------------------------------------------------------

    def current_followup_query(self) -> FollowUpQuery:
        """What the follow-ups view shows now: its filters, search text and sort."""
        return self.followups.current_query()

    def refresh_all(self, background: bool = False) -> None:
        """Re-read everything (F5, and after an import or a restore replaced data).

        The follow-ups (they feed the status bar and the Export action) and the page in view are
        read now; the other pages are marked stale and re-read when they are shown, which keeps
        start-up and every save to a handful of queries. The counts are read again too: another
        process (a workstation on the same server, a script) may have changed them.

        ``background``: the follow-ups are read on a pool thread, as a search typed is, and the
        status bar follows when they are counted. After a restore or an import every page of the
        database is cold, and reading 100,000 follow-ups' counts here held the window 0.15 s.
        """
        self._reload(settings_page=True, background=background)

    def show_changes_from_elsewhere(self) -> None:
        """Another workstation saved changes (LiveUpdates): show them without any action.

        As F5, but the officer's place is kept (the table keeps its selection and scroll position,
        the follow-up's progress note keeps what is typed) and neither an open form nor the
        Settings page, where the officer may be typing, is read again.
        """
        if not self._closed:
            self._reload(settings_page=False)

    def _reload(self, settings_page: bool, background: bool = False) -> None:
        self.followups.model.forget_counts()
        if background:
            self.followups.reload_choices_in_background()
            self.followups.refresh_in_background()  # the status bar follows its count (query_changed)
        else:
            self.followups.reload_choices()
            self.followups.refresh()
        self._stale = {TODAY, PARTNERS, MEETINGS, AGREEMENTS, STATISTICS, SETTINGS}
        if self.current_page() != FOLLOWUPS and (settings_page or self.current_page() != SETTINGS):
            self._refresh_page(self.current_page())
        if not background:
            self.update_status()
        self.update_actions()

    def notify(self, text: str, actions=(), msecs: int | None = None) -> None:
        """A short notice over the window (and in the status bar): "Saved.", "Deleted 2."…"""
        notify(self, text, actions, msecs)

    def update_status(self) -> None:
        text = self.followups.status_text()
        self.counts_label.setText(text)
        self.counts_label.setToolTip(text)

    def _update_title(self) -> None:
        path = self.tracker.db.path
        # A server is named user@host:port/database: never the URL, which may hold the password.
        where = path.name if path is not None else display_target(self.tracker.db.url)
        self.setWindowTitle(self.tr("hptracker — {where} — {officer}").format(where=where, officer=self.tracker.officer))

    # -- forms --------------------------------------------------------------------------------------------

    def open_form(self, dialog: FormDialog) -> FormDialog:
        """Open a form made elsewhere (a draft's contact or fact) as the window's own forms open."""
        return self._open_form(dialog)

    def _open_form(self, dialog: FormDialog) -> FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _record: self._saved())
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.refresh_all()
        self.notify(self.tr("Saved."))

    def new_followup(self, preset: dict | None = None) -> FollowUpForm:
        preset = dict(preset or {})
        if not preset and self.current_page() == MEETINGS and len(self.meetings.table.selected_ids()) == 1:
            meeting = self.tracker.get_meeting(self.meetings.table.selected_ids()[0])
            preset = {"meeting_id": meeting.id, "unit_id": meeting.host_unit_id}
            if meeting.partners:
                preset["partner_id"], preset["partner_name"] = meeting.partners[0].id, meeting.partners[0].name
        elif not preset and self.current_page() == PARTNERS and len(self.partners.table.selected_ids()) == 1:
            preset = {"partner_id": self.partners.table.selected_ids()[0]}
        return self._open_form(FollowUpForm(self.tracker, self, preset=preset))

    def edit_followup(self, followup_id: int) -> FollowUpForm | None:
        if self._refuse_deleted():
            return None
        return self._open_form(FollowUpForm(self.tracker, self, followup_id=followup_id))

    def log_meeting(self) -> MeetingFormDialog:
        return self._open_form(MeetingFormDialog(self.tracker, self))

    def edit_meeting(self, meeting_id: int) -> MeetingFormDialog | None:
        if self._refuse_deleted():
            return None
        return self._open_form(MeetingFormDialog(self.tracker, self, meeting_id=meeting_id))

    def new_partner(self) -> PartnerFormDialog:
        return self._open_form(PartnerFormDialog(self.tracker, self))

    def edit_partner(self, partner_id: int) -> PartnerFormDialog | None:
        if self._refuse_deleted():
            return None
        return self._open_form(PartnerFormDialog(self.tracker, self, partner_id=partner_id))

    def new_agreement(self) -> AgreementFormDialog:
        preset: dict = {}
        if self.current_page() == MEETINGS and len(self.meetings.table.selected_ids()) == 1:
            meeting = self.tracker.get_meeting(self.meetings.table.selected_ids()[0])
            preset = {
                "meeting_id": meeting.id,
                "parties": [(p.id, p.name) for p in meeting.partners],
                "signed_date": meeting.date,
                "signed_place": meeting.place or "",
                "signing_unit_id": meeting.host_unit_id,
            }
        return self._open_form(AgreementFormDialog(self.tracker, self, preset=preset))

    def edit_agreement(self, agreement_id: int) -> AgreementFormDialog | None:
        if self._refuse_deleted():
            return None
        return self._open_form(AgreementFormDialog(self.tracker, self, agreement_id=agreement_id))

    def open_facts(self):
        """For the partner selected on the Partners page, else the city-wide list (city and countries)."""
        from .dialogs.facts_dialog import FactsDialog

        partner_id = None
        if self.current_page() == PARTNERS and not self.showing_deleted():
            ids = self.partners.table.selected_ids()
            partner_id = ids[0] if len(ids) == 1 else None
        dialog = FactsDialog(self.tracker, self, partner_id=partner_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _refuse_deleted(self) -> bool:
        if self.showing_deleted():
            self.notify(self.tr("This record is deleted: restore it first to change it."))
            return True
        return False

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        opener = {
            FOLLOWUPS: self.edit_followup,
            PARTNERS: self.edit_partner,
            MEETINGS: self.edit_meeting,
            AGREEMENTS: self.edit_agreement,
        }.get(self.current_page())
        if opener:
            opener(ids[0])

    def open_followup_detail(self, followup_id: int) -> FollowUpDetailDialog:
        dialog = FollowUpDetailDialog(self.tracker, followup_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.detail.progress_recorded.connect(self._progress_recorded)
        dialog.detail.edit_requested.connect(self.edit_followup)
        self.current_dialog = dialog
        dialog.show()
        return dialog

    def focus_progress(self) -> None:
        if self.current_page() != FOLLOWUPS:
            self.show_page(FOLLOWUPS)
        if self.followups.table.current_id() is None and self.followups.model.rowCount() > 0:
            self.followups.table.selectRow(0)
        self.followups.detail.focus_progress()

    def _progress_recorded(self, followup_id: int) -> None:
        # The row first, then the status bar's counts on a pool thread (query_changed): a count
        # started first competed with the row's read (shown 5.0-6.1 → 4.9-5.2 ms, on the server
        # 11.3-12.6 → 7.6-9.6 ms at 100,000), and the counts came no later for it.
        fresh = None
        with contextlib.suppress(HPTrackerError):
            fresh = self.tracker.followup_row(followup_id)
        self.followups.model.refresh_row(followup_id, fresh)
        self.followups.model.count_in_background()
        self.refresh_today()
        self.update_undo()
        if self.followups.detail.followup_id == followup_id and self.sender() is not self.followups.detail:
            self.followups.detail.show_followup(followup_id)
        self.notify(self.tr("Progress recorded."))

    # -- delete and restore -----------------------------------------------------------------------------

    def _record_ops(self):
        t = self.tracker
        return {
            FOLLOWUPS: (t.delete_followup, t.restore_followup, self.tr("follow-up(s)")),
            PARTNERS: (t.delete_partner, t.restore_partner, self.tr("partner(s)")),
            MEETINGS: (t.delete_meeting, t.restore_meeting, self.tr("meeting(s)")),
            AGREEMENTS: (t.delete_agreement, t.restore_agreement, self.tr("agreement(s)")),
        }.get(self.current_page())

    def delete_selected(self) -> bool:
        ops = self._record_ops()
        ids = self.selected_ids()
        if ops is None or not ids or self.showing_deleted():
            return False
        delete, _restore, what = ops
        question = self.tr("Delete {n} {what}? You can restore them later with “Show deleted”.").format(n=len(ids), what=what)
        if not ConfirmDialog.ask(self, question):
            return False
        try:
            for record_id in ids:
                delete(record_id)
        except HPTrackerError as exc:
            MessageDialog.show_error(self, exc.message)
        self.refresh_all()
        self.notify(self.tr("Deleted {n}.").format(n=len(ids)))
        return True

    def restore_selected(self) -> bool:
        ops = self._record_ops()
        ids = self.selected_ids()
        if ops is None or not ids or not self.showing_deleted():
            return False
        _delete, restore, _what = ops
        try:
            for record_id in ids:
                restore(record_id)
        except HPTrackerError as exc:
            MessageDialog.show_error(self, exc.message)
        self.refresh_all()
        self.notify(self.tr("Restored {n}.").format(n=len(ids)))
        return True

    # -- search ---------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        view = self._list_view()
        if view is not None:
            edit = view.search_edit
        else:
            if self.current_page() != FOLLOWUPS:
                self.show_page(FOLLOWUPS)
            edit = self.followups.search_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    # -- integrations owned by other modules (imported lazily: they pull in heavy dependencies) -------

    def export(self) -> None:
        """The records of the page in view: the follow-ups (the status workbook), or the partners,
        meetings or agreements listed, as their own sheet."""
        from .export_ui import export_list, export_view

        view = self._list_view()
        if view is None:
            export_view(self, self.tracker, self.current_followup_query(), language())
            return
        model = view.model
        kind = {PARTNERS: "partners", MEETINGS: "meetings", AGREEMENTS: "agreements"}[self.current_page()]
        export_list(
            self,
            self.tracker,
            kind,
            text=model.text,
            deleted=model.deleted,
            sort=model.sort_key,
            descending=model.descending,
            lang=language(),
        )

    def show_shortcuts(self):
        """Help ▸ Keyboard shortcuts: read from the actions each time."""
        from .shortcuts_ui import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def brief_target(self) -> tuple[int, int | None] | None:
        """(partner_id, meeting_id) for the Brief action, from the selection on the current page."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        page = self.current_page()
        if page == PARTNERS:
            return ids[0], None
        if page == MEETINGS:
            meeting = self.tracker.get_meeting(ids[0])
            return (meeting.partners[0].id, meeting.id) if meeting.partners else None
        if page == FOLLOWUPS:
            partner = self.tracker.followup_partner_ids(ids).get(ids[0])
            return (partner, None) if partner is not None else None
        if page == AGREEMENTS:
            agreement = self.tracker.get_agreement(ids[0])
            return (agreement.parties[0].id, agreement.meeting_id) if agreement.parties else None
        return None

    def brief(self) -> None:
        target = self.brief_target()
        if target is None:
            self.notify(self.tr("Select a partner, meeting, agreement or follow-up first."))
            return
        from .brief_ui import open_brief

        open_brief(self, self.tracker, target[0], meeting_id=target[1])

    def _report_from_statistics(self) -> None:
        request = self.statistics.request()
        self.periodic_report(request.start, request.cutoff)

    def periodic_report(self, start=None, cutoff=None):
        from .report_ui import open_report

        return open_report(self, self.tracker, start=start, cutoff=cutoff)

    def backup(self) -> None:
        from .backup_ui import backup_now

        backup_now(self, self.tracker)

    def restore_backup(self) -> None:
        from .backup_ui import restore_dialog

        restore_dialog(self, self.tracker, on_restored=lambda _result: self._closed or self.refresh_all(background=True))

    def check_database(self) -> None:
        from .backup_ui import check_database

        check_database(self, self.tracker)

    def import_workbook(self) -> None:
        from .import_ui import import_workbook

        import_workbook(self, self.tracker, on_imported=lambda _result: self.refresh_all(background=True))

    # -- first start ------------------------------------------------------------------------------------

    def ask_officer(self) -> None:
        if self._closed:
            return
        self.current_dialog = OfficerDialog.ask(self, self.set_officer)

    def set_officer(self, name: str) -> None:
        try:
            self.tracker.set_officer(name)
        except HPTrackerError as exc:
            MessageDialog.show_error(self, exc.message)
            return
        self.settings.set_officer(self.tracker.officer)
        self._update_title()
        self.refresh_today()

    # -- drafts: what a crashed session left unsaved, and nothing closed unasked ----------------------------

    def offer_drafts(self) -> list:
        """At start: reopen the forms an earlier session left unsaved, if the officer wants them."""
        if self._closed:
            return []
        from .drafts_ui import offer_drafts

        return offer_drafts(self)

    def _close_forms(self) -> bool:
        """Close every open form, each asking Save, Discard or Cancel if it has changes, the
        innermost first (a meeting's follow-up before the meeting); then the progress typed and
        not recorded. False when the officer keeps something open: the window stays."""
        dialogs = self.findChildren(FormDialog) + self.findChildren(FollowUpDetailDialog)
        for child in reversed(dialogs):
            if shiboken6.isValid(child) and child.isVisible():
                child.close()
                if shiboken6.isValid(child) and child.isVisible():
                    return False
        detail = self.followups.detail
        if detail.pending_progress():
            answer = DiscardDialog.ask(self, self.tr("Progress typed on the Follow-ups page"))
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not detail.record_pending():
                self.show_page(FOLLOWUPS)
                return False
            detail.discard_pending()
        return True

    def switch_database(self, target: str) -> MainWindow | None:
        """Settings chose another database: open the window on it now, or at the next start.

        Returns the new window (this one closes), None when the officer waits for the next start,
        keeps a form with changes open, or the database cannot be opened (said in one sentence;
        this window stays as it was).
        """
        question = self.tr("Open the window on {target} now? This window closes; hptracker opens that database from now on.").format(
            target=display_target(target)
        )
        # This window's forms close first: a form the officer keeps (Cancel) keeps the window here.
        if not ConfirmDialog.ask(self, question) or not self._close_forms():
            self.statusBar().showMessage(
                self.tr("hptracker opens {target} when it starts next.").format(target=display_target(target)), 8000
            )
            return None
        from .startup import open_tracker

        tracker = open_tracker(target, self.tracker.officer, self, backup=False)
        if tracker is None:
            return None
        window = MainWindow(tracker, self.settings, ask_officer=False)
        window.show()
        from .startup import after_window_shown

        after_window_shown(window, tracker)
        if self.close():
            # Gone for good, its tables' cells with it: left alive, every switch kept a window's
            # memory until the application quit.
            self.deleteLater()
        return window

    # -- window state ------------------------------------------------------------------------------------

    def _tables(self):
        return {
            "followups": self.followups.table,
            "partners": self.partners.table,
            "meetings": self.meetings.table,
            "agreements": self.agreements.table,
        }

    def _restore_window_state(self) -> None:
        s = self.settings
        self._restore_geometry()
        state = s.state("state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (("mainSplitter", self.splitter), ("followUpsSplitter", self.followups.splitter)):
            saved = s.state(key)
            if saved is not None:
                splitter.restoreState(saved)
        for key, table in self._tables().items():
            saved = s.state(f"header_{key}")
            if saved is not None:
                table.horizontalHeader().restoreState(saved)
        page = s.int_value("window/page", TODAY)
        self.show_page(page if 0 <= page < len(PAGE_KEYS) else TODAY)

    def _restore_geometry(self) -> None:
        """Where the window was last on this screen; on a screen it has not been on, as large as
        the screen leaves room for (at most 1280×800), in its middle (issue 16 item 8)."""
        for screen in candidate_screens():
            saved = self.settings.state(f"geometry@{screen_key(screen)}")
            if saved is not None and self.restoreGeometry(saved):
                return
        if not any(self.settings.state(f"geometry@{screen_key(screen)}") for screen in QGuiApplication.screens()):
            legacy = self.settings.state("geometry")  # saved before sizes were kept per screen
            if legacy is not None and self.restoreGeometry(legacy) and on_screen(self):
                return
        fit(self, 1280, 800)
        centre(self)

    def save_window_state(self) -> None:
        s = self.settings
        s.set_state(f"geometry@{screen_key(screen_of(self))}", self.saveGeometry())
        s.set_state("state", self.saveState())
        s.set_state("mainSplitter", self.splitter.saveState())
        s.set_state("followUpsSplitter", self.followups.splitter.saveState())
        for key, table in self._tables().items():
            s.set_state(f"header_{key}", table.horizontalHeader().saveState())
        s.set_value("window/page", self.current_page())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._closed:
            if not self._close_forms():
                event.ignore()
                return
            self._closed = True
            # Its database is closed: nothing in it to say again in another language. A filter
            # from now on, not an override of ``event``: that put every event of the open window,
            # each paint, through Python under the interpreter lock (issue 17).
            self.installEventFilter(_LanguageChangeStop(self))
            self.reminders.stop()
            if self.live is not None:
                self.live.stop()
            self.followups.detail.draft_timer.stop()
            self.save_window_state()
            try:
                from .startup import on_window_closed

                # The backup at close, then the tracker's close, in the background: the window
                # goes now (issue 17).
                on_window_closed(self.tracker)
            except BaseException:
                self.tracker.close()
                raise
            finally:
                if self.draft_session is not None:
                    self.draft_session.close()
        super().closeEvent(event)
