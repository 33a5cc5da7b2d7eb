"""The Statistics page (issue 18 item 2) on the hand-counted quarter of tests/period_history.py.

Real widgets offscreen: the period presets, the grouping, the table and the QPainter chart show
the hand-counted figures; the figures are computed off the GUI thread; a click on a number or on a
bar lists exactly the follow-ups behind it, and a double-click there opens one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading

import pytest
from period_history import BY_UNIT, TOTAL, F, T, enter
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from hptracker.core.tracker import Tracker
from hptracker.ui.main_window import STATISTICS
from hptracker.ui.views.followup_detail import FollowUpDetailDialog
from hptracker.ui.views.statistics import COLUMNS, FollowUpsBehindDialog, StatisticsModel, StatisticsView, preset_period

D = dt.date


@pytest.fixture
def history_db(db_path, _template_db):
    shutil.copy2(_template_db, db_path)
    tracker = Tracker.open(db_path, officer="Nguyễn Thị Hoa")
    _tracker, ids, units = enter(tracker)
    tracker.close()
    return db_path, ids, units


@pytest.fixture
def stats_window(history_db, make_window, qtbot):
    db_path, ids, units = history_db
    window = make_window(db_path)
    window.show_page(STATISTICS)
    view = window.statistics
    with qtbot.waitSignal(view.computed, timeout=20000):
        view.set_period(F, T, "unit")
    yield window, view, ids, units
    window.close()


def _cell(view, row: int, key: str) -> str:
    return view.model.data(view.model.index(row, COLUMNS.index(key)))


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("this_month", (D(2025, 7, 1), D(2025, 7, 15))),
        ("last_month", (D(2025, 6, 1), D(2025, 6, 30))),
        ("this_quarter", (D(2025, 7, 1), D(2025, 7, 15))),
        ("last_quarter", (D(2025, 4, 1), D(2025, 6, 30))),
        ("this_half", (D(2025, 7, 1), D(2025, 7, 15))),
        ("last_half", (D(2025, 1, 1), D(2025, 6, 30))),
        ("this_year", (D(2025, 1, 1), D(2025, 7, 15))),
        ("last_year", (D(2024, 1, 1), D(2024, 12, 31))),
    ],
)
def test_presets(preset, expected):
    assert preset_period(preset, D(2025, 7, 15)) == expected
    assert preset_period("last_month", D(2025, 1, 10)) == (D(2024, 12, 1), D(2024, 12, 31))
    assert preset_period("last_quarter", D(2025, 2, 3)) == (D(2024, 10, 1), D(2024, 12, 31))


def test_the_page_shows_the_hand_counted_figures(stats_window):
    window, view, _ids, _units = stats_window
    assert window.current_page() == STATISTICS
    assert view.period_label.text() == "Period 01/04/2025 – 30/06/2025, figures as of the cut-off date 30/06/2025"
    assert view.model.rowCount() == 4  # A, B, no unit, total
    names = [_cell(view, row, "group") for row in range(4)]
    assert names == ["Ban Quản lý Khu kinh tế Hải Phòng", "Sở Ngoại vụ Hải Phòng", "(no unit)", "Total"]
    for row, figures in enumerate((BY_UNIT["A"], BY_UNIT["B"], BY_UNIT[None], TOTAL)):
        for key in ("total", "carried_over", "new", "done_on_time", "done_late", "dropped", "overdue", "open_within_deadline"):
            assert _cell(view, row, key) == str(figures[key]), (row, key)
    assert [_cell(view, row, "on_time_rate") for row in range(4)] == ["28.6%", "66.7%", "—", "40.0%"]
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Unit"
    # The narrow figure columns: each header on two lines (a header does not wrap itself; at
    # 1366 pixels one line was cut), the whole name in the tooltip.
    column = COLUMNS.index("done_on_time")
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Done on\ntime"
    assert view.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith("Done on time — ")
    assert [g.name for g in view.chart.groups] == names[:3]
    assert "16 follow-ups in scope; on-time rate 40.0%" in view.status_label.text()


def test_grouping_by_officer(stats_window, qtbot):
    _window, view, _ids, _units = stats_window
    with qtbot.waitSignal(view.computed, timeout=20000):
        view.group_combo.setCurrentIndex(view.group_combo.findData("officer"))
    assert [_cell(view, row, "group") for row in range(view.model.rowCount())] == ["Nguyễn Thị Hoa", "(no officer)", "Total"]
    assert [_cell(view, row, "total") for row in range(view.model.rowCount())] == ["10", "6", "16"]


def test_a_click_on_a_number_lists_the_follow_ups_behind_it(stats_window, qtbot):
    window, view, ids, _units = stats_window
    index = view.model.index(0, COLUMNS.index("overdue"))  # unit A, overdue
    with qtbot.waitSignal(view.behind_shown, timeout=20000) as shown:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    dialog = shown.args[0]
    assert isinstance(dialog, FollowUpsBehindDialog) and dialog.isVisible() and not dialog.isModal()
    rows = dialog.model.rows
    assert [r.id for r in rows] == [ids[1], ids[12]]
    # Item 12 was completed after the cut-off: the list shows it as it stood then.
    assert [dialog.model.data(dialog.model.index(i, 6)) for i in range(2)] == ["In progress", "In progress"]
    assert dialog.windowTitle() == "Overdue — Ban Quản lý Khu kinh tế Hải Phòng, 01/04/2025 – 30/06/2025 (2)"
    # The total row's "done late" lists every group's.
    total = view.model.index(3, COLUMNS.index("done_late"))
    with qtbot.waitSignal(view.behind_shown, timeout=20000) as shown:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(total).center())
    assert [r.id for r in shown.args[0].model.rows] == [ids[14], ids[3], ids[18]]
    # A double-click opens the follow-up.
    behind = shown.args[0]
    first = behind.table.visualRect(behind.model.index(0, 1)).center()
    qtbot.mouseClick(behind.table.viewport(), Qt.MouseButton.LeftButton, pos=first)  # Qt 6 wants the press first
    qtbot.mouseDClick(behind.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(FollowUpDetailDialog)))
    opened = [d for d in window.findChildren(FollowUpDetailDialog) if d.isVisible()][0]
    assert opened.windowTitle() == f"Follow-up #{ids[14]}"


def test_a_click_on_a_bar_lists_the_follow_ups_behind_it(stats_window, qtbot):
    _window, view, ids, _units = stats_window
    view.chart_area.resize(900, 300)
    QApplication.processEvents()
    segments = dict(view.chart.segments(1))  # unit B
    assert set(segments) == {"done_on_time", "overdue", "open_within_deadline"}
    # Widths in proportion: B has 2 done on time, 1 overdue, 3 open within the deadline.
    assert abs(segments["open_within_deadline"].width() - 3 * segments["overdue"].width()) <= 3
    with qtbot.waitSignal(view.behind_shown, timeout=20000) as shown:
        qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=segments["open_within_deadline"].center())
    assert [r.id for r in shown.args[0].model.rows] == [ids[15], ids[13], ids[19]]
    assert view.chart.hit(QPoint(2, 2)) is None  # the legend lists nothing


def test_figures_are_computed_off_the_gui_thread(history_db, make_window, qtbot, monkeypatch):
    db_path, _ids, _units = history_db
    window = make_window(db_path)
    threads = []
    real = window.tracker.statistics

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(window.tracker, "statistics", spy)
    view = window.statistics
    assert threads == []  # nothing computed before the page is shown
    with qtbot.waitSignal(view.computed, timeout=20000):
        window.show_page(STATISTICS)
    assert threads and threads[-1] != threading.get_ident()
    window.close()


def test_a_period_with_a_future_cut_off_is_explained(history_db, make_window, qtbot):
    db_path, _ids, _units = history_db
    window = make_window(db_path)
    view = window.statistics
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with qtbot.waitSignal(view.computed, timeout=20000):
        view.set_period(D(2025, 1, 1), tomorrow)
    assert "is in the future" in view.status_label.text()
    assert view.model.rowCount() == 0
    window.close()


def test_the_presets_follow_the_injected_day(tracker, qtbot):
    view = StatisticsView(tracker, today=lambda: D(2025, 7, 15))
    qtbot.addWidget(view)
    view.period_combo.setCurrentIndex(view.period_combo.findData("last_quarter"))
    assert (view.request().start, view.request().cutoff) == (F, T)
    assert not view.from_edit.isEnabled()
    view.period_combo.setCurrentIndex(view.period_combo.findData("custom"))
    assert view.from_edit.isEnabled() and view.to_edit.displayFormat() == "dd/MM/yyyy"


def test_models_pass_the_model_tester(qtmodeltester, history_db):
    db_path, _ids, _units = history_db
    tracker = Tracker.open(db_path, officer="Nguyễn Thị Hoa")
    try:
        model = StatisticsModel()
        qtmodeltester.check(model)
        model.set_statistics(tracker.statistics(F, T, by="partner"))
        qtmodeltester.check(model)
        behind = FollowUpsBehindDialog("x", tracker.statistics_rows(F, T, None, None, "total"))
        qtmodeltester.check(behind.model)
        behind.deleteLater()
    finally:
        tracker.close()
