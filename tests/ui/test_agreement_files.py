"""Files attached to an agreement, through the agreement form (SPEC §1: path + SHA-256).

The file dialog and the "open with the associated program" call are replaced through their
classmethods; everything else is the real form on a real database, with real files on disk.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from hptracker.core.files import HashCancelled
from hptracker.ui.dialogs import file_list
from hptracker.ui.dialogs.agreement_form import AgreementFormDialog
from hptracker.ui.dialogs.file_list import COL_DIGEST, COL_FOLDER, COL_NAME, COL_STATUS, AttachedFilesEdit, FileState

LOI = "Thư ý định hợp tác giữa Ban Quản lý Khu kinh tế Hải Phòng và huyện Thượng Ngu"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def docs(tmp_path) -> Path:
    """A folder of signed documents, with a Vietnamese name as officers give them."""
    folder = tmp_path / "Văn bản ký kết" / "2024"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def chosen(monkeypatch):
    """What the (replaced) file dialog returns next; it records each time it was asked."""
    state: dict = {"next": [], "asked": 0}

    def choose_files(cls, parent):
        state["asked"] += 1
        return [str(p) for p in state["next"]]

    monkeypatch.setattr(AttachedFilesEdit, "choose_files", classmethod(choose_files))
    return state


@pytest.fixture
def opened(monkeypatch):
    paths: list[str] = []

    def open_file(cls, path):
        paths.append(path)
        return True

    monkeypatch.setattr(AttachedFilesEdit, "open_file", classmethod(open_file))
    return paths


def status_texts(form: AgreementFormDialog) -> list[str]:
    table = form.files_edit.table
    return [table.item(row, COL_STATUS).text() for row in range(table.rowCount())]


def states(form: AgreementFormDialog) -> list[tuple[str, FileState]]:
    return [(e.path, e.state) for e in form.files_edit.entries()]


def loi_id(tracker) -> int:
    return next(a.id for a in tracker.list_agreements() if a.title == LOI)


def edit_form(qtbot, window, agreement_id: int) -> AgreementFormDialog:
    form = window.edit_agreement(agreement_id)
    assert isinstance(form, AgreementFormDialog) and form.isVisible()
    return form


def test_attach_save_reopen_remove(qtbot, demo_window, docs, chosen):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    signed = docs / "Thư ý định - bản ký.pdf"
    signed.write_bytes(b"%PDF-1.7 signed letter of intent " * 500)
    annex = docs / "Phụ lục 1.docx"
    annex.write_bytes(b"annex: fields of cooperation")

    form = edit_form(qtbot, demo_window, agreement_id)
    assert form.files_edit.table.rowCount() == 0
    chosen["next"] = [signed, annex]
    click(qtbot, form.files_edit.attach_button)
    assert chosen["asked"] == 1
    table = form.files_edit.table
    assert table.rowCount() == 2
    assert [table.item(r, COL_NAME).text() for r in range(2)] == ["Thư ý định - bản ký.pdf", "Phụ lục 1.docx"]
    assert table.item(0, COL_FOLDER).text() == QDir.toNativeSeparators(str(docs))
    assert table.item(0, COL_DIGEST).text() == sha(signed)[:12] + "…"
    assert table.item(0, COL_DIGEST).toolTip() == sha(signed)
    assert status_texts(form) == ["new", "new"]
    click(qtbot, form.save_button)
    assert form.visible_errors() == {} and not form.isVisible()

    stored = [(f.path, f.sha256) for f in tracker.get_agreement(agreement_id).files]
    assert stored == [(str(signed), sha(signed)), (str(annex), sha(annex))]
    audit = tracker.audit_for("agreements", agreement_id)[-1]
    assert audit.action == "update"
    assert audit.changes["files"] == ([], [[str(signed), sha(signed)], [str(annex), sha(annex)]])

    # Reopened, both files are checked against their digests; remove the annex and save.
    form = edit_form(qtbot, demo_window, agreement_id)
    assert states(form) == [(str(signed), FileState.UNCHANGED), (str(annex), FileState.UNCHANGED)]
    assert status_texts(form) == ["unchanged", "unchanged"]
    assert form.files_edit.warning.isHidden()
    assert not form.files_edit.remove_button.isEnabled()  # nothing selected yet
    form.files_edit.table.selectRow(1)
    click(qtbot, form.files_edit.remove_button)
    assert [e.path for e in form.files_edit.entries()] == [str(signed)]
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert [(f.path, f.sha256) for f in tracker.get_agreement(agreement_id).files] == [(str(signed), sha(signed))]
    audit = tracker.audit_for("agreements", agreement_id)[-1]
    assert audit.changes["files"] == ([[str(signed), sha(signed)], [str(annex), sha(annex)]], [[str(signed), sha(signed)]])
    assert annex.exists()  # taking a file off the agreement leaves the file itself alone


def test_changed_and_missing_files_are_flagged_and_keep_their_digests(qtbot, demo_window, docs):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    kept, changed, gone = docs / "bản ký.pdf", docs / "phụ lục.docx", docs / "biên bản.pdf"
    for path, text in ((kept, b"signed"), (changed, b"annex v1"), (gone, b"minutes")):
        path.write_bytes(text)
    tracker.update_agreement(agreement_id, files=[str(kept), str(changed), str(gone)])  # hashed by the core
    recorded = [(f.path, f.sha256) for f in tracker.get_agreement(agreement_id).files]
    assert [d for _p, d in recorded] == [hashlib.sha256(t).hexdigest() for t in (b"signed", b"annex v1", b"minutes")]
    changed.write_bytes(b"annex v2, edited after signing")
    gone.unlink()

    form = edit_form(qtbot, demo_window, agreement_id)
    assert states(form) == [(str(kept), FileState.UNCHANGED), (str(changed), FileState.CHANGED), (str(gone), FileState.MISSING)]
    assert status_texts(form) == ["unchanged", "changed since it was attached", "missing"]
    tip = form.files_edit.table.item(1, COL_STATUS).toolTip()
    assert sha(changed) in tip and recorded[1][1] in tip
    assert form.files_edit.warning.isVisibleTo(form)
    assert form.files_edit.table.item(1, COL_DIGEST).toolTip() == recorded[1][1]  # the recorded one, not now's

    # Saving another change keeps the recorded digests: they are the evidence of what was filed.
    form.reference_edit.setText("01/TYĐ-BQL")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    again = tracker.get_agreement(agreement_id)
    assert again.reference == "01/TYĐ-BQL"
    assert [(f.path, f.sha256) for f in again.files] == recorded
    assert "files" not in tracker.audit_for("agreements", agreement_id)[-1].changes


def test_attaching_the_same_file_twice_is_refused(qtbot, demo_window, docs, chosen):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    signed = docs / "bản ký.pdf"
    signed.write_bytes(b"signed")
    other = docs / "ảnh lễ ký.jpg"
    other.write_bytes(b"photo")
    form = edit_form(qtbot, demo_window, agreement_id)
    chosen["next"] = [signed]
    click(qtbot, form.files_edit.attach_button)
    assert form.files_edit.message.isHidden()

    # The same file again (also spelled with a "./" in it), with a new one: only the new one is added.
    chosen["next"] = [docs / "." / "bản ký.pdf", other]
    click(qtbot, form.files_edit.attach_button)
    assert [e.path for e in form.files_edit.entries()] == [str(signed), str(other)]
    message = form.visible_errors()["files"]
    assert "Already attached" in message and "“bản ký.pdf”" in message and "ảnh lễ ký.jpg" not in message
    click(qtbot, form.save_button)
    assert [(f.path, f.sha256) for f in tracker.get_agreement(agreement_id).files] == [(str(signed), sha(signed)), (str(other), sha(other))]


def test_the_digest_is_the_one_computed_when_attached(qtbot, demo_window, docs, chosen):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    signed = docs / "bản ký.pdf"
    signed.write_bytes(b"the version that was signed")
    at_attach = sha(signed)
    form = edit_form(qtbot, demo_window, agreement_id)
    chosen["next"] = [signed]
    click(qtbot, form.files_edit.attach_button)
    signed.write_bytes(b"edited before Save was pressed")
    click(qtbot, form.save_button)
    assert [(f.path, f.sha256) for f in tracker.get_agreement(agreement_id).files] == [(str(signed), at_attach)]
    assert sha(signed) != at_attach
    form = edit_form(qtbot, demo_window, agreement_id)
    assert status_texts(form) == ["changed since it was attached"]
    form.reject()


def test_a_file_that_cannot_be_read_is_not_attached(qtbot, demo_window, docs, chosen):
    form = edit_form(qtbot, demo_window, loi_id(demo_window.tracker))
    chosen["next"] = [docs / "không có.pdf"]
    click(qtbot, form.files_edit.attach_button)
    assert form.files_edit.entries() == []
    assert "was not attached: there is no file at" in form.visible_errors()["files"]
    form.reject()


def test_open_by_button_double_click_and_enter(qtbot, demo_window, docs, chosen, opened):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    signed, gone = docs / "bản ký.pdf", docs / "biên bản.pdf"
    signed.write_bytes(b"signed")
    gone.write_bytes(b"minutes")
    tracker.update_agreement(agreement_id, files=[str(signed), str(gone)])
    gone.unlink()
    form = edit_form(qtbot, demo_window, agreement_id)
    table = form.files_edit.table
    assert not form.files_edit.open_button.isEnabled()

    table.selectRow(0)
    click(qtbot, form.files_edit.open_button)
    assert opened == [str(signed)]

    rect = table.visualRect(table.model().index(0, COL_NAME))
    # A real double-click is press, release, double-click, release: the view needs the first press.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [str(signed)]  # a single click only selects
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [str(signed)] * 2

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the file; does not save and close the form
    assert opened == [str(signed)] * 3
    assert form.isVisible()

    # A missing file is not handed to any program; the officer is told where it was expected.
    table.selectRow(1)
    click(qtbot, form.files_edit.open_button)
    assert opened == [str(signed)] * 3
    assert "cannot be opened: there is no file at" in form.files_edit.message.text()

    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Delete takes the selected file off the list
    assert [e.path for e in form.files_edit.entries()] == [str(signed)]
    form.reject()
    assert [f.path for f in tracker.get_agreement(agreement_id).files] == [str(signed), str(gone)]  # Cancel


def test_large_files_are_hashed_in_the_background(qtbot, demo_window, docs, chosen):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    scan = docs / "bản quét 600 dpi.pdf"
    scan.write_bytes(bytes(range(256)) * (AttachedFilesEdit.SYNC_LIMIT // 256 + 4096))  # 5 MiB
    small = docs / "phụ lục.docx"
    small.write_bytes(b"annex")
    form = edit_form(qtbot, demo_window, agreement_id)
    chosen["next"] = [small, scan]
    click(qtbot, form.files_edit.attach_button)
    # The small file is hashed at once; the scan waits for a pool thread and Save says so.
    assert states(form) == [(str(small), FileState.NEW), (str(scan), FileState.HASHING)]
    assert status_texts(form)[1].startswith("computing SHA-256…")
    assert form.save() is False
    assert "still being computed" in form.visible_errors()["files"]
    assert tracker.get_agreement(agreement_id).files == []

    qtbot.waitUntil(lambda: not form.files_edit.busy(), timeout=10000)
    assert states(form)[1] == (str(scan), FileState.NEW)
    assert form.save() is True
    assert [(f.path, f.sha256) for f in tracker.get_agreement(agreement_id).files] == [(str(small), sha(small)), (str(scan), sha(scan))]

    # Reopened after the scan changed (one byte, same size): checked in the background, then flagged.
    data = bytearray(scan.read_bytes())
    data[-1] ^= 0xFF
    scan.write_bytes(bytes(data))
    form = edit_form(qtbot, demo_window, agreement_id)
    assert states(form) == [(str(small), FileState.UNCHANGED), (str(scan), FileState.CHECKING)]
    qtbot.waitUntil(lambda: not form.files_edit.busy(), timeout=10000)
    assert status_texts(form) == ["unchanged", "changed since it was attached"]
    form.reject()


def test_new_agreement_and_draft_keep_their_files(qtbot, tracker, partner, docs, chosen, type_text):
    signed = docs / "bản ghi nhớ.pdf"
    signed.write_bytes(b"memorandum")
    form = AgreementFormDialog(tracker, None)
    qtbot.addWidget(form)
    form.show()
    type_text(form.title_edit, "Bản ghi nhớ hợp tác")
    form.parties.add_partner(partner.id, partner.name)
    chosen["next"] = [signed]
    click(qtbot, form.files_edit.attach_button)
    click(qtbot, form.save_button)
    assert form.visible_errors() == {}
    created = tracker.get_agreement(form.result_record.id)
    assert [(f.path, f.sha256) for f in created.files] == [(str(signed), sha(signed))]
    assert tracker.audit_for("agreements", created.id)[-1].changes["files"] == (None, [[str(signed), sha(signed)]])

    # Inside "log a meeting" the agreement is a draft: its files travel as (path, sha256) pairs
    # and come back when the draft is opened again.
    draft = AgreementFormDialog(tracker, None, preset={"parties": [(partner.id, partner.name)]}, draft=True)
    qtbot.addWidget(draft)
    type_text(draft.title_edit, "Thư ý định")
    click(qtbot, draft.files_edit.attach_button)
    assert draft.save()
    assert draft.result_record["files"] == [(str(signed), sha(signed))]
    again = AgreementFormDialog(tracker, None, preset=dict(draft.result_record, parties=[(partner.id, partner.name)]), draft=True)
    qtbot.addWidget(again)
    assert states(again) == [(str(signed), FileState.UNCHANGED)]


def test_small_files_share_one_budget_on_the_gui_thread(qtbot, tracker, docs):
    """Many small scans would freeze the form as surely as one large one."""
    files = AttachedFilesEdit()
    qtbot.addWidget(files)
    parts = []
    for number in range(3):
        part = docs / f"phần {number}.pdf"
        part.write_bytes(bytes([number]) * (AttachedFilesEdit.SYNC_LIMIT // 2 - 1))
        parts.append(part)
    files.attach([str(p) for p in parts])
    assert [e.state for e in files.entries()] == [FileState.NEW, FileState.NEW, FileState.HASHING]
    qtbot.waitUntil(lambda: not files.busy(), timeout=10000)
    assert [e.sha256 for e in files.entries()] == [sha(p) for p in parts]


def test_closing_the_form_stops_background_hashing(qtbot, demo_window, docs, chosen, monkeypatch):
    """The hashing stops because the form asked it to, not because it ran out of time: that is
    read from the hashing itself, so a loaded machine cannot make the test pass or fail."""
    stopped: list[str] = []

    def slow_sha256(path, progress):
        deadline = time.monotonic() + 30  # never outlives the test, even if nobody cancels
        while time.monotonic() < deadline:
            if not progress(0, 1):
                stopped.append("cancelled")
                raise HashCancelled(path)
            time.sleep(0.005)
        stopped.append("ran out of time")
        raise HashCancelled(path)

    monkeypatch.setattr(file_list, "sha256_of", slow_sha256)
    monkeypatch.setattr(AttachedFilesEdit, "SYNC_LIMIT", 0)
    scan = docs / "bản quét.pdf"
    scan.write_bytes(b"scan")
    form = edit_form(qtbot, demo_window, loi_id(demo_window.tracker))
    chosen["next"] = [scan]
    click(qtbot, form.files_edit.attach_button)
    task = form.files_edit.entries()[0].task
    assert task is not None
    with qtbot.waitSignal(task.cancelled, timeout=40000):
        form.reject()
    assert stopped == ["cancelled"]
    assert demo_window.tracker.get_agreement(loi_id(demo_window.tracker)).files == []


# -- opening: only local, regular, unchanged, non-program files open without a question (issue 13, item 9)


@pytest.fixture
def desktop(monkeypatch):
    """The URLs handed to the desktop (QDesktopServices.openUrl replaced: no program is started)."""
    urls: list[QUrl] = []

    def open_url(url):
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


@pytest.fixture
def ask(monkeypatch):
    """Answers the "open anyway?" question with ``answer`` and records each (name, reasons) asked."""
    state: dict = {"answer": False, "asked": []}

    def ask_open(cls, parent, name, reasons):
        state["asked"].append((name, list(reasons)))
        return state["answer"]

    monkeypatch.setattr(AttachedFilesEdit, "ask_open", classmethod(ask_open))
    return state


def opened_paths(urls: list[QUrl]) -> list[str]:
    assert all(url.isLocalFile() and url.scheme() == "file" and not url.host() for url in urls), urls
    return [url.toLocalFile() for url in urls]


def open_row(qtbot, form: AgreementFormDialog, row: int) -> None:
    form.files_edit.table.clearSelection()
    form.files_edit.table.selectRow(row)
    click(qtbot, form.files_edit.open_button)


def attach_and_save(tracker, agreement_id: int, *paths: Path) -> None:
    tracker.update_agreement(agreement_id, files=[str(p) for p in paths])


def test_an_unchanged_document_opens_at_once_as_a_local_file(qtbot, demo_window, docs, desktop, ask):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    signed = docs / "bản ký.pdf"
    signed.write_bytes(b"signed")
    attach_and_save(tracker, agreement_id, signed)
    form = edit_form(qtbot, demo_window, agreement_id)
    open_row(qtbot, form, 0)
    assert ask["asked"] == []
    assert opened_paths(desktop) == [str(signed)]
    form.reject()


def test_a_file_changed_since_it_was_attached_asks_first(qtbot, demo_window, docs, desktop, ask):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    signed, annex = docs / "bản ký.pdf", docs / "phụ lục.docx"
    signed.write_bytes(b"the signed version")
    annex.write_bytes(b"annex v1")
    recorded = sha(signed)
    attach_and_save(tracker, agreement_id, signed, annex)
    signed.write_bytes(b"edited after signing")
    form = edit_form(qtbot, demo_window, agreement_id)
    assert states(form)[0] == (str(signed), FileState.CHANGED)

    open_row(qtbot, form, 0)  # declined: nothing is opened
    ((name, reasons),) = ask["asked"]
    assert name == "bản ký.pdf"
    assert reasons == [f"It has changed since it was attached: its SHA-256 is now {sha(signed)}; when it was attached it was {recorded}."]
    assert desktop == []

    ask["answer"] = True  # accepted: opened, as a local file
    open_row(qtbot, form, 0)
    assert len(ask["asked"]) == 2
    assert opened_paths(desktop) == [str(signed)]

    # Changed while the form was open (it was "unchanged" when the form checked it): the check is
    # made again at the moment of opening.
    assert states(form)[1] == (str(annex), FileState.UNCHANGED)
    annex.write_bytes(b"annex v2")
    ask["answer"] = False
    open_row(qtbot, form, 1)
    assert len(ask["asked"]) == 3 and "changed since it was attached" in ask["asked"][2][1][0]
    assert opened_paths(desktop) == [str(signed)]
    assert states(form)[1] == (str(annex), FileState.CHANGED)
    form.reject()


def test_a_large_file_is_checked_in_the_background_before_it_opens(qtbot, demo_window, docs, desktop, ask, monkeypatch):
    monkeypatch.setattr(AttachedFilesEdit, "SYNC_LIMIT", 0)  # every file goes to a pool thread
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    scan = docs / "bản quét.pdf"
    scan.write_bytes(b"scan " * 1000)
    attach_and_save(tracker, agreement_id, scan)
    form = edit_form(qtbot, demo_window, agreement_id)
    qtbot.waitUntil(lambda: not form.files_edit.busy(), timeout=10000)
    scan.write_bytes(b"scan, edited " * 1000)
    open_row(qtbot, form, 0)
    assert states(form) == [(str(scan), FileState.CHECKING)]  # not opened before the check is done
    assert desktop == [] and ask["asked"] == []
    qtbot.waitUntil(lambda: ask["asked"] != [], timeout=10000)
    assert "changed since it was attached" in ask["asked"][0][1][0]
    assert desktop == []
    assert states(form) == [(str(scan), FileState.CHANGED)]

    scan.write_bytes(b"scan " * 1000)  # put back: opens once the check agrees, without a question
    open_row(qtbot, form, 0)
    qtbot.waitUntil(lambda: desktop != [], timeout=10000)
    assert len(ask["asked"]) == 1 and opened_paths(desktop) == [str(scan)]
    form.reject()


@pytest.mark.skipif(os.name != "posix", reason="the executable bit is POSIX; Windows is by extension")
def test_an_executable_file_asks_first(qtbot, demo_window, docs, desktop, ask):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    tool = docs / "bản ký.pdf.sh"
    tool.write_bytes(b"#!/bin/sh\necho signed\n")
    attach_and_save(tracker, agreement_id, tool)
    tool.chmod(0o755)
    form = edit_form(qtbot, demo_window, agreement_id)
    assert states(form) == [(str(tool), FileState.UNCHANGED)]
    open_row(qtbot, form, 0)
    assert ask["asked"] == [("bản ký.pdf.sh", ["It is marked as a program (executable): opening it may run it."])]
    assert desktop == []
    ask["answer"] = True
    open_row(qtbot, form, 0)
    assert opened_paths(desktop) == [str(tool)]
    form.reject()


def test_a_folder_or_a_pipe_in_place_of_the_file_asks_first_and_is_never_read(qtbot, demo_window, docs, desktop, ask):
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    signed, annex = docs / "bản ký.pdf", docs / "phụ lục.pdf"
    signed.write_bytes(b"signed")
    annex.write_bytes(b"annex")
    attach_and_save(tracker, agreement_id, signed, annex)
    signed.unlink()
    signed.mkdir()  # a folder now has the document's name
    kinds = [(signed, "a folder")]
    if hasattr(os, "mkfifo"):
        annex.unlink()
        os.mkfifo(annex)  # reading it would block the window for ever
        kinds.append((annex, "a named pipe"))
    rescued = threading.Event()
    done = threading.Event()

    def rescue() -> None:  # should the form read the pipe, end the read so the test fails instead of hanging
        time.sleep(5)
        if not done.is_set() and hasattr(os, "mkfifo"):
            rescued.set()
            with open(annex, "wb") as writer:
                writer.write(b"late")

    threading.Thread(target=rescue, daemon=True).start()
    try:
        form = edit_form(qtbot, demo_window, agreement_id)
        for row, (path, kind) in enumerate(kinds):
            assert states(form)[row] == (str(path), FileState.NOT_REGULAR)
            assert status_texts(form)[row] == "not a regular file"
            assert kind in form.files_edit.table.item(row, COL_STATUS).toolTip()
            open_row(qtbot, form, row)
            assert ask["asked"][-1] == (path.name, [f"It is not a regular file but {kind}."])
        assert desktop == []
        assert form.files_edit.warning.isVisibleTo(form)
    finally:
        done.set()
    assert not rescued.is_set()
    ask["answer"] = True
    open_row(qtbot, form, 0)
    assert opened_paths(desktop) == [str(signed)]
    form.reject()


def test_links_and_paths_without_a_folder_are_never_opened(qtbot, demo_window, seeded_db, docs, desktop, ask, monkeypatch):
    """Rows an older version (or another program) could have stored: shown, kept, never opened."""
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    link, relative = "https://example.org/bản ký.pdf", "bản ký.pdf"
    (docs.parent / relative).write_bytes(b"signed")  # even a file of that name in the current folder
    raw = sqlite3.connect(seeded_db)
    with raw:
        raw.executemany(
            "INSERT INTO agreement_files (agreement_id, path, sha256) VALUES (?, ?, ?)",
            [(agreement_id, link, sha256_hex(b"signed")), (agreement_id, relative, sha256_hex(b"signed"))],
        )
    raw.close()
    monkeypatch.chdir(docs.parent)
    form = edit_form(qtbot, demo_window, agreement_id)
    assert states(form) == [(link, FileState.NOT_FULL_PATH), (relative, FileState.NOT_FULL_PATH)]
    assert status_texts(form) == ["not a full path", "not a full path"]
    assert form.files_edit.warning.isVisibleTo(form)

    open_row(qtbot, form, 0)
    assert form.files_edit.message.text() == (f"“bản ký.pdf” is not opened: {link} is a link, not a file on this computer.")
    open_row(qtbot, form, 1)
    assert form.files_edit.message.text() == (
        "“bản ký.pdf” cannot be opened: its folder was not recorded. Attach the file again from its folder."
    )
    assert ask["asked"] == [] and desktop == []

    form.reference_edit.setText("01/TYĐ-BQL")  # the rows are kept as they were on Save
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert [f.path for f in tracker.get_agreement(agreement_id).files] == [link, relative]


def test_a_file_on_another_computer_asks_first(qtbot, demo_window, docs, desktop, ask, monkeypatch):
    """On Windows, \\\\server\\share paths reach another computer; the form asks and names it."""
    tracker = demo_window.tracker
    agreement_id = loi_id(tracker)
    signed = docs / "bản ký.pdf"
    signed.write_bytes(b"signed")
    attach_and_save(tracker, agreement_id, signed)
    monkeypatch.setattr(file_list, "network_host", lambda path: "fileserver" if path == str(signed) else None)
    form = edit_form(qtbot, demo_window, agreement_id)
    open_row(qtbot, form, 0)
    assert ask["asked"] == [("bản ký.pdf", ["It is on another computer (fileserver): opening it connects to that computer."])]
    assert desktop == []
    form.reject()


@pytest.mark.parametrize(
    ("path", "host"),
    [
        ("\\\\fileserver\\vanban\\bản ký.pdf", "fileserver"),
        ("//fileserver/vanban/bản ký.pdf", "fileserver"),
        ("\\\\?\\UNC\\fileserver\\vanban\\bản ký.pdf", "fileserver"),
        ("\\\\?\\C:\\Văn bản\\bản ký.pdf", None),
        ("C:\\Văn bản\\bản ký.pdf", None),
        ("Z:\\bản ký.pdf", None),  # a mapped drive cannot be told from a local one
    ],
)
def test_network_paths_on_windows(path, host):
    assert file_list.network_host(path, windows=True) == host
    assert file_list.network_host(path, windows=False) is None  # on Linux //x/y is the local /x/y


@pytest.mark.parametrize(
    ("name", "program"),
    [
        ("bản ký.pdf", False),
        ("phụ lục.docx", False),
        ("cài đặt.EXE", True),
        ("chạy.bat", True),
        ("lệnh.cmd", True),
        ("a.com", True),
        ("x.js", True),
        ("x.vbs", True),
        ("x.ps1", True),
        ("lối tắt.lnk", True),
        ("gói.msi", True),
        ("màn hình.scr", True),
        ("bản ký.pdf.exe", True),
        ("không đuôi", False),
    ],
)
def test_programs_on_windows_go_by_extension(name, program, monkeypatch):
    monkeypatch.setenv("PATHEXT", ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC")
    assert file_list.runs_as_program("C:\\Văn bản\\" + name, 0o644, windows=True) is program


def test_programs_on_posix_go_by_the_executable_bit():
    assert not file_list.runs_as_program("/srv/bản ký.pdf", 0o100644, windows=False)
    for mode in (0o100744, 0o100654, 0o100645):
        assert file_list.runs_as_program("/srv/bản ký.pdf", mode, windows=False)


def test_a_folder_or_a_pipe_is_not_attached(qtbot, demo_window, docs, chosen):
    form = edit_form(qtbot, demo_window, loi_id(demo_window.tracker))
    chosen["next"] = [docs]
    click(qtbot, form.files_edit.attach_button)
    assert form.files_edit.entries() == []
    assert form.visible_errors()["files"] == "“2024” was not attached: it is not a regular file but a folder."
    if hasattr(os, "mkfifo"):
        pipe = docs / "bản ký.pdf"
        os.mkfifo(pipe)
        rescued = threading.Event()
        done = threading.Event()

        def rescue() -> None:
            time.sleep(5)
            if not done.is_set():
                rescued.set()
                with open(pipe, "wb") as writer:
                    writer.write(b"late")

        threading.Thread(target=rescue, daemon=True).start()
        chosen["next"] = [pipe]
        try:
            click(qtbot, form.files_edit.attach_button)
        finally:
            done.set()
        assert not rescued.is_set()
        assert form.files_edit.entries() == []
        assert form.visible_errors()["files"] == "“bản ký.pdf” was not attached: it is not a regular file but a named pipe."
    form.reject()


def test_a_link_is_not_attached(qtbot, demo_window, docs, chosen):
    form = edit_form(qtbot, demo_window, loi_id(demo_window.tracker))
    chosen["next"] = ["https://example.org/bản ký.pdf"]
    click(qtbot, form.files_edit.attach_button)
    assert form.files_edit.entries() == []
    assert form.visible_errors()["files"] == "Files: “https://example.org/bản ký.pdf” is a link, not a file on this computer."
    form.reject()


def test_the_question_says_why_and_defaults_to_not_opening(qtbot):
    """The real ask_open: its text gives every reason, and Enter or Esc answers "do not open"."""
    seen: dict = {}

    def answer(key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        seen["format"] = box.textFormat()
        qtbot.keyClick(box, key)

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        QTimer.singleShot(0, lambda key=key: answer(key))
        assert AttachedFilesEdit.ask_open(None, "bản ký <b>.pdf", ["Reason one.", "Reason two."]) is False
        assert seen == {
            "text": "Open “bản ký <b>.pdf” anyway?\n\nReason one.\nReason two.",
            "default": True,
            "format": Qt.TextFormat.PlainText,
        }
