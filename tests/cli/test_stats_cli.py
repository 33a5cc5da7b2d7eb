"""``hptracker stats`` (issue 18 item 1), the command's ``main()`` in this process, on both backends.

A first quarter's histories counted by hand; ``--json`` must be exactly SPEC §10's object.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from inprocess import Result, run_cli

from hptracker.core.tracker import Tracker

D = dt.date


def run(*args: str) -> Result:
    """What is tested is what the command prints and exits with, not the process: in this one."""
    return run_cli(*args)


# (raised, unit, due, log): Q1 2025, cut-off 31/03/2025.
QUARTER = [
    (D(2024, 12, 10), "HEZA", D(2025, 1, 31), [(D(2025, 1, 5), "in_progress")]),  # carried over, overdue
    (D(2025, 1, 15), "HEZA", D(2025, 2, 28), [(D(2025, 2, 20), "done")]),  # new, done on time
    (D(2025, 1, 15), "DOFA", D(2025, 1, 31), [(D(2025, 4, 10), "done")]),  # new, done after T: overdue at T
    (D(2024, 11, 1), "DOFA", None, [(D(2024, 12, 15), "done")]),  # done before F: out of scope
    (D(2025, 3, 1), "DOFA", D(2025, 3, 31), []),  # new, due on T: within the deadline
    (D(2025, 2, 5), None, D(2025, 3, 10), [(D(2025, 3, 20), "done")]),  # new, done late
    (D(2025, 1, 2), "DOFA", D(2025, 6, 30), [(D(2025, 3, 1), "dropped")]),  # new, dropped
]
EXPECTED = {
    "from": "01/01/2025",
    "to": "31/03/2025",
    "by": "unit",
    "groups": [
        {
            "group": "Ban Quản lý Khu kinh tế Hải Phòng",
            "total": 2,
            "carried_over": 1,
            "new": 1,
            "done_on_time": 1,
            "done_late": 0,
            "dropped": 0,
            "overdue": 1,
            "open_within_deadline": 0,
            "on_time_rate": 0.5,
        },
        {
            "group": "Sở Ngoại vụ Hải Phòng",
            "total": 3,
            "carried_over": 0,
            "new": 3,
            "done_on_time": 0,
            "done_late": 0,
            "dropped": 1,
            "overdue": 1,
            "open_within_deadline": 1,
            "on_time_rate": 0.0,
        },
        {
            "group": None,
            "total": 1,
            "carried_over": 0,
            "new": 1,
            "done_on_time": 0,
            "done_late": 1,
            "dropped": 0,
            "overdue": 0,
            "open_within_deadline": 0,
            "on_time_rate": 0.0,
        },
    ],
    "total": {
        "total": 6,
        "carried_over": 1,
        "new": 5,
        "done_on_time": 1,
        "done_late": 1,
        "dropped": 1,
        "overdue": 2,
        "open_within_deadline": 1,
        "on_time_rate": 0.25,
    },
}


@pytest.fixture
def quarter(backend, databases):
    target = databases.new(backend)
    tracker = Tracker.open(target, officer="Nguyễn Thị Hoa")
    units = {
        "HEZA": tracker.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", abbreviation="HEZA").id,
        "DOFA": tracker.create_unit(name="Sở Ngoại vụ Hải Phòng").id,
    }
    partner = tracker.create_partner(name="Huyện Thượng Ngu", name_native="上虞区")
    for number, (raised, unit, due, log) in enumerate(QUARTER, 1):
        followup = tracker.create_followup(
            partner_id=partner.id,
            title=f"Việc {number}",
            direction="ours",
            unit_id=units[unit] if unit else None,
            due=due,
            raised_on=raised,
        )
        for date, status in log:
            tracker.record_progress(followup.id, status=status, date=date)
    tracker.close()
    yield target
    databases.drop(target)


@pytest.mark.both_backends
def test_stats_json_is_spec_section_10_with_the_hand_count(quarter):
    result = run("--db", quarter, "--lang", "en", "stats", "--from", "01/01/2025", "--to", "31/03/2025", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == EXPECTED
    assert list(json.loads(result.stdout)) == ["from", "to", "by", "groups", "total"]


@pytest.mark.both_backends
def test_stats_table_is_readable(quarter):
    result = run("--db", quarter, "--lang", "en", "stats", "--from", "01/01/2025", "--to", "31/03/2025")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Period 01/01/2025 – 31/03/2025 (data cut-off date 31/03/2025), by unit"
    assert lines[1].split()[:3] == ["Unit", "In", "scope"]
    assert "On-time rate" in lines[1] and "Open within deadline" in lines[1]
    total = lines[-1].split()
    assert total == ["Total", "6", "1", "5", "1", "1", "1", "2", "1", "25.0%"]
    assert lines[4].split()[0] == "(no" and lines[4].split()[-1] == "0.0%"
    # Every row as wide as the header: the columns line up.
    assert len({len(line) for line in lines[1:]}) == 1


def test_stats_by_partner_and_the_default_period(quarter):
    result = run("--db", quarter, "stats", "--by", "partner", "--json", "--to", "31/03/2025")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["from"], data["by"]) == ("01/01/2025", "partner")  # 1 January of --to's year
    assert [g["group"] for g in data["groups"]] == ["Huyện Thượng Ngu"]
    assert data["groups"][0]["total"] == 6
    today = run("--db", quarter, "stats", "--json")
    assert json.loads(today.stdout)["to"] == dt.date.today().strftime("%d/%m/%Y")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--from", "01/04/2025", "--to", "31/03/2025"), 1, "after its cut-off date"),
        (("--to", "31/12/2999"), 1, "in the future"),
        (("--from", "1/13/2025"), 1, "not a date"),
        (("--by", "colour"), 2, "invalid choice"),
    ],
)
def test_stats_bad_input(quarter, args, code, message):
    result = run("--db", quarter, "--lang", "en", "stats", *args)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr
    if code == 1:
        assert len(result.stderr.strip().splitlines()) == 1


def test_stats_only_reads(tmp_path):
    missing = tmp_path / "no-such.db"
    result = run("--db", str(missing), "--lang", "en", "stats")
    assert result.returncode == 1 and "There is no database" in result.stderr
    assert not missing.exists()
