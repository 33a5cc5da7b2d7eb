"""Input widgets shared by the forms: dates dd/mm/yyyy, due periods, tags, partner pickers.

Each returns plain Python values (``dt.date``, ``Due``, lists of names, partner IDs) and raises
``ValidationError`` naming its field when the text cannot be read, so a form shows the message next
to the widget and saves nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...core.errors import ValidationError
from ...core.i18n import language
from ...core.text import Due, DuePrecision, fold, format_date, format_due, parse_date, parse_due, sort_key
from ..icons import icon
from ..models.partners_lookup import PartnerLookupModel, partner_caption


class DateEdit(QLineEdit):
    """A date typed as officers type it (08122025, 8/12/25, hôm nay) or picked from a calendar
    (the icon, or Alt+Down); empty means no date.

    While typing, the date understood is drawn in grey at the right of the box ("08/12/2025", or
    "not a date yet"), and on Enter or leaving the box the text becomes that date, dd/mm/yyyy:
    the officer sees which day was read before saving, not after.
    """

    def __init__(self, field: str, parent=None, required: bool = False) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self._hint = ""
        self.setMaximumWidth(250)
        self._pick_action = self.addAction(icon("today"), QLineEdit.ActionPosition.TrailingPosition)
        self._pick_action.triggered.connect(self._pick)
        self._name()
        self.textChanged.connect(self._update_hint)
        self.editingFinished.connect(self.tidy)

    def _name(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("DateEdit", "dd/mm/yyyy"))
        self._pick_action.setToolTip(QCoreApplication.translate("DateEdit", "Pick a date (Alt+Down)"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_pick_action"):
            self._name()
            self._update_hint(self.text())
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier) or event.key() == Qt.Key.Key_F4:
            self._pick()
            event.accept()
            return
        super().keyPressEvent(event)

    def hint(self) -> str:
        """The date the text is read as, when it is not already written dd/mm/yyyy."""
        return self._hint

    def _update_hint(self, text: str) -> None:
        hint = ""
        if text.strip():
            try:
                value = parse_date(text)
            except ValueError:
                hint = QCoreApplication.translate("DateEdit", "not a date yet")
            else:
                shown = format_date(value)
                hint = "" if shown == text.strip() else shown
        self._hint = hint
        self.setAccessibleDescription(QCoreApplication.translate("DateEdit", "Read as {date}").format(date=hint) if hint else "")
        self.update()

    def tidy(self) -> None:
        """Write the date understood as dd/mm/yyyy; text that is not a date stays for Save to name."""
        try:
            value = parse_date(self.text())
        except ValueError:
            return
        if value is not None and self.text() != format_date(value):
            self.setText(format_date(value))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._hint:
            return
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        room = self.contentsRect().adjusted(0, 0, -(self.height() + 2), 0)  # left of the calendar icon
        painter.drawText(room, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._hint)
        painter.end()

    def sizeHint(self):  # noqa: N802 - Qt API
        """Room for what was typed and the date it is read as."""
        hint = super().sizeHint()
        wide = self.fontMetrics().horizontalAdvance("08/12/2025  →  08/12/2025") + 2 * self.height()
        hint.setWidth(max(hint.width(), min(wide, self.maximumWidth())))
        return hint

    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        try:
            current = self.date()
        except ValidationError:
            current = None
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(qdate: QDate) -> None:
            self.set_date(dt.date(qdate.year(), qdate.month(), qdate.day()))
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()

    def date(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            if self.required:
                raise ValidationError(self.field, QCoreApplication.translate("DateEdit", "A date is required (dd/mm/yyyy)."))
            return None
        try:
            return parse_date(text)
        except ValueError:
            raise ValidationError(
                self.field, QCoreApplication.translate("DateEdit", "“{value}” is not a date; type it as dd/mm/yyyy.").format(value=text)
            ) from None

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value) if value else "")


class DueEdit(QWidget):
    """Due date with its precision: 13/05/2024, 05/2024, Q3/2024 or 2024, read back as the officer meant it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(QCoreApplication.translate("DueEdit", "dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024"))
        self.edit.setAccessibleName(QCoreApplication.translate("DueEdit", "Due"))
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.hint, 1)
        self.edit.textChanged.connect(self._explain)
        self.edit.editingFinished.connect(self.tidy)
        self.setFocusProxy(self.edit)

    def tidy(self) -> None:
        """Write the period understood the way the app shows it (quý 2/2026 → Q2/2026 in English,
        08122025 → 08/12/2025); text that is not a due date stays for Save to name."""
        try:
            due = parse_due(self.edit.text())
        except ValueError:
            return
        if due is not None:
            shown = format_due(due.date, due.precision, language())
            if shown != self.edit.text():
                self.edit.setText(shown)

    def _explain(self) -> None:
        try:
            due = parse_due(self.edit.text())
        except ValueError:
            self.hint.setText(QCoreApplication.translate("DueEdit", "not a due date yet"))
            return
        if due is None:
            self.hint.setText(QCoreApplication.translate("DueEdit", "no due date"))
            return
        names = {
            DuePrecision.DAY: QCoreApplication.translate("DueEdit", "on {date}"),
            DuePrecision.MONTH: QCoreApplication.translate("DueEdit", "within the month, by {date}"),
            DuePrecision.QUARTER: QCoreApplication.translate("DueEdit", "within the quarter, by {date}"),
            DuePrecision.YEAR: QCoreApplication.translate("DueEdit", "within the year, by {date}"),
        }
        self.hint.setText(names[due.precision].format(date=format_date(due.date)))

    def due(self) -> Due | None:
        try:
            return parse_due(self.edit.text())
        except ValueError:
            raise ValidationError(
                "due",
                QCoreApplication.translate("DueEdit", "“{value}” is not a due date; type 13/05/2024, 05/2024, Q3/2024 or 2024.").format(
                    value=self.edit.text().strip()
                ),
            ) from None

    def set_due(self, date: dt.date | None, precision: str | None) -> None:
        self.edit.setText(format_due(date, precision, "en" if precision == DuePrecision.QUARTER else language()))

    def draft_value(self) -> str:
        return self.edit.text()

    def set_draft_value(self, value) -> None:
        self.edit.setText(str(value or ""))


