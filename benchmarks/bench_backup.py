"""Backup, check and restore times on a 100,000-follow-up database: ``python benchmarks/bench_backup.py [N]``.

The database comes from benchmarks/generate.py (bulk SQL through the app's own text functions,
constraints on). Figures printed: the checked backup (backup API + integrity_check +
foreign_key_check + fsync + move), ``hptracker check``, the quick_check every open runs before
anything writes, a whole open_database, the "changed since the last backup?" fingerprint, and a
restore (keep current + copy + swap).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generate import generate

from hptracker.core import backup as core_backup
from hptracker.core.db import inspect_file, open_database


def timed(label: str, func, repeat: int = 3):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<58} {best * 1000:9.1f} ms")
    return result


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        start = time.perf_counter()
        generate(db, n, quiet=True)
        print(f"generated {n} follow-ups in {time.perf_counter() - start:.1f} s; file {db.stat().st_size / 2**20:.1f} MB")
        info = timed("backup (backup API + integrity + FK check + move)", lambda: core_backup.backup_database(db))
        print(f"{'backup file size':<58} {info.size / 2**20:9.1f} MB")
        report = timed("check (integrity_check + foreign_key_check)", lambda: core_backup.check_database(db))
        assert report.ok, report.messages
        timed("quick_check before every open (inspect_file)", lambda: inspect_file(db, None, deep=True))
        timed("open_database (inspect + lock + PRAGMAs + schema)", lambda: open_database(db).dispose())
        timed("changed since the last backup? (fingerprints)", lambda: core_backup.needs_backup(db))
        timed("list backups with record counts", lambda: [b.counts() for b in core_backup.list_backups(db)], 1)
        timed("restore (keep current + copy + check + swap)", lambda: core_backup.restore_file(db, info.path), 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
