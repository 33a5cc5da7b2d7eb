"""The records of SPEC §1 as SQLAlchemy 2.x typed models.

The database holds the rules too (NOT NULL, CHECK for every enumerated value and for non-blank
required text, foreign keys), so a row written by any tool — raw SQL, an old version, a bug — cannot
break them. Names of constraints are fixed by the naming convention so Alembic batch migrations on
SQLite can find them again.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .enums import (
    AgreementForm,
    AgreementStatus,
    AuditAction,
    FollowUpDirection,
    FollowUpStatus,
    GovLevel,
    MeetingDirection,
    MeetingFormat,
    PartnerKind,
    Priority,
)
from .text import DuePrecision

# Every relationship is lazy="raise": a record leaves its session with what its use case loaded
# (selectinload) and nothing else, so code that follows an unloaded link fails at once, in the
# tests, with the link's name — never with a DetachedInstanceError in the field, and never with a
# query per row inside a loop (STYLE.md habit 15).

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def one_of(column: str, enum: type[StrEnum], name: str | None = None, nullable: bool = False):
    values = ", ".join(f"'{member.value}'" for member in enum)
    expr = f"{column} IN ({values})"
    if nullable:
        expr = f"{column} IS NULL OR {expr}"
    return CheckConstraint(expr, name=name or f"{column}_valid")


def not_blank(column: str):
    """Required text: not NULL (column) and not empty after trimming (this check)."""
    return CheckConstraint(f"length(trim({column})) > 0", name=f"{column}_not_blank")


def blank_or_null(column: str):
    """Optional text is NULL when absent, never an empty string."""
    return CheckConstraint(f"{column} IS NULL OR length(trim({column})) > 0", name=f"{column}_null_or_text")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Versioned:
    """A record officers edit: ``version`` counts its changes (1 when made), so a save made from an
    older version is refused instead of silently undoing another officer's change (db/versions/0004)."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    if TYPE_CHECKING:  # what every versioned model has (declared by the models themselves)
        __tablename__: str
        id: int


