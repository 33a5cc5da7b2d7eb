"""Issue 13 items 2 and 3 in the window: a file chosen in a dialog never replaces the database, and
a PDF that did not reach the disk whole is never reported as saved."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from hptracker.core.files import FileWriteError
from hptracker.core.tracker import FollowUpQuery
from hptracker.ui import brief_ui, printing
from hptracker.ui.export_ui import ExportDialogs, export_view, running_exports
from hptracker.ui.printing import prepare_brief, write_pdf

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path_of(demo_tracker) -> Path:
    return demo_tracker.db.path


@pytest.fixture
def backups(db_path_of) -> Path:
    folder = db_path_of.parent / "backups"
    folder.mkdir(exist_ok=True)
    (folder / "hptracker-20250101-000000.db").write_bytes(b"a backup")
    return folder


def _brief_saving_to(monkeypatch, tracker, chosen: Path) -> dict[str, list[str]]:
    """Open the window's brief, press "Save as PDF…" in the preview and answer ``chosen``."""
    seen: dict[str, list[str]] = {"errors": [], "info": []}
    monkeypatch.setattr(brief_ui, "ask_notes", lambda parent, name: "")
    monkeypatch.setattr(brief_ui, "choose_pdf_path", lambda parent, suggested: str(chosen))
    monkeypatch.setattr(brief_ui, "show_error", lambda parent, message: seen["errors"].append(message))
    monkeypatch.setattr(brief_ui, "show_info", lambda parent, message: seen["info"].append(message))
    monkeypatch.setattr(brief_ui, "exec_preview", lambda dialog: dialog.save_action.trigger())
    brief_ui.open_brief(None, tracker, tracker.resolve_partner("Shangyu").id)
    settle()  # the brief is read and its PDF written on pool threads
    return seen


def settle(timeout: float = 30.0) -> None:
    """Run the event loop until every background task has reported."""
    import time

    from PySide6.QtWidgets import QApplication

    from hptracker.ui.tasks import runner

    deadline = time.monotonic() + timeout
    while runner().active():
        assert time.monotonic() < deadline, "background work did not finish"
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


@needs_symlinks
def test_save_brief_through_a_link_to_the_database_is_refused(qtbot, demo_tracker, db_path_of, tmp_path, monkeypatch):
    before = digest(db_path_of)
    link = tmp_path / "elsewhere" / "brief.pdf"
    link.parent.mkdir()
    link.symlink_to(db_path_of)
    seen = _brief_saving_to(monkeypatch, demo_tracker, link)
    assert seen["info"] == [] and len(seen["errors"]) == 1
    assert str(link) in seen["errors"][0] and "\n" not in seen["errors"][0]
    assert link.is_symlink() and digest(db_path_of) == before
    assert sorted(os.listdir(link.parent)) == ["brief.pdf"]


def test_save_brief_into_the_backups_folder_is_refused(qtbot, demo_tracker, backups, monkeypatch):
    seen = _brief_saving_to(monkeypatch, demo_tracker, backups / "brief.pdf")
    assert seen["info"] == [] and len(seen["errors"]) == 1 and "backups" in seen["errors"][0]
    assert sorted(os.listdir(backups)) == ["hptracker-20250101-000000.db"]


@pytest.fixture
def export_dialogs(monkeypatch):
    seen = {"errors": [], "answer": None}
    monkeypatch.setattr(ExportDialogs, "ask_path", classmethod(lambda cls, parent, suggested: seen["answer"]))
    monkeypatch.setattr(ExportDialogs, "error", classmethod(lambda cls, parent, message: seen["errors"].append(message)))
    return seen


@pytest.fixture
def window(qtbot):
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.show()
    return parent


@needs_symlinks
def test_export_through_a_link_to_the_wal_or_into_backups_is_refused(
    qtbot, window, export_dialogs, demo_tracker, db_path_of, backups, tmp_path
):
    wal = Path(str(db_path_of) + "-wal")
    wal_before = wal.read_bytes() if wal.exists() else None
    link = tmp_path / "status.xlsx"
    link.symlink_to(wal)
    for chosen in (link, backups / "status.xlsx"):
        export_dialogs["answer"] = str(chosen)
        export_view(window, demo_tracker, FollowUpQuery(), "en")
        assert running_exports() == [] and window.findChild(QProgressDialog) is None
    assert len(export_dialogs["errors"]) == 2
    assert str(link) in export_dialogs["errors"][0] and "backups" in export_dialogs["errors"][1]
    assert (wal.read_bytes() if wal.exists() else None) == wal_before and link.is_symlink()
    assert sorted(os.listdir(backups)) == ["hptracker-20250101-000000.db"]


def test_a_pdf_that_did_not_reach_the_disk_whole_is_not_saved(qapp, demo_tracker, tmp_path, monkeypatch):
    """The PDF engine paints every page and reports nothing, but the file is short (what a full
    disk does to QPdfWriter): the previous file stays, no temporary file is left, the error says so."""
    paint = printing._paint_pdf

    def short_write(paged, tmp, target, resolution):
        pages = paint(paged, tmp, target, resolution)
        with open(tmp, "r+b") as handle:
            handle.truncate(tmp.stat().st_size * 2 // 3)
        return pages

    monkeypatch.setattr(printing, "_paint_pdf", short_write)
    target = tmp_path / "out" / "brief.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF-1.4 the previous brief")
    paged = prepare_brief(demo_tracker, demo_tracker.resolve_partner("Shangyu").id, lang="en")
    with pytest.raises(FileWriteError) as info:
        write_pdf(paged, target)
    assert str(target) in info.value.message and "incomplete" in info.value.message
    assert target.read_bytes() == b"%PDF-1.4 the previous brief"
    assert sorted(os.listdir(target.parent)) == ["brief.pdf"]
