"""A non-editable install (the wheel) finds its migrations and resources, away from the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

PROBE = r"""
import json, sys
import hptracker
from hptracker.core.paths import migrations_dir, resources_dir
from hptracker.core.tracker import Tracker
from hptracker.core.demo import add_demo
t = Tracker.open(sys.argv[1])
add_demo(t)
print(json.dumps({
    "package": hptracker.__file__,
    "migrations": str(migrations_dir()),
    "versions": sorted(p.name for p in (migrations_dir() / "versions").glob("*.py")),
    "resources": str(resources_dir()),
    "icons": len(list((resources_dir() / "icons").glob("*"))) if (resources_dir() / "icons").is_dir() else 0,
    "followups": t.count_followups(),
}))
"""


def test_wheel_carries_db_and_resources(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--disable-pip-version-check", "-w", str(wheels), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("hptracker-*.whl"))
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "w.db")],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert found["package"].startswith(str(site))
    assert found["migrations"].startswith(str(site)) and "0001_initial_schema.py" in found["versions"]
    assert found["resources"].startswith(str(site))
    assert found["icons"] > 0
    assert found["followups"] == 9
