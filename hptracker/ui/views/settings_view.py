"""Settings: the officer's name (signs every change), the UI language, the database, and our units.

Units are renamed in place and given a successor rather than replaced, so meetings and follow-ups
keep pointing at the unit they were recorded under (SPEC "Our units"). The list marks a unit that
has a successor ("A → B") so the officer sees at a glance which unit is the current one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ConflictError, HPTrackerError
from ...core.i18n import language as ui_language
from ...core.models import Unit
from ...translations import install_translators
from ..collation import sort_vietnamese
from ..dialogs.base import ERROR_STYLE
from ..dialogs.widgets import ChoiceBox
from ..retranslate import Texts, is_language_change
from .database_settings import DatabaseSettings

ID_ROLE = Qt.ItemDataRole.UserRole
NAMES_ROLE = Qt.ItemDataRole.UserRole + 1
SUCCESSOR_ROLE = Qt.ItemDataRole.UserRole + 2


def unit_label(unit: Unit) -> str:
    return f"{unit.name} ({unit.abbreviation})" if unit.abbreviation else unit.name


def succession_cycle(successors: dict[int, int | None], unit_id: int, successor_id: int | None) -> list[int] | None:
    """The chain unit → successor → … → unit that setting this successor would close, else None.

    The core refuses any loop too (``Tracker._refuse_loop``); the page checks first so that its
    message can name the whole chain (A → B → A) the officer would have made.
    """
    if successor_id is None:
        return None
    chain = [unit_id, successor_id]
    seen = {unit_id}
    current: int | None = successor_id
    while current is not None and current not in seen:
        seen.add(current)
        current = successors.get(current)
        if current is not None:
            chain.append(current)
    return chain if current == unit_id else None


class SettingsView(QWidget):
    officer_changed = Signal(str)
    units_changed = Signal()
    database_chosen = Signal(str)  # a file path or a server URL (never with a password)

    def __init__(self, tracker, settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.tracker = tracker
        self.settings = settings
        self.texts = Texts()
        keep = self.texts.keep
        # The page scrolls rather than set the window's minimum height: with the database choice it
        # is taller than a laptop's screen allows the window to be (1366×768 less the taskbar).
        content = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 10, 10, 10)

        you = QGroupBox(self)
        keep(lambda: you.setTitle(QCoreApplication.translate("SettingsView", "You")))
        form = QFormLayout(you)
        self.officer_edit = QLineEdit(you)
        self.officer_edit.setObjectName("officerEdit")
        keep(lambda: self.officer_edit.setAccessibleName(QCoreApplication.translate("SettingsView", "Officer name")))
        officer_label = QLabel(you)
        keep(lambda: officer_label.setText(QCoreApplication.translate("SettingsView", "Officer &name:")))
        form.addRow(officer_label, self.officer_edit)
        officer_label.setBuddy(self.officer_edit)
        self.language_combo = ChoiceBox(you)
        self.language_combo.setObjectName("languageCombo")
        keep(lambda: self.language_combo.setAccessibleName(QCoreApplication.translate("SettingsView", "Language")))
        self.language_combo.addItem("Tiếng Việt", "vi")  # each language in its own words
        self.language_combo.addItem("English", "en")
        language_label = QLabel(you)
        keep(lambda: language_label.setText(QCoreApplication.translate("SettingsView", "&Language:")))
        form.addRow(language_label, self.language_combo)
        language_label.setBuddy(self.language_combo)
        self.save_button = QPushButton(you)
        keep(lambda: self.save_button.setText(QCoreApplication.translate("SettingsView", "Save settin&gs")))
        self.save_button.setObjectName("saveSettingsButton")
        form.addRow("", self.save_button)
        self.message = QLabel(you)
        self.message.setObjectName("settingsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        layout.addWidget(you)
        from ..reminders import reminder_settings_box  # its own module: the reminders' one setting

        self.reminders_box = reminder_settings_box(settings, self)
        layout.addWidget(self.reminders_box)

        target = tracker.db.url if tracker.db.path is None else str(tracker.db.path)
        self.database = DatabaseSettings(settings, target, self)
        self.database.chosen.connect(self.database_chosen)
        layout.addWidget(self.database)

        units = QGroupBox(self)
        keep(lambda: units.setTitle(QCoreApplication.translate("SettingsView", "Our units (hosts of meetings, owners of follow-ups)")))
        box = QVBoxLayout(units)
        self.units_list = QListWidget(units)
        self.units_list.setObjectName("unitsList")
        keep(lambda: self.units_list.setAccessibleName(QCoreApplication.translate("SettingsView", "Our units")))
        box.addWidget(self.units_list)
        row = QHBoxLayout()
        self.unit_name = QLineEdit(units)
        self.unit_name.setObjectName("unitName")
        keep(lambda: self.unit_name.setAccessibleName(QCoreApplication.translate("SettingsView", "Unit name")))
        keep(
            lambda: self.unit_name.setPlaceholderText(
                QCoreApplication.translate("SettingsView", "name, e.g. Ban Quản lý Khu kinh tế Hải Phòng")
            )
        )
        self.unit_abbreviation = QLineEdit(units)
        self.unit_abbreviation.setObjectName("unitAbbreviation")
        keep(lambda: self.unit_abbreviation.setAccessibleName(QCoreApplication.translate("SettingsView", "Abbreviation")))
        keep(lambda: self.unit_abbreviation.setPlaceholderText(QCoreApplication.translate("SettingsView", "abbreviation, e.g. HEZA")))
        self.unit_abbreviation.setMaximumWidth(160)
        self.add_unit_button = QPushButton(units)
        keep(lambda: self.add_unit_button.setText(QCoreApplication.translate("SettingsView", "&Add unit")))
        self.add_unit_button.setObjectName("addUnitButton")
        self.rename_unit_button = QPushButton(units)
        keep(lambda: self.rename_unit_button.setText(QCoreApplication.translate("SettingsView", "Rena&me selected")))
        row.addWidget(self.unit_name, 3)
        row.addWidget(self.unit_abbreviation, 1)
        row.addWidget(self.add_unit_button)
        row.addWidget(self.rename_unit_button)
        box.addLayout(row)
        successor_row = QHBoxLayout()
        successor_label = QLabel(units)
        keep(lambda: successor_label.setText(QCoreApplication.translate("SettingsView", "Succeeded &by:")))
        self.successor_combo = ChoiceBox(units)
        self.successor_combo.setObjectName("unitSuccessorCombo")
        keep(lambda: self.successor_combo.setAccessibleName(QCoreApplication.translate("SettingsView", "Succeeded by")))
        keep(
            lambda: self.successor_combo.setToolTip(
                QCoreApplication.translate("SettingsView", "The unit that continues the selected unit's work, e.g. after a merger")
            )
        )
        self.successor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.successor_combo.setMinimumContentsLength(30)
        successor_label.setBuddy(self.successor_combo)
        self.save_successor_button = QPushButton(units)
        keep(lambda: self.save_successor_button.setText(QCoreApplication.translate("SettingsView", "Save su&ccessor")))
        self.save_successor_button.setObjectName("saveSuccessorButton")
        successor_row.addWidget(successor_label)
        successor_row.addWidget(self.successor_combo, 1)
        successor_row.addWidget(self.save_successor_button)
        box.addLayout(successor_row)
        hint = QLabel(units)
        keep(
            lambda: hint.setText(
                QCoreApplication.translate(
                    "SettingsView",
                    "Meetings and follow-ups stay under the unit they were recorded with; after a merger, point the old unit to the one that continues its work.",
                )
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.unit_error = QLabel(units)
        self.unit_error.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_error.setStyleSheet(ERROR_STYLE)
        self.unit_error.setWordWrap(True)
        self.unit_error.setVisible(False)
        box.addWidget(self.unit_error)
        layout.addWidget(units, 1)

        self.save_button.clicked.connect(self.save)
        self.officer_edit.returnPressed.connect(self.save)
        self.add_unit_button.clicked.connect(self.add_unit)
        self.unit_name.returnPressed.connect(self.add_unit)
        self.rename_unit_button.clicked.connect(self.rename_unit)
        self.save_successor_button.clicked.connect(self.save_successor)
        self.units_list.currentItemChanged.connect(self._unit_selected)
        self._units: dict[int, Unit] = {}
        self._enable_unit_actions()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_language_change(event) and hasattr(self, "texts"):
            self.texts.again()
            self._reload_units(self._selected_unit_id(), fill_fields=False)  # "(none)", "→"
        super().changeEvent(event)

    def refresh(self) -> None:
        # The name this window signs changes with (--officer may have set it for this session only).
        self.officer_edit.setText(self.tracker.officer)
        index = self.language_combo.findData(self.settings.language() or ui_language())  # what is on screen
        self.language_combo.setCurrentIndex(max(index, 0))
        self._reload_units(self._selected_unit_id(), fill_fields=True)
        self.database.refresh()

    def _selected_unit_id(self) -> int | None:
        item = self.units_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _reload_units(self, select_id: int | None, fill_fields: bool) -> None:
        """Rebuild the list and keep the officer's place in it.

        ``fill_fields`` is False after saving a successor so a name being typed is not overwritten.
        """
        self._units = {unit.id: unit for unit in self.tracker.list_units(include_deleted=True)}
        shown = sort_vietnamese((u for u in self._units.values() if u.deleted_at is None), key=lambda u: u.name)
        # Italic rather than grey: the disabled grey is too faint to read on white.
        superseded = QFont(self.units_list.font())
        superseded.setItalic(True)
        self.units_list.blockSignals(True)
        try:
            self.units_list.clear()
            selected = None
            for unit in shown:
                item = QListWidgetItem(self._unit_text(unit))
                item.setData(ID_ROLE, unit.id)
                item.setData(NAMES_ROLE, (unit.name, unit.abbreviation or ""))
                item.setData(SUCCESSOR_ROLE, unit.successor_id)
                successor = self._units.get(unit.successor_id) if unit.successor_id is not None else None
                if successor is not None:
                    item.setFont(superseded)
                    item.setToolTip(self._successor_tooltip(unit, successor))
                self.units_list.addItem(item)
                if unit.id == select_id:
                    selected = item
            if selected is not None:
                self.units_list.setCurrentItem(selected)
        finally:
            self.units_list.blockSignals(False)
        if selected is not None and fill_fields:
            self._unit_selected(selected)
        else:
            self._fill_successors(selected)
        self._enable_unit_actions()

    def _unit_text(self, unit: Unit) -> str:
        successor = self._units.get(unit.successor_id) if unit.successor_id is not None else None
        if successor is None:
            return unit_label(unit)
        return QCoreApplication.translate("SettingsView", "{unit} → {successor}").format(unit=unit_label(unit), successor=successor.name)

    def _successor_tooltip(self, unit: Unit, successor: Unit) -> str:
        current, seen = successor, {unit.id}
        while current.successor_id is not None and current.id not in seen and current.successor_id in self._units:
            seen.add(current.id)
            current = self._units[current.successor_id]
        if current is successor:
            return QCoreApplication.translate("SettingsView", "Succeeded by {successor}").format(successor=successor.name)
        return QCoreApplication.translate("SettingsView", "Succeeded by {successor}; the current unit is {current}").format(
            successor=successor.name, current=current.name
        )

    def _fill_successors(self, item: QListWidgetItem | None) -> None:
        """Offer every other unit; a unit can never be offered as its own successor."""
        self.successor_combo.clear()
        self.successor_combo.addItem(QCoreApplication.translate("SettingsView", "(none)"), None)
        if item is None:
            return
        unit_id = item.data(ID_ROLE)
        current = item.data(SUCCESSOR_ROLE)
        for unit in sort_vietnamese((u for u in self._units.values() if u.deleted_at is None and u.id != unit_id), key=lambda u: u.name):
            self.successor_combo.addItem(unit_label(unit), unit.id)
        if current is not None and self.successor_combo.findData(current) < 0 and current in self._units:
            # A deleted successor stays visible, so saving another change does not drop it unseen.
            self.successor_combo.addItem(
                QCoreApplication.translate("SettingsView", "{unit} (deleted)").format(unit=unit_label(self._units[current])), current
            )
        index = self.successor_combo.findData(current)
        self.successor_combo.setCurrentIndex(max(index, 0))

    def _enable_unit_actions(self) -> None:
        selected = self.units_list.currentItem() is not None
        for widget in (self.rename_unit_button, self.successor_combo, self.save_successor_button):
            widget.setEnabled(selected)

    def save(self) -> bool:
        name = self.officer_edit.text().strip()
        try:
            self.tracker.set_officer(name)
        except HPTrackerError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(exc.message)
            return False
        self.settings.set_officer(self.tracker.officer)
        language = self.language_combo.currentData()
        self.settings.set_language(language)
        if language != ui_language():
            # At once, in the whole window: every widget sets its texts again on Qt's LanguageChange.
            install_translators(language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.message.setStyleSheet("")
        self.message.setText(QCoreApplication.translate("SettingsView", "Saved."))
        self.officer_changed.emit(self.tracker.officer)
        return True

    def _unit_selected(self, item: QListWidgetItem | None) -> None:
        self._enable_unit_actions()
        self._fill_successors(item)
        if item is None:
            return
        self.unit_error.setVisible(False)
        name, abbreviation = item.data(NAMES_ROLE)
        self.unit_name.setText(name)
        self.unit_abbreviation.setText(abbreviation)
        self._unit_shown = {"name": name, "abbreviation": abbreviation}  # what Rename compares with

    def add_unit(self) -> bool:
        self.unit_error.setVisible(False)
        try:
            self.tracker.create_unit(name=self.unit_name.text(), abbreviation=self.unit_abbreviation.text())
        except HPTrackerError as exc:
            self._show_unit_error(exc.message)
            return False
        self.unit_name.clear()
        self.unit_abbreviation.clear()
        self._reload_units(None, fill_fields=False)  # ready for the next unit, nothing selected
        self.units_changed.emit()
        return True

    def rename_unit(self) -> bool:
        item = self.units_list.currentItem()
        if item is None:
            return False
        self.unit_error.setVisible(False)
        unit = self._units[item.data(ID_ROLE)]
        # Only what the officer changed, from the version listed (issue 15 item 4).
        typed = {"name": self.unit_name.text(), "abbreviation": self.unit_abbreviation.text()}
        shown = getattr(self, "_unit_shown", None) or {"name": unit.name, "abbreviation": unit.abbreviation or ""}
        changes = {key: value for key, value in typed.items() if value != shown[key]}
        try:
            self.tracker.update_unit(unit.id, expected_version=unit.version, **changes)
        except ConflictError as exc:
            self._reload_units(unit.id, fill_fields=False)  # the list as saved; the typing stays
            self._show_unit_error(exc.message)
            return False
        except HPTrackerError as exc:
            self._show_unit_error(exc.message)
            return False
        self._reload_units(item.data(ID_ROLE), fill_fields=True)
        self.units_changed.emit()
        return True

    def save_successor(self) -> bool:
        item = self.units_list.currentItem()
        if item is None:
            return False
        self.unit_error.setVisible(False)
        unit_id = item.data(ID_ROLE)
        successor_id = self.successor_combo.currentData()
        successors = {uid: unit.successor_id for uid, unit in self._units.items()}
        cycle = succession_cycle(successors, unit_id, successor_id)
        if cycle is not None:
            chain = self._units[cycle[0]].name
            for uid in cycle[1:]:
                chain = QCoreApplication.translate("SettingsView", "{unit} → {successor}").format(
                    unit=chain, successor=self._units[uid].name
                )
            self._show_unit_error(
                QCoreApplication.translate(
                    "SettingsView",
                    "{unit} cannot be succeeded by {successor}: the succession would go round in a circle ({chain}) and no unit would be the current one. Nothing was changed.",
                ).format(unit=self._units[unit_id].name, successor=self._units[successor_id].name, chain=chain)
            )
            return False
        try:
            self.tracker.update_unit(unit_id, expected_version=self._units[unit_id].version, successor_id=successor_id)
        except ConflictError as exc:
            self._reload_units(unit_id, fill_fields=False)
            self._show_unit_error(exc.message)
            return False
        except HPTrackerError as exc:
            self._show_unit_error(exc.message)
            return False
        self._reload_units(unit_id, fill_fields=False)
        self.units_changed.emit()
        return True

    def _show_unit_error(self, text: str) -> None:
        self.unit_error.setText(text)
        self.unit_error.setVisible(True)
