"""``add partner|meeting|followup`` and ``progress`` (issue 18 item 4): history from old minutes.

Run as the real command where the process boundary matters (the printed ID, exit codes, one-line
errors); in this process (``hptracker.cli.main``) where what matters is what was written, since a
start of the executable costs a second.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from inprocess import run_cli

from hptracker.core.tracker import Tracker

EXE = str(Path(sys.executable).parent / "hptracker")
OFFICER = "Trần Văn Minh"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HPTRACKER_DB", "HPTRACKER_LANG")}
    return subprocess.run([EXE, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(qapp, capsys):
    """``hptracker.cli.main`` in this process (``qapp`` first: the command must not make a
    QCoreApplication the window tests of this worker could not replace)."""
    from hptracker.cli import main

    def run_main(*args: str, lang: str = "en") -> Result:
        capsys.readouterr()
        try:
            code = main(["--lang", lang, "--officer", OFFICER, *args])
        except SystemExit as exc:  # argparse: bad usage
            code = exc.code
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run_main


def _state(target: str) -> dict[str, int]:
    tracker = Tracker.open(target, officer=OFFICER, exclusive=False)
    try:
        return {**tracker.counts(), "audit": tracker.audit_count()}
    finally:
        tracker.close()


def test_add_prints_the_new_ids_and_the_window_sees_the_records(tmp_path):
    db = str(tmp_path / "minutes.db")
    partner = run(
        "--db",
        db,
        "--officer",
        OFFICER,
        "add",
        "partner",
        "Huyện Thượng Ngu",
        "--en",
        "Shangyu District",
        "--native",
        "上虞区",
        "--alias",
        "Thuong Ngu",
        "Shangyu",
        "--country",
        "CN",
        "--kind",
        "government",
    )
    assert (partner.returncode, partner.stdout, partner.stderr) == (0, "1\n", "")
    meeting = run("--db", db, "add", "meeting", "--date", "13/05/2024", "--title", "Tiếp đoàn huyện Thượng Ngu", "--partner", "shangyu")
    assert (meeting.returncode, meeting.stdout) == (0, "1\n"), meeting.stderr
    followup = run(
        "--db",
        db,
        "--officer",
        OFFICER,
        "add",
        "followup",
        "--partner",
        "上虞区",
        "--title",
        "Nghiên cứu mở đường bay thẳng",
        "--direction",
        "ours",
        "--meeting",
        "1",
        "--due",
        "Q3/2024",
        "--category",
        "direct_flight",
    )
    assert (followup.returncode, followup.stdout) == (0, "1\n"), followup.stderr

    tracker = Tracker.open(db, officer=OFFICER, exclusive=False)
    try:
        record = tracker.get_followup(1)
        assert record.raised_on == dt.date(2024, 5, 13)  # the meeting's date
        assert (record.meeting_id, record.due_date, record.category.code) == (1, dt.date(2024, 9, 30), "direct_flight")
        shangyu = tracker.get_partner(1)
        assert (shangyu.name_native, sorted(a.alias for a in shangyu.aliases)) == ("上虞区", ["Shangyu", "Thuong Ngu"])
        created = [item for item in tracker.audit_for("followups", 1) if item.action == "create"]
        assert created and created[0].officer == OFFICER
    finally:
        tracker.close()


def test_labels_in_either_language_are_accepted(cli, tracker, partner):
    target = str(tracker.db.path)
    tracker.close()
    unit = cli(
        "--db",
        target,
        "add",
        "followup",
        "--partner",
        "Thuong Ngu",
        "--title",
        "Chọn quận kết nghĩa",
        "--direction",
        "Đề nghị của đối tác với ta",
        "--category",
        "Kết nghĩa",
        "--date",
        "14/05/2024",
    )
    assert unit.returncode == 0, unit.stderr
    english = cli(
        "--db",
        target,
        "add",
        "followup",
        "--partner",
        "Shangyu",
        "--title",
        "Chia sẻ kinh nghiệm FTZ",
        "--direction",
        "joint commitment",
        "--category",
        "Free-trade-zone experience",
        lang="vi",
    )
    assert english.returncode == 0, english.stderr
    done = cli("--db", target, "progress", unit.stdout.strip(), "--status", "đã hoàn thành", "--date", "20/09/2024")
    assert done.returncode == 0, done.stderr
    reopened = cli("--db", target, "progress", unit.stdout.strip(), "--status", "In progress", "--date", "01/10/2024", lang="vi")
    assert reopened.returncode == 0, reopened.stderr
    check = Tracker.open(target, officer=OFFICER, exclusive=False)
    try:
        first, second = check.get_followup(int(unit.stdout)), check.get_followup(int(english.stdout))
        assert (first.direction, first.category.code, first.raised_on) == ("theirs", "twinning", dt.date(2024, 5, 14))
        assert (second.direction, second.category.code, second.raised_on) == ("joint", "ftz", dt.date.today())
        assert [(e.date, e.status) for e in first.progress] == [(dt.date(2024, 9, 20), "done"), (dt.date(2024, 10, 1), "in_progress")]
        assert first.status == "in_progress"
    finally:
        check.close()


def test_back_dated_progress_keeps_the_newer_status(cli, tracker, partner):
    followup = tracker.create_followup(partner_id=partner.id, title="Đường bay thẳng", direction="ours", raised_on="01/01/2025")
    target = str(tracker.db.path)
    tracker.close()
    assert cli("--db", target, "progress", str(followup.id), "--status", "done", "--date", "20/03/2025").returncode == 0
    late = cli("--db", target, "progress", str(followup.id), "--note", "Gửi công văn (ghi bù)", "--date", "01/02/2025")
    assert late.returncode == 0, late.stderr
    assert late.stdout == f"Follow-up #{followup.id}: now Done (done on 20/03/2025).\n"
    check = Tracker.open(target, officer=OFFICER, exclusive=False)
    try:
        record = check.get_followup(followup.id)
        assert (record.status, record.completed_on) == ("done", dt.date(2025, 3, 20))
        assert [(e.date, e.status, e.note, e.officer.name) for e in record.progress] == [
            (dt.date(2025, 2, 1), "not_started", "Gửi công văn (ghi bù)", OFFICER),
            (dt.date(2025, 3, 20), "done", None, OFFICER),
        ]
    finally:
        check.close()


BAD_INPUT = [
    ("add", "partner", "   "),
    ("add", "partner", "Tỉnh Chiết Giang", "--country", "CHN"),
    ("add", "partner", "Tỉnh Chiết Giang", "--kind", "spaceship"),
    ("add", "meeting", "--date", "31/02/2024", "--title", "Hội đàm", "--partner", "1"),
    ("add", "meeting", "--date", "13/05/2024", "--title", "Hội đàm", "--partner", "Nam Ninh"),
    ("add", "meeting", "--date", "13/05/2024", "--title", "Hội đàm", "--partner", "1", "--unit", "HEZA"),
    ("add", "followup", "--partner", "1", "--title", "X", "--direction", "sideways"),
    ("add", "followup", "--partner", "1", "--title", "X", "--direction", "ours", "--due", "Q5/2024"),
    ("add", "followup", "--partner", "1", "--title", "X", "--direction", "ours", "--date", "2024/13/01"),
    ("add", "followup", "--partner", "1", "--title", "X", "--direction", "ours", "--meeting", "99"),
    ("add", "followup", "--partner", "1", "--title", "X", "--direction", "ours", "--category", "space"),
    ("add", "followup", "--partner", "99", "--title", "X", "--direction", "ours"),
    ("progress", "1", "--status", "finished-ish"),
    ("progress", "1", "--note", "x", "--date", "01/01/2999"),
    ("progress", "1"),
    ("progress", "99", "--note", "x"),
]


@pytest.mark.parametrize("args", BAD_INPUT, ids=[" ".join(a[:3]) + f"-{i}" for i, a in enumerate(BAD_INPUT)])
def test_bad_input_is_one_line_exit_1_and_nothing_written(cli, tracker, partner, args):
    tracker.create_followup(partner_id=partner.id, title="Việc có sẵn", direction="ours")
    target = str(tracker.db.path)
    tracker.close()
    before = _state(target)
    result = cli("--db", target, *args)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hptracker: ") and "Traceback" not in result.stderr
    assert _state(target) == before


def test_bad_usage_is_exit_2(tmp_path):
    db = str(tmp_path / "x.db")
    missing = run_cli("--db", db, "add", "followup", "--partner", "1", "--title", "X")
    assert missing.returncode == 2 and "--direction" in missing.stderr
    assert run_cli("--db", db, "add", "agreement", "X").returncode == 2
    assert run_cli("--db", db, "progress", "one", "--note", "x").returncode == 2
    assert not Path(db).exists()


def test_errors_are_in_the_officers_language(tmp_path):
    db = str(tmp_path / "x.db")
    assert run_cli("--db", db, "add", "partner", "Huyện Thượng Ngu").returncode == 0
    result = run_cli(
        "--db", db, "--lang", "vi", "add", "followup", "--partner", "1", "--title", "X", "--direction", "ours", "--date", "32/01/2024"
    )
    assert result.returncode == 1
    assert "không phải là ngày" in result.stderr
