"""Translation hook for messages that come out of the Qt-free core.

The core never imports Qt, yet its messages (validation errors, store errors, export labels) must
reach the officer in the UI language. The app and the CLI install Qt's translator here with
:func:`set_translator`; without one (plain library use, core tests) the English source is returned.

Strings are marked with ``translate("Context", "text")`` so that pyside6-lupdate extracts them into
the same .ts files as the widgets' strings.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Mapping

_translator: Callable[[str, str], str] | None = None
_language = "vi"
# Every language's catalogue, installed or not: a workbook written in one language is read back
# with the window in the other (issue 13 item 10). Each gives "" for a text it does not hold.
_catalogues: dict[str, Callable[[str, str], str]] = {}
_generation = 0  # changes whenever a translator or catalogue does, for caches of translated text
_local = threading.local()  # a language chosen for this thread only (see in_language)


def set_translator(func: Callable[[str, str], str] | None, language: str = "vi") -> None:
    """Install the UI language's translator; without one (None) the catalogues go too."""
    global _translator, _language, _generation
    _translator = func
    _language = language
    if func is None:
        _catalogues.clear()
    _generation += 1


def set_catalogues(catalogues: Mapping[str, Callable[[str, str], str]]) -> None:
    """Every language's translator, for reading text written in any of them (not for showing)."""
    global _generation
    _catalogues.clear()
    _catalogues.update(catalogues)
    _generation += 1


def language() -> str:
    """The UI language code in force ("vi" or "en")."""
    return _language


def generation() -> int:
    """A number that changes whenever translated text may have changed."""
    return _generation


def languages() -> list[str]:
    """The languages whose catalogue is loaded (installed or not)."""
    return list(_catalogues)


def _source(context: str, text: str) -> str:
    return text


@contextlib.contextmanager
def in_language(lang: str | None) -> Iterator[None]:
    """Translate in ``lang`` (None: the English source) in this thread only, for reading text that
    was written in another language than the window's; other threads keep the UI language."""
    previous = getattr(_local, "translator", None)
    _local.translator = _catalogues.get(lang, _source) if lang is not None else _source
    try:
        yield
    finally:
        _local.translator = previous


def translate(context: str, text: str) -> str:
    translator = getattr(_local, "translator", None) or _translator
    if translator is None:
        return text
    result = translator(context, text)
    return result or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate extracts
    """Mark a string for extraction where it is declared; it is translated later, where it is shown.

    Field labels are declared once in the use cases' field lists and translated in each message.
    """
    return text
