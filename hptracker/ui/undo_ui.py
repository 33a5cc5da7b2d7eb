"""Edit ▸ Undo in the window (issue 16 item 4): the action's text names the step it would take
back ("Undo edit of follow-up #12"), Ctrl+Z runs it, the outcome is told in the status bar or,
when the undo is refused, in a message naming who changed the record since.

Ctrl+Z inside a text field still undoes the typing there: a line edit or text box takes the key
for itself (Qt asks the focused widget first, ShortcutOverride), so the window's action only runs
when the focus is elsewhere — on a table, a list, a button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import HPTrackerError
from ..core.rows import UndoStep


def _record_name(entity: str) -> str:
    names = {
        "followups": QCoreApplication.translate("Undo", "follow-up"),
        "partners": QCoreApplication.translate("Undo", "partner"),
        "meetings": QCoreApplication.translate("Undo", "meeting"),
        "agreements": QCoreApplication.translate("Undo", "agreement"),
        "contacts": QCoreApplication.translate("Undo", "contact"),
        "facts": QCoreApplication.translate("Undo", "fact"),
        "units": QCoreApplication.translate("Undo", "unit"),
    }
    return names.get(entity, entity)


def step_text(step: UndoStep) -> str:
    """What the step did, as the Undo action names it: "edit of follow-up #12"."""
    templates = {
        "create": QCoreApplication.translate("Undo", "creation of {record} #{id}"),
        "edit": QCoreApplication.translate("Undo", "edit of {record} #{id}"),
        "progress": QCoreApplication.translate("Undo", "progress entry on {record} #{id}"),
        "delete": QCoreApplication.translate("Undo", "deletion of {record} #{id}"),
        "restore": QCoreApplication.translate("Undo", "restoring of {record} #{id}"),
    }
    template = templates.get(step.kind, templates["edit"])
    return template.format(record=_record_name(step.entity), id=step.record_id)


def action_text(step: UndoStep | None) -> str:
    if step is None:
        return QCoreApplication.translate("Undo", "&Undo")
    return QCoreApplication.translate("Undo", "&Undo {step}").format(step=step_text(step))


def update_undo_action(window) -> None:
    """The action names the step it would take back, and is enabled only when there is one."""
    step = None if window.tracker.read_only else window.tracker.next_undo()
    window.action_undo.setText(action_text(step))
    window.action_undo.setEnabled(step is not None)


def undo_last(window) -> bool:
    """Take back this window's newest step; True when it was undone."""
    from .dialogs.base import MessageDialog

    tracker = window.tracker
    step = tracker.next_undo()
    if step is None or tracker.read_only:
        window.statusBar().showMessage(QCoreApplication.translate("Undo", "Nothing to undo."), 4000)
        update_undo_action(window)
        return False
    done = False
    try:
        tracker.undo()
        done = True
    except HPTrackerError as exc:  # refused (someone changed the record since), or the store failed
        MessageDialog.show_error(window, exc.message)
    window.refresh_all()
    detail = window.followups.detail
    if detail.followup_id is not None:
        detail.show_followup(detail.followup_id)
    if done:
        window.statusBar().showMessage(QCoreApplication.translate("Undo", "Undone: {step}.").format(step=step_text(step)), 6000)
    update_undo_action(window)
    return done
