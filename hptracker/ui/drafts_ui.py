"""Drafts in the window: the forms a crashed session left unsaved, offered back at the next start.

The forms write their own drafts (:class:`hptracker.ui.dialogs.base.FormDialog`), into the
window's :class:`hptracker.core.drafts.DraftSession`. At start the window asks once, through
:meth:`DraftsDialog.ask` (tests replace it), whether to reopen what an earlier session left:
"Reopen" opens each form again with what was typed (a form's own draft then takes over),
"Discard" deletes them, "Later" leaves them for the next start.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.drafts import Draft, DraftSession
from ..core.errors import HPTrackerError
from ..core.text import format_date
from .dialogs.base import plain_message_box

REOPEN, DISCARD, LATER = "reopen", "discard", "later"


def open_session(tracker) -> DraftSession | None:
    """The window's drafts; None where the data folder cannot be written (no drafts then)."""
    target = str(tracker.db.path) if tracker.db.path is not None else str(tracker.db.url)
    try:
        return DraftSession(target)
    except OSError:
        return None


class DraftsDialog:
    """The question at start; tests replace ``ask``."""

    @classmethod
    def message_box(cls, parent: QWidget | None, drafts: list[Draft]) -> tuple[QMessageBox, dict]:
        lines = "\n".join(f"• {d.title} — {format_date(d.saved_at.date())} {d.saved_at.strftime('%H:%M')}" for d in drafts)
        box = plain_message_box(
            QMessageBox.Icon.Question,
            parent,
            QCoreApplication.translate("DraftsDialog", "Unsaved forms"),
            QCoreApplication.translate("DraftsDialog", "hptracker closed last time without saving these forms (a crash or a power cut?):")
            + "\n"
            + lines,
        )
        box.setObjectName("draftsQuestion")
        box.setInformativeText(QCoreApplication.translate("DraftsDialog", "Reopen them with what was typed?"))
        answers = {
            box.addButton(QCoreApplication.translate("DraftsDialog", "&Reopen"), QMessageBox.ButtonRole.AcceptRole): REOPEN,
            box.addButton(QCoreApplication.translate("DraftsDialog", "&Discard"), QMessageBox.ButtonRole.DestructiveRole): DISCARD,
            box.addButton(QCoreApplication.translate("DraftsDialog", "&Later"), QMessageBox.ButtonRole.RejectRole): LATER,
        }
        return box, answers

    @classmethod
    def ask(cls, parent: QWidget | None, drafts: list[Draft]) -> str:
        box, answers = cls.message_box(parent, drafts)
        box.exec()
        return answers.get(box.clickedButton(), LATER)


def offer_drafts(window) -> list:
    """Ask about the drafts earlier sessions left, and do what the officer chose; returns the
    forms reopened."""
    session = window.draft_session
    if session is None:
        return []
    drafts = session.left_over()
    if not drafts:
        return []
    answer = DraftsDialog.ask(window, drafts)
    if answer == DISCARD:
        for draft in drafts:
            session.forget(draft)
        return []
    if answer != REOPEN:
        return []
    opened = []
    for draft in drafts:
        form = reopen(window, draft)
        if form is not None:
            opened.append(form)
            session.forget(draft)  # the reopened form keeps its own draft from now on
    return opened


def reopen(window, draft: Draft):
    """Open the form a draft came from, with what was typed in it."""
    info = draft.content.get("reopen") or {}
    values = draft.content.get("values") or {}
    record_id = info.get("id")
    try:
        form = _open(window, draft.kind, record_id, info)
    except HPTrackerError:
        # The record is gone (deleted since, elsewhere): what was typed opens as a new record,
        # for the officer to save or discard, rather than vanishing.
        form = _open(window, draft.kind, None, info) if record_id is not None else None
    if form is None:
        return None
    if hasattr(form, "apply_state"):
        form.apply_state(values)
    else:  # the progress form
        form.detail.restore_progress(values)
    return form


def _open(window, kind: str, record_id: int | None, info: dict):
    if kind == "partner":
        return window.edit_partner(record_id) if record_id is not None else window.new_partner()
    if kind == "meeting":
        return window.edit_meeting(record_id) if record_id is not None else window.log_meeting()
    if kind == "agreement":
        return window.edit_agreement(record_id) if record_id is not None else window.new_agreement()
    if kind == "followup":
        return window.edit_followup(record_id) if record_id is not None else window.new_followup()
    if kind == "progress":
        return window.open_followup_detail(info["followup_id"])
    if kind == "contact":
        from .dialogs.contact_form import ContactFormDialog

        partner = window.tracker.get_partner(info["partner_id"])
        contact = next((c for c in partner.contacts if c.id == record_id), None) if record_id is not None else None
        if record_id is not None and contact is None:
            raise HPTrackerError(QCoreApplication.translate("DraftsDialog", "The contact no longer exists."))
        return window.open_form(ContactFormDialog(window.tracker, partner.id, window, contact=contact))
    if kind == "fact":
        from .dialogs.facts_dialog import FactFormDialog

        fact = None
        if record_id is not None:
            with contextlib.suppress(StopIteration):
                fact = next(f for f in window.tracker.list_facts() if f.id == record_id)
            if fact is None:
                raise HPTrackerError(QCoreApplication.translate("DraftsDialog", "The fact no longer exists."))
        return window.open_form(FactFormDialog(window.tracker, window, fact=fact, partner_id=info.get("partner_id")))
    return None
