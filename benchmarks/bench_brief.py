"""How long a brief takes for a busy partner: 100 meetings and 500 follow-ups (goal: under 1 s).

Run: ``.venv/bin/python benchmarks/bench_brief.py [--keep FILE.pdf]``. The data is written through
the Tracker (log_meeting: one transaction per meeting, with its follow-ups) into a temporary
database; the figure is the time from the Tracker to a finished PDF on disk, as the CLI and the
"Save as PDF…" button spend it (gathering, HTML, layout, glyph check, painting, writing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication

from hptracker.core.tracker import Tracker
from hptracker.ui.printing import missing_glyphs, prepare_brief, write_pdf

MEETINGS = 100
FOLLOWUPS = 500
STATUSES = ("not_started", "in_progress", "awaiting_partner", "on_hold", "done", "dropped")


def build(tracker: Tracker, today: dt.date) -> int:
    partner = tracker.create_partner(
        name="Huyện Thượng Ngu",
        name_en="Shangyu District",
        name_native="上虞区",
        kind="government",
        level="district",
        country="CN",
        aliases=["Thuong Ngu", "Shangyu"],
        relationship_since=2006,
    )
    tracker.ensure_categories()
    per_meeting = FOLLOWUPS // MEETINGS
    directions = ("ours", "theirs", "joint")
    meetings = []
    for m in range(MEETINGS):
        date = today - dt.timedelta(days=20 * (MEETINGS - m)) + dt.timedelta(days=30)
        followups = [
            dict(
                title=f"Đề nghị {m * per_meeting + k + 1}: nghiên cứu mở đường bay thẳng Chiết Giang – Hải Phòng, giai đoạn {k + 1}",
                direction=directions[(m + k) % 3],
                due=date + dt.timedelta(days=90 + 15 * k) if k % 4 else f"Q{(k % 4) + 1}/{date.year + 1}",
                details="Theo biên bản làm việc.",
            )
            for k in range(per_meeting)
        ]
        meeting = tracker.log_meeting(
            dict(
                date=date,
                title=f"Buổi làm việc số {m + 1} với huyện Thượng Ngu",
                partner_ids=[partner.id],
                place="Hải Phòng",
                our_lead="Lê Trung Kiên",
                partner_head="金近富",
                partner_head_romanised="Jin Jinfu",
                summary="Hai bên trao đổi về hợp tác đầu tư, thương mại.",
            ),
            agreements=[dict(form="mou", title=f"Bản ghi nhớ {m + 1}", expiry_date=date + dt.timedelta(days=700))] if m % 10 == 0 else [],
            followups=followups,
        )
        meetings.append(meeting.id)
    # Progress on a slice of them, so statuses, notes and completions are varied.
    rows = tracker.query_followups()
    for i, row in enumerate(rows[:120]):
        status = STATUSES[i % len(STATUSES)]
        tracker.record_progress(row.id, status=status, note=f"Cập nhật lần {i}", date=today - dt.timedelta(days=i % 200))
    return partner.id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", metavar="FILE.pdf", help="copy the last PDF here to look at it")
    args = parser.parse_args()
    QGuiApplication.instance() or QGuiApplication(["bench"])
    folder = Path(tempfile.mkdtemp(prefix="hptracker-bench-"))
    try:
        tracker = Tracker.open(folder / "bench.db", officer="Benchmark")
        today = dt.date.today()
        started = time.perf_counter()
        partner_id = build(tracker, today)
        print(f"built {MEETINGS} meetings and {FOLLOWUPS} follow-ups in {time.perf_counter() - started:.1f} s")
        times, cpu, phases = [], [], []
        target = folder / "brief.pdf"
        for _ in range(args.runs):
            c0 = time.process_time()
            t0 = time.perf_counter()
            paged = prepare_brief(tracker, partner_id, notes="Ghi chú của cán bộ")
            t1 = time.perf_counter()
            missing_glyphs(paged)
            t2 = time.perf_counter()
            pages = write_pdf(paged, target)
            t3 = time.perf_counter()
            times.append(t3 - t0)
            cpu.append(time.process_time() - c0)
            phases.append((t1 - t0, t2 - t1, t3 - t2))
        best = min(range(len(times)), key=times.__getitem__)
        gather, glyphs, pdf = phases[best]
        print(f"brief: {pages} pages, {target.stat().st_size / 1024:.0f} KiB")
        print(
            f"time to a finished PDF: median {statistics.median(times):.3f} s, best {times[best]:.3f} s "
            f"(data + HTML + document {gather:.3f} s, glyph check {glyphs:.3f} s, layout + paint + write {pdf:.3f} s)"
            f"; goal < 1 s"
        )
        print(
            f"CPU time of this process: median {statistics.median(cpu):.3f} s, best {min(cpu):.3f} s "
            f"(wall time above includes waiting for a CPU on a loaded machine; load average "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
        )
        if args.keep:
            shutil.copyfile(target, args.keep)
        tracker.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
