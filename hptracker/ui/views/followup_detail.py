"""One follow-up in full: its facts, its whole history, and a quick way to record progress.

Recording progress is a few keystrokes: focus lands in the note (Ctrl+R from the window), Alt+S
picks a status, Enter records. The history lists progress entries and audit entries together,
oldest first, as ``Tracker.history`` returns them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import AuditAction, FollowUpDirection, FollowUpStatus, Priority, Timeliness
from ...core.errors import ConflictError, HPTrackerError, NotFoundError, ValidationError
from ...core.i18n import language
from ...core.labels import label
from ...core.text import format_date, format_due
from ..dialogs.base import ERROR_STYLE
from ..dialogs.widgets import DateEdit, enum_items
from ..models.base import rich_tooltip
from ..models.records import timeliness_text

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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 0, 0, 0)
        self.empty_label = QLabel(QCoreApplication.translate("FollowUpDetail", "Select a follow-up to see its history and record progress."), self)
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
            ("partner", QCoreApplication.translate("FollowUpDetail", "Partner:")),
            ("contact", QCoreApplication.translate("FollowUpDetail", "Partner contact:")),
            ("direction", QCoreApplication.translate("FollowUpDetail", "Direction:")),
            ("category", QCoreApplication.translate("FollowUpDetail", "Category:")),
            ("meeting", QCoreApplication.translate("FollowUpDetail", "Raised at:")),
            ("agreement", QCoreApplication.translate("FollowUpDetail", "Agreement:")),
            ("responsible", QCoreApplication.translate("FollowUpDetail", "Responsible:")),
            ("due", QCoreApplication.translate("FollowUpDetail", "Due:")),
            ("priority", QCoreApplication.translate("FollowUpDetail", "Priority:")),
            ("fields", QCoreApplication.translate("FollowUpDetail", "Fields:")),
            ("details", QCoreApplication.translate("FollowUpDetail", "Details:")),
        ):
            value = _plain_label(facts)
            self.fact_labels[key] = value
            self.facts.addRow(text, value)
        self.fact_labels["contact"].setObjectName("detailContact")
        scroll.setWidget(facts)
        scroll.setMinimumHeight(150)
        body.addWidget(scroll, 3)

        progress = QGroupBox(QCoreApplication.translate("FollowUpDetail", "Record progress"), self.body)
        form = QFormLayout(progress)
        self.status_combo = QComboBox(progress)
        self.status_combo.setObjectName("progressStatus")
        self.status_combo.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "New status"))
        self.note_edit = QLineEdit(progress)
        self.note_edit.setObjectName("progressNote")
        self.note_edit.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "Progress note"))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("FollowUpDetail", "what happened; Enter records it"))
        self.date_edit = DateEdit("date", progress)
        self.date_edit.setObjectName("progressDate")
        self.date_edit.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "Progress date"))
        row = QHBoxLayout()
        row.addWidget(self.date_edit)
        self.record_button = QPushButton(QCoreApplication.translate("FollowUpDetail", "&Record"), progress)
        self.record_button.setObjectName("recordProgressButton")
        self.record_button.setAutoDefault(False)  # Enter in the note records once, not twice
        row.addWidget(self.record_button)
        row.addStretch(1)
        form.addRow(QCoreApplication.translate("FollowUpDetail", "&Note:"), self.note_edit)
        form.addRow(QCoreApplication.translate("FollowUpDetail", "&Status:"), self.status_combo)
        date_label = QLabel(QCoreApplication.translate("FollowUpDetail", "Da&te:"), progress)
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

        history_title = QLabel(QCoreApplication.translate("FollowUpDetail", "History"), self.body)
        font = history_title.font()
        font.setBold(True)
        history_title.setFont(font)
        body.addWidget(history_title)
        self.history = QTreeWidget(self.body)
        self.history.setObjectName("historyList")
        self.history.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "History"))
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(True)
        self.history.setHeaderLabels([QCoreApplication.translate("FollowUpDetail", "Date"), QCoreApplication.translate("FollowUpDetail", "Entry"),
                                      QCoreApplication.translate("FollowUpDetail", "Status"), QCoreApplication.translate("FollowUpDetail", "Note"),
                                      QCoreApplication.translate("FollowUpDetail", "By")])
        header = self.history.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 80), (1, 90), (2, 110), (4, 110)):
            header.resizeSection(column, width)
        self.history.setMinimumHeight(120)
        body.addWidget(self.history, 2)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(QCoreApplication.translate("FollowUpDetail", "&Edit…"), self.body)
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

    # -- showing -----------------------------------------------------------------------------------

    def show_followup(self, followup_id: int | None) -> None:
        shown_before = self.followup_id
        if followup_id != self.followup_id:
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
            state = QCoreApplication.translate("FollowUpDetail", "Deleted — restore it from the Delete/Restore action. {state}").format(state=state)
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
        self.status_combo.addItem(QCoreApplication.translate("FollowUpDetail", "{status} (unchanged)").format(status=label(FollowUpStatus, row.status)),
                                  None)
        for value, text in enum_items(FollowUpStatus):
            if value != row.status:
                self.status_combo.addItem(text, value)
        if chosen is not None and self.status_combo.findData(chosen) >= 0:
            self.status_combo.setCurrentIndex(self.status_combo.findData(chosen))
        if not self.date_edit.text():
            self.date_edit.set_date(dt.date.today())
        enabled = not row.deleted
        for widget in (self.status_combo, self.note_edit, self.date_edit, self.record_button, self.edit_button):
            widget.setEnabled(enabled)
        if self.tracker.read_only:  # a database that may only be read: the record shows, nothing is recorded
            for widget in (self.status_combo, self.note_edit, self.date_edit, self.record_button):
                widget.setEnabled(False)
        self._fill_history(history)

    def _fill_history(self, history) -> None:
        self.history.clear()
        for item in reversed(history):  # newest first: what the officer needs now
            if item.kind == "progress":
                what, note = QCoreApplication.translate("FollowUpDetail", "Progress"), item.note or ""
                status = label(FollowUpStatus, item.status)
            else:
                what, fields = audit_description(item)
                note = fields
                status = ""
                if "status" in item.changes:
                    status = label(FollowUpStatus, item.changes["status"][1])
            line = QTreeWidgetItem([format_date(item.date), what, status, note, item.officer or ""])
            line.setData(0, Qt.ItemDataRole.UserRole, item.kind)
            line.setToolTip(3, rich_tooltip(note))
            self.history.addTopLevelItem(line)

    def history_rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.history.topLevelItem(i).text(c) for c in range(5)) for i in range(self.history.topLevelItemCount())]

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
            self.tracker.record_progress(self.followup_id, status=status, note=self.note_edit.text(), date=date,
                                         expected_version=self._version if status is not None else None)
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
        self.show_followup(followup_id)
        self.progress_recorded.emit(followup_id)
        return True


class FollowUpDetailDialog(QDialog):
    """The same detail in its own window, opened from Today without leaving it."""

    def __init__(self, tracker, followup_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDetailDialog")
        self.setWindowTitle(QCoreApplication.translate("FollowUpDetail", "Follow-up #{id}").format(id=followup_id))
        layout = QVBoxLayout(self)
        self.detail = FollowUpDetail(tracker, self)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("FollowUpDetail", "Close"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.detail.show_followup(followup_id)
        self.resize(560, 720)
