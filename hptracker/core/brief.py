"""The meeting brief of SPEC §4: its content as plain data, and that data as escaped HTML.

The content is gathered here, without Qt, so the window, the CLI and the tests share one version
of what a brief says; :mod:`hptracker.ui.printing` only lays the HTML out on A4 pages. Every string
an officer or an import typed goes through :func:`esc` before it meets HTML: Qt's rich text would
otherwise read ``<img src=file:///…>`` in a title as an image to load and ``a < b & c`` as markup.

Joint commitments are neither "our requests to them" nor "their requests to us": both sides owe
them, so they get a third group of their own in section 5 rather than being hidden in one side.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .enums import (
    OPEN_STATUSES,
    AgreementForm,
    AgreementStatus,
    FollowUpDirection,
    FollowUpStatus,
    GovLevel,
    MeetingDirection,
    MeetingFormat,
    PartnerKind,
    Timeliness,
)
from .errors import NotFoundError, ValidationError
from .i18n import language, translate
from .labels import label
from .paths import resource
from .rules import EXPIRY_WARNING_MONTHS, add_months, agreement_effective_status
from .text import format_date, format_number
from .tracker import FollowUpQuery, FollowUpRow, Tracker

COMPLETED_MONTHS = 12
# Talking points repeat section 5 in short; past this many per kind they point back to it.
MAX_POINTS_PER_KIND = 10

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


# --------------------------------------------------------------------------------------------
# The content
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingDetails:
    """Section 1: the meeting the brief prepares (or, with none planned, the latest one)."""

    id: int
    date: dt.date
    time: dt.time | None
    title: str
    place: str | None
    direction: str
    format: str
    planned: bool  # today or later
    host_unit: str | None
    our_lead: str | None
    partner_names: tuple[str, ...]
    partner_head: str | None
    partner_head_romanised: str | None
    attendees: str | None


@dataclass(frozen=True)
class ContactLine:
    name: str
    position: str | None
    organisation: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class PartnerProfile:
    """Section 2."""

    id: int
    name: str
    name_en: str | None
    name_native: str | None
    aliases: tuple[str, ...]
    kind: str
    level: str | None
    country: str | None
    parents: tuple[str, ...]  # nearest first: Shaoxing, Zhejiang, China
    relationship_level: str | None
    relationship_since: int | None
    notes: str | None
    contacts: tuple[ContactLine, ...]
    head_of_delegation: str | None
    head_of_delegation_romanised: str | None


@dataclass(frozen=True)
class HistoryEntry:
    """Section 3: one past meeting."""

    id: int
    date: dt.date
    title: str
    place: str | None
    format: str
    our_lead: str | None
    partner_head: str | None
    summary: str | None


@dataclass(frozen=True)
class AgreementEntry:
    """Section 4. ``warning`` is "expired", "expiring" (within six months) or None."""

    id: int
    form: str
    title: str
    reference: str | None
    signed_date: dt.date | None
    effective_date: dt.date | None
    expiry_date: dt.date | None
    status: str  # effective status: past its expiry date shows as expired
    warning: str | None
    days_to_expiry: int | None


@dataclass(frozen=True)
class FollowUpEntry:
    """Sections 5 and 6: one follow-up as the brief shows it."""

    id: int
    title: str
    direction: str
    due_text: str
    due_date: dt.date | None
    status: str
    timeliness: str
    days_overdue: int | None
    latest_note: str | None
    last_update: dt.date | None
    completed_on: dt.date | None

    @property
    def overdue(self) -> bool:
        return self.timeliness == Timeliness.OVERDUE


@dataclass(frozen=True)
class FactEntry:
    """Section 7."""

    indicator: str
    value: str
    scope: str | None
    as_of: dt.date | None
    source: str | None


@dataclass(frozen=True)
class TalkingPoint:
    """Section 8: ``kind`` is "overdue", "awaiting" or "expiring"; ``more`` counts items left out."""

    kind: str
    title: str
    date: dt.date | None = None
    days: int | None = None
    due_text: str = ""
    more: int = 0


@dataclass(frozen=True)
class Brief:
    partner: PartnerProfile
    meeting: MeetingDetails | None
    history: tuple[HistoryEntry, ...]
    agreements: tuple[AgreementEntry, ...]
    ours: tuple[FollowUpEntry, ...]
    theirs: tuple[FollowUpEntry, ...]
    joint: tuple[FollowUpEntry, ...]
    completed: tuple[FollowUpEntry, ...]
    facts: tuple[FactEntry, ...]
    talking_points: tuple[TalkingPoint, ...]
    notes: str
    today: dt.date
    lang: str
    officer: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def long_date(date: dt.date, lang: str = "vi") -> str:
    """The date of a document's header line: "ngày 05 tháng 02 năm 2025" / "5 February 2025"."""
    if lang == "vi":
        return f"ngày {date.day:02d} tháng {date.month:02d} năm {date.year}"
    return f"{date.day} {ENGLISH_MONTHS[date.month - 1]} {date.year}"


