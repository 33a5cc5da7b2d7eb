"""Use cases of agreements: create, change (parties, fields, signed files), list for the window.

One class of the Tracker's use cases (see tracker_base.py for what they share and tracker.py
for the facade that joins them); callers import the Tracker, never this class.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from . import search
from .enums import AgreementStatus, AuditAction
from .errors import NotFoundError, ValidationError
from .i18n import translate
from .models import Agreement, AgreementFile, Field, Meeting, Partner, Unit
from .rows import AgreementRow, agreement_row
from .rules import agreement_effective_status_sql
from .specs import AGREEMENT_FIELDS
from .text import clean, fold, sort_key
from .tracker_base import TrackerBase, record_label
from .validate import clean_file_path, clean_values, file_kind


class AgreementUseCases(TrackerBase):
    """Agreements with their parties, fields of cooperation and signed files."""

    def _apply_agreement(self, session: Session, agreement: Agreement, data: dict[str, Any]) -> None:
        if "party_ids" in data:
            parties = self._partners_by_ids(session, data.pop("party_ids") or [], "party_ids")
            if not parties:
                raise ValidationError("party_ids", translate("Validation", "An agreement needs at least one partner."))
            agreement.parties = parties
        if "fields" in data:
            agreement.fields = self._fields_by_names(session, data.pop("fields") or [])
        if "files" in data:
            kept = [(f.path, f.sha256) for f in agreement.files]
            agreement.files = [AgreementFile(path=path, sha256=digest) for path, digest in _file_refs(data.pop("files") or [], kept)]
        self._check_ref(session, Unit, data.get("signing_unit_id"), "signing_unit_id")
        self._check_ref(session, Meeting, data.get("meeting_id"), "meeting_id")
        if data.get("successor_id") is not None:
            self._check_ref(session, Agreement, data["successor_id"], "successor_id")
            self._refuse_loop(
                session,
                Agreement,
                "successor_id",
                agreement.id,
                data["successor_id"],
                translate("Validation", "An agreement cannot succeed itself, directly or through other agreements."),
            )
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
        agreement = Agreement(status=AgreementStatus.SIGNED.value, parties=[], fields=[], files=[])
        self._apply_agreement(session, agreement, data)
        session.add(agreement)
        session.flush()
        self._audit(session, AuditAction.CREATE, agreement, None, self._snapshot(agreement))
        return agreement

    def create_agreement(self, **values: Any) -> Agreement:
        with self._write() as session:
            agreement = self._create_agreement(session, values)
        return self.get_agreement(agreement.id)

    def update_agreement(self, agreement_id: int, *, expected_version: int | None = None, **values: Any) -> Agreement:
        """Change the fields given; with ``expected_version`` an agreement changed since is refused
        (:class:`~hptracker.core.errors.ConflictError`)."""
        with self._write() as session:
            agreement = self._locked(session, Agreement, agreement_id, expected_version, with_lists=True)
            self._change_agreement(session, agreement, values)
        return self.get_agreement(agreement_id)

    def _change_agreement(self, session: Session, agreement: Agreement, values: Mapping[str, Any], note: str | None = None) -> None:
        """Apply ``values`` to an agreement read under its row lock, with its audit entry."""
        data = clean_values(AGREEMENT_FIELDS, values, partial=True)
        before = self._snapshot(agreement)
        self._apply_agreement(session, agreement, data)
        session.flush()
        self._audit(session, AuditAction.UPDATE, agreement, before, self._snapshot(agreement), note=note)

    def delete_agreement(self, agreement_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(Agreement, agreement_id, expected_version=expected_version)

    def restore_agreement(self, agreement_id: int, expected_version: int | None = None) -> None:
        self._soft_delete(Agreement, agreement_id, restore=True, expected_version=expected_version)

    def get_agreement(self, agreement_id: int) -> Agreement:
        """With its parties, fields, files, signing unit and meeting loaded; nothing else (lazy="raise")."""
        with self._read() as session:
            agreement = session.scalar(
                select(Agreement)
                .where(Agreement.id == agreement_id)
                .options(
                    selectinload(Agreement.parties),
                    selectinload(Agreement.fields),
                    selectinload(Agreement.files),
                    selectinload(Agreement.signing_unit),
                    selectinload(Agreement.meeting),
                )
            )
        if agreement is None:
            raise NotFoundError(
                translate("Validation", "{record} #{id} does not exist.").format(record=record_label(Agreement), id=agreement_id)
            )
        return agreement

    def _agreement_select(self, text: str = "", partner_id: int | None = None, deleted: bool = False) -> Select:
        stmt = select(Agreement, Unit.name).outerjoin(Unit, Unit.id == Agreement.signing_unit_id)
        stmt = stmt.where(Agreement.deleted_at.is_not(None) if deleted else Agreement.deleted_at.is_(None))
        if partner_id is not None:
            stmt = stmt.where(Agreement.parties.any(Partner.id == partner_id))
        for token in search.search_tokens(text):
            stmt = stmt.where(or_(search.like(Agreement.search_key, token), Agreement.parties.any(search.like(Partner.search_key, token))))
        return stmt.options(selectinload(Agreement.parties), selectinload(Agreement.fields))

    def list_agreements(
        self,
        text: str = "",
        *,
        partner_id: int | None = None,
        deleted: bool = False,
        offset: int = 0,
        limit: int | None = None,
        sort: str = "signed_date",
        descending: bool = True,
        today: dt.date | None = None,
    ) -> list[AgreementRow]:
        columns = {
            "id": Agreement.id,
            "form": Agreement.form,
            "title": Agreement.sort_key,
            "reference": Agreement.reference,
            "signed_date": Agreement.signed_date,
            "effective_date": Agreement.effective_date,
            "expiry_date": Agreement.expiry_date,
            "status": Agreement.status,
            "unit": Unit.sort_key,
        }
        column = columns.get(sort, Agreement.signed_date)
        stmt = self._agreement_select(text, partner_id, deleted)
        stmt = stmt.order_by(column.desc() if descending else column.asc(), Agreement.id)
        return [agreement_row(agreement, unit, today) for agreement, unit in self._page(stmt, offset, limit)]

    def agreement_names(self) -> list[tuple[int, str, str | None]]:
        """Every agreement's ID, title and reference, without loading a record (see partner_names)."""
        with self._read() as session:
            rows = session.execute(
                select(Agreement.id, Agreement.title, Agreement.reference).where(Agreement.deleted_at.is_(None)).order_by(Agreement.id)
            )
            return [tuple(row) for row in rows]  # type: ignore[misc]

    def count_agreements(self, text: str = "", *, partner_id: int | None = None, deleted: bool = False) -> int:
        stmt = select(func.count()).select_from(self._agreement_select(text, partner_id, deleted).subquery())
        with self._read() as session:
            return session.scalar(stmt) or 0

    # Every column of the window's tables can be clicked to sort, and the database does the sorting
    # (STYLE.md habit 4): window_* extends list_* with the sort keys it lacks, delegating otherwise.

    def window_agreements(
        self,
        text: str = "",
        *,
        deleted: bool = False,
        offset: int = 0,
        limit: int | None = None,
        sort: str = "signed_date",
        descending: bool = True,
        today: dt.date | None = None,
    ) -> list[AgreementRow]:
        """Status sorts by the status shown (past expiry → expired), not the one stored."""
        if sort not in ("parties", "fields", "status"):
            return self.list_agreements(text, deleted=deleted, offset=offset, limit=limit, sort=sort, descending=descending, today=today)
        from .models import agreement_fields, agreement_parties

        today = today or dt.date.today()
        stmt = self._agreement_select(text, deleted=deleted)
        column: ColumnElement[Any]
        if sort == "parties":
            column = (
                select(func.min(Partner.sort_key))
                .join(agreement_parties, agreement_parties.c.partner_id == Partner.id)
                .where(agreement_parties.c.agreement_id == Agreement.id)
                .correlate(Agreement)
                .scalar_subquery()
            )
        elif sort == "fields":
            column = (
                select(func.min(Field.sort_key))
                .join(agreement_fields, agreement_fields.c.field_id == Field.id)
                .where(agreement_fields.c.agreement_id == Agreement.id)
                .correlate(Agreement)
                .scalar_subquery()
            )
        else:
            column = agreement_effective_status_sql(today)
        stmt = stmt.order_by(column.is_(None), column.desc() if descending else column.asc(), Agreement.signed_date.desc(), Agreement.id)
        return [agreement_row(agreement, unit, today) for agreement, unit in self._page(stmt, offset, limit)]


