"""The use cases of hptracker: the one door to the data for the window, the CLI and the exports.

Each public method is one user action: it opens its own session, validates, writes the change and
its audit entry in one transaction, and returns plain values (row dataclasses) or detached,
eagerly loaded records (``expire_on_commit=False``). Callers never see a session.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import (
    Select,
    and_,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, aliased, selectinload

from . import audit, followup_query, search
from .bulk import Batch, Draft, add_row
from .db import Database, open_database, store_error_from
from .enums import (
    AgreementStatus,
    AuditAction,
    FollowUpStatus,
    PartnerKind,
    Priority,
)
from .errors import NotFoundError, ValidationError
from .i18n import QT_TRANSLATE_NOOP, translate
from .models import (
    Agreement,
    AgreementFile,
    AuditEntry,
    Base,
    Category,
    Contact,
    Fact,
    Field,
    FollowUp,
    Meeting,
    Officer,
    Partner,
    PartnerAlias,
    ProgressEntry,
    Unit,
)
from .rows import (
    AgreementRow,
    FollowUpQuery,
    FollowUpRow,
    HistoryItem,
    MeetingRow,
    PartnerRow,
    agreement_row,
    meeting_row,
    partner_row,
)
from .rules import (
    agreement_effective_status,
    agreement_effective_status_sql,
    days_overdue,
    open_sql,
    timeliness,
)
from .search import search_tokens
from .specs import (
    AGREEMENT_FIELDS,
    CONTACT_FIELDS,
    DEFAULT_CATEGORIES,
    FACT_FIELDS,
    FOLLOWUP_FIELDS,
    MEETING_FIELDS,
    PARTNER_FIELDS,
    STATUS_SPEC,
    UNIT_FIELDS,
)
from .text import Due, DuePrecision, clean, fold, normalise_due, parse_due, sort_key
from .validate import Spec, clean_list, clean_value, clean_values

T = TypeVar("T", bound=Base)

# --------------------------------------------------------------------------------------------
# The facade
# --------------------------------------------------------------------------------------------


class Tracker:
    """Use cases over one open database, acting as one officer."""

    def __init__(self, database: Database, officer: str | None = None) -> None:
        self.db = database
        self._officer_name = clean(officer) or default_officer_name()
        self._officer_id: int | None = None
        # Counts each committed write: figures read before are still right while it is unchanged
        # (this process is the database's only writer, see lock.py).
        self.generation = 0

    @classmethod
    def open(cls, target, officer: str | None = None, **kwargs: Any) -> Tracker:
        return cls(open_database(target, **kwargs), officer)

    def close(self) -> None:
        self.db.dispose()

    # -- sessions ------------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self.db.sessions() as session:
            try:
                yield session
            except DBAPIError as exc:
                raise store_error_from(exc, self.db.path) from None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction per user action: all of it is written, or nothing."""
        officer_known = self._officer_id is not None
        with self.db.sessions() as session:
            try:
                with session.begin():
                    yield session
                self.generation += 1
            except BaseException as exc:
                if not officer_known:
                    self._officer_id = None  # an officer row made in this transaction is gone with it
                if isinstance(exc, IntegrityError):
                    raise _integrity_message(exc) from None
                if isinstance(exc, DBAPIError):
                    raise store_error_from(exc, self.db.path) from None
                raise

    # -- officer and audit -----------------------------------------------------------------------

    @property
    def officer(self) -> str:
        return self._officer_name

    def set_officer(self, name: str) -> None:
        name = clean(name)
        if not name:
            raise ValidationError("officer", translate("Validation", "The officer's name is required."))
        self._officer_name = name
        self._officer_id = None

    def _officer_row_id(self, session: Session) -> int:
        if self._officer_id is not None:
            return self._officer_id
        found = session.scalar(select(Officer.id).where(Officer.name == self._officer_name))
        if found is None:
            officer = Officer(name=self._officer_name)
            session.add(officer)
            session.flush()
            found = officer.id
        self._officer_id = found
        return found

    def _audit(self, session: Session | Batch, action: AuditAction, obj: Base, old: Mapping[str, Any] | None,
               new: Mapping[str, Any] | None, note: str | None = None) -> None:
        values = audit.entry_values(action, old, new)
        if values is None:
            return
        session.flush()
        add_row(session, AuditEntry, {
            "officer_id": self._officer_row_id(session),
            "entity": obj.__tablename__,
            "entity_id": obj.id,  # type: ignore[attr-defined]
            "action": action.value,
            "old": values[0],
            "new": values[1],
            "note": note,
        })

    _snapshot = staticmethod(audit.snapshot)  # the importer's bulk steps call it on drafts

    def audit_for(self, entity: str, entity_id: int) -> list[HistoryItem]:
        with self._read() as session:
            rows = session.execute(
                select(AuditEntry, Officer.name)
                .join(Officer, Officer.id == AuditEntry.officer_id)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.at, AuditEntry.id)
            ).all()
        return audit.history_items(rows)

    def audit_count(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count(AuditEntry.id))) or 0

    # -- generic helpers ----------------------------------------------------------------------------

    def _page(self, stmt: Select, offset: int, limit: int | None) -> list[Any]:
        """One page of a list's rows (every list pages in SQL)."""
        stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._read() as session:
            return list(session.execute(stmt).all())

    def _get(self, session: Session, model: type[T], record_id: int, *, live: bool = True,
             field_name: str | None = None) -> T:
        obj = session.get(model, record_id)
        if obj is None or (live and getattr(obj, "deleted_at", None) is not None):
            what = _record_label(model)
            message = translate("Validation", "{record} #{id} does not exist.").format(record=what, id=record_id)
            if field_name:
                raise ValidationError(field_name, message)
            raise NotFoundError(message)
        return obj

    def _soft_delete(self, model: type[T], record_id: int, restore: bool = False) -> None:
        with self._write() as session:
            obj = self._get(session, model, record_id, live=not restore)
            if restore and obj.deleted_at is None:  # type: ignore[attr-defined]
                return
            before = {"deleted_at": audit.jsonable(obj.deleted_at)}  # type: ignore[attr-defined]
            obj.deleted_at = None if restore else _utcnow()  # type: ignore[attr-defined]
            self._audit(session, AuditAction.RESTORE if restore else AuditAction.DELETE, obj, before,
                        {"deleted_at": audit.jsonable(obj.deleted_at)})  # type: ignore[attr-defined]

    def _partners_by_ids(self, session: Session, ids: Iterable[Any], field_name: str) -> list[Partner]:
        result: list[Partner] = []
        for raw in ids:
            label = {"partner_ids": QT_TRANSLATE_NOOP("Field", "Partners"),
                     "party_ids": QT_TRANSLATE_NOOP("Field", "Parties")}.get(field_name, field_name)
            pid = clean_value(Spec(field_name, "ref", label=label), raw)
            partner = self._get(session, Partner, pid, field_name=field_name)
            if partner not in result:
                result.append(partner)
        return result

    def _fields_by_names(self, session: Session, names: Iterable[Any]) -> list[Field]:
        result: list[Field] = []
        for name in clean_list(names):
            key = fold(name)
            found = session.scalar(select(Field).where(Field.folded == key))
            if found is None:
                found = Field(name=name, folded=key)
                session.add(found)
                session.flush()
            if found not in result:
                result.append(found)
        return result

    def _check_ref(self, session: Session, model: type[Base], value: int | None, field_name: str) -> None:
        if value is not None:
            self._get(session, model, value, field_name=field_name)

    @staticmethod
    def _refuse_loop(session: Session, model: type[Base], link: str, record_id: int | None, target: int | None,
                     message: str) -> None:
        """Following ``link`` (a parent or a successor) from ``target`` must never lead back to the
        record: A → B → A would leave no current unit, or a partner inside its own parent."""
        if target is None or record_id is None:
            return  # a new record: nothing can point at it yet
        column = getattr(model, link)
        seen: set[int] = set()
        current: int | None = target
        while current is not None and current not in seen:
            if current == record_id:
                raise ValidationError(link, message)
            seen.add(current)
            current = session.scalar(select(column).where(model.id == current))  # type: ignore[attr-defined]

    # ==== units and categories =========================================================================

    def list_units(self, include_deleted: bool = False) -> list[Unit]:
        with self._read() as session:
            stmt = select(Unit).order_by(Unit.name)
            if not include_deleted:
                stmt = stmt.where(Unit.deleted_at.is_(None))
            return list(session.scalars(stmt))

    def create_unit(self, **values: Any) -> Unit:
        data = clean_values(UNIT_FIELDS, values)
        with self._write() as session:
            self._check_ref(session, Unit, data.get("successor_id"), "successor_id")
            unit = Unit(**data)
            unit.search_key = fold(" | ".join(filter(None, [unit.name, unit.name_en, unit.abbreviation])))
            session.add(unit)
            self._audit(session, AuditAction.CREATE, unit, None, self._snapshot(unit))
            return unit

    def update_unit(self, unit_id: int, **values: Any) -> Unit:
        data = clean_values(UNIT_FIELDS, values, partial=True)
        with self._write() as session:
            unit = self._get(session, Unit, unit_id)
            before = self._snapshot(unit)
            self._check_ref(session, Unit, data.get("successor_id"), "successor_id")
            self._refuse_loop(session, Unit, "successor_id", unit_id, data.get("successor_id"), translate(
                "Validation", "A unit cannot succeed itself, directly or through other units."))
            for key, value in data.items():
                setattr(unit, key, value)
            unit.search_key = fold(" | ".join(filter(None, [unit.name, unit.name_en, unit.abbreviation])))
            self._audit(session, AuditAction.UPDATE, unit, before, self._snapshot(unit))
            return unit

    def delete_unit(self, unit_id: int) -> None:
        self._soft_delete(Unit, unit_id)

    def restore_unit(self, unit_id: int) -> None:
        self._soft_delete(Unit, unit_id, restore=True)

    def find_unit(self, text: str) -> Unit | None:
        key = fold(text)
        if not key:
            return None
        for unit in self.list_units():
            if key in (fold(unit.name), fold(unit.name_en), fold(unit.abbreviation)):
                return unit
        return None

    def ensure_categories(self) -> None:
        """The default category list; officers may add to it."""
        with self._write() as session:
            existing = set(session.scalars(select(Category.code)))
            for position, (code, name, name_en) in enumerate(DEFAULT_CATEGORIES):
                if code not in existing:
                    session.add(Category(code=code, name=name, name_en=name_en, position=position))

    def list_categories(self) -> list[Category]:
        with self._read() as session:
            return list(session.scalars(select(Category).order_by(Category.position, Category.name)))

    def create_category(self, name: str, name_en: str | None = None, code: str | None = None) -> Category:
        name_clean = clean_value(Spec("name", "text", required=True, label=QT_TRANSLATE_NOOP("Field", "Name")), name)
        with self._write() as session:
            code_value = clean(code) or fold(name_clean).replace(" ", "_")[:50]
            if session.scalar(select(Category.id).where(Category.code == code_value)):
                raise ValidationError("name", translate("Validation", "A category with this name already exists."))
            position = (session.scalar(select(func.max(Category.position))) or 0) + 1
            category = Category(code=code_value, name=name_clean, name_en=clean(name_en) or None, position=position)
            session.add(category)
            self._audit(session, AuditAction.CREATE, category, None, self._snapshot(category))
            return category

    def category_by_code(self, code: str) -> Category:
        with self._read() as session:
            found = session.scalar(select(Category).where(Category.code == code))
        if found is None:
            raise NotFoundError(translate("Validation", "Unknown category “{code}”.").format(code=code))
        return found

    def list_fields(self) -> list[Field]:
        with self._read() as session:
            return list(session.scalars(select(Field).order_by(Field.folded)))

    # ==== partners =====================================================================================

    def _partner_keys(self, partner: Partner) -> None:
        names = [partner.name, partner.name_en, partner.name_native, *[a.alias for a in partner.aliases]]
        partner.search_key = " | ".join(fold(n) for n in names if n)
        partner.sort_key = sort_key(partner.name)

    def _check_partner_links(self, session: Session, partner: Partner) -> None:
        with session.no_autoflush:  # checked before the change is written (CHECK constraints)
            if partner.parent_id is not None:
                self._refuse_loop(session, Partner, "parent_id", partner.id, partner.parent_id, translate(
                    "Validation", "A partner cannot be its own parent, directly or through others."))
                self._get(session, Partner, partner.parent_id, field_name="parent_id")
            if partner.successor_id is not None:  # the loop check first: A → A would flush into a CHECK
                self._refuse_loop(session, Partner, "successor_id", partner.id, partner.successor_id, translate(
                    "Validation", "A partner cannot succeed itself, directly or through other partners."))
                self._get(session, Partner, partner.successor_id, field_name="successor_id")
            if partner.level is not None and partner.kind != PartnerKind.GOVERNMENT:
                raise ValidationError("level", translate("Validation", "Only government bodies have a level."))

    def _create_partner(self, session: Session, values: Mapping[str, Any], note: str | None = None) -> Partner:
        data = clean_values(PARTNER_FIELDS, values)
        aliases = clean_list(data.pop("aliases", None) or [])
        data.setdefault("kind", None)
        if data["kind"] is None:
            data["kind"] = PartnerKind.GOVERNMENT.value
        partner = Partner(**data)
        partner.aliases = [PartnerAlias(alias=a) for a in aliases]
        session.add(partner)
        session.flush()
        self._check_partner_links(session, partner)
        self._partner_keys(partner)
        self._audit(session, AuditAction.CREATE, partner, None, self._snapshot(partner), note=note)
        return partner

    def create_partner(self, **values: Any) -> Partner:
        with self._write() as session:
            partner = self._create_partner(session, values)
        return self.get_partner(partner.id)

    def update_partner(self, partner_id: int, **values: Any) -> Partner:
        data = clean_values(PARTNER_FIELDS, values, partial=True)
        with self._write() as session:
            partner = self._get(session, Partner, partner_id)
            before = self._snapshot(partner)
            if "aliases" in data:
                wanted = clean_list(data.pop("aliases") or [])
                keep = [a for a in partner.aliases if a.alias in wanted]
                have = {a.alias for a in keep}
                partner.aliases = keep + [PartnerAlias(alias=a) for a in wanted if a not in have]
            if "kind" in data and data["kind"] is None:
                data["kind"] = PartnerKind.GOVERNMENT.value
            for key, value in data.items():
                setattr(partner, key, value)
            self._check_partner_links(session, partner)  # before a flush, so A → A gets this message
            session.flush()
            self._partner_keys(partner)
            self._audit(session, AuditAction.UPDATE, partner, before, self._snapshot(partner))
        return self.get_partner(partner_id)

    def delete_partner(self, partner_id: int) -> None:
        self._soft_delete(Partner, partner_id)

    def restore_partner(self, partner_id: int) -> None:
        self._soft_delete(Partner, partner_id, restore=True)

    def get_partner(self, partner_id: int, include_deleted: bool = True) -> Partner:
        with self._read() as session:
            stmt = (
                select(Partner)
                .where(Partner.id == partner_id)
                .options(selectinload(Partner.aliases), selectinload(Partner.contacts), selectinload(Partner.parent))
            )
            partner = session.scalar(stmt)
            if partner is None or (not include_deleted and partner.deleted_at is not None):
                raise NotFoundError(translate("Validation", "{record} #{id} does not exist.").format(
                    record=_record_label(Partner), id=partner_id))
            return partner

    def partner_chain(self, partner_id: int) -> list[Partner]:
        """The partner and its parents up to the top (Thuong Ngu → Shaoxing → Zhejiang → China)."""
        chain: list[Partner] = []
        seen: set[int] = set()
        current: int | None = partner_id
        with self._read() as session:
            while current is not None and current not in seen:
                seen.add(current)
                partner = session.get(Partner, current)
                if partner is None:
                    break
                chain.append(partner)
                current = partner.parent_id
        return chain

    def _partner_select(self, text: str = "", include_deleted: bool = False, deleted: bool = False) -> Select:
        parent = aliased(Partner)
        open_count = (
            select(func.count(FollowUp.id))
            .where(FollowUp.partner_id == Partner.id, FollowUp.deleted_at.is_(None),
                   open_sql())
            .correlate(Partner)
            .scalar_subquery()
        )
        stmt = select(Partner, parent.name, open_count).outerjoin(parent, parent.id == Partner.parent_id)
        if deleted:
            stmt = stmt.where(Partner.deleted_at.is_not(None))
        elif not include_deleted:
            stmt = stmt.where(Partner.deleted_at.is_(None))
        for token in search.search_tokens(text):
            stmt = stmt.where(search.contains("partners", Partner.id, Partner.search_key, token, self.db.engine.dialect.name))
        return stmt.options(selectinload(Partner.aliases))

    def list_partners(self, text: str = "", *, include_deleted: bool = False, deleted: bool = False,
                      offset: int = 0, limit: int | None = None, sort: str = "name",
                      descending: bool = False) -> list[PartnerRow]:
        columns = {
            "id": Partner.id, "name": Partner.sort_key, "name_en": Partner.name_en,
            "name_native": Partner.name_native, "kind": Partner.kind, "level": Partner.level,
            "country": Partner.country, "since": Partner.relationship_since,
        }
        stmt = self._partner_select(text, include_deleted, deleted)
        column = columns.get(sort, Partner.sort_key)
        stmt = stmt.order_by(column.desc() if descending else column.asc(), Partner.id)
        return [partner_row(*row) for row in self._page(stmt, offset, limit)]

    def count_partners(self, text: str = "", *, include_deleted: bool = False, deleted: bool = False) -> int:
        stmt = select(func.count()).select_from(self._partner_select(text, include_deleted, deleted).subquery())
        with self._read() as session:
            return session.scalar(stmt) or 0

    def find_partners(self, text: str, limit: int = 20) -> list[PartnerRow]:
        """Type-ahead: any name in any script or alias, diacritics and case ignored."""
        return self.list_partners(text, limit=limit)

    def resolve_partner(self, text: str | int) -> Partner:
        """A partner by ID or by any of its names (exact folded match first, then unique partial)."""
        raw = clean(str(text))
        if raw.isdigit():
            return self.get_partner(int(raw), include_deleted=False)
        key = fold(raw)
        if not key:
            raise NotFoundError(translate("Validation", "No partner matches “{text}”.").format(text=raw))
        candidates = self.list_partners(raw, limit=50)
        exact = [
            row for row in candidates
            if key in {fold(n) for n in (row.name, row.name_en, row.name_native, *row.aliases) if n}
        ]
        if len(exact) == 1:
            return self.get_partner(exact[0].id)
        if len(exact) > 1:
            candidates = exact
        if len(candidates) == 1:
            return self.get_partner(candidates[0].id)
        if not candidates:
            raise NotFoundError(translate("Validation", "No partner matches “{text}”.").format(text=raw))
        names = "; ".join(f"#{row.id} {row.name}" for row in candidates[:5])
        raise NotFoundError(
            translate("Validation", "“{text}” matches several partners ({names}); give the ID.").format(text=raw, names=names)
        )

    def add_contact(self, partner_id: int, **values: Any) -> Contact:
        data = clean_values(CONTACT_FIELDS, values)
        with self._write() as session:
            self._get(session, Partner, partner_id, field_name="partner_id")
            contact = Contact(partner_id=partner_id, **data)
            session.add(contact)
            self._audit(session, AuditAction.CREATE, contact, None, self._snapshot(contact))
            return contact

    def update_contact(self, contact_id: int, **values: Any) -> Contact:
        data = clean_values(CONTACT_FIELDS, values, partial=True)
        with self._write() as session:
            contact = self._get(session, Contact, contact_id)
            before = self._snapshot(contact)
            for key, value in data.items():
                setattr(contact, key, value)
            self._audit(session, AuditAction.UPDATE, contact, before, self._snapshot(contact))
            return contact

    def remove_contact(self, contact_id: int) -> None:
        with self._write() as session:
            contact = self._get(session, Contact, contact_id)
            self._audit(session, AuditAction.DELETE, contact, self._snapshot(contact), None)
            session.delete(contact)

    # ==== meetings =====================================================================================

    def _meeting_keys(self, meeting: Meeting) -> None:
        parts = [meeting.title, meeting.place, meeting.our_lead, meeting.partner_head, meeting.partner_head_romanised]
        meeting.search_key = " | ".join(fold(p) for p in parts if p)
        meeting.sort_key = sort_key(meeting.title)

    def _apply_meeting(self, session: Session, meeting: Meeting, data: dict[str, Any]) -> None:
        if "partner_ids" in data:
            ids = data.pop("partner_ids") or []
            partners = self._partners_by_ids(session, ids, "partner_ids")
            if not partners:
                raise ValidationError("partner_ids", translate("Validation", "A meeting needs at least one partner."))
            meeting.partners = partners
        self._check_ref(session, Unit, data.get("host_unit_id"), "host_unit_id")
        for key, value in data.items():
            if key in ("direction", "format") and value is None:
                continue
            setattr(meeting, key, value)
        self._meeting_keys(meeting)

    def create_meeting(self, **values: Any) -> Meeting:
        with self._write() as session:
            meeting = self._create_meeting(session, values)
        return self.get_meeting(meeting.id)

    def _create_meeting(self, session: Session, values: Mapping[str, Any]) -> Meeting:
        data = clean_values(MEETING_FIELDS, values)
        meeting = Meeting()
        self._apply_meeting(session, meeting, data)
        session.add(meeting)
        session.flush()
        self._audit(session, AuditAction.CREATE, meeting, None, self._snapshot(meeting))
        return meeting

    def update_meeting(self, meeting_id: int, **values: Any) -> Meeting:
        data = clean_values(MEETING_FIELDS, values, partial=True)
        with self._write() as session:
            meeting = self._get(session, Meeting, meeting_id)
            before = self._snapshot(meeting)
            self._apply_meeting(session, meeting, data)
            session.flush()
            self._audit(session, AuditAction.UPDATE, meeting, before, self._snapshot(meeting))
        return self.get_meeting(meeting_id)

    def delete_meeting(self, meeting_id: int) -> None:
        self._soft_delete(Meeting, meeting_id)

    def restore_meeting(self, meeting_id: int) -> None:
        self._soft_delete(Meeting, meeting_id, restore=True)

    def get_meeting(self, meeting_id: int) -> Meeting:
        with self._read() as session:
            meeting = session.scalar(
                select(Meeting).where(Meeting.id == meeting_id)
                .options(selectinload(Meeting.partners), selectinload(Meeting.host_unit))
            )
        if meeting is None:
            raise NotFoundError(translate("Validation", "{record} #{id} does not exist.").format(
                record=_record_label(Meeting), id=meeting_id))
        return meeting

    def log_meeting(self, meeting: Mapping[str, Any], agreements: Sequence[Mapping[str, Any]] = (),
                    followups: Sequence[Mapping[str, Any]] = ()) -> Meeting:
        """A meeting with the agreements and follow-ups raised at it, in one transaction.

        Agreements default to the meeting's partners, date and place; follow-ups default to the
        meeting's first partner. A follow-up may point at one of these agreements with
        ``agreement_index`` (its position in ``agreements``).
        """
        with self._write() as session:
            created = self._create_meeting(session, meeting)
            new_agreements: list[Agreement] = []
            for values in agreements:
                values = dict(values)
                values.setdefault("party_ids", [p.id for p in created.partners])
                values.setdefault("signed_date", created.date)
                values.setdefault("signed_place", created.place)
                values.setdefault("signing_unit_id", created.host_unit_id)
                values["meeting_id"] = created.id
                new_agreements.append(self._create_agreement(session, values))
            for values in followups:
                values = dict(values)
                index = values.pop("agreement_index", None)
                if index is not None:
                    values["agreement_id"] = new_agreements[int(index)].id
                values.setdefault("partner_id", created.partners[0].id)
                values.setdefault("unit_id", created.host_unit_id)
                values["meeting_id"] = created.id
                self._create_followup(session, values)
        return self.get_meeting(created.id)

    def _meeting_select(self, text: str = "", partner_id: int | None = None, deleted: bool = False) -> Select:
        followups = (
            select(func.count(FollowUp.id)).where(FollowUp.meeting_id == Meeting.id, FollowUp.deleted_at.is_(None))
            .correlate(Meeting).scalar_subquery()
        )
        agreements = (
            select(func.count(Agreement.id)).where(Agreement.meeting_id == Meeting.id, Agreement.deleted_at.is_(None))
            .correlate(Meeting).scalar_subquery()
        )
        stmt = select(Meeting, Unit.name, followups, agreements).outerjoin(Unit, Unit.id == Meeting.host_unit_id)
        stmt = stmt.where(Meeting.deleted_at.is_not(None) if deleted else Meeting.deleted_at.is_(None))
        if partner_id is not None:
            stmt = stmt.where(Meeting.partners.any(Partner.id == partner_id))
        for token in search.search_tokens(text):
            stmt = stmt.where(or_(search.like(Meeting.search_key, token), Meeting.partners.any(search.like(Partner.search_key, token))))
        return stmt.options(selectinload(Meeting.partners))

    def list_meetings(self, text: str = "", *, partner_id: int | None = None, deleted: bool = False,
                      offset: int = 0, limit: int | None = None, sort: str = "date",
                      descending: bool = True) -> list[MeetingRow]:
        columns = {"id": Meeting.id, "date": Meeting.date, "title": Meeting.sort_key, "place": Meeting.place,
                   "direction": Meeting.direction, "format": Meeting.format, "host": Unit.name}
        column = columns.get(sort, Meeting.date)
        stmt = self._meeting_select(text, partner_id, deleted)
        stmt = stmt.order_by(column.desc() if descending else column.asc(), Meeting.id.desc() if descending else Meeting.id)
        return [meeting_row(*row) for row in self._page(stmt, offset, limit)]

    def count_meetings(self, text: str = "", *, partner_id: int | None = None, deleted: bool = False) -> int:
        stmt = select(func.count()).select_from(self._meeting_select(text, partner_id, deleted).subquery())
        with self._read() as session:
            return session.scalar(stmt) or 0

    # ==== agreements ===================================================================================

    def _apply_agreement(self, session: Session, agreement: Agreement, data: dict[str, Any]) -> None:
        if "party_ids" in data:
            parties = self._partners_by_ids(session, data.pop("party_ids") or [], "party_ids")
            if not parties:
                raise ValidationError("party_ids", translate("Validation", "An agreement needs at least one partner."))
            agreement.parties = parties
        if "fields" in data:
            agreement.fields = self._fields_by_names(session, data.pop("fields") or [])
        if "files" in data:
            agreement.files = [AgreementFile(path=path, sha256=digest) for path, digest in _file_refs(data.pop("files") or [])]
        self._check_ref(session, Unit, data.get("signing_unit_id"), "signing_unit_id")
        self._check_ref(session, Meeting, data.get("meeting_id"), "meeting_id")
        if data.get("successor_id") is not None:
            self._check_ref(session, Agreement, data["successor_id"], "successor_id")
            self._refuse_loop(session, Agreement, "successor_id", agreement.id, data["successor_id"], translate(
                "Validation", "An agreement cannot succeed itself, directly or through other agreements."))
        for key, value in data.items():
            if key == "status" and value is None:
                continue
            setattr(agreement, key, value)
        if agreement.effective_date and agreement.expiry_date and agreement.expiry_date < agreement.effective_date:
            raise ValidationError("expiry_date", translate("Validation", "The expiry date is before the effective date."))
        agreement.search_key = " | ".join(fold(p) for p in (agreement.title, agreement.reference) if p)
        agreement.sort_key = sort_key(agreement.title)

    def _create_agreement(self, session: Session, values: Mapping[str, Any]) -> Agreement:
        data = clean_values(AGREEMENT_FIELDS, values)
        agreement = Agreement(status=AgreementStatus.SIGNED.value)
        self._apply_agreement(session, agreement, data)
        session.add(agreement)
        session.flush()
        self._audit(session, AuditAction.CREATE, agreement, None, self._snapshot(agreement))
        return agreement

    def create_agreement(self, **values: Any) -> Agreement:
        with self._write() as session:
            agreement = self._create_agreement(session, values)
        return self.get_agreement(agreement.id)

    def update_agreement(self, agreement_id: int, **values: Any) -> Agreement:
        data = clean_values(AGREEMENT_FIELDS, values, partial=True)
        with self._write() as session:
            agreement = self._get(session, Agreement, agreement_id)
            before = self._snapshot(agreement)
            self._apply_agreement(session, agreement, data)
            session.flush()
            self._audit(session, AuditAction.UPDATE, agreement, before, self._snapshot(agreement))
        return self.get_agreement(agreement_id)

    def delete_agreement(self, agreement_id: int) -> None:
        self._soft_delete(Agreement, agreement_id)

    def restore_agreement(self, agreement_id: int) -> None:
        self._soft_delete(Agreement, agreement_id, restore=True)

    def get_agreement(self, agreement_id: int) -> Agreement:
        with self._read() as session:
            agreement = session.scalar(
                select(Agreement).where(Agreement.id == agreement_id).options(
                    selectinload(Agreement.parties), selectinload(Agreement.fields), selectinload(Agreement.files),
                    selectinload(Agreement.signing_unit), selectinload(Agreement.meeting),
                )
            )
        if agreement is None:
            raise NotFoundError(translate("Validation", "{record} #{id} does not exist.").format(
                record=_record_label(Agreement), id=agreement_id))
        return agreement

    def _agreement_select(self, text: str = "", partner_id: int | None = None, deleted: bool = False) -> Select:
        stmt = select(Agreement, Unit.name).outerjoin(Unit, Unit.id == Agreement.signing_unit_id)
        stmt = stmt.where(Agreement.deleted_at.is_not(None) if deleted else Agreement.deleted_at.is_(None))
        if partner_id is not None:
            stmt = stmt.where(Agreement.parties.any(Partner.id == partner_id))
        for token in search.search_tokens(text):
            stmt = stmt.where(or_(search.like(Agreement.search_key, token), Agreement.parties.any(search.like(Partner.search_key, token))))
        return stmt.options(selectinload(Agreement.parties), selectinload(Agreement.fields))

    def list_agreements(self, text: str = "", *, partner_id: int | None = None, deleted: bool = False,
                        offset: int = 0, limit: int | None = None, sort: str = "signed_date",
                        descending: bool = True, today: dt.date | None = None) -> list[AgreementRow]:
        columns = {"id": Agreement.id, "form": Agreement.form, "title": Agreement.sort_key,
                   "reference": Agreement.reference, "signed_date": Agreement.signed_date,
                   "effective_date": Agreement.effective_date, "expiry_date": Agreement.expiry_date,
                   "status": Agreement.status, "unit": Unit.name}
        column = columns.get(sort, Agreement.signed_date)
        stmt = self._agreement_select(text, partner_id, deleted)
        stmt = stmt.order_by(column.desc() if descending else column.asc(), Agreement.id)
        return [agreement_row(*row, today) for row in self._page(stmt, offset, limit)]

    def count_agreements(self, text: str = "", *, partner_id: int | None = None, deleted: bool = False) -> int:
        stmt = select(func.count()).select_from(self._agreement_select(text, partner_id, deleted).subquery())
        with self._read() as session:
            return session.scalar(stmt) or 0

    # ==== follow-ups ===================================================================================

    @staticmethod
    def _due(raw: Any) -> Due | None:
        if raw is None or raw == "":
            return None
        if isinstance(raw, Due):
            return Due(normalise_due(raw.date, raw.precision), DuePrecision(raw.precision))
        if isinstance(raw, tuple) and len(raw) == 2:
            date, precision = raw
            try:
                precision = DuePrecision(precision)
            except ValueError:
                raise ValidationError("due", translate("Validation", "Due: unknown precision “{value}”.").format(value=precision)) from None
            return Due(normalise_due(date, precision), precision)
        if isinstance(raw, dt.date):
            return Due(raw, DuePrecision.DAY)
        try:
            return parse_due(str(raw))
        except ValueError:
            raise ValidationError(
                "due",
                translate("Validation", "Due: “{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).").format(value=clean(raw)),
            ) from None

    @staticmethod
    def _followup_keys(followup: FollowUp | Draft) -> None:
        followup.search_key = " | ".join(fold(p) for p in (followup.title, followup.details, followup.officer) if p)
        followup.sort_key = sort_key(followup.title)

    def _apply_followup(self, session: Session, followup: FollowUp | Draft, values: Mapping[str, Any]) -> None:
        values = dict(values)
        due_given = "due" in values
        due = self._due(values.pop("due", None)) if due_given else None
        data = clean_values([s for s in FOLLOWUP_FIELDS if s.name != "due"], values, partial=followup.id is not None)
        data.pop("status", None)  # status changes go through record_progress
        if "fields" in data:
            followup.fields = self._fields_by_names(session, data.pop("fields") or [])
        self._check_ref(session, Partner, data.get("partner_id"), "partner_id")
        self._check_ref(session, Meeting, data.get("meeting_id"), "meeting_id")
        self._check_ref(session, Agreement, data.get("agreement_id"), "agreement_id")
        self._check_ref(session, Category, data.get("category_id"), "category_id")
        self._check_ref(session, Unit, data.get("unit_id"), "unit_id")
        self._check_ref(session, Contact, data.get("contact_id"), "contact_id")
        if "contact_id" in data or ("partner_id" in data and followup.contact_id is not None):
            self._check_contact(session, followup, data)
        for key, value in data.items():
            if key == "priority" and value is None:
                value = Priority.NORMAL.value
            setattr(followup, key, value)
        if due_given:
            followup.due_date = due.date if due else None
            followup.due_precision = due.precision.value if due else None
        if followup.id is None or not data.keys().isdisjoint(("title", "details", "officer")):
            self._followup_keys(followup)  # the derived keys follow the texts they are made of

    def _check_contact(self, session: Session, followup: FollowUp | Draft, data: dict[str, Any]) -> None:
        """The partner-side contact must be one of the follow-up's partner's contacts. A new partner
        without a new contact drops the old partner's contact (the audit records it)."""
        partner_id = data.get("partner_id", followup.partner_id)
        contact_id = data.get("contact_id", followup.contact_id)
        if contact_id is None or partner_id is None:
            return
        contact = self._get(session, Contact, contact_id, field_name="contact_id")
        if contact.partner_id == partner_id:
            return
        if "contact_id" not in data:
            data["contact_id"] = None
            return
        raise ValidationError("contact_id", translate(
            "Validation", "{contact} is not a contact of this follow-up's partner.").format(contact=contact.name))

    def _create_followup(self, session: Session, values: Mapping[str, Any]) -> FollowUp:
        values = dict(values)
        status = clean_value(STATUS_SPEC, values.get("status")) or FollowUpStatus.NOT_STARTED.value
        followup = FollowUp(status=FollowUpStatus.NOT_STARTED.value, priority=Priority.NORMAL.value)
        if "category" in values:
            code = values.pop("category")
            if code:
                category = session.scalar(select(Category).where(Category.code == code))
                if category is None:
                    raise ValidationError("category_id", translate("Validation", "Unknown category “{code}”.").format(code=code))
                values["category_id"] = category.id
        self._apply_followup(session, followup, values)
        session.add(followup)
        session.flush()
        self._audit(session, AuditAction.CREATE, followup, None, self._snapshot(followup))
        if status != FollowUpStatus.NOT_STARTED:
            self._progress(session, followup, status, None, dt.date.today())
        return followup

    def create_followup(self, **values: Any) -> FollowUp:
        with self._write() as session:
            followup = self._create_followup(session, values)
        return self.get_followup(followup.id)

    def update_followup(self, followup_id: int, *, note: str | None = None, **values: Any) -> FollowUp:
        """Change fields; a status change writes a progress entry (with ``note``) like record_progress."""
        with self._write() as session:
            followup = self._get(session, FollowUp, followup_id)
            before = self._snapshot(followup)
            status = values.pop("status", None)
            self._apply_followup(session, followup, values)
            session.flush()
            self._audit(session, AuditAction.UPDATE, followup, before, self._snapshot(followup))
            if status is not None:
                status = clean_value(STATUS_SPEC, status)
                if status != followup.status or note:
                    self._progress(session, followup, status, note, dt.date.today())
        return self.get_followup(followup_id)

    def _progress(self, session: Session | Batch, followup: FollowUp | Draft, status: str, note: str | None,
                  date: dt.date) -> None:
        # A progress entry changes only these two audited fields; snapshotting them alone gives
        # the same audit entry as a full snapshot at a fraction of the cost (imports of 10,000 rows).
        def state() -> dict[str, Any]:
            return {"status": followup.status, "completed_on": audit.jsonable(followup.completed_on)}

        before = state()
        if status != followup.status:
            followup.status = status
            followup.completed_on = date if status == FollowUpStatus.DONE else None
        add_row(session, ProgressEntry, {"followup_id": followup.id, "date": date, "status": status, "note": note,
                                          "officer_id": self._officer_row_id(session)})
        if followup.last_progress_date is None or date >= followup.last_progress_date:
            followup.last_progress_date = date
        followup.updated_at = _utcnow()
        self._audit(session, AuditAction.UPDATE, followup, before, state(), note="progress")

    def record_progress(self, followup_id: int, *, status: str | None = None, note: str | None = None,
                        date: dt.date | str | None = None) -> FollowUp:
        """One progress entry: a note, a status change, or both. Never a silent status change."""
        status_value = clean_value(STATUS_SPEC, status)
        note_value = clean_value(Spec("note", "text", label=QT_TRANSLATE_NOOP("Field", "Note")), note)
        date_value = clean_value(Spec("date", "date", label=QT_TRANSLATE_NOOP("Field", "Date")), date) or dt.date.today()
        if date_value > dt.date.today():
            raise ValidationError("date", translate("Validation", "Date: a progress entry cannot be dated in the future."))
        with self._write() as session:
            followup = self._get(session, FollowUp, followup_id)
            if status_value is None and note_value is None:
                raise ValidationError("note", translate("Validation", "Write a note or choose a new status."))
            self._progress(session, followup, status_value or followup.status, note_value, date_value)
        return self.get_followup(followup_id)

    def delete_followup(self, followup_id: int) -> None:
        self._soft_delete(FollowUp, followup_id)

    def restore_followup(self, followup_id: int) -> None:
        self._soft_delete(FollowUp, followup_id, restore=True)

    def get_followup(self, followup_id: int) -> FollowUp:
        with self._read() as session:
            followup = session.scalar(
                select(FollowUp).where(FollowUp.id == followup_id).options(
                    selectinload(FollowUp.partner), selectinload(FollowUp.meeting), selectinload(FollowUp.agreement),
                    selectinload(FollowUp.category), selectinload(FollowUp.unit), selectinload(FollowUp.contact),
                    selectinload(FollowUp.fields),
                    selectinload(FollowUp.progress).selectinload(ProgressEntry.officer),
                )
            )
        if followup is None:
            raise NotFoundError(translate("Validation", "{record} #{id} does not exist.").format(
                record=_record_label(FollowUp), id=followup_id))
        return followup

    def history(self, followup_id: int) -> list[HistoryItem]:
        """Progress entries and audit entries of one follow-up, oldest first."""
        followup = self.get_followup(followup_id)
        items = [
            HistoryItem("progress", entry.created_at, entry.date, entry.officer.name if entry.officer else None,
                        entry.status, entry.note)
            for entry in followup.progress
        ]
        items += [item for item in self.audit_for("followups", followup_id) if item.note != "progress"]
        return sorted(items, key=lambda item: (item.at, 0 if item.kind == "audit" else 1))

    def find_duplicates(self, partner_id: int, title: str, meeting_id: int | None = None,
                        exclude_id: int | None = None) -> list[FollowUpRow]:
        """Follow-ups with the same partner, the same folded title and the same meeting."""
        stmt = select(FollowUp.id).where(
            FollowUp.partner_id == partner_id, FollowUp.deleted_at.is_(None),
            FollowUp.meeting_id.is_(None) if meeting_id is None else FollowUp.meeting_id == meeting_id,
        )
        if exclude_id is not None:
            stmt = stmt.where(FollowUp.id != exclude_id)
        key = fold(title)
        stmt = stmt.add_columns(FollowUp.title).where(FollowUp.search_key.like(f"{search.escape_like(key)}%", escape="\\"))
        with self._read() as session:
            ids = [fid for fid, other in session.execute(stmt) if fold(other) == key]
        return self.query_followups(FollowUpQuery(), ids=ids) if ids else []

    # -- follow-up lists (the tables, Today, exports) ------------------------------------------

    @property
    def _dialect(self) -> str:
        return self.db.engine.dialect.name

    def query_followups(self, query: FollowUpQuery = FollowUpQuery(), offset: int = 0, limit: int | None = None,
                        ids: Sequence[int] | None = None) -> list[FollowUpRow]:
        """One page of follow-up rows, filtered, searched and sorted in SQL.

        Two steps: the page's ids come from the indexes alone (ORDER BY … LIMIT), then the
        details of just those rows; sorting never computes a row's details for the whole table.
        """
        today = query.today or dt.date.today()
        extra = [FollowUp.id.in_(list(ids))] if ids is not None else []
        with self._read() as session:
            stmt = followup_query.ids_select(session, query, today, self._dialect, offset=offset, limit=limit,
                                             extra=extra)
            page = list(session.scalars(stmt))
            return followup_query.rows_for_ids(session, page, today)

    def iter_followups(self, query: FollowUpQuery = FollowUpQuery(), batch: int = 2000) -> Iterator[FollowUpRow]:
        """Every matching row in the view's order, in one read transaction (exports of 100,000 rows)."""
        today = query.today or dt.date.today()
        with self._read() as session:
            ids = list(session.scalars(followup_query.ids_select(session, query, today, self._dialect)))
            for start in range(0, len(ids), batch):
                yield from followup_query.rows_for_ids(session, ids[start:start + batch], today)

    def count_followups(self, query: FollowUpQuery = FollowUpQuery()) -> int:
        today = query.today or dt.date.today()
        stmt = select(func.count(FollowUp.id)).where(*followup_query.filters(query, today, self._dialect))
        with self._read() as session:
            return session.scalar(stmt) or 0

    def followup_row(self, followup_id: int, today: dt.date | None = None) -> FollowUpRow:
        rows = self.query_followups(FollowUpQuery(today=today), ids=[followup_id])
        if not rows:
            rows = self.query_followups(FollowUpQuery(today=today, deleted=True), ids=[followup_id])
        if not rows:
            raise NotFoundError(translate("Validation", "{record} #{id} does not exist.").format(
                record=_record_label(FollowUp), id=followup_id))
        return rows[0]

    def status_counts(self, query: FollowUpQuery = FollowUpQuery()) -> dict[str, int]:
        """Counts by status plus "overdue", for the status bar and Today."""
        with self._read() as session:
            return followup_query.status_counts(session, query, query.today or dt.date.today(), self._dialect)

    def recent_progress(self, limit: int = 10) -> list[tuple[int, str, str, dt.date, str, str | None, str | None]]:
        """Latest progress entries: (followup id, title, partner, date, status, note, officer)."""
        stmt = (
            select(FollowUp.id, FollowUp.title, Partner.name, ProgressEntry.date, ProgressEntry.status,
                   ProgressEntry.note, Officer.name)
            .join(FollowUp, FollowUp.id == ProgressEntry.followup_id)
            .join(Partner, Partner.id == FollowUp.partner_id)
            .outerjoin(Officer, Officer.id == ProgressEntry.officer_id)
            .where(FollowUp.deleted_at.is_(None))
            .order_by(ProgressEntry.created_at.desc(), ProgressEntry.id.desc())
            .limit(limit)
        )
        with self._read() as session:
            return [tuple(row) for row in session.execute(stmt)]  # type: ignore[misc]

    # ==== facts ========================================================================================

    def create_fact(self, **values: Any) -> Fact:
        data = clean_values(FACT_FIELDS, values)
        if data.get("partner_id") is not None and data.get("country") is not None:
            raise ValidationError("country", translate("Validation", "A fact belongs to a partner or a country, not both."))
        if data.get("value") is None and data.get("value_text") is None:
            raise ValidationError("value", translate("Validation", "Value is required."))
        with self._write() as session:
            self._check_ref(session, Partner, data.get("partner_id"), "partner_id")
            fact = Fact(**data)
            session.add(fact)
            self._audit(session, AuditAction.CREATE, fact, None, self._snapshot(fact))
            return fact

    def update_fact(self, fact_id: int, **values: Any) -> Fact:
        data = clean_values(FACT_FIELDS, values, partial=True)
        with self._write() as session:
            fact = self._get(session, Fact, fact_id)
            before = self._snapshot(fact)
            for key, value in data.items():
                setattr(fact, key, value)
            if fact.partner_id is not None and fact.country is not None:
                raise ValidationError("country", translate("Validation", "A fact belongs to a partner or a country, not both."))
            if fact.value is None and fact.value_text is None:
                raise ValidationError("value", translate("Validation", "Value is required."))
            self._check_ref(session, Partner, fact.partner_id, "partner_id")
            self._audit(session, AuditAction.UPDATE, fact, before, self._snapshot(fact))
            return fact

    def delete_fact(self, fact_id: int) -> None:
        self._soft_delete(Fact, fact_id)

    def list_facts(self, partner_id: int | None = None, country: str | None = None,
                   include_city: bool = False) -> list[Fact]:
        """Facts for a partner, for a country, and optionally those for the whole city."""
        scopes = []
        if partner_id is not None:
            scopes.append(Fact.partner_id == partner_id)
        if country is not None:
            scopes.append(Fact.country == country)
        if include_city:
            scopes.append(and_(Fact.partner_id.is_(None), Fact.country.is_(None)))
        stmt = select(Fact).where(Fact.deleted_at.is_(None))
        if scopes:
            stmt = stmt.where(or_(*scopes))
        with self._read() as session:
            return list(session.scalars(stmt.order_by(Fact.as_of.desc(), Fact.id)))

    # ==== counts for the CLI, the status bar and checks ==================================================

    def counts(self) -> dict[str, int]:
        models = {"partners": Partner, "meetings": Meeting, "agreements": Agreement, "followups": FollowUp,
                  "facts": Fact}
        result = {}
        with self._read() as session:
            for name, model in models.items():
                result[name] = session.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None))) or 0
            result["units"] = session.scalar(select(func.count(Unit.id))) or 0
            result["progress_entries"] = session.scalar(select(func.count(ProgressEntry.id))) or 0
            result["audit"] = session.scalar(select(func.count(AuditEntry.id))) or 0
        return result

    def has_any(self, model: type[Base], **where: Any) -> bool:
        with self._read() as session:
            return bool(session.scalar(select(exists().where(*[getattr(model, k) == v for k, v in where.items()]))))

    # ==== queries for the window ====
    # Every column of the window's tables can be clicked to sort, and the database does the
    # sorting (STYLE.md habit 4). These extend list_partners/list_meetings/list_agreements with
    # the sort keys they lack (parent, counts, partners, fields...), delegating when they have it.

    def window_partners(self, text: str = "", *, deleted: bool = False, offset: int = 0,
                        limit: int | None = None, sort: str = "name",
                        descending: bool = False) -> list[PartnerRow]:
        if sort not in ("parent", "open_followups", "aliases"):
            return self.list_partners(text, deleted=deleted, offset=offset, limit=limit, sort=sort,
                                      descending=descending)
        stmt = self._partner_select(text, deleted=deleted)
        if sort == "parent":
            parent = aliased(Partner)
            column = (select(parent.sort_key).where(parent.id == Partner.parent_id).correlate(Partner)
                      .scalar_subquery())
        elif sort == "open_followups":
            column = (select(func.count(FollowUp.id))
                      .where(FollowUp.partner_id == Partner.id, FollowUp.deleted_at.is_(None),
                             open_sql())
                      .correlate(Partner).scalar_subquery())
        else:
            column = (select(func.min(func.lower(PartnerAlias.alias))).where(PartnerAlias.partner_id == Partner.id)
                      .correlate(Partner).scalar_subquery())
        stmt = stmt.order_by(column.is_(None), column.desc() if descending else column.asc(), Partner.sort_key,
                             Partner.id)
        return [partner_row(*row) for row in self._page(stmt, offset, limit)]

    def window_meetings(self, text: str = "", *, deleted: bool = False, offset: int = 0,
                        limit: int | None = None, sort: str = "date",
                        descending: bool = True) -> list[MeetingRow]:
        if sort not in ("partners", "our_lead", "followups", "agreements"):
            return self.list_meetings(text, deleted=deleted, offset=offset, limit=limit, sort=sort,
                                      descending=descending)
        from .models import meeting_partners

        stmt = self._meeting_select(text, deleted=deleted)
        if sort == "partners":
            column = (select(func.min(Partner.sort_key))
                      .join(meeting_partners, meeting_partners.c.partner_id == Partner.id)
                      .where(meeting_partners.c.meeting_id == Meeting.id).correlate(Meeting).scalar_subquery())
        elif sort == "our_lead":
            column = func.lower(Meeting.our_lead)
        elif sort == "followups":
            column = (select(func.count(FollowUp.id)).where(FollowUp.meeting_id == Meeting.id, FollowUp.deleted_at.is_(None))
                      .correlate(Meeting).scalar_subquery())
        else:
            column = (select(func.count(Agreement.id)).where(Agreement.meeting_id == Meeting.id, Agreement.deleted_at.is_(None))
                      .correlate(Meeting).scalar_subquery())
        stmt = stmt.order_by(column.is_(None), column.desc() if descending else column.asc(),
                             Meeting.date.desc(), Meeting.id.desc())
        return [meeting_row(*row) for row in self._page(stmt, offset, limit)]

    def window_agreements(self, text: str = "", *, deleted: bool = False, offset: int = 0,
                          limit: int | None = None, sort: str = "signed_date", descending: bool = True,
                          today: dt.date | None = None) -> list[AgreementRow]:
        """Status sorts by the status shown (past expiry → expired), not the one stored."""
        if sort not in ("parties", "fields", "status"):
            return self.list_agreements(text, deleted=deleted, offset=offset, limit=limit, sort=sort,
                                        descending=descending, today=today)
        from .models import agreement_fields, agreement_parties

        today = today or dt.date.today()
        stmt = self._agreement_select(text, deleted=deleted)
        if sort == "parties":
            column = (select(func.min(Partner.sort_key))
                      .join(agreement_parties, agreement_parties.c.partner_id == Partner.id)
                      .where(agreement_parties.c.agreement_id == Agreement.id).correlate(Agreement)
                      .scalar_subquery())
        elif sort == "fields":
            column = (select(func.min(Field.folded))
                      .join(agreement_fields, agreement_fields.c.field_id == Field.id)
                      .where(agreement_fields.c.agreement_id == Agreement.id).correlate(Agreement)
                      .scalar_subquery())
        else:
            column = agreement_effective_status_sql(today)
        stmt = stmt.order_by(column.is_(None), column.desc() if descending else column.asc(),
                             Agreement.signed_date.desc(), Agreement.id)
        return [agreement_row(*row, today) for row in self._page(stmt, offset, limit)]

    def followup_partner_ids(self, followup_ids: Sequence[int]) -> dict[int, int]:
        """Partner of each follow-up, deleted ones included (the Brief action on a selection)."""
        if not followup_ids:
            return {}
        with self._read() as session:
            rows = session.execute(select(FollowUp.id, FollowUp.partner_id).where(FollowUp.id.in_(list(followup_ids))))
            return {fid: pid for fid, pid in rows}


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def default_officer_name() -> str:
    try:
        return clean(getpass.getuser()) or "officer"
    except Exception:  # no login name (service account, container)
        return "officer"


