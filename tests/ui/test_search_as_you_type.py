"""Search as you type (issue 17 goal 1): typing never waits for the database.

Each keystroke's search is read on a pool thread, never on the GUI thread; a newer keystroke's rows
win over an older search still running (made slow here by holding it on an event, not by timing),
whose rows are never shown; the count may come after the rows; Down and Enter go into the results
of what was typed.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hptracker.core.tracker import FollowUpQuery
from hptracker.ui.models.base import ID_ROLE
from hptracker.ui.models.records import FollowUpsModel, PartnersModel
from hptracker.ui.tasks import runner

FOLLOWUPS = 1


class Held:
    """Wraps a Tracker method: records the thread of each call, and holds the background calls for
    some texts until released. ``text_of`` reads the search text from the first argument (a
    FollowUpQuery; for the record lists, the text itself)."""

    def __init__(self, monkeypatch, tracker, name: str, hold: tuple[str, ...] = (), text_of=lambda query: query.text) -> None:
        self.real = getattr(tracker, name)
        self.hold = hold
        self.text_of = text_of
        self.gate = threading.Event()
        self.started: list[str] = []
        self.returned: list[str] = []
        self.threads: list[threading.Thread] = []
        self.cancelled: dict[str, object] = {}  # text -> the cancelled() the window handed over
        monkeypatch.setattr(tracker, name, self)

    def __call__(self, first=FollowUpQuery(), *args, **kwargs):  # noqa: B008 - the Tracker's own default
        text = self.text_of(first)
        self.threads.append(threading.current_thread())
        self.started.append(text)
        self.cancelled[text] = kwargs.get("cancelled")
        if text in self.hold and threading.current_thread() is not threading.main_thread():
            assert self.gate.wait(30), "never released"
        try:
            return self.real(first, *args, **kwargs)
        finally:
            self.returned.append(text)


def shown_ids(model) -> list[int]:
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_typing_searches_on_a_pool_thread(qtbot, demo_window, monkeypatch, type_text):
    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    pages = Held(monkeypatch, window.tracker, "query_followups")
    counts = Held(monkeypatch, window.tracker, "status_counts")
    view.search_edit.setFocus()
    type_text(view.search_edit, "wolong")
    qtbot.waitUntil(lambda: view.model.query.text == "wolong" and not view.model.counting, timeout=5000)
    assert pages.started and counts.started
    assert threading.main_thread() not in pages.threads + counts.threads
    expected = [row.id for row in pages.real(FollowUpQuery(text="wolong"))]
    assert shown_ids(view.model) == expected and expected
    assert view.count_label.text() == f"{len(expected)} found"
    assert f"Follow-ups shown: {len(expected)}" in window.counts_label.text()


def test_a_newer_keystroke_wins_over_an_older_slow_search(qtbot, demo_window, monkeypatch, type_text):
    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    pages = Held(monkeypatch, window.tracker, "query_followups", hold=("th",))
    view.search_edit.setFocus()
    type_text(view.search_edit, "th")
    qtbot.waitUntil(lambda: "th" in pages.started, timeout=5000)  # held on its pool thread
    # The window goes on while it is held: the next keystroke's rows are shown.
    type_text(view.search_edit, "u")
    qtbot.waitUntil(lambda: view.model.query.text == "thu", timeout=5000)
    newer = shown_ids(view.model)
    assert newer == [row.id for row in pages.real(FollowUpQuery(text="thu"))]
    assert "th" not in pages.returned
    pages.gate.set()  # the older search finishes now, and its rows reach the GUI thread ...
    qtbot.waitUntil(lambda: "th" in pages.returned and not runner().active(), timeout=5000)
    # ... where they are dropped: the table still shows what was typed last.
    assert view.model.query.text == "thu"
    assert shown_ids(view.model) == newer
    assert len([row.id for row in pages.real(FollowUpQuery(text="th"))]) > len(newer)  # it would have differed
    assert threading.main_thread() not in pages.threads


def test_the_count_may_come_after_the_rows(qtbot, demo_window, monkeypatch, type_text):
    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    counts = Held(monkeypatch, window.tracker, "status_counts", hold=("thuong ngu",))
    type_text(view.search_edit, "thuong ngu")
    qtbot.waitUntil(lambda: view.model.query.text == "thuong ngu", timeout=5000)
    assert view.model.rowCount() > 0 and view.model.counting
    assert view.count_label.text() == "Counting…"
    counts.gate.set()
    qtbot.waitUntil(lambda: not view.model.counting, timeout=5000)
    total = counts.real(FollowUpQuery(text="thuong ngu"))["total"]
    assert view.model.total() == total == view.model.rowCount()
    assert view.count_label.text() == f"{total} found"
    assert f"Follow-ups shown: {total}" in window.counts_label.text()


def test_a_search_counts_its_matches_once_the_table_has_painted_them(qtbot, demo_window, monkeypatch, type_text):
    """The count of a search starts after the rows are painted: counting while the table painted
    them took the interpreter lock from the paint's calls into the model (page shown 32 → 26 ms,
    bench_search)."""
    from PySide6.QtCore import QEvent, QObject

    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    qtbot.waitUntil(lambda: not runner().active(), timeout=5000)
    painted: list[str] = []

    class Paints(QObject):
        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                painted.append(view.model.query.text)
            return False

    paints = Paints()
    view.table.viewport().installEventFilter(paints)
    counts = Held(monkeypatch, window.tracker, "status_counts")
    painted_before_count: list[list[str]] = []
    real = counts.real
    counts.real = lambda *args, **kwargs: painted_before_count.append(list(painted)) or real(*args, **kwargs)
    try:
        type_text(view.search_edit, "wolong")
        qtbot.waitUntil(lambda: view.model.query.text == "wolong" and not view.model.counting, timeout=5000)
    finally:
        view.table.viewport().removeEventFilter(paints)
    assert counts.started == ["wolong"]
    assert painted_before_count and "wolong" in painted_before_count[0]


def test_down_right_after_typing_goes_into_the_rows_of_what_was_typed(qtbot, demo_window, monkeypatch, type_text):
    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    everything = shown_ids(view.model)
    # The background search is held: Down must not wait for it, nor land on the old rows.
    Held(monkeypatch, window.tracker, "query_followups", hold=("wolong",))
    view.search_edit.setFocus()
    type_text(view.search_edit, "wolong")
    QTest.keyClick(view.search_edit, Qt.Key.Key_Down)
    expected = [row.id for row in window.tracker.query_followups.real(FollowUpQuery(text="wolong"))]
    assert 0 < len(expected) < len(everything)
    assert view.model.query.text == "wolong"
    assert shown_ids(view.model) == expected
    assert view.table.current_id() == expected[0]
    window.tracker.query_followups.gate.set()
    qtbot.waitUntil(lambda: not runner().active(), timeout=5000)
    assert shown_ids(view.model) == expected


def test_a_newer_keystroke_stops_the_older_count(qtbot, demo_window, monkeypatch, type_text):
    """A count nobody waits for any more is told to stop (on SQLite it stops in the middle of its
    statement: tests/core/test_interrupt.py)."""
    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    counts = Held(monkeypatch, window.tracker, "status_counts", hold=("thuong",))
    type_text(view.search_edit, "thuong")
    qtbot.waitUntil(lambda: "thuong" in counts.started, timeout=5000)
    older = counts.cancelled["thuong"]
    assert callable(older) and not older()
    type_text(view.search_edit, " ngu")
    qtbot.waitUntil(older, timeout=5000)  # asked to stop as the newer search starts ...
    assert "thuong" not in counts.returned  # ... while it was still running
    counts.gate.set()
    qtbot.waitUntil(lambda: view.model.query.text == "thuong ngu" and not view.model.counting, timeout=5000)
    assert not counts.cancelled["thuong ngu"]()
    qtbot.waitUntil(lambda: not runner().active(), timeout=5000)
    assert view.model.total() == counts.real(FollowUpQuery(text="thuong ngu"))["total"]


def test_a_filter_chosen_while_a_search_is_on_its_way_keeps_both(qtbot, demo_window, monkeypatch, type_text):
    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    # Only the search without a filter is held (the filter's own read goes on).
    pages = Held(monkeypatch, window.tracker, "query_followups", hold=(("thuong ngu", ()),), text_of=lambda q: (q.text, q.statuses))
    type_text(view.search_edit, "thuong ngu")
    qtbot.waitUntil(lambda: ("thuong ngu", ()) in pages.started, timeout=5000)
    view.status_filter.setCurrentIndex(view.status_filter.findData("open"))
    wanted = FollowUpQuery(text="thuong ngu", statuses=view.current_query().statuses)
    assert wanted.statuses
    expected = [row.id for row in pages.real(wanted)]
    qtbot.waitUntil(lambda: view.model.query.statuses == wanted.statuses and not view.model.searching(), timeout=5000)
    assert view.model.query.text == "thuong ngu"
    assert shown_ids(view.model) == expected
    pages.gate.set()
    qtbot.waitUntil(lambda: ("thuong ngu", ()) in pages.returned and not runner().active(), timeout=5000)
    assert shown_ids(view.model) == expected  # the held search's rows, without the filter, never show


def held_text(monkeypatch, tracker, name: str, hold: tuple[str, ...] = ()) -> Held:
    """Held, for the record lists' Tracker calls, whose first argument is the search text."""
    return Held(monkeypatch, tracker, name, hold, text_of=lambda text: text)


