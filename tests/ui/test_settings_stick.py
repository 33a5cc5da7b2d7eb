"""Issue 16 item 11, "Settings stick": ``--officer`` and ``--lang`` apply to the window, and the
language chosen in Settings is saved and applies at once, without a restart: every label of the
open window changes to what a window started in that language shows."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTextBrowser,
    QWidget,
)

from hptracker import cli
from hptracker.core.i18n import language
from hptracker.settings import Settings
from hptracker.ui import excepthook
from hptracker.ui.main_window import PAGE_KEYS, SETTINGS, MainWindow


def all_texts(window: MainWindow) -> dict[str, str]:
    """Every text the window holds, shown or not: labels, buttons, group titles, placeholders,
    list and drop-down items, table headers, accessible names, tooltips, menus and actions."""
    texts: dict[str, str] = {"title": window.windowTitle(), "status": window.counts_label.text()}
    for widget in window.findChildren(QWidget):
        if (
            widget.window() is not window
            or widget.objectName() in ("settingsMessage", "noticeText", "databaseInUse")
            or widget.objectName().startswith("qt_")
        ):  # Qt's own parts, made when first needed
            continue
        key = widget_path(widget, window)
        texts[f"{key}/accessible"] = widget.accessibleName()
        texts[f"{key}/tooltip"] = widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            texts[f"{key}/text"] = widget.text()
        elif isinstance(widget, QGroupBox):
            texts[f"{key}/title"] = widget.title()
        elif isinstance(widget, QLineEdit):
            texts[f"{key}/placeholder"] = widget.placeholderText()
        elif isinstance(widget, QComboBox):
            texts[f"{key}/items"] = "|".join(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts[f"{key}/items"] = "|".join(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts[f"{key}/headers"] = "|".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount()))
        elif isinstance(widget, QTextBrowser):
            texts[f"{key}/text"] = widget.toPlainText()
    for action in window.findChildren(QAction):
        if action.objectName():
            texts[f"{action.objectName()}/action"] = "|".join(
                (action.text(), action.toolTip(), action.statusTip(), str(action.property("accessibleName")))
            )
    texts["menus"] = "|".join(a.text() for a in window.menuBar().actions())
    return texts


def widget_path(widget: QWidget, window: QWidget) -> str:
    """A widget's place in the window: each ancestor's name (or class and rank among the siblings
    of its class), so that two windows built alike give their widgets the same keys."""
    parts = []
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if widget.objectName():
            parts.append(widget.objectName())
        else:
            kind = type(widget)
            siblings = [
                w
                for w in (parent.findChildren(kind, options=Qt.FindChildOption.FindDirectChildrenOnly) if parent is not None else [])
                if type(w) is kind
            ]
            parts.append(f"{kind.__name__}[{siblings.index(widget) if widget in siblings else 0}]")
        widget = parent
    return "/".join(reversed(parts))


def visit_every_page(window: MainWindow, last: int) -> None:
    for page in range(len(PAGE_KEYS)):
        window.show_page(page)
    window.followups.table.selectRow(0)
    window.show_page(last)


def test_the_language_chosen_in_settings_applies_at_once_and_is_saved(qtbot, seeded_db, tmp_path, make_window):
    copy = tmp_path / "other" / seeded_db.name  # the same name: the window's title shows it
    copy.parent.mkdir()
    shutil.copy2(seeded_db, copy)
    window = make_window(seeded_db, lang="en")
    visit_every_page(window, SETTINGS)
    english = all_texts(window)
    view = window.settings_view
    view.language_combo.setCurrentIndex(view.language_combo.findData("vi"))
    assert view.save()
    assert Settings().language() == "vi" and language() == "vi"
    assert view.message.text() == "Đã lưu."  # no "applies when hptracker starts again"
    visit_every_page(window, SETTINGS)
    switched = all_texts(window)

    fresh = make_window(copy, lang="vi")
    visit_every_page(fresh, SETTINGS)
    vietnamese = all_texts(fresh)
    fresh.close()
    differences = {k: (switched[k], vietnamese.get(k)) for k in switched if switched[k] != vietnamese.get(k)}
    assert not differences, "\n".join(f"{k}: {a!r} != {b!r}" for k, (a, b) in differences.items())
    changed = [k for k in english if english[k] != switched[k]]
    assert len(changed) > 150, "too few labels changed to mean anything"
    assert switched["menus"] == "&Tệp|&Sửa|&Hồ sơ|&Xem|Trợ &giúp"

    # And back, the same way.
    view.language_combo.setCurrentIndex(view.language_combo.findData("en"))
    assert view.save() and Settings().language() == "en"
    visit_every_page(window, SETTINGS)
    again = all_texts(window)
    assert {k: (english[k], again[k]) for k in english if english[k] != again[k]} == {}


@pytest.fixture
def window_started(monkeypatch):
    """Runs the real ``hptracker`` command without a command (the window), and keeps the window it
    would show instead of entering the event loop."""
    shown: list[MainWindow] = []

    def exec_(self) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown.extend(windows)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    reporters = []
    real = excepthook.install_excepthook
    monkeypatch.setattr(excepthook, "install_excepthook", lambda *a: reporters.append(real(*a)) or reporters[-1])
    yield shown
    for reporter in reporters:
        reporter.uninstall()
    for window in shown:
        window.close()


def test_officer_and_lang_on_the_command_line_apply_to_the_window(qtbot, seeded_db, window_started):
    Settings().set_officer("Nguyễn Thị Hoa")
    assert cli.main(["--db", str(seeded_db), "--officer", "Trần Văn Nam", "--lang", "vi"]) == 0
    window = window_started[0]
    assert window.tracker.officer == "Trần Văn Nam"
    assert "Trần Văn Nam" in window.windowTitle()
    assert window.menuBar().actions()[0].text() == "&Tệp"
    window.show_page(SETTINGS)
    assert window.settings_view.officer_edit.text() == "Trần Văn Nam"  # what this window signs with
    assert Settings().officer() == "Nguyễn Thị Hoa"  # a one-off: the saved name is left alone


def test_a_closed_window_says_nothing_again_when_the_language_changes(qtbot, seeded_db, make_window):
    """Its database is closed: a language switched in another window (or a later one) must not make
    it read its pages again. Nor may the guard sit in the window's own ``event``: every event of the
    window, each paint of it included, then went through Python holding the interpreter lock, and a
    search's query on a pool thread waited for it (page shown 34 → 40 ms, bench_search)."""
    from hptracker.translations import install_translators

    window = make_window(seeded_db, lang="en")
    said_again: list[str] = []
    window.retranslate = lambda: said_again.append("retranslate")  # what LanguageChange calls
    assert "event" not in MainWindow.__dict__
    window.close()
    try:
        install_translators("vi")
        QApplication.processEvents()
        install_translators("en")
        QApplication.processEvents()
    finally:
        install_translators("en")
    assert said_again == []
    assert window.menuBar().actions()[0].text() == "&File"  # nothing in it translated again either
