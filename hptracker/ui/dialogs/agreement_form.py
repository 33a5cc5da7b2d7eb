"""Create or edit an agreement; also a draft inside the "log a meeting" form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QVBoxLayout

from ...core.enums import AgreementForm, AgreementStatus
from ...core.errors import ValidationError
from ...core.specs import AGREEMENT_FIELDS
from ...core.text import format_date
from ...core.validate import clean_value, clean_values
from .base import FormDialog
from .file_list import AttachedFilesEdit
from .widgets import ChoiceBox, DateEdit, PartnersPicker, TagEdit, enum_items, fill_combo, meeting_items, set_combo, unit_items

SPECS = {spec.name: spec for spec in AGREEMENT_FIELDS}


class AgreementFormDialog(FormDialog):
    DRAFT_KIND = "agreement"

    def __init__(self, tracker, parent=None, agreement_id: int | None = None, preset: dict | None = None, draft: bool = False) -> None:
        super().__init__(tracker, parent)
        self.setObjectName("agreementForm")
        self.agreement_id = agreement_id
        self.draft = draft
        preset = dict(preset or {})
        self.setWindowTitle(
            QCoreApplication.translate("AgreementForm", "Edit agreement #{id}").format(id=agreement_id)
            if agreement_id is not None
            else QCoreApplication.translate("AgreementForm", "New agreement")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outer.addLayout(form)
        self.form_combo = ChoiceBox(self)
        fill_combo(self.form_combo, enum_items(AgreementForm), current=AgreementForm.LETTER_OF_INTENT.value)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "&Form:"), self.form_combo, "form")
        self.title_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "&Title:"), self.title_edit, "title")
        self.reference_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "&Reference number:"), self.reference_edit, "reference")
        self.parties = PartnersPicker(tracker, "party_ids", self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "&Parties:"), self.parties, "party_ids")
        self.unit_combo = ChoiceBox(self)
        fill_combo(self.unit_combo, unit_items(tracker), QCoreApplication.translate("AgreementForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("AgreementForm", "Signing &unit:"), self.unit_combo, "signing_unit_id")
        self.our_signatory = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "&Our signatory:"), self.our_signatory, "our_signatory")
        self.partner_signatory = QLineEdit(self)
        self.form_row(
            form, QCoreApplication.translate("AgreementForm", "Partner's si&gnatory:"), self.partner_signatory, "partner_signatory"
        )
        self.signed_date = DateEdit("signed_date", self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "Signed o&n:"), self.signed_date, "signed_date")
        self.signed_place = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "Signed &at:"), self.signed_place, "signed_place")
        self.meeting_combo = ChoiceBox(self)
        if draft:
            self.meeting_combo.addItem(QCoreApplication.translate("AgreementForm", "the meeting being logged"), None)
            self.meeting_combo.setEnabled(False)
        else:
            fill_combo(self.meeting_combo, meeting_items(tracker), QCoreApplication.translate("AgreementForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("AgreementForm", "Signed at &meeting:"), self.meeting_combo, "meeting_id")
        self.effective_date = DateEdit("effective_date", self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "&Effective from:"), self.effective_date, "effective_date")
        self.expiry_date = DateEdit("expiry_date", self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "E&xpires on:"), self.expiry_date, "expiry_date")
        self.status_combo = ChoiceBox(self)
        fill_combo(self.status_combo, enum_items(AgreementStatus), current=AgreementStatus.SIGNED.value)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "&Status:"), self.status_combo, "status")
        self.fields_edit = TagEdit([f.name for f in tracker.list_fields()], self)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "Fields of &cooperation:"), self.fields_edit, "fields")
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(80)
        self.form_row(form, QCoreApplication.translate("AgreementForm", "Summar&y:"), self.summary_edit, "summary")
        self._make_files()
        self.finish_layout()
        self.resize(720, 700)
        if agreement_id is not None:
            record = tracker.get_agreement(agreement_id)
            self._load(record)
            self.remember_loaded(record.version)  # Save sends only what the officer changes
        else:
            self._preset(preset)

    def _make_files(self) -> None:
        """The signed documents (SPEC §1: path + SHA-256), as a section of their own under the fields."""
        group = QGroupBox(QCoreApplication.translate("AgreementForm", "Attached files"), self)
        group.setObjectName("attachedFilesGroup")
        box = QVBoxLayout(group)
        self.files_edit = AttachedFilesEdit(group)
        box.addWidget(self.files_edit)
        self.outer.addWidget(group)
        # The list's own message line doubles as the form's line for the "files" field, so a
        # refusal from the Tracker or "still hashing" on Save shows under the list.
        self._errors["files"] = self.files_edit.message
        self._field_widgets["files"] = self.files_edit

    def done(self, result: int) -> None:
        """Closing stops any background hashing: its result would have no list to go to."""
        self.files_edit.cancel_pending()
        super().done(result)

    def _preset(self, preset: dict) -> None:
        if preset.get("form"):
            set_combo(self.form_combo, str(preset["form"]))
        self.title_edit.setText(preset.get("title", ""))
        self.reference_edit.setText(preset.get("reference", "") or "")
        for pid, name in preset.get("parties", []):
            self.parties.add_partner(pid, name)
        if preset.get("signing_unit_id") is not None:
            set_combo(self.unit_combo, preset["signing_unit_id"])
        self.our_signatory.setText(preset.get("our_signatory", "") or "")
        self.partner_signatory.setText(preset.get("partner_signatory", "") or "")
        self.signed_date.set_date(preset.get("signed_date"))
        self.signed_place.setText(preset.get("signed_place", "") or "")
        if preset.get("meeting_id") is not None and not self.draft:
            set_combo(self.meeting_combo, preset["meeting_id"])
        self.effective_date.set_date(preset.get("effective_date"))
        self.expiry_date.set_date(preset.get("expiry_date"))
        if preset.get("status"):
            set_combo(self.status_combo, str(preset["status"]))
        if preset.get("fields"):
            self.fields_edit.set_tags(preset["fields"])
        self.summary_edit.setPlainText(preset.get("summary", "") or "")
        if preset.get("files"):
            self.files_edit.set_files(preset["files"])

    def fetch_record(self):
        return self.tracker.get_agreement(self.agreement_id)

    def fresh_copy(self) -> AgreementFormDialog:
        return AgreementFormDialog(self.tracker, None, agreement_id=self.agreement_id)

    def _load(self, agreement) -> None:
        set_combo(self.form_combo, agreement.form)
        self.title_edit.setText(agreement.title)
        self.reference_edit.setText(agreement.reference or "")
        self.parties.chips.clear()
        for partner in agreement.parties:
            self.parties.add_partner(partner.id, partner.name)
        set_combo(self.unit_combo, agreement.signing_unit_id)
        self.our_signatory.setText(agreement.our_signatory or "")
        self.partner_signatory.setText(agreement.partner_signatory or "")
        self.signed_date.set_date(agreement.signed_date)
        self.signed_place.setText(agreement.signed_place or "")
        if agreement.meeting_id is not None and self.meeting_combo.findData(agreement.meeting_id) < 0:
            self.meeting_combo.addItem(f"{format_date(agreement.meeting.date)} — {agreement.meeting.title}", agreement.meeting_id)
        set_combo(self.meeting_combo, agreement.meeting_id)
        self.effective_date.set_date(agreement.effective_date)
        self.expiry_date.set_date(agreement.expiry_date)
        set_combo(self.status_combo, agreement.status)
        self.fields_edit.set_tags([f.name for f in agreement.fields])
        self.summary_edit.setPlainText(agreement.summary or "")
        self.files_edit.set_files([(f.path, f.sha256) for f in agreement.files])

    def reopen_info(self) -> dict:
        return {"id": self.agreement_id}

    def extra_state(self) -> dict:
        return {"files": self.files_edit.draft_value()}

    def apply_extra_state(self, state: dict) -> None:
        if state.get("files"):
            self.files_edit.set_draft_value(state["files"])

    def collect_checked(self, errors: list[ValidationError]) -> dict:
        title = self.read(errors, lambda: clean_value(SPECS["title"], self.title_edit.text()))
        party_ids = self.read(errors, self.parties.pending_ids, [])
        if not party_ids and not any(e.field == "party_ids" for e in errors):
            errors.append(ValidationError("party_ids", QCoreApplication.translate("AgreementForm", "Choose at least one partner.")))
        values = {
            "form": self.form_combo.currentData(),
            "title": title,
            "reference": self.reference_edit.text(),
            "party_ids": party_ids,
            "signing_unit_id": self.unit_combo.currentData(),
            "our_signatory": self.our_signatory.text(),
            "partner_signatory": self.partner_signatory.text(),
            "signed_date": self.read(errors, self.signed_date.date),
            "signed_place": self.signed_place.text(),
            "effective_date": self.read(errors, self.effective_date.date),
            "expiry_date": self.read(errors, self.expiry_date.date),
            "status": self.status_combo.currentData(),
            "fields": self.fields_edit.tags(),
            "summary": self.summary_edit.toPlainText(),
            "files": self.read(errors, self.files_edit.files, []),
        }
        if not self.draft:
            values["meeting_id"] = self.meeting_combo.currentData()
        if not errors:
            self.read(errors, lambda: clean_values(AGREEMENT_FIELDS, values, partial=True))
            effective, expiry = values["effective_date"], values["expiry_date"]
            if effective and expiry and expiry < effective:
                errors.append(
                    ValidationError(
                        "expiry_date", QCoreApplication.translate("AgreementForm", "The expiry date is before the effective date.")
                    )
                )
        return values

    def commit(self, values: dict):
        if self.draft:
            values = {k: v for k, v in values.items() if v not in (None, "", [])}
            return values
        if self.agreement_id is None:
            return self.tracker.create_agreement(**values)
        return self.tracker.update_agreement(self.agreement_id, expected_version=self.loaded_version, **values)
