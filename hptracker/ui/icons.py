"""The app's small icon set: hand-drawn SVGs in resources/icons, loaded once.

QIcon renders SVG through Qt's svg image-format plugin (in PySide6-Essentials), so the icons stay
sharp at any scale factor and the wheel ships them as plain text files.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..core.paths import resource


@cache
def icon(name: str) -> QIcon:
    """The named icon, or an empty icon when the file is missing (never an error at startup)."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    return QIcon(str(path))
