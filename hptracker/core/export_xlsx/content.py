"""What the sheets say: the title block's words (the filters of the view) and the rows of each sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Any

from ..enums import FollowUpDirection, FollowUpStatus, Timeliness
from ..errors import NotFoundError
from ..i18n import language, translate
from ..labels import label
from ..sheets import followups_sheet
from ..since import changes_text
from ..text import format_date, format_due
from ..tracker import AgreementRow, FollowUpQuery, FollowUpRow, MeetingRow, PartnerRow, Tracker
from .layout import _FILLS, _STATUS_KEYS, _TIMELINESS_KEYS, CHANGED

# --------------------------------------------------------------------------------------------
# Words for the title block
# --------------------------------------------------------------------------------------------


def _labels(enum: type[StrEnum]) -> dict[str, str]:
    """Labels looked up once per export instead of once per cell."""
    return {member.value: label(enum, member.value) for member in enum}


def _partner_names(tracker: Tracker, ids: Iterable[int]) -> list[str]:
    names = []
    for partner_id in ids:
        try:
            names.append(tracker.get_partner(partner_id).name)
        except NotFoundError:
            names.append(f"#{partner_id}")
    return names


def describe_filters(tracker: Tracker, query: FollowUpQuery, lang: str | None = None) -> list[str]:
    """The filters of a follow-ups view in words, one item per filter, for the title block."""
    lang = lang or language()
    items: list[str] = []
    if query.partner_ids:
        items.append(translate("Export", "partner: {names}").format(names=", ".join(_partner_names(tracker, query.partner_ids))))
    if query.statuses:
        items.append(translate("Export", "status: {values}").format(values=", ".join(label(FollowUpStatus, s) for s in query.statuses)))
    if query.directions:
        items.append(
            translate("Export", "direction: {values}").format(values=", ".join(label(FollowUpDirection, d) for d in query.directions))
        )
    if query.unit_ids:
        units = {u.id: u.name for u in tracker.list_units(include_deleted=True)}
        items.append(
            translate("Export", "responsible unit: {values}").format(values=", ".join(units.get(i, f"#{i}") for i in query.unit_ids))
        )
    if query.category_ids:
        categories = {c.id: (c.name if lang == "vi" else c.name_en or c.name) for c in tracker.list_categories()}
        items.append(
            translate("Export", "category: {values}").format(values=", ".join(categories.get(i, f"#{i}") for i in query.category_ids))
        )
    if query.meeting_id is not None:
        try:
            meeting = tracker.get_meeting(query.meeting_id)
            text = f"{format_date(meeting.date)} {meeting.title}"
        except NotFoundError:
            text = f"#{query.meeting_id}"
        items.append(translate("Export", "raised at: {meeting}").format(meeting=text))
    if query.agreement_id is not None:
        try:
            text = tracker.get_agreement(query.agreement_id).title
        except NotFoundError:
            text = f"#{query.agreement_id}"
        items.append(translate("Export", "agreement: {agreement}").format(agreement=text))
    if query.due_from is not None:
        items.append(translate("Export", "due from {date}").format(date=format_date(query.due_from)))
    if query.due_to is not None:
        items.append(translate("Export", "due by {date}").format(date=format_date(query.due_to)))
    if query.overdue_only:
        items.append(translate("Export", "overdue only"))
    if query.awaiting_partner_only:
        items.append(translate("Export", "awaiting the partner only"))
    if query.text.strip():
        items.append(translate("Export", "search: “{text}”").format(text=query.text.strip()))
    if query.deleted:
        items.append(translate("Export", "deleted follow-ups"))
    return items


def _filters_line(items: list[str], others: bool = False) -> str:
    """The title block's filters line; ``others`` on a record sheet of a filtered export, whose
    records are those of the partners the filters selected."""
    text = "; ".join(items) if items else translate("Export", "none (all records)")
    line = translate("Export", "Filters: {filters}").format(filters=text)
    if others:
        line += " " + translate("Export", "(this sheet: the records of the partners of the follow-ups selected)")
    return line


def default_file_name(today: dt.date | None = None, kind: str = "status") -> str:
    """hptracker-status-2026-11-22.xlsx (hptracker-meetings-… for a list): sorts by date in a
    folder listing."""
    return f"hptracker-{kind}-{(today or dt.date.today()).isoformat()}.xlsx"


# --------------------------------------------------------------------------------------------
# Rows of each sheet
# --------------------------------------------------------------------------------------------


class _Followups:
    """Follow-up rows → cell values, with the label look-ups done once.

    ``fields`` gives each follow-up's fields of cooperation; ``changes``, when the export marks
    what changed since a day, each changed follow-up's kinds of change (core/since.py): the
    Changes column is then written at its place in :func:`~hptracker.core.sheets.followups_sheet`.
    """

    def __init__(self, lang: str, changes: Mapping[int, frozenset[str]] | None = None) -> None:
        self.lang = lang
        self.status = _labels(FollowUpStatus)
        self.timeliness = _labels(Timeliness)
        self.direction = _labels(FollowUpDirection)
        self.changes = changes
        self.sheet = followups_sheet(changes is not None)
        columns = [c.key for c in self.sheet.columns]
        self.width = len(columns)
        self.status_col = columns.index("status")
        self.timeliness_col = columns.index("timeliness")
        self.changes_col = columns.index("changes") if changes is not None else None
        self._words: dict[frozenset[str], str] = {}
        self._changed_rows: dict[tuple[str, str], dict[int, str]] = {}

    def values(self, number: int, r: FollowUpRow, fields: tuple[str, ...] = ()) -> list[Any]:
        en = self.lang != "vi"
        raised = f"{format_date(r.meeting_date)} — {r.meeting_title}" if r.meeting_id is not None else None
        values = [
            number,
            r.id,
            r.title,
            (r.partner_name_en or r.partner_name) if en else r.partner_name,
            self.direction.get(r.direction, r.direction),
            r.unit_name,
            format_due(r.due_date, r.due_precision, self.lang),
            self.status.get(r.status, r.status),
            self.timeliness.get(r.timeliness, r.timeliness),
            r.latest_note,
            (r.category_en or r.category) if en else r.category,
            "; ".join(fields) if fields else None,
            raised,
            r.agreement_title,
            r.officer,
            r.days_overdue,
            r.last_update,
            r.details,
        ]
        if self.changes_col is not None:
            values.insert(self.changes_col, self.change_words(r.id))
        return values

    def change_words(self, followup_id: int) -> str | None:
        kinds = self.changes.get(followup_id) if self.changes else None
        if not kinds:
            return None
        words = self._words.get(kinds)
        if words is None:
            words = self._words[kinds] = changes_text(kinds)
        return words

    def changed(self, r: FollowUpRow) -> bool:
        return bool(self.changes) and r.id in self.changes  # type: ignore[operator]

    def colours(self, r: FollowUpRow) -> dict[int, str]:
        colours = {self.status_col: _STATUS_KEYS.get(r.status, ""), self.timeliness_col: _TIMELINESS_KEYS.get(r.timeliness, "")}
        if self.changes_col is not None and self.changed(r):
            # The whole row stands out; status and timeliness keep their own colours, if any.
            # One dict per pair of colours, shared by the rows (the writer only reads it).
            key = (r.status, r.timeliness)
            row = self._changed_rows.get(key)
            if row is None:
                row = dict.fromkeys(range(self.width), CHANGED)
                row.update((k, v) for k, v in colours.items() if v in _FILLS)
                self._changed_rows[key] = row
            return row
        return colours


def _agreement_values(number: int, a: AgreementRow, labels: dict[str, dict[str, str]]) -> list[Any]:
    return [
        number,
        a.id,
        labels["form"].get(a.form, a.form),
        a.title,
        a.reference,
        "; ".join(a.party_names),
        a.signing_unit,
        a.signed_date,
        a.effective_date,
        a.expiry_date,
        labels["status"].get(a.effective_status, a.effective_status),
        "; ".join(a.fields),
    ]


def _meeting_values(number: int, m: MeetingRow, labels: dict[str, dict[str, str]]) -> list[Any]:
    head = m.partner_head
    if m.partner_head_romanised:
        head = f"{head} ({m.partner_head_romanised})" if head else m.partner_head_romanised
    return [
        number,
        m.id,
        m.date,
        m.title,
        "; ".join(m.partner_names),
        labels["direction"].get(m.direction, m.direction),
        labels["format"].get(m.format, m.format),
        m.host_unit,
        m.our_lead,
        m.followups,
        m.place,
        head,
    ]


def _partner_values(number: int, p: PartnerRow, labels: dict[str, dict[str, str]]) -> list[Any]:
    return [
        number,
        p.id,
        p.name,
        p.name_en,
        p.name_native,
        labels["kind"].get(p.kind, p.kind),
        labels["level"].get(p.level, p.level) if p.level else None,
        p.country,
        p.parent_name,
        p.relationship_level,
        p.relationship_since,
        p.open_followups,
        "; ".join(p.aliases),
    ]


def _unique(rows: Iterable[Any]) -> Iterator[Any]:
    """Each record once (a meeting with two filtered partners, a row shifted between two pages)."""
    seen: set[int] = set()
    for row in rows:
        if row.id not in seen:
            seen.add(row.id)
            yield row


PAGE_SIZE = 2000


def _pages(fetch: Callable[..., list[Any]], **kwargs: Any) -> Iterator[Any]:
    """All rows of a Tracker list method, read a page at a time in its own stable order."""
    offset = 0
    while True:
        rows = fetch(offset=offset, limit=PAGE_SIZE, **kwargs)
        yield from rows
        if len(rows) < PAGE_SIZE:
            return
        offset += PAGE_SIZE
