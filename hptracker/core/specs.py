"""What each record's fields are: name, type, whether required, their label and limits.

Declared once and used twice: the Tracker cleans every write with them (:mod:`.validate`), and the
window's forms take their labels and limits from the same declarations, so a form cannot accept
what the Tracker refuses.
"""

from __future__ import annotations

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
)
from .i18n import QT_TRANSLATE_NOOP
from .validate import Spec

PARTNER_FIELDS = (
    Spec("name", "text", required=True, label=QT_TRANSLATE_NOOP("Field", "Name"), max_length=300),
    Spec("name_en", "text", label=QT_TRANSLATE_NOOP("Field", "English name"), max_length=300),
    Spec("name_native", "text", label=QT_TRANSLATE_NOOP("Field", "Native name"), max_length=300),
    Spec("kind", "enum", enum=PartnerKind, label=QT_TRANSLATE_NOOP("Field", "Kind")),
    Spec("level", "enum", enum=GovLevel, label=QT_TRANSLATE_NOOP("Field", "Level")),
    Spec("country", "country", label=QT_TRANSLATE_NOOP("Field", "Country")),
    Spec("parent_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Parent partner")),
    Spec("relationship_level", "text", label=QT_TRANSLATE_NOOP("Field", "Relationship level"), max_length=200),
    Spec("relationship_since", "year", label=QT_TRANSLATE_NOOP("Field", "Relationship since")),
    Spec("successor_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Successor")),
    Spec("notes", "text", label=QT_TRANSLATE_NOOP("Field", "Notes")),
    Spec("aliases", "list", label=QT_TRANSLATE_NOOP("Field", "Aliases")),
)

UNIT_FIELDS = (
    Spec("name", "text", required=True, label=QT_TRANSLATE_NOOP("Field", "Name"), max_length=300),
    Spec("name_en", "text", label=QT_TRANSLATE_NOOP("Field", "English name"), max_length=300),
    Spec("abbreviation", "text", label=QT_TRANSLATE_NOOP("Field", "Abbreviation"), max_length=50),
    Spec("successor_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Successor")),
    Spec("notes", "text", label=QT_TRANSLATE_NOOP("Field", "Notes")),
)

CONTACT_FIELDS = (
    Spec("name", "text", required=True, label=QT_TRANSLATE_NOOP("Field", "Name"), max_length=200),
    Spec("position", "text", label=QT_TRANSLATE_NOOP("Field", "Position"), max_length=200),
    Spec("organisation", "text", label=QT_TRANSLATE_NOOP("Field", "Organisation"), max_length=300),
    Spec("phone", "text", label=QT_TRANSLATE_NOOP("Field", "Phone"), max_length=100),
    Spec("email", "text", label=QT_TRANSLATE_NOOP("Field", "Email"), max_length=200),
    Spec("notes", "text", label=QT_TRANSLATE_NOOP("Field", "Notes")),
)

MEETING_FIELDS = (
    Spec("date", "date", required=True, label=QT_TRANSLATE_NOOP("Field", "Date")),
    Spec("time", "time", label=QT_TRANSLATE_NOOP("Field", "Time")),
    Spec("place", "text", label=QT_TRANSLATE_NOOP("Field", "Place"), max_length=300),
    Spec("direction", "enum", enum=MeetingDirection, label=QT_TRANSLATE_NOOP("Field", "Direction")),
    Spec("format", "enum", enum=MeetingFormat, label=QT_TRANSLATE_NOOP("Field", "Format")),
    Spec("title", "text", required=True, label=QT_TRANSLATE_NOOP("Field", "Title"), max_length=500),
    Spec("partner_ids", "list", required=True, label=QT_TRANSLATE_NOOP("Field", "Partners")),
    Spec("host_unit_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Host unit")),
    Spec("our_lead", "text", label=QT_TRANSLATE_NOOP("Field", "Our lead"), max_length=300),
    Spec("partner_head", "text", label=QT_TRANSLATE_NOOP("Field", "Partner's head of delegation"), max_length=300),
    Spec("partner_head_romanised", "text", label=QT_TRANSLATE_NOOP("Field", "Head of delegation (romanised)"), max_length=300),
    Spec("attendees", "text", label=QT_TRANSLATE_NOOP("Field", "Attendees")),
    Spec("summary", "text", label=QT_TRANSLATE_NOOP("Field", "Summary")),
    Spec("source", "text", label=QT_TRANSLATE_NOOP("Field", "Source")),
)

