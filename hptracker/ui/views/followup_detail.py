"""One follow-up in full: its facts, its whole history, and a quick way to record progress.

Recording progress is a few keystrokes: focus lands in the note (Ctrl+R from the window), Alt+S
picks a status, Enter records. The history lists progress entries and audit entries together,
oldest first, as ``Tracker.history`` returns them.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import AuditAction, FollowUpDirection, FollowUpStatus, Priority, Timeliness
from ...core.errors import ConflictError, HPTrackerError, NotFoundError, ValidationError
from ...core.i18n import language
from ...core.labels import label
from ...core.text import format_date, format_due
from ..dialogs.base import ERROR_STYLE, DiscardDialog, FormDialog
from ..dialogs.widgets import ChoiceBox, DateEdit, enum_items
from ..geometry import fit
from ..models.records import timeliness_text
from ..retranslate import Texts, is_language_change

FIELD_NAMES = {
    "title": lambda: QCoreApplication.translate("FollowUpDetail", "title"),
    "details": lambda: QCoreApplication.translate("FollowUpDetail", "details"),
    "direction": lambda: QCoreApplication.translate("FollowUpDetail", "direction"),
    "partner_id": lambda: QCoreApplication.translate("FollowUpDetail", "partner"),
    "meeting_id": lambda: QCoreApplication.translate("FollowUpDetail", "meeting"),
    "agreement_id": lambda: QCoreApplication.translate("FollowUpDetail", "agreement"),
    "category_id": lambda: QCoreApplication.translate("FollowUpDetail", "category"),
    "unit_id": lambda: QCoreApplication.translate("FollowUpDetail", "responsible unit"),
    "officer": lambda: QCoreApplication.translate("FollowUpDetail", "officer"),
    "priority": lambda: QCoreApplication.translate("FollowUpDetail", "priority"),
    "due_date": lambda: QCoreApplication.translate("FollowUpDetail", "due date"),
    "due_precision": lambda: QCoreApplication.translate("FollowUpDetail", "due precision"),
    "status": lambda: QCoreApplication.translate("FollowUpDetail", "status"),
    "completed_on": lambda: QCoreApplication.translate("FollowUpDetail", "completed on"),
    "fields": lambda: QCoreApplication.translate("FollowUpDetail", "fields of cooperation"),
    "deleted_at": lambda: QCoreApplication.translate("FollowUpDetail", "deleted"),
    "contact_id": lambda: QCoreApplication.translate("FollowUpDetail", "contact"),
    "progress": lambda: QCoreApplication.translate("FollowUpDetail", "progress entry"),
}


def _plain_label(parent: QWidget, bold: bool = False) -> QLabel:
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = widget.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        widget.setFont(font)
    return widget


def contact_text(contact) -> str:
    """Who to call on the partner's side: "name — position" over "phone · email"; "" for nobody."""
    if contact is None:
        return ""
    who = " — ".join(x for x in (contact.name, contact.position) if x)
    reach = " · ".join(x for x in (contact.phone, contact.email) if x)
    return f"{who}\n{reach}" if reach else who


def audit_description(item) -> tuple[str, str]:
    """(what happened, which fields) for one audit line of the history."""
    actions = {
        AuditAction.CREATE.value: QCoreApplication.translate("FollowUpDetail", "Created"),
        AuditAction.UPDATE.value: QCoreApplication.translate("FollowUpDetail", "Changed"),
        AuditAction.DELETE.value: QCoreApplication.translate("FollowUpDetail", "Deleted"),
        AuditAction.RESTORE.value: QCoreApplication.translate("FollowUpDetail", "Restored"),
    }
    what = actions.get(item.action or "", item.action or "")
    if item.note == "undo":  # Edit ▸ Undo took a change back (hptracker.core.undo)
        what = QCoreApplication.translate("FollowUpDetail", "Undone")
    if item.action == AuditAction.UPDATE.value:
        names = [FIELD_NAMES[k]() if k in FIELD_NAMES else k for k in item.changes]
        return what, ", ".join(names)
    return what, ""


