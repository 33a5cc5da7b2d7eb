"""Type-ahead over partners: the database answers (any name, any script, any alias).

QCompleter's own filtering only knows prefixes and case; it would miss "shangyu" → "Huyện Thượng
Ngu". So the completer runs unfiltered over this model, and the model asks
``Tracker.find_partners`` (folded search in SQL) each time the text changes.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..models.base import ID_ROLE, rich_tooltip

Index = QModelIndex | QPersistentModelIndex


def partner_caption(row) -> str:
    """One line naming a partner in every script: "Huyện Thượng Ngu — Shangyu District (上虞区)"."""
    caption = row.name
    if row.name_en and row.name_en != row.name:
        caption += f" — {row.name_en}"
    if row.name_native:
        caption += f" ({row.name_native})"
    return caption


class PartnerLookupModel(QAbstractListModel):
    LIMIT = 20

    def __init__(self, tracker, parent=None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self._rows: list = []

    def search(self, text: str) -> None:
        self.beginResetModel()
        self._rows = self.tracker.find_partners(text, limit=self.LIMIT) if text.strip() else []
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return partner_caption(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip(", ".join(row.aliases)) or None
        if role == ID_ROLE:
            return row.id
        return None
