"""Texts that follow the language chosen in Settings, without a restart.

Qt sends every widget a LanguageChange event when a translator is installed; a widget then has to
set its texts again (Qt Designer's ``retranslateUi``). Here each text is set through
:meth:`Texts.keep` with a function that translates it: it is applied at once, and again by
:meth:`Texts.again` from the widget's ``changeEvent`` — one copy of every string, not two.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent


class Texts:
    def __init__(self) -> None:
        self._apply: list[Callable[[], object]] = []

    def keep(self, apply: Callable[[], object]) -> None:
        apply()
        self._apply.append(apply)

    def again(self) -> None:
        for apply in self._apply:
            apply()


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange
