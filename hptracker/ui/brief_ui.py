"""The window's "Brief…": the officer's notes, then print preview with print and "Save as PDF…".

Every step that would wait for the officer (the notes dialog, the glyph warning, the preview's event
loop, the file dialog) is a module-level function, so tests and other callers can replace it and
no modal dialog ever blocks a test run (pytest-qt's advice on dialogs).

The work between them runs on pool threads (issue 17: the window is never blocked more than
100 ms): reading the brief, laying it out for the printer's pages and looking for characters no
font can draw (0.2–0.5 s for the largest partner), and writing the PDF, in a copy of the document
of its own. Qt lays text out and paints PDFs on any thread; the document made there is handed to
the GUI thread for the preview.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QThread
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPlainTextEdit, QToolBar, QVBoxLayout, QWidget

from ..core.errors import HPTrackerError
from ..core.i18n import language
from ..core.outputs import refuse_database_path
from .dialogs.base import plain_message_box
from .geometry import fit
from .printing import PagedBrief, configure, missing_glyph_message, missing_glyphs, prepare_brief, write_pdf
from .tasks import Task, busy_task


class NotesDialog(QDialog):
    """The officer's own notes for this meeting, printed at the end of the brief."""

    def __init__(self, partner_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefNotesDialog")
        self.setWindowTitle(self.tr("Brief on {partner}").format(partner=partner_name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your own notes for this meeting (optional); they are printed under the suggested talking points."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("briefNotesEdit")
        self.edit.setAccessibleName(self.tr("Officer notes"))
        # Tab leaves the notes for the buttons (a notes box that kept Tab for itself left "Preview"
        # out of keyboard reach); Enter still starts a new line, Ctrl+Enter previews.
        self.edit.setTabChangesFocus(True)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button.setText(self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("Preview the brief (Ctrl+Enter)"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        fit(self, 520, 300)

    @classmethod
    def ask(cls, parent: QWidget | None, partner_name: str) -> str | None:
        dialog = cls(partner_name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.toPlainText()


class BriefPreviewDialog(QPrintPreviewDialog):
    """Qt's preview, painting the brief page by page, with a "Save as PDF…" button of our own."""

    def __init__(self, paged: PagedBrief, printer: QPrinter, parent: QWidget | None = None, db_path: Path | None = None) -> None:
        super().__init__(printer, parent)
        self.paged = paged
        self.db_path = db_path  # "Save as PDF…" never writes over it (nor its files or backups)
        self.printer_ = printer  # the dialog does not own it; keep it alive as long as the dialog
        self.setObjectName("briefPreviewDialog")
        self.setWindowTitle(self.tr("Brief: {partner}").format(partner=paged.title))
        self.paintRequested.connect(self._paint)
        self.save_action = QAction(self.tr("Save as PDF…"), self)
        self.save_action.setObjectName("actionSaveBriefPdf")
        # The preview's toolbar takes no keyboard focus: the keys are the way there.
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.setToolTip(
            self.tr("Save the brief as a PDF file")
            + " ("
            + self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            + ")"
        )
        self.save_action.triggered.connect(self.save_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
        self.addAction(self.save_action)  # its shortcut works wherever the focus is in the dialog
        fit(self, 900, 1000)  # an A4 page tall where there is room; scrolls on a laptop

    def _paint(self, printer: QPrinter) -> None:
        try:
            self.paged.paint(printer)
        except OSError as exc:
            show_error(self, str(exc))

    def save_pdf(self) -> Task | None:
        """Ask where, then write the PDF in the background (the officer is told when it is done);
        returns the task, None when nothing is written."""
        chosen = choose_pdf_path(self, suggested_file_name(self.paged.title))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            refuse_database_path(target, self.db_path)
        except HPTrackerError as exc:
            show_error(self, exc.message)
            return None
        paged = self.paged
        task = busy_task(
            self, self.tr("Saving {name}…").format(name=target.name), lambda: write_pdf(paged.copy(), target), name="brief PDF"
        )
        task.succeeded.connect(lambda pages: show_info(self, self.tr("Saved {pages} pages to {path}.").format(pages=pages, path=target)))
        task.failed.connect(lambda error: show_error(self, error.message if isinstance(error, HPTrackerError) else str(error)))
        return task


def suggested_file_name(partner_name: str, today: dt.date | None = None) -> str:
    """ "Brief - Huyện Thượng Ngu - 2025-02-05.pdf", minus characters file systems refuse."""
    today = today or dt.date.today()
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f\s]+', " ", partner_name).strip(" .") or "partner"
    base = QCoreApplication.translate("BriefUi", "Brief - {partner} - {date}").format(partner=safe, date=today.isoformat())
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / f"{base}.pdf") if folder else f"{base}.pdf"


# -- the replaceable steps ------------------------------------------------------------------------


def ask_notes(parent: QWidget | None, partner_name: str) -> str | None:
    """The officer's notes, "" for none, None when the officer cancels the brief."""
    return NotesDialog.ask(parent, partner_name)


def confirm_missing_glyphs(parent: QWidget | None, message: str) -> bool:
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("BriefUi", "Characters that cannot be printed"),
        message + "\n\n" + QCoreApplication.translate("BriefUi", "Open the preview anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def exec_preview(dialog: BriefPreviewDialog) -> None:
    dialog.exec()


def choose_pdf_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BriefUi", "Save brief as PDF"),
        suggested,
        QCoreApplication.translate("BriefUi", "PDF files (*.pdf)"),
    )
    return path or None


def show_error(parent: QWidget | None, message: str) -> None:
    plain_message_box(
        QMessageBox.Icon.Critical, parent, QCoreApplication.translate("BriefUi", "Brief"), message, QMessageBox.StandardButton.Ok
    ).exec()


def show_info(parent: QWidget | None, message: str) -> None:
    plain_message_box(
        QMessageBox.Icon.Information, parent, QCoreApplication.translate("BriefUi", "Brief"), message, QMessageBox.StandardButton.Ok
    ).exec()


# -- the entry point -----------------------------------------------------------------------------


def open_brief(parent: QWidget | None, tracker, partner_id: int, meeting_id: int | None = None) -> Task | None:
    """ "Brief…" on a partner (or on one of its meetings): notes, then the brief is read and laid
    out in the background, then the glyph check and the print preview. Returns the background
    task (None when the officer cancelled or the partner cannot be had)."""
    try:
        partner = tracker.get_partner(partner_id, include_deleted=False)
    except HPTrackerError as exc:
        show_error(parent, exc.message)
        return None
    notes = ask_notes(parent, partner.name)
    if notes is None:
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer)
    resolution = printer.resolution()
    lang = language()
    gui_thread = QThread.currentThread()

    def prepare() -> tuple[PagedBrief, list[str]]:
        paged = prepare_brief(tracker, partner_id, meeting_id=meeting_id, notes=notes, lang=lang)
        paged.lay_out_for(resolution)
        missing = missing_glyphs(paged)
        paged.document.moveToThread(gui_thread)  # the preview paints it there
        return paged, missing

    def show(prepared: tuple[PagedBrief, list[str]]) -> None:
        paged, missing = prepared
        if missing and not confirm_missing_glyphs(parent, missing_glyph_message(missing)):
            return
        printer.setDocName(paged.title)
        dialog = BriefPreviewDialog(paged, printer, parent, db_path=tracker.db.path)
        try:
            exec_preview(dialog)
        finally:
            dialog.deleteLater()

    task = busy_task(
        parent,
        QCoreApplication.translate("BriefUi", "Preparing the brief on {partner}…").format(partner=partner.name),
        prepare,
        name="brief",
    )
    task.succeeded.connect(show)
    task.failed.connect(lambda error: show_error(parent, error.message if isinstance(error, HPTrackerError) else str(error)))
    return task


__all__ = [
    "open_brief",
    "NotesDialog",
    "BriefPreviewDialog",
    "suggested_file_name",
    "ask_notes",
    "confirm_missing_glyphs",
    "exec_preview",
    "choose_pdf_path",
    "show_error",
    "show_info",
]
