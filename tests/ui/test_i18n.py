"""Vietnamese in the window: Qt's own dialogs and buttons, dates, alphabetical order.

Qt has no Vietnamese catalogue, so the app's catalogue carries Qt's own strings
(hptracker/ui/qt_strings.py). These tests build Qt's real dialogs offscreen under the installed
translator and read back what they show.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

from hptracker import translations
from hptracker.core import i18n
from hptracker.core.text import format_date, format_due
from hptracker.ui import collation, qt_strings

QT_OFFSCREEN_NOISE = r"(This plugin does not support propagateSizeHints|QPageSetupDialog: Cannot be used on non-native printers)"


@pytest.fixture
def language(qapp):
    """Install a language for one test, then put back the one that was there."""
    previous = i18n.language()
    previous_locale = QLocale()

    def install(lang: str) -> None:
        translations.install_translators(lang)

    yield install
    translations.install_translators(previous)
    QLocale.setDefault(previous_locale)


def vi(context: str, source: str, disambiguation: str = "") -> str:
    translator = QTranslator()
    assert translator.load(str(translations.translation_file("vi")))
    return translator.translate(context, source, disambiguation or None)


ALL_BUTTONS = [
    QMessageBox.StandardButton.Ok,
    QMessageBox.StandardButton.Save,
    QMessageBox.StandardButton.SaveAll,
    QMessageBox.StandardButton.Open,
    QMessageBox.StandardButton.Yes,
    QMessageBox.StandardButton.YesToAll,
    QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.NoToAll,
    QMessageBox.StandardButton.Abort,
    QMessageBox.StandardButton.Retry,
    QMessageBox.StandardButton.Ignore,
    QMessageBox.StandardButton.Close,
    QMessageBox.StandardButton.Cancel,
    QMessageBox.StandardButton.Discard,
    QMessageBox.StandardButton.Help,
    QMessageBox.StandardButton.Apply,
    QMessageBox.StandardButton.Reset,
    QMessageBox.StandardButton.RestoreDefaults,
]


def message_box_texts(qtbot) -> dict[QMessageBox.StandardButton, str]:
    box = QMessageBox()
    qtbot.addWidget(box)
    for button in ALL_BUTTONS:
        box.addButton(button)
    return {button: box.button(button).text() for button in ALL_BUTTONS}


def test_standard_buttons_in_vietnamese(qtbot, language):
    language("vi")
    texts = message_box_texts(qtbot)
    assert texts[QMessageBox.StandardButton.Ok] == "Đồng ý"
    assert texts[QMessageBox.StandardButton.Cancel] == "Hủy"
    assert texts[QMessageBox.StandardButton.Save] == "Lưu"
    assert texts[QMessageBox.StandardButton.Yes] == "&Có"
    assert texts[QMessageBox.StandardButton.No] == "&Không"
    assert texts[QMessageBox.StandardButton.Close] == "Đóng"
    english = {s.source for s in qt_strings.STANDARD_BUTTONS}
    assert not [text for text in texts.values() if text in english], texts

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_standard_buttons_in_english(qtbot, language):
    language("en")
    texts = message_box_texts(qtbot)
    assert texts[QMessageBox.StandardButton.Ok] == "OK"
    assert texts[QMessageBox.StandardButton.Cancel] == "Cancel"
    assert texts[QMessageBox.StandardButton.Yes] == "&Yes"


def test_progress_dialog_and_context_menus_in_vietnamese(qtbot, language):
    language("vi")
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    assert "Hủy" in [b.text() for b in progress.findChildren(QPushButton)]
    line = QLineEdit("Hải Phòng")
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "&Sao chép" in texts and "&Dán" in texts and "Chọn tất cả" in texts, texts
    edit = QTextEdit("Hải Phòng")
    qtbot.addWidget(edit)
    texts = [a.text().split("\t")[0] for a in edit.createStandardContextMenu().actions() if not a.isSeparator()]
    assert "&Hoàn tác" in texts and "Cắ&t" in texts, texts


@pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)
def test_print_preview_in_vietnamese(qtbot, language):
    language("vi")
    dialog = QPrintPreviewDialog()
    qtbot.addWidget(dialog)
    actions = {a.text() for a in dialog.findChildren(QAction) if a.text()}
    for source in (
        "Next page",
        "Previous page",
        "First page",
        "Last page",
        "Fit width",
        "Fit page",
        "Zoom in",
        "Zoom out",
        "Portrait",
        "Landscape",
        "Show single page",
        "Show facing pages",
        "Show overview of all pages",
        "Print",
        "Page setup",
    ):
        assert vi("QPrintPreviewDialog", source) in actions, (source, sorted(actions))
        assert source not in actions
    assert "Trang sau" in actions and "Phóng to" in actions
    assert dialog.windowTitle() == "Xem trước khi in"


@pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)
def test_file_dialog_in_vietnamese(qtbot, language, tmp_path):
    language("vi")
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels.get("lookInLabel") == "&Tìm trong:"
    assert labels.get("fileNameLabel") == "Tên tệ&p:"
    assert labels.get("fileTypeLabel") == "&Loại tệp:"
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"&Lưu", "Hủy"} <= buttons, buttons
    tips = {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton)}
    assert tips.get("backButton") == "Quay lại"
    assert tips.get("toParentButton") == "Thư mục cha"
    assert tips.get("newFolderButton") == "Tạo thư mục mới"
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    headers = {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount(QModelIndex()))}
    assert {"Tên", "Kích thước", "Loại", "Ngày sửa đổi"} <= headers, headers


class Recorder(QTranslator):
    """Records every (context, source, disambiguation) Qt looks up, then lets the next translator answer."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.seen.add((context, source, disambiguation or ""))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)
