"""One Vietnamese order everywhere: the tables (SQL on the stored sort key) and every list sorted
in Python (pickers, combo boxes, Settings) put "Quận 2" before "Quận 10", "Đ" after "D".

Before, the pickers used Qt's collator (numbers by value) and the tables the stored key (digits
one by one), so the same partners came in opposite orders on two screens.
"""

from __future__ import annotations

from hptracker.ui.collation import sort_vietnamese
from hptracker.ui.dialogs.widgets import unit_items
from hptracker.ui.main_window import PARTNERS
from hptracker.ui.models.partners_lookup import PartnerLookupModel

PARTNERS_IN_ORDER = ["Quận 1", "Quận 2", "Quận 10", "Quận Ba Đình", "Quận Đống Đa"]
UNITS_IN_ORDER = ["Phòng 2", "Phòng 10", "Ủy ban nhân dân"]


def test_tables_and_pickers_sort_alike(qtbot, window):
    tracker = window.tracker
    for name in reversed(PARTNERS_IN_ORDER):
        tracker.create_partner(name=name)
    for name in reversed(UNITS_IN_ORDER):
        tracker.create_unit(name=name)
    window.refresh_all()

    # The partners table: sorted by name in SQL, on the stored key.
    window.show_page(PARTNERS)
    model = window.partners.model
    name = model.column_of("name")
    assert [model.index(row, name).data() for row in range(model.rowCount())] == PARTNERS_IN_ORDER

    # The partner picker's type-ahead (SQL again, through find_partners).
    lookup = PartnerLookupModel(tracker)
    lookup.search("quan")
    assert [row.name for row in lookup.rows()] == PARTNERS_IN_ORDER

    # Lists sorted in Python: the same order.
    assert sort_vietnamese(list(reversed(PARTNERS_IN_ORDER))) == PARTNERS_IN_ORDER

    # Our units: the combo boxes of every form, and the list in Settings.
    assert [text for _id, text in unit_items(tracker)] == UNITS_IN_ORDER
    window.settings_view.refresh()
    units = window.settings_view.units_list
    assert [units.item(i).text() for i in range(units.count())] == UNITS_IN_ORDER
