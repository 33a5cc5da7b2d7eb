"""Enumerated values of the records (SPEC §1).

Stored as their string values; the database enforces them with CHECK constraints built from these
same classes, so the Python and SQL sides cannot drift apart.
"""

from __future__ import annotations

from enum import StrEnum


class PartnerKind(StrEnum):
    GOVERNMENT = "government"
    ENTERPRISE = "enterprise"
    ORGANISATION = "organisation"
    EDUCATION = "education"
    OTHER = "other"


class GovLevel(StrEnum):
    COUNTRY = "country"
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    OTHER = "other"


class MeetingDirection(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    ONLINE = "online"
    EVENT = "event"


class MeetingFormat(StrEnum):
    COURTESY_CALL = "courtesy_call"
    WORKING_SESSION = "working_session"
    TALKS = "talks"
    SIGNING = "signing"


class AgreementForm(StrEnum):
    LETTER_OF_INTENT = "letter_of_intent"
    MOU = "mou"
    COOPERATION_AGREEMENT = "cooperation_agreement"
    MINUTES_OF_TALKS = "minutes_of_talks"
    COOPERATION_PLAN = "cooperation_plan"
    FRIENDSHIP = "friendship"
    TWINNING = "twinning"
    OTHER = "other"


class AgreementStatus(StrEnum):
    PROPOSED = "proposed"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class FollowUpDirection(StrEnum):
    OURS = "ours"  # our request to the partner
    THEIRS = "theirs"  # the partner's request to us
    JOINT = "joint"  # joint commitment


class FollowUpStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    AWAITING_PARTNER = "awaiting_partner"
    ON_HOLD = "on_hold"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self not in (FollowUpStatus.DONE, FollowUpStatus.DROPPED)


OPEN_STATUSES = tuple(s.value for s in FollowUpStatus if s.is_open)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class Timeliness(StrEnum):
    """Computed, never typed (SPEC §1)."""

    NO_DUE = "no_due"
    ON_TRACK = "on_track"
    OVERDUE = "overdue"
    ON_TIME = "on_time"
    LATE = "late"
    DROPPED = "dropped"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
