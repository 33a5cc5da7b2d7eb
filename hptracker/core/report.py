"""The periodic report of SPEC §10: its content as plain data, and that data as escaped HTML (for the PDF).

Decree 09/2019/NĐ-CP asks every periodic report to state its period and its data cut-off date;
the report then gives the summary figures, a table per unit, the lists of follow-ups behind each
figure, and what changed during the period (new follow-ups, completed ones, status changes, due
dates moved). Everything is read through the Tracker as of the cut-off date (core/stats.py), so
last quarter's report says the same whenever it is made. The workbook is written by
:mod:`hptracker.core.report_xlsx` and the PDF laid out by :mod:`hptracker.ui.report_print` from
:func:`render_html`, with the brief's conventions: user text escaped, A4, a running header and
"page X of Y".

The PDF is for paper: each list in it stops after :data:`PDF_LIST_LIMIT` rows and says how many
more the workbook holds (a year of 100,000 follow-ups would be thousands of pages); the figures
and the table per unit are always complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .brief import esc, long_date, stylesheet
from .enums import FollowUpStatus
from .i18n import language, translate
from .labels import label
from .stats import (
    CARRIED_OVER,
    DONE_LATE,
    DONE_ON_TIME,
    DROPPED,
    FIGURES,
    NEW,
    OPEN_WITHIN_DEADLINE,
    OVERDUE,
    PeriodChanges,
    ScopeRow,
    Statistics,
    figure_label,
    format_rate,
)
from .text import format_date, format_due, format_number
from .tracker import Tracker

__all__ = [
    "PeriodicReport",
    "build_report",
    "render_html",
    "running_header",
    "report_title",
    "list_title",
    "LIST_ORDER",
    "PDF_LIST_LIMIT",
    "default_file_name",
]

# The lists, most urgent first: what is late, then what was done, then what is still within its time.
LIST_ORDER = (OVERDUE, DONE_LATE, DONE_ON_TIME, DROPPED, OPEN_WITHIN_DEADLINE)
PDF_LIST_LIMIT = 200


@dataclass(frozen=True)
class PeriodicReport:
    start: dt.date
    cutoff: dt.date
    made_on: dt.date
    officer: str
    lang: str
    by_unit: Statistics
    rows: tuple[ScopeRow, ...]  # every follow-up in scope, by unit then raised date
    changes: PeriodChanges

    def outcome_rows(self, outcome: str) -> list[ScopeRow]:
        return [row for row in self.rows if row.outcome == outcome]

    def new_rows(self) -> list[ScopeRow]:
        return [row for row in self.rows if row.origin == NEW]

    def completed_rows(self) -> list[ScopeRow]:
        """Done during the period, in the order they were done."""
        done = [row for row in self.rows if row.outcome in (DONE_ON_TIME, DONE_LATE)]
        return sorted(done, key=lambda row: (row.since or self.cutoff, row.id))

    def days_overdue(self, row: ScopeRow) -> int | None:
        """Days past its due date at the cut-off, for an overdue follow-up."""
        if row.outcome != OVERDUE or row.due_date is None:
            return None
        return (self.cutoff - row.due_date).days


def build_report(
    tracker: Tracker, start: dt.date, cutoff: dt.date, lang: str | None = None, today: dt.date | None = None
) -> PeriodicReport:
    """Everything the report says, read in three queries (figures, follow-ups, changes)."""
    lang = lang or language()
    today = today or dt.date.today()
    statistics = tracker.statistics(start, cutoff, by="unit", lang=lang, today=today)
    rows = tuple(tracker.scope_rows(start, cutoff, lang=lang, today=today))
    changes = tracker.period_changes(start, cutoff, today=today)
    return PeriodicReport(start, cutoff, today, tracker.officer, lang, statistics, rows, changes)


# --------------------------------------------------------------------------------------------
# Words shared by the workbook and the PDF
# --------------------------------------------------------------------------------------------


def report_title() -> str:
    return translate("Report", "Report on the follow-ups of foreign-affairs work")


def period_line(report: PeriodicReport) -> str:
    return translate("Report", "Reporting period: from {start} to {cutoff}").format(
        start=format_date(report.start), cutoff=format_date(report.cutoff)
    )


def cutoff_line(report: PeriodicReport) -> str:
    return translate("Report", "Data cut-off date: {cutoff} (figures as the progress log stood on that day)").format(
        cutoff=format_date(report.cutoff)
    )


def made_line(report: PeriodicReport) -> str:
    """ "Made on 29 November 2026 by …" / "Lập ngày 29 tháng 11 năm 2026, người lập: …"."""
    return translate("Report", "Made on {date} by {officer}").format(date=long_date(report.made_on, report.lang), officer=report.officer)


def list_title(outcome: str) -> str:
    titles = {
        OVERDUE: lambda: translate("Report", "Overdue at the cut-off date"),
        DONE_LATE: lambda: translate("Report", "Done late during the period"),
        DONE_ON_TIME: lambda: translate("Report", "Done on time during the period"),
        DROPPED: lambda: translate("Report", "Dropped during the period"),
        OPEN_WITHIN_DEADLINE: lambda: translate("Report", "Open within the deadline at the cut-off date"),
    }
    return titles[outcome]()


def origin_label(origin: str) -> str:
    return figure_label(CARRIED_OVER) if origin == CARRIED_OVER else figure_label(NEW)


def default_file_name(start: dt.date, cutoff: dt.date, suffix: str) -> str:
    """ "Báo cáo định kỳ 2025-01-01 – 2025-12-31.xlsx": sorts by date, no characters file systems refuse."""
    base = translate("Report", "Periodic report {start} to {cutoff}").format(start=start.isoformat(), cutoff=cutoff.isoformat())
    return f"{base}{suffix}"


def running_header(report: PeriodicReport) -> tuple[str, str]:
    """Left and right text of the header printed on every page (plain text)."""
    left = translate("Report", "Periodic report {start} – {cutoff}").format(
        start=format_date(report.start), cutoff=format_date(report.cutoff)
    )
    right = translate("Report", "Data as of {cutoff}").format(cutoff=format_date(report.cutoff))
    return left, right


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


def _t(text: str) -> str:
    return esc(text)


def _titled(title: str, record_id: int) -> str:
    return f'{esc(title)} <span class="muted">(#{record_id})</span>'


def _listed(
    number: str,
    title: str,
    items: Sequence[Any],
    headers: list[str],
    widths: list[int],
    dates: tuple[int, ...],
    row: Callable[[int, Any], list[str]],
) -> str:
    """One list of section 4: its heading with the count, then its first PDF_LIST_LIMIT rows (the
    workbook holds the rest), or "None."."""
    heading = f"<h3>{number}. {_t(title)} ({esc(format_number(len(items)))})</h3>"
    if not items:
        return heading + _none()
    shown = items[:PDF_LIST_LIMIT]
    rows = [row(i, item) for i, item in enumerate(shown, 1)]
    return heading + _table([_t(h) for h in headers], rows, widths, dates=dates) + _more(len(items) - len(shown))


def _none() -> str:
    """An empty list's line. (Outside any f-string: pyside6-lupdate does not read inside them.)"""
    none = translate("Report", "None.")
    return f'<p class="none">{_t(none)}</p>'


