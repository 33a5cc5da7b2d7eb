"""The four record tables: follow-ups, partners, meetings, agreements.

Each is a LazyTableModel whose page and count come from the Tracker with the current filters and
the clicked column's SQL sort key. Cells are plain text (labels for stored codes, dates dd/mm/yyyy);
overdue and done follow-ups are marked by colour *and* by text and an icon.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...core.enums import (
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
from ...core.i18n import language
from ...core.labels import label
from ...core.text import format_date, format_due
from ...core.tracker import FollowUpQuery, FollowUpRow
from ..icons import icon
from ..tasks import Task, runner
from .base import DECORATION, FONT, FOREGROUND, Column, LazyTableModel, Look, look

OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_TEXT = QColor("#b71c1c")
DONE_TEXT = QColor("#2e7d32")
MUTED_TEXT = QColor("#6b6b6b")
# The cells' brushes, made once and shared by every cell that needs one.
OVERDUE_BACKGROUND_BRUSH = QBrush(OVERDUE_BACKGROUND)
OVERDUE_BRUSH = QBrush(OVERDUE_TEXT)
DONE_BRUSH = QBrush(DONE_TEXT)
MUTED_BRUSH = QBrush(MUTED_TEXT)


def italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def timeliness_text(row: FollowUpRow) -> str:
    text = label(Timeliness, row.timeliness)
    if row.timeliness == Timeliness.OVERDUE and row.days_overdue:
        text = QCoreApplication.translate("FollowUpsModel", "{label} by {days} d").format(label=text, days=row.days_overdue)
    return text


def category_text(row: FollowUpRow) -> str:
    if language() == "en" and row.category_en:
        return row.category_en
    return row.category or ""


def meeting_text(row: FollowUpRow) -> str:
    if row.meeting_id is None:
        return ""
    return f"{format_date(row.meeting_date)} {row.meeting_title or ''}".strip()


def progress_text(row: FollowUpRow) -> str:
    if row.last_update is None:
        return ""
    if row.latest_note:
        return f"{format_date(row.last_update)} — {row.latest_note}"
    return format_date(row.last_update)


def _partner_tooltip(row: FollowUpRow) -> str:
    return "\n".join(n for n in (row.partner_name, row.partner_name_en, row.partner_name_native) if n)


class Superseded(Exception):
    """A search's work stops before it starts: the officer has typed on."""


class _Tickets:
    """Each background read of a model takes a ticket; what it brings back is shown only when
    ``_wanted``: the model is alive (a window closed while a count was on its way deletes it) and
    no newer read has begun since."""

    _ticket = 0
    _pending: Task | None = None  # the background read under way, if any

    def settle(self) -> None:
        """Show the search typed now, if its rows are still on their way (Down or Enter in the box:
        the officer wants to go into the results). Each model says what ``searching`` means."""
        if self.searching():
            self.reload()

    def _next_ticket(self) -> int:
        """A newer read begins: the one under way is cancelled and whatever it brings is dropped."""
        self._ticket += 1
        if self._pending is not None:
            self._pending.cancel()
        self._pending = None
        return self._ticket

    def _wanted(self, ticket: int) -> bool:
        return shiboken6.isValid(self) and ticket == self._ticket


# How long after a search's rows are shown its count begins (see FollowUpsModel._found), and how
# long the count waits for that at most (the timer is the GUI thread's: it may be late).
COUNT_AFTER_ROWS_MS = 10
COUNT_GATE_TIMEOUT_S = 0.1


