"""Laying a brief out on A4 pages: print preview, printer and PDF share one painting routine.

``QTextDocument.print_`` numbers pages but cannot print a running header or "page X of Y", so the
pages are painted here one by one: the document is laid out on the body area (page minus margins
minus header and footer bands), then each page is painted as a clip of it with the header and
footer drawn around it. The margins are those of Vietnamese official documents (Decree 30/2020:
top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm).

Nothing is dropped silently: :func:`missing_characters` asks every installed font, through
QRawFont (QFontMetrics would answer for a fallback box), whether it can draw each character.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QFile, QFileDevice, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextDocument,
)

from ..core.files import FileWriteError, atomic_path, incomplete_error, pdf_is_complete, write_error

# left, top, right, bottom in millimetres
MARGINS_MM = QMarginsF(30, 20, 15, 20)
HEADER_MM = 9.0
FOOTER_MM = 9.0
HEADER_POINT_SIZE = 9.0
MM_PER_INCH = 25.4


class BriefDocument(QTextDocument):
    """A document that loads nothing: a brief is text only, so no URL in it may reach a file."""

    def loadResource(self, type_, url):  # noqa: N802 - Qt API
        return None


@dataclass
class PagedBrief:
    """A laid-out brief and the text of its running header; paints itself on any paged device."""

    document: QTextDocument
    header_left: str = ""
    header_right: str = ""
    title: str = ""
    html: str = ""  # what the document was made from: a copy of it can be laid out on another thread

    def page_text(self, page: int, total: int) -> str:
        return QCoreApplication.translate("Printing", "Page {page} of {total}").format(page=page, total=total)

    def text_for_glyph_check(self) -> str:
        return "".join((self.document.toPlainText(), self.header_left, self.header_right, self.page_text(1, 1)))

    def _paint_header(self, painter: QPainter, band: QRectF, font: QFont, rule: QPen) -> None:
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.header_left)
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.header_right)
        painter.setPen(rule)
        painter.drawLine(band.bottomLeft(), band.bottomRight())

    def _paint_footer(self, painter: QPainter, band: QRectF, font: QFont, rule: QPen, text: str) -> None:
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(band, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(rule)
        painter.drawLine(band.topLeft(), band.topRight())

    @staticmethod
    def _bands(device: QPagedPaintDevice) -> tuple[QRectF, QRectF, QRectF]:
        """The body, header and footer rectangles of a page of ``device``, in its pixels."""
        layout = device.pageLayout()
        dpi_y = device.logicalDpiY()
        paint_rect = QRectF(layout.paintRectPixels(device.resolution()))
        header_h = HEADER_MM / MM_PER_INCH * dpi_y
        footer_h = FOOTER_MM / MM_PER_INCH * dpi_y
        body = QRectF(0, header_h, paint_rect.width(), paint_rect.height() - header_h - footer_h)
        header_band = QRectF(0, 0, paint_rect.width(), header_h * 0.7)
        footer_band = QRectF(0, body.bottom() + footer_h * 0.3, paint_rect.width(), footer_h * 0.7)
        return body, header_band, footer_band

    def _lay_out(self, device: QPagedPaintDevice, body: QRectF) -> int:
        """Lay the document out on ``device``'s pages; nothing is done again when it already is
        (:meth:`lay_out_for` did it on a pool thread for the same page and resolution)."""
        doc = self.document
        doc.documentLayout().setPaintDevice(device)
        if doc.documentMargin() != 0:
            doc.setDocumentMargin(0)
        size = QSizeF(body.width(), body.height())
        if doc.pageSize() != size:
            doc.setPageSize(size)
        return max(1, doc.pageCount())

    def lay_out_for(self, resolution: int) -> int:
        """Lay the document out now, for A4 pages at ``resolution`` dpi (the printer's), so that
        painting them later does not: at a few hundred entries the layout takes a few tenths of a
        second, which a pool thread spends instead of the GUI thread (issue 17). Returns the pages."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(resolution)
        configure(writer)
        try:
            return self._lay_out(writer, self._bands(writer)[0])
        finally:
            self.document.documentLayout().setPaintDevice(None)
            del writer
            buffer.close()

    def copy(self) -> PagedBrief:
        """The same brief in a document of its own (for another thread, or another resolution)."""
        return PagedBrief(make_document(self.html, type(self.document)), self.header_left, self.header_right, self.title, self.html)

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page on ``device`` (a QPrinter or QPdfWriter); returns the page count."""
        dpi_x = device.logicalDpiX()
        body, header_band, footer_band = self._bands(device)

        # The document itself is laid out on the device (a clone would be a plain QTextDocument and
        # lose BriefDocument's refusal to load resources); the device is detached again afterwards,
        # since a QPdfWriter does not outlive this call.
        doc = self.document
        total = self._lay_out(device, body)

        painter = QPainter()
        try:
            if not painter.begin(device):
                raise OSError(QCoreApplication.translate("Printing", "The printer or PDF file cannot be opened for painting."))
            header_font = QFont(doc.defaultFont())
            header_font.setPointSizeF(HEADER_POINT_SIZE)
            rule = QPen(Qt.GlobalColor.darkGray)
            rule.setWidthF(0.25 / MM_PER_INCH * dpi_x)
            for index in range(total):
                if index and not device.newPage():
                    raise OSError(QCoreApplication.translate("Printing", "The printer refused a new page."))
                # Painted top to bottom, so the page's text reads (and extracts) in that order.
                self._paint_header(painter, header_band, header_font, rule)
                painter.save()
                painter.translate(body.left(), body.top() - index * body.height())
                doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
                painter.restore()
                self._paint_footer(painter, footer_band, header_font, rule, self.page_text(index + 1, total))
        finally:
            if painter.isActive():
                painter.end()
            doc.documentLayout().setPaintDevice(None)
        return total


def make_document(html: str, document_class: type[QTextDocument] = BriefDocument) -> QTextDocument:
    document = document_class()
    document.setUndoRedoEnabled(False)
    document.setHtml(html)
    return document


def page_layout() -> QPageLayout:
    """A4 portrait with the margins of Vietnamese official documents."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


def configure(device: QPagedPaintDevice) -> None:
    device.setPageLayout(page_layout())


def write_pdf(paged: PagedBrief, target: str | os.PathLike[str], resolution: int = 600) -> int:
    """The brief as a PDF at ``target``, written to a temporary file and moved into place.

    600 dpi is plenty for text and keeps the PDF's coordinates exact enough; returns the pages.
    QPdfWriter given a file name says nothing when the disk fills up and leaves a cut-short file,
    so it writes to a QFile opened here, whose error state is checked, and the file is read back
    (:func:`~hptracker.core.files.pdf_is_complete`: trailer, cross-reference, page count) before
    it replaces anything. Raises :class:`~hptracker.core.files.FileWriteError`.
    """
    target = Path(target)
    pages = 0
    with atomic_path(target, suffix=".pdf", verify=lambda tmp: pdf_is_complete(tmp, pages)) as tmp:
        pages = _paint_pdf(paged, tmp, target, resolution)
    return pages


def _device_error(device: QFile, target: Path) -> FileWriteError | None:
    error = device.error()
    if error == QFileDevice.FileError.NoError:
        return None
    if error == QFileDevice.FileError.WriteError:  # Qt says "Unknown error" for a full disk
        return incomplete_error(target)
    return write_error(target, OSError(device.errorString()))


def _paint_pdf(paged: PagedBrief, tmp: Path, target: Path, resolution: int) -> int:
    device = QFile(str(tmp))
    if not device.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
        raise write_error(target, OSError(device.errorString()))
    try:
        writer = QPdfWriter(device)
        writer.setResolution(resolution)
        writer.setCreator("hptracker")
        writer.setTitle(paged.title or paged.header_left)
        configure(writer)
        try:
            pages = paged.paint(writer)
        except OSError as exc:  # a full disk makes the PDF engine refuse the next page
            raise _device_error(device, target) or write_error(target, exc) from None
        del writer  # the PDF's trailer is written by now; the file is ours to close
        device.flush()
    finally:
        device.close()
    error = _device_error(device, target)
    if error is not None:
        raise error
    return pages


# --------------------------------------------------------------------------------------------
# Missing glyphs
# --------------------------------------------------------------------------------------------

_SKIP_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp"}
_SKIP_CHARS = {"\ufffc", "\ufffd"}  # object replacement (images), replacement char drawn as-is
_raw_fonts: dict[str, QRawFont] = {}


def _raw_font(family: str) -> QRawFont:
    raw = _raw_fonts.get(family)
    if raw is None:
        raw = QRawFont.fromFont(QFont(family))
        _raw_fonts[family] = raw
    return raw


def _needs_glyph(ch: str) -> bool:
    return ch not in _SKIP_CHARS and unicodedata.category(ch) not in _SKIP_CATEGORIES


def missing_characters(text: str, preferred: Iterable[QFont] = ()) -> list[str]:
    """Characters of ``text`` that no installed font can draw, in code point order.

    The preferred fonts (the document's) are asked first, then every family the font database
    knows, as Qt's own fallback would; a character missing from all of them would print as a box.
    """
    wanted = {ch for ch in text if _needs_glyph(ch)}
    for font in preferred:
        raw = QRawFont.fromFont(font)
        wanted = {ch for ch in wanted if not raw.supportsCharacter(ord(ch))}
        if not wanted:
            return []
    for family in QFontDatabase.families():
        if QFontDatabase.isPrivateFamily(family):
            continue
        raw = _raw_font(family)
        if not raw.isValid():
            continue
        wanted = {ch for ch in wanted if not raw.supportsCharacter(ord(ch))}
        if not wanted:
            return []
    return sorted(wanted)


def document_fonts(document: QTextDocument) -> list[QFont]:
    """The default font and every font a character format of the document asks for."""
    fonts = [document.defaultFont()]
    seen = {document.defaultFont().key()}
    for fmt in document.allFormats():
        if fmt.isCharFormat():
            font = fmt.toCharFormat().font()
            if font.key() not in seen:
                seen.add(font.key())
                fonts.append(font)
    return fonts


def missing_glyphs(paged: PagedBrief) -> list[str]:
    return missing_characters(paged.text_for_glyph_check(), document_fonts(paged.document))


def _is_cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return any(word in name for word in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPH"))


def missing_glyph_message(chars: list[str]) -> str:
    """One paragraph naming the characters (with U+ codes) and the font that would fix it."""
    shown = ", ".join(
        f"“{ch}” U+{ord(ch):04X}" if unicodedata.category(ch) not in ("Co", "Cn") else f"U+{ord(ch):04X}" for ch in chars[:20]
    )
    if len(chars) > 20:
        shown += QCoreApplication.translate("Printing", " and {n} more").format(n=len(chars) - 20)
    message = QCoreApplication.translate(
        "Printing", "No installed font can draw these characters; they would print as empty boxes: {chars}."
    ).format(chars=shown)
    if any(_is_cjk(ch) for ch in chars):
        fix = QCoreApplication.translate(
            "Printing",
            "Install a Chinese/Japanese/Korean font: on Debian or Ubuntu run “sudo apt-get install "
            "fonts-noto-cjk”; Windows and macOS include CJK fonts.",
        )
    else:
        fix = QCoreApplication.translate(
            "Printing", "Install a font that covers them (on Debian or Ubuntu: “sudo apt-get install fonts-noto”), or correct the text."
        )
    return f"{message} {fix}"


# --------------------------------------------------------------------------------------------
# Building a printable brief from the Tracker
# --------------------------------------------------------------------------------------------


def prepare_brief(
    tracker,
    partner_id: int,
    meeting_id: int | None = None,
    notes: str | None = None,
    lang: str | None = None,
    document_class: type[QTextDocument] = BriefDocument,
    today=None,
) -> PagedBrief:
    """Gather the brief (core), render its escaped HTML, and lay it out in a Qt document."""
    from ..core.brief import build_brief, render_html, running_header

    brief = build_brief(tracker, partner_id, meeting_id=meeting_id, notes=notes, lang=lang, today=today)
    left, right = running_header(brief)
    html = render_html(brief)
    return PagedBrief(make_document(html, document_class), left, right, title=brief.partner.name, html=html)


def save_pdf(paged: PagedBrief, target: str | os.PathLike[str], warn: Callable[[str], None] | None = None) -> int:
    """Warn about characters no font can draw (the PDF is still written), then write the PDF."""
    missing = missing_glyphs(paged)
    if missing and warn is not None:
        warn(missing_glyph_message(missing))
    return write_pdf(paged, Path(target))


__all__ = [
    "BriefDocument",
    "PagedBrief",
    "make_document",
    "page_layout",
    "configure",
    "write_pdf",
    "missing_characters",
    "missing_glyphs",
    "missing_glyph_message",
    "document_fonts",
    "prepare_brief",
    "save_pdf",
    "MARGINS_MM",
]
