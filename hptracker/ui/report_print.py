"""The periodic report as a PDF: its escaped HTML (core/report.py) laid out on A4 like the brief.

Same painting as the brief (:mod:`hptracker.ui.printing`): a running header with the period and
the cut-off date on every page, "page X of Y" at the foot, the margins of Vietnamese official
documents, a document that loads nothing, and the file written under a temporary name, read back
and moved into place. Used by the window and by ``hptracker report … --out FILE.pdf``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QTextDocument

from ..core.report import PeriodicReport, render_html, running_header
from .printing import BriefDocument, PagedBrief, make_document, write_pdf


def prepare_report(report: PeriodicReport, document_class: type[QTextDocument] = BriefDocument) -> PagedBrief:
    """The report laid out in a Qt document, with its running header."""
    left, right = running_header(report)
    return PagedBrief(make_document(render_html(report), document_class), left, right, title=left)


def write_report_pdf(report: PeriodicReport, target: str | os.PathLike[str]) -> int:
    """The report as a PDF at ``target``; returns the number of pages. Raises FileWriteError."""
    return write_pdf(prepare_report(report), Path(target))


__all__ = ["prepare_report", "write_report_pdf"]