def _record_label(model: type[Base]) -> str:
    labels: dict[type[Base], Callable[[], str]] = {
        Partner: lambda: translate("Record", "Partner"),
        Meeting: lambda: translate("Record", "Meeting"),
        Agreement: lambda: translate("Record", "Agreement"),
        FollowUp: lambda: translate("Record", "Follow-up"),
        Fact: lambda: translate("Record", "Fact"),
        Unit: lambda: translate("Record", "Unit"),
        Contact: lambda: translate("Record", "Contact"),
        Category: lambda: translate("Record", "Category"),
    }
    return labels.get(model, lambda: model.__name__)()


def _file_refs(items: Iterable[Any]) -> list[tuple[str, str]]:
    """(path, sha256) pairs; a bare path is hashed now (streamed: a scan may be hundreds of MB)."""
    from .files import sha256_of

    refs = []
    for item in items:
        # A path is kept exactly as given, never NFC-normalised like text: NTFS and ext4 keep a name
        # typed in decomposed Unicode as it is, and the normalised path would name no file.
        if isinstance(item, list | tuple):
            path, digest = str(item[0]), clean(item[1]).lower()
        else:
            path, digest = str(item), ""
        if not path.strip():
            raise ValidationError("files", translate("Validation", "Files: a file path is empty."))
        if not digest:
            try:
                digest = sha256_of(path)
            except OSError as exc:
                raise ValidationError(
                    "files", translate("Validation", "Files: cannot read “{path}”: {reason}.").format(path=path, reason=exc.strerror)
                ) from None
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValidationError("files", translate("Validation", "Files: “{value}” is not a SHA-256 digest.").format(value=digest))
        refs.append((path, digest))
    return refs


