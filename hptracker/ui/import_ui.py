"""The window's "Import from Excel…": choose a workbook, review the preview, then apply it.

The main window wires its action to :func:`import_workbook`; all the work is in
:mod:`hptracker.core.import_xlsx`. Nothing is written before the officer has seen the preview
(records to create, each field to change old → new, unchanged rows, every problem by sheet, row and
column) and pressed Apply, which stays disabled while any problem remains. Every wait for the officer
is a classmethod of :class:`ImportDialogs`, so tests replace it and no modal dialog blocks a run.
Reading and applying 10,000 rows take a few seconds each (benchmarks/bench_import.py), so both run
on a pool thread behind a busy indicator (:func:`hptracker.ui.tasks.busy_task`): the window keeps
painting, and applying goes through the runner's single writer.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import FollowUpStatus
from ..core.i18n import language
from ..core.import_xlsx import ImportPreview, ImportResult, apply_import, preview_import
from ..core.labels import label
from ..core.text import format_number
from .dialogs.base import plain_message_box
from .geometry import fit
from .tasks import Task, busy_task, error_text


class ImportDialogs:
    """Every question and notice of the import; tests replace these classmethods."""

    @classmethod
    def choose_file(cls, parent: QWidget | None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportUi", "Import from Excel"),
            "",
            QCoreApplication.translate("ImportUi", "Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        return path or None

    @classmethod
    def review(cls, dialog: ImportPreviewDialog) -> bool:
        """Show the preview and wait; True when the officer pressed Apply."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def show_error(cls, parent: QWidget | None, text: str) -> None:
        plain_message_box(
            QMessageBox.Icon.Warning,
            parent,
            QCoreApplication.translate("ImportUi", "Import from Excel"),
            text,
            QMessageBox.StandardButton.Close,
        ).exec()

    @classmethod
    def info(cls, parent: QWidget | None, text: str) -> None:
        plain_message_box(
            QMessageBox.Icon.Information,
            parent,
            QCoreApplication.translate("ImportUi", "Import from Excel"),
            text,
            QMessageBox.StandardButton.Ok,
        ).exec()


class _LazyRows(Sequence):
    """Table rows made from the preview's own records when the view asks for them.

    One list per shown row cost more than the preview itself: 100,000 follow-ups with every
    field changed are 1.1 million rows of changes (about 150 MB of lists). ``counts`` says how
    many table rows each record gives (its changes); a row is found by bisecting their sums.
    """

    def __init__(self, items: Sequence[Any], make: Callable[[Any, int], list[object]], counts: Callable[[Any], int] | None = None) -> None:
        self.items = items
        self.make = make
        self.ends = list(itertools.accumulate(counts(item) for item in items)) if counts else None

    def __len__(self) -> int:
        if self.ends is None:
            return len(self.items)
        return self.ends[-1] if self.ends else 0

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        if self.ends is None:
            return self.make(self.items[row], 0)
        if row < 0:
            row += len(self)
        index = bisect.bisect_right(self.ends, row)
        start = self.ends[index - 1] if index else 0
        return self.make(self.items[index], row - start)


def _cell_text(value: object) -> str:
    return "" if value is None else str(value)


