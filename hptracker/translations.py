"""Qt translators for the app, the CLI and the Qt-free core (whose strings go through core.i18n)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .core import i18n
from .core.paths import resource

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def translation_file(lang: str):
    return resource("translations", f"hptracker_{lang}.qm")


def system_language() -> str:
    """Vietnamese when the system is Vietnamese or says nothing; English for any other locale."""
    name = QLocale.system().name()
    if not name or name in ("C", "POSIX") or name.startswith("vi"):
        return "vi"
    return "en"


def install_translators(lang: str) -> None:
    """Load hptracker_<lang>.qm into the running Q(Core)Application and route core messages through it."""
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
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text), lang)


def install_core_translator(lang: str, gui: bool = False) -> None:
    """For the CLI: an application object (no window) to carry the translator.

    ``gui`` gives a QGuiApplication (fonts, painting, PDF) on the offscreen platform unless a
    display is there, so commands that render work on a server too.
    """
    if QCoreApplication.instance() is None:
        if gui:
            import os
            import sys

            from PySide6.QtGui import QGuiApplication

            if sys.platform.startswith("linux") and not (
                os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            ):
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
            QGuiApplication(["hptracker"])
        else:
            QCoreApplication(["hptracker"])
    install_translators(lang)