def test_every_string_qt_dialogs_ask_for_is_translated(qtbot, language, tmp_path):
    """Build the dialogs the app uses and fail on any Qt string our catalogue does not translate.

    This catches a Qt upgrade that rewords a string, and a declaration in qt_strings.py whose
    text or context does not match Qt's to the character.
    """
    language("vi")
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        box = QMessageBox()
        qtbot.addWidget(box)
        for button in ALL_BUTTONS:
            box.addButton(button)
        box.setDetailedText("chi tiết")
        for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            files = QFileDialog(None, "", str(tmp_path))
            files.setOption(QFileDialog.Option.DontUseNativeDialog)
            files.setAcceptMode(mode)
            qtbot.addWidget(files)
        folders = QFileDialog(None, "", str(tmp_path))
        folders.setOption(QFileDialog.Option.DontUseNativeDialog)
        folders.setFileMode(QFileDialog.FileMode.Directory)
        qtbot.addWidget(folders)
        preview = QPrintPreviewDialog()
        qtbot.addWidget(preview)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        print_dialog = QPrintDialog(printer)
        qtbot.addWidget(print_dialog)
        page_setup = QPageSetupDialog(printer)
        qtbot.addWidget(page_setup)
        progress = QProgressDialog()
        qtbot.addWidget(progress)
        line, text = QLineEdit("x"), QTextEdit("x")
        qtbot.addWidget(line)
        qtbot.addWidget(text)
        line.createStandardContextMenu()
        text.createStandardContextMenu()
        QApplication.processEvents()
    finally:
        QCoreApplication.removeTranslator(recorder)
    asked = {key for key in recorder.seen if key[0].startswith("Q") and key[0] not in qt_strings.UNTRANSLATED_CONTEXTS}
    assert len(asked) > 100, "the recorder saw too few strings to mean anything"
    untranslated = sorted(key for key in asked if not vi(*key))
    assert not untranslated, (
        "Qt shows these strings but hptracker_vi.qm has no Vietnamese for them; declare them in "
        "hptracker/ui/qt_strings.py and translate:\n" + "\n".join(map(repr, untranslated))
    )
    declared = set(qt_strings.ALL)
    assert {k for k in asked if k in declared}, "qt_strings.ALL and what Qt asks for have nothing in common"


def test_every_declared_qt_string_has_vietnamese():
    missing = [s for s in qt_strings.ALL if not vi(s.context, s.source, s.disambiguation)]
    assert not missing, missing


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_dates_render_dd_mm_yyyy_in_both_languages(qtbot, language, lang):
    language(lang)
    day = dt.date(2024, 5, 3)
    assert format_date(day) == "03/05/2024"
    assert format_due(dt.date(2024, 9, 30), "quarter", lang) in ("Q3/2024", "Quý 3/2024")
    from hptracker.ui.dialogs.widgets import DateEdit

    edit = DateEdit("Ngày")
    qtbot.addWidget(edit)
    edit.set_date(day)
    assert edit.text() == "03/05/2024"
    edit.setText("3/5/2024")
    assert edit.date() == day
    # Qt's own short format would be d/M/yy in Vietnamese: the reason the app never uses it.
    assert QLocale().toString(day, "dd/MM/yyyy") == "03/05/2024"


