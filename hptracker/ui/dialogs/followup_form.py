"""Create or edit a follow-up; also used as a draft inside the "log a meeting" form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy

from ...core.enums import FollowUpDirection, FollowUpStatus, Priority
from ...core.errors import HPTrackerError, ValidationError
from ...core.labels import label
from ...core.specs import FOLLOWUP_FIELDS
from ...core.text import Due, format_date
from ...core.validate import clean_value, clean_values
from ..collation import sort_vietnamese
from .base import FormDialog
from .widgets import (
    ChoiceBox,
    DateEdit,
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


def contact_caption(contact) -> str:
    """ "name — position, organisation": enough to tell two people of one partner apart."""
    role = ", ".join(x for x in (contact.position, contact.organisation) if x)
    return f"{contact.name} — {role}" if role else contact.name


class FollowUpForm(FormDialog):
    """``draft`` forms return their values (for ``Tracker.log_meeting``) instead of saving."""

    DRAFT_KIND = "followup"

    def __init__(
        self,
        tracker,
        parent=None,
        followup_id: int | None = None,
        preset: dict | None = None,
        draft: bool = False,
        draft_agreements: list[str] | None = None,
    ) -> None:
        super().__init__(tracker, parent)
        self.setObjectName("followUpForm")
        self.followup_id = followup_id
        self.draft = draft
        self._duplicates_seen: tuple | None = None
        self._contact_info: dict[int, tuple[int, str]] = {}  # contact id -> (its partner id, name)
        self._stored_contact_id: int | None = None  # the edited follow-up's, to send only changes
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
        self.contact_combo = ChoiceBox(self)
        self.contact_combo.setObjectName("contactCombo")
        # Full width, like the meeting combo: long captions, and its message line wraps less.
        self.contact_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Partner co&ntact:"), self.contact_combo, "contact_id")
        self._fill_contacts(None)
        self.direction_combo = ChoiceBox(self)
        fill_combo(self.direction_combo, enum_items(FollowUpDirection), current=FollowUpDirection.OURS.value)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "D&irection:"), self.direction_combo, "direction")
        self.category_combo = ChoiceBox(self)
        fill_combo(self.category_combo, category_items(tracker), QCoreApplication.translate("FollowUpForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Category:"), self.category_combo, "category_id", "category")
        self.meeting_combo = ChoiceBox(self)
        if draft:
            self.meeting_combo.addItem(QCoreApplication.translate("FollowUpForm", "the meeting being logged"), None)
            self.meeting_combo.setEnabled(False)
        else:
            fill_combo(self.meeting_combo, meeting_items(tracker), QCoreApplication.translate("FollowUpForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Raised at &meeting:"), self.meeting_combo, "meeting_id")
        # The day it was raised counts it in the periodic figures (SPEC §10); empty: the meeting's date, else today.
        self.raised_edit = DateEdit("raised_on", self)
        self.raised_edit.setObjectName("raisedOnEdit")
        self.raised_edit.setToolTip(QCoreApplication.translate("FollowUpForm", "Empty: the meeting's date, else today."))
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Raised on:"), self.raised_edit, "raised_on")
        self.agreement_combo = ChoiceBox(self)
        self.agreement_combo.addItem(QCoreApplication.translate("FollowUpForm", "— none —"), None)
        for number, title in enumerate(draft_agreements or []):
            self.agreement_combo.addItem(
                QCoreApplication.translate("FollowUpForm", "{title} (logged with this meeting)").format(title=title),
                f"{DRAFT_AGREEMENT}{number}",
            )
        for value, text in agreement_items(tracker):
            self.agreement_combo.addItem(text, value)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Implements &agreement:"), self.agreement_combo, "agreement_id")
        self.unit_combo = ChoiceBox(self)
        fill_combo(self.unit_combo, unit_items(tracker), QCoreApplication.translate("FollowUpForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Responsible &unit:"), self.unit_combo, "unit_id")
        self.officer_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Responsible &officer:"), self.officer_edit, "officer")
        self.priority_combo = ChoiceBox(self)
        fill_combo(self.priority_combo, enum_items(Priority), current=Priority.NORMAL.value)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "Priorit&y:"), self.priority_combo, "priority")
        self.due_edit = DueEdit(self)
        self.form_row(form, QCoreApplication.translate("FollowUpForm", "&Due:"), self.due_edit, "due")
        self.status_combo = ChoiceBox(self)
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
        # Only a picked partner changes the list: text being typed (or emptied to retype) names none
        # yet; Save resolves it and refuses a contact of the old partner (see collect_checked).
        self.partner_picker.picked.connect(self._fill_contacts)  # a re-pick also shows contacts added since
        self.contact_combo.currentIndexChanged.connect(lambda _i: self.error_label("contact_id").setVisible(False))
        self.resize(640, 620)

        if followup_id is not None:
            record = tracker.get_followup(followup_id)
            self._load(record)
            self.remember_loaded(record.version)  # Save sends only what the officer changes
        else:
            self._preset(preset)

    def fetch_record(self):
        return self.tracker.get_followup(self.followup_id)

    def fresh_copy(self) -> FollowUpForm:
        return FollowUpForm(self.tracker, None, followup_id=self.followup_id)

    def _preset(self, preset: dict) -> None:
        if preset.get("title"):
            self.title_edit.setText(preset["title"])
        if preset.get("partner_id") is not None:
            self.partner_picker.set_partner(preset["partner_id"], preset.get("partner_name", ""))
            self._fill_contacts(preset["partner_id"])  # set_partner() emits no ``picked``
            self._show_contact(preset.get("contact_id"))
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
        self._fill_contacts(followup.partner_id)  # set_partner() emits no ``picked``
        self._stored_contact_id = followup.contact_id
        self._show_contact(followup.contact_id, followup.contact)
        set_combo(self.direction_combo, followup.direction)
        set_combo(self.category_combo, followup.category_id)
        if followup.meeting_id is not None and self.meeting_combo.findData(followup.meeting_id) < 0:
            self.meeting_combo.addItem(f"{format_date(followup.meeting.date)} — {followup.meeting.title}", followup.meeting_id)
        set_combo(self.meeting_combo, followup.meeting_id)
        self.raised_edit.set_date(followup.raised_on)
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

    # -- the partner's contacts -------------------------------------------------------------------

    def _fill_contacts(self, partner_id: int | None) -> None:
        """List ``partner_id``'s contacts, keeping the chosen one only if it is among them."""
        current = self.contact_combo.currentData()
        contacts = []
        if partner_id is not None:
            try:
                contacts = self.tracker.get_partner(partner_id).contacts
            except HPTrackerError:
                partner_id = None  # the partner vanished meanwhile: Save will say so
        dropped = self._contact_info.get(current, (None, ""))[1] if current is not None else ""
        self._contact_info = {c.id: (c.partner_id, c.name) for c in contacts}
        self.contact_combo.clear()
        self.contact_combo.addItem(QCoreApplication.translate("FollowUpForm", "(none)"), None)
        for contact in sort_vietnamese(contacts, key=lambda c: c.name):
            self.contact_combo.addItem(contact_caption(contact), contact.id)
        set_combo(self.contact_combo, current)
        if dropped and partner_id is not None and current not in self._contact_info:
            # Said where the officer looks next, without moving the focus away from the picker.
            note = self.error_label("contact_id")
            note.setText(
                QCoreApplication.translate("FollowUpForm", "{contact} is not a contact of this partner: the choice was cleared.").format(
                    contact=dropped
                )
            )
            note.setVisible(True)
        if partner_id is None:
            hint = QCoreApplication.translate("FollowUpForm", "Choose the partner first; its contacts are listed here.")
        elif not contacts:
            hint = QCoreApplication.translate("FollowUpForm", "This partner has no contacts yet: add them in the partner's form.")
        else:
            hint = ""
        self.contact_combo.setToolTip(hint)

    def _show_contact(self, contact_id: int | None, contact=None) -> None:
        """Select the stored contact, even one of another partner (so Save can name the problem)."""
        if contact_id is None:
            return
        if self.contact_combo.findData(contact_id) < 0 and contact is not None:
            self._contact_info[contact.id] = (contact.partner_id, contact.name)
            self.contact_combo.addItem(
                QCoreApplication.translate("FollowUpForm", "{contact} (contact of another partner)").format(
                    contact=contact_caption(contact)
                ),
                contact.id,
            )
        set_combo(self.contact_combo, contact_id)

    # -- reading and saving -----------------------------------------------------------------------

    def reopen_info(self) -> dict:
        return {"id": self.followup_id}

    def collect_checked(self, errors: list[ValidationError]) -> dict:
        title = self.read(errors, lambda: clean_value(SPECS["title"], self.title_edit.text()))
        # Read before the picker resolves typed text: resolving to another partner refills the
        # contact list, and the officer must be told rather than lose the contact silently.
        contact_id = self.contact_combo.currentData()
        contact_partner_id, contact_name = self._contact_info.get(contact_id, (None, ""))
        partner_id = self.read(errors, self.partner_picker.partner_id)
        if partner_id is None and not any(e.field == "partner_id" for e in errors):
            errors.append(ValidationError("partner_id", QCoreApplication.translate("FollowUpForm", "Choose the partner.")))
        if contact_id is not None and partner_id is not None and contact_partner_id != partner_id:
            errors.append(
                ValidationError(
                    "contact_id",
                    QCoreApplication.translate(
                        "FollowUpForm", "{contact} is not a contact of {partner}: choose one of its contacts or (none)."
                    ).format(contact=contact_name, partner=self.partner_picker.edit.text().strip()),
                )
            )
        due = self.read(errors, self.due_edit.due)
        raised_on = self.read(errors, self.raised_edit.date)
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
            "raised_on": raised_on,
        }
        agreement = self.agreement_combo.currentData()
        if isinstance(agreement, str) and agreement.startswith(DRAFT_AGREEMENT):
            values["agreement_index"] = int(agreement[len(DRAFT_AGREEMENT) :])
        else:
            values["agreement_id"] = agreement
        if not self.draft:
            values["meeting_id"] = self.meeting_combo.currentData()
        if self.followup_id is None or contact_id != self._stored_contact_id:
            values["contact_id"] = contact_id  # an edit leaves an untouched contact alone
        if not errors:
            checked = {k: v for k, v in values.items() if k not in ("due", "agreement_index")}
            self.read(errors, lambda: clean_values(FOLLOWUP_FIELDS, checked, partial=True))
        return values

    def check_duplicates(self) -> list:
        """Same partner, same title (ignoring case and accents), same meeting: say so before saving."""
        if self.draft:
            return []
        title = self.title_edit.text().strip()
        partner = self.partner_picker.chosen  # no lookup while typing
        if not title or partner is None:
            self.duplicate_label.setVisible(False)
            return []
        found = self.tracker.find_duplicates(partner[0], title, self.meeting_combo.currentData(), exclude_id=self.followup_id)
        if found:
            names = "; ".join(f"#{row.id} {row.title} ({label(FollowUpStatus, row.status)})" for row in found[:3])
            self.duplicate_label.setText(
                QCoreApplication.translate(
                    "FollowUpForm", "Possible duplicate — already recorded for this partner and meeting: {items}. Save again to keep both."
                ).format(items=names)
            )
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
        return self.tracker.update_followup(self.followup_id, expected_version=self.loaded_version, **values)