class _RowsModel(QAbstractTableModel):
    """A read-only table over rows of values, built lazily by the view: 10,000 planned rows show
    at once, where one widget item per cell took half a second and had to be capped."""

    def __init__(self, headers: list[str], numeric: frozenset[int] = frozenset()) -> None:
        super().__init__()
        self.headers = headers
        self.numeric = numeric
        self.rows: Sequence[Sequence[object]] = []

    def set_rows(self, rows: Sequence[Sequence[object]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return _cell_text(self.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _table(object_name: str, headers: list[str], accessible: str, numeric: frozenset[int]) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setAccessibleName(accessible)
    table.setModel(_RowsModel(headers, numeric))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab goes on to the dialog's buttons; arrows move in the table
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # no per-row measuring
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


WIDTH_SAMPLE_ROWS = 100  # a column is as wide as its widest text among the first rows
MAX_COLUMN_WIDTH = 420


def _fill(table: QTableView, rows: Sequence[Sequence[object]]) -> None:
    """Show ``rows``, each column as wide as its header and its widest text among the first rows.

    The widths are measured on the texts themselves: ``resizeColumnsToContents`` asked the model
    for every role of each sampled cell and laid each out, 12 ms of the 23 ms the dialog took to
    build at the end of a 10,000-row preview, while the window waited (issue 17).
    """
    model = table.model()
    model.set_rows(rows)
    metrics = table.fontMetrics()
    # What a cell adds around its text (QStyledItemDelegate's margins) and the grid line.
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + int(table.showGrid())
    sample = [rows[n] for n in range(min(len(rows), WIDTH_SAMPLE_ROWS))]
    header = table.horizontalHeader()
    for c in range(model.columnCount()):
        widest = max((metrics.horizontalAdvance(_cell_text(row[c])) for row in sample), default=0)
        table.setColumnWidth(c, min(max(widest + margin, header.sectionSizeHint(c)), MAX_COLUMN_WIDTH))


class ImportPreviewDialog(QDialog):
    """What the import would do; Apply only when every row is valid and something changes."""

    def __init__(self, parent: QWidget | None, tracker, path: Path, preview: ImportPreview) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.path = Path(path)
        self.preview = preview
        self.reading: Task | None = None  # the workbook being read again, if it is
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import from Excel — {name}").format(name=self.path.name))
        self.setAccessibleName(self.tr("Import preview"))
        fit(self, 1000, 640)

        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.update_table = _table(
            "importUpdateTable",
            [self.tr("Row"), self.tr("ID"), self.tr("Follow-up"), self.tr("Field"), self.tr("Now"), self.tr("After import")],
            self.tr("Follow-ups to update"),
            frozenset({0, 1}),
        )
        self.create_table = _table(
            "importCreateTable",
            [self.tr("Row"), self.tr("Title"), self.tr("Partner"), self.tr("Status"), self.tr("Due"), self.tr("Progress note")],
            self.tr("Follow-ups to create"),
            frozenset({0}),
        )
        self.problem_table = _table(
            "importProblemsTable",
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")],
            self.tr("Problems"),
            frozenset({1}),
        )
        self.notes = QListWidget()
        self.notes.setObjectName("importNotes")
        self.notes.setAccessibleName(self.tr("Notes on the workbook"))
        for widget in (self.problem_table, self.update_table, self.create_table, self.notes):
            self.tabs.addTab(widget, "")
        layout.addWidget(self.tabs, 1)

        self.create_partners = QCheckBox(self.tr("Create the partners this workbook names that are not in the database yet"))
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
        lang = language()

        def n(value: int) -> str:  # 10.000 in Vietnamese, 10,000 in English
            return format_number(value, lang)

        lines = [
            self.tr("{create} to create, {update} to update, {unchanged} unchanged, {problems} problems.").format(
                create=n(len(preview.creates)),
                update=n(len(preview.updates)),
                unchanged=n(preview.unchanged),
                problems=n(preview.problem_count),
            )
        ]
        if preview.new_partners:
            lines.append(self.tr("New partners: {names}").format(names="; ".join(preview.new_partners.values())))
        if preview.problems:
            lines.append(self.tr("Nothing can be imported until every problem is fixed in the workbook."))
        elif not preview.has_changes:
            lines.append(self.tr("Nothing to import: every row matches the database."))
        self.summary.setText("\n".join(lines))

        statuses = {member.value: label(FollowUpStatus, member.value) for member in FollowUpStatus}

        def change_row(item, n: int) -> list[object]:
            change = item.changes[n]
            return [item.row, item.followup_id, item.title, change.label, change.old, change.new]

        _fill(self.update_table, _LazyRows(preview.updates, change_row, lambda item: len(item.changes)))
        _fill(
            self.create_table,
            _LazyRows(preview.creates, lambda c, _n: [c.row, c.title, c.partner, statuses.get(c.status, c.status), c.due, c.note or ""]),
        )
        _fill(self.problem_table, _LazyRows(preview.problems, lambda p, _n: [p.sheet, p.row or "", p.column or "", p.message]))
        self.notes.clear()
        for sheet, column in preview.ignored_columns:
            self.notes.addItem(self.tr("Column ignored (not a follow-up field): {sheet}, {column}").format(sheet=sheet, column=column))
        for sheet, reason in preview.skipped_sheets:
            self.notes.addItem(self.tr("Sheet not imported: {sheet} ({reason})").format(sheet=sheet, reason=reason))
        for notice in preview.notices:
            self.notes.addItem(notice)

        self.tabs.setTabText(0, self.tr("Problems ({n})").format(n=n(preview.problem_count)))
        self.tabs.setTabText(1, self.tr("To update ({n})").format(n=n(len(preview.updates))))
        self.tabs.setTabText(2, self.tr("To create ({n})").format(n=n(len(preview.creates))))
        self.tabs.setTabText(3, self.tr("Notes ({n})").format(n=n(self.notes.count())))
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
        self.apply_button.setEnabled(False)
        self.create_partners.setEnabled(False)
        self.summary.setText(self.tr("Reading {name} again…").format(name=self.path.name))
        self.reading = busy_task(
            self,
            self.tr("Reading {name}…").format(name=self.path.name),
            lambda: preview_import(self.tracker, self.path, create_partners=checked),
            name="import-preview",
        )
        self.reading.succeeded.connect(self._show)
        self.reading.failed.connect(self._reread_failed)  # bound methods: dropped if the dialog goes first
        self.reading.finished.connect(self._reread_done)

    def _reread_failed(self, error: BaseException) -> None:
        ImportDialogs.show_error(self, error_text(error))
        self.create_partners.blockSignals(True)
        self.create_partners.setChecked(self.preview.create_partners)  # what the preview shown was read with
        self.create_partners.blockSignals(False)
        self._show(self.preview)

    def _reread_done(self) -> None:
        self.reading = None
        self.create_partners.setEnabled(True)

    def accept(self) -> None:
        if self.reading is not None or not (self.preview.ok and self.preview.has_changes):
            return  # Enter on a disabled Apply must not write anything
        super().accept()


def import_workbook(parent: QWidget | None, tracker, on_imported: Callable[[ImportResult], None] | None = None) -> Task | None:
    """The whole "Import from Excel…" action: choose, read, review, apply, report.

    Returns the reading task (None when no file was chosen); the rest follows from its signals.
    ``on_imported`` runs on the GUI thread once the database has changed.
    """
    path = ImportDialogs.choose_file(parent)
    if not path:
        return None
    name = Path(path).name
    reading = busy_task(
        parent,
        QCoreApplication.translate("ImportUi", "Reading {name}…").format(name=name),
        lambda: preview_import(tracker, path),
        name="import-preview",
    )
    reading.succeeded.connect(lambda preview: _review(parent, tracker, Path(path), preview, on_imported))
    reading.failed.connect(lambda error: ImportDialogs.show_error(parent, error_text(error)))
    return reading


def _review(
    parent: QWidget | None, tracker, path: Path, preview: ImportPreview, on_imported: Callable[[ImportResult], None] | None
) -> None:
    dialog = ImportPreviewDialog(parent, tracker, path, preview)
    try:
        if not ImportDialogs.review(dialog):
            return
        preview = dialog.preview
    finally:
        dialog.deleteLater()
    writing = busy_task(
        parent,
        QCoreApplication.translate("ImportUi", "Importing {name}…").format(name=path.name),
        lambda: apply_import(tracker, preview),
        writes=True,
        name="import",
    )

    def done(result: ImportResult) -> None:
        ImportDialogs.info(
            parent,
            QCoreApplication.translate(
                "ImportUi",
                "Imported from {name}: {created} follow-ups created, {updated} updated, {progress} progress entries, "
                "{partners} new partners.",
            ).format(
                name=preview.file_name,
                created=result.created,
                updated=result.updated,
                progress=result.progress_entries,
                partners=result.partners_created,
            ),
        )
        if on_imported is not None:
            on_imported(result)

    writing.succeeded.connect(done)
    writing.failed.connect(lambda error: ImportDialogs.show_error(parent, error_text(error)))
