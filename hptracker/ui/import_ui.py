"""The window's "Import from Excel…": choose a workbook, review the preview, then apply it.

The main window wires its action to :func:`import_workbook`; all the work is in
:mod:`hptracker.core.import_xlsx`. Nothing is written before the officer has seen the preview
(records to create, each field to change old → new, unchanged rows, every problem by sheet, row and
column) and pressed Apply, which stays disabled while any problem remains. Every wait for the officer
is a classmethod of :class:`ImportDialogs`, so tests replace it and no modal dialog blocks a run.
Preview and apply of 10,000 rows take a few seconds (benchmarks/bench_import.py), so they run in the
GUI thread under a wait cursor instead of carrying an open database across threads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import FollowUpStatus
from ..core.errors import HPTrackerError
from ..core.import_xlsx import ImportPreview, apply_import, preview_import
from ..core.labels import label
from .dialogs.widgets import read_only_table
from .tasks import wait_cursor

# Rows shown per table; the counts above the tables always cover everything.
SHOWN_ROWS = 5000


class ImportDialogs:
    """Every question and notice of the import; tests replace these classmethods."""

    @classmethod
    def choose_file(cls, parent: QWidget | None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportUi", "Import from Excel"), "", QCoreApplication.translate("ImportUi", "Excel workbooks (*.xlsx *.xlsm);;All files (*)"))
        return path or None

    @classmethod
    def review(cls, dialog: ImportPreviewDialog) -> bool:
        """Show the preview and wait; True when the officer pressed Apply."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def show_error(cls, parent: QWidget | None, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ImportUi", "Import from Excel"), text,
                          QMessageBox.StandardButton.Close, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    @classmethod
    def info(cls, parent: QWidget | None, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ImportUi", "Import from Excel"), text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def _item(text: object, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(object_name: str, headers: list[str], accessible: str) -> QTableWidget:
    table = read_only_table(object_name, headers, accessible, single_selection=False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[object]], numeric: set[int] = frozenset()) -> None:
    table.setUpdatesEnabled(False)
    try:
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, _item(value, c in numeric))
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):
            table.setColumnWidth(c, min(table.columnWidth(c), 420))
    finally:
        table.setUpdatesEnabled(True)


