"""Add or edit one contact person (Đầu mối) of a partner.

A contact is written as soon as this small form is saved, independently of the partner form that
opened it: the partner form only lists contacts, so cancelling it never loses a saved contact.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from ...core.errors import ValidationError
from ...core.specs import CONTACT_FIELDS
from ...core.validate import clean_value
from .base import FormDialog

SPECS = {spec.name: spec for spec in CONTACT_FIELDS}


class ContactFormDialog(FormDialog):
    DRAFT_KIND = "contact"

    def __init__(self, tracker, partner_id: int, parent=None, contact=None) -> None:
        super().__init__(tracker, parent)
        self.setObjectName("contactForm")
        self.partner_id = partner_id
        self.contact_id = contact.id if contact is not None else None
        self.setWindowTitle(
            QCoreApplication.translate("ContactForm", "Edit contact")
            if contact is not None
            else QCoreApplication.translate("ContactForm", "New contact")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outer.addLayout(form)
        self.name_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("ContactForm", "&Name:"), self.name_edit, "name")
        self.position_edit = QLineEdit(self)
        self.position_edit.setPlaceholderText(QCoreApplication.translate("ContactForm", "e.g. Director, Foreign Affairs Office"))
        self.form_row(form, QCoreApplication.translate("ContactForm", "&Position:"), self.position_edit, "position")
        self.organisation_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("ContactForm", "&Organisation:"), self.organisation_edit, "organisation")
        self.phone_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("ContactForm", "P&hone:"), self.phone_edit, "phone")
        self.email_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("ContactForm", "&Email:"), self.email_edit, "email")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.form_row(form, QCoreApplication.translate("ContactForm", "No&tes:"), self.notes_edit, "notes")
        self.outer.addStretch(1)
        self.finish_layout()
        self.resize(460, 320)
        if contact is not None:
            self._load(contact)
            self.remember_loaded(contact.version)  # Save sends only what the officer changes

    def _load(self, contact) -> None:
        self.name_edit.setText(contact.name)
        self.position_edit.setText(contact.position or "")
        self.organisation_edit.setText(contact.organisation or "")
        self.phone_edit.setText(contact.phone or "")
        self.email_edit.setText(contact.email or "")
        self.notes_edit.setPlainText(contact.notes or "")

    def fetch_record(self):
        return self.tracker.get_contact(self.contact_id)

    def fresh_copy(self) -> ContactFormDialog:
        return ContactFormDialog(self.tracker, self.partner_id, None, contact=self.fetch_record())

    def reopen_info(self) -> dict:
        return {"id": self.contact_id, "partner_id": self.partner_id}

    def collect_checked(self, errors: list[ValidationError]) -> dict:
        texts = {
            "name": self.name_edit.text(),
            "position": self.position_edit.text(),
            "organisation": self.organisation_edit.text(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }
        # Every field is checked now (length limits too), so all messages show after one Save.
        return {name: self.read(errors, lambda name=name, text=text: clean_value(SPECS[name], text)) for name, text in texts.items()}

    def commit(self, values: dict):
        if self.contact_id is None:
            return self.tracker.add_contact(self.partner_id, **values)
        return self.tracker.update_contact(self.contact_id, expected_version=self.loaded_version, **values)
