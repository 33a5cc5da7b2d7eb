"""Settings: the officer's name (signs every change), the UI language, and our units."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import HPTrackerError
from ..dialogs.base import ERROR_STYLE


class SettingsView(QWidget):
    officer_changed = Signal(str)
    units_changed = Signal()

    def __init__(self, tracker, settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.tracker = tracker
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)

        you = QGroupBox(QCoreApplication.translate("SettingsView", "You"), self)
        form = QFormLayout(you)
        self.officer_edit = QLineEdit(you)
        self.officer_edit.setObjectName("officerEdit")
        self.officer_edit.setAccessibleName(QCoreApplication.translate("SettingsView", "Officer name"))
        form.addRow(QCoreApplication.translate("SettingsView", "Officer &name:"), self.officer_edit)
        self.language_combo = QComboBox(you)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(QCoreApplication.translate("SettingsView", "Language"))
        self.language_combo.addItem("Tiếng Việt", "vi")
        self.language_combo.addItem("English", "en")
        form.addRow(QCoreApplication.translate("SettingsView", "&Language:"), self.language_combo)
        self.save_button = QPushButton(QCoreApplication.translate("SettingsView", "&Save settings"), you)
        self.save_button.setObjectName("saveSettingsButton")
        form.addRow("", self.save_button)
        self.message = QLabel(you)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        layout.addWidget(you)

        units = QGroupBox(QCoreApplication.translate("SettingsView", "Our units (hosts of meetings, owners of follow-ups)"), self)
        box = QVBoxLayout(units)
        self.units_list = QListWidget(units)
        self.units_list.setObjectName("unitsList")
        self.units_list.setAccessibleName(QCoreApplication.translate("SettingsView", "Our units"))
        box.addWidget(self.units_list)
        row = QHBoxLayout()
        self.unit_name = QLineEdit(units)
        self.unit_name.setObjectName("unitName")
        self.unit_name.setAccessibleName(QCoreApplication.translate("SettingsView", "Unit name"))
        self.unit_name.setPlaceholderText(QCoreApplication.translate("SettingsView", "name, e.g. Ban Quản lý Khu kinh tế Hải Phòng"))
        self.unit_abbreviation = QLineEdit(units)
        self.unit_abbreviation.setObjectName("unitAbbreviation")
        self.unit_abbreviation.setAccessibleName(QCoreApplication.translate("SettingsView", "Abbreviation"))
        self.unit_abbreviation.setPlaceholderText(QCoreApplication.translate("SettingsView", "abbreviation, e.g. HEZA"))
        self.unit_abbreviation.setMaximumWidth(160)
        self.add_unit_button = QPushButton(QCoreApplication.translate("SettingsView", "&Add unit"), units)
        self.add_unit_button.setObjectName("addUnitButton")
        self.rename_unit_button = QPushButton(QCoreApplication.translate("SettingsView", "&Rename selected"), units)
        row.addWidget(self.unit_name, 3)
        row.addWidget(self.unit_abbreviation, 1)
        row.addWidget(self.add_unit_button)
        row.addWidget(self.rename_unit_button)
        box.addLayout(row)
        self.unit_error = QLabel(units)
        self.unit_error.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_error.setStyleSheet(ERROR_STYLE)
        self.unit_error.setVisible(False)
        box.addWidget(self.unit_error)
        layout.addWidget(units, 1)

        self.save_button.clicked.connect(self.save)
        self.officer_edit.returnPressed.connect(self.save)
        self.add_unit_button.clicked.connect(self.add_unit)
        self.unit_name.returnPressed.connect(self.add_unit)
        self.rename_unit_button.clicked.connect(self.rename_unit)
        self.units_list.currentItemChanged.connect(self._unit_selected)

    def refresh(self) -> None:
        self.officer_edit.setText(self.settings.officer() or self.tracker.officer)
        index = self.language_combo.findData(self.settings.language() or "vi")
        self.language_combo.setCurrentIndex(max(index, 0))
        self.units_list.clear()
        for unit in self.tracker.list_units():
            text = f"{unit.name} ({unit.abbreviation})" if unit.abbreviation else unit.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, (unit.name, unit.abbreviation or ""))
            self.units_list.addItem(item)

    def save(self) -> bool:
        name = self.officer_edit.text().strip()
        try:
            self.tracker.set_officer(name)
        except HPTrackerError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(exc.message)
            return False
        self.settings.set_officer(self.tracker.officer)
        old_language = self.settings.language()
        language = self.language_combo.currentData()
        self.settings.set_language(language)
        self.message.setStyleSheet("")
        if language != (old_language or "vi"):
            self.message.setText(QCoreApplication.translate("SettingsView", "Saved. The new language applies when hptracker starts again."))
        else:
            self.message.setText(QCoreApplication.translate("SettingsView", "Saved."))
        self.officer_changed.emit(self.tracker.officer)
        return True

    def _unit_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        name, abbreviation = item.data(Qt.ItemDataRole.UserRole + 1)
        self.unit_name.setText(name)
        self.unit_abbreviation.setText(abbreviation)

    def add_unit(self) -> bool:
        self.unit_error.setVisible(False)
        try:
            self.tracker.create_unit(name=self.unit_name.text(), abbreviation=self.unit_abbreviation.text())
        except HPTrackerError as exc:
            self.unit_error.setText(exc.message)
            self.unit_error.setVisible(True)
            return False
        self.unit_name.clear()
        self.unit_abbreviation.clear()
        self.refresh()
        self.units_changed.emit()
        return True

    def rename_unit(self) -> bool:
        item = self.units_list.currentItem()
        if item is None:
            return False
        self.unit_error.setVisible(False)
        try:
            self.tracker.update_unit(item.data(Qt.ItemDataRole.UserRole), name=self.unit_name.text(),
                                     abbreviation=self.unit_abbreviation.text())
        except HPTrackerError as exc:
            self.unit_error.setText(exc.message)
            self.unit_error.setVisible(True)
            return False
        self.refresh()
        self.units_changed.emit()
        return True
