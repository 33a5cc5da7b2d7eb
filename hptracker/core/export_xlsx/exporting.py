"""The export: every sheet of the status workbook written in one pass over the Tracker's data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..enums import AgreementForm, AgreementStatus, GovLevel, MeetingDirection, MeetingFormat, PartnerKind
from ..files import atomic_path, write_error
from ..i18n import language, translate
from ..sheets import AGREEMENTS, FOLLOWUPS, LONG_TEXTS, MEETINGS, PARTNERS, SUMMARY, Sheet
from ..text import format_date, sort_key
from ..tracker import AgreementRow, FollowUpQuery, FollowUpRow, MeetingRow, PartnerRow, Tracker
from .content import (
    _agreement_values,
    _filters_line,
    _Followups,
    _labels,
    _meeting_values,
    _pages,
    _partner_values,
    _unique,
    describe_filters,
)
from .layout import _AGREEMENT_STATUS_COL, _FILLS, HEADER_ROW, ExportReport, Progress
from .writing import _Book, _discard, _Progress, _save, _SheetWriter, _workbook_is_complete

# --------------------------------------------------------------------------------------------
# The export
# --------------------------------------------------------------------------------------------

# Follow-ups whose fields of cooperation are read in one query (as iter_followups reads its rows).
FIELDS_BATCH = 2000
# Up to this many partners, a filtered export reads each one's meetings and agreements (an index
# seek each); more, and one pass over each list keeps theirs.
_FEW_PARTNERS = 50


def _record_labels() -> dict[str, dict[str, str]]:
    """The labels of the partners', meetings' and agreements' enumerated fields, in the language
    installed now."""
    return {
        "form": _labels(AgreementForm),
        "status": _labels(AgreementStatus),
        "direction": _labels(MeetingDirection),
        "format": _labels(MeetingFormat),
        "kind": _labels(PartnerKind),
        "level": _labels(GovLevel),
    }


def export_workbook(
    tracker: Tracker,
    path: str | Path,
    query: FollowUpQuery | None = None,
    *,
    lang: str | None = None,
    officer: str | None = None,
    progress: Progress | None = None,
    changes_since: dt.date | None = None,
) -> ExportReport:
    """Write the status workbook of the follow-ups ``query`` selects (the view's filters and sort).

    When the view has a filter, the Agreements, Meetings and Partners sheets hold the records of
    the partners it selects: those it names, and those of the follow-ups exported (a report on
    one province carries no other partner's meetings); the title block of each sheet says which
    filters apply. With ``changes_since``, the Follow-ups sheet marks what changed since that day
    (core/since.py): a Changes column and the row highlighted. ``lang`` chooses sheet names and
    headers; labels and title-block words come from the translator in force (the app and the CLI
    install the one for the same language). ``progress(done, total)`` is called every few hundred
    rows and may return False to cancel (:class:`ExportCancelled`). Raises
    :class:`~hptracker.core.files.FileWriteError` when the target cannot be written.
    """
    path = Path(path)
    query = query or FollowUpQuery()
    lang = lang or language()
    as_of = query.today or dt.date.today()
    query = dataclasses.replace(query, today=as_of)  # one "today" for every sheet
    officer = officer or tracker.officer

    labels = _record_labels()
    changes = tracker.changes_since(changes_since, today=as_of) if changes_since is not None else None
    filters = describe_filters(tracker, query, lang)
    # With a filter, the partners it selects (those named, then those of the follow-ups exported,
    # gathered while the Follow-ups sheet is written); without one, every record.
    partner_ids: dict[int, None] | None = dict.fromkeys(query.partner_ids) if filters else None
    scope: dict[str, set[int]] = {}

    def in_scope() -> None:
        """The meetings and agreements of the partners selected, once the follow-ups are known."""
        if partner_ids is not None and len(partner_ids) > _FEW_PARTNERS:
            scope["meetings"], scope["agreements"] = tracker.records_of_partners(list(partner_ids))

    # The three record lists are read page by page just before their sheet: a list of 33,000
    # meetings read at once would take 150 MB on its own. A few partners: each one's pages (an
    # index seek each); many: one pass over the list, keeping theirs.
    def agreements() -> Iterator[AgreementRow]:
        if partner_ids is None:
            return _unique(_pages(tracker.list_agreements, today=as_of))
        if "agreements" in scope:
            keep = scope["agreements"]
            return (a for a in _unique(_pages(tracker.list_agreements, today=as_of)) if a.id in keep)
        return _unique(a for pid in partner_ids for a in _pages(tracker.list_agreements, partner_id=pid, today=as_of))

    def meetings() -> Iterator[MeetingRow]:
        if partner_ids is None:
            return _unique(_pages(tracker.list_meetings))
        if "meetings" in scope:
            keep = scope["meetings"]
            return (m for m in _unique(_pages(tracker.list_meetings)) if m.id in keep)
        return _unique(m for pid in partner_ids for m in _pages(tracker.list_meetings, partner_id=pid))

    def partners() -> Iterator[PartnerRow]:
        rows = _unique(_pages(tracker.list_partners))
        return (p for p in rows if p.id in partner_ids) if partner_ids is not None else rows

    def others() -> int:
        if partner_ids is None:
            return tracker.count_agreements() + tracker.count_meetings() + tracker.count_partners()
        if scope:
            return len(scope["agreements"]) + len(scope["meetings"]) + len(partner_ids)
        return sum(tracker.count_agreements(partner_id=p) + tracker.count_meetings(partner_id=p) for p in partner_ids) + len(partner_ids)

    followup_count = tracker.count_followups(query)
    # Until the follow-ups are written, the partners of a filtered view are not known: the
    # progress bar counts the follow-ups, then grows by the other sheets' records.
    ticker = _Progress(progress, followup_count + (others() if partner_ids is None else 0))
    ticker.report()

    partner_filter = filters[:1] if query.partner_ids else []  # a partner filter alone needs no note
    as_of_line = translate("Export", "As of {date}").format(date=format_date(as_of))
    if changes_since is not None:
        as_of_line += translate("Export", "; changes since {date} are marked in the Follow-ups sheet").format(
            date=format_date(changes_since)
        )

    def title_lines(sheet: Sheet, items: list[str], others: bool) -> list[str]:
        return [
            translate("Export", "Follow-up status report — {sheet}").format(sheet=sheet.title(lang)),
            as_of_line,
            translate("Export", "Officer: {name}").format(name=officer),
            _filters_line(items, others),
        ]

    report = ExportReport(path=path, lang=lang)
    try:
        with atomic_path(path, suffix=".xlsx", verify=_workbook_is_complete) as tmp:
            book = _Book(lang)
            try:
                # Sheets are created in tab order; each is written whenever its data is ready.
                rows = _Followups(lang, changes)
                summary = _SheetWriter(book, SUMMARY)
                followups = _SheetWriter(book, rows.sheet)
                agreement_sheet = _SheetWriter(book, AGREEMENTS)
                meeting_sheet = _SheetWriter(book, MEETINGS)
                partner_sheet = _SheetWriter(book, PARTNERS)

                counts = _write_followups(followups, tracker, query, title_lines(FOLLOWUPS, filters, False), ticker, rows)
                _write_summary(summary, counts, title_lines(SUMMARY, filters, False))
                if partner_ids is not None:
                    partner_ids.update(dict.fromkeys(counts))
                    in_scope()
                    ticker.total += others()
                # The three record sheets, each from its rows (AgreementRow, MeetingRow, PartnerRow).
                record_sheets: list[tuple[_SheetWriter, Callable[[], Iterator[Any]], Callable[..., list[Any]]]] = [
                    (agreement_sheet, agreements, _agreement_values),
                    (meeting_sheet, meetings, _meeting_values),
                    (partner_sheet, partners, _partner_values),
                ]
                for sheet, read, make in record_sheets:
                    sheet.title_block(title_lines(sheet.spec, filters, len(filters) > len(partner_filter)))
                    sheet.header()
                    status_col = _AGREEMENT_STATUS_COL if sheet is agreement_sheet else None
                    for number, row in enumerate(read(), 1):
                        colours = {status_col: f"agreement:{row.effective_status}"} if status_col else None
                        sheet.append(make(number, row, labels), colours, record_id=row.id)
                        ticker.step()
                    sheet.finish()
                if book.long_texts:
                    _write_long_texts(_SheetWriter(book, LONG_TEXTS), book, title_lines(LONG_TEXTS, [], False))
                ticker.report()
                _save(book.wb, tmp)
            except BaseException:
                _discard(book.wb)
                raise
            # Last chance to cancel: the file is complete but not yet in place.
            ticker.done = ticker.total
            ticker.report()
    except OSError as exc:  # disk full while saving, and the like
        raise write_error(path, exc) from None

    sheets = (summary, followups, agreement_sheet, meeting_sheet, partner_sheet)
    report.rows = {s.spec.key: s.data_rows for s in sheets}
    report.rows[LONG_TEXTS.key] = sum(len(item.parts) for item in book.long_texts)
    report.replaced_characters = book.replaced
    report.long_texts = len(book.long_texts)
    report.long_text_cells = [f"{item.sheet}!{item.cell}" for item in book.long_texts]
    return report


@dataclass
class _PartnerCounts:
    name: str
    statuses: dict[str, int] = field(default_factory=dict)
    timeliness: dict[str, int] = field(default_factory=dict)
    total: int = 0


def _batches(rows: Iterator[FollowUpRow], size: int) -> Iterator[list[FollowUpRow]]:
    batch: list[FollowUpRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_followups(
    sheet: _SheetWriter, tracker: Tracker, query: FollowUpQuery, title: list[str], ticker: _Progress, rows: _Followups
) -> dict[int, _PartnerCounts]:
    """The Follow-ups sheet, streamed; returns the per-partner counts for the Summary (in the order
    partners first appear: the partners of a filtered view's other sheets)."""
    sheet.title_block(title)
    sheet.header()
    counts: dict[int, _PartnerCounts] = {}
    en = sheet.book.lang != "vi"
    number = 0
    for batch in _batches(tracker.iter_followups(query), FIELDS_BATCH):
        fields = tracker.fields_of_followups([row.id for row in batch])
        for row in batch:
            number += 1
            sheet.append(rows.values(number, row, fields.get(row.id, ())), rows.colours(row), record_id=row.id)
            entry = counts.get(row.partner_id)
            if entry is None:
                name = (row.partner_name_en or row.partner_name) if en else row.partner_name
                entry = counts[row.partner_id] = _PartnerCounts(name)
            entry.statuses[row.status] = entry.statuses.get(row.status, 0) + 1
            entry.timeliness[row.timeliness] = entry.timeliness.get(row.timeliness, 0) + 1
            entry.total += 1
            ticker.step()
    sheet.finish()
    return counts


def _write_summary(sheet: _SheetWriter, counts: dict[int, _PartnerCounts], title: list[str]) -> None:
    """Counts by status and timeliness per partner, then a total row outside the filter range."""
    sheet.title_block(title)
    keys = [c.key for c in SUMMARY.columns]
    sheet.header({i: k for i, k in enumerate(keys) if k in _FILLS})
    totals = _PartnerCounts(translate("Export", "Total"))
    ordered = sorted(counts.items(), key=lambda item: (sort_key(item[1].name), item[0]))

    def values(number: int | None, partner_id: int | None, entry: _PartnerCounts) -> list[Any]:
        result: list[Any] = []
        for key in keys:
            if key == "stt":
                result.append(number)
            elif key == "partner_id":
                result.append(partner_id)
            elif key == "partner":
                result.append(entry.name)
            elif key == "total":
                result.append(entry.total)
            else:
                group, value = key.split(":")
                bucket = entry.statuses if group == "status" else entry.timeliness
                result.append(bucket.get(value, 0))
        return result

    overdue_col = keys.index("timeliness:overdue")
    for number, (partner_id, entry) in enumerate(ordered, 1):
        row = values(number, partner_id, entry)
        sheet.append(row, {overdue_col: "timeliness:overdue"} if row[overdue_col] else None, record_id=partner_id)
        for key, n in entry.statuses.items():
            totals.statuses[key] = totals.statuses.get(key, 0) + n
        for key, n in entry.timeliness.items():
            totals.timeliness[key] = totals.timeliness.get(key, 0) + n
        totals.total += entry.total
    last_partner_row = sheet.row
    sheet.append(values(None, None, totals), bold=True, data=False)
    sheet.finish(max(last_partner_row, HEADER_ROW))


def _write_long_texts(sheet: _SheetWriter, book: _Book, title: list[str]) -> None:
    sheet.title_block(title)
    sheet.header()
    number = 0
    for item in book.long_texts:
        for part_no, part in enumerate(item.parts, 1):
            number += 1
            sheet.append([number, item.sheet, item.cell, item.record_id, part_no, len(item.parts), part])
    sheet.finish()


# The lists a page of the window shows, exported on their own (export_records): the sheet, the
# Tracker's list and count for it (the window's, which sorts by every column), and the row maker.
_LISTS: dict[str, tuple[Sheet, str, str, Callable[..., list[Any]]]] = {
    AGREEMENTS.key: (AGREEMENTS, "window_agreements", "count_agreements", _agreement_values),
    MEETINGS.key: (MEETINGS, "window_meetings", "count_meetings", _meeting_values),
    PARTNERS.key: (PARTNERS, "window_partners", "count_partners", _partner_values),
}


def export_records(
    tracker: Tracker,
    path: str | Path,
    kind: str,
    *,
    text: str = "",
    deleted: bool = False,
    sort: str | None = None,
    descending: bool | None = None,
    lang: str | None = None,
    officer: str | None = None,
    progress: Progress | None = None,
) -> ExportReport:
    """One sheet of the partners, meetings or agreements (``kind``) that a page of the window shows:
    the same search text, deleted switch and order. Written, checked and cancelled like
    :func:`export_workbook`."""
    spec, fetch_name, count_name, make = _LISTS[kind]
    path = Path(path)
    lang = lang or language()
    as_of = dt.date.today()
    officer = officer or tracker.officer
    labels = _record_labels()
    order: dict[str, Any] = {}
    if sort is not None:
        order["sort"] = sort
    if descending is not None:
        order["descending"] = descending
    if kind == AGREEMENTS.key:
        order["today"] = as_of
    ticker = _Progress(progress, getattr(tracker, count_name)(text, deleted=deleted))
    ticker.report()
    items = [translate("Export", "search: “{text}”").format(text=text.strip())] if text.strip() else []
    if deleted:
        items.append(translate("Export", "deleted records"))
    report = ExportReport(path=path, lang=lang, sheet=spec.key)
    try:
        with atomic_path(path, suffix=".xlsx", verify=_workbook_is_complete) as tmp:
            book = _Book(lang)
            try:
                sheet = _SheetWriter(book, spec)
                sheet.title_block(
                    [
                        translate("Export", "Follow-up status report — {sheet}").format(sheet=spec.title(lang)),
                        translate("Export", "As of {date}").format(date=format_date(as_of)),
                        translate("Export", "Officer: {name}").format(name=officer),
                        _filters_line(items),
                    ]
                )
                sheet.header()
                status_col = _AGREEMENT_STATUS_COL if spec is AGREEMENTS else None
                fetch = functools.partial(getattr(tracker, fetch_name), text, deleted=deleted, **order)
                for number, row in enumerate(_unique(_pages(fetch)), 1):
                    colours = {status_col: f"agreement:{row.effective_status}"} if status_col else None
                    sheet.append(make(number, row, labels), colours, record_id=row.id)
                    ticker.step()
                sheet.finish()
                if book.long_texts:
                    _write_long_texts(_SheetWriter(book, LONG_TEXTS), book, [spec.title(lang)])
                _save(book.wb, tmp)
            except BaseException:
                _discard(book.wb)
                raise
            ticker.done = ticker.total
            ticker.report()
    except OSError as exc:
        raise write_error(path, exc) from None
    report.rows = {spec.key: sheet.data_rows, LONG_TEXTS.key: sum(len(item.parts) for item in book.long_texts)}
    report.replaced_characters = book.replaced
    report.long_texts = len(book.long_texts)
    report.long_text_cells = [f"{item.sheet}!{item.cell}" for item in book.long_texts]
    return report
