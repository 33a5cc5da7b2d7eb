"""Attached files are stored as what they are (SPEC §1: path + SHA-256; issue 13, item 9).

Paths are stored absolute and normalised, whoever attaches them (the form, a script through the
Tracker); links are not files and are refused; only regular files are hashed (a named pipe would
block the read forever); paths recorded by older versions are left as they were.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time

import pytest

from hptracker.core.errors import ValidationError


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "Văn bản ký kết"
    folder.mkdir()
    return folder


def new_agreement(tracker, partner, **values):
    return tracker.create_agreement(form="letter_of_intent", title="Thư ý định", party_ids=[partner.id], signed_date="13/05/2024", **values)


def stored(tracker, agreement_id) -> list[tuple[str, str]]:
    return [(f.path, f.sha256) for f in tracker.get_agreement(agreement_id).files]


def test_paths_are_stored_absolute_and_normalised(tracker, partner, docs, monkeypatch):
    signed = docs / "bản ký.pdf"
    signed.write_bytes(b"signed")
    annex = docs / "phụ lục.docx"
    annex.write_bytes(b"annex")
    photo = docs / "ảnh.jpg"
    photo.write_bytes(b"photo")
    monkeypatch.chdir(docs.parent)
    agreement = new_agreement(
        tracker,
        partner,
        files=[
            os.path.join("Văn bản ký kết", "bản ký.pdf"),  # relative, hashed now
            os.path.join(str(docs), ".", "nháp", "..", "phụ lục.docx"),  # dots in it
            (os.path.join(".", "Văn bản ký kết", "ảnh.jpg"), sha(b"photo")),  # a pair, relative
        ],
    )
    assert stored(tracker, agreement.id) == [(str(signed), sha(b"signed")), (str(annex), sha(b"annex")), (str(photo), sha(b"photo"))]
    assert all(os.path.isabs(path) and path == os.path.normpath(path) for path, _digest in stored(tracker, agreement.id))


@pytest.mark.parametrize(
    "link",
    [
        "https://example.org/thu-y-dinh.pdf",
        "file:///tmp/thu-y-dinh.pdf",
        "file://fileserver/share/thu-y-dinh.pdf",
        "smb://fileserver/share/thu-y-dinh.pdf",
        "mailto:vanthu@haiphong.gov.vn",
    ],
)
def test_links_are_not_files_and_are_refused(tracker, partner, docs, link):
    signed = docs / "bản ký.pdf"
    signed.write_bytes(b"signed")
    agreement = new_agreement(tracker, partner, files=[str(signed)])
    with pytest.raises(ValidationError) as info:
        tracker.update_agreement(agreement.id, files=[str(signed), (link, sha(b"x"))], reference="01/TYĐ")
    assert info.value.field == "files"
    assert info.value.message == f"Files: “{link}” is a link, not a file on this computer."
    again = tracker.get_agreement(agreement.id)
    assert again.reference is None and stored(tracker, agreement.id) == [(str(signed), sha(b"signed"))]
    with pytest.raises(ValidationError):
        new_agreement(tracker, partner, files=[link])


def test_a_path_with_a_nul_character_is_refused_in_a_sentence(tracker, partner, docs):
    with pytest.raises(ValidationError) as info:
        new_agreement(tracker, partner, files=[str(docs / "bản\0ký.pdf")])
    assert info.value.message.startswith("Files: “") and "is not a file path" in info.value.message


def test_a_folder_is_not_hashed_as_a_file(tracker, partner, docs):
    with pytest.raises(ValidationError) as info:
        new_agreement(tracker, partner, files=[str(docs)])
    assert info.value.message == (f"Files: “{docs}” is not a regular file but a folder; attach the document itself.")
    assert tracker.list_agreements() == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once(tracker, partner, docs):
    """Reading a FIFO blocks until some program writes to it: the save would hang for ever."""
    pipe = docs / "bản ký.pdf"
    os.mkfifo(pipe)
    rescued = threading.Event()

    def rescue() -> None:  # if the save does read the pipe, end the read so the test fails, not hangs
        time.sleep(5)
        if not done.is_set():
            rescued.set()
            with open(pipe, "wb") as writer:
                writer.write(b"late")

    done = threading.Event()
    threading.Thread(target=rescue, daemon=True).start()
    try:
        with pytest.raises(ValidationError) as info:
            new_agreement(tracker, partner, files=[str(pipe)])
    finally:
        done.set()
    assert not rescued.is_set()
    assert info.value.message == f"Files: “{pipe}” is not a regular file but a named pipe; attach the document itself."


def test_paths_recorded_by_older_versions_are_kept_as_they_were(tracker, partner, docs, db_path):
    """A relative path cannot be made absolute (relative to what?); refusing it would block every
    other change to the agreement. It stays as recorded, and only new paths are normalised."""
    signed = docs / "bản ký.pdf"
    signed.write_bytes(b"signed")
    agreement = new_agreement(tracker, partner, files=[str(signed)])
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute("UPDATE agreement_files SET path = ? WHERE agreement_id = ?", ("bản ký.pdf", agreement.id))
    raw.close()
    old = stored(tracker, agreement.id)
    assert old == [("bản ký.pdf", sha(b"signed"))]

    tracker.update_agreement(agreement.id, files=old, reference="01/TYĐ-BQL")
    assert tracker.get_agreement(agreement.id).reference == "01/TYĐ-BQL"
    assert stored(tracker, agreement.id) == old
    tracker.update_agreement(agreement.id, files=[*old, str(signed)])
    assert stored(tracker, agreement.id) == [*old, (str(signed), sha(b"signed"))]