RECORD_LISTS = {
    2: ("partners", "window_partners", "count_partners"),
    3: ("meetings", "window_meetings", "count_meetings"),
    4: ("agreements", "window_agreements", "count_agreements"),
}


def test_the_record_lists_search_on_a_pool_thread_and_a_newer_keystroke_wins(qtbot, demo_window, monkeypatch, type_text):
    """The partners', meetings' and agreements' searches ran on the GUI thread after a 200 ms
    pause: a meeting search of 33,000 meetings froze the typing for up to 0.2 s."""
    window = demo_window
    for page, (attribute, fetch, count) in RECORD_LISTS.items():
        window.show_page(page)
        view = window._list_view(page)
        rows = held_text(monkeypatch, window.tracker, fetch)
        counts = held_text(monkeypatch, window.tracker, count, hold=("t",))
        view.search_edit.setFocus()
        type_text(view.search_edit, "t")
        qtbot.waitUntil(lambda counts=counts: "t" in counts.started, timeout=5000)  # held on its pool thread
        type_text(view.search_edit, "hu")
        qtbot.waitUntil(lambda view=view: view.model.text == "thu" and not view.model.searching(), timeout=5000)
        newer = shown_ids(view.model)
        expected = [
            r.id for r in rows.real("thu", deleted=False, offset=0, limit=200, sort=view.model.sort_key, descending=view.model.descending)
        ]
        assert newer == expected and expected, attribute
        assert view.count_label.text() == f"{len(expected)} found"
        counts.gate.set()  # the older search ends now; its rows are dropped
        qtbot.waitUntil(lambda counts=counts: "t" in counts.returned and not runner().active(), timeout=5000)
        assert view.model.text == "thu" and shown_ids(view.model) == newer, attribute
        assert threading.main_thread() not in rows.threads + counts.threads, attribute
        monkeypatch.undo()


