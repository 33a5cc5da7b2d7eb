"""Labels of enumerated values in the UI language (SPEC §1 names them in Vietnamese and English).

The table is keyed by (enum class, value): members of different StrEnums with the same value
("other", "dropped") are equal as dict keys, so keying by member alone would mix their labels.

Sources are English and go through :func:`hptracker.core.i18n.translate`, so the Vietnamese text
comes from the same .ts files as every widget string. One place for the window, exports, briefs and
the CLI.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from .enums import (
    AgreementForm,
    AgreementStatus,
    FollowUpDirection,
    FollowUpStatus,
    GovLevel,
    MeetingDirection,
    MeetingFormat,
    PartnerKind,
    Priority,
    Timeliness,
)
from .i18n import generation, in_language, languages, translate
from .text import fold

_LABELS: dict[tuple[type[StrEnum], str], Callable[[], str]] = {
    (FollowUpStatus, FollowUpStatus.NOT_STARTED.value): lambda: translate("Label", "Not started"),
    (FollowUpStatus, FollowUpStatus.IN_PROGRESS.value): lambda: translate("Label", "In progress"),
    (FollowUpStatus, FollowUpStatus.AWAITING_PARTNER.value): lambda: translate("Label", "Awaiting partner"),
    (FollowUpStatus, FollowUpStatus.ON_HOLD.value): lambda: translate("Label", "On hold"),
    (FollowUpStatus, FollowUpStatus.DONE.value): lambda: translate("Label", "Done"),
    (FollowUpStatus, FollowUpStatus.DROPPED.value): lambda: translate("Label", "Dropped"),
    (Timeliness, Timeliness.NO_DUE.value): lambda: translate("Label", "No due date"),
    (Timeliness, Timeliness.ON_TRACK.value): lambda: translate("Label", "On track"),
    (Timeliness, Timeliness.OVERDUE.value): lambda: translate("Label", "Overdue"),
    (Timeliness, Timeliness.ON_TIME.value): lambda: translate("Label", "Done on time"),
    (Timeliness, Timeliness.LATE.value): lambda: translate("Label", "Done late"),
    (Timeliness, Timeliness.DROPPED.value): lambda: translate("Label", "Not applicable"),
    (FollowUpDirection, FollowUpDirection.OURS.value): lambda: translate("Label", "Our request to the partner"),
    (FollowUpDirection, FollowUpDirection.THEIRS.value): lambda: translate("Label", "Partner's request to us"),
    (FollowUpDirection, FollowUpDirection.JOINT.value): lambda: translate("Label", "Joint commitment"),
    (Priority, Priority.LOW.value): lambda: translate("Label", "Low"),
    (Priority, Priority.NORMAL.value): lambda: translate("Label", "Normal"),
    (Priority, Priority.HIGH.value): lambda: translate("Label", "High"),
    (AgreementStatus, AgreementStatus.PROPOSED.value): lambda: translate("Label", "Proposed"),
    (AgreementStatus, AgreementStatus.SIGNED.value): lambda: translate("Label", "Signed"),
    (AgreementStatus, AgreementStatus.IN_FORCE.value): lambda: translate("Label", "In force"),
    (AgreementStatus, AgreementStatus.SUSPENDED.value): lambda: translate("Label", "Suspended"),
    (AgreementStatus, AgreementStatus.EXPIRED.value): lambda: translate("Label", "Expired"),
    (AgreementStatus, AgreementStatus.TERMINATED.value): lambda: translate("Label", "Terminated"),
    (AgreementForm, AgreementForm.LETTER_OF_INTENT.value): lambda: translate("Label", "Letter of intent"),
    (AgreementForm, AgreementForm.MOU.value): lambda: translate("Label", "Memorandum of understanding"),
    (AgreementForm, AgreementForm.COOPERATION_AGREEMENT.value): lambda: translate("Label", "Cooperation agreement"),
    (AgreementForm, AgreementForm.MINUTES_OF_TALKS.value): lambda: translate("Label", "Minutes of talks"),
    (AgreementForm, AgreementForm.COOPERATION_PLAN.value): lambda: translate("Label", "Cooperation plan"),
    (AgreementForm, AgreementForm.FRIENDSHIP.value): lambda: translate("Label", "Friendship relation"),
    (AgreementForm, AgreementForm.TWINNING.value): lambda: translate("Label", "Twinning"),
    (AgreementForm, AgreementForm.OTHER.value): lambda: translate("Label", "Other document"),
    (MeetingDirection, MeetingDirection.INCOMING.value): lambda: translate("Label", "Incoming delegation"),
    (MeetingDirection, MeetingDirection.OUTGOING.value): lambda: translate("Label", "Outgoing delegation"),
    (MeetingDirection, MeetingDirection.ONLINE.value): lambda: translate("Label", "Online"),
    (MeetingDirection, MeetingDirection.EVENT.value): lambda: translate("Label", "Event"),
    (MeetingFormat, MeetingFormat.COURTESY_CALL.value): lambda: translate("Label", "Courtesy call"),
    (MeetingFormat, MeetingFormat.WORKING_SESSION.value): lambda: translate("Label", "Working session"),
    (MeetingFormat, MeetingFormat.TALKS.value): lambda: translate("Label", "Talks"),
    (MeetingFormat, MeetingFormat.SIGNING.value): lambda: translate("Label", "Signing"),
    (PartnerKind, PartnerKind.GOVERNMENT.value): lambda: translate("Label", "Government body"),
    (PartnerKind, PartnerKind.ENTERPRISE.value): lambda: translate("Label", "Enterprise"),
    (PartnerKind, PartnerKind.ORGANISATION.value): lambda: translate("Label", "Organisation"),
    (PartnerKind, PartnerKind.EDUCATION.value): lambda: translate("Label", "Education / research"),
    (PartnerKind, PartnerKind.OTHER.value): lambda: translate("Label", "Other"),
    (GovLevel, GovLevel.COUNTRY.value): lambda: translate("Label", "Country"),
    (GovLevel, GovLevel.PROVINCE.value): lambda: translate("Label", "Province"),
    (GovLevel, GovLevel.CITY.value): lambda: translate("Label", "City"),
    (GovLevel, GovLevel.DISTRICT.value): lambda: translate("Label", "District"),
    (GovLevel, GovLevel.OTHER.value): lambda: translate("Label", "Other level"),
}


def label(enum: type[StrEnum], value: str | None) -> str:
    """The UI label of a stored value (``label(FollowUpStatus, "done")``); unknown values as they are."""
    if value is None:
        return ""
    try:
        member = enum(value)
    except ValueError:
        return str(value)
    func = _LABELS.get((enum, member.value))
    return func() if func else str(value)


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) pairs in declaration order, for combo boxes and CLI help."""
    return [(member.value, label(enum, member.value)) for member in enum]


def value_for_label(enum: type[StrEnum], text: str) -> str | None:
    """A stored value from what a person or a workbook wrote: the code ("in_progress", "in progress")
    or the label in any language the app has, whatever the UI language is now (an export made
    in English is read back with the window in Vietnamese), ignoring case and diacritics."""
    return _reverse(enum, generation()).get(fold(text))


@functools.lru_cache(maxsize=64)
def _reverse(enum: type[StrEnum], _generation: int) -> dict[str, str]:
    """Folded code and labels → value, built again when a translator or catalogue changes."""
    index: dict[str, str] = {}
    for member in enum:
        index.setdefault(fold(member.value), member.value)
        index.setdefault(fold(member.value.replace("_", " ")), member.value)
    readings: list[contextlib.AbstractContextManager[Any]] = [
        contextlib.nullcontext(),
        in_language(None),
        *(in_language(lang) for lang in languages()),
    ]
    for reading in readings:  # the UI language, the English source, every catalogue; after the codes
        with reading:
            for member in enum:
                func = _LABELS.get((enum, member.value))
                if func is not None:
                    index.setdefault(fold(func()), member.value)
    return index