def table_of(model: type[Base]) -> Table:
    """The Table a model is mapped to (SQLAlchemy types ``__table__`` as any FromClause; every
    model here is mapped to a Table)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class SoftDelete:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class Officer(Base):
    """A person who uses the app; every audit entry names one."""

    __tablename__ = "officers"
    __table_args__ = (not_blank("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Unit(Versioned, Base):
    """One of our home-side bodies (HEZA, City People's Committee...)."""

    __tablename__ = "units"
    __table_args__ = (not_blank("name"), CheckConstraint("successor_id IS NULL OR successor_id <> id", name="successor_not_self"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    abbreviation: Mapped[str | None] = mapped_column(String(50))
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(Text, default="", server_default="")  # since 0003
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class Category(Base):
    """Follow-up category (direct flight, twinning...): an editable list."""

    __tablename__ = "categories"
    __table_args__ = (not_blank("name"), not_blank("code"))

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Field(Base):
    """A field of cooperation (tag) for agreements and follow-ups."""

    __tablename__ = "fields"
    __table_args__ = (not_blank("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    folded: Mapped[str] = mapped_column(String(200), unique=True)
    sort_key: Mapped[str] = mapped_column(Text, default="", server_default="")  # since 0003


class Partner(Versioned, SoftDelete, Base):
    __tablename__ = "partners"
    __table_args__ = (
        not_blank("name"),
        one_of("kind", PartnerKind),
        one_of("level", GovLevel, nullable=True),
        CheckConstraint("country IS NULL OR (length(country) = 2 AND country = upper(country))", name="country_iso2"),
        CheckConstraint("relationship_since IS NULL OR relationship_since BETWEEN 1800 AND 2200", name="since_year"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="parent_not_self"),
        CheckConstraint("successor_id IS NULL OR successor_id <> id", name="successor_not_self"),
        blank_or_null("name_en"),
        blank_or_null("name_native"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    name_native: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default=PartnerKind.GOVERNMENT.value)
    level: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"), index=True)
    relationship_level: Mapped[str | None] = mapped_column(String(200))
    relationship_since: Mapped[int | None] = mapped_column(Integer)
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(600), default="", index=True)

    aliases: Mapped[list[PartnerAlias]] = relationship(
        lazy="raise", back_populates="partner", cascade="all, delete-orphan", order_by="PartnerAlias.id"
    )
    contacts: Mapped[list[Contact]] = relationship(
        lazy="raise", back_populates="partner", cascade="all, delete-orphan", order_by="Contact.id"
    )
    parent: Mapped[Partner | None] = relationship(lazy="raise", remote_side=[id], foreign_keys=[parent_id])


class PartnerAlias(Base):
    __tablename__ = "partner_aliases"
    __table_args__ = (not_blank("alias"), UniqueConstraint("partner_id", "alias", name="uq_partner_aliases_partner_alias"))

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))

    partner: Mapped[Partner] = relationship(lazy="raise", back_populates="aliases")


class Contact(Versioned, Base):
    __tablename__ = "contacts"
    __table_args__ = (not_blank("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner] = relationship(lazy="raise", back_populates="contacts")


meeting_partners = Table(
    "meeting_partners",
    Base.metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partners.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class Meeting(Versioned, SoftDelete, Base):
    __tablename__ = "meetings"
    __table_args__ = (not_blank("title"), one_of("direction", MeetingDirection), one_of("format", MeetingFormat))

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(300))
    direction: Mapped[str] = mapped_column(String(20), default=MeetingDirection.INCOMING.value)
    format: Mapped[str] = mapped_column(String(20), default=MeetingFormat.WORKING_SESSION.value)
    title: Mapped[str] = mapped_column(String(500))
    host_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    our_lead: Mapped[str | None] = mapped_column(String(300))
    partner_head: Mapped[str | None] = mapped_column(String(300))  # original script
    partner_head_romanised: Mapped[str | None] = mapped_column(String(300))
    attendees: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(1100), default="")

    partners: Mapped[list[Partner]] = relationship(lazy="raise", secondary=meeting_partners, order_by="Partner.id")
    host_unit: Mapped[Unit | None] = relationship(lazy="raise")


agreement_parties = Table(
    "agreement_parties",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partners.id", ondelete="RESTRICT"), primary_key=True, index=True),
)

agreement_fields = Table(
    "agreement_fields",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
    Column("field_id", ForeignKey("fields.id", ondelete="RESTRICT"), primary_key=True),
)


class Agreement(Versioned, SoftDelete, Base):
    __tablename__ = "agreements"
    __table_args__ = (
        not_blank("title"),
        one_of("form", AgreementForm),
        one_of("status", AgreementStatus),
        CheckConstraint("expiry_date IS NULL OR effective_date IS NULL OR expiry_date >= effective_date", name="expiry_after_effective"),
        CheckConstraint("successor_id IS NULL OR successor_id <> id", name="successor_not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    form: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(500))
    reference: Mapped[str | None] = mapped_column(String(100))
    signing_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    our_signatory: Mapped[str | None] = mapped_column(String(300))
    partner_signatory: Mapped[str | None] = mapped_column(String(300))
    signed_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    signed_place: Mapped[str | None] = mapped_column(String(300))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    expiry_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default=AgreementStatus.SIGNED.value)
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"))
    summary: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(1100), default="")

    parties: Mapped[list[Partner]] = relationship(lazy="raise", secondary=agreement_parties, order_by="Partner.id")
    fields: Mapped[list[Field]] = relationship(lazy="raise", secondary=agreement_fields, order_by="Field.name")
    files: Mapped[list[AgreementFile]] = relationship(
        lazy="raise", back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementFile.id"
    )
    signing_unit: Mapped[Unit | None] = relationship(lazy="raise")
    meeting: Mapped[Meeting | None] = relationship(lazy="raise")


class AgreementFile(Base):
    __tablename__ = "agreement_files"
    __table_args__ = (
        not_blank("path"),
        # Written for both databases (SQLite's GLOB does not exist on PostgreSQL); SQLite files
        # made by db/versions/0001 say the same with GLOB.
        CheckConstraint("length(sha256) = 64 AND trim(sha256, '0123456789abcdef') = ''", name="sha256_hex"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))

    agreement: Mapped[Agreement] = relationship(lazy="raise", back_populates="files")


followup_fields = Table(
    "followup_fields",
    Base.metadata,
    Column("followup_id", ForeignKey("followups.id", ondelete="CASCADE"), primary_key=True),
    Column("field_id", ForeignKey("fields.id", ondelete="RESTRICT"), primary_key=True),
)


class FollowUp(Versioned, SoftDelete, Base):
    """A request or commitment raised with a partner: the heart of the app."""

    __tablename__ = "followups"
    __table_args__ = (
        not_blank("title"),
        one_of("direction", FollowUpDirection),
        one_of("status", FollowUpStatus),
        one_of("priority", Priority),
        one_of("due_precision", DuePrecision, nullable=True),
        CheckConstraint("(due_date IS NULL) = (due_precision IS NULL)", name="due_with_precision"),
        CheckConstraint("(status = 'done') = (completed_on IS NOT NULL)", name="completed_when_done"),
        Index("ix_followups_open_due", "deleted_at", "status", "due_date"),
        Index("ix_followups_direction", "direction"),
        Index("ix_followups_officer", "officer"),
        Index("ix_followups_updated_at", "updated_at"),
        # Expression indexes for the sort orders live in db/versions/0002 (SQLite reflects
        # no expression index, so declaring them here would only confuse autogenerate).
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(1000))
    details: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[str] = mapped_column(String(10))
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="RESTRICT"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="RESTRICT"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    officer: Mapped[str | None] = mapped_column(String(200))  # our responsible officer
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    priority: Mapped[str] = mapped_column(String(10), default=Priority.NORMAL.value)
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    due_precision: Mapped[str | None] = mapped_column(String(10))
    # The day the request was raised (the meeting's date, or the day given when old minutes are
    # entered): periodic figures count a follow-up from this day (SPEC §10). Since 0005.
    raised_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=FollowUpStatus.NOT_STARTED.value, index=True)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    # Date of the latest progress entry, kept by the use cases so "last update" sorts on an index.
    last_progress_date: Mapped[dt.date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(2100), default="", index=True)

    partner: Mapped[Partner] = relationship(lazy="raise")
    meeting: Mapped[Meeting | None] = relationship(lazy="raise")
    agreement: Mapped[Agreement | None] = relationship(lazy="raise")
    category: Mapped[Category | None] = relationship(lazy="raise")
    unit: Mapped[Unit | None] = relationship(lazy="raise")
    contact: Mapped[Contact | None] = relationship(lazy="raise")
    fields: Mapped[list[Field]] = relationship(lazy="raise", secondary=followup_fields, order_by="Field.name")
    progress: Mapped[list[ProgressEntry]] = relationship(
        lazy="raise", back_populates="followup", cascade="all, delete-orphan", order_by="(ProgressEntry.date, ProgressEntry.id)"
    )


class ProgressEntry(Base):
    """One dated line of a follow-up's history; a status change always writes one."""

    __tablename__ = "progress_entries"
    __table_args__ = (one_of("status", FollowUpStatus), Index("ix_progress_entries_followup_date", "followup_id", "date", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    followup_id: Mapped[int] = mapped_column(ForeignKey("followups.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    followup: Mapped[FollowUp] = relationship(lazy="raise", back_populates="progress")
    officer: Mapped[Officer | None] = relationship(lazy="raise")


class Fact(Versioned, SoftDelete, Base):
    """An indicator a brief cites: attached to a partner, a country, or the whole city."""

    __tablename__ = "facts"
    __table_args__ = (
        not_blank("indicator"),
        CheckConstraint("NOT (partner_id IS NOT NULL AND country IS NOT NULL)", name="one_scope"),
        CheckConstraint("country IS NULL OR (length(country) = 2 AND country = upper(country))", name="country_iso2"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator: Mapped[str] = mapped_column(String(500))
    value: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(String(300))
    unit: Mapped[str | None] = mapped_column(String(100))
    scope: Mapped[str | None] = mapped_column(String(300))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"), index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner | None] = relationship(lazy="raise")


class AuditEntry(Base):
    """Who changed what, when, with the old and new values as JSON."""

    __tablename__ = "audit"
    __table_args__ = (one_of("action", AuditAction), not_blank("entity"), Index("ix_audit_entity", "entity", "entity_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id", ondelete="RESTRICT"))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    # The version the change left the record at (since 0004): "who changed it since version V".
    version: Mapped[int | None] = mapped_column(Integer)

    officer: Mapped[Officer] = relationship(lazy="raise")