# --------------------------------------------------------------------------------------------
# Gathering
# --------------------------------------------------------------------------------------------


def _entry(row: FollowUpRow, lang: str) -> FollowUpEntry:
    return FollowUpEntry(
        row.id,
        row.title,
        row.direction,
        row.due_text(lang),
        row.due_date,
        row.status,
        row.timeliness,
        row.days_overdue,
        row.latest_note,
        row.last_update,
        row.completed_on,
    )


def _meeting_details(meeting, today: dt.date) -> MeetingDetails:
    return MeetingDetails(
        meeting.id,
        meeting.date,
        meeting.time,
        meeting.title,
        meeting.place,
        meeting.direction,
        meeting.format,
        meeting.date >= today,
        meeting.host_unit.name if meeting.host_unit else None,
        meeting.our_lead,
        tuple(p.name for p in meeting.partners),
        meeting.partner_head,
        meeting.partner_head_romanised,
        meeting.attendees,
    )


def _fact_value(fact, lang: str) -> str:
    if fact.value_text:
        return fact.value_text
    if fact.value is None:
        return ""
    number = format_number(fact.value, lang)
    return f"{number} {fact.unit}" if fact.unit else number


def build_brief(
    tracker: Tracker,
    partner_id: int,
    meeting_id: int | None = None,
    notes: str | None = None,
    today: dt.date | None = None,
    lang: str | None = None,
) -> Brief:
    """Everything a brief on one partner says, read through the Tracker.

    Section 1 is ``meeting_id`` when given (it must involve the partner), otherwise the partner's
    next meeting (today or later), otherwise its latest one. The history lists the other meetings
    up to today, newest first.
    """
    today = today or dt.date.today()
    lang = lang or language()
    partner = tracker.get_partner(partner_id, include_deleted=False)

    meetings = tracker.list_meetings(partner_id=partner_id)  # newest first
    meeting = None
    if meeting_id is not None:
        meeting = tracker.get_meeting(meeting_id)
        if meeting.deleted_at is not None:
            raise NotFoundError(translate("Brief", "Meeting #{id} has been deleted.").format(id=meeting_id))
        if partner_id not in {p.id for p in meeting.partners}:
            raise ValidationError(
                "meeting_id", translate("Brief", "Meeting #{id} does not involve {partner}.").format(id=meeting_id, partner=partner.name)
            )
    elif meetings:
        upcoming = [m for m in meetings if m.date >= today]
        chosen = upcoming[-1] if upcoming else meetings[0]  # the nearest planned one, else the latest
        meeting = tracker.get_meeting(chosen.id)
    details = _meeting_details(meeting, today) if meeting is not None else None

    history = tuple(
        HistoryEntry(m.id, m.date, m.title, m.place, m.format, m.our_lead, m.partner_head or m.partner_head_romanised, None)
        for m in meetings
        if m.date <= today and (details is None or m.id != details.id)
    )
    if history:
        summaries = tracker.meeting_summaries([h.id for h in history])
        history = tuple(
            HistoryEntry(h.id, h.date, h.title, h.place, h.format, h.our_lead, h.partner_head, summaries.get(h.id)) for h in history
        )

    chain = tracker.partner_chain(partner_id)
    profile = PartnerProfile(
        partner.id,
        partner.name,
        partner.name_en,
        partner.name_native,
        tuple(a.alias for a in partner.aliases),
        partner.kind,
        partner.level,
        partner.country,
        tuple(p.name for p in chain[1:]),
        partner.relationship_level,
        partner.relationship_since,
        partner.notes,
        tuple(ContactLine(c.name, c.position, c.organisation, c.phone, c.email) for c in partner.contacts),
        details.partner_head if details else None,
        details.partner_head_romanised if details else None,
    )

    horizon = add_months(today, EXPIRY_WARNING_MONTHS)
    agreements = []
    for row in tracker.list_agreements(partner_id=partner_id, today=today):
        status = agreement_effective_status(row.status, row.expiry_date, today)
        warning = None
        days = None
        if row.expiry_date is not None and row.status not in (AgreementStatus.TERMINATED, AgreementStatus.EXPIRED):
            days = (row.expiry_date - today).days
            if status == AgreementStatus.EXPIRED:
                warning = "expired"
            elif row.expiry_date <= horizon:
                warning = "expiring"
        agreements.append(
            AgreementEntry(
                row.id, row.form, row.title, row.reference, row.signed_date, row.effective_date, row.expiry_date, status, warning, days
            )
        )

    open_rows = tracker.query_followups(FollowUpQuery(partner_ids=(partner_id,), statuses=OPEN_STATUSES, today=today))
    open_entries = [_entry(row, lang) for row in open_rows]  # overdue first, then by due date
    ours = tuple(e for e in open_entries if e.direction == FollowUpDirection.OURS)
    theirs = tuple(e for e in open_entries if e.direction == FollowUpDirection.THEIRS)
    joint = tuple(e for e in open_entries if e.direction == FollowUpDirection.JOINT)

    since = add_months(today, -COMPLETED_MONTHS)
    done_rows = tracker.query_followups(FollowUpQuery(partner_ids=(partner_id,), statuses=(FollowUpStatus.DONE.value,), today=today))
    completed = tuple(
        sorted(
            (_entry(row, lang) for row in done_rows if row.completed_on is not None and row.completed_on >= since),
            key=lambda e: (e.completed_on, e.id),
            reverse=True,
        )
    )

    facts = tuple(
        FactEntry(f.indicator, _fact_value(f, lang), f.scope, f.as_of, f.source)
        for f in tracker.list_facts(partner_id=partner_id, country=partner.country, include_city=True)
    )

    points: list[TalkingPoint] = []
    overdue = [e for e in open_entries if e.overdue]
    points += _capped("overdue", [TalkingPoint("overdue", e.title, e.due_date, e.days_overdue, e.due_text) for e in overdue])
    awaiting = [e for e in open_entries if e.status == FollowUpStatus.AWAITING_PARTNER]
    points += _capped("awaiting", [TalkingPoint("awaiting", e.title, e.last_update, None, e.due_text) for e in awaiting])
    expiring = [a for a in agreements if a.warning == "expiring"]
    expiring.sort(key=lambda a: a.expiry_date or today)
    points += _capped("expiring", [TalkingPoint("expiring", a.title, a.expiry_date, a.days_to_expiry) for a in expiring])

    return Brief(
        profile,
        details,
        history,
        tuple(agreements),
        ours,
        theirs,
        joint,
        completed,
        facts,
        tuple(points),
        (notes or "").strip(),
        today,
        lang,
        tracker.officer,
    )


