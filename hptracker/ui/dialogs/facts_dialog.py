"""Facts (Số liệu) a brief cites: listed per partner or for the whole city, edited one at a time.

Opened for a partner, the list also shows its country's and the city's facts, because the brief
cites those as well; they are read-only there (their attachment is not this partner) and are
edited from the city-wide list, which holds the city's facts and every country's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.errors import HPTrackerError, ValidationError
from ...core.specs import FACT_FIELDS
from ...core.text import format_date
from ...core.validate import clean_value
from ..geometry import fit
from .base import ConfirmDialog, FormDialog, MessageDialog
from .widgets import DateEdit, read_only_table

SPECS = {spec.name: spec for spec in FACT_FIELDS}


def value_for_editing(value: float | None) -> str:
    """The stored number as text the form reads back unchanged (no grouping, no exponent)."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def value_for_display(fact) -> str:
    parts = []
    if fact.value is not None:
        # In the UI language's number format (860; 25,5 in Vietnamese), whole numbers without ".0".
        parts.append(QLocale().toString(fact.value, "f", 0) if fact.value.is_integer() else QLocale().toString(fact.value, "g", 12))
    if fact.value_text:
        parts.append(fact.value_text if not parts else f"({fact.value_text})")
    return " ".join(parts)


class FactFormDialog(FormDialog):
    """One fact. For a partner its attachment is fixed; otherwise a country code, or blank for the city."""

    DRAFT_KIND = "fact"

    def __init__(self, tracker, parent=None, fact=None, partner_id: int | None = None, partner_name: str = "") -> None:
        super().__init__(tracker, parent)
        self.setObjectName("factForm")
        self.fact_id = fact.id if fact is not None else None
        self.partner_id = fact.partner_id if fact is not None else partner_id
        self.setWindowTitle(
            QCoreApplication.translate("FactForm", "Edit fact") if fact is not None else QCoreApplication.translate("FactForm", "New fact")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outer.addLayout(form)
        self.indicator_edit = QLineEdit(self)
        self.indicator_edit.setPlaceholderText(QCoreApplication.translate("FactForm", "e.g. valid FDI projects"))
        self.form_row(form, QCoreApplication.translate("FactForm", "&Indicator:"), self.indicator_edit, "indicator")
        self.value_edit = QLineEdit(self)
        self.value_edit.setPlaceholderText(QCoreApplication.translate("FactForm", "a number, e.g. 860 or 25.5"))
        self.form_row(form, QCoreApplication.translate("FactForm", "&Value:"), self.value_edit, "value")
        self.value_text_edit = QLineEdit(self)
        self.value_text_edit.setPlaceholderText(QCoreApplication.translate("FactForm", "or in words, e.g. over 25 billion"))
        self.form_row(form, QCoreApplication.translate("FactForm", "Value as &text:"), self.value_text_edit, "value_text")
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("FactForm", "e.g. projects, USD"))
        self.form_row(form, QCoreApplication.translate("FactForm", "&Unit:"), self.unit_edit, "unit")
        self.scope_edit = QLineEdit(self)
        self.scope_edit.setPlaceholderText(QCoreApplication.translate("FactForm", "e.g. from 42 countries and territories"))
        self.form_row(form, QCoreApplication.translate("FactForm", "&Scope:"), self.scope_edit, "scope")
        self.as_of_edit = DateEdit("as_of", self)
        self.form_row(form, QCoreApplication.translate("FactForm", "&As of:"), self.as_of_edit, "as_of")
        self.source_edit = QPlainTextEdit(self)
        self.source_edit.setTabChangesFocus(True)
        self.source_edit.setMaximumHeight(60)
        self.form_row(form, QCoreApplication.translate("FactForm", "S&ource:"), self.source_edit, "source")
        self.country_edit: QLineEdit | None = None
        if self.partner_id is not None:
            name = partner_name or (tracker.get_partner(self.partner_id).name)
            attached = QLabel(name, self)
            attached.setTextFormat(Qt.TextFormat.PlainText)
            self.form_row(form, QCoreApplication.translate("FactForm", "Partner:"), attached, "partner_id")
        else:
            self.country_edit = QLineEdit(self)
            self.country_edit.setMaxLength(2)
            self.country_edit.setMaximumWidth(60)
            self.country_edit.setPlaceholderText("CN")
            self.country_edit.setToolTip(QCoreApplication.translate("FactForm", "Leave blank for a fact about the whole city."))
            self.form_row(
                form, QCoreApplication.translate("FactForm", "&Country (ISO code, blank = the city):"), self.country_edit, "country"
            )
        self.outer.addStretch(1)
        self.finish_layout()
        self.resize(520, 400)
        if fact is not None:
            self._load(fact)
            self.remember_loaded(fact.version)  # Save sends only what the officer changes

    def _load(self, fact) -> None:
        self.indicator_edit.setText(fact.indicator)
        self.value_edit.setText(value_for_editing(fact.value))
        self.value_text_edit.setText(fact.value_text or "")
        self.unit_edit.setText(fact.unit or "")
        self.scope_edit.setText(fact.scope or "")
        self.as_of_edit.set_date(fact.as_of)
        self.source_edit.setPlainText(fact.source or "")
        if self.country_edit is not None:
            self.country_edit.setText(fact.country or "")

    def fetch_record(self):
        return self.tracker.get_fact(self.fact_id)

    def fresh_copy(self) -> FactFormDialog:
        return FactFormDialog(self.tracker, None, fact=self.fetch_record())

    def reopen_info(self) -> dict:
        return {"id": self.fact_id, "partner_id": self.partner_id}

    def collect_checked(self, errors: list[ValidationError]) -> dict:
        def check(name: str, text: str):
            return self.read(errors, lambda: clean_value(SPECS[name], text))

        values = {
            "indicator": check("indicator", self.indicator_edit.text()),
            "value": check("value", self.value_edit.text()),
            "value_text": check("value_text", self.value_text_edit.text()),
            "unit": check("unit", self.unit_edit.text()),
            "scope": check("scope", self.scope_edit.text()),
            "as_of": self.read(errors, self.as_of_edit.date),
            "source": check("source", self.source_edit.toPlainText()),
        }
        if values["value"] is None and values["value_text"] is None and not self.value_edit.text().strip():
            errors.append(ValidationError("value", QCoreApplication.translate("FactForm", "Give the value as a number or as text.")))
        if self.country_edit is not None:
            values["country"] = check("country", self.country_edit.text())
        elif self.fact_id is None:
            values["partner_id"] = self.partner_id
        return values

    def commit(self, values: dict):
        if self.fact_id is None:
            return self.tracker.create_fact(**values)
        return self.tracker.update_fact(self.fact_id, expected_version=self.loaded_version, **values)