class FollowUpDetail(QWidget):
    progress_recorded = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, tracker, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDetail")
        self.tracker = tracker
        self.followup_id: int | None = None
        self._status: str | None = None
        self._version: int | None = None
        # Progress typed but not recorded yet, by follow-up: kept when the officer looks at another
        # follow-up and back, written as drafts, asked about before the window closes.
        self._pending: dict[int, dict] = {}
        self._draft_prefix = f"progress-{uuid.uuid4().hex[:12]}"
        self._drafts_written: set[int] = set()
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(FormDialog.DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.write_drafts)
        self.draft_timer.start()
        self.texts = Texts()
        keep = self.texts.keep
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 0, 0, 0)
        self.empty_label = QLabel(self)
        keep(
            lambda: self.empty_label.setText(
                QCoreApplication.translate("FollowUpDetail", "Select a follow-up to see its history and record progress.")
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.empty_label)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.title_label = _plain_label(self.body, bold=True)
        self.title_label.setObjectName("detailTitle")
        body.addWidget(self.title_label)
        self.state_label = _plain_label(self.body)
        self.state_label.setObjectName("detailState")
        body.addWidget(self.state_label)
        scroll = QScrollArea(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        facts = QWidget(scroll)
        self.facts = QFormLayout(facts)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("partner", lambda: QCoreApplication.translate("FollowUpDetail", "Partner:")),
            ("contact", lambda: QCoreApplication.translate("FollowUpDetail", "Partner contact:")),
            ("direction", lambda: QCoreApplication.translate("FollowUpDetail", "Direction:")),
            ("category", lambda: QCoreApplication.translate("FollowUpDetail", "Category:")),
            ("meeting", lambda: QCoreApplication.translate("FollowUpDetail", "Raised at:")),
            ("agreement", lambda: QCoreApplication.translate("FollowUpDetail", "Agreement:")),
            ("responsible", lambda: QCoreApplication.translate("FollowUpDetail", "Responsible:")),
            ("due", lambda: QCoreApplication.translate("FollowUpDetail", "Due:")),
            ("priority", lambda: QCoreApplication.translate("FollowUpDetail", "Priority:")),
            ("fields", lambda: QCoreApplication.translate("FollowUpDetail", "Fields:")),
            ("details", lambda: QCoreApplication.translate("FollowUpDetail", "Details:")),
        ):
            value = _plain_label(facts)
            self.fact_labels[key] = value
            name = QLabel(facts)
            keep(lambda name=name, text=text: name.setText(text()))
            self.facts.addRow(name, value)
        self.fact_labels["contact"].setObjectName("detailContact")
        scroll.setWidget(facts)
        scroll.setMinimumHeight(150)
        body.addWidget(scroll, 3)

        progress = QGroupBox(self.body)
        keep(lambda: progress.setTitle(QCoreApplication.translate("FollowUpDetail", "Record progress")))
        form = QFormLayout(progress)
        self.status_combo = ChoiceBox(progress)
        self.status_combo.setObjectName("progressStatus")
        keep(lambda: self.status_combo.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "New status")))
        self.note_edit = QLineEdit(progress)
        self.note_edit.setObjectName("progressNote")
        keep(lambda: self.note_edit.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "Progress note")))
        keep(lambda: self.note_edit.setPlaceholderText(QCoreApplication.translate("FollowUpDetail", "what happened; Enter records it")))
        self.date_edit = DateEdit("date", progress)
        self.date_edit.setObjectName("progressDate")
        keep(lambda: self.date_edit.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "Progress date")))
        row = QHBoxLayout()
        row.addWidget(self.date_edit)
        self.record_button = QPushButton(progress)
        keep(lambda: self.record_button.setText(QCoreApplication.translate("FollowUpDetail", "Re&cord")))
        self.record_button.setObjectName("recordProgressButton")
        self.record_button.setAutoDefault(False)  # Enter in the note records once, not twice
        row.addWidget(self.record_button)
        row.addStretch(1)
        note_label, status_label, date_label = QLabel(progress), QLabel(progress), QLabel(progress)
        keep(lambda: note_label.setText(QCoreApplication.translate("FollowUpDetail", "&Note:")))
        keep(lambda: status_label.setText(QCoreApplication.translate("FollowUpDetail", "&Status:")))
        keep(lambda: date_label.setText(QCoreApplication.translate("FollowUpDetail", "Da&te:")))
        form.addRow(note_label, self.note_edit)
        form.addRow(status_label, self.status_combo)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, row)
        self.progress_error = _plain_label(progress)
        self.progress_error.setObjectName("progressError")
        self.progress_error.setStyleSheet(ERROR_STYLE)
        self.progress_error.setVisible(False)
        form.addRow(self.progress_error)
        for buddy_row in range(form.rowCount()):
            item = form.itemAt(buddy_row, QFormLayout.ItemRole.LabelRole)
            if item and isinstance(item.widget(), QLabel):
                field = form.itemAt(buddy_row, QFormLayout.ItemRole.FieldRole)
                if field and field.widget() and not isinstance(field.widget(), QLabel):
                    item.widget().setBuddy(field.widget())
        body.addWidget(progress)

        history_title = QLabel(self.body)
        keep(lambda: history_title.setText(QCoreApplication.translate("FollowUpDetail", "History")))
        font = history_title.font()
        font.setBold(True)
        history_title.setFont(font)
        body.addWidget(history_title)
        # The history as text that wraps to the width shown: each entry a line of date, status and
        # officer, then its note in full (a table's note column cut every note to one line).
        self.history = QTextBrowser(self.body)
        self.history.setObjectName("historyList")
        keep(lambda: self.history.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "History")))
        self.history.setOpenLinks(False)
        self.history.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setTabChangesFocus(True)
        self._history_rows: list[tuple[str, str, str, str, str]] = []
        self.history.setMinimumHeight(120)
        body.addWidget(self.history, 2)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.body)
        keep(lambda: self.edit_button.setText(QCoreApplication.translate("FollowUpDetail", "Ed&it…")))
        self.edit_button.setAutoDefault(False)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        outer.addWidget(self.body, 1)
        self.body.setVisible(False)

        self.note_edit.returnPressed.connect(self.record)
        self.record_button.clicked.connect(self.record)
        self.edit_button.clicked.connect(lambda: self.followup_id is not None and self.edit_requested.emit(self.followup_id))
        self.setMinimumWidth(280)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Another language: the labels, and the follow-up shown again (its statuses' names)."""
        if is_language_change(event) and hasattr(self, "texts"):
            self.texts.again()
            if self.followup_id is not None:
                typed = self.typed_progress()
                self.show_followup(self.followup_id)
                if typed is not None:
                    self.restore_progress(typed)
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------------------

    def show_followup(self, followup_id: int | None) -> None:
        shown_before = self.followup_id
        switching = followup_id != self.followup_id
        if switching:
            self._stash()
            self.note_edit.clear()
            self.progress_error.setVisible(False)
        self.followup_id = followup_id
        if followup_id is None:
            self.body.setVisible(False)
            self.empty_label.setVisible(True)
            return
        try:
            row = self.tracker.followup_row(followup_id)
            history = self.tracker.history(followup_id)
            followup = self.tracker.get_followup(followup_id)
        except NotFoundError:
            self.followup_id = None
            self.body.setVisible(False)
            self.empty_label.setVisible(True)
            return
        self.empty_label.setVisible(False)
        self.body.setVisible(True)
        self.title_label.setText(f"#{row.id} {row.title}")
        state = f"{label(FollowUpStatus, row.status)} · {timeliness_text(row)}"
        if row.deleted:
            state = QCoreApplication.translate("FollowUpDetail", "Deleted — restore it from the Delete/Restore action. {state}").format(
                state=state
            )
        self.state_label.setText(state)
        colour = "#b71c1c" if row.timeliness == Timeliness.OVERDUE else ("#2e7d32" if row.status == FollowUpStatus.DONE else "")
        self.state_label.setStyleSheet(f"color: {colour};" if colour else "")
        names = [n for n in (row.partner_name, row.partner_name_en, row.partner_name_native) if n]
        category = (row.category_en if language() == "en" and row.category_en else row.category) or ""
        responsible = ", ".join(x for x in (row.unit_name, row.officer) if x)
        values = {
            "partner": " — ".join(names),
            "direction": label(FollowUpDirection, row.direction),
            "category": category,
            "meeting": f"{format_date(row.meeting_date)} {row.meeting_title}" if row.meeting_id else "",
            "agreement": row.agreement_title or "",
            "responsible": responsible,
            "due": format_due(row.due_date, row.due_precision, language()) or QCoreApplication.translate("FollowUpDetail", "no due date"),
            "priority": label(Priority, row.priority),
            "fields": ", ".join(f.name for f in followup.fields),
            "details": row.details or "",
        }
        values["contact"] = contact_text(followup.contact)
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.facts.setRowVisible(self.fact_labels["contact"], bool(values["contact"]))
        self._status = row.status
        self._version = followup.version  # a new status is recorded over this version only
        # The same follow-up shown again (F5, another workstation's change): the new status the
        # officer chose stays chosen, like the note being typed.
        chosen = self.status_combo.currentData() if followup_id == shown_before else None
        self.status_combo.clear()
        self.status_combo.addItem(
            QCoreApplication.translate("FollowUpDetail", "{status} (unchanged)").format(status=label(FollowUpStatus, row.status)), None
        )
        for value, text in enum_items(FollowUpStatus):
            if value != row.status:
                self.status_combo.addItem(text, value)
        if chosen is not None and self.status_combo.findData(chosen) >= 0:
            self.status_combo.setCurrentIndex(self.status_combo.findData(chosen))
        if not self.date_edit.text():
            self.date_edit.set_date(dt.date.today())
        if switching and followup_id in self._pending:
            self.restore_progress(self._pending.pop(followup_id))
        enabled = not row.deleted
        for widget in (self.status_combo, self.note_edit, self.date_edit, self.record_button, self.edit_button):
            widget.setEnabled(enabled)
        if self.tracker.read_only:  # a database that may only be read: the record shows, nothing is recorded
            for widget in (self.status_combo, self.note_edit, self.date_edit, self.record_button):
                widget.setEnabled(False)
        self._fill_history(history)

    def _fill_history(self, history) -> None:
        """Newest first (by the day each entry is dated, then by when it was written): what the
        officer needs now. Every user text is escaped: a note reads as typed, never as HTML."""
        rows = []
        for item in sorted(history, key=lambda item: (item.date, item.at), reverse=True):
            if item.kind == "progress":
                what, note = QCoreApplication.translate("FollowUpDetail", "Progress"), item.note or ""
                status = label(FollowUpStatus, item.status)
            else:
                what, fields = audit_description(item)
                note = fields
                status = ""
                if "status" in item.changes:
                    status = label(FollowUpStatus, item.changes["status"][1])
            rows.append((format_date(item.date), what, status, note, item.officer or "", item.kind))
        self._history_rows = [row[:5] for row in rows]
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
        blocks = []
        for date, what, status, note, officer, kind in rows:
            heading = " · ".join(html.escape(part) for part in (date, status or what, officer) if part)
            body = html.escape(note).replace("\n", "<br>")
            if kind == "progress":
                blocks.append(f"<p style='margin:0 0 8px 0'><b>{heading}</b>" + (f"<br>{body}" if body else "") + "</p>")
            else:  # a change to the record: said more quietly than the notes
                change = html.escape(what) + (f": {body}" if body else "")
                blocks.append(f"<p style='margin:0 0 8px 0; color:{muted}'>{heading}<br>{change}</p>")
        self.history.setHtml("".join(blocks))

    def history_rows(self) -> list[tuple[str, ...]]:
        """(date, kind of entry, status, note, officer) of each history entry, newest first."""
        return list(self._history_rows)

    def focus_progress(self) -> None:
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- recording ---------------------------------------------------------------------------------

    def record(self) -> bool:
        if self.followup_id is None:
            return False
        self.progress_error.setVisible(False)
        try:
            date = self.date_edit.date()
            status = self.status_combo.currentData()
            # A new status chosen from what is shown must not replace one set meanwhile (issue 15 item 4).
            self.tracker.add_progress(
                self.followup_id,
                status=status,
                note=self.note_edit.text(),
                date=date,
                expected_version=self._version if status is not None else None,
            )
        except ConflictError as exc:
            note = self.note_edit.text()
            self.show_followup(self.followup_id)  # the status as it is now; the typed note stays
            self.note_edit.setText(note)
            self.progress_error.setText(exc.message)
            self.progress_error.setVisible(True)
            return False
        except ValidationError as exc:
            self.progress_error.setText(exc.message)
            self.progress_error.setVisible(True)
            return False
        except HPTrackerError as exc:
            self.progress_error.setText(exc.message)
            self.progress_error.setVisible(True)
            return False
        followup_id = self.followup_id
        self.note_edit.clear()
        self._pending.pop(followup_id, None)
        self.show_followup(followup_id)
        self.progress_recorded.emit(followup_id)
        self.write_drafts()
        return True

    # -- progress typed, not recorded yet ------------------------------------------------------------

    def typed_progress(self) -> dict | None:
        """The progress form's content for the follow-up shown, when the officer typed in it."""
        if self.followup_id is None:
            return None
        note, status = self.note_edit.text(), self.status_combo.currentData()
        if not note.strip() and status is None:
            return None
        return {"followup_id": self.followup_id, "note": note, "status": status, "date": self.date_edit.text()}

    def _stash(self) -> None:
        typed = self.typed_progress()
        if typed is not None:
            self._pending[typed["followup_id"]] = typed

    def pending_progress(self) -> dict[int, dict]:
        """Every follow-up's progress typed and not recorded, the one shown included."""
        pending = dict(self._pending)
        typed = self.typed_progress()
        if typed is not None:
            pending[typed["followup_id"]] = typed
        return pending

    def restore_progress(self, values: dict) -> None:
        """Put typed progress back (from a draft, or when the officer comes back to the follow-up)."""
        if values.get("followup_id") not in (None, self.followup_id):
            self._pending[values["followup_id"]] = dict(values)
            return
        self.note_edit.setText(values.get("note") or "")
        index = self.status_combo.findData(values.get("status")) if values.get("status") else 0
        self.status_combo.setCurrentIndex(max(index, 0))
        if values.get("date"):
            self.date_edit.setText(values["date"])

    def record_pending(self) -> bool:
        """Record every progress typed (the officer chose Save before closing); False when one
        is refused (its message shows, that follow-up in view)."""
        for followup_id, values in list(self.pending_progress().items()):
            if followup_id != self.followup_id:
                self.show_followup(followup_id)
            self.restore_progress(values)
            if not self.record():
                return False
        return True

    def discard_pending(self) -> None:
        self._pending.clear()
        self.note_edit.clear()
        self.write_drafts()

    def _draft_session(self):
        widget = self.parentWidget()
        while widget is not None:
            session = getattr(widget, "draft_session", None)
            if session is not None:
                return session
            widget = widget.parentWidget()
        return None

    def write_drafts(self) -> None:
        """Each follow-up's typed progress as a draft of its own; recorded or cleared ones go."""
        session = self._draft_session()
        if session is None:
            return
        pending = self.pending_progress()
        for followup_id in self._drafts_written - set(pending):
            session.remove(f"{self._draft_prefix}-{followup_id}")
        for followup_id, values in pending.items():
            title = QCoreApplication.translate("FollowUpDetail", "Progress on follow-up #{id}").format(id=followup_id)
            try:
                session.save(
                    f"{self._draft_prefix}-{followup_id}", "progress", title, {"reopen": {"followup_id": followup_id}, "values": values}
                )
            except HPTrackerError:
                continue
        self._drafts_written = set(pending)


class FollowUpDetailDialog(QDialog):
    """The same detail in its own window, opened from Today without leaving it."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_language_change(event) and hasattr(self, "texts"):
            self.texts.again()
        super().changeEvent(event)

    def reject(self) -> None:
        """Closing with progress typed and not recorded asks Save (record it), Discard or Cancel."""
        if self.isVisible() and self.detail.pending_progress():
            answer = DiscardDialog.ask(self, self.windowTitle())
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.detail.record_pending():
                return
            self.detail.discard_pending()
        super().reject()

    def __init__(self, tracker, followup_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDetailDialog")
        self.texts = Texts()
        self.texts.keep(lambda: self.setWindowTitle(QCoreApplication.translate("FollowUpDetail", "Follow-up #{id}").format(id=followup_id)))
        layout = QVBoxLayout(self)
        self.detail = FollowUpDetail(tracker, self)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.texts.keep(
            lambda: buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("FollowUpDetail", "Close"))
        )
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.detail.show_followup(followup_id)
        fit(self, 560, 720)
        # Opened to record progress: the cursor waits in the note, the progress form's first field.
        self.detail.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