def _capped(kind: str, points: list[TalkingPoint]) -> list[TalkingPoint]:
    if len(points) <= MAX_POINTS_PER_KIND:
        return points
    return points[:MAX_POINTS_PER_KIND] + [TalkingPoint(kind, "", more=len(points) - MAX_POINTS_PER_KIND)]


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


def esc(text: object) -> str:
    """User text as literal HTML text: markup characters escaped, line breaks kept as <br>."""
    if text is None:
        return ""
    value = html.escape(str(text), quote=True)
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def stylesheet() -> str:
    try:
        return resource("brief.css").read_text(encoding="utf-8")
    except OSError:  # a broken install still prints a plain brief
        return ""


def _t(text: str) -> str:
    """A translated label, escaped too: a translation is text, not markup."""
    return esc(text)


def _table(headers: list[str], rows: list[list[str]], widths: list[int], dates: tuple[int, ...] = ()) -> str:
    """A table whose header row Qt repeats on every page it runs onto (<thead> → headerRowCount).

    Columns listed in ``dates`` never wrap: "31/12/2024" split over two lines misreads easily.
    """
    cols = "".join(f'<th width="{widths[i]}%">{h}</th>' for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f'<td class="date">{cell}</td>' if i in dates else f"<td>{cell}</td>" for i, cell in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table width="100%" border="1" cellspacing="0" cellpadding="3"><thead><tr>{cols}</tr></thead><tbody>{body}</tbody></table>'


def _fields(pairs: list[tuple[str, str]]) -> str:
    """Label/value lines as a borderless two-column table; empty values are left out."""
    rows = "".join(f'<tr><td class="label" width="28%">{name}</td><td>{value}</td></tr>' for name, value in pairs if value)
    return f'<table class="fields" width="100%" cellspacing="0" cellpadding="2">{rows}</table>' if rows else ""


def _none(text: str) -> str:
    return f'<p class="none">{_t(text)}</p>'


def _joined(*parts: str | None, sep: str = ", ") -> str:
    return esc(sep.join(p for p in parts if p))


def _section(number: int, title: str) -> str:
    return f"<h2>{number}. {_t(title)}</h2>"


def _table_section(
    number: int,
    title: str,
    items: Sequence[Any],
    empty: str,
    headers: list[str],
    widths: list[int],
    cells: Callable[[int, Any], list[str]],
    dates: tuple[int, ...] = (),
) -> str:
    """A section of the brief that is one table (``cells(n, item)`` a row, n from 1), or one line
    (``empty``) when it has no rows."""
    if not items:
        return _section(number, title) + _none(empty)
    rows = [cells(i, item) for i, item in enumerate(items, 1)]
    return _section(number, title) + _table([_t(h) for h in headers], rows, widths, dates=dates)


def _when(meeting: MeetingDetails) -> str:
    text = format_date(meeting.date)
    if meeting.time is not None:
        text = f"{meeting.time:%H:%M}, {text}"
    return esc(text)


def _meeting_section(brief: Brief) -> str:
    out = [_section(1, translate("Brief", "Meeting details"))]
    m = brief.meeting
    if m is None:
        out.append(_none(translate("Brief", "No meeting with this partner is recorded.")))
        return "".join(out)
    if not m.planned:
        out.append(_none(translate("Brief", "No meeting is planned; these are the details of the latest one.")))
    head = _joined(m.partner_head, m.partner_head_romanised, sep=" — ")
    out.append(
        _fields(
            [
                (_t(translate("Brief", "Meeting")), esc(m.title)),
                (_t(translate("Brief", "Time")), _when(m)),
                (_t(translate("Brief", "Place")), esc(m.place)),
                (_t(translate("Brief", "Format")), _joined(label(MeetingFormat, m.format), label(MeetingDirection, m.direction))),
                (_t(translate("Brief", "Our delegation")), _joined(m.our_lead, m.host_unit, sep="; ")),
                (
                    _t(translate("Brief", "Partner delegation")),
                    esc("; ".join(m.partner_names)) + ("<br>" + _t(translate("Brief", "Head")) + f": {head}" if head else ""),
                ),
                (_t(translate("Brief", "Attendees")), esc(m.attendees)),
            ]
        )
    )
    return "".join(out)


def _partner_section(brief: Brief) -> str:
    p = brief.partner
    out = [_section(2, translate("Brief", "Partner profile"))]
    kind = label(PartnerKind, p.kind)
    if p.level:
        kind = f"{kind}, {label(GovLevel, p.level)}"
    relation = p.relationship_level or ""
    if p.relationship_since:
        since = translate("Brief", "since {year}").format(year=p.relationship_since)
        relation = f"{relation} ({since})" if relation else since
    contacts = "<br>".join(_joined(c.name, c.position, c.organisation, c.phone, c.email) for c in p.contacts)
    out.append(
        _fields(
            [
                (_t(translate("Brief", "Vietnamese name")), esc(p.name)),
                (_t(translate("Brief", "English name")), esc(p.name_en)),
                (_t(translate("Brief", "Native name")), esc(p.name_native)),
                (_t(translate("Brief", "Also known as")), esc("; ".join(p.aliases))),
                (_t(translate("Brief", "Kind")), esc(kind)),
                (_t(translate("Brief", "Country")), esc(p.country)),
                (_t(translate("Brief", "Part of")), esc(" → ".join(p.parents))),
                (_t(translate("Brief", "Relationship")), esc(relation)),
                (
                    _t(translate("Brief", "Head of delegation")),
                    _joined(p.head_of_delegation, p.head_of_delegation_romanised, sep=" — ") or _t(translate("Brief", "not recorded")),
                ),
                (_t(translate("Brief", "Contacts")), contacts),
                (_t(translate("Brief", "Notes")), esc(p.notes)),
            ]
        )
    )
    return "".join(out)


def _history_section(brief: Brief) -> str:
    return _table_section(
        3,
        translate("Brief", "History of relations"),
        brief.history,
        translate("Brief", "No earlier meetings are recorded."),
        [translate("Brief", "Date"), translate("Brief", "Meeting"), translate("Brief", "Leads"), translate("Brief", "Summary")],
        [14, 30, 22, 34],
        lambda _i, h: [
            esc(format_date(h.date)),
            f"<b>{esc(h.title)}</b><br>{_joined(label(MeetingFormat, h.format), h.place)}",
            "<br>".join(esc(x) for x in (h.our_lead, h.partner_head) if x),
            esc(h.summary),
        ],
        dates=(0,),
    )


def _agreement_warning(a: AgreementEntry) -> str:
    if a.warning == "expired":
        text = translate("Brief", "Expired on {date}").format(date=format_date(a.expiry_date))
        return f'<br><span class="warning">{esc(text)}</span>'
    if a.warning == "expiring":
        text = translate("Brief", "Expires on {date} (in {days} days)").format(date=format_date(a.expiry_date), days=a.days_to_expiry)
        return f'<br><span class="warning">{esc(text)}</span>'
    return ""


def _agreement_cells(a: AgreementEntry) -> list[str]:
    title = f"<b>{esc(a.title)}</b>"
    if a.reference:
        title += "<br>" + _t(translate("Brief", "No.")) + f" {esc(a.reference)}"
    dates = "<br>".join(
        f"{_t(name)}: {esc(format_date(value))}"
        for name, value in (
            (translate("Brief", "signed"), a.signed_date),
            (translate("Brief", "effective"), a.effective_date),
            (translate("Brief", "expires"), a.expiry_date),
        )
        if value
    )
    return [esc(label(AgreementForm, a.form)), title, dates, esc(label(AgreementStatus, a.status)) + _agreement_warning(a)]


def _agreements_section(brief: Brief) -> str:
    return _table_section(
        4,
        translate("Brief", "Agreements"),
        brief.agreements,
        translate("Brief", "No agreements are recorded."),
        [translate("Brief", "Form"), translate("Brief", "Title"), translate("Brief", "Dates"), translate("Brief", "Status")],
        [18, 42, 20, 20],
        lambda _i, a: _agreement_cells(a),
    )


def _status_cell(e: FollowUpEntry) -> str:
    text = esc(label(FollowUpStatus, e.status))
    if e.overdue:
        late = translate("Brief", "Overdue by {days} days").format(days=e.days_overdue)
        text += f'<br><span class="overdue">{esc(late)}</span>'
    return text


def _note_cell(e: FollowUpEntry) -> str:
    if not e.latest_note:
        return ""
    return f'<span class="muted">{esc(format_date(e.last_update))}</span> {esc(e.latest_note)}'


def _followup_table(entries: tuple[FollowUpEntry, ...]) -> str:
    rows = [
        [
            str(i),
            f'<span class="overdue">{esc(e.title)}</span>' if e.overdue else esc(e.title),
            esc(e.due_text),
            _status_cell(e),
            _note_cell(e),
        ]
        for i, e in enumerate(entries, 1)
    ]
    return _table(
        [
            _t(translate("Brief", "No.")),
            _t(translate("Brief", "Follow-up")),
            _t(translate("Brief", "Due")),
            _t(translate("Brief", "Status")),
            _t(translate("Brief", "Latest note")),
        ],
        rows,
        [6, 38, 14, 16, 26],
        dates=(2,),
    )


def _followups_section(brief: Brief) -> str:
    out = [_section(5, translate("Brief", "Outstanding follow-ups"))]
    groups = (
        ("5.1", translate("Brief", "Our requests to them"), brief.ours),
        ("5.2", translate("Brief", "Their requests to us"), brief.theirs),
        ("5.3", translate("Brief", "Joint commitments"), brief.joint),
    )
    for number, title, entries in groups:
        out.append(f"<h3>{number}. {_t(title)} ({len(entries)})</h3>")
        out.append(_followup_table(entries) if entries else _none(translate("Brief", "Nothing outstanding.")))
    return "".join(out)


def _completed_section(brief: Brief) -> str:
    return _table_section(
        6,
        translate("Brief", "Completed in the last 12 months"),
        brief.completed,
        translate("Brief", "Nothing was completed in the last 12 months."),
        [
            translate("Brief", "No."),
            translate("Brief", "Follow-up"),
            translate("Brief", "Direction"),
            translate("Brief", "Completed on"),
            translate("Brief", "Timeliness"),
        ],
        [6, 42, 20, 16, 16],
        lambda i, e: [
            str(i),
            esc(e.title),
            esc(label(FollowUpDirection, e.direction)),
            esc(format_date(e.completed_on)),
            esc(label(Timeliness, e.timeliness)),
        ],
        dates=(3,),
    )


def _facts_section(brief: Brief) -> str:
    return _table_section(
        7,
        translate("Brief", "Facts and figures"),
        brief.facts,
        translate("Brief", "No facts are recorded."),
        [
            translate("Brief", "Indicator"),
            translate("Brief", "Value"),
            translate("Brief", "Scope"),
            translate("Brief", "As of"),
            translate("Brief", "Source"),
        ],
        [28, 16, 18, 14, 24],
        lambda _i, f: [esc(f.indicator), esc(f.value), esc(f.scope), esc(format_date(f.as_of)), esc(f.source)],
        dates=(3,),
    )


def _point_text(point: TalkingPoint) -> str:
    if point.more:
        return translate("Brief", "… and {n} more (see the tables above).").format(n=point.more)
    if point.kind == "overdue":
        return translate("Brief", "Overdue: {title} (due {due}, {days} days late)").format(
            title=point.title, due=point.due_text, days=point.days
        )
    if point.kind == "awaiting":
        if point.date is not None:
            return translate("Brief", "Awaiting the partner: {title} (since {date})").format(
                title=point.title, date=format_date(point.date)
            )
        return translate("Brief", "Awaiting the partner: {title}").format(title=point.title)
    return translate("Brief", "Agreement expiring: {title} (on {date}, in {days} days)").format(
        title=point.title, date=format_date(point.date), days=point.days
    )


def _points_section(brief: Brief) -> str:
    out = [_section(8, translate("Brief", "Suggested talking points"))]
    if brief.talking_points:
        items = "".join(f"<li>{esc(_point_text(p))}</li>" for p in brief.talking_points)
        out.append(f"<ul>{items}</ul>")
    else:
        out.append(_none(translate("Brief", "Nothing overdue, awaiting the partner or expiring soon.")))
    out.append("<h3>" + _t(translate("Brief", "Officer notes")) + "</h3>")
    out.append(f'<p class="notes">{esc(brief.notes)}</p>' if brief.notes else _none(translate("Brief", "No notes.")))
    return "".join(out)


def render_html(brief: Brief, css: str | None = None) -> str:
    """The brief as one HTML document; only labels and escaped text, never raw user markup."""
    p = brief.partner
    css = stylesheet() if css is None else css
    other_names = " · ".join(n for n in (p.name_en, p.name_native) if n)
    header = ['<p class="kicker">' + _t(translate("Brief", "MEETING BRIEF")) + "</p>", f"<h1>{esc(p.name)}</h1>"]
    if other_names:
        header.append(f'<p class="subtitle">{esc(other_names)}</p>')
    if brief.meeting is not None:
        planned = translate("Brief", "For: {title}, {date}").format(
            title=brief.meeting.title, date=long_date(brief.meeting.date, brief.lang)
        )
        header.append(f'<p class="subtitle">{esc(planned)}</p>')
    prepared = translate("Brief", "Prepared on {date} by {officer}").format(date=long_date(brief.today, brief.lang), officer=brief.officer)
    header.append(f'<p class="dateline">{esc(prepared)}</p><hr>')
    body = "".join(header) + "".join(
        section(brief)
        for section in (
            _meeting_section,
            _partner_section,
            _history_section,
            _agreements_section,
            _followups_section,
            _completed_section,
            _facts_section,
            _points_section,
        )
    )
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(p.name)}</title>'
        f"<style>{css}</style></head><body>{body}</body></html>"
    )


def section_titles() -> list[str]:
    """The eight section headings as printed (tests and the table of contents look them up)."""
    return [
        translate("Brief", "Meeting details"),
        translate("Brief", "Partner profile"),
        translate("Brief", "History of relations"),
        translate("Brief", "Agreements"),
        translate("Brief", "Outstanding follow-ups"),
        translate("Brief", "Completed in the last 12 months"),
        translate("Brief", "Facts and figures"),
        translate("Brief", "Suggested talking points"),
    ]


def running_header(brief: Brief) -> tuple[str, str]:
    """Left and right text of the header printed on every page (plain text, not HTML)."""
    return brief.partner.name, translate("Brief", "Meeting brief") + " · " + format_date(brief.today)


__all__ = [
    "Brief",
    "MeetingDetails",
    "PartnerProfile",
    "ContactLine",
    "HistoryEntry",
    "AgreementEntry",
    "FollowUpEntry",
    "FactEntry",
    "TalkingPoint",
    "build_brief",
    "render_html",
    "long_date",
    "add_months",
    "esc",
    "stylesheet",
    "section_titles",
    "running_header",
]
