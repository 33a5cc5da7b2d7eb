"""The window on a database that may only be read (issue 15 item 7, SPEC §9).

A PostgreSQL role granted only SELECT, or a SQLite file (or folder) this user cannot write: the
window opens all the same, with a banner saying why nothing can be changed, every action that
writes disabled, forms that only show their record (FormDialog.set_read_only) and no progress
box. Everything that reads — search, filters, exports, briefs — works as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

BANNER_STYLE = "background: #e8eef7; color: #1a3a66; padding: 6px; border-bottom: 1px solid #9fb3d1;"


def writing_actions(window) -> list:
    """The window's actions that change the database."""
    return [
        window.action_new_followup,
        window.action_log_meeting,
        window.action_new_partner,
        window.action_new_agreement,
        window.action_progress,
        window.action_delete,
        window.action_restore,
        window.action_import,
        window.action_restore_backup,
        window.action_undo,
    ]


def apply_read_only(window) -> QLabel | None:
    """On a read-only database: the banner above the pages, and the units' editing switched off."""
    tracker = window.tracker
    if not tracker.read_only:
        return None
    banner = QLabel(
        QCoreApplication.translate(
            "ReadOnly", "Read-only: {reason} You can search, export and print briefs; changes are switched off."
        ).format(reason=tracker.read_only_reason or ""),
        window,
    )
    banner.setObjectName("readOnlyBanner")
    banner.setAccessibleName(QCoreApplication.translate("ReadOnly", "Read-only database"))
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.setStyleSheet(BANNER_STYLE)
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(window.takeCentralWidget(), 1)
    window.setCentralWidget(holder)
    # Units are edited in place on the Settings page: the whole group is switched off.
    window.settings_view.add_unit_button.parentWidget().setEnabled(False)
    restrict_actions(window)
    return banner


def restrict_actions(window) -> None:
    """Whatever the page and selection, nothing that writes is enabled on a read-only database."""
    if window.tracker.read_only:
        for action in writing_actions(window):
            action.setEnabled(False)
