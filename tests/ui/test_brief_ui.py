"""The brief on paper: PDFs read back with pypdf, the glyph check, and the window's preview path."""

from __future__ import annotations

import datetime as dt
import os
import stat
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar

from hptracker.core.brief import section_titles
from hptracker.ui import brief_ui
from hptracker.ui.printing import BriefDocument, missing_characters, missing_glyph_message, missing_glyphs, prepare_brief, write_pdf

TODAY = dt.date(2025, 2, 5)
NO_FONT = "\U0010fffd"  # last private-use code point of plane 16: no font maps it


def _days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def _pages(path) -> list[str]:
    """Each page's text, whitespace collapsed (table cells wrap) and NFKC-folded: the PDF keeps
    the font's ligatures ("ﬁ") and may map 金 to its compatibility ideograph U+F90A."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def _pdf(tracker, partner_id, tmp_path, name="brief.pdf", **kwargs):
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("lang", "en")
    paged = prepare_brief(tracker, partner_id, **kwargs)
    target = tmp_path / name
    pages = write_pdf(paged, target)
    return target, pages, paged


@pytest.fixture
def grouped(qapp, tracker, partner):
    """Open follow-ups on both sides (some overdue), a joint one, a meeting and an agreement."""
    tracker.create_meeting(
        date=_days(7), title="Planned talks", partner_ids=[partner.id], partner_head="金近富", partner_head_romanised="Jin Jinfu"
    )
    tracker.create_agreement(form="mou", title="MoU expiring", party_ids=[partner.id], expiry_date=_days(60))
    for title, direction, due in [
        ("Ours on track", "ours", _days(30)),
        ("Ours late", "ours", _days(-20)),
        ("Theirs on track", "theirs", _days(3)),
        ("Theirs late", "theirs", _days(-2)),
        ("Joint liaison", "joint", None),
    ]:
        tracker.create_followup(title=title, direction=direction, partner_id=partner.id, due=due)
    return partner


def test_pdf_has_every_section_and_the_partner_names(grouped, tracker, tmp_path):
    target, pages, _ = _pdf(tracker, grouped.id, tmp_path, notes="Ask about the flight")
    text = " ".join(_pages(target))
    for number, title in enumerate(section_titles(), 1):
        assert f"{number}. {title}" in text, title
    for name in ("Huyện Thượng Ngu", "Shangyu District", "Thuong Ngu; Shangyu", "Jin Jinfu"):
        assert name in text
    assert "Ask about the flight" in text
    assert "Expires on 06/04/2025 (in 60 days)" in text
    assert "Prepared on 5 February 2025" in text


def test_pdf_prints_chinese_names_where_a_cjk_font_exists(grouped, tracker, tmp_path):
    if missing_characters("上虞区金近富"):
        pytest.skip("no CJK font is installed (Debian: apt-get install fonts-noto-cjk), so 上虞区 cannot print")
    target, _, paged = _pdf(tracker, grouped.id, tmp_path)
    assert missing_glyphs(paged) == []
    text = " ".join(_pages(target))
    assert "上虞区" in text and "金近富" in text


def test_open_followups_in_their_groups_overdue_first(grouped, tracker, tmp_path):
    target, _, _ = _pdf(tracker, grouped.id, tmp_path)
    text = " ".join(_pages(target))
    order = [
        "5.1. Our requests to them (2)",
        "Ours late",
        "Ours on track",
        "5.2. Their requests to us (2)",
        "Theirs late",
        "Theirs on track",
        "5.3. Joint commitments (1)",
        "Joint liaison",
        "6. Completed",
    ]
    positions = [text.index(item) for item in order]
    assert positions == sorted(positions)
    assert "Overdue by 20 days" in text


def test_hostile_titles_print_literally_and_load_nothing(qapp, tracker, partner, tmp_path):
    hostile = ["<b>x</b>", "a < b & c", "<img src=file:///etc/passwd>"]
    for title in hostile:
        tracker.create_followup(title=title, direction="ours", partner_id=partner.id)
    tracker.create_meeting(date=_days(2), title="<img src=file:///etc/passwd>", partner_ids=[partner.id])
    loaded: list[str] = []

    class Recording(BriefDocument):
        def loadResource(self, type_, url):  # noqa: N802 - Qt API
            loaded.append(url.toString())
            return super().loadResource(type_, url)

    target, _, _ = _pdf(tracker, partner.id, tmp_path, document_class=Recording, notes="<b>x</b>")
    text = " ".join(_pages(target))
    for title in hostile:
        assert title in text
    assert loaded == []

    # The recorder does see a load when markup gets through, so the empty list above means something.
    from hptracker.ui.printing import PagedBrief, make_document

    write_pdf(PagedBrief(make_document("<p><img src='file:///etc/passwd'></p>", Recording)), tmp_path / "raw.pdf")
    assert "file:///etc/passwd" in loaded


def test_a4_with_the_header_and_page_x_of_y_on_every_page(qapp, tracker, partner, tmp_path):
    followups = [
        dict(title=f"Request number {i:03d} about the direct flight between Zhejiang and Hai Phong", direction="ours", due=_days(i - 40))
        for i in range(50)
    ]
    tracker.log_meeting(dict(date=_days(-1), title="Long meeting", partner_ids=[partner.id]), followups=followups)
    target, pages, _ = _pdf(tracker, partner.id, tmp_path)
    texts = _pages(target)
    assert pages == len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {pages}" in text
        assert text.startswith("Huyện Thượng Ngu Meeting brief · 05/02/2025")
    for page in PdfReader(str(target)).pages:
        assert abs(float(page.mediabox.width) - 595.3) < 1 and abs(float(page.mediabox.height) - 841.9) < 1
    # Pages 2 and 3 lie inside the long table of section 5.1: each starts with its repeated header row.
    header = "No. Follow-up Due Status Latest note"
    for text in texts[1:3]:
        body = text.removeprefix("Huyện Thượng Ngu Meeting brief · 05/02/2025").strip()
        assert body.startswith(header), body[:80]
        assert "5.1." not in body and "5.2." not in body


def test_text_stays_inside_the_official_margins(qapp, grouped, tracker, tmp_path):
    """Left 30 mm, right 15 mm, top and bottom 20 mm: every glyph drawn lies inside them."""
    target, _, _ = _pdf(tracker, grouped.id, tmp_path)
    page = PdfReader(str(target)).pages[0]
    mm = 72 / 25.4
    xs, ys = [], []

    def visit(text, cm, tm, font, size):
        if text.strip():
            xs.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
            ys.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    assert xs and min(xs) >= 30 * mm - 1 and max(xs) <= (210 - 15) * mm
    assert min(ys) >= 20 * mm - 1 and max(ys) <= (297 - 20) * mm


def test_missing_glyphs_are_named_with_the_fix(qapp, tracker, partner):
    assert missing_characters("Thượng Ngu a < b") == []
    assert missing_characters(f"ok {NO_FONT}") == [NO_FONT]
    tracker.create_followup(title=f"Symbol {NO_FONT} here", direction="ours", partner_id=partner.id)
    paged = prepare_brief(tracker, partner.id, today=TODAY, lang="en")
    missing = missing_glyphs(paged)
    assert missing == [NO_FONT]
    message = missing_glyph_message(missing)
    assert "U+10FFFD" in message and "font" in message
    cjk = missing_glyph_message(["上"])
    assert "“上” U+4E0A" in cjk and "fonts-noto-cjk" in cjk


def settle(qtbot) -> None:
    """Wait until every background task (the brief's reading, its PDF) has reported."""
    from hptracker.ui.tasks import runner

    qtbot.waitUntil(lambda: not runner().active(), timeout=30000)


def test_open_brief_shows_the_preview_and_saves_a_pdf(qtbot, tracker, grouped, tmp_path, monkeypatch):
    seen: dict[str, object] = {}
    monkeypatch.setattr(brief_ui, "ask_notes", lambda parent, name: seen.setdefault("asked", name) and "Bring the gift")
    monkeypatch.setattr(brief_ui, "choose_pdf_path", lambda parent, suggested: str(tmp_path / "saved"))
    monkeypatch.setattr(brief_ui, "show_info", lambda parent, message: seen.setdefault("info", message))
    monkeypatch.setattr(brief_ui, "show_error", lambda parent, message: pytest.fail(message))

    def fake_exec(dialog):
        toolbar = dialog.findChild(QToolBar)
        assert dialog.save_action in toolbar.actions()
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()  # emits paintRequested: our painting on the preview printer
        seen["pages"] = preview.pageCount()
        dialog.save_action.trigger()
        seen["exec"] = True

    monkeypatch.setattr(brief_ui, "exec_preview", fake_exec)
    brief_ui.open_brief(None, tracker, grouped.id)
    settle(qtbot)  # read and laid out, then the PDF written, on pool threads
    assert seen["asked"] == "Huyện Thượng Ngu" and seen["exec"] is True
    assert seen["pages"] >= 1
    saved = tmp_path / "saved.pdf"
    text = " ".join(_pages(saved))
    assert "Bring the gift" in text and "Ours late" in text
    assert len(PdfReader(str(saved)).pages) == seen["pages"]
    assert str(saved) in seen["info"]
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_open_brief_stops_when_notes_are_cancelled(qtbot, tracker, partner, monkeypatch):
    monkeypatch.setattr(brief_ui, "ask_notes", lambda parent, name: None)
    monkeypatch.setattr(brief_ui, "exec_preview", lambda dialog: pytest.fail("preview opened after cancel"))
    brief_ui.open_brief(None, tracker, partner.id)


def test_open_brief_warns_before_printing_missing_glyphs(qtbot, tracker, partner, monkeypatch):
    tracker.create_followup(title=f"Odd {NO_FONT}", direction="ours", partner_id=partner.id)
    warnings: list[str] = []
    monkeypatch.setattr(brief_ui, "ask_notes", lambda parent, name: "")
    monkeypatch.setattr(brief_ui, "confirm_missing_glyphs", lambda parent, message: warnings.append(message) or False)
    monkeypatch.setattr(brief_ui, "exec_preview", lambda dialog: pytest.fail("preview opened after refusal"))
    brief_ui.open_brief(None, tracker, partner.id)
    settle(qtbot)
    assert len(warnings) == 1 and "U+10FFFD" in warnings[0]


def test_open_brief_explains_a_meeting_of_another_partner(qtbot, tracker, partner, monkeypatch):
    other = tracker.create_partner(name="Đối tác khác", kind="other")
    meeting = tracker.create_meeting(date=_days(1), title="Not theirs", partner_ids=[other.id])
    errors: list[str] = []
    monkeypatch.setattr(brief_ui, "ask_notes", lambda parent, name: "")
    monkeypatch.setattr(brief_ui, "show_error", lambda parent, message: errors.append(message))
    monkeypatch.setattr(brief_ui, "exec_preview", lambda dialog: pytest.fail("preview opened for a bad meeting"))
    brief_ui.open_brief(None, tracker, partner.id, meeting_id=meeting.id)
    settle(qtbot)
    assert errors and "does not involve" in errors[0]


def test_notes_dialog_returns_the_text(qtbot):
    dialog = brief_ui.NotesDialog("Huyện Thượng Ngu")
    qtbot.addWidget(dialog)
    dialog.edit.setPlainText("Line one\nLine two")
    assert dialog.windowTitle().endswith("Huyện Thượng Ngu")
    assert dialog.edit.toPlainText() == "Line one\nLine two"


def test_suggested_file_name_is_safe(qapp):
    name = brief_ui.suggested_file_name('A/B: "C"?', dt.date(2025, 2, 5))
    assert os.path.basename(name) == "Brief - A B C - 2025-02-05.pdf"


def test_void_calls_cannot_exhaust_none(qapp):
    """PySide6 6.12 on CPython 3.11 drops a reference to None per void call (see qt_compat.py)."""
    import sys

    from PySide6.QtGui import QPen

    from hptracker import qt_compat

    if qt_compat.NONE_REFCOUNT_WORKAROUND:
        assert sys.getrefcount(None) > 2**39
        return
    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(1000):
        pen.setWidthF(1.0)
    assert sys.getrefcount(None) >= before - 10  # no leak here: nothing to work around


def test_brief_messages_show_their_text_literally(qtbot):
    """An error quoting a partner's name such as "<b>Wolong</b>" is shown as typed, not as markup."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        seen.append((box.textFormat(), box.text()))
        box.accept()

    for show in (brief_ui.show_error, brief_ui.show_info):
        QTimer.singleShot(50, read_and_close)
        show(None, "No meeting with <b>Wolong</b> yet.")
    assert seen == [(Qt.TextFormat.PlainText, "No meeting with <b>Wolong</b> yet.")] * 2
