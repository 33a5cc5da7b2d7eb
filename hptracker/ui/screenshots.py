"""Pictures of the main views for the README and for reviewing the look, drawn offscreen.

    python -m hptracker.ui.screenshots --db PATH --out DIR [--lang vi|en]

Writes today.png, followups.png, partners.png, meetings.png, agreements.png and
followup_detail.png. The database is only read; the officer's own settings are never touched
(a temporary settings file is used).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database to show (e.g. the demo database)")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--officer", default="Nguyễn Thị Hoa")
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        print(f"screenshots: no database at {args.db}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as settings_dir:
        os.environ["HPTRACKER_SETTINGS"] = str(Path(settings_dir) / "hptracker.ini")
        return _shoot(args.db, out, args.lang, args.officer)


def _shoot(db: str, out: Path, lang: str, officer: str) -> int:
    from PySide6.QtWidgets import QApplication

    from ..core.tracker import FollowUpQuery
    from .app import create_window
    from .main_window import AGREEMENTS, FOLLOWUPS, MEETINGS, PARTNERS, TODAY

    window = create_window(db, officer=officer, lang=lang)
    window.resize(*SIZE)
    window.show()
    written: list[Path] = []

    def save(widget, name: str) -> None:
        QApplication.processEvents()
        path = out / name
        widget.grab().save(str(path))
        written.append(path)

    try:
        for page, name in ((TODAY, "today.png"), (PARTNERS, "partners.png"), (MEETINGS, "meetings.png"), (AGREEMENTS, "agreements.png")):
            window.show_page(page)
            save(window, name)
        window.show_page(FOLLOWUPS)
        rows = window.tracker.query_followups(FollowUpQuery(), 0, 1)
        if rows:
            window.followups.table.select_id(rows[0].id)
        save(window, "followups.png")
        # The detail of a follow-up with some history if there is one, else the first.
        recent = window.tracker.recent_progress(limit=1)
        target = recent[0][0] if recent else (rows[0].id if rows else None)
        if target is not None:
            dialog = window.open_followup_detail(target)
            dialog.resize(620, 760)
            save(dialog, "followup_detail.png")
            dialog.close()
    finally:
        window.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