def _file_refs(items: Iterable[Any], kept: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(path, sha256) pairs as stored: the path absolute and normalised (:func:`clean_file_path`);
    a bare path is hashed now (streamed: a scan may be hundreds of MB), and only if it is a
    regular file (reading a named pipe never ends).

    A pair already on the agreement (``kept``) stays exactly as it was recorded, even a relative
    path from an older version: it cannot be made absolute (relative to what?), and refusing it
    would block every other change to the agreement. The form flags such paths instead.
    """
    import os

    from .files import sha256_of

    kept = set(kept)
    refs = []
    for item in items:
        if isinstance(item, list | tuple):
            path, digest = str(item[0]), clean(item[1]).lower()
        else:
            path, digest = str(item), ""
        if (path, digest) not in kept:
            path = clean_file_path(path)
        if not digest:
            try:
                kind = file_kind(os.stat(path).st_mode)
                if kind is not None:
                    raise ValidationError(
                        "files",
                        translate("Validation", "Files: “{path}” is not a regular file but {kind}; attach the document itself.").format(
                            path=path, kind=kind
                        ),
                    )
                digest = sha256_of(path)
            except OSError as exc:
                raise ValidationError(
                    "files", translate("Validation", "Files: cannot read “{path}”: {reason}.").format(path=path, reason=exc.strerror)
                ) from None
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValidationError("files", translate("Validation", "Files: “{value}” is not a SHA-256 digest.").format(value=digest))
        refs.append((path, digest))
    return refs
