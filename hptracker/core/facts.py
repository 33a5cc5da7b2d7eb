"""Use cases of facts: the figures a brief cites, for a partner, a country or the whole city.

One class of the Tracker's use cases (see tracker_base.py for what they share and tracker.py
for the facade that joins them); callers import the Tracker, never this class.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from .enums import AuditAction
from .errors import NotFoundError, ValidationError
from .i18n import translate
from .models import Fact, Partner
from .specs import FACT_FIELDS
from .tracker_base import TrackerBase, record_label
from .validate import clean_values


class FactUseCases(TrackerBase):
    """Facts: an indicator with its value, scope, date and source."""

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

    def update_fact(self, fact_id: int, *, expected_version: int | None = None, **values: Any) -> Fact:
        """Change the fields given; with ``expected_version`` a fact changed since is refused."""
        with self._write() as session:
            fact = self._locked(session, Fact, fact_id, expected_version)
            self._change_fact(session, fact, values)
            return fact

    def _change_fact(self, session: Session, fact: Fact, values: Mapping[str, Any], note: str | None = None) -> None:
        data = clean_values(FACT_FIELDS, values, partial=True)
        before = self._snapshot(fact)
        for key, value in data.items():
            setattr(fact, key, value)
        if fact.partner_id is not None and fact.country is not None:
            raise ValidationError("country", translate("Validation", "A fact belongs to a partner or a country, not both."))
        if fact.value is None and fact.value_text is None:
            raise ValidationError("value", translate("Validation", "Value is required."))
        self._check_ref(session, Partner, fact.partner_id, "partner_id")
        self._audit(session, AuditAction.UPDATE, fact, before, self._snapshot(fact), note=note)

    def delete_fact(self, fact_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(Fact, fact_id, expected_version=expected_version)

    def get_fact(self, fact_id: int) -> Fact:
        """One fact, deleted or not (its form reloads it after a conflict)."""
        with self._read() as session:
            fact = session.get(Fact, fact_id)
        if fact is None:
            raise NotFoundError(translate("Validation", "{record} #{id} does not exist.").format(record=record_label(Fact), id=fact_id))
        return fact

    def list_facts(self, partner_id: int | None = None, country: str | None = None, include_city: bool = False) -> list[Fact]:
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
