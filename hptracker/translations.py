"""Qt translators for the window, the CLI and the Qt-free core (whose strings go through core.i18n).

One compiled catalogue per language, ``resources/translations/hptracker_<lang>.qm``, holds the
app's own strings AND Qt's own dialog strings (standard buttons, file and print dialogs, context
menus; see :mod:`hptracker.ui.qt_strings`), because Qt ships no Vietnamese catalogue of its own.
The core's ``translate(context, text)`` is routed through ``QCoreApplication.translate`` so that a
validation message raised in core reaches the officer in the same language as the widgets.

The language also sets Qt's default locale (calendar month names, spin boxes' decimal separator),
but never the date format: the app shows dd/mm/yyyy in every language and sets it explicitly,
because Qt's Vietnamese short format is d/M/yy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from . import qt_compat  # noqa: F401 - guard against a binding defect before any Qt use
from .core import i18n
from .core.paths import resource

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    # British English: day before month, like the dd/mm/yyyy the officers read everywhere else.
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_installed: list[QTranslator] = []
_loaded: dict[str, QTranslator] = {}


def translation_file(lang: str) -> Path:
    return resource("translations", f"hptracker_{lang}.qm")


def normalise_language(lang: str | None) -> str | None:
    """ "vi", "vi_VN", "VI-vn" → "vi"; anything the app has no catalogue for → None."""
    if not lang:
        return None
    code = str(lang).strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else None


def system_language() -> str:
    """Vietnamese when the system is Vietnamese or says nothing; English for any other locale."""
    locale = QLocale.system()
    names = [locale.name(), *locale.uiLanguages()[:1]]
    if any(name.lower().startswith("vi") for name in names):
        return "vi"
    if not locale.name() or locale.name() in ("C", "POSIX"):
        return DEFAULT_LANGUAGE
    return "en"


def resolve_language(explicit: str | None = None, saved: str | None = None) -> str:
    """The language in force: --lang, else the officer's choice in Settings, else the system's."""
    return normalise_language(explicit) or normalise_language(saved) or system_language()


def install_translators(lang: str) -> str:
    """Load hptracker_<lang>.qm into the running Q(Core)Application and route core messages through it.

    Calling it again with another language swaps the catalogue (Settings' language switch).
    Returns the language actually installed.
    """
    lang = normalise_language(lang) or DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    path = translation_file(lang)
    if app is not None and path.exists():
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    language, territory = _LOCALES[lang]
    QLocale.setDefault(QLocale(language, territory))
    i18n.set_translator(_core_translate, lang)
    i18n.set_catalogues({code: translator.translate for code, translator in _catalogues().items()})
    return lang


def _catalogues() -> dict[str, QTranslator]:
    """Each language's catalogue, loaded once and never installed: the core reads a label written in
    any language with them (an English export imported with the window in Vietnamese)."""
    if not _loaded:
        for code in LANGUAGES:
            translator = QTranslator()
            if translator.load(str(translation_file(code))):
                _loaded[code] = translator
    return _loaded


def _core_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def installed_language() -> str:
    return i18n.language()


def install_core_translator(lang: str, gui: bool = False) -> str:
    """For the CLI: an application object (no window) to carry the translator.

    ``gui`` gives a QGuiApplication (fonts, painting, PDF) on the offscreen platform unless a
    display is there, so commands that render work on a server too.
    """
    if QCoreApplication.instance() is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            if sys.platform.startswith("linux") and not (
                os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            ):
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
            QGuiApplication(["hptracker"])
        else:
            QCoreApplication(["hptracker"])
    return install_translators(lang)
