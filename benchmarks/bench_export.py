"""Status spreadsheet speed and memory: ``python benchmarks/bench_export.py --n 100000``.

Goal (issue 4): the export takes at most 1.3× a bare openpyxl write-only loop writing the same
values, with a peak memory under 300 MB.

A database of N follow-ups is generated with ``benchmarks/generate.py`` in a temporary folder (or
``--db`` reuses one). Each measurement runs in its own process, so its peak RSS (ru_maxrss) is its
own and one run cannot warm the next:

* ``export``: :func:`hptracker.core.export_xlsx.export_workbook` from the Tracker to the file on
  disk — query, labels, styles, text safety, five sheets, atomic write.
* ``bare``: the same rows streamed from the same Tracker queries, turned into the same cell values,
  and appended to plain write-only sheets with ``ws.append(values)`` (the Summary's counts too):
  no styles, no text safety, no title block, no row heights. The goal's yardstick.
* ``bare-memory`` (``--memory-baseline``): the values gathered in memory first and only the
  ``ws.append`` loop timed, i.e. openpyxl alone, to show what the data source itself costs.

Runs alternate (bare, export, bare, export...) and the best of ``--rounds`` is kept. The ratio is
taken on CPU time (user + system of the measuring process), which other programs sharing the
machine do not inflate; wall-clock times are printed next to it.

Both mark what changed since a week ago (issue 18 item 5: the window proposes the day of the last
export), ``--no-changes`` leaves the column out. In a generated database every follow-up was typed
in today, so every one is new: a Changes column on every row and every row highlighted, the
heaviest case. The bare loop reads the same changes and fields of cooperation and writes the same
values, unstyled.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL_RATIO = 1.3
GOAL_RSS_MB = 300


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _bare_rows(tracker, query, lang, changes_since=None):
    """(sheet title, rows of values) exactly as the exporter computes them, streamed."""
    from hptracker.core.enums import AgreementForm, AgreementStatus, GovLevel, MeetingDirection, MeetingFormat, PartnerKind
    from hptracker.core.export_xlsx import content as ex
    from hptracker.core.sheets import AGREEMENTS, FOLLOWUPS, MEETINGS, PARTNERS, SUMMARY

    labels = {
        "form": ex._labels(AgreementForm),
        "status": ex._labels(AgreementStatus),
        "direction": ex._labels(MeetingDirection),
        "format": ex._labels(MeetingFormat),
        "kind": ex._labels(PartnerKind),
        "level": ex._labels(GovLevel),
    }
    changes = tracker.changes_since(changes_since) if changes_since is not None else None
    followups = ex._Followups(lang, changes)
    counts: dict[int, list] = {}
    keys = [c.key for c in SUMMARY.columns]

    def followup_rows():
        from hptracker.core.export_xlsx.exporting import FIELDS_BATCH, _batches

        n = 0
        for batch in _batches(tracker.iter_followups(query), FIELDS_BATCH):
            fields = tracker.fields_of_followups([r.id for r in batch])
            for r in batch:
                n += 1
                entry = counts.setdefault(r.partner_id, [r.partner_name, {}])
                for key in (f"status:{r.status}", f"timeliness:{r.timeliness}", "total"):
                    entry[1][key] = entry[1].get(key, 0) + 1
                yield followups.values(n, r, fields.get(r.id, ()))

    def summary_rows():
        for n, (pid, (name, found)) in enumerate(counts.items(), 1):
            yield [n, pid, name, *(found.get(k, 0) for k in keys[3:])]

    yield FOLLOWUPS.title(lang), followup_rows()
    yield SUMMARY.title(lang), summary_rows()
    yield AGREEMENTS.title(lang), (ex._agreement_values(n, a, labels) for n, a in enumerate(tracker.list_agreements(), 1))
    yield MEETINGS.title(lang), (ex._meeting_values(n, m, labels) for n, m in enumerate(tracker.list_meetings(), 1))
    yield PARTNERS.title(lang), (ex._partner_values(n, p, labels) for n, p in enumerate(tracker.list_partners(), 1))


def child(kind: str, db: str, out: str, lang: str, changes_since: str | None = None) -> dict:
    import datetime as dt

    from openpyxl import Workbook

    from hptracker.core.tracker import FollowUpQuery, Tracker

    tracker = Tracker.open(db)
    query = FollowUpQuery(today=dt.date.today())
    since = dt.date.fromisoformat(changes_since) if changes_since else None
    try:
        if kind == "export":
            from hptracker.core.export_xlsx import export_workbook

            start, cpu = time.perf_counter(), time.process_time()
            report = export_workbook(tracker, out, query, lang=lang, changes_since=since)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            rows = sum(report.rows.values())
        else:
            sheets = _bare_rows(tracker, query, lang, since)
            if kind == "bare-memory":
                sheets = [(title, list(rows)) for title, rows in sheets]
            start, cpu = time.perf_counter(), time.process_time()
            wb = Workbook(write_only=True)
            rows = 0
            for title, values in sheets:
                ws = wb.create_sheet(title)
                for row in values:
                    ws.append(row)
                    rows += 1
            wb.save(out)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        tracker.close()
    return {"kind": kind, "seconds": seconds, "cpu": cpu, "rows": rows, "rss_mb": _peak_rss_mb(), "bytes": os.path.getsize(out)}


def week_ago() -> str:
    import datetime as dt

    return (dt.date.today() - dt.timedelta(days=7)).isoformat()


def measure(kind: str, db: Path, folder: Path, lang: str, changes_since: str | None = "week") -> dict:
    """One run in its own process; ``changes_since`` an ISO day, "week" (a week ago) or None."""
    out = folder / f"{kind}.xlsx"
    since = week_ago() if changes_since == "week" else changes_since
    result = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--db",
            str(db),
            "--out",
            str(out),
            "--lang",
            lang,
            *(["--changes-since", since] if since else []),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{result.stderr}")
    out.unlink(missing_ok=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="follow-ups in the generated database")
    parser.add_argument("--db", help="use this database instead of generating one")
    parser.add_argument("--rounds", type=int, default=1, help="alternating runs of each; the best is kept")
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--memory-baseline", action="store_true", help="also time openpyxl alone on values held in memory")
    parser.add_argument("--no-changes", action="store_true", help="do not mark changes since a week ago")
    parser.add_argument("--changes-since", help=argparse.SUPPRESS)  # the child's ISO day
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(child(args.child, args.db, args.out, args.lang, args.changes_since)))
        return 0

    with tempfile.TemporaryDirectory(prefix="hptracker-bench-export-") as tmp:
        folder = Path(tmp)
        if args.db:
            db = Path(args.db)
        else:
            from benchmarks.generate import generate

            db = folder / "bench.db"
            start = time.perf_counter()
            counts = generate(db, args.n, quiet=True)
            print(f"database: {counts} in {time.perf_counter() - start:.1f} s")
        kinds = ["bare", "export"] + (["bare-memory"] if args.memory_baseline else [])
        results: dict[str, list[dict]] = {k: [] for k in kinds}
        for _ in range(args.rounds):
            for kind in kinds:
                result = measure(kind, db, folder, args.lang, None if args.no_changes else "week")
                results[kind].append(result)
                print(
                    f"  {kind:12s} {result['cpu']:7.1f} s CPU {result['seconds']:7.1f} s wall  peak RSS {result['rss_mb']:6.0f} MB  "
                    f"{result['rows']} rows  {result['bytes'] / 1e6:.1f} MB file",
                    flush=True,
                )
        best = {k: min(v, key=lambda r: r["cpu"]) for k, v in results.items()}
        ratio = best["export"]["cpu"] / best["bare"]["cpu"]
        wall = min(r["seconds"] for r in results["export"]) / min(r["seconds"] for r in results["bare"])
        for kind, name in (
            ("bare", "bare write-only loop"),
            ("export", "hptracker export"),
            ("bare-memory", "openpyxl alone (values in memory)"),
        ):
            if kind in best:
                r = best[kind]
                print(f"{name:34s}: {r['cpu']:.1f} s CPU, {r['seconds']:.1f} s wall, peak RSS {r['rss_mb']:.0f} MB")
        print(f"ratio export / bare (CPU)         : {ratio:.2f} (goal ≤ {GOAL_RATIO}); wall-clock ratio {wall:.2f}")
        print(
            f"peak RSS of the export            : {best['export']['rss_mb']:.0f} MB (goal < {GOAL_RSS_MB} MB): "
            f"{'met' if best['export']['rss_mb'] < GOAL_RSS_MB else 'NOT met'}"
        )
        return 0 if ratio <= GOAL_RATIO and best["export"]["rss_mb"] < GOAL_RSS_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