class FollowUpsModel(_Tickets, LazyTableModel):
    """The follow-ups of the view's query; a search typed is read in the background.

    Filters and sorting re-read the rows on the GUI thread (tens of milliseconds, indexed); a
    search typed must never make the officer wait (issue 17: ≤ 16 ms of the GUI thread a
    keystroke), so :meth:`search_in_background` reads the first page on a pool thread, through
    the Tracker (each call opens its own session in the thread that makes it), then the counts.
    Every search takes a ticket: a newer keystroke cancels the older search if it has not
    started, and whatever an older one finds later is dropped, so stale rows are never shown.
    ``query`` is always the query of the rows shown.
    """

    searched = Signal()  # the rows of a search typed are shown (their counts may come after)
    counted = Signal()  # the counts of the rows shown are known

    def __init__(self, tracker, parent=None) -> None:
        columns = [
            Column("id", lambda: QCoreApplication.translate("FollowUpsModel", "ID"), lambda r: str(r.id), "id", 50, True),
            Column(
                "title",
                lambda: QCoreApplication.translate("FollowUpsModel", "Title"),
                lambda r: r.title,
                "title",
                340,
                tooltip=lambda r: r.title + (f"\n\n{r.details}" if r.details else ""),
            ),
            Column(
                "partner",
                lambda: QCoreApplication.translate("FollowUpsModel", "Partner"),
                lambda r: r.partner_name,
                "partner",
                160,
                tooltip=_partner_tooltip,
            ),
            Column(
                "direction",
                lambda: QCoreApplication.translate("FollowUpsModel", "Direction"),
                lambda r: label(FollowUpDirection, r.direction),
                "direction",
                190,
            ),
            Column("category", lambda: QCoreApplication.translate("FollowUpsModel", "Category"), category_text, "category", 150),
            Column("meeting", lambda: QCoreApplication.translate("FollowUpsModel", "Raised at"), meeting_text, "meeting", 180),
            Column(
                "unit", lambda: QCoreApplication.translate("FollowUpsModel", "Responsible unit"), lambda r: r.unit_name or "", "unit", 160
            ),
            Column(
                "due",
                lambda: QCoreApplication.translate("FollowUpsModel", "Due"),
                lambda r: format_due(r.due_date, r.due_precision, language()),
                "due",
                90,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("FollowUpsModel", "Status"),
                lambda r: label(FollowUpStatus, r.status),
                "status",
                120,
            ),
            Column("timeliness", lambda: QCoreApplication.translate("FollowUpsModel", "Timeliness"), timeliness_text, "timeliness", 130),
            Column(
                "last_update", lambda: QCoreApplication.translate("FollowUpsModel", "Latest progress"), progress_text, "last_update", 260
            ),
        ]
        super().__init__(columns, parent)
        # What the rows look like: the model copies these into their cells (see LazyTableModel._fill).
        self._looks = {
            "deleted": look(MUTED_BRUSH, font=italic()),
            "overdue": look(OVERDUE_BRUSH, OVERDUE_BACKGROUND_BRUSH),
            "done": look(DONE_BRUSH),
            "dropped": look(MUTED_BRUSH),
        }
        self._marks = {"deleted": icon("delete"), "overdue": icon("overdue"), "done": icon("done")}
        self._bold = bold()
        self._title, self._timeliness = self.column_of("title"), self.column_of("timeliness")
        self.tracker = tracker
        self.query = FollowUpQuery()
        self._counts: tuple[tuple[FollowUpQuery, int, dt.date], dict[str, int]] | None = None
        self._ticket = 0  # the newest search's number; older ones' results are dropped
        self._pending: Task | None = None  # the background read under way, if any
        self._stop = threading.Event()  # set when the read under way is no longer wanted
        self._gate = threading.Event()  # opened when a search's count may begin (see _found)
        self._pending_query: FollowUpQuery | None = None  # the search typed, until its rows are shown
        self._asked = self.FIRST_PAGE  # rows the latest search asked for (see first_read)
        self.counting = False  # the rows shown have come, their counts not yet
        # True while a search's rows replace the table's (the reset, then ``searched``): a search
        # changes no record, so the view keeps its detail through it (FollowUpsView._after_search).
        self.showing_search = False

    def set_query(self, query: FollowUpQuery) -> None:
        self._pending_query = None  # ``query`` comes from the filters now shown, search text included
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Read the rows now (a filter, a sort, F5): a search still on its way is overtaken."""
        if self._pending_query is not None:
            self.query = self._pending_query
        self._supersede()
        self.counting = False
        super().reload()

    def searching(self) -> bool:
        """Whether a search typed is still on its way to the table."""
        return self._pending_query is not None

    def _supersede(self) -> int:
        # A read still running stops where it is (SQLite, core/interrupt.py): on two cores, a stale
        # count of 100,000 rows would slow the newer keystroke's search down.
        self._stop.set()
        self._stop = threading.Event()
        self._gate.set()  # a count waiting for the table's paint goes now, to stop at once
        self._pending_query = None
        return self._next_ticket()

    def search_in_background(self, query: FollowUpQuery, shown: int = 0) -> None:
        """Show ``query``'s rows when a pool thread has read them; the GUI thread only starts it.
        ``shown`` is how many rows the table shows: the first read fills it, with no second read."""
        ticket = self._supersede()
        self._pending_query = query
        effective = replace(query, sort=self.sort_key, descending=self.descending)
        first = self._asked = self.first_read(shown)
        tracker, stop = self.tracker, self._stop

        def read(progress) -> tuple[list[FollowUpRow], list[list[str]]]:
            if not progress(0, 1):
                raise Superseded
            rows = tracker.query_followups(effective, 0, first, cancelled=stop.is_set)
            if stop.is_set():
                raise Superseded
            return rows, [self.texts(row) for row in rows]  # here, not on the GUI thread

        self._pending = runner().run(read, typing=True, name="search")
        self._pending.succeeded.connect(lambda found: self._found(ticket, query, *found))
        self._pending.failed.connect(lambda error: self._read_failed(ticket, error))

    def _found(self, ticket: int, query: FollowUpQuery, rows: list[FollowUpRow], texts: list[list[str]]) -> None:
        if not self._wanted(ticket):
            return  # a newer keystroke, a filter or a sort came since: these rows are stale
        self._pending = None
        self._pending_query = None
        self.loaded_once = True
        self.showing_search = True
        try:
            with self.replacing_rows(rows, texts):
                self.query = query
                # Until the count comes: one more than the rows when the page is full, so scrolling reads on.
                self._total = len(rows) + (1 if len(rows) == self._asked else 0)
                key = self._counts_key()
                cached = self._counts[1] if self._counts is not None and self._counts[0] == key else None
                self.counting = cached is None
            self.searched.emit()
        finally:
            self.showing_search = False
        if cached is not None:
            self._counted(ticket, key, cached)
            return
        tracker, stop = self.tracker, self._stop
        gate = self._gate = threading.Event()

        def count(progress) -> dict[str, int]:
            gate.wait(COUNT_GATE_TIMEOUT_S)
            if not progress(0, 1):
                raise Superseded
            return tracker.status_counts(query, cancelled=stop.is_set)

        # A count of 100,000 matches takes a tenth of a second or more; a newer keystroke stops it
        # in the middle (see _supersede), so it never holds a typing thread the next page needs.
        self._pending = runner().run(count, typing=True, name="search count")
        self._pending.succeeded.connect(lambda counts: self._counted(ticket, key, counts))
        self._pending.failed.connect(lambda error: self._read_failed(ticket, error))
        # It counts once the table has painted the rows: counting meanwhile took the interpreter
        # lock from the paint's calls into the model (bench_search: page shown 32 → 24 ms). Qt
        # posts the paint as the rows come and handles it before a timer that expires later (a
        # zero timer came first); a newer keystroke opens the gate at once (_supersede).
        QTimer.singleShot(COUNT_AFTER_ROWS_MS, gate.set)

    def count_in_background(self) -> None:
        """Count the rows shown again on a pool thread (a progress entry changed a status): the
        status bar follows when the counts come (``counted``). Every follow-up counted by status
        takes 20–40 ms at 100,000, which each progress entry held the window for. A search or a
        count already on its way counts for itself; a newer read drops this one (its ticket)."""
        if self._pending is not None:
            return
        ticket, key, query, tracker = self._ticket, self._counts_key(), self.query, self.tracker

        def count(progress) -> dict[str, int]:
            if not progress(0, 1):
                raise Superseded
            return tracker.status_counts(query)

        self._pending = runner().run(count, name="count")
        self._pending.succeeded.connect(lambda counts: self._counted(ticket, key, counts))
        self._pending.failed.connect(lambda error: self._read_failed(ticket, error))

    def _counted(self, ticket: int, key, counts: dict[str, int]) -> None:
        if not self._wanted(ticket):
            return
        self._pending = None
        self._counts = (key, counts)
        self.counting = False
        complete = len(self._rows) < self._asked and self._total <= len(self._rows)
        # The count and the rows are two reads: if rows changed in between, trust the rows read.
        self._total = len(self._rows) if complete else max(counts["total"], len(self._rows))
        self.counted.emit()

    def _read_failed(self, ticket: int, error: BaseException) -> None:
        """A background read that failed (the server gone, the file damaged): read again here, so
        that the failure reaches the officer as any other would, in one sentence."""
        if self._wanted(ticket):
            self.reload()

    def _counts_key(self) -> tuple[FollowUpQuery, int, dt.date]:
        return (self.query, self.tracker.generation, dt.date.today())  # "overdue" moves at midnight

    def effective_query(self) -> FollowUpQuery:
        return replace(self.query, sort=self.sort_key, descending=self.descending)

    def fetch_page(self, offset: int, limit: int) -> list[FollowUpRow]:
        return self.tracker.query_followups(self.effective_query(), offset, limit)

    def count_rows(self) -> int:
        return self.status_counts()["total"]

    def status_counts(self) -> dict[str, int]:
        """Counts by status (and overdue, and the total) of the rows the query matches.

        One pass gives both the table's total and the status bar's figures, and they are kept
        while neither the query nor the data changed: a search keystroke used to count the
        matching rows twice, and a sort counted them again although sorting changes no count.
        """
        key = self._counts_key()
        if self._counts is None or self._counts[0] != key:
            self._counts = (key, self.tracker.status_counts(self.query))
        return self._counts[1]

    def forget_counts(self) -> None:
        """Count again on the next read: another process may have written (F5, live updates)."""
        self._counts = None

    def kind(self, row: FollowUpRow) -> str:
        """Deleted, overdue, done, dropped or plain: how the row looks."""
        if row.deleted:
            return "deleted"
        if row.timeliness == Timeliness.OVERDUE:
            return "overdue"
        if row.status == FollowUpStatus.DONE:
            return "done"
        return "dropped" if row.status == FollowUpStatus.DROPPED else "plain"

    def look_of(self, row: FollowUpRow) -> Look:
        """Overdue: red text on pink; done: green; dropped: grey; deleted: grey italics."""
        return self._looks.get(self.kind(row), self._plain)

    def marks(self, row: FollowUpRow) -> list[tuple[int, int, object]]:
        """An icon by the title (the bin, overdue, a tick) and the word "overdue" in bold: colour
        is never the only sign, the timeliness cell says it in words too."""
        kind = self.kind(row)
        marks: list[tuple[int, int, object]] = []
        if kind in self._marks:
            marks.append((self._title, DECORATION, self._marks[kind]))
        if kind == "overdue":
            marks.append((self._timeliness, FONT, self._bold))
        return marks


class RecordListModel(_Tickets, LazyTableModel):
    """Partners, meetings, agreements: a search text and the deleted switch, paged by the Tracker's
    ``FETCH`` list (offset, limit, sort) and counted by its ``COUNT``.

    A search typed is read on a pool thread, as the follow-ups' is (a meeting search at 33,000
    meetings takes up to 0.2 s, which on the GUI thread froze the typing): every search takes a
    ticket, and rows a newer keystroke, the deleted switch or a sort has overtaken are dropped.
    """

    FETCH = COUNT = ""
    searched = Signal()  # the rows of a search typed are shown

    def __init__(self, tracker, columns: list[Column], parent=None) -> None:
        super().__init__(columns, parent)
        self._deleted = look(MUTED_BRUSH)
        self.tracker = tracker
        self.text = ""
        self.deleted = False
        self.sort_key, self.descending = self.default_sort()
        self._ticket = 0
        self._pending: Task | None = None
        self._pending_filter: tuple[str, bool] | None = None  # the search typed, until its rows are shown

    def set_filter(self, text: str, deleted: bool) -> None:
        """Read the rows of ``text`` now (the deleted switch, F5)."""
        self._pending_filter = None
        self.text, self.deleted = text, deleted
        self.reload()

    def reload(self) -> None:
        """Read the rows now: a search still on its way is overtaken (by a sort, say) and applied."""
        if self._pending_filter is not None:
            self.text, self.deleted = self._pending_filter
        self._supersede()
        super().reload()

    def searching(self) -> bool:
        """Whether a search typed is still on its way to the table."""
        return self._pending_filter is not None

    def _supersede(self) -> int:
        self._pending_filter = None
        return self._next_ticket()

    def search_in_background(self, text: str, deleted: bool, shown: int = 0) -> None:
        """Show the rows of ``text`` when a pool thread has counted them and read the first page
        (:meth:`first_read`: ``shown`` is how many rows the table shows)."""
        ticket = self._supersede()
        self._pending_filter = (text, deleted)
        fetch, count = getattr(self.tracker, self.FETCH), getattr(self.tracker, self.COUNT)
        sort, descending, page = self.sort_key, self.descending, self.first_read(shown)

        def read(progress) -> tuple[int, list, list[list[str]]]:
            if not progress(0, 1):
                raise Superseded
            total = count(text, deleted=deleted)
            rows = fetch(text, deleted=deleted, offset=0, limit=page, sort=sort, descending=descending) if total else []
            return total, rows, [self.texts(row) for row in rows]  # here, not on the GUI thread

        self._pending = runner().run(read, typing=True, name="search")
        self._pending.succeeded.connect(lambda found: self._found(ticket, text, deleted, page, found))
        self._pending.failed.connect(lambda _error: self._read_failed(ticket))

    def _found(self, ticket: int, text: str, deleted: bool, page: int, found: tuple[int, list, list[list[str]]]) -> None:
        if not self._wanted(ticket):
            return  # overtaken: these rows are stale
        self._pending, self._pending_filter = None, None
        total, rows, texts = found
        self.loaded_once = True
        with self.replacing_rows(rows, texts):
            self.text, self.deleted = text, deleted
            self._total = len(rows) if len(rows) < page else max(total, len(rows))  # as reload(): trust the rows
        self.searched.emit()

    def _read_failed(self, ticket: int) -> None:
        """Read again here, so that the failure reaches the officer as any other would."""
        if self._wanted(ticket):
            self.reload()

    def fetch_page(self, offset: int, limit: int):
        return getattr(self.tracker, self.FETCH)(
            self.text, deleted=self.deleted, offset=offset, limit=limit, sort=self.sort_key, descending=self.descending
        )

    def count_rows(self) -> int:
        return getattr(self.tracker, self.COUNT)(self.text, deleted=self.deleted)

    def look_of(self, row) -> Look:
        return self._deleted if row.deleted else self._plain


class PartnersModel(RecordListModel):
    FETCH, COUNT = "window_partners", "count_partners"

    def __init__(self, tracker, parent=None) -> None:
        columns = [
            Column(
                "name",
                lambda: QCoreApplication.translate("PartnersModel", "Name"),
                lambda r: r.name,
                "name",
                240,
                tooltip=lambda r: "\n".join(n for n in (r.name, r.name_en, r.name_native, ", ".join(r.aliases)) if n),
            ),
            Column(
                "name_en", lambda: QCoreApplication.translate("PartnersModel", "English name"), lambda r: r.name_en or "", "name_en", 180
            ),
            Column(
                "name_native",
                lambda: QCoreApplication.translate("PartnersModel", "Native name"),
                lambda r: r.name_native or "",
                "name_native",
                110,
            ),
            Column("kind", lambda: QCoreApplication.translate("PartnersModel", "Kind"), lambda r: label(PartnerKind, r.kind), "kind", 130),
            Column("level", lambda: QCoreApplication.translate("PartnersModel", "Level"), lambda r: label(GovLevel, r.level), "level", 90),
            Column("country", lambda: QCoreApplication.translate("PartnersModel", "Country"), lambda r: r.country or "", "country", 70),
            Column("parent", lambda: QCoreApplication.translate("PartnersModel", "Part of"), lambda r: r.parent_name or "", "parent", 200),
            Column("since", lambda: QCoreApplication.translate("PartnersModel", "Relationship"), self._relationship, "since", 200),
            Column(
                "open",
                lambda: QCoreApplication.translate("PartnersModel", "Open follow-ups"),
                lambda r: str(r.open_followups),
                "open_followups",
                110,
                True,
            ),
            Column(
                "aliases",
                lambda: QCoreApplication.translate("PartnersModel", "Also known as"),
                lambda r: ", ".join(r.aliases),
                "aliases",
                220,
            ),
        ]
        super().__init__(tracker, columns, parent)

    @staticmethod
    def _relationship(row) -> str:
        if row.relationship_level and row.relationship_since:
            return QCoreApplication.translate("PartnersModel", "{level} since {year}").format(
                level=row.relationship_level, year=row.relationship_since
            )
        return row.relationship_level or (str(row.relationship_since) if row.relationship_since else "")

    def default_sort(self) -> tuple[str, bool]:
        return "name", False


class MeetingsModel(RecordListModel):
    FETCH, COUNT = "window_meetings", "count_meetings"

    def __init__(self, tracker, parent=None) -> None:
        columns = [
            Column("date", lambda: QCoreApplication.translate("MeetingsModel", "Date"), self._when, "date", 110),
            Column("title", lambda: QCoreApplication.translate("MeetingsModel", "Title"), lambda r: r.title, "title", 340),
            Column(
                "partners",
                lambda: QCoreApplication.translate("MeetingsModel", "Partners"),
                lambda r: "; ".join(r.partner_names),
                "partners",
                220,
            ),
            Column(
                "direction",
                lambda: QCoreApplication.translate("MeetingsModel", "Direction"),
                lambda r: label(MeetingDirection, r.direction),
                "direction",
                140,
            ),
            Column(
                "format",
                lambda: QCoreApplication.translate("MeetingsModel", "Format"),
                lambda r: label(MeetingFormat, r.format),
                "format",
                120,
            ),
            Column("host", lambda: QCoreApplication.translate("MeetingsModel", "Host unit"), lambda r: r.host_unit or "", "host", 200),
            Column(
                "our_lead", lambda: QCoreApplication.translate("MeetingsModel", "Our lead"), lambda r: r.our_lead or "", "our_lead", 220
            ),
            Column(
                "followups",
                lambda: QCoreApplication.translate("MeetingsModel", "Follow-ups"),
                lambda r: str(r.followups),
                "followups",
                90,
                True,
            ),
            Column(
                "agreements",
                lambda: QCoreApplication.translate("MeetingsModel", "Agreements"),
                lambda r: str(r.agreements),
                "agreements",
                90,
                True,
            ),
        ]
        super().__init__(tracker, columns, parent)

    @staticmethod
    def _when(row) -> str:
        if row.time:
            return f"{format_date(row.date)} {row.time.hour:02d}:{row.time.minute:02d}"
        return format_date(row.date)

    def default_sort(self) -> tuple[str, bool]:
        return "date", True


class AgreementsModel(RecordListModel):
    FETCH, COUNT = "window_agreements", "count_agreements"

    def __init__(self, tracker, parent=None) -> None:
        columns = [
            Column(
                "form", lambda: QCoreApplication.translate("AgreementsModel", "Form"), lambda r: label(AgreementForm, r.form), "form", 170
            ),
            Column("title", lambda: QCoreApplication.translate("AgreementsModel", "Title"), lambda r: r.title, "title", 340),
            Column(
                "reference",
                lambda: QCoreApplication.translate("AgreementsModel", "Reference"),
                lambda r: r.reference or "",
                "reference",
                100,
            ),
            Column(
                "parties",
                lambda: QCoreApplication.translate("AgreementsModel", "Parties"),
                lambda r: "; ".join(r.party_names),
                "parties",
                200,
            ),
            Column(
                "unit", lambda: QCoreApplication.translate("AgreementsModel", "Signing unit"), lambda r: r.signing_unit or "", "unit", 200
            ),
            Column(
                "signed",
                lambda: QCoreApplication.translate("AgreementsModel", "Signed"),
                lambda r: format_date(r.signed_date),
                "signed_date",
                90,
            ),
            Column(
                "effective",
                lambda: QCoreApplication.translate("AgreementsModel", "Effective"),
                lambda r: format_date(r.effective_date),
                "effective_date",
                90,
            ),
            Column(
                "expiry",
                lambda: QCoreApplication.translate("AgreementsModel", "Expires"),
                lambda r: format_date(r.expiry_date),
                "expiry_date",
                90,
            ),
            Column("status", lambda: QCoreApplication.translate("AgreementsModel", "Status"), self._status, "status", 120),
            Column(
                "fields",
                lambda: QCoreApplication.translate("AgreementsModel", "Fields of cooperation"),
                lambda r: ", ".join(r.fields),
                "fields",
                260,
            ),
        ]
        super().__init__(tracker, columns, parent)
        self._status_column = self.column_of("status")

    @staticmethod
    def _status(row) -> str:
        return label(AgreementStatus, row.effective_status)

    def default_sort(self) -> tuple[str, bool]:
        return "signed_date", True

    def marks(self, row) -> list[tuple[int, int, object]]:
        if not row.deleted and row.effective_status == AgreementStatus.EXPIRED:
            return [(self._status_column, FOREGROUND, OVERDUE_BRUSH)]
        return []