class FactsDialog(QDialog):
    """The list of facts with Add / Edit / Delete; forms open with ``open()`` and report ``saved``."""

    COLUMNS = 7

    def __init__(self, tracker, parent=None, partner_id: int | None = None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.partner_id = partner_id
        self.partner = tracker.get_partner(partner_id) if partner_id is not None else None
        self.form: FactFormDialog | None = None
        self._facts: list = []
        self.setObjectName("factsDialog")
        if self.partner is not None:
            self.setWindowTitle(QCoreApplication.translate("FactsDialog", "Facts — {name}").format(name=self.partner.name))
        else:
            self.setWindowTitle(QCoreApplication.translate("FactsDialog", "Facts — the whole city"))
        layout = QVBoxLayout(self)
        if self.partner is not None:
            intro = QCoreApplication.translate(
                "FactsDialog",
                "Facts about this partner. Its country's and the city's facts are shown too, "
                "read-only: edit them from Records › Facts with no partner selected.",
            )
        else:
            intro = QCoreApplication.translate(
                "FactsDialog", "Facts about the whole city and about countries (a fact about a partner is edited from that partner)."
            )
        note = QLabel(intro, self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = read_only_table(
            "factsTable",
            [
                QCoreApplication.translate("FactsDialog", "Indicator"),
                QCoreApplication.translate("FactsDialog", "Value"),
                QCoreApplication.translate("FactsDialog", "Unit"),
                QCoreApplication.translate("FactsDialog", "Scope"),
                QCoreApplication.translate("FactsDialog", "As of"),
                QCoreApplication.translate("FactsDialog", "Source"),
                QCoreApplication.translate("FactsDialog", "Attached to"),
            ],
            QCoreApplication.translate("FactsDialog", "Facts"),
            self,
        )
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 110, 70, 130, 85, 130)):
            header.resizeSection(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_fact())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("FactsDialog", "&Add fact…"), self)
        self.add_button.setObjectName("addFactButton")
        self.add_button.clicked.connect(self.add_fact)
        self.edit_button = QPushButton(QCoreApplication.translate("FactsDialog", "&Edit fact…"), self)
        self.edit_button.setObjectName("editFactButton")
        self.edit_button.clicked.connect(self.edit_fact)
        self.delete_button = QPushButton(QCoreApplication.translate("FactsDialog", "&Delete fact"), self)
        self.delete_button.setObjectName("deleteFactButton")
        self.delete_button.clicked.connect(self.delete_fact)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("FactsDialog", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setSizeGripEnabled(True)
        fit(self, 1000, 420)
        self.reload()

    # -- the list -------------------------------------------------------------------------------------

    def facts(self) -> list:
        if self.partner is not None:
            return self.tracker.list_facts(partner_id=self.partner.id, country=self.partner.country, include_city=True)
        return [fact for fact in self.tracker.list_facts() if fact.partner_id is None]

    def editable(self, fact) -> bool:
        """Here a fact is changed only where it is attached: its partner, or the city-wide list."""
        return fact.partner_id == self.partner_id

    def attachment(self, fact) -> str:
        if fact.partner_id is not None:
            if self.partner is not None and fact.partner_id == self.partner.id:
                return QCoreApplication.translate("FactsDialog", "This partner")
            return QCoreApplication.translate("FactsDialog", "Partner #{id}").format(id=fact.partner_id)
        if fact.country is not None:
            text = QCoreApplication.translate("FactsDialog", "Country {code}").format(code=fact.country)
        else:
            text = QCoreApplication.translate("FactsDialog", "The whole city")
        if not self.editable(fact):
            text = QCoreApplication.translate("FactsDialog", "{scope} (read-only here)").format(scope=text)
        return text

    def reload(self, select_id: int | None = None) -> None:
        self._facts = self.facts()
        self.table.setRowCount(len(self._facts))
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, fact in enumerate(self._facts):
            values = (
                fact.indicator,
                value_for_display(fact),
                fact.unit,
                fact.scope,
                format_date(fact.as_of),
                (fact.source or "").replace("\n", " "),
                self.attachment(fact),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value or "")  # plain text, never interpreted
                item.setData(Qt.ItemDataRole.UserRole, fact.id)
                item.setToolTip(value or "")
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not self.editable(fact):
                    item.setForeground(muted)
                self.table.setItem(row, column, item)
            if fact.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def fact_ids(self) -> list[int]:
        return [fact.id for fact in self._facts]

    def select_fact(self, fact_id: int) -> bool:
        for row, fact in enumerate(self._facts):
            if fact.id == fact_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_fact(self):
        rows = self.table.selectionModel().selectedRows()
        return self._facts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        fact = self.selected_fact()
        allowed = fact is not None and self.editable(fact)
        self.edit_button.setEnabled(allowed)  # (a read-only form, on a database that may only be read)
        self.delete_button.setEnabled(allowed and not self.tracker.read_only)
        self.add_button.setEnabled(not self.tracker.read_only)

    # -- actions --------------------------------------------------------------------------------------

    def _open_form(self, fact=None) -> FactFormDialog:
        form = FactFormDialog(
            self.tracker, self, fact=fact, partner_id=self.partner_id, partner_name=self.partner.name if self.partner is not None else ""
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda record: self.reload(select_id=record.id))
        self.form = form
        form.open()
        return form

    def add_fact(self) -> FactFormDialog:
        return self._open_form()

    def edit_fact(self) -> FactFormDialog | None:
        fact = self.selected_fact()
        if fact is None or not self.editable(fact):
            return None
        return self._open_form(fact)

    def delete_fact(self) -> bool:
        fact = self.selected_fact()
        if fact is None or not self.editable(fact):
            return False
        question = QCoreApplication.translate("FactsDialog", "Delete the fact “{indicator}”?").format(indicator=fact.indicator)
        if not ConfirmDialog.ask(self, question):
            return False
        try:
            self.tracker.delete_fact(fact.id)
        except HPTrackerError as exc:
            MessageDialog.show_error(self, exc.message)
            return False
        self.reload()
        return True