DATE_LIKE = re.compile(r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}\b")
DD_MM_YYYY = re.compile(r"^\d{2}/\d{2}/\d{4}$")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_window_tables_show_dates_dd_mm_yyyy(qtbot, demo_db_path, lang):
    """Every date-looking cell of the main window's tables is dd/mm/yyyy, and no cell hands Qt a
    raw date (the delegate would print it in the locale's short format, d/M/yy in Vietnamese)."""
    from hptracker.app import create_window

    window = create_window(demo_db_path, lang=lang)
    qtbot.addWidget(window)
    checked = 0
    for name in ("followUpsTable", "meetingsTable", "agreementsTable"):
        view = window.findChild(QTableView, name)
        assert view is not None, f"the main window has no {name} (SPEC §8)"
        model = view.model()
        for row in range(min(model.rowCount(QModelIndex()), 20)):
            for column in range(model.columnCount(QModelIndex())):
                value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                assert not isinstance(value, dt.date), (name, row, column, value)
                for found in DATE_LIKE.findall(str(value or "")):
                    if found.count("/") == 2 or found.count(".") == 2 or found.count("-") == 2:
                        assert DD_MM_YYYY.match(found), (name, row, column, value)
                        checked += 1
    assert checked, "no date was shown in any table of the demo database"
    window.close()


# -- alphabetical order ---------------------------------------------------------------------------

EXPECTED = ["a", "ă", "â", "b", "d", "đ", "Ha", "Hà", "Hả", "Hã", "Há", "Hạ", "o", "ô", "ơ", "u", "ư"]


def shuffled(items):
    items = list(items)
    random.Random(7).shuffle(items)
    return items


def test_lists_sorted_in_python_give_vietnamese_order():
    """One order, the stored sort key's, with or without ICU in Qt (QCollator is no longer used)."""
    assert collation.sort_vietnamese(shuffled(EXPECTED)) == EXPECTED
    names = ["Zhejiang", "Đà Nẵng", "Hải Phòng", "Ảnh", "Quận 10", "Quận 2", "Dương"]
    assert collation.sort_vietnamese(names) == ["Ảnh", "Dương", "Đà Nẵng", "Hải Phòng", "Quận 2", "Quận 10", "Zhejiang"]


def test_sort_by_key_and_reverse():
    rows = [{"name": n} for n in shuffled(["Ơn", "Ôn", "On", "Đông", "Dong"])]
    assert [r["name"] for r in collation.sort_vietnamese(rows, key=lambda r: r["name"])] == ["Dong", "Đông", "On", "Ôn", "Ơn"]
    assert collation.sort_vietnamese(["a", "ă", "â"], reverse=True) == ["â", "ă", "a"]


# -- the window's own labels ----------------------------------------------------------------------

FORMS = ("new_followup", "log_meeting", "new_partner", "new_agreement")
# The officer's name, the app's name, units' names, dates: the same in both languages.
NOT_WORDS = re.compile(r"^[\W\d_]*$|^hptracker$")


def window_texts(qtbot, db_path, lang: str) -> dict[str, str]:
    """Every label the window shows before any record is opened: navigation, menus, actions,
    accessible names, and the labels and buttons of the four record forms."""
    from hptracker.app import create_window
    from hptracker.ui.main_window import MainWindow

    window: MainWindow = create_window(db_path, officer="Nguyễn Thị Hoa", lang=lang)
    qtbot.addWidget(window)
    texts: dict[str, str] = {}
    for row in range(window.navigation.count()):
        texts[f"navigation/{row}"] = window.navigation.item(row).text()
    for number, menu in enumerate(window.menuBar().actions()):
        texts[f"menu/{number}"] = menu.text()
    for action in window.findChildren(QAction):
        if action.objectName().startswith("action"):
            texts[f"{action.objectName()}/text"] = action.text()
            texts[f"{action.objectName()}/accessible"] = action.property("accessibleName")
    texts["toolbar"] = window.toolbar.windowTitle()
    for name in (
        "mainWindow",
        "navigation",
        "followUpsTable",
        "searchEdit",
        "statusFilter",
        "partnersTable",
        "meetingsTable",
        "agreementsTable",
    ):
        widget = window if name == "mainWindow" else window.findChild(QWidget, name)
        assert widget is not None, f"the window has no {name} (SPEC §8)"
        texts[f"{name}/accessible"] = widget.accessibleName()
    for form in FORMS:
        dialog = getattr(window, form)()
        texts[f"{form}/title"] = dialog.windowTitle()
        for number, label in enumerate(dialog.findChildren(QLabel)):
            if label.text() and not label.text().startswith("<"):
                texts[f"{form}/label/{number}"] = label.text()
        for number, button in enumerate(dialog.findChildren(QAbstractButton)):
            if button.text():
                texts[f"{form}/button/{number}"] = button.text()
        dialog.reject()
    texts.update({f"confirm/{n}": text for n, text in enumerate(confirm_buttons(window))})
    window.close()
    return texts


