"""Translation hook for messages that come out of the Qt-free core.

The core never imports Qt, yet its messages (validation errors, store errors, export labels) must
reach the officer in the UI language. The app and the CLI install Qt's translator here with
:func:`set_translator`; without one (plain library use, core tests) the English source is returned.

Strings are marked with ``translate("Context", "text")`` so that pyside6-lupdate extracts them into
the same .ts files as the widgets' strings.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_language = "vi"


def set_translator(func: Callable[[str, str], str] | None, language: str = "vi") -> None:
    global _translator, _language
    _translator = func
    _language = language


def language() -> str:
    """The UI language code in force ("vi" or "en")."""
    return _language


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    result = _translator(context, text)
    return result or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate extracts
    """Mark a string for extraction where it is declared; it is translated later, where it is shown.

    Field labels are declared once in the use cases' field lists and translated in each message.
    """
    return text
