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
from .i18n import translate as _t

_LABELS: dict[StrEnum, Callable[[], str]] = {
    FollowUpStatus.NOT_STARTED: lambda: _t("Label", "Not started"),
    FollowUpStatus.IN_PROGRESS: lambda: _t("Label", "In progress"),
    FollowUpStatus.AWAITING_PARTNER: lambda: _t("Label", "Awaiting partner"),
    FollowUpStatus.ON_HOLD: lambda: _t("Label", "On hold"),
    FollowUpStatus.DONE: lambda: _t("Label", "Done"),
    FollowUpStatus.DROPPED: lambda: _t("Label", "Dropped"),
    Timeliness.NO_DUE: lambda: _t("Label", "No due date"),
    Timeliness.ON_TRACK: lambda: _t("Label", "On track"),
    Timeliness.OVERDUE: lambda: _t("Label", "Overdue"),
    Timeliness.ON_TIME: lambda: _t("Label", "Done on time"),
    Timeliness.LATE: lambda: _t("Label", "Done late"),
    Timeliness.DROPPED: lambda: _t("Label", "Not applicable"),
    FollowUpDirection.OURS: lambda: _t("Label", "Our request to the partner"),
    FollowUpDirection.THEIRS: lambda: _t("Label", "Partner's request to us"),
    FollowUpDirection.JOINT: lambda: _t("Label", "Joint commitment"),
    Priority.LOW: lambda: _t("Label", "Low"),
    Priority.NORMAL: lambda: _t("Label", "Normal"),
    Priority.HIGH: lambda: _t("Label", "High"),
    AgreementStatus.PROPOSED: lambda: _t("Label", "Proposed"),
    AgreementStatus.SIGNED: lambda: _t("Label", "Signed"),
    AgreementStatus.IN_FORCE: lambda: _t("Label", "In force"),
    AgreementStatus.SUSPENDED: lambda: _t("Label", "Suspended"),
    AgreementStatus.EXPIRED: lambda: _t("Label", "Expired"),
    AgreementStatus.TERMINATED: lambda: _t("Label", "Terminated"),
    AgreementForm.LETTER_OF_INTENT: lambda: _t("Label", "Letter of intent"),
    AgreementForm.MOU: lambda: _t("Label", "Memorandum of understanding"),
    AgreementForm.COOPERATION_AGREEMENT: lambda: _t("Label", "Cooperation agreement"),
    AgreementForm.MINUTES_OF_TALKS: lambda: _t("Label", "Minutes of talks"),
    AgreementForm.COOPERATION_PLAN: lambda: _t("Label", "Cooperation plan"),
    AgreementForm.FRIENDSHIP: lambda: _t("Label", "Friendship relation"),
    AgreementForm.TWINNING: lambda: _t("Label", "Twinning"),
    AgreementForm.OTHER: lambda: _t("Label", "Other document"),
    MeetingDirection.INCOMING: lambda: _t("Label", "Incoming delegation"),
    MeetingDirection.OUTGOING: lambda: _t("Label", "Outgoing delegation"),
    MeetingDirection.ONLINE: lambda: _t("Label", "Online"),
    MeetingDirection.EVENT: lambda: _t("Label", "Event"),
    MeetingFormat.COURTESY_CALL: lambda: _t("Label", "Courtesy call"),
    MeetingFormat.WORKING_SESSION: lambda: _t("Label", "Working session"),
    MeetingFormat.TALKS: lambda: _t("Label", "Talks"),
    MeetingFormat.SIGNING: lambda: _t("Label", "Signing"),
    PartnerKind.GOVERNMENT: lambda: _t("Label", "Government body"),
    PartnerKind.ENTERPRISE: lambda: _t("Label", "Enterprise"),
    PartnerKind.ORGANISATION: lambda: _t("Label", "Organisation"),
    PartnerKind.EDUCATION: lambda: _t("Label", "Education / research"),
    PartnerKind.OTHER: lambda: _t("Label", "Other"),
    GovLevel.COUNTRY: lambda: _t("Label", "Country"),
    GovLevel.PROVINCE: lambda: _t("Label", "Province"),
    GovLevel.CITY: lambda: _t("Label", "City"),
    GovLevel.DISTRICT: lambda: _t("Label", "District"),
    GovLevel.OTHER: lambda: _t("Label", "Other level"),
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
