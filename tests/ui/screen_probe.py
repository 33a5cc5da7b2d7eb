"""Opens the window and every form on the screen the offscreen platform is given, and reports
where each one lands (JSON on stdout); with --shots, a PNG of each. Run by test_fits_screen.py in
a process of its own, because Qt chooses its screens once per process:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python tests/ui/screen_probe.py DB OUT [--lang vi]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("out")
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--shots", action="store_true")
    parser.add_argument("--only-window", action="store_true", help="the main window only, then close it")
    parser.add_argument("--move", default="", help="x,y,w,h: move the main window there before closing")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QDialog

    from hptracker.app import create_window
    from hptracker.core.tracker import FollowUpQuery
    from hptracker.ui.brief_ui import BriefPreviewDialog, NotesDialog
    from hptracker.ui.dialogs.base import FormDialog
    from hptracker.ui.dialogs.facts_dialog import FactsDialog
    from hptracker.ui.geometry import screen_of
    from hptracker.ui.main_window import FOLLOWUPS, PAGE_KEYS
    from hptracker.ui.printing import configure, prepare_brief

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    window = create_window(args.db, officer="Nguyễn Thị Hoa", lang=args.lang)
    window.show()
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
    screen = screen_of(window)
    report: dict = {
        "screen": {
            "name": screen.name(),
            "geometry": rect(screen.geometry()),
            "available": rect(screen.availableGeometry()),
            "ratio": screen.devicePixelRatio(),
        },
        "windows": {},
    }

    def record(name: str, widget) -> None:
        for _ in range(5):
            app.processEvents()
        report["windows"][name] = {
            "geometry": rect(widget.geometry()),
            "frame": rect(widget.frameGeometry()),
            "minimum": [widget.minimumSizeHint().width(), widget.minimumSizeHint().height()],
            "minimum_set": [widget.minimumWidth(), widget.minimumHeight()],
        }
        if args.shots:
            widget.grab().save(str(out / f"{name}.png"))

    if args.move:
        x, y, w, h = (int(v) for v in args.move.split(","))
        window.setGeometry(x, y, w, h)
    for number, key in enumerate(PAGE_KEYS):
        window.show_page(number)
        if number == FOLLOWUPS:
            window.followups.table.selectRow(0)
        record(f"main_{key}", window)
    if args.only_window:
        window.close()
        print(json.dumps(report))
        return 0

    tracker = window.tracker
    partner = tracker.resolve_partner("Huyện Thượng Ngu")
    followup = tracker.query_followups(FollowUpQuery(partner_ids=(partner.id,)))[0]
    openers = {
        "partner_new": window.new_partner,
        "partner_edit": lambda: window.edit_partner(partner.id),
        "meeting_new": window.log_meeting,
        "meeting_edit": lambda: window.edit_meeting(tracker.list_meetings()[0].id),
        "agreement_new": window.new_agreement,
        "agreement_edit": lambda: window.edit_agreement(tracker.list_agreements()[0].id),
        "followup_new": window.new_followup,
        "followup_edit": lambda: window.edit_followup(followup.id),
        "followup_detail": lambda: window.open_followup_detail(followup.id),
    }
    for name, opener in openers.items():
        dialog = opener()
        record(name, dialog)
        if name == "partner_edit":
            contact = dialog.add_contact()
            record("contact", contact)
            contact.done(0)
            facts = dialog.open_facts()
            record("facts", facts)
            form = facts.add_fact()
            record("fact", form)
            form.done(0)
            facts.done(0)
        if name == "meeting_new":
            dialog.partners.add_partner(partner.id, partner.name)
            child = dialog.open_followup_draft()
            record("followup_draft", child)
            child.done(0)
            dialog.done(0)
            continue
        if isinstance(dialog, FormDialog | QDialog):
            dialog.done(0)
    notes = NotesDialog(partner.name, window)
    notes.show()
    record("brief_notes", notes)
    notes.done(0)
    from PySide6.QtPrintSupport import QPrinter

    paged = prepare_brief(tracker, partner.id, lang=args.lang)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer)
    preview = BriefPreviewDialog(paged, printer, window, db_path=tracker.db.path)
    preview.show()
    record("brief_preview", preview)
    preview.done(0)
    city_facts = FactsDialog(tracker, window)
    city_facts.show()
    record("facts_city", city_facts)
    city_facts.done(0)
    shortcuts = getattr(window, "show_shortcuts", None)
    if shortcuts is not None:
        dialog = shortcuts()
        record("shortcuts", dialog)
        dialog.done(0)
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