def test_enter_in_a_record_list_search_shows_what_was_typed_at_once(qtbot, demo_window, monkeypatch, type_text):
    window = demo_window
    window.show_page(3)
    view = window._list_view(3)
    counts = held_text(monkeypatch, window.tracker, "count_meetings", hold=("thuong",))
    type_text(view.search_edit, "thuong")
    qtbot.waitUntil(lambda: "thuong" in counts.started, timeout=5000)
    QTest.keyClick(view.search_edit, Qt.Key.Key_Return)  # read here and now: the held one is overtaken
    assert view.model.text == "thuong" and not view.model.searching() and view.model.rowCount() > 0
    shown = shown_ids(view.model)
    counts.gate.set()
    qtbot.waitUntil(lambda: not runner().active(), timeout=5000)
    assert shown_ids(view.model) == shown


def test_a_window_closed_while_a_count_is_on_its_way_drops_the_count(qtbot, seeded_db, monkeypatch, type_text):
    """The count arrives after its model was deleted with the window: it is dropped, not shown
    (the model's signal raised "Signal source has been deleted" in the event loop)."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from hptracker.app import create_window

    window = create_window(seeded_db, officer="Nguyễn Thị Hoa", lang="en")  # not qtbot's: deleted here
    window.show()
    window.show_page(FOLLOWUPS)
    view = window.followups
    model = view.model
    counts = Held(monkeypatch, window.tracker, "status_counts", hold=("wolong",))
    type_text(view.search_edit, "wolong")
    qtbot.waitUntil(lambda: "wolong" in counts.started, timeout=5000)
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(model), timeout=5000)
    counts.gate.set()
    qtbot.waitUntil(lambda: not runner().active(), timeout=10000)
    QApplication.processEvents()  # the count's signal, to a model that is gone
    assert "wolong" in counts.returned


def test_a_keystroke_that_keeps_the_selected_follow_up_leaves_its_detail_as_it_is(qtbot, demo_window, monkeypatch, type_text):
    """The selected follow-up still listed after a keystroke stays in the detail as it was, the
    note being typed there too, and nothing of it is read again: a search changes no record. (The
    table's reset passed through "nothing selected", and the detail was read twice more on the GUI
    thread at every keystroke: 6 reads, 20 ms of 35 at 100,000 follow-ups.)"""
    window = demo_window
    window.show_page(FOLLOWUPS)
    view, detail = window.followups, window.followups.detail
    type_text(view.search_edit, "thuong")
    qtbot.waitUntil(lambda: view.model.query.text == "thuong" and not view.model.counting, timeout=5000)
    view.table.selectRow(0)
    chosen = view.table.current_id()
    assert chosen is not None and detail.followup_id == chosen
    detail.note_edit.setText("Đã gọi điện")
    reads: list[str] = []
    for name in ("followup_row", "history", "get_followup"):
        real = getattr(window.tracker, name)
        monkeypatch.setattr(window.tracker, name, lambda *a, _real=real, _name=name, **k: (reads.append(_name), _real(*a, **k))[1])
    view.search_edit.setFocus()
    type_text(view.search_edit, " ngu")
    qtbot.waitUntil(lambda: view.model.query.text == "thuong ngu" and not view.model.counting, timeout=5000)
    assert chosen in shown_ids(view.model)
    assert view.table.current_id() == chosen and detail.followup_id == chosen
    assert detail.body.isVisible() and detail.note_edit.text() == "Đã gọi điện"
    assert reads == []

    # A keystroke after which the follow-up is no longer listed empties the detail.
    type_text(view.search_edit, " zzzz")
    qtbot.waitUntil(lambda: view.model.query.text == "thuong ngu zzzz" and not view.model.counting, timeout=5000)
    assert view.table.current_id() is None and detail.followup_id is None and not detail.body.isVisible()


def test_rows_read_again_after_a_restore_or_an_import_read_the_selected_detail_again(qtbot, demo_window):
    window = demo_window
    window.show_page(FOLLOWUPS)
    view, detail = window.followups, window.followups.detail
    view.table.selectRow(0)
    chosen = view.table.current_id()
    window.tracker.update_followup(chosen, title="Mở đường bay thẳng Hàng Châu – Hải Phòng")  # as an import would
    view.refresh_in_background()
    qtbot.waitUntil(lambda: not view.model.searching() and not runner().active(), timeout=5000)
    assert view.table.current_id() == chosen and detail.followup_id == chosen
    assert detail.title_label.text() == f"#{chosen} Mở đường bay thẳng Hàng Châu – Hải Phòng"


def test_a_filter_that_keeps_the_selected_follow_up_leaves_its_detail_as_it_is(qtbot, demo_window, monkeypatch):
    window = demo_window
    window.show_page(FOLLOWUPS)
    view, detail = window.followups, window.followups.detail
    view.table.selectRow(0)
    chosen = view.table.current_id()
    row = window.tracker.followup_row(chosen)
    detail.note_edit.setText("Chờ phản hồi")
    reads: list[str] = []
    for name in ("followup_row", "history", "get_followup"):
        real = getattr(window.tracker, name)
        monkeypatch.setattr(window.tracker, name, lambda *a, _real=real, _name=name, **k: (reads.append(_name), _real(*a, **k))[1])
    view.direction_filter.setCurrentIndex(view.direction_filter.findData(row.direction))  # the chosen one's own
    qtbot.waitUntil(lambda: view.model.query.directions == (row.direction,) and not view.model.searching(), timeout=5000)
    assert chosen in shown_ids(view.model) and view.table.current_id() == chosen
    assert detail.followup_id == chosen and detail.note_edit.text() == "Chờ phản hồi"
    assert reads == []
    other = next(
        value
        for value in (view.direction_filter.itemData(i) for i in range(view.direction_filter.count()))
        if value and value != row.direction
    )
    view.direction_filter.setCurrentIndex(view.direction_filter.findData(other))  # no longer listed
    qtbot.waitUntil(lambda: view.model.query.directions == (other,) and not view.model.searching(), timeout=5000)
    assert chosen not in shown_ids(view.model)
    assert detail.followup_id == view.table.current_id()


def test_a_filter_is_read_on_a_pool_thread_and_counted_after(qtbot, demo_window, monkeypatch):
    """A unit, a category or a direction held the window 190-250 ms at 100,000 follow-ups while
    the database counted: a filter's rows and counts come from pool threads, as a keystroke's."""
    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    pages = Held(monkeypatch, window.tracker, "query_followups", text_of=lambda q: q.directions)
    counts = Held(monkeypatch, window.tracker, "status_counts", hold=(("ours",),), text_of=lambda q: q.directions)
    view.direction_filter.setCurrentIndex(view.direction_filter.findData("ours"))
    qtbot.waitUntil(lambda: view.model.query.directions == ("ours",) and not view.model.searching(), timeout=5000)
    assert view.model.counting and view.count_label.text() == "Counting…"  # the rows came first
    expected = [row.id for row in pages.real(FollowUpQuery(directions=("ours",)))]
    assert shown_ids(view.model) == expected and expected
    counts.gate.set()
    qtbot.waitUntil(lambda: not view.model.counting, timeout=5000)
    assert ("ours",) in pages.started and ("ours",) in counts.started
    assert threading.main_thread() not in pages.threads + counts.threads
    assert view.count_label.text() == f"{len(expected)} found"
    assert f"Follow-ups shown: {len(expected)}" in window.counts_label.text()


def test_the_actions_follow_the_rows_shown_while_the_deleted_ones_are_on_their_way(qtbot, demo_window, monkeypatch):
    """Delete and Restore act on the rows the table shows: while the deleted follow-ups are still
    being read, the live ones shown can be deleted, not "restored"."""
    window = demo_window
    window.show_page(FOLLOWUPS)
    view = window.followups
    pages = Held(monkeypatch, window.tracker, "query_followups", hold=(True,), text_of=lambda q: q.deleted)
    view.deleted_check.setChecked(True)
    qtbot.waitUntil(lambda: True in pages.started, timeout=5000)
    view.table.selectRow(0)  # a live follow-up, still shown
    assert not view.model.query.deleted
    assert window.action_delete.isEnabled() and not window.action_restore.isEnabled()
    pages.gate.set()
    qtbot.waitUntil(lambda: view.model.query.deleted and not view.model.searching(), timeout=5000)
    assert not window.action_delete.isEnabled()  # the deleted ones shown now (none selected or one: never Delete)


def first_read_fills_the_table_and_scrolling_reads_on(qtbot, view, type_text, typed, matches: int) -> int:
    """Type "qyx" in ``view``'s search (``typed()`` once its rows are shown): the first read fills
    the table with no second read and fewer rows than ``matches``; scrolling down then reads the
    rest in one more read. Returns the first read's number of rows."""
    table, model = view.table, view.model
    reads = []
    model.fetch_page = lambda offset, limit, real=model.fetch_page: reads.append(offset) or real(offset, limit)
    view.search_edit.setFocus()
    type_text(view.search_edit, "qyx")
    qtbot.waitUntil(typed, timeout=5000)
    qtbot.wait(50)  # the view asks for more rows, if its last one shows, a moment after a reset
    first = model.loaded()
    last = table.visualRect(model.index(first - 1, 0))
    assert last.top() > table.viewport().height(), "the first read leaves the table's bottom empty"
    assert reads == [] and first == max(model.FIRST_PAGE, table.rows_shown() + model.MARGIN) < matches
    for _ in range(matches):
        if model.loaded() == matches:
            break
        table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
        qtbot.wait(20)
    assert model.loaded() == matches and reads == [first]
    return first


