"""Field-by-field validation of what the officer enters, before anything touches the database.

Each record type declares its fields once (:class:`Spec`); :func:`clean_values` turns raw input
(strings from a form, values from the CLI or an import) into typed, NFC-normalised values, or raises
:class:`ValidationError` naming the field. The database CHECK constraints are the second line.
"""

from __future__ import annotations

import datetime as dt
import ntpath
import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .errors import ValidationError
from .i18n import translate
from .text import clean, clean_optional, parse_date


@dataclass(frozen=True)
class Spec:
    name: str
    kind: str  # text, date, time, int, float, enum, ref, country, year, list
    required: bool = False
    enum: type[StrEnum] | None = None
    label: str = ""  # English label; translated in messages
    max_length: int | None = None
    # Where the label's translation is: "Field", or "FollowUpField" for a follow-up's field whose
    # English label another record's field shares with another meaning (Direction).
    context: str = "Field"


def label_of(spec: Spec) -> str:
    text = spec.label or spec.name.replace("_", " ")
    if spec.context == "FollowUpField":  # contexts written out: lupdate and the test read literals
        return translate("FollowUpField", text)
    return translate("Field", text)


def _error(spec: Spec, template: str, **values: Any) -> ValidationError:
    """The template is formatted once, so braces in the officer's own text stay literal."""
    return ValidationError(spec.name, template.format(field=label_of(spec), **values))


def _required(spec: Spec) -> ValidationError:
    return _error(spec, translate("Validation", "{field} is required."))


_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def clean_value(spec: Spec, raw: Any) -> Any:
    """One value, typed and checked; ``None`` for "not entered"."""
    kind = spec.kind
    if kind == "text":
        value = clean_optional(raw) if raw is not None else None
        if value is None:
            if spec.required:
                raise _required(spec)
            return None
        if spec.max_length and len(value) > spec.max_length:
            raise _error(spec, translate("Validation", "{field} is too long (at most {limit} characters)."), limit=spec.max_length)
        return value
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if spec.required:
            raise _required(spec)
        return None
    if kind == "date":
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        try:
            return parse_date(str(raw))
        except ValueError:
            raise _error(spec, translate("Validation", "{field}: “{value}” is not a date (dd/mm/yyyy)."), value=clean(raw)) from None
    if kind == "time":
        if isinstance(raw, dt.time):
            return raw
        match = re.match(r"^(\d{1,2})[:hH](\d{2})$", clean(raw))
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise _error(spec, translate("Validation", "{field}: “{value}” is not a time (hh:mm)."), value=clean(raw))
        return dt.time(int(match.group(1)), int(match.group(2)))
    if kind in ("int", "ref", "year"):
        try:
            number = int(str(raw).strip()) if not isinstance(raw, int) else raw
        except ValueError:
            raise _error(spec, translate("Validation", "{field}: “{value}” is not a whole number."), value=clean(raw)) from None
        if kind == "year" and not 1800 <= number <= 2200:
            raise _error(spec, translate("Validation", "{field}: {value} is not a plausible year."), value=number)
        return number
    if kind == "float":
        if isinstance(raw, int | float):
            return float(raw)
        text = clean(raw).replace(" ", "")
        try:
            return float(text)
        except ValueError:
            raise _error(spec, translate("Validation", "{field}: “{value}” is not a number."), value=clean(raw)) from None
    if kind == "enum":
        assert spec.enum is not None
        try:
            return spec.enum(clean(raw) if isinstance(raw, str) else raw).value
        except ValueError:
            allowed = ", ".join(member.value for member in spec.enum)
            raise _error(
                spec, translate("Validation", "{field}: “{value}” is not one of: {allowed}."), value=clean(raw), allowed=allowed
            ) from None
    if kind == "country":
        text = clean(raw)
        if not _COUNTRY.match(text):
            raise _error(spec, translate("Validation", "{field}: “{value}” is not a two-letter country code (ISO 3166)."), value=text)
        return text.upper()
    if kind == "list":
        items = [raw] if isinstance(raw, str | int) else list(raw)
        return items
    raise AssertionError(f"unknown field kind {kind}")


def clean_values(specs: Iterable[Spec], values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Clean every known field present in ``values``; unknown keys are a programming error.

    With ``partial`` (updates), missing fields are left out; required fields present must still be
    filled.
    """
    by_name = {spec.name: spec for spec in specs}
    unknown = set(values) - set(by_name)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    result: dict[str, Any] = {}
    for name, spec in by_name.items():
        if name in values:
            result[name] = clean_value(spec, values[name])
        elif not partial and spec.required:
            raise _required(spec)
    return result


def clean_list(values: Iterable[Any] | None) -> list[str]:
    """Clean a list of texts: NFC, stripped, blanks dropped, duplicates (same text) dropped."""
    seen: dict[str, None] = {}
    for item in values or ():
        text = clean(item)
        if text:
            seen.setdefault(text, None)
    return list(seen)


# -- attached files (SPEC §1: path + SHA-256) ---------------------------------------------------

# A scheme of two letters or more (http:, file:, smb:, mailto:); a Windows drive ("C:") has one.
_LINK = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")


def looks_like_link(path: str) -> bool:
    """A web address or another link, not a file path: never stored as an attachment, never opened.

    Handed to the desktop, "https://…" or "file://server/…" would fetch something from elsewhere,
    not show the signed document that was filed.
    """
    return bool(_LINK.match(path))


def is_full_path(path: str) -> bool:
    """Names one file wherever the program was started: absolute, and on Windows with its drive
    or server (``\\x.pdf`` depends on the current drive). Older versions could store others."""
    if looks_like_link(path) or not os.path.isabs(path):
        return False
    return os.name != "nt" or bool(ntpath.splitdrive(path)[0])


def clean_file_path(raw: str | os.PathLike[str]) -> str:
    """The path of a file being attached, as it is stored: absolute and normalised.

    A relative path is taken from the current folder, where it is read and hashed, so the stored
    path names the file whose digest is recorded. The characters are kept as given, never
    NFC-normalised like text: NTFS and ext4 keep a name typed in decomposed Unicode as it is, and
    the normalised path would name no file. Case is kept too; compare with :func:`same_file_key`.
    """
    path = os.fspath(raw) if isinstance(raw, os.PathLike) else str(raw)
    if not path.strip():
        raise ValidationError("files", translate("Validation", "Files: a file path is empty."))
    if "\0" in path:
        raise ValidationError(
            "files", translate("Validation", "Files: “{path}” is not a file path.").format(path=path.replace("\0", "\\0"))
        )
    if looks_like_link(path):
        raise ValidationError("files", translate("Validation", "Files: “{path}” is a link, not a file on this computer.").format(path=path))
    return os.path.normpath(os.path.abspath(path))  # abspath normalises too; normpath says it


def same_file_key(path: str) -> str:
    """What makes two paths the same attachment: C:/A.pdf and c:\\a.pdf on Windows."""
    return os.path.normcase(os.path.normpath(path))


def file_kind(mode: int) -> str | None:
    """What a path is when it is not a regular file ("a folder", "a named pipe"…); None when it is.

    Only regular files are hashed or handed to another program: reading a named pipe or a device
    never ends, and a folder is not a document.
    """
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return translate("Files", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("Files", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Files", "a device")
    if stat.S_ISSOCK(mode):
        return translate("Files", "a socket")
    return translate("Files", "a special file")