def _integrity_message(exc: IntegrityError) -> ValidationError:
    """A constraint the Python checks missed: still a clear message, naming the rule."""
    text = str(exc.orig)
    field_name = "record"
    if "CHECK constraint failed:" in text:
        field_name = text.split("CHECK constraint failed:")[1].strip()
    elif "UNIQUE constraint failed:" in text:
        field_name = text.split("UNIQUE constraint failed:")[1].strip()
    return ValidationError(
        field_name, translate("Validation", "The change breaks a rule of the database ({rule}); nothing was saved.").format(rule=field_name)
    )








# The Tracker, and the names callers have imported from here since before the split (their homes
# are specs, rows, rules, bulk and search).
__all__ = [
    "Tracker",
    "default_officer_name",
    "FollowUpQuery",
    "FollowUpRow",
    "PartnerRow",
    "MeetingRow",
    "AgreementRow",
    "HistoryItem",
    "Draft",
    "Batch",
    "timeliness",
    "days_overdue",
    "agreement_effective_status",
    "search_tokens",
    "AGREEMENT_FIELDS",
    "CONTACT_FIELDS",
    "DEFAULT_CATEGORIES",
    "FACT_FIELDS",
    "FOLLOWUP_FIELDS",
    "MEETING_FIELDS",
    "PARTNER_FIELDS",
    "STATUS_SPEC",
    "UNIT_FIELDS",
]
