"""Labels of enumerated values in the UI language (SPEC §1 names them in Vietnamese and English).

Sources are English and go through :func:`hptracker.core.i18n.translate`, so the Vietnamese text
comes from the same .ts files as every widget string. One place for the window, exports, briefs and
the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

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
from .i18n import translate

_LABELS: dict[StrEnum, Callable[[], str]] = {
    FollowUpStatus.NOT_STARTED: lambda: translate("Label", "Not started"),
    FollowUpStatus.IN_PROGRESS: lambda: translate("Label", "In progress"),
    FollowUpStatus.AWAITING_PARTNER: lambda: translate("Label", "Awaiting partner"),
    FollowUpStatus.ON_HOLD: lambda: translate("Label", "On hold"),
    FollowUpStatus.DONE: lambda: translate("Label", "Done"),
    FollowUpStatus.DROPPED: lambda: translate("Label", "Dropped"),
    Timeliness.NO_DUE: lambda: translate("Label", "No due date"),
    Timeliness.ON_TRACK: lambda: translate("Label", "On track"),
    Timeliness.OVERDUE: lambda: translate("Label", "Overdue"),
    Timeliness.ON_TIME: lambda: translate("Label", "Done on time"),
    Timeliness.LATE: lambda: translate("Label", "Done late"),
    Timeliness.DROPPED: lambda: translate("Label", "Not applicable"),
    FollowUpDirection.OURS: lambda: translate("Label", "Our request to the partner"),
    FollowUpDirection.THEIRS: lambda: translate("Label", "Partner's request to us"),
    FollowUpDirection.JOINT: lambda: translate("Label", "Joint commitment"),
    Priority.LOW: lambda: translate("Label", "Low"),
    Priority.NORMAL: lambda: translate("Label", "Normal"),
    Priority.HIGH: lambda: translate("Label", "High"),
    AgreementStatus.PROPOSED: lambda: translate("Label", "Proposed"),
    AgreementStatus.SIGNED: lambda: translate("Label", "Signed"),
    AgreementStatus.IN_FORCE: lambda: translate("Label", "In force"),
    AgreementStatus.SUSPENDED: lambda: translate("Label", "Suspended"),
    AgreementStatus.EXPIRED: lambda: translate("Label", "Expired"),
    AgreementStatus.TERMINATED: lambda: translate("Label", "Terminated"),
    AgreementForm.LETTER_OF_INTENT: lambda: translate("Label", "Letter of intent"),
    AgreementForm.MOU: lambda: translate("Label", "Memorandum of understanding"),
    AgreementForm.COOPERATION_AGREEMENT: lambda: translate("Label", "Cooperation agreement"),
    AgreementForm.MINUTES_OF_TALKS: lambda: translate("Label", "Minutes of talks"),
    AgreementForm.COOPERATION_PLAN: lambda: translate("Label", "Cooperation plan"),
    AgreementForm.FRIENDSHIP: lambda: translate("Label", "Friendship relation"),
    AgreementForm.TWINNING: lambda: translate("Label", "Twinning"),
    AgreementForm.OTHER: lambda: translate("Label", "Other document"),
    MeetingDirection.INCOMING: lambda: translate("Label", "Incoming delegation"),
    MeetingDirection.OUTGOING: lambda: translate("Label", "Outgoing delegation"),
    MeetingDirection.ONLINE: lambda: translate("Label", "Online"),
    MeetingDirection.EVENT: lambda: translate("Label", "Event"),
    MeetingFormat.COURTESY_CALL: lambda: translate("Label", "Courtesy call"),
    MeetingFormat.WORKING_SESSION: lambda: translate("Label", "Working session"),
    MeetingFormat.TALKS: lambda: translate("Label", "Talks"),
    MeetingFormat.SIGNING: lambda: translate("Label", "Signing"),
    PartnerKind.GOVERNMENT: lambda: translate("Label", "Government body"),
    PartnerKind.ENTERPRISE: lambda: translate("Label", "Enterprise"),
    PartnerKind.ORGANISATION: lambda: translate("Label", "Organisation"),
    PartnerKind.EDUCATION: lambda: translate("Label", "Education / research"),
    PartnerKind.OTHER: lambda: translate("Label", "Other"),
    GovLevel.COUNTRY: lambda: translate("Label", "Country"),
    GovLevel.PROVINCE: lambda: translate("Label", "Province"),
    GovLevel.CITY: lambda: translate("Label", "City"),
    GovLevel.DISTRICT: lambda: translate("Label", "District"),
    GovLevel.OTHER: lambda: translate("Label", "Other level"),
}


def label(enum: type[StrEnum], value: str | None) -> str:
    """The UI label of a stored value (``label(FollowUpStatus, "done")``); unknown values as they are."""
    if value is None:
        return ""
    try:
        member = enum(value)
    except ValueError:
        return str(value)
    func = _LABELS.get(member)
    return func() if func else str(value)


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) pairs in declaration order, for combo boxes and CLI help."""
    return [(member.value, label(enum, member.value)) for member in enum]


def value_for_label(enum: type[StrEnum], text: str) -> str | None:
    """Reverse lookup used by imports: a value from its code or its label in either language."""
    from .text import fold

    key = fold(text)
    for member in enum:
        if key in (fold(member.value), fold(member.value.replace("_", " ")), fold(label(enum, member.value))):
            return member.value
    return None
