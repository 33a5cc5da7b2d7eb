"""A closed Tracker leaves nothing behind in the process.

The store registered each open database's ``dispose`` with ``atexit`` (so that a script that
ends without closing still closes cleanly) and never took it back: every database ever opened
stayed in memory with its engine, its pool and its compiled statements — after a restore (which
reopens), in the export's pool thread, and in a test run that opens a thousand of them, where
the heap that grew made every garbage collection slower (5 s of gc at the end of each worker).
"""

from __future__ import annotations

import gc
import weakref

from hptracker.core.tracker import Tracker


def test_a_closed_tracker_and_its_database_are_freed(tmp_path):
    tracker = Tracker.open(tmp_path / "freed.db", officer="Nguyễn Thị Hoa")
    tracker.create_partner(name="Huyện Thượng Ngu", kind="government")
    database = weakref.ref(tracker.db)
    engine = weakref.ref(tracker.db.engine)
    tracker.close()
    del tracker
    gc.collect()
    assert database() is None and engine() is None


def test_a_tracker_left_open_is_still_closed_cleanly_at_exit(tmp_path):
    """What the atexit registration is for: the lock file says the database was closed."""
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "left-open.db"
    script = f"from hptracker.core.tracker import Tracker\nt = Tracker.open({str(path)!r}, officer='X')\nt.create_partner(name='P', kind='other')\n"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=root)
    assert result.returncode == 0, result.stderr
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0  # folded into the file at exit
    assert Tracker.open(path, officer="X").list_partners()[0].name == "P"
