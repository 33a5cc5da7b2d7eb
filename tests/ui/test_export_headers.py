"""The status spreadsheet's column names are the window's (issue 18 item 6), in both languages:
each list's column header, read from the real table models under each installed catalogue, and
for a follow-up's or a meeting's direction the form's field label (the lists say "Direction" for
both; the field labels tell them apart, as the import's messages do)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from hptracker import translations
from hptracker.core import i18n
from hptracker.core.sheets import AGREEMENTS, FOLLOWUPS, MEETINGS, PARTNERS
from hptracker.ui.models.records import AgreementsModel, FollowUpsModel, MeetingsModel, PartnersModel

# sheet column key → the window list's column key
SAME_AS_LIST = {
    FOLLOWUPS: (
        FollowUpsModel,
        {
            "id": "id",
            "title": "title",
            "partner": "partner",
            "category": "category",
            "raised_at": "meeting",
            "unit": "unit",
            "due": "due",
            "status": "status",
            "timeliness": "timeliness",
        },
    ),
    AGREEMENTS: (
        AgreementsModel,
        {
            "form": "form",
            "title": "title",
            "reference": "reference",
            "parties": "parties",
            "signing_unit": "unit",
            "signed_date": "signed",
            "effective_date": "effective",
            "expiry_date": "expiry",
            "status": "status",
            "fields": "fields",
        },
    ),
    MEETINGS: (
        MeetingsModel,
        {
            "date": "date",
            "title": "title",
            "partners": "partners",
            "format": "format",
            "host_unit": "host",
            "our_lead": "our_lead",
            "followups": "followups",
        },
    ),
    PARTNERS: (
        PartnersModel,
        {
            "name": "name",
            "name_en": "name_en",
            "name_native": "name_native",
            "kind": "kind",
            "level": "level",
            "country": "country",
            "parent": "parent",
            "relationship": "since",
            "open_followups": "open",
            "aliases": "aliases",
        },
    ),
}


@pytest.fixture
def language(qapp):
    previous = i18n.language()
    yield translations.install_translators
    translations.install_translators(previous)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_sheet_headers_are_the_window_list_headers(qapp, language, demo_tracker, lang):
    language(lang)
    for sheet, (model_class, same) in SAME_AS_LIST.items():
        model = model_class(demo_tracker)
        shown = {
            column.key: model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for i, column in enumerate(model.columns)
        }
        for key, list_key in same.items():
            assert sheet.column(key).header(lang) == shown[list_key], (sheet.key, key)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_directions_are_named_by_their_field_labels(qapp, language, lang):
    language(lang)
    field_label = QCoreApplication.translate("Field", "Direction")
    assert MEETINGS.column("direction").header(lang) == field_label
    assert FOLLOWUPS.column("direction").header(lang) == QCoreApplication.translate("FollowUpField", "Direction")
    details = QCoreApplication.translate("Field", "Details")
    assert FOLLOWUPS.column("details").header(lang) == details
    assert FOLLOWUPS.column("fields").header(lang) == QCoreApplication.translate("Field", "Fields of cooperation")
