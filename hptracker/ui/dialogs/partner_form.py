"""Create or edit a partner: names in every script, aliases, kind and level, its parent body.

Its contacts and facts are listed here too, but each is saved on its own (through the small
contact form or the facts dialog) and only for a partner that already exists: they need its ID.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.enums import GovLevel, PartnerKind
from ...core.errors import HPTrackerError, ValidationError
from ...core.specs import PARTNER_FIELDS
from ...core.text import sort_key
from ...core.validate import clean_value
from .base import ConfirmDialog, FormDialog, MessageDialog
from .contact_form import ContactFormDialog
from .widgets import ChoiceBox, PartnerPicker, TagEdit, enum_items, fill_combo, read_only_table, set_combo

SPECS = {spec.name: spec for spec in PARTNER_FIELDS}


class PartnerFormDialog(FormDialog):
    DRAFT_KIND = "partner"

    def __init__(self, tracker, parent=None, partner_id: int | None = None, preset: dict | None = None) -> None:
        super().__init__(tracker, parent)
        self.setObjectName("partnerForm")
        self.partner_id = partner_id
        self.setWindowTitle(
            QCoreApplication.translate("PartnerForm", "Edit partner #{id}").format(id=partner_id)
            if partner_id is not None
            else QCoreApplication.translate("PartnerForm", "New partner")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outer.addLayout(form)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PartnerForm", "official Vietnamese form, e.g. Huyện Thượng Ngu"))
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&Name:"), self.name_edit, "name")
        self.name_en_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&English name:"), self.name_en_edit, "name_en")
        self.name_native_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "Nati&ve name:"), self.name_native_edit, "name_native")
        self.aliases_edit = TagEdit(None, self)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&Aliases:"), self.aliases_edit, "aliases")
        self.kind_combo = ChoiceBox(self)
        fill_combo(self.kind_combo, enum_items(PartnerKind), current=PartnerKind.GOVERNMENT.value)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&Kind:"), self.kind_combo, "kind")
        self.level_combo = ChoiceBox(self)
        fill_combo(self.level_combo, enum_items(GovLevel), QCoreApplication.translate("PartnerForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&Level:"), self.level_combo, "level")
        self.country_edit = QLineEdit(self)
        self.country_edit.setMaxLength(2)
        self.country_edit.setMaximumWidth(60)
        self.country_edit.setPlaceholderText("CN")
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&Country (ISO code):"), self.country_edit, "country")
        self.parent_picker = PartnerPicker(tracker, "parent_id", self)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&Part of:"), self.parent_picker, "parent_id")
        self.relationship_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&Relationship:"), self.relationship_edit, "relationship_level")
        self.since_edit = QLineEdit(self)
        self.since_edit.setMaximumWidth(80)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "Relationship &since (year):"), self.since_edit, "relationship_since")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "N&otes:"), self.notes_edit, "notes")
        self._make_contacts()
        self.finish_layout()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.resize(640, 700)
        if partner_id is not None:
            partner = tracker.get_partner(partner_id)
            self._load(partner)
            self.remember_loaded(partner.version)  # Save sends only what the officer changes
        elif preset and preset.get("name"):
            self.name_edit.setText(preset["name"])
        self._kind_changed()

    def fetch_record(self):
        return self.tracker.get_partner(self.partner_id)

    def fresh_copy(self) -> PartnerFormDialog:
        return PartnerFormDialog(self.tracker, None, partner_id=self.partner_id)

    # -- contacts and facts (existing partners only) -----------------------------------------------------

    def _make_contacts(self) -> None:
        self.contact_dialog: ContactFormDialog | None = None
        self.facts_dialog = None
        group = QGroupBox(QCoreApplication.translate("PartnerForm", "Contacts"), self)
        box = QVBoxLayout(group)
        self.contacts_table = read_only_table(
            "contactsTable",
            [
                QCoreApplication.translate("PartnerForm", "Name"),
                QCoreApplication.translate("PartnerForm", "Position"),
                QCoreApplication.translate("PartnerForm", "Organisation"),
                QCoreApplication.translate("PartnerForm", "Phone"),
                QCoreApplication.translate("PartnerForm", "Email"),
            ],
            QCoreApplication.translate("PartnerForm", "Contacts of this partner"),
            group,
        )
        self.contacts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts_table.setMaximumHeight(130)
        self.contacts_table.itemSelectionChanged.connect(self._update_contact_buttons)
        self.contacts_table.itemDoubleClicked.connect(lambda _item: self.edit_contact())
        box.addWidget(self.contacts_table)
        row = QHBoxLayout()
        self.add_contact_button = QPushButton(QCoreApplication.translate("PartnerForm", "A&dd contact…"), group)
        self.add_contact_button.setObjectName("addContactButton")
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button = QPushButton(QCoreApplication.translate("PartnerForm", "Ed&it contact…"), group)
        self.edit_contact_button.setObjectName("editContactButton")
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button = QPushButton(QCoreApplication.translate("PartnerForm", "Re&move contact"), group)
        self.remove_contact_button.setObjectName("removeContactButton")
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.facts_button = QPushButton(QCoreApplication.translate("PartnerForm", "&Facts…"), group)
        self.facts_button.setObjectName("partnerFactsButton")
        self.facts_button.setToolTip(QCoreApplication.translate("PartnerForm", "Facts and figures about this partner"))
        self.facts_button.clicked.connect(self.open_facts)
        for button in (self.add_contact_button, self.edit_contact_button, self.remove_contact_button, self.facts_button):
            button.setAutoDefault(False)  # Enter in a field still means Save, not "add contact"
        for button in (self.add_contact_button, self.edit_contact_button, self.remove_contact_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.facts_button)
        box.addLayout(row)
        self.contacts_hint = QLabel(
            QCoreApplication.translate("PartnerForm", "Save the partner first, then add its contacts and facts."), group
        )
        self.contacts_hint.setObjectName("contactsHint")
        self.contacts_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts_hint.setWordWrap(True)
        self.contacts_hint.setEnabled(False)
        box.addWidget(self.contacts_hint)
        self.outer.addWidget(group)
        existing = self.partner_id is not None
        self.contacts_hint.setVisible(not existing)
        for widget in (self.contacts_table, self.add_contact_button, self.facts_button):
            widget.setEnabled(existing)
        self._update_contact_buttons()

    def _show_contacts(self, contacts) -> None:
        self._contacts = sorted(contacts, key=lambda c: (sort_key(c.name), c.id))
        self.contacts_table.setRowCount(len(self._contacts))
        for row, contact in enumerate(self._contacts):
            values = (contact.name, contact.position, contact.organisation, contact.phone, contact.email)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value or "")  # plain text, never interpreted
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                self.contacts_table.setItem(row, column, item)
        self._update_contact_buttons()

    def reload_contacts(self) -> None:
        if self.partner_id is not None:
            self._show_contacts(self.tracker.get_partner(self.partner_id).contacts)

    def selected_contact(self):
        rows = self.contacts_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._contacts[rows[0].row()]

    def select_contact(self, contact_id: int) -> bool:
        for row, contact in enumerate(getattr(self, "_contacts", [])):
            if contact.id == contact_id:
                self.contacts_table.selectRow(row)
                return True
        return False

    def _update_contact_buttons(self) -> None:
        chosen = self.partner_id is not None and self.read_only_reason is None and bool(self.contacts_table.selectionModel().selectedRows())
        self.edit_contact_button.setEnabled(chosen)
        self.remove_contact_button.setEnabled(chosen)

    def _open_contact(self, contact=None) -> ContactFormDialog | None:
        if self.partner_id is None:
            return None
        dialog = ContactFormDialog(self.tracker, self.partner_id, self, contact=contact)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda record: (self.reload_contacts(), self.select_contact(record.id)))
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def add_contact(self) -> ContactFormDialog | None:
        return self._open_contact()

    def edit_contact(self) -> ContactFormDialog | None:
        contact = self.selected_contact()
        return self._open_contact(contact) if contact is not None else None

    def remove_contact(self) -> bool:
        contact = self.selected_contact()
        if contact is None:
            return False
        question = QCoreApplication.translate("PartnerForm", "Remove the contact “{name}” from this partner?").format(name=contact.name)
        if not ConfirmDialog.ask(self, question):
            return False
        try:
            self.tracker.remove_contact(contact.id)
        except HPTrackerError as exc:
            MessageDialog.show_error(self, exc.message)
            return False
        self.reload_contacts()
        return True

    def open_facts(self):
        if self.partner_id is None:
            return None
        from .facts_dialog import FactsDialog

        dialog = FactsDialog(self.tracker, self, partner_id=self.partner_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.facts_dialog = dialog
        dialog.open()
        return dialog

    def _kind_changed(self) -> None:
        government = self.kind_combo.currentData() == PartnerKind.GOVERNMENT.value
        self.level_combo.setEnabled(government)
        if not government:
            set_combo(self.level_combo, None)

    def _load(self, partner) -> None:
        self.name_edit.setText(partner.name)
        self.name_en_edit.setText(partner.name_en or "")
        self.name_native_edit.setText(partner.name_native or "")
        self.aliases_edit.set_tags([a.alias for a in partner.aliases])
        set_combo(self.kind_combo, partner.kind)
        set_combo(self.level_combo, partner.level)
        self.country_edit.setText(partner.country or "")
        if partner.parent is not None:
            self.parent_picker.set_partner(partner.parent.id, partner.parent.name)
        else:
            self.parent_picker.set_partner(None)
        self.relationship_edit.setText(partner.relationship_level or "")
        self.since_edit.setText(str(partner.relationship_since or ""))
        self.notes_edit.setPlainText(partner.notes or "")
        self._show_contacts(partner.contacts)

    def reopen_info(self) -> dict:
        return {"id": self.partner_id}

    def collect_checked(self, errors: list[ValidationError]) -> dict:
        name = self.read(errors, lambda: clean_value(SPECS["name"], self.name_edit.text()))
        parent_id = self.read(errors, self.parent_picker.partner_id)
        country = self.read(errors, lambda: clean_value(SPECS["country"], self.country_edit.text()))
        since = self.read(errors, lambda: clean_value(SPECS["relationship_since"], self.since_edit.text()))
        if parent_id is not None and parent_id == self.partner_id:
            errors.append(ValidationError("parent_id", QCoreApplication.translate("PartnerForm", "A partner cannot be part of itself.")))
        return {
            "name": name,
            "name_en": self.name_en_edit.text(),
            "name_native": self.name_native_edit.text(),
            "aliases": self.aliases_edit.tags(),
            "kind": self.kind_combo.currentData(),
            "level": self.level_combo.currentData() if self.level_combo.isEnabled() else None,
            "country": country,
            "parent_id": parent_id,
            "relationship_level": self.relationship_edit.text(),
            "relationship_since": since,
            "notes": self.notes_edit.toPlainText(),
        }

    def commit(self, values: dict):
        if self.partner_id is None:
            return self.tracker.create_partner(**values)
        return self.tracker.update_partner(self.partner_id, expected_version=self.loaded_version, **values)
