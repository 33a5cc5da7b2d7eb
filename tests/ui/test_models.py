"""Table models: pytest-qt's model tester, lazy paging, SQL order, plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from hptracker.core.enums import FollowUpDirection, FollowUpStatus
from hptracker.core.labels import label
from hptracker.core.tracker import FollowUpQuery
from hptracker.ui.models.base import ID_ROLE
from hptracker.ui.models.partners_lookup import PartnerLookupModel
from hptracker.ui.models.records import AgreementsModel, FollowUpsModel, MeetingsModel, PartnersModel


@pytest.mark.parametrize("model_class", [FollowUpsModel, PartnersModel, MeetingsModel, AgreementsModel])
def test_every_table_model_passes_the_model_tester(qtmodeltester, demo_tracker, model_class):
    model = model_class(demo_tracker)
    model.sort(-1)
    assert model.rowCount() == 0  # sorting a model never loaded only sets the order
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)


def test_empty_models_pass_too(qtmodeltester, tracker):
    for model in (FollowUpsModel(tracker), PartnersModel(tracker), MeetingsModel(tracker), AgreementsModel(tracker)):
        model.reload()
        assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
        qtmodeltester.check(model)


def test_partner_lookup_model(qtmodeltester, demo_tracker):
    model = PartnerLookupModel(demo_tracker)
    for text in ("shangyu", "上虞", "thuong ngu", "zzz", ""):
        model.search(text)
        qtmodeltester.check(model)
    model.search("shangyu")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Huyện Thượng Ngu — Shangyu District (上虞区)"]


@pytest.mark.slow
def test_rows_are_fetched_lazily_in_sql_order(qtmodeltester, tracker, partner):
    for number in range(450):
        tracker.create_followup(
            title=f"Việc {number:03d}", direction="ours", partner_id=partner.id, due=f"{number % 28 + 1:02d}/{number % 12 + 1:02d}/2030"
        )
    model = FollowUpsModel(tracker)
    model.set_query(FollowUpQuery())
    assert model.total() == 450
    assert model.rowCount() == model.PAGE  # one page read, not all rows
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * model.PAGE
    model.fetch_all()
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    expected = [r.id for r in tracker.query_followups(FollowUpQuery())]
    assert [model.index(r, 0).data(ID_ROLE) for r in range(450)] == expected
    model.sort(model.column_of("due"), Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == model.PAGE
    model.fetch_all()
    expected = [r.id for r in tracker.query_followups(FollowUpQuery(sort="due"))]
    assert [model.index(r, 0).data(ID_ROLE) for r in range(450)] == expected
    qtmodeltester.check(model)


def test_text_cells_are_plain_and_labelled(demo_tracker):
    model = FollowUpsModel(demo_tracker)
    model.set_query(FollowUpQuery())
    direction = model.column_of("direction")
    status = model.column_of("status")
    rows = demo_tracker.query_followups(FollowUpQuery())
    # Stored codes never show: each cell is the label of its value in the UI language.
    assert [model.index(r, direction).data() for r in range(model.rowCount())] == [label(FollowUpDirection, row.direction) for row in rows]
    assert {model.index(r, direction).data() for r in range(model.rowCount())}.isdisjoint({"ours", "theirs", "joint"})
    assert {model.index(r, status).data() for r in range(model.rowCount())} == {label(FollowUpStatus, "not_started")}
    due = model.column_of("due")
    wolong = next(r for r in range(model.rowCount()) if model.index(r, due).data())
    assert model.index(wolong, due).data() == "2024"


def test_follow_up_counts_are_read_once_per_query_and_again_after_any_write(demo_tracker, monkeypatch):
    """A search counts the matching rows once for the table and the status bar together; a sort
    changes no count and reads none; any saved change reads them again."""
    from hptracker.ui.models.records import FollowUpsModel

    calls = []
    real = demo_tracker.status_counts
    monkeypatch.setattr(demo_tracker, "status_counts", lambda query: calls.append(query) or real(query))
    model = FollowUpsModel(demo_tracker)
    model.set_query(FollowUpQuery(text="thuong ngu"))
    assert model.status_counts()["total"] == model.total() == demo_tracker.count_followups(model.query)
    assert len(calls) == 1
    model.sort(model.column_of("due"), Qt.SortOrder.DescendingOrder)
    assert model.status_counts()["not_started"] == model.total()
    assert len(calls) == 1

    first = model.index(0, 0).data(ID_ROLE)
    demo_tracker.record_progress(first, status="done")
    after = model.status_counts()
    assert len(calls) == 2
    assert (after["done"], after["not_started"]) == (1, model.total() - 1)
    model.set_query(FollowUpQuery())
    assert len(calls) == 3 and model.total() == demo_tracker.count_followups()


def test_a_row_read_again_takes_its_new_look(demo_tracker):
    """Recording "done" on an overdue follow-up: its row loses the red and pink and the overdue
    icon, and gets the tick; no other row changes."""
    model = FollowUpsModel(demo_tracker)
    model.set_query(FollowUpQuery())
    overdue = [row for row in model.rows() if row.timeliness == "overdue"]
    assert overdue and model.rowCount() > 1
    target = model.row_of_id(overdue[0].id)
    title, timeliness = model.column_of("title"), model.column_of("timeliness")
    before = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert model.index(target, title).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(target, timeliness).data(Qt.ItemDataRole.FontRole).bold()
    demo_tracker.record_progress(overdue[0].id, status="done", note="Xong")
    model.refresh_row(overdue[0].id, demo_tracker.followup_row(overdue[0].id))
    for column in range(model.columnCount()):
        cell = model.index(target, column)
        assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
        assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#2e7d32"
        assert cell.data(Qt.ItemDataRole.FontRole) is None
        assert model.flags(cell) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    assert model.index(target, title).data(Qt.ItemDataRole.DecorationRole) is not None  # the tick
    assert model.index(target, model.column_of("status")).data() == label(FollowUpStatus, "done")
    assert model.index(target, 0).data(ID_ROLE) == overdue[0].id
    after = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    changed = {(r, c) for r in range(len(before)) for c in range(len(before[r])) if before[r][c] != after[r][c]}
    assert changed and {r for r, _c in changed} == {target}
