"""Labels of enumerated values: one per (enum, value), every value has one, reverse lookup works."""

from __future__ import annotations

import pytest

from hptracker.core import enums
from hptracker.core.labels import choices, label, value_for_label

ENUMS = [
    enums.PartnerKind,
    enums.GovLevel,
    enums.MeetingDirection,
    enums.MeetingFormat,
    enums.AgreementForm,
    enums.AgreementStatus,
    enums.FollowUpDirection,
    enums.FollowUpStatus,
    enums.Priority,
    enums.Timeliness,
]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_value_has_its_own_label(enum):
    labels = [text for _, text in choices(enum)]
    assert all(text and text != value for (value, _), text in zip(choices(enum), labels, strict=True))
    assert len(set(labels)) == len(labels)


def test_same_value_in_different_enums_keeps_its_own_label():
    assert label(enums.FollowUpStatus, "dropped") == "Dropped"
    assert label(enums.Timeliness, "dropped") == "Not applicable"
    others = {label(enums.PartnerKind, "other"), label(enums.GovLevel, "other"), label(enums.AgreementForm, "other")}
    assert len(others) == 3


def test_reverse_lookup_from_code_or_label():
    assert value_for_label(enums.FollowUpStatus, "In progress") == "in_progress"
    assert value_for_label(enums.FollowUpStatus, "awaiting partner") == "awaiting_partner"
    assert value_for_label(enums.FollowUpStatus, "no such thing") is None
    assert label(enums.FollowUpStatus, "unknown-code") == "unknown-code"


@pytest.mark.parametrize("window", ["vi", "en"])
@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_value_is_read_back_in_either_language_whatever_the_window(qapp, enum, window):
    """Issue 13 item 10: a code or a label of either language, in any case, with or without
    diacritics, names its value with the window in either language."""
    import unicodedata

    from hptracker import translations
    from hptracker.core.text import fold

    labels = {}
    for lang in ("en", "vi"):
        translations.install_translators(lang)
        labels[lang] = {member.value: label(enum, member.value) for member in enum}
    translations.install_translators(window)
    try:
        seen: dict[str, str] = {}
        for member in enum:
            english, viet = labels["en"][member.value], labels["vi"][member.value]
            assert viet != english
            for text in (
                member.value,
                member.value.replace("_", " ").upper(),
                english,
                english.upper(),
                viet,
                viet.lower(),
                viet.upper(),
                fold(viet),
                unicodedata.normalize("NFD", viet),
            ):
                assert value_for_label(enum, text) == member.value, text
            for text in (english, viet):  # no label of one member is a label or code of another
                assert seen.setdefault(fold(text), member.value) == member.value, text
    finally:
        translations.install_translators("en")


def test_each_direction_field_is_named_as_its_own_record_names_it(qapp, tracker, partner):
    """The follow-up's Direction (ours, theirs, joint) and the meeting's (a delegation in or out)
    share an English word, not a Vietnamese one: a message about the follow-up's field says
    "Chiều kiến nghị", as its column in the status spreadsheet does, never the meeting's
    "Hình thức đoàn"."""
    from hptracker import translations
    from hptracker.core.errors import ValidationError
    from hptracker.core.sheets import FOLLOWUPS, MEETINGS

    translations.install_translators("vi")
    try:
        with pytest.raises(ValidationError) as followup_error:
            tracker.create_followup(title="Đường bay thẳng", partner_id=partner.id, direction="sideways")
        with pytest.raises(ValidationError) as meeting_error:
            tracker.create_meeting(title="Làm việc", date="2024-05-06", partner_ids=[partner.id], direction="sideways")
    finally:
        translations.install_translators("en")
    followup_header = next(c for c in FOLLOWUPS.columns if c.key == "direction").vi
    meeting_header = next(c for c in MEETINGS.columns if c.key == "direction").vi
    assert followup_header == "Chiều kiến nghị" and meeting_header == "Hình thức đoàn"
    assert followup_error.value.message.startswith(f"{followup_header}: “sideways”")
    assert meeting_error.value.message.startswith(f"{meeting_header}: “sideways”")