def _num(value: float | None) -> str:
    return esc(format_number(value)) if value is not None else ""


def _table(
    headers: list[str],
    rows: list[list[str]],
    widths: list[int],
    numbers: tuple[int, ...] = (),
    total: list[str] | None = None,
    dates: tuple[int, ...] = (),
) -> str:
    """A table whose header row Qt repeats on every page it runs onto; number columns right-aligned,
    date columns never wrapped ("31/12/2024" split over two lines misreads easily)."""

    def cell(i: int, value: str, tag: str = "td") -> str:
        align = ' align="right"' if i in numbers else ""
        kind = ' class="date"' if i in dates else ""
        return f"<{tag}{align}{kind}>{value}</{tag}>"

    head = "".join(f'<th width="{widths[i]}%">{h}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell(i, v) for i, v in enumerate(row)) + "</tr>" for row in rows)
    if total is not None:
        body += '<tr class="total">' + "".join(cell(i, f"<b>{v}</b>") for i, v in enumerate(total)) + "</tr>"
    return f'<table width="100%" border="1" cellspacing="0" cellpadding="3"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _summary_section(report: PeriodicReport) -> str:
    total = report.by_unit.total
    rows = [[_t(figure_label("total")), _num(total.total)]]
    rows += [[_t(figure_label(name)), _num(total.value(name))] for name in FIGURES]
    rows.append([_t(figure_label("on_time_rate")), esc(format_rate(total.on_time_rate))])
    rule = translate("Report", "On-time rate = done on time / (done on time + done late + overdue).")
    scope = translate(
        "Report",
        "In scope: raised on or before the cut-off date, not deleted, and not done or dropped "
        "before the period began; carried over = raised before the period, new = raised "
        "during it.",
    )
    return (
        "<h2>1. "
        + _t(translate("Report", "Summary figures"))
        + "</h2>"
        + _table([_t(translate("Report", "Figure")), _t(translate("Report", "Follow-ups"))], rows, [70, 30], numbers=(1,))
        + f'<p class="muted">{_t(scope)} {_t(rule)}</p>'
    )


def _unit_section(report: PeriodicReport) -> str:
    headers = [_t(translate("Report", "Unit")), _t(figure_label("total"))]
    headers += [_t(figure_label(name)) for name in FIGURES] + [_t(figure_label("on_time_rate"))]

    def cells(name: str, figures) -> list[str]:
        return [esc(name), _num(figures.total)] + [_num(figures.value(n)) for n in FIGURES] + [esc(format_rate(figures.on_time_rate))]

    rows = [cells(group.name, group.figures) for group in report.by_unit.groups]
    widths = [19, 9, 9, 8, 9, 8, 9, 9, 10, 10]
    table = _table(headers, rows, widths, numbers=tuple(range(1, 10)), total=cells(translate("Report", "Total"), report.by_unit.total))
    if not rows:
        nothing = translate("Report", "No follow-up is in scope for this period.")  # (lupdate reads no f-string)
        table = f'<p class="none">{_t(nothing)}</p>'
    return "<h2>2. " + _t(translate("Report", "Figures by unit")) + "</h2>" + table


def _more(count: int) -> str:
    if count <= 0:
        return ""
    text = translate("Report", "… and {n} more: the complete list is in the Excel report.").format(n=format_number(count))
    return f'<p class="muted">{_t(text)}</p>'


def _list_rows(report: PeriodicReport, rows: list[ScopeRow], outcome: str) -> str:
    shown = rows[:PDF_LIST_LIMIT]
    lang = report.lang
    closed = outcome in (DONE_ON_TIME, DONE_LATE, DROPPED)
    headers = [
        _t(translate("Report", "No.")),
        _t(translate("Report", "Follow-up")),
        _t(translate("Report", "Partner")),
        _t(translate("Report", "Unit")),
        _t(translate("Report", "Due")),
        _t(translate("Report", "Done on") if outcome != DROPPED else translate("Report", "Dropped on"))
        if closed
        else _t(translate("Report", "Status")),
    ]
    body = []
    for number, row in enumerate(shown, 1):
        title = f'{esc(row.title)} <span class="muted">(#{row.id}, {esc(origin_label(row.origin).lower())})</span>'
        if closed:
            last = esc(format_date(row.since))
        else:
            last = esc(label(FollowUpStatus, row.status))
            days = report.days_overdue(row)
            if days:
                late = translate("Report", "{n} days overdue").format(n=days)
                last += f'<br><span class="overdue">{esc(late)}</span>'
        body.append(
            [str(number), title, esc(row.partner), esc(row.unit or ""), esc(format_due(row.due_date, row.due_precision, lang)), last]
        )
    return _table(headers, body, [6, 38, 17, 15, 11, 13], dates=(4, 5) if closed else (4,)) + _more(len(rows) - len(shown))


def _lists_section(report: PeriodicReport) -> str:
    out = ["<h2>3. " + _t(translate("Report", "The follow-ups behind the figures")) + "</h2>"]
    for number, outcome in enumerate(LIST_ORDER, 1):
        rows = report.outcome_rows(outcome)
        out.append(f"<h3>3.{number}. {_t(list_title(outcome))} ({esc(format_number(len(rows)))})</h3>")
        out.append(_list_rows(report, rows, outcome) if rows else _none())
    return "".join(out)


def _changes_section(report: PeriodicReport) -> str:
    lang = report.lang
    out = ["<h2>4. " + _t(translate("Report", "Changes during the period")) + "</h2>"]

    out.append(
        _listed(
            "4.1",
            translate("Report", "New follow-ups"),
            report.new_rows(),
            [
                translate("Report", "No."),
                translate("Report", "Follow-up"),
                translate("Report", "Partner"),
                translate("Report", "Unit"),
                translate("Report", "Raised on"),
                translate("Report", "Due"),
            ],
            [6, 36, 17, 15, 13, 13],
            (4, 5),
            lambda i, r: [
                str(i),
                _titled(r.title, r.id),
                esc(r.partner),
                esc(r.unit or ""),
                esc(format_date(r.raised_on)),
                esc(format_due(r.due_date, r.due_precision, lang)),
            ],
        )
    )
    out.append(
        _listed(
            "4.2",
            translate("Report", "Completed"),
            report.completed_rows(),
            [
                translate("Report", "No."),
                translate("Report", "Follow-up"),
                translate("Report", "Partner"),
                translate("Report", "Done on"),
                translate("Report", "Due"),
                translate("Report", "Timeliness"),
            ],
            [6, 38, 17, 13, 13, 13],
            (3, 4),
            lambda i, r: [
                str(i),
                _titled(r.title, r.id),
                esc(r.partner),
                esc(format_date(r.since)),
                esc(format_due(r.due_date, r.due_precision, lang)),
                esc(figure_label(r.outcome)),
            ],
        )
    )
    out.append(
        _listed(
            "4.3",
            translate("Report", "Status changes"),
            report.changes.status_changes,
            [
                translate("Report", "Date"),
                translate("Report", "Follow-up"),
                translate("Report", "Change"),
                translate("Report", "Note"),
                translate("Report", "Officer"),
            ],
            [12, 32, 20, 24, 12],
            (0,),
            lambda _i, c: [
                esc(format_date(c.date)),
                _titled(c.title, c.followup_id),
                esc(f"{label(FollowUpStatus, c.old_status)} → {label(FollowUpStatus, c.new_status)}"),
                esc(c.note or ""),
                esc(c.officer or ""),
            ],
        )
    )
    none = translate("Report", "none")
    out.append(
        _listed(
            "4.4",
            translate("Report", "Due dates moved"),
            report.changes.due_moves,
            [
                translate("Report", "Date"),
                translate("Report", "Follow-up"),
                translate("Report", "From"),
                translate("Report", "To"),
                translate("Report", "Officer"),
            ],
            [12, 42, 14, 14, 18],
            (0, 2, 3),
            lambda _i, m: [
                esc(format_date(m.at)),
                _titled(m.title, m.followup_id),
                esc(format_due(m.old_date, m.old_precision, lang) or none),
                esc(format_due(m.new_date, m.new_precision, lang) or none),
                esc(m.officer),
            ],
        )
    )
    return "".join(out)


def render_html(report: PeriodicReport, css: str | None = None) -> str:
    """The report as one HTML document; only labels and escaped text, never raw user markup."""
    css = stylesheet() if css is None else css
    header = [
        '<p class="kicker">' + _t(translate("Report", "PERIODIC REPORT")) + "</p>",
        f"<h1>{_t(report_title())}</h1>",
        f'<p class="subtitle"><b>{_t(period_line(report))}</b></p>',
        f'<p class="subtitle"><b>{_t(cutoff_line(report))}</b></p>',
        f'<p class="dateline">{_t(made_line(report))}</p><hr>',
    ]
    body = "".join(header) + _summary_section(report) + _unit_section(report) + _lists_section(report) + _changes_section(report)
    title = esc(running_header(report)[0])
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title><style>{css}</style></head><body>{body}</body></html>'