class ChoiceBox(QComboBox):
    """A drop-down of a form whose value changes only when the officer chooses in its list.

    A closed QComboBox takes letters typed at it, arrow keys and the mouse wheel as a change of
    value: an officer who tabs into it and types, or scrolls the form over it, changes a priority
    or a status without seeing it. Here those open the list instead (a letter moves to the first
    matching item in it), and only Enter or a click there changes the value; Esc leaves it as it
    was. The wheel scrolls the form, and the box takes the focus from Tab or a click, never from
    the wheel.
    """

    _OPENING_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        event.ignore()  # to the scroll area around it

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.isEditable():
            super().keyPressEvent(event)
            return
        chord = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        )
        text = event.text()
        if not chord and event.key() in self._OPENING_KEYS:
            self.showPopup()
            event.accept()
            return
        if not chord and text and text.isprintable() and not text.isspace():
            self.showPopup()
            QApplication.sendEvent(self.view(), QKeyEvent(event.type(), event.key(), event.modifiers(), text))
            event.accept()
            return
        super().keyPressEvent(event)  # Space, F4 and Alt+Down open the list; Tab moves on


class _EnterLineEdit(QLineEdit):
    """A line edit whose Enter belongs to it (adds a tag, picks a partner), not to the dialog."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _ChipList(QListWidget):
    """Chosen items in a wrapping row; Delete or a double-click removes one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMaximumHeight(56)
        self.itemDoubleClicked.connect(lambda item: self.takeItem(self.row(item)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.takeItem(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)


class TagEdit(QWidget):
    """Fields of cooperation (or aliases) as tags: type, Enter or comma adds; known tags complete."""

    def __init__(self, suggestions: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = _EnterLineEdit(self)
        self.edit.setPlaceholderText(QCoreApplication.translate("TagEdit", "type and press Enter; commas separate"))
        self.chips = _ChipList(self)
        self.chips.setVisible(False)
        layout.addWidget(self.edit)
        layout.addWidget(self.chips)
        if suggestions:
            completer = QCompleter(sorted(set(suggestions), key=sort_key), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.edit.setCompleter(completer)
        self.edit.entered.connect(self.commit_text)
        self.edit.textEdited.connect(self._maybe_split)
        self.setFocusProxy(self.edit)

    def _maybe_split(self, text: str) -> None:
        if "," in text or ";" in text:
            self.commit_text()

    def commit_text(self) -> None:
        raw = self.edit.text().replace(";", ",")
        for part in raw.split(","):
            self.add_tag(part)
        self.edit.clear()

    def add_tag(self, text: str) -> None:
        text = " ".join(text.split())
        if not text or fold(text) in {fold(tag) for tag in self._chip_texts()}:
            return
        self.chips.addItem(QListWidgetItem(text))
        self.chips.setVisible(True)

    def _chip_texts(self) -> list[str]:
        return [self.chips.item(i).text() for i in range(self.chips.count())]

    def tags(self) -> list[str]:
        """The tags, including text typed but not yet confirmed with Enter."""
        pending = [part.strip() for part in self.edit.text().replace(";", ",").split(",") if part.strip()]
        result = self._chip_texts()
        for part in pending:
            if fold(part) not in {fold(tag) for tag in result}:
                result.append(part)
        return result

    def set_tags(self, tags) -> None:
        self.chips.clear()
        for tag in tags:
            self.add_tag(tag)
        self.chips.setVisible(self.chips.count() > 0)

    def draft_value(self) -> dict:
        return {"tags": self._chip_texts(), "typing": self.edit.text()}

    def set_draft_value(self, value) -> None:
        if isinstance(value, dict):
            self.set_tags(value.get("tags") or [])
            self.edit.setText(value.get("typing") or "")


class PartnerPicker(QWidget):
    """One partner, found by typing any of its names or aliases (Vietnamese, English, Chinese)."""

    picked = Signal(int)

    def __init__(self, tracker, field: str = "partner_id", parent=None, clear_after_pick: bool = False) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.field = field
        self.clear_after_pick = clear_after_pick
        self._chosen: tuple[int, str] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = _EnterLineEdit(self)
        self.edit.setPlaceholderText(QCoreApplication.translate("PartnerPicker", "type any name or alias: Thượng Ngu, Shangyu, 上虞…"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.lookup = PartnerLookupModel(tracker, self)
        self.completer = QCompleter(self.lookup, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self._activated_text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.entered.connect(self.resolve)
        self.edit.editingFinished.connect(self._finished)
        self.setFocusProxy(self.edit)

    def _search(self) -> None:
        text = self.edit.text()
        if self._chosen and text == self._chosen[1]:
            return
        self.lookup.search(text)
        if self.lookup.rowCount() and self.edit.hasFocus():
            self.completer.complete()

    def _activated_text(self, text: str) -> None:
        for row in self.lookup.rows():
            if partner_caption(row) == text:
                self._choose(row.id, row.name)
                return

    def _finished(self) -> None:
        if self.edit.text().strip() and not self._is_chosen_text():
            self.resolve()

    @property
    def chosen(self) -> tuple[int, str] | None:
        """(id, name) of the partner picked from the list; None while a name is only typed."""
        return self._chosen

    def _is_chosen_text(self) -> bool:
        return self._chosen is not None and self.edit.text() == self._chosen[1]

    def _choose(self, partner_id: int, name: str) -> None:
        self._chosen = (partner_id, name)
        self.completer.popup().hide()
        self._timer.stop()
        if self.clear_after_pick:
            self.edit.clear()
            self._chosen = None
        else:
            self.edit.setText(name)
        self.picked.emit(partner_id)

    def resolve(self) -> bool:
        """Pick what the text names: an exact name or alias, or the only match."""
        text = self.edit.text().strip()
        if not text or self._is_chosen_text():
            return self._chosen is not None
        rows = self.tracker.find_partners(text, limit=20)
        key = fold(text)
        exact = [r for r in rows if key in {fold(n) for n in (r.name, r.name_en, r.name_native, *r.aliases) if n}]
        if len(exact) == 1 or (not exact and len(rows) == 1):
            row = (exact or rows)[0]
            self._choose(row.id, row.name)
            return True
        if self.completer.popup().isVisible() and self.lookup.rowCount():
            row = self.lookup.row_at(max(self.completer.popup().currentIndex().row(), 0))
            if row is not None:
                self._choose(row.id, row.name)
                return True
        return False

    def partner_id(self) -> int | None:
        """The chosen partner; text that names none is an error, empty text is None."""
        text = self.edit.text().strip()
        if not text:
            return None
        if self._is_chosen_text() or self.resolve():
            return self._chosen[0] if self._chosen else None
        raise ValidationError(
            self.field,
            QCoreApplication.translate("PartnerPicker", "No single partner matches “{text}”; pick one from the list.").format(text=text),
        )

    def set_partner(self, partner_id: int | None, name: str = "") -> None:
        if partner_id is None:
            self._chosen = None
            self.edit.clear()
            return
        if not name:
            name = self.tracker.get_partner(partner_id).name
        self._chosen = (partner_id, name)
        self.edit.setText(name)

    def draft_value(self) -> dict:
        chosen = self._chosen[0] if self._is_chosen_text() else None
        return {"id": chosen, "text": self.edit.text()}

    def set_draft_value(self, value) -> None:
        if not isinstance(value, dict):
            return
        if value.get("id") is not None:
            self.set_partner(value["id"], value.get("text") or "")
            self.picked.emit(value["id"])  # what a pick does (a follow-up lists the contacts)
        else:
            self.set_partner(None)
            self.edit.setText(value.get("text") or "")


class PartnersPicker(QWidget):
    """Several partners (a meeting's, an agreement's parties): pick one at a time, remove with Delete."""

    changed = Signal()

    def __init__(self, tracker, field: str, parent=None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.picker = PartnerPicker(tracker, field, self, clear_after_pick=True)
        self.chips = _ChipList(self)
        self.chips.setVisible(False)
        layout.addWidget(self.picker)
        layout.addWidget(self.chips)
        self.picker.picked.connect(self._add)
        self.setFocusProxy(self.picker)
        self.chips.model().rowsRemoved.connect(lambda *_: self.changed.emit())

    def _add(self, partner_id: int) -> None:
        if partner_id in self.partner_ids():
            return
        name = self.tracker.get_partner(partner_id).name
        self.add_partner(partner_id, name)

    def add_partner(self, partner_id: int, name: str) -> None:
        if partner_id in self.partner_ids():
            return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, partner_id)
        self.chips.addItem(item)
        self.chips.setVisible(True)
        self.changed.emit()

    def partner_ids(self) -> list[int]:
        """Chosen partners, plus one still typed in the box if it names exactly one partner."""
        ids = [self.chips.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chips.count())]
        return ids

    def pending_ids(self) -> list[int]:
        pending = self.picker.partner_id()
        ids = self.partner_ids()
        if pending is not None and pending not in ids:
            ids.append(pending)
        return ids

    def partners(self) -> list[tuple[int, str]]:
        return [(self.chips.item(i).data(Qt.ItemDataRole.UserRole), self.chips.item(i).text()) for i in range(self.chips.count())]

    def draft_value(self) -> dict:
        return {"partners": [list(p) for p in self.partners()], "typing": self.picker.edit.text()}

    def set_draft_value(self, value) -> None:
        if not isinstance(value, dict):
            return
        self.chips.clear()
        for partner_id, name in value.get("partners") or []:
            self.add_partner(partner_id, name)
        self.chips.setVisible(self.chips.count() > 0)
        self.picker.set_partner(None)
        self.picker.edit.setText(value.get("typing") or "")


def fill_combo(combo: QComboBox, items, none_label: str | None = None, current=None) -> None:
    """(value, label) pairs into a combo; ``none_label`` adds a first "nothing chosen" entry."""
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value, text in items:
        combo.addItem(text, value)
    set_combo(combo, current)


def set_combo(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def unit_items(tracker) -> list[tuple[int, str]]:
    """Every unit (old records keep theirs); one with a successor says which unit replaced it, so
    new records go to the current one."""
    units = tracker.list_units()
    names = {}
    for unit in units:
        name = unit.name_en if language() == "en" and unit.name_en else unit.name
        names[unit.id] = f"{name} ({unit.abbreviation})" if unit.abbreviation else name
    items = []
    for unit in units:
        text = names[unit.id]
        if unit.successor_id in names:
            text = QCoreApplication.translate("UnitItems", "{unit} (now {successor})").format(unit=text, successor=names[unit.successor_id])
        items.append((unit.id, text))
    return items


def category_items(tracker) -> list[tuple[int, str]]:
    return [(c.id, c.name_en if language() == "en" and c.name_en else c.name) for c in tracker.list_categories()]


def meeting_items(tracker, limit: int = 300) -> list[tuple[int, str]]:
    return [(m.id, f"{format_date(m.date)} — {m.title}") for m in tracker.list_meetings(limit=limit)]


def agreement_items(tracker, limit: int = 300) -> list[tuple[int, str]]:
    return [(a.id, a.title) for a in tracker.list_agreements(limit=limit)]


def enum_items(enum) -> list[tuple[str, str]]:
    from ...core.labels import choices

    return choices(enum)


def read_only_table(
    object_name: str, headers: list[str], accessible: str, parent: QWidget | None = None, rows: int = 0, single_selection: bool = True
) -> QTableWidget:
    """A plain-text table the officer reads and selects whole rows in, never edits in place.

    The shared part of the dialogs' small tables (contacts, facts, backups, import preview);
    each caller sets its own column sizing.
    """
    table = QTableWidget(rows, len(headers), parent)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab goes on to the buttons under it; arrows move in it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    return table
