"""What the audit records of a change: the record's values before and after, as JSON.

Every write of the Tracker (and of a bulk import) records its change through these functions, so
an entry looks the same whichever way the change was made; :func:`history_items` reads them back
for a record's history.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import selectinload

from .enums import AuditAction
from .models import Agreement, AuditEntry, Base, FollowUp, Meeting, Partner
from .rows import HistoryItem

# The version is not a value of the record but its count of changes: each entry keeps it in a
# column of its own (AuditEntry.version), not among the values that changed.
_NOT_AUDITED = frozenset({"search_key", "sort_key", "created_at", "updated_at", "last_progress_date", "version"})


@functools.cache
def audited_columns(model: type[Base]) -> tuple[str, ...]:
    """The column attributes an audit entry records (derived keys and timestamps left out)."""
    return tuple(c.key for c in inspect(model).column_attrs if c.key not in _NOT_AUDITED)


def jsonable(value: Any) -> Any:
    if value is None or type(value) in (str, int, float, bool):  # most values: nothing to convert
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    return value


# The lists a snapshot records besides the columns. Relationships are lazy="raise", so a record
# about to be changed is read with these loaded (``TrackerBase._get(..., with_lists=True)``).
_LISTS = {
    Partner: (Partner.aliases,),
    Meeting: (Meeting.partners,),
    Agreement: (Agreement.parties, Agreement.fields, Agreement.files),
    FollowUp: (FollowUp.fields,),
}


def list_loads(model: type[Base]) -> list[Any]:
    """Loader options for the lists :func:`snapshot` reads from a record of ``model``."""
    return [selectinload(attribute) for attribute in _LISTS.get(model, ())]


def snapshot(obj: Base) -> dict[str, Any]:
    """Column values plus the lists that belong to the record, for the audit."""
    model = type(obj)
    data = {key: jsonable(getattr(obj, key)) for key in audited_columns(model)}
    if model is Partner:
        data["aliases"] = [a.alias for a in obj.aliases]  # type: ignore[attr-defined]
    if model is Meeting:
        data["partner_ids"] = [p.id for p in obj.partners]  # type: ignore[attr-defined]
    if model is Agreement:
        data["party_ids"] = [p.id for p in obj.parties]  # type: ignore[attr-defined]
        data["fields"] = [f.name for f in obj.fields]  # type: ignore[attr-defined]
        data["files"] = [[f.path, f.sha256] for f in obj.files]  # type: ignore[attr-defined]
    if model is FollowUp:
        data["fields"] = [f.name for f in obj.fields]  # type: ignore[attr-defined]
    return data


def entry_values(action: AuditAction, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> tuple[str | None, str | None] | None:
    """The old and new values of an audit entry as JSON; an update keeps only what changed, and
    one that changed nothing gives None (no entry)."""
    if action is AuditAction.UPDATE and old is not None and new is not None:
        changed = {k for k in set(old) | set(new) if old.get(k) != new.get(k)}
        if not changed:
            return None
        old = {k: old.get(k) for k in sorted(changed)}
        new = {k: new.get(k) for k in sorted(changed)}
    return (
        json.dumps(jsonable(dict(old)), ensure_ascii=False, sort_keys=True) if old else None,
        json.dumps(jsonable(dict(new)), ensure_ascii=False, sort_keys=True) if new else None,
    )


def history_items(rows: Iterable[tuple[AuditEntry, str | None]]) -> list[HistoryItem]:
    """Audit entries (with their officer's name) as history lines, each change old → new."""
    items = []
    for entry, officer in rows:
        old = json.loads(entry.old) if entry.old else {}
        new = json.loads(entry.new) if entry.new else {}
        changes = {k: (old.get(k), new.get(k)) for k in sorted(set(old) | set(new))}
        items.append(HistoryItem("audit", entry.at, entry.at.date(), officer, None, entry.note, entry.action, changes))
    return items
