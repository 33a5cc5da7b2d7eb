"""Issue 13 items 3 and 11: a write that did not happen is never reported as done, and a full disk
leaves no traceback behind (openpyxl's ZipFile used to complain from its finaliser).

The full disk is RLIMIT_FSIZE set for this process for the length of one export: the kernel then
refuses (EFBIG) every write past the limit, as a full disk refuses with ENOSPC; Python ignores
SIGXFSZ, so the writes fail rather than stop the process. The readers of what was written
(pdf_is_complete, zip_is_complete) are checked on real files cut short.
"""

from __future__ import annotations

import contextlib
import gc
import io
import random
import signal
import string
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from hptracker.core.export_xlsx import export_workbook
from hptracker.core.files import FileWriteError, atomic_path, pdf_is_complete, zip_is_complete

try:
    import resource
except ImportError:  # Windows: no RLIMIT_FSIZE; the readers below are still checked
    resource = None

needs_rlimit = pytest.mark.skipif(resource is None, reason="RLIMIT_FSIZE is POSIX")


@contextlib.contextmanager
def disk_full_after(limit: int):
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def _noise(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


@pytest.fixture
def private_tempdir(tmp_path, monkeypatch):
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def wide_tracker(demo_tracker):
    """Text that does not compress, over three sheets, so that every sheet's own XML (openpyxl
    streams it to a temporary file first) is smaller than the workbook that holds them all."""
    rng = random.Random(13)
    for day in range(1, 41):
        partner = demo_tracker.create_partner(name=f"P {_noise(rng, 290)}", kind="other")
        demo_tracker.create_meeting(date=f"{day % 28 + 1:02d}/01/2024", title=f"M {_noise(rng, 490)}", partner_ids=[partner.id])
        demo_tracker.create_followup(partner_id=partner.id, title=f"F {_noise(rng, 490)}", direction="ours")
    return demo_tracker


def disk_full_inside_a_member(workbook: Path) -> int:
    """A limit that falls just after the start of one member of ``workbook``, past the largest
    sheet's own XML: the member cannot be written, nor the directory that would end the zip."""
    infos = zipfile.ZipFile(workbook).infolist()
    largest = max(info.file_size for info in infos)
    start = next(info.header_offset for info in infos if info.header_offset > largest + 4096)
    return start + 64


@needs_rlimit
def test_export_to_a_full_disk_says_so_and_leaves_nothing_behind(wide_tracker, tmp_path, private_tempdir, monkeypatch):
    out = tmp_path / "out" / "status.xlsx"
    out.parent.mkdir()
    export_workbook(wide_tracker, out)
    limit = disk_full_inside_a_member(out)
    previous = out.read_bytes()

    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    with disk_full_after(limit):
        with pytest.raises(FileWriteError) as info:
            export_workbook(wide_tracker, out)
        message = info.value.message
        del info
        gc.collect()  # what the interpreter does sooner or later, the disk still full
    assert str(out) in message and "\n" not in message
    assert "the disk is full" in message  # said in the officer's language, not the system's
    assert [(u.exc_type, u.exc_value, u.object) for u in unraisable] == []
    assert out.read_bytes() == previous
    assert sorted(p.name for p in out.parent.iterdir()) == ["status.xlsx"]
    assert list(private_tempdir.iterdir()) == []


# -- reading back what was written -------------------------------------------------------------------


def _pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_whole_pdf_is_complete_and_every_cut_is_not(tmp_path):
    whole = _pdf(3)
    path = tmp_path / "a.pdf"
    path.write_bytes(whole)
    assert pdf_is_complete(path) and pdf_is_complete(path, 3)
    assert not pdf_is_complete(path, 2)
    path.write_bytes(whole + b"\r\n  \n")  # trailing whitespace after %%EOF is allowed
    assert pdf_is_complete(path, 3)
    for cut in sorted({0, 1, 5, 64, len(whole) // 4, len(whole) // 2, len(whole) - 40, len(whole) - 7, len(whole) - 2}):
        path.write_bytes(whole[:cut])
        assert not pdf_is_complete(path), cut
    path.write_bytes(b"\x00" * len(whole))  # the size of a PDF, the blocks never written
    assert not pdf_is_complete(path)


def test_a_pdf_whose_trailer_points_past_its_end_is_not_complete(tmp_path):
    whole = _pdf(1)
    start = whole.rindex(b"startxref")
    path = tmp_path / "a.pdf"
    path.write_bytes(whole[:start] + b"startxref\n999999\n%%EOF\n")
    assert not pdf_is_complete(path)


def test_a_whole_workbook_is_complete_and_a_damaged_one_is_not(tmp_path):
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>" * 50)
        archive.writestr("xl/workbook.xml", _noise(random.Random(2), 4000))
    whole = path.read_bytes()
    assert zip_is_complete(path, ["xl/workbook.xml"])
    assert not zip_is_complete(path, ["xl/workbook.xml", "xl/styles.xml"])
    path.write_bytes(whole[: len(whole) // 2])
    assert not zip_is_complete(path)
    damaged = bytearray(whole)
    damaged[whole.index(b"xl/workbook.xml") + 40] ^= 0xFF  # inside the compressed member
    path.write_bytes(bytes(damaged))
    assert not zip_is_complete(path)


def test_atomic_path_keeps_the_previous_file_when_the_check_fails(tmp_path):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"previous")
    with pytest.raises(FileWriteError) as info, atomic_path(target, suffix=".pdf", verify=lambda tmp: False) as tmp:
        tmp.write_bytes(b"%PDF-cut")
    assert "incomplete" in info.value.message and str(target) in info.value.message
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]
