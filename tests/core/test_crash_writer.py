"""The child process of the crash, backup and lock tests (a script; it holds no tests itself).

``test_crash_writer.py DB write``: creates partners, follow-ups and progress entries in a loop and
prints one line per committed action ("P <id>", "F <id>", "E <followup id> <entries>") right
after the Tracker call returned, flushing each line, until it is killed.
``test_crash_writer.py DB zygote``: imports everything once, then for each "run" line on stdin forks a
writer (as in ``write``) and prints "child <pid>" before it starts and "dead <pid>" once it has
been killed, so the crash test pays the interpreter's start-up once, not fifty times. Its writers
also print "W P", "W F" or "W E" just before each Tracker call, so the last line a killed writer
printed tells where the kill landed: inside a write, or between two.
``test_crash_writer.py DB hold``: opens the database, prints "ready", waits for a line on stdin, then
writes one partner, prints "P <id>" and exits cleanly.
``test_crash_writer.py DB close-then-die``: writes ten partners (printing "P <id>" for each), closes
its connections (SQLite folds the -wal into the file and removes it), prints "closed" and kills itself
with SIGKILL before the lock file can record the clean close: a kill at the moment a writer closes.
``test_crash_writer.py DB backup-then-hang`` / ``DB restore-then-hang BACKUP``: a backup (or a restore
of BACKUP) that stops, once its temporary copy is written, before it is moved into place: prints
"copied <temporary file>" and waits to be killed.
"""

from __future__ import annotations

import sys

from hptracker.core.tracker import Tracker


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_forever(tracker: Tracker, announce: bool = False) -> None:
    def starting(kind: str) -> None:
        if announce:
            say(f"W {kind}")

    say("ready")
    n = 0
    while True:
        n += 1
        starting("P")
        partner = tracker.create_partner(name=f"Đối tác {n} 上虞区", kind="enterprise", aliases=[f"Alias {n}"])
        say(f"P {partner.id}")
        starting("F")
        followup = tracker.create_followup(
            title=f"Kiến nghị số {n} – mở đường bay thẳng", direction="ours", partner_id=partner.id, due="Q3/2024"
        )
        say(f"F {followup.id}")
        starting("E")
        tracker.record_progress(followup.id, status="in_progress", note=f"Đã gửi công văn {n}")
        say(f"E {followup.id} 1")


def warm_up() -> None:
    """One write cycle on a scratch database: mappers configured, modules loaded, before forking."""
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        tracker = Tracker.open(os.path.join(folder, "warm.db"), officer="Trần Văn Nam")
        partner = tracker.create_partner(name="Khởi động", kind="enterprise", aliases=["warm"])
        followup = tracker.create_followup(title="Khởi động", direction="ours", partner_id=partner.id, due="Q3/2024")
        tracker.record_progress(followup.id, status="in_progress", note="warm")
        tracker.close()


def zygote(db: str) -> int:
    import os

    warm_up()
    for line in sys.stdin:
        if line.strip() != "run":
            continue
        sys.stdout.flush()
        # The writer waits until "child <pid>" is out: on a busy machine it could otherwise print
        # "ready" first, and the test would not know whom to kill.
        go, started = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(started)
                os.read(go, 1)
                os.close(go)
                write_forever(Tracker.open(db, officer="Trần Văn Nam"), announce=True)
            finally:
                os._exit(1)
        os.close(go)
        say(f"child {pid}")
        os.write(started, b"x")
        os.close(started)
        os.waitpid(pid, 0)
        say(f"dead {pid}")
    return 0


def hang_once_copied(suffix: str) -> None:
    """Make the checks of a temporary copy ending in ``suffix`` wait forever once it is written."""
    import time

    from hptracker.core import backup

    check = backup.problems_in

    def checked_then_hang(conn, full=True):
        found = check(conn, full)
        name = conn.execute("PRAGMA database_list").fetchone()[2]
        if name.endswith(suffix):
            say(f"copied {name}")
            time.sleep(600)
        return found

    backup.problems_in = checked_then_hang


def main() -> int:
    db, mode = sys.argv[1], sys.argv[2]
    if mode == "zygote":
        return zygote(db)
    if mode in ("backup-then-hang", "restore-then-hang"):
        from pathlib import Path

        from hptracker.core import backup

        if mode == "backup-then-hang":
            hang_once_copied(".db-tmp")
            backup.backup_database(Path(db))
        else:
            hang_once_copied(".restore-tmp")
            backup.restore_file(Path(db), Path(sys.argv[3]))
        return 1
    tracker = Tracker.open(db, officer="Trần Văn Nam")
    if mode == "close-then-die":
        import os
        import signal

        for n in range(10):
            say(f"P {tracker.create_partner(name=f'Đối tác {n}', kind='enterprise').id}")
        tracker.db.engine.dispose()
        say("closed")
        os.kill(os.getpid(), signal.SIGKILL)
    if mode == "write":
        write_forever(tracker)
    say("ready")
    sys.stdin.readline()
    partner = tracker.create_partner(name="Thành phố Nam Ninh", name_native="南宁市", kind="government")
    say(f"P {partner.id}")
    tracker.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
