"""Create or edit a partner: names in every script, aliases, kind and level, its parent body."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit

from ...core.enums import GovLevel, PartnerKind
from ...core.errors import ValidationError
from ...core.tracker import PARTNER_FIELDS
from ...core.validate import clean_value
from .base import FormDialog
from .widgets import PartnerPicker, TagEdit, enum_items, fill_combo, set_combo

SPECS = {spec.name: spec for spec in PARTNER_FIELDS}


class PartnerFormDialog(FormDialog):
    def __init__(self, tracker, parent=None, partner_id: int | None = None, preset: dict | None = None) -> None:
        super().__init__(tracker, parent)
        self.setObjectName("partnerForm")
        self.partner_id = partner_id
        self.setWindowTitle(QCoreApplication.translate("PartnerForm", "Edit partner #{id}").format(id=partner_id)
                            if partner_id is not None else QCoreApplication.translate("PartnerForm", "New partner"))
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
        self.kind_combo = QComboBox(self)
        fill_combo(self.kind_combo, enum_items(PartnerKind), current=PartnerKind.GOVERNMENT.value)
        self.form_row(form, QCoreApplication.translate("PartnerForm", "&Kind:"), self.kind_combo, "kind")
        self.level_combo = QComboBox(self)
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
        self.finish_layout()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.resize(600, 520)
        if partner_id is not None:
            self._load(tracker.get_partner(partner_id))
        elif preset and preset.get("name"):
            self.name_edit.setText(preset["name"])
        self._kind_changed()

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
        self.relationship_edit.setText(partner.relationship_level or "")
        self.since_edit.setText(str(partner.relationship_since or ""))
        self.notes_edit.setPlainText(partner.notes or "")

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
        return self.tracker.update_partner(self.partner_id, **values)