@pytest.mark.parametrize("height", [1200, 2400])
def test_a_searchs_first_read_fills_a_tall_table_and_scrolling_reads_on(qtbot, demo_window, type_text, height):
    """A search's first read is kept small (its cells are made on the GUI thread at each keystroke),
    but it fills the table, with no second read, in a window on a tall screen (1200 pixels) or one
    twice as tall; scrolling down reads the rest."""
    window = demo_window
    partner = window.tracker.list_partners()[0]
    matches = 4 * FollowUpsModel.FIRST_PAGE
    for number in range(matches):
        window.tracker.create_followup(title=f"Xưởng Qyx {number:03d}", direction="ours", partner_id=partner.id)
    window.resize(1920, height)
    window.show_page(FOLLOWUPS)
    model = window.followups.model
    typed = lambda: model.query.text == "qyx" and not model.counting  # noqa: E731
    first_read_fills_the_table_and_scrolling_reads_on(qtbot, window.followups, type_text, typed, matches)
    assert {model.index(row, 1).data() for row in range(matches)} == {f"Xưởng Qyx {n:03d}" for n in range(matches)}


def test_a_record_lists_search_reads_a_screenful_first_and_scrolling_reads_on(qtbot, demo_window, type_text):
    """The partners' search as the follow-ups': its first read fills the table (a window on a
    1200-pixel screen) and no more; scrolling down reads the rest."""
    window = demo_window
    matches = 4 * PartnersModel.FIRST_PAGE
    for number in range(matches):
        window.tracker.create_partner(name=f"Xưởng Qyx {number:03d}", kind="enterprise")
    window.resize(1920, 1200)
    window.show_page(2)
    view = window._list_view(2)
    typed = lambda: view.model.text == "qyx" and not view.model.searching()  # noqa: E731
    first_read_fills_the_table_and_scrolling_reads_on(qtbot, view, type_text, typed, matches)
    assert view.model.total() == matches
