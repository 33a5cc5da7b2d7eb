"""The main window's actions, menus and toolbar: what each does, its keys and its texts.

Every text is a function that translates, kept by the window (``MainWindow.keep_text``; the window
is passed in, this module never imports main_window) and said
again when the officer changes the language; the translation context stays "MainWindow".
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from .icons import icon

PAGE_KEYS = (
    "today",
    "followups",
    "partners",
    "meetings",
    "agreements",
    "statistics",
    "settings",
)  # the pages, in the order of the navigation


def make_action(window: QMainWindow, name: str, text, accessible, shortcut=None, icon_name: str | None = None, slot=None) -> QAction:
    """An action of the window; ``text`` and ``accessible`` may be functions that translate,
    so that the action follows a change of language."""
    action = QAction(window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))

    def texts(action=action, text=text, accessible=accessible) -> None:
        shown = text() if callable(text) else text
        name_ = accessible() if callable(accessible) else accessible
        action.setText(shown)
        # Accessibility tools read the name of the widget that shows the action (toolbar button,
        # menu item); the action keeps it too, as its tooltip and status tip.
        action.setStatusTip(name_)
        action.setProperty("accessibleName", name_)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{name_} ({keys})" if keys else name_)
        button = window.toolbar.widgetForAction(action) if hasattr(window, "toolbar") else None
        if button is not None:
            button.setAccessibleName(name_)

    window.keep_text(texts)
    if icon_name:
        action.setIcon(icon(icon_name))
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def make_actions(window: QMainWindow) -> None:
    """Every action of the window, with its keys, icon and texts (which follow the language)."""
    a = functools.partial(make_action, window)
    window.action_new_followup = a(
        "actionNewFollowUp",
        lambda: QCoreApplication.translate("MainWindow", "&New follow-up…"),
        lambda: QCoreApplication.translate("MainWindow", "New follow-up"),
        QKeySequence.StandardKey.New,
        "new",
        window.new_followup,
    )
    window.action_log_meeting = a(
        "actionLogMeeting",
        lambda: QCoreApplication.translate("MainWindow", "&Log a meeting…"),
        lambda: QCoreApplication.translate("MainWindow", "Log a meeting"),
        "Ctrl+M",
        "meeting_new",
        window.log_meeting,
    )
    window.action_new_partner = a(
        "actionNewPartner",
        lambda: QCoreApplication.translate("MainWindow", "New &partner…"),
        lambda: QCoreApplication.translate("MainWindow", "New partner"),
        "Ctrl+Shift+N",
        "partners",
        window.new_partner,
    )
    window.action_new_agreement = a(
        "actionNewAgreement",
        lambda: QCoreApplication.translate("MainWindow", "New &agreement…"),
        lambda: QCoreApplication.translate("MainWindow", "New agreement"),
        None,
        "agreements",
        window.new_agreement,
    )
    window.action_facts = a(
        "actionFacts",
        lambda: QCoreApplication.translate("MainWindow", "&Facts…"),
        lambda: QCoreApplication.translate("MainWindow", "Facts and figures for briefs"),
        None,
        None,
        window.open_facts,
    )
    window.action_edit = a(
        "actionEdit",
        lambda: QCoreApplication.translate("MainWindow", "&Open / edit…"),
        lambda: QCoreApplication.translate("MainWindow", "Open the selected record"),
        "F2",
        "edit",
        window.open_selected,
    )
    window.action_progress = a(
        "actionRecordProgress",
        lambda: QCoreApplication.translate("MainWindow", "&Record progress"),
        lambda: QCoreApplication.translate("MainWindow", "Record progress on the selected follow-up"),
        "Ctrl+R",
        "progress",
        window.focus_progress,
    )
    window.action_delete = a(
        "actionDelete",
        lambda: QCoreApplication.translate("MainWindow", "&Delete…"),
        lambda: QCoreApplication.translate("MainWindow", "Delete the selected records"),
        QKeySequence.StandardKey.Delete,
        "delete",
        window.delete_selected,
    )
    window.action_restore = a(
        "actionRestore",
        lambda: QCoreApplication.translate("MainWindow", "Re&store"),
        lambda: QCoreApplication.translate("MainWindow", "Restore the selected deleted records"),
        None,
        "restore",
        window.restore_selected,
    )
    window.action_find = a(
        "actionFind",
        lambda: QCoreApplication.translate("MainWindow", "&Search"),
        lambda: QCoreApplication.translate("MainWindow", "Search"),
        QKeySequence.StandardKey.Find,
        "search",
        window.focus_search,
    )
    window.action_refresh = a(
        "actionRefresh",
        lambda: QCoreApplication.translate("MainWindow", "Re&fresh"),
        lambda: QCoreApplication.translate("MainWindow", "Refresh"),
        QKeySequence.StandardKey.Refresh,
        None,
        window.refresh_all,
    )
    window.action_export = a(
        "actionExport",
        lambda: QCoreApplication.translate("MainWindow", "&Export…"),
        lambda: QCoreApplication.translate("MainWindow", "Export the follow-ups shown"),
        "Ctrl+E",
        "export",
        window.export,
    )
    window.action_brief = a(
        "actionBrief",
        lambda: QCoreApplication.translate("MainWindow", "&Brief…"),
        lambda: QCoreApplication.translate("MainWindow", "Meeting brief for the selected partner"),
        "Ctrl+P",
        "brief",
        window.brief,
    )
    window.action_backup = a(
        "actionBackup",
        lambda: QCoreApplication.translate("MainWindow", "&Back up now"),
        lambda: QCoreApplication.translate("MainWindow", "Back up the database now"),
        None,
        "backup",
        window.backup,
    )
    window.action_restore_backup = a(
        "actionRestoreBackup",
        lambda: QCoreApplication.translate("MainWindow", "Restore from bac&kup…"),
        lambda: QCoreApplication.translate("MainWindow", "Restore the database from a backup"),
        None,
        None,
        window.restore_backup,
    )
    window.action_check = a(
        "actionCheckDatabase",
        lambda: QCoreApplication.translate("MainWindow", "&Check database"),
        lambda: QCoreApplication.translate("MainWindow", "Check the database"),
        None,
        None,
        window.check_database,
    )
    window.action_report = a(
        "actionReport",
        lambda: QCoreApplication.translate("MainWindow", "Periodic &report…"),
        lambda: QCoreApplication.translate("MainWindow", "Periodic report of a period (.xlsx or PDF)"),
        None,
        "report",
        window.periodic_report,
    )
    window.action_import = a(
        "actionImport",
        lambda: QCoreApplication.translate("MainWindow", "&Import from Excel…"),
        lambda: QCoreApplication.translate("MainWindow", "Import from Excel"),
        None,
        "import",
        window.import_workbook,
    )
    window.action_quit = a(
        "actionQuit",
        lambda: QCoreApplication.translate("MainWindow", "&Quit"),
        lambda: QCoreApplication.translate("MainWindow", "Quit"),
        QKeySequence.StandardKey.Quit,
        None,
        window.close,
    )
    window.action_undo = a(
        "actionUndo",
        lambda: QCoreApplication.translate("MainWindow", "&Undo"),
        lambda: QCoreApplication.translate("MainWindow", "Undo my last change"),
        QKeySequence.StandardKey.Undo,
        None,
        window.undo,
    )
    window.action_shortcuts = a(
        "actionShortcuts",
        lambda: QCoreApplication.translate("MainWindow", "&Keyboard shortcuts…"),
        lambda: QCoreApplication.translate("MainWindow", "The keyboard shortcuts of the window and the forms"),
        QKeySequence.StandardKey.HelpContents,
        None,
        window.show_shortcuts,
    )
    window.page_actions = []
    for number, (key, name) in enumerate(zip(PAGE_KEYS, window.page_names(), strict=True)):
        action = a(f"actionShow_{key}", name, name, f"Ctrl+{number + 1}", key, lambda number=number: window.show_page(number))
        window.page_actions.append(action)


def make_menus(window: QMainWindow) -> None:
    """The menu bar and the toolbar, from the actions."""
    bar = window.menuBar()
    bar.setObjectName("menuBar")
    file_menu = window.menu(lambda: QCoreApplication.translate("MainWindow", "&File"))
    for action in (window.action_import, window.action_export, window.action_brief, window.action_report):
        file_menu.addAction(action)
    file_menu.addSeparator()
    for action in (window.action_backup, window.action_restore_backup, window.action_check):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(window.action_quit)
    edit_menu = window.menu(lambda: QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.action_undo)
    edit_menu.aboutToShow.connect(window.update_undo)
    records = window.menu(lambda: QCoreApplication.translate("MainWindow", "&Records"))
    for action in (window.action_new_followup, window.action_log_meeting, window.action_new_agreement, window.action_new_partner):
        records.addAction(action)
    records.addAction(window.action_facts)
    records.addSeparator()
    for action in (window.action_edit, window.action_progress, window.action_delete, window.action_restore):
        records.addAction(action)
    view = window.menu(lambda: QCoreApplication.translate("MainWindow", "&View"))
    for action in window.page_actions:
        view.addAction(action)
    view.addSeparator()
    view.addAction(window.action_find)
    view.addAction(window.action_refresh)
    help_menu = window.menu(lambda: QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.action_shortcuts)

    window.toolbar = QToolBar(window)
    window.keep_text(lambda: window.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Main toolbar")))
    window.toolbar.setObjectName("mainToolbar")
    window.toolbar.setMovable(False)
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (
        window.action_new_followup,
        window.action_log_meeting,
        window.action_progress,
        None,
        window.action_edit,
        window.action_delete,
        window.action_restore,
        None,
        window.action_export,
        window.action_brief,
        window.action_backup,
    ):
        if action is None:
            window.toolbar.addSeparator()
        else:
            window.toolbar.addAction(action)
            button = window.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.property("accessibleName"))
                window.keep_text(lambda button=button, action=action: button.setAccessibleName(action.property("accessibleName")))
    window.addToolBar(window.toolbar)