AGREEMENT_FIELDS = (
    Spec("form", "enum", required=True, enum=AgreementForm, label=QT_TRANSLATE_NOOP("Field", "Form")),
    Spec("title", "text", required=True, label=QT_TRANSLATE_NOOP("Field", "Title"), max_length=500),
    Spec("reference", "text", label=QT_TRANSLATE_NOOP("Field", "Reference number"), max_length=100),
    Spec("party_ids", "list", required=True, label=QT_TRANSLATE_NOOP("Field", "Parties")),
    Spec("signing_unit_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Signing unit")),
    Spec("our_signatory", "text", label=QT_TRANSLATE_NOOP("Field", "Our signatory"), max_length=300),
    Spec("partner_signatory", "text", label=QT_TRANSLATE_NOOP("Field", "Partner's signatory"), max_length=300),
    Spec("signed_date", "date", label=QT_TRANSLATE_NOOP("Field", "Signed date")),
    Spec("signed_place", "text", label=QT_TRANSLATE_NOOP("Field", "Signed at"), max_length=300),
    Spec("meeting_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Meeting")),
    Spec("effective_date", "date", label=QT_TRANSLATE_NOOP("Field", "Effective date")),
    Spec("expiry_date", "date", label=QT_TRANSLATE_NOOP("Field", "Expiry date")),
    Spec("status", "enum", enum=AgreementStatus, label=QT_TRANSLATE_NOOP("Field", "Status")),
    Spec("successor_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Successor agreement")),
    Spec("summary", "text", label=QT_TRANSLATE_NOOP("Field", "Summary")),
    Spec("fields", "list", label=QT_TRANSLATE_NOOP("Field", "Fields of cooperation")),
    Spec("files", "list", label=QT_TRANSLATE_NOOP("Field", "Files")),
)

FOLLOWUP_FIELDS = (
    Spec("title", "text", required=True, label=QT_TRANSLATE_NOOP("Field", "Title"), max_length=1000),
    Spec("details", "text", label=QT_TRANSLATE_NOOP("Field", "Details")),
    # Its own context: the meeting's Direction (a delegation in or out) translates otherwise.
    Spec(
        "direction",
        "enum",
        required=True,
        enum=FollowUpDirection,
        label=QT_TRANSLATE_NOOP("FollowUpField", "Direction"),
        context="FollowUpField",
    ),
    Spec("partner_id", "ref", required=True, label=QT_TRANSLATE_NOOP("Field", "Partner")),
    Spec("meeting_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Meeting")),
    Spec("agreement_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Agreement")),
    Spec("category_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Category")),
    Spec("unit_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Responsible unit")),
    Spec("officer", "text", label=QT_TRANSLATE_NOOP("Field", "Responsible officer"), max_length=200),
    Spec("contact_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Partner contact")),
    Spec("priority", "enum", enum=Priority, label=QT_TRANSLATE_NOOP("Field", "Priority")),
    Spec("due", "text", label=QT_TRANSLATE_NOOP("Field", "Due")),  # parsed separately: text, Due, or None
    Spec("status", "enum", enum=FollowUpStatus, label=QT_TRANSLATE_NOOP("Field", "Status")),
    # The day the request was raised; the meeting's date (else today) when not given.
    Spec("raised_on", "date", label=QT_TRANSLATE_NOOP("Field", "Raised on")),
    Spec("fields", "list", label=QT_TRANSLATE_NOOP("Field", "Fields of cooperation")),
)

STATUS_SPEC = Spec("status", "enum", enum=FollowUpStatus, label=QT_TRANSLATE_NOOP("Field", "Status"))

FACT_FIELDS = (
    Spec("indicator", "text", required=True, label=QT_TRANSLATE_NOOP("Field", "Indicator"), max_length=500),
    Spec("value", "float", label=QT_TRANSLATE_NOOP("Field", "Value")),
    Spec("value_text", "text", label=QT_TRANSLATE_NOOP("Field", "Value (text)"), max_length=300),
    Spec("unit", "text", label=QT_TRANSLATE_NOOP("Field", "Unit"), max_length=100),
    Spec("scope", "text", label=QT_TRANSLATE_NOOP("Field", "Scope"), max_length=300),
    Spec("partner_id", "ref", label=QT_TRANSLATE_NOOP("Field", "Partner")),
    Spec("country", "country", label=QT_TRANSLATE_NOOP("Field", "Country")),
    Spec("as_of", "date", label=QT_TRANSLATE_NOOP("Field", "As of")),
    Spec("source", "text", label=QT_TRANSLATE_NOOP("Field", "Source")),
)

DEFAULT_CATEGORIES = (
    ("direct_flight", "Đường bay thẳng", "Direct flight / air route"),
    ("twinning", "Kết nghĩa", "Twinning"),
    ("investment", "Thu hút đầu tư", "Investment attraction"),
    ("ftz", "Kinh nghiệm khu thương mại tự do", "Free-trade-zone experience"),
    ("trade", "Xúc tiến thương mại", "Trade promotion"),
    ("liaison", "Cơ chế liên lạc", "Liaison mechanism"),
    ("culture", "Giao lưu văn hóa, nhân dân", "Culture and people-to-people exchange"),
    ("education", "Giáo dục và đào tạo", "Education and training"),
    ("other", "Khác", "Other"),
)
