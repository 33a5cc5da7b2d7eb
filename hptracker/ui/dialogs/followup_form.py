"""Create or edit a follow-up; also used as a draft inside the "log a meeting" form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from ...core.enums import FollowUpDirection, FollowUpStatus, Priority
from ...core.errors import ValidationError
from ...core.labels import label
from ...core.text import Due, format_date
from ...core.tracker import FOLLOWUP_FIELDS
from ...core.validate import clean_value, clean_values
from .base import FormDialog
from .widgets import (
    DueEdit,
    PartnerPicker,
    TagEdit,
    agreement_items,
    category_items,
    enum_items,
    fill_combo,
    meeting_items,
    set_combo,
    unit_items,
)

SPECS = {spec.name: spec for spec in FOLLOWUP_FIELDS}
DRAFT_AGREEMENT = "draft:"  # combo data for an agreement being logged with the same meeting


class FollowUpForm(FormDialog):
    """``draft`` forms return their values (for ``Tracker.log_meeting``) instead of saving."""

    def __init__(self, tracker, parent=None, followup_id: int | None = None, preset: dict | None = None,
                 draft: bool = False, draft_agreements: list[str] | None = None) -> None:
        super().__init__(tracker, parent)
        self.setObjectName("followUpForm")
        self.followup_id = followup_id
        self.draft = draft
        self._duplicates_seen: tuple | None = None
        preset = dict(preset or {})
        if followup_id is not None:
            self.setWindowTitle(QCoreApplication.translate("FollowUpForm", "Edit follow-up #{id}").format(id=followup_id))
        else:
            self.setWindowTitle(QCoreApplication.translate("FollowUpForm", "New follow-up"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outer.addLayout(form)

        self.title_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Title:"), self.title_edit, "title")
        self.partner_picker = PartnerPicker(tracker, "partner_id", self)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Partner:"), self.partner_picker, "partner_id")
        self.direction_combo = QComboBox(self)
        fill_combo(self.direction_combo, enum_items(FollowUpDirection), current=FollowUpDirection.OURS.value)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Direction:"), self.direction_combo, "direction")
        self.category_combo = QComboBox(self)
        fill_combo(self.category_combo, category_items(tracker), QCoreApplication.translate("FollowUpForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Category:"), self.category_combo, "category_id", "category")
        self.meeting_combo = QComboBox(self)
        if draft:
            self.meeting_combo.addItem(QCoreApplication.translate("FollowUpForm", "the meeting being logged"), None)
            self.meeting_combo.setEnabled(False)
        else:
            fill_combo(self.meeting_combo, meeting_items(tracker), QCoreApplication.translate("FollowUpForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Raised at &meeting:"), self.meeting_combo, "meeting_id")
        self.agreement_combo = QComboBox(self)
        self.agreement_combo.addItem(QCoreApplication.translate("FollowUpForm", "— none —"), None)
        for number, title in enumerate(draft_agreements or []):
            self.agreement_combo.addItem(QCoreApplication.translate("FollowUpForm", "{title} (logged with this meeting)").format(title=title),
                                         f"{DRAFT_AGREEMENT}{number}")
        for value, text in agreement_items(tracker):
            self.agreement_combo.addItem(text, value)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Implements &agreement:"), self.agreement_combo, "agreement_id")
        self.unit_combo = QComboBox(self)
        fill_combo(self.unit_combo, unit_items(tracker), QCoreApplication.translate("FollowUpForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Responsible &unit:"), self.unit_combo, "unit_id")
        self.officer_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Responsible &officer:"), self.officer_edit, "officer")
        self.priority_combo = QComboBox(self)
        fill_combo(self.priority_combo, enum_items(Priority), current=Priority.NORMAL.value)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Priorit&y:"), self.priority_combo, "priority")
        self.due_edit = DueEdit(self)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "D&ue:"), self.due_edit, "due")
        self.status_combo = QComboBox(self)
        fill_combo(self.status_combo, enum_items(FollowUpStatus), current=FollowUpStatus.NOT_STARTED.value)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Status:"), self.status_combo, "status")
        known = [f.name for f in tracker.list_fields()]
        self.fields_edit = TagEdit(known, self)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Fields of cooperation:"), self.fields_edit, "fields")
        self.details_edit = QPlainTextEdit(self)
        self.details_edit.setTabChangesFocus(True)
        self.details_edit.setMaximumHeight(90)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "D&etails:"), self.details_edit, "details")
        self.duplicate_label = QLabel(self)
        self.duplicate_label.setObjectName("duplicateWarning")
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet("color: #8a5300;")
        self.duplicate_label.setVisible(False)
        self.outer.addWidget(self.duplicate_label)
        self.finish_layout()
        self.title_edit.editingFinished.connect(self.check_duplicates)
        self.partner_picker.picked.connect(lambda _pid: self.check_duplicates())
        self.resize(640, 620)

        if followup_id is not None:
            self._load(tracker.get_followup(followup_id))
        else:
            self._preset(preset)

    def _preset(self, preset: dict) -> None:
        if preset.get("title"):
            self.title_edit.setText(preset["title"])
        if preset.get("partner_id") is not None:
            self.partner_picker.set_partner(preset["partner_id"], preset.get("partner_name", ""))
        if preset.get("direction"):
            set_combo(self.direction_combo, str(preset["direction"]))
        if preset.get("category_id") is not None:
            set_combo(self.category_combo, preset["category_id"])
        if preset.get("meeting_id") is not None and not self.draft:
            set_combo(self.meeting_combo, preset["meeting_id"])
        if preset.get("agreement_index") is not None:
            set_combo(self.agreement_combo, f"{DRAFT_AGREEMENT}{preset['agreement_index']}")
        elif preset.get("agreement_id") is not None:
            set_combo(self.agreement_combo, preset["agreement_id"])
        if preset.get("unit_id") is not None:
            set_combo(self.unit_combo, preset["unit_id"])
        if preset.get("officer"):
            self.officer_edit.setText(preset["officer"])
        if preset.get("priority"):
            set_combo(self.priority_combo, str(preset["priority"]))
        due = preset.get("due")
        if isinstance(due, Due):
            self.due_edit.set_due(due.date, due.precision)
        if preset.get("status"):
            set_combo(self.status_combo, str(preset["status"]))
        if preset.get("fields"):
            self.fields_edit.set_tags(preset["fields"])
        if preset.get("details"):
            self.details_edit.setPlainText(preset["details"])

    def _load(self, followup) -> None:
        self.title_edit.setText(followup.title)
        self.partner_picker.set_partner(followup.partner_id, followup.partner.name)
        set_combo(self.direction_combo, followup.direction)
        set_combo(self.category_combo, followup.category_id)
        if followup.meeting_id is not None and self.meeting_combo.findData(followup.meeting_id) < 0:
            self.meeting_combo.addItem(f"{format_date(followup.meeting.date)} — {followup.meeting.title}",
                                       followup.meeting_id)
        set_combo(self.meeting_combo, followup.meeting_id)
        if followup.agreement_id is not None and self.agreement_combo.findData(followup.agreement_id) < 0:
            self.agreement_combo.addItem(followup.agreement.title, followup.agreement_id)
        set_combo(self.agreement_combo, followup.agreement_id)
        set_combo(self.unit_combo, followup.unit_id)
        self.officer_edit.setText(followup.officer or "")
        set_combo(self.priority_combo, followup.priority)
        self.due_edit.set_due(followup.due_date, followup.due_precision)
        set_combo(self.status_combo, followup.status)
        self.status_combo.setToolTip(QCoreApplication.translate("FollowUpForm", "Changing the status here writes a progress entry."))
        self.fields_edit.set_tags([f.name for f in followup.fields])
        self.details_edit.setPlainText(followup.details or "")

    # -- reading and saving -----------------------------------------------------------------------

    def collect_checked(self, errors: list[ValidationError]) -> dict:
        title = self.read(errors, lambda: clean_value(SPECS["title"], self.title_edit.text()))
        partner_id = self.read(errors, self.partner_picker.partner_id)
        if partner_id is None and not any(e.field == "partner_id" for e in errors):
            errors.append(ValidationError("partner_id", QCoreApplication.translate("FollowUpForm", "Choose the partner.")))
        due = self.read(errors, self.due_edit.due)
        values = {
            "title": title,
            "details": self.details_edit.toPlainText(),
            "direction": self.direction_combo.currentData(),
            "partner_id": partner_id,
            "category_id": self.category_combo.currentData(),
            "unit_id": self.unit_combo.currentData(),
            "officer": self.officer_edit.text(),
            "priority": self.priority_combo.currentData(),
            "due": due,
            "status": self.status_combo.currentData(),
            "fields": self.fields_edit.tags(),
        }
        agreement = self.agreement_combo.currentData()
        if isinstance(agreement, str) and agreement.startswith(DRAFT_AGREEMENT):
            values["agreement_index"] = int(agreement[len(DRAFT_AGREEMENT):])
        else:
            values["agreement_id"] = agreement
        if not self.draft:
            values["meeting_id"] = self.meeting_combo.currentData()
        if not errors:
            checked = {k: v for k, v in values.items() if k not in ("due", "agreement_index")}
            self.read(errors, lambda: clean_values(FOLLOWUP_FIELDS, checked, partial=True))
        return values

    def check_duplicates(self) -> list:
        """Same partner, same title (ignoring case and accents), same meeting: say so before saving."""
        if self.draft:
            return []
        title = self.title_edit.text().strip()
        partner = self.partner_picker._chosen  # noqa: SLF001 - no lookup while typing
        if not title or partner is None:
            self.duplicate_label.setVisible(False)
            return []
        found = self.tracker.find_duplicates(partner[0], title, self.meeting_combo.currentData(),
                                             exclude_id=self.followup_id)
        if found:
            names = "; ".join(f"#{row.id} {row.title} ({label(FollowUpStatus, row.status)})" for row in found[:3])
            self.duplicate_label.setText(
                QCoreApplication.translate("FollowUpForm", "Possible duplicate — already recorded for this partner and meeting: {items}. "
                                    "Save again to keep both.").format(items=names))
        self.duplicate_label.setVisible(bool(found))
        return found

    def before_commit(self, values: dict) -> bool:
        if self.draft:
            return True
        found = self.check_duplicates()
        if not found:
            return True
        key = (values["partner_id"], (values["title"] or "").casefold(), values.get("meeting_id"))
        if self._duplicates_seen == key:
            return True
        self._duplicates_seen = key
        self.save_button.setText(QCoreApplication.translate("FollowUpForm", "Save anyway"))
        return False

    def commit(self, values: dict):
        if self.draft:
            return {k: v for k, v in values.items() if v not in (None, "", [])}
        if self.followup_id is None:
            values.pop("agreement_index", None)
            return self.tracker.create_followup(**values)
        values.pop("agreement_index", None)
        return self.tracker.update_followup(self.followup_id, **values)