def confirm_buttons(window) -> list[str]:
    """The buttons of the app's yes/no question, read while it waits for the answer, then answered No."""
    from PySide6.QtCore import QTimer

    from hptracker.ui.dialogs.base import ConfirmDialog

    seen: list[str] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:  # exec() has not shown it yet
            QTimer.singleShot(10, answer)
            return
        box = boxes[0]
        seen.extend([box.windowTitle()] + [b.text() for b in box.buttons()])
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    assert ConfirmDialog.ask(window, "?") is False
    assert len(seen) == 3, seen
    return seen


def test_window_labels_are_vietnamese_in_vietnamese_and_english_in_english(qtbot, db_path):
    en = window_texts(qtbot, db_path, "en")
    vi = window_texts(qtbot, db_path, "vi")
    assert en.keys() == vi.keys()
    assert len(en) > 100, "too few labels collected to mean anything"

    assert [en[f"navigation/{n}"] for n in range(7)] == [
        "Today",
        "Follow-ups",
        "Partners",
        "Meetings",
        "Agreements",
        "Statistics",
        "Settings",
    ]
    assert [vi[f"navigation/{n}"] for n in range(7)] == [
        "Hôm nay",
        "Kiến nghị",
        "Đối tác",
        "Buổi làm việc",
        "Văn bản hợp tác",
        "Thống kê",
        "Cài đặt",
    ]
    assert [en[f"menu/{n}"] for n in range(4)] == ["&File", "&Edit", "&Records", "&View"]
    assert [vi[f"menu/{n}"] for n in range(4)] == ["&Tệp", "&Sửa", "&Hồ sơ", "&Xem"]
    assert en["actionNewFollowUp/text"] == "&New follow-up…"
    assert vi["actionNewFollowUp/text"] == "Kiến nghị &mới…"
    assert (en["actionExport/text"], vi["actionExport/text"]) == ("&Export…", "&Xuất Excel…")
    assert (en["actionBackup/accessible"], vi["actionBackup/accessible"]) == ("Back up the database now", "Sao lưu cơ sở dữ liệu ngay")
    buttons = {key: (en[key], vi[key]) for key in en if key.startswith("new_followup/button/")}
    assert ("Save", "Lưu") in buttons.values() and ("Cancel", "Hủy") in buttons.values(), buttons
    labels = {en[key]: vi[key] for key in en if key.startswith("new_followup/label/")}
    assert labels["&Title:"] == "&Tiêu đề:" and labels["&Due:"] == "T&hời hạn:", labels
    assert (en["log_meeting/title"], vi["log_meeting/title"]) == ("Log a meeting", "Ghi buổi làm việc")
    assert [en[f"confirm/{n}"] for n in range(3)] == ["Please confirm", "Yes", "No"]
    assert [vi[f"confirm/{n}"] for n in range(3)] == ["Xác nhận", "Có", "Không"]

    for key in en:
        assert en[key] and vi[key], f"{key} has no text"
    words = {
        key for key in en if not NOT_WORDS.match(en[key]) and not key.endswith("/accessible") or key.endswith("/accessible") and en[key]
    }
    # No label is left in English in the Vietnamese window, whichever widget would show it.
    english_left = sorted((key, vi[key]) for key in words if vi[key] in set(en.values()) and not NOT_WORDS.match(vi[key]))
    assert not english_left, english_left
    # And the English window is English: none of its labels is a Vietnamese word.
    vietnamese_left = sorted((key, en[key]) for key in words if re.search(r"[ăâđêôơưạ-ỹ]", en[key].lower()))
    assert not vietnamese_left, vietnamese_left
