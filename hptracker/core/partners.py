"""Use cases of partners and their contacts: create, change, find by any name, list for the window.

One class of the Tracker's use cases (see tracker_base.py for what they share and tracker.py
for the facade that joins them); callers import the Tracker, never this class.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from . import search
from .enums import AuditAction, PartnerKind
from .errors import NotFoundError, ValidationError
from .i18n import translate
from .models import Contact, FollowUp, Partner, PartnerAlias
from .rows import PartnerRow, partner_row
from .rules import open_sql
from .specs import CONTACT_FIELDS, PARTNER_FIELDS
from .text import clean, fold, sort_key
from .tracker_base import TrackerBase, record_label
from .validate import clean_list, clean_values


class PartnerUseCases(TrackerBase):
    """Partners (parents, successors, aliases in any script) and their contacts."""

    def _partner_keys(self, partner: Partner) -> None:
        names = [partner.name, partner.name_en, partner.name_native, *[a.alias for a in partner.aliases]]
        partner.search_key = " | ".join(fold(n) for n in names if n)
        partner.sort_key = sort_key(partner.name)

    def _check_partner_links(self, session: Session, partner: Partner) -> None:
        with session.no_autoflush:  # checked before the change is written (CHECK constraints)
            if partner.parent_id is not None:
                self._refuse_loop(
                    session,
                    Partner,
                    "parent_id",
                    partner.id,
                    partner.parent_id,
                    translate("Validation", "A partner cannot be its own parent, directly or through others."),
                )
                self._get(session, Partner, partner.parent_id, field_name="parent_id")
            if partner.successor_id is not None:  # the loop check first: A → A would flush into a CHECK
                self._refuse_loop(
                    session,
                    Partner,
                    "successor_id",
                    partner.id,
                    partner.successor_id,
                    translate("Validation", "A partner cannot succeed itself, directly or through other partners."),
                )
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

    def update_partner(self, partner_id: int, *, expected_version: int | None = None, **values: Any) -> Partner:
        """Change the fields given; with ``expected_version`` a partner changed since is refused
        (:class:`~hptracker.core.errors.ConflictError`)."""
        with self._write() as session:
            partner = self._locked(session, Partner, partner_id, expected_version, with_lists=True)
            self._change_partner(session, partner, values)
        return self.get_partner(partner_id)

    def _change_partner(self, session: Session, partner: Partner, values: Mapping[str, Any], note: str | None = None) -> None:
        """Apply ``values`` to a partner read under its row lock, with its audit entry."""
        data = clean_values(PARTNER_FIELDS, values, partial=True)
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
        self._audit(session, AuditAction.UPDATE, partner, before, self._snapshot(partner), note=note)

    def delete_partner(self, partner_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(Partner, partner_id, expected_version=expected_version)

    def restore_partner(self, partner_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(Partner, partner_id, restore=True, expected_version=expected_version)

    def get_partner(self, partner_id: int, include_deleted: bool = True) -> Partner:
        """With its aliases, contacts and parent loaded; nothing else (lazy="raise")."""
        with self._read() as session:
            stmt = (
                select(Partner)
                .where(Partner.id == partner_id)
                .options(selectinload(Partner.aliases), selectinload(Partner.contacts), selectinload(Partner.parent))
            )
            partner = session.scalar(stmt)
            if partner is None or (not include_deleted and partner.deleted_at is not None):
                raise NotFoundError(
                    translate("Validation", "{record} #{id} does not exist.").format(record=record_label(Partner), id=partner_id)
                )
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
            .where(FollowUp.partner_id == Partner.id, FollowUp.deleted_at.is_(None), open_sql())
            .correlate(Partner)
            .scalar_subquery()
        )
        stmt = select(Partner, parent.name, open_count).outerjoin(parent, parent.id == Partner.parent_id)
        if deleted:
            stmt = stmt.where(Partner.deleted_at.is_not(None))
        elif not include_deleted:
            stmt = stmt.where(Partner.deleted_at.is_(None))
        for token in search.search_tokens(text):
            stmt = stmt.where(search.contains("partners", Partner.id, Partner.search_key, token, self._dialect))
        return stmt.options(selectinload(Partner.aliases))

    def list_partners(
        self,
        text: str = "",
        *,
        include_deleted: bool = False,
        deleted: bool = False,
        offset: int = 0,
        limit: int | None = None,
        sort: str = "name",
        descending: bool = False,
    ) -> list[PartnerRow]:
        columns = {
            "id": Partner.id,
            "name": Partner.sort_key,
            "name_en": Partner.name_en,
            "name_native": Partner.name_native,
            "kind": Partner.kind,
            "level": Partner.level,
            "country": Partner.country,
            "since": Partner.relationship_since,
        }
        stmt = self._partner_select(text, include_deleted, deleted)
        column = columns.get(sort, Partner.sort_key)
        stmt = stmt.order_by(column.desc() if descending else column.asc(), Partner.id)
        return [partner_row(*row) for row in self._page(stmt, offset, limit)]

    def partner_names(self) -> list[tuple[int, tuple[str, ...]]]:
        """Every partner's ID and names (name first, then English, native and aliases), without
        loading a record: an import matches 10,000 partners by name, and loading them took a
        second and 300,000 objects the garbage collector then walked while the window waited."""
        names: dict[int, tuple[str, ...]] = {}
        with self._read() as session:
            rows = session.execute(
                select(Partner.id, Partner.name, Partner.name_en, Partner.name_native)
                .where(Partner.deleted_at.is_(None))
                .order_by(Partner.sort_key, Partner.id)
            )
            for partner_id, *given in rows:
                names[partner_id] = tuple(n for n in given if n)
            aliases = session.execute(
                select(PartnerAlias.partner_id, PartnerAlias.alias)
                .join(Partner)
                .where(Partner.deleted_at.is_(None))
                .order_by(PartnerAlias.id)
            )
            for partner_id, alias in aliases:
                names[partner_id] += (alias,)
        return list(names.items())

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
        exact = [row for row in candidates if key in {fold(n) for n in (row.name, row.name_en, row.name_native, *row.aliases) if n}]
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

    def update_contact(self, contact_id: int, *, expected_version: int | None = None, **values: Any) -> Contact:
        """Change the fields given; with ``expected_version`` a contact changed since is refused."""
        with self._write() as session:
            contact = self._locked(session, Contact, contact_id, expected_version)
            self._change_contact(session, contact, values)
            return contact

    def _change_contact(self, session: Session, contact: Contact, values: Mapping[str, Any], note: str | None = None) -> None:
        data = clean_values(CONTACT_FIELDS, values, partial=True)
        before = self._snapshot(contact)
        for key, value in data.items():
            setattr(contact, key, value)
        self._audit(session, AuditAction.UPDATE, contact, before, self._snapshot(contact), note=note)

    def remove_contact(self, contact_id: int, expected_version: int | None = None) -> None:
        with self._write() as session:
            contact = self._locked(session, Contact, contact_id, expected_version)
            self._remove_contact(session, contact)

    def _remove_contact(self, session: Session, contact: Contact, note: str | None = None) -> None:
        self._audit(session, AuditAction.DELETE, contact, self._snapshot(contact), None, note=note)
        session.delete(contact)

    def get_contact(self, contact_id: int) -> Contact:
        """One contact (its partner not loaded): the contact form reloads it after a conflict."""
        with self._read() as session:
            contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError(
                translate("Validation", "{record} #{id} does not exist.").format(record=record_label(Contact), id=contact_id)
            )
        return contact

    # Every column of the window's tables can be clicked to sort, and the database does the sorting
    # (STYLE.md habit 4): window_* extends list_* with the sort keys it lacks, delegating otherwise.

    def window_partners(
        self,
        text: str = "",
        *,
        deleted: bool = False,
        offset: int = 0,
        limit: int | None = None,
        sort: str = "name",
        descending: bool = False,
    ) -> list[PartnerRow]:
        if sort not in ("parent", "open_followups", "aliases"):
            return self.list_partners(text, deleted=deleted, offset=offset, limit=limit, sort=sort, descending=descending)
        stmt = self._partner_select(text, deleted=deleted)
        if sort == "parent":
            parent = aliased(Partner)
            column = select(parent.sort_key).where(parent.id == Partner.parent_id).correlate(Partner).scalar_subquery()
        elif sort == "open_followups":
            column = (
                select(func.count(FollowUp.id))
                .where(FollowUp.partner_id == Partner.id, FollowUp.deleted_at.is_(None), open_sql())
                .correlate(Partner)
                .scalar_subquery()
            )
        else:
            column = (
                select(func.min(func.lower(PartnerAlias.alias)))
                .where(PartnerAlias.partner_id == Partner.id)
                .correlate(Partner)
                .scalar_subquery()
            )
        stmt = stmt.order_by(column.is_(None), column.desc() if descending else column.asc(), Partner.sort_key, Partner.id)
        return [partner_row(*row) for row in self._page(stmt, offset, limit)]
