"""Reading the values officers type on the command line (SPEC §5).

Dates are dd/mm/yyyy (ISO yyyy-mm-dd is accepted too); statuses, directions, kinds and categories
are accepted as codes or as labels in either language, case and diacritics ignored ("done",
"Done", "Đã hoàn thành", "da hoan thanh"); our units by ID, name, English name or abbreviation.
A value that matches nothing is a one-line error naming what would have matched (exit 1).
"""

from __future__ import annotations

import datetime as dt
import functools
from enum import StrEnum

from ..core.errors import ValidationError
from ..core.i18n import translate
from ..core.text import clean, fold
from ..core.validate import Spec, clean_value


def date_value(raw: str | None, option: str) -> dt.date | None:
    """``--date 13/05/2024`` → a date; None when not given. The option's name is in the message."""
    if raw is None:
        return None
    return clean_value(Spec(option, "date", label=option), raw)


@functools.cache
def _forms(enum: type[StrEnum]) -> dict[str, str]:
    """Folded code, code with spaces, and label in every language → code.

    The labels of the other language come from its catalogue: the translator is swapped in for a
    moment and back (the command line runs on one thread).
    """
    from ..core.i18n import language
    from ..core.labels import label
    from ..translations import LANGUAGES, install_translators

    forms: dict[str, str] = {}
    for member in enum:
        forms[fold(member.value)] = member.value
        forms[fold(member.value.replace("_", " "))] = member.value
    current = language()
    try:
        for lang in LANGUAGES:
            install_translators(lang)
            for member in enum:
                forms.setdefault(fold(label(enum, member.value)), member.value)
    finally:
        install_translators(current)
    return forms


def enum_value(enum: type[StrEnum], raw: str | None, option: str) -> str | None:
    """A code of ``enum`` from its code or its label in either language; None when not given."""
    if raw is None:
        return None
    code = _forms(enum).get(fold(raw))
    if code is None:
        from ..core.labels import choices

        known = ", ".join(f"{value} ({text})" for value, text in choices(enum))
        raise ValidationError(
            option,
            translate("Cli", "{option}: unknown value “{value}”; use one of: {known}.").format(
                option=option, value=clean(raw), known=known
            ),
        )
    return code


def category_id(tracker, raw: str | None) -> int | None:
    """A category by its code or its name in either language."""
    if raw is None:
        return None
    key = fold(raw)
    categories = tracker.list_categories()
    if not categories:  # a database made by the command line: the standard list, as the window adds it
        tracker.ensure_categories()
        categories = tracker.list_categories()
    for category in categories:
        if key in {fold(category.code), fold(category.code.replace("_", " ")), fold(category.name), fold(category.name_en or "")}:
            return category.id
    known = ", ".join(f"{c.code} ({c.name})" for c in categories)
    raise ValidationError(
        "category", translate("Cli", "--category: unknown category “{value}”; use one of: {known}.").format(value=clean(raw), known=known)
    )


def unit_id(tracker, raw: str | None) -> int | None:
    """One of our units by ID, name, English name or abbreviation."""
    if raw is None:
        return None
    text = clean(raw)
    units = tracker.list_units()
    if text.isdigit():
        found = [u for u in units if u.id == int(text)]
    else:
        key = fold(text)
        found = [u for u in units if key in {fold(u.name), fold(u.name_en or ""), fold(u.abbreviation or "")}]
    if len(found) == 1:
        return found[0].id
    known = "; ".join(f"#{u.id} {u.name}" + (f" ({u.abbreviation})" if u.abbreviation else "") for u in units)
    if not found:
        raise ValidationError(
            "unit", translate("Cli", "--unit: no unit matches “{value}”; the units are: {known}.").format(value=text, known=known or "—")
        )
    raise ValidationError(
        "unit",
        translate("Cli", "--unit: “{value}” matches several units; give the ID: {known}.").format(
            value=text, known="; ".join(f"#{u.id} {u.name}" for u in found)
        ),
    )


__all__ = ["date_value", "enum_value", "category_id", "unit_id"]
