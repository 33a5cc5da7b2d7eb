"""Use cases of our own units, the follow-up categories and the fields of cooperation.

One class of the Tracker's use cases (see tracker_base.py for what they share and tracker.py
for the facade that joins them); callers import the Tracker, never this class.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import dialects
from .enums import AuditAction
from .errors import NotFoundError
from .i18n import translate
from .models import Category, Field, Unit, table_of
from .specs import DEFAULT_CATEGORIES, UNIT_FIELDS
from .text import fold, sort_key
from .tracker_base import TrackerBase
from .validate import clean_values


class UnitUseCases(TrackerBase):
    """Units (with successors), categories and fields: the short lists every form offers."""

    def list_units(self, include_deleted: bool = False) -> list[Unit]:
        with self._read() as session:
            stmt = select(Unit).order_by(Unit.sort_key, Unit.id)
            if not include_deleted:
                stmt = stmt.where(Unit.deleted_at.is_(None))
            return list(session.scalars(stmt))

    def create_unit(self, **values: Any) -> Unit:
        data = clean_values(UNIT_FIELDS, values)
        with self._write() as session:
            self._check_ref(session, Unit, data.get("successor_id"), "successor_id")
            unit = Unit(**data)
            unit.search_key = fold(" | ".join(filter(None, [unit.name, unit.name_en, unit.abbreviation])))
            unit.sort_key = sort_key(unit.name)
            session.add(unit)
            self._audit(session, AuditAction.CREATE, unit, None, self._snapshot(unit))
            return unit

    def update_unit(self, unit_id: int, *, expected_version: int | None = None, **values: Any) -> Unit:
        """Change the fields given; with ``expected_version`` a unit changed since is refused."""
        with self._write() as session:
            unit = self._locked(session, Unit, unit_id, expected_version)
            self._change_unit(session, unit, values)
            return unit

    def _change_unit(self, session: Session, unit: Unit, values: Mapping[str, Any], note: str | None = None) -> None:
        data = clean_values(UNIT_FIELDS, values, partial=True)
        before = self._snapshot(unit)
        self._check_ref(session, Unit, data.get("successor_id"), "successor_id")
        self._refuse_loop(
            session,
            Unit,
            "successor_id",
            unit.id,
            data.get("successor_id"),
            translate("Validation", "A unit cannot succeed itself, directly or through other units."),
        )
        for key, value in data.items():
            setattr(unit, key, value)
        unit.search_key = fold(" | ".join(filter(None, [unit.name, unit.name_en, unit.abbreviation])))
        unit.sort_key = sort_key(unit.name)
        self._audit(session, AuditAction.UPDATE, unit, before, self._snapshot(unit), note=note)

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
            # An upsert: two workstations opening a new server database at once both add them.
            dialects.insert_missing(
                session,
                table_of(Category),
                [
                    {"code": code, "name": name, "name_en": name_en, "position": position}
                    for position, (code, name, name_en) in enumerate(DEFAULT_CATEGORIES)
                    if code not in existing
                ],
                ("code",),
            )

    def list_categories(self) -> list[Category]:
        with self._read() as session:
            return list(session.scalars(select(Category).order_by(Category.position, Category.name)))

    def category_by_code(self, code: str) -> Category:
        with self._read() as session:
            found = session.scalar(select(Category).where(Category.code == code))
        if found is None:
            raise NotFoundError(translate("Validation", "Unknown category “{code}”.").format(code=code))
        return found

    def list_fields(self) -> list[Field]:
        with self._read() as session:
            return list(session.scalars(select(Field).order_by(Field.sort_key, Field.id)))
