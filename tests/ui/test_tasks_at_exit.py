"""Background work outlives neither the application nor a script that never runs the event loop.

A script that opens the window and closes it (the screen probe, an officer's own automation) starts
the backup at close on a pool thread and then simply ends. Without an event loop there is no
``aboutToQuit``; PySide then tore the application down at exit while the task still ran, and the
task's last signal crashed the process now and then (seen in CI: the screen probe died with
SIGSEGV in ``Task._deliver``). The runner now waits for its tasks at exit, before Qt is torn down.
A process of its own: what is tested is how a process ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path

    import shiboken6
    from PySide6.QtWidgets import QApplication

    from hptracker.ui.tasks import runner

    app = QApplication([])
    tasks = runner()

    def work(progress):
        time.sleep(0.5)  # still running when the script ends
        alive = QApplication.instance() is not None and shiboken6.isValid(app) and shiboken6.isValid(tasks)
        Path(sys.argv[1]).write_text("alive" if alive else "torn down", encoding="utf-8")

    tasks.run(work, writes=True, name="like the backup at close")
    """
)


def test_a_task_still_running_when_a_script_ends_finishes_before_qt_is_torn_down(tmp_path):
    script = tmp_path / "ends_at_once.py"
    script.write_text(SCRIPT, encoding="utf-8")
    seen = tmp_path / "seen.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONFAULTHANDLER="1")
    result = subprocess.run([sys.executable, str(script), str(seen)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert seen.read_text(encoding="utf-8") == "alive"