class ImportPreviewDialog(QDialog):
    """What the import would do; Apply only when every row is valid and something changes."""

    def __init__(self, parent: QWidget | None, tracker, path: Path, preview: ImportPreview) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.path = Path(path)
        self.preview = preview
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import from Excel — {name}").format(name=self.path.name))
        self.setAccessibleName(self.tr("Import preview"))
        self.resize(1000, 640)

        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.update_table = _table("importUpdateTable", [
            self.tr("Row"), self.tr("ID"), self.tr("Follow-up"), self.tr("Field"), self.tr("Now"),
            self.tr("After import")], self.tr("Follow-ups to update"))
        self.create_table = _table("importCreateTable", [
            self.tr("Row"), self.tr("Title"), self.tr("Partner"), self.tr("Status"), self.tr("Due"),
            self.tr("Progress note")], self.tr("Follow-ups to create"))
        self.problem_table = _table("importProblemsTable", [
            self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")], self.tr("Problems"))
        self.notes = QListWidget()
        self.notes.setObjectName("importNotes")
        self.notes.setAccessibleName(self.tr("Notes on the workbook"))
        for widget in (self.problem_table, self.update_table, self.create_table, self.notes):
            self.tabs.addTab(widget, "")
        layout.addWidget(self.tabs, 1)

        self.create_partners = QCheckBox(self.tr("Create the partners this workbook names that are not in the "
                                                 "database yet"))
        self.create_partners.setObjectName("importCreatePartners")
        self.create_partners.setChecked(preview.create_partners)
        self.create_partners.toggled.connect(self._rerun)
        layout.addWidget(self.create_partners)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("importApplyButton")
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("importCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show(preview)

    # -- filling ----------------------------------------------------------------------------------

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        lines = [self.tr("{create} to create, {update} to update, {unchanged} unchanged, {problems} problems.").format(
            create=len(preview.creates), update=len(preview.updates), unchanged=preview.unchanged,
            problems=len(preview.problems))]
        if preview.new_partners:
            lines.append(self.tr("New partners: {names}").format(names="; ".join(preview.new_partners.values())))
        if preview.problems:
            lines.append(self.tr("Nothing can be imported until every problem is fixed in the workbook."))
        elif not preview.has_changes:
            lines.append(self.tr("Nothing to import: every row matches the database."))
        self.summary.setText("\n".join(lines))

        updates = []
        for item in preview.updates:
            for change in item.changes:
                updates.append([item.row, item.followup_id, item.title, change.label, change.old, change.new])
                if len(updates) >= SHOWN_ROWS:
                    break
            if len(updates) >= SHOWN_ROWS:
                break
        _fill(self.update_table, updates, {0, 1})
        _fill(self.create_table, [
            [c.row, c.title, c.partner, label(FollowUpStatus, c.status), c.due, c.note or ""]
            for c in preview.creates[:SHOWN_ROWS]], {0})
        _fill(self.problem_table, [[p.sheet, p.row or "", p.column or "", p.message]
                                   for p in preview.problems[:SHOWN_ROWS]], {1})
        self.notes.clear()
        for sheet, column in preview.ignored_columns:
            self.notes.addItem(self.tr("Column ignored (not a follow-up field): {sheet}, {column}").format(
                sheet=sheet, column=column))
        for sheet, reason in preview.skipped_sheets:
            self.notes.addItem(self.tr("Sheet not imported: {sheet} ({reason})").format(sheet=sheet, reason=reason))
        for notice in preview.notices:
            self.notes.addItem(notice)

        self.tabs.setTabText(0, self.tr("Problems ({n})").format(n=len(preview.problems)))
        self.tabs.setTabText(1, self.tr("To update ({n})").format(n=len(preview.updates)))
        self.tabs.setTabText(2, self.tr("To create ({n})").format(n=len(preview.creates)))
        self.tabs.setTabText(3, self.tr("Notes ({n})").format(n=self.notes.count()))
        if preview.problems:
            self.tabs.setCurrentIndex(0)
        elif preview.updates:
            self.tabs.setCurrentIndex(1)
        elif preview.creates:
            self.tabs.setCurrentIndex(2)
        else:
            self.tabs.setCurrentIndex(3)
        self.apply_button.setEnabled(preview.ok and preview.has_changes)
        self.apply_button.setDefault(preview.ok and preview.has_changes)

    def _rerun(self, checked: bool) -> None:
        """Read the workbook again with or without creating partners (the file may have been fixed)."""
        try:
            with wait_cursor():
                preview = preview_import(self.tracker, self.path, create_partners=checked)
        except HPTrackerError as exc:
            ImportDialogs.show_error(self, exc.message)
            return
        self._show(preview)

    def accept(self) -> None:
        if not (self.preview.ok and self.preview.has_changes):
            return  # Enter on a disabled Apply must not write anything
        super().accept()


def import_workbook(parent: QWidget | None, tracker) -> bool:
    """The whole "Import from Excel…" action; True when the database changed."""
    path = ImportDialogs.choose_file(parent)
    if not path:
        return False
    try:
        with wait_cursor():
            preview = preview_import(tracker, path)
    except HPTrackerError as exc:
        ImportDialogs.show_error(parent, exc.message)
        return False
    dialog = ImportPreviewDialog(parent, tracker, Path(path), preview)
    try:
        if not ImportDialogs.review(dialog):
            return False
        preview = dialog.preview
        try:
            with wait_cursor():
                result = apply_import(tracker, preview)
        except HPTrackerError as exc:
            ImportDialogs.show_error(parent, exc.message)
            return False
    finally:
        dialog.deleteLater()
    ImportDialogs.info(parent, QCoreApplication.translate("ImportUi",
        "Imported from {name}: {created} follow-ups created, {updated} updated, {progress} progress entries, "
        "{partners} new partners.").format(name=preview.file_name, created=result.created, updated=result.updated,
                                           progress=result.progress_entries, partners=result.partners_created))
    return True
