"""The files attached to an agreement: attach, remove, open, and check them against their digests.

The SHA-256 recorded when a file was attached is the evidence of which signed version was filed
(SPEC §1), so the list never re-hashes silently: a newly attached file keeps the digest computed
when it was attached, and a stored file keeps its stored digest even when the file on disk is
missing or has changed — the list says so next to the file instead.

Hashing a small file takes milliseconds and happens at once; a larger one (a scanned agreement can
weigh hundreds of MB, often on a network share) is hashed on a pool thread through
:func:`~hptracker.ui.tasks.runner`, so the form stays responsive and shows the progress. Only
regular files are hashed: reading a named pipe or a device would never end.

Opening hands the file to the program the desktop associates with it, so an attachment must be
what it says (issue 13): only a local file path is ever handed over (``QUrl.fromLocalFile``,
never a link); it is hashed again first, and a file that changed since it was attached, that is
not a regular file, that would run as a program, or that is on another computer is opened only
after the officer has been told why and said yes (:meth:`AttachedFilesEdit.ask_open`).
"""

from __future__ import annotations

import enum
import itertools
import ntpath
import os
from collections.abc import Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QEvent, QFileInfo, QObject, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QFontDatabase, QFontMetrics, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.files import sha256_of
from ...core.validate import clean_file_path, file_kind, is_full_path, looks_like_link, same_file_key
from ..icons import icon
from ..tasks import Task, runner
from .base import ERROR_STYLE, plain_message_box
from .widgets import read_only_table

PROBLEM_COLOUR = QColor("#b71c1c")
DIGEST_SHOWN = 12  # hex digits shown in the list; the whole digest is in the tooltip

COL_NAME, COL_FOLDER, COL_DIGEST, COL_STATUS = range(4)


WINDOWS = os.name == "nt"
# Run rather than shown when opened on Windows, beyond what PATHEXT lists: installers, shortcuts
# (which point anywhere), screen savers, PowerShell, HTML applications, registry files, Java.
WINDOWS_PROGRAMS = frozenset(
    {
        ".com",
        ".exe",
        ".bat",
        ".cmd",
        ".vbs",
        ".vbe",
        ".js",
        ".jse",
        ".wsf",
        ".wsh",
        ".msc",
        ".ps1",
        ".lnk",
        ".msi",
        ".msp",
        ".scr",
        ".pif",
        ".cpl",
        ".hta",
        ".reg",
        ".jar",
    }
)


def network_host(path: str, *, windows: bool = WINDOWS) -> str | None:
    """The other computer a Windows UNC path reaches (\\\\server\\share\\…), None for this one.

    Even looking at such a file makes Windows connect to that server with the officer's
    credentials. A mapped drive (Z:) cannot be told from a local one; on Linux, //x/y is the
    local /x/y.
    """
    if not windows:
        return None
    drive = ntpath.splitdrive(path)[0].replace("/", "\\")
    if not drive.startswith("\\\\"):
        return None
    parts = drive[2:].split("\\")
    if parts[0] in ("?", "."):  # \\?\C:\… is local; \\?\UNC\server\share\… is not
        return parts[2] if len(parts) > 2 and parts[1].upper() == "UNC" and parts[2] else None
    return parts[0] or None


def runs_as_program(path: str, mode: int, *, windows: bool = WINDOWS) -> bool:
    """Whether opening the file would run it: on Windows by its extension (PATHEXT and the other
    kinds Windows runs), elsewhere by any executable bit."""
    if windows:
        listed = {e.strip().lower() for e in os.environ.get("PATHEXT", "").split(";") if e.strip()}
        return ntpath.splitext(path)[1].lower() in WINDOWS_PROGRAMS | listed
    return bool(mode & 0o111)


class FileState(enum.Enum):
    NEW = "new"  # attached in this form, digest known
    HASHING = "hashing"  # attached in this form, digest still being computed
    CHECKING = "checking"  # stored, being compared with its stored digest
    UNCHANGED = "unchanged"  # stored, same content as when attached
    CHANGED = "changed"  # stored, content differs from the stored digest
    MISSING = "missing"  # stored, no file at that path now
    UNREADABLE = "unreadable"  # stored, there but cannot be read
    NOT_REGULAR = "not regular"  # stored, but a folder, pipe or device is at that path now
    NOT_FULL_PATH = "not full path"  # stored by an older version without its folder, or a link

    @property
    def is_problem(self) -> bool:
        return self in (FileState.CHANGED, FileState.MISSING, FileState.UNREADABLE, FileState.NOT_REGULAR, FileState.NOT_FULL_PATH)

    @property
    def is_busy(self) -> bool:
        return self in (FileState.HASHING, FileState.CHECKING)


@dataclass(eq=False)  # rows are told apart by identity (and key), never by content
class AttachedFile:
    key: int
    path: str
    sha256: str | None  # recorded digest; None only while a new file is being hashed
    state: FileState
    current: str | None = None  # the file's digest now, when it differs from the recorded one
    reason: str = ""  # why it could not be read, or what it is instead of a file
    percent: int = 0
    task: Task | None = None
    attached_here: bool = False  # attached in this form (not yet saved)
    open_pending: bool = False  # Open was asked; it goes on once the digest is known


class AttachedFilesEdit(QWidget):
    """The "Attached files" list of the agreement form; ``files()`` gives what Save records."""

    SYNC_LIMIT = 4 * 1024 * 1024  # bytes hashed on the GUI thread (~10 ms); larger files go to a pool thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachedFiles")
        self._entries: list[AttachedFile] = []
        self._keys = itertools.count(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.table = read_only_table(
            "attachedFilesTable",
            [
                QCoreApplication.translate("AttachedFiles", "File"),
                QCoreApplication.translate("AttachedFiles", "Folder"),
                QCoreApplication.translate("AttachedFiles", "SHA-256"),
                QCoreApplication.translate("AttachedFiles", "Status"),
            ],
            QCoreApplication.translate("AttachedFiles", "Files attached to this agreement"),
            self,
            single_selection=False,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_FOLDER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DIGEST, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NAME, 170)
        self._fixed_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._bold_font = QFont(self.table.font())
        self._bold_font.setBold(True)
        self._size_columns()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(150)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.installEventFilter(self)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.attach_button = QPushButton(icon("new"), QCoreApplication.translate("AttachedFiles", "Attac&h file…"), self)
        self.attach_button.setObjectName("attachFileButton")
        self.attach_button.setToolTip(
            QCoreApplication.translate("AttachedFiles", "Choose one or more files; their SHA-256 is recorded as they are now.")
        )
        self.attach_button.clicked.connect(self.attach_chosen)
        self.remove_button = QPushButton(icon("delete"), QCoreApplication.translate("AttachedFiles", "Remo&ve"), self)
        self.remove_button.setObjectName("removeFileButton")
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "AttachedFiles", "Take the selected files off this agreement (the files themselves stay where they are)."
            )
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button = QPushButton(QCoreApplication.translate("AttachedFiles", "Open"), self)
        self.open_button.setObjectName("openFileButton")
        self.open_button.setToolTip(QCoreApplication.translate("AttachedFiles", "Open the selected file (or double-click it)"))
        self.open_button.clicked.connect(self.open_selected)
        # Mnemonics h and v are free in the agreement form; every letter of "Open" is taken there,
        # so it has none: Enter or a double-click in the list opens too.
        for button in (self.attach_button, self.remove_button, self.open_button):
            button.setAutoDefault(False)  # Enter in a field still means Save
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        self.warning = QLabel(self)
        self.warning.setObjectName("attachedFilesWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setText(
            QCoreApplication.translate(
                "AttachedFiles",
                "Some files are missing or are no longer the version that was attached. Their "
                "recorded SHA-256 is kept: it shows which signed version was filed.",
            )
        )
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.message = QLabel(self)
        self.message.setObjectName("attachedFilesMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)
        self._update_buttons()

    # -- replaceable in tests (no modal dialog, no program launched) ------------------------------

    @classmethod
    def choose_files(cls, parent: QWidget | None) -> list[str]:
        """The officer's choice of files to attach (several at once); empty when cancelled."""
        paths, _filter = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("AttachedFiles", "Attach files to the agreement"),
            "",
            QCoreApplication.translate("AttachedFiles", "All files (*)"),
        )
        return list(paths)

    @classmethod
    def ask_open(cls, parent: QWidget | None, name: str, reasons: list[str]) -> bool:
        """Whether to open a file despite ``reasons``; "Cancel" is the default answer."""
        box = plain_message_box(
            QMessageBox.Icon.Warning,
            parent,
            QCoreApplication.translate("AttachedFiles", "Open the attached file?"),
            QCoreApplication.translate("AttachedFiles", "Open “{name}” anyway?").format(name=name) + "\n\n" + "\n".join(reasons),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        box.button(QMessageBox.StandardButton.Open).setText(QCoreApplication.translate("AttachedFiles", "Open anyway"))
        box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("AttachedFiles", "Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Open

    @classmethod
    def open_file(cls, path: str) -> bool:
        """Hands the file to the program Windows (or the desktop) associates with it.

        Always as a local file URL: a path is never parsed as a URL, so "https:…" cannot slip through.
        """
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # -- reading and filling ------------------------------------------------------------------------

    def set_files(self, files: Iterable[tuple[str, str] | list[str]]) -> None:
        """Stored (path, sha256) pairs; each is checked against the file on disk now."""
        self.cancel_pending()
        self._entries = []
        for path, digest in files:
            # A path recorded without its folder is not looked up from the current folder: the
            # file found there would be a guess.
            state = FileState.CHECKING if is_full_path(path) else FileState.NOT_FULL_PATH
            entry = AttachedFile(next(self._keys), path, digest, state)
            self._entries.append(entry)
        self._refresh()
        self._hash_all([e for e in self._entries if e.state is FileState.CHECKING])

    def files(self) -> list[tuple[str, str]]:
        """(path, sha256) pairs to save, each with the digest recorded when it was attached."""
        pending = [e for e in self._entries if e.sha256 is None]
        if pending:
            raise ValidationError(
                "files",
                QCoreApplication.translate(
                    "AttachedFiles", "The SHA-256 of “{name}” is still being computed; save again when it is done."
                ).format(name=_name(pending[0].path)),
            )
        return [(e.path, e.sha256) for e in self._entries if e.sha256 is not None]

    def entries(self) -> list[AttachedFile]:
        return list(self._entries)

    def draft_value(self) -> list[list[str | None]]:
        """The files as listed, those still being hashed without their digest (hashed again)."""
        return [[e.path, e.sha256] for e in self._entries]

    def set_draft_value(self, value) -> None:
        known = [(path, digest) for path, digest in value or [] if digest]
        self.set_files(known)
        pending = [path for path, digest in value or [] if not digest]
        if pending:
            self.attach(pending)

    def comparison_text(self) -> str:
        """What the conflict panel compares (dialogs.conflict.widget_text): the paths, in order."""
        return ", ".join(entry.path for entry in self._entries)

    def busy(self) -> bool:
        return any(e.state.is_busy for e in self._entries)

    def cancel_pending(self) -> None:
        """Stop background hashing (the form is closing or reloading)."""
        for entry in self._entries:
            if entry.task is not None:
                entry.task.cancel()
                entry.task = None

    # -- actions ------------------------------------------------------------------------------------

    def attach_chosen(self) -> None:
        paths = self.choose_files(self.window())
        if paths:
            self.attach(paths)

    def attach(self, paths: Iterable[str]) -> None:
        """Add files, refusing ones already attached; small files are hashed before this returns."""
        self.clear_message()
        known = {same_file_key(e.path) for e in self._entries}
        duplicates: list[str] = []
        refused: list[str] = []
        added: list[AttachedFile] = []
        for path in paths:
            if not path:
                continue
            try:
                path = clean_file_path(path)  # stored as the core stores it: absolute, normalised
            except ValidationError as exc:
                refused.append(exc.message)
                continue
            key = same_file_key(path)
            if key in known:
                duplicates.append(path)
                continue
            known.add(key)
            entry = AttachedFile(next(self._keys), path, None, FileState.HASHING, attached_here=True)
            self._entries.append(entry)
            added.append(entry)
        if duplicates:
            refused.append(
                QCoreApplication.translate(
                    "AttachedFiles",
                    "Already attached, not added again: {names}. To file a new version of a file, remove it first, then attach it again.",
                ).format(names=", ".join(f"“{_name(p)}”" for p in duplicates))
            )
        if refused:
            self.show_message("\n".join(refused))
        self._refresh()
        self._hash_all(added)
        if added:
            self._select_keys({e.key for e in added if self._find(e.key) is not None})

    def remove_selected(self) -> None:
        keys = self._selected_keys()
        if not keys:
            return
        self.clear_message()
        for entry in self._entries:
            if entry.key in keys and entry.task is not None:
                entry.task.cancel()
        self._entries = [e for e in self._entries if e.key not in keys]
        self._refresh()

    def open_selected(self) -> None:
        self.clear_message()
        for key in self._selected_keys():
            entry = self._find(key)
            if entry is not None:
                self._open(entry)

    def _open(self, entry: AttachedFile) -> None:
        """Refuse what is not a local file; hash a regular file again, then go on in ``_open_checked``."""
        name = _name(entry.path)
        if looks_like_link(entry.path):
            self.show_message(
                QCoreApplication.translate(
                    "AttachedFiles", "“{name}” is not opened: {path} is a link, not a file on this computer."
                ).format(name=name, path=entry.path)
            )
            return
        if not is_full_path(entry.path):
            self.show_message(
                QCoreApplication.translate(
                    "AttachedFiles", "“{name}” cannot be opened: its folder was not recorded. Attach the file again from its folder."
                ).format(name=name)
            )
            return
        try:
            mode = os.stat(entry.path).st_mode
        except OSError as exc:
            self._cannot_open(entry, exc)
            return
        kind = file_kind(mode)
        if kind is not None:  # never read: a pipe or a device would block
            entry.state, entry.reason = FileState.NOT_REGULAR, kind
            self._refresh_row(entry)
            self._update_warning()
            self._open_checked(entry)
            return
        if entry.open_pending:
            return  # already being checked; it opens when the check is done
        entry.open_pending = True
        if entry.task is None:  # otherwise the hashing under way delivers the digest
            if entry.state is not FileState.HASHING:
                entry.state, entry.percent = FileState.CHECKING, 0
                self._refresh_row(entry)
            self._hash_all([entry])

    def _open_checked(self, entry: AttachedFile) -> None:
        """Opens a file whose digest (or nature) is known now, asking first when there is a reason."""
        try:
            mode = os.stat(entry.path).st_mode
        except OSError as exc:
            self._cannot_open(entry, exc)
            return
        reasons = []
        kind = file_kind(mode)
        if kind is not None:
            reasons.append(QCoreApplication.translate("AttachedFiles", "It is not a regular file but {kind}.").format(kind=kind))
        elif entry.state is FileState.CHANGED:
            reasons.append(
                QCoreApplication.translate(
                    "AttachedFiles",
                    "It has changed since it was attached: its SHA-256 is now {current}; when it was attached it was {recorded}.",
                ).format(current=entry.current, recorded=entry.sha256)
            )
        if kind is None and runs_as_program(entry.path, mode):
            reasons.append(
                QCoreApplication.translate("AttachedFiles", "It is a program or a script ({suffix}): opening it runs it.").format(
                    suffix=ntpath.splitext(entry.path)[1].lower()
                )
                if WINDOWS
                else QCoreApplication.translate("AttachedFiles", "It is marked as a program (executable): opening it may run it.")
            )
        host = network_host(entry.path)
        if host:
            reasons.append(
                QCoreApplication.translate(
                    "AttachedFiles", "It is on another computer ({host}): opening it connects to that computer."
                ).format(host=host)
            )
        if reasons and not self.ask_open(self.window(), _name(entry.path), reasons):
            return
        if not self.open_file(entry.path):
            self.show_message(QCoreApplication.translate("AttachedFiles", "No program could open “{name}”.").format(name=_name(entry.path)))

    def _cannot_open(self, entry: AttachedFile, error: BaseException) -> None:
        name, native = _name(entry.path), QDir.toNativeSeparators(entry.path)
        if isinstance(error, FileNotFoundError | NotADirectoryError):
            self.show_message(
                QCoreApplication.translate("AttachedFiles", "“{name}” cannot be opened: there is no file at {path}.").format(
                    name=name, path=native
                )
            )
        else:
            self.show_message(
                QCoreApplication.translate("AttachedFiles", "“{name}” cannot be opened: it cannot be read ({reason}).").format(
                    name=name, reason=getattr(error, "strerror", None) or str(error)
                )
            )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Delete removes and Enter opens in the list, instead of Enter saving the whole form."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected_keys():
                self.open_selected()
                return True
            if event.key() == Qt.Key.Key_Delete and self._selected_keys():
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    # -- hashing ------------------------------------------------------------------------------------

    def _hash_all(self, entries: list[AttachedFile]) -> None:
        """Digests of the files now: at once up to ``SYNC_LIMIT`` bytes in all, the rest on pool threads.

        The limit is for the whole batch, so forty small scans cannot freeze the form either.
        """
        budget = self.SYNC_LIMIT
        for entry in entries:
            try:
                info = os.stat(entry.path)
            except OSError as exc:
                self._failed(entry.key, exc)
                continue
            kind = file_kind(info.st_mode)
            if kind is not None:
                self._not_regular(entry.key, kind)
                continue
            size = info.st_size
            if size > budget:
                self._hash_later(entry)
                continue
            budget -= size
            try:
                digest = sha256_of(entry.path)
            except OSError as exc:
                self._failed(entry.key, exc)
                continue
            self._hashed(entry.key, digest)

    def _hash_later(self, entry: AttachedFile) -> None:
        path, key = entry.path, entry.key
        task = runner().run(lambda progress: sha256_of(path, progress), name=f"sha256 {path}")
        entry.task = task
        task.progressed.connect(lambda done, total: self._progressed(key, done, total))
        task.succeeded.connect(lambda digest: self._hashed(key, digest))
        task.failed.connect(lambda error: self._failed(key, error))

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _progressed(self, key: int, done: int, total: int) -> None:
        entry = self._find(key) if self._alive() else None
        if entry is not None and entry.state.is_busy:
            percent = 100 * done // total if total else 100
            row = self._row_of(entry)
            if percent != entry.percent and row >= 0 and self.table.item(row, COL_STATUS) is not None:
                entry.percent = percent
                self._show_status(self.table.item(row, COL_STATUS), entry)

    def _hashed(self, key: int, digest: str) -> None:
        entry = self._find(key) if self._alive() else None
        if entry is None:
            return
        entry.task = None
        if entry.state is FileState.HASHING:
            entry.sha256, entry.state = digest, FileState.NEW
        elif digest == entry.sha256:
            entry.state = FileState.NEW if entry.attached_here else FileState.UNCHANGED
            entry.current = None
        else:
            entry.state, entry.current = FileState.CHANGED, digest
        self._refresh_row(entry)
        self._update_warning()
        if entry.open_pending:
            entry.open_pending = False
            self._open_checked(entry)

    def _not_regular(self, key: int, kind: str) -> None:
        """A folder, pipe or device where a document should be: never read, and never attached."""
        entry = self._find(key)
        if entry is None:
            return
        if entry.state is FileState.HASHING:
            self._entries.remove(entry)
            self._refresh()
            self.show_message(
                QCoreApplication.translate("AttachedFiles", "“{name}” was not attached: it is not a regular file but {kind}.").format(
                    name=_name(entry.path), kind=kind
                )
            )
            return
        entry.state, entry.reason = FileState.NOT_REGULAR, kind
        self._refresh_row(entry)
        self._update_warning()

    def _failed(self, key: int, error: BaseException) -> None:
        entry = self._find(key) if self._alive() else None
        if entry is None:
            return
        entry.task = None
        if entry.open_pending:
            entry.open_pending = False
            self._cannot_open(entry, error)
        missing = isinstance(error, FileNotFoundError | NotADirectoryError)
        reason = getattr(error, "strerror", None) or str(error)
        if entry.state is FileState.HASHING:  # a file that cannot be read is not attached
            self._entries.remove(entry)
            self._refresh()
            message = (
                QCoreApplication.translate("AttachedFiles", "“{name}” was not attached: there is no file at {path}.")
                if missing
                else QCoreApplication.translate("AttachedFiles", "“{name}” was not attached: it cannot be read ({reason}).")
            )
            self.show_message(message.format(name=_name(entry.path), path=QDir.toNativeSeparators(entry.path), reason=reason))
            return
        entry.state = FileState.MISSING if missing else FileState.UNREADABLE
        entry.reason = reason
        self._refresh_row(entry)
        self._update_warning()

    # -- showing ------------------------------------------------------------------------------------

    def _find(self, key: int) -> AttachedFile | None:
        return next((e for e in self._entries if e.key == key), None)

    def _selected_keys(self) -> set[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return {self._entries[row].key for row in rows if 0 <= row < len(self._entries)}

    def _select_keys(self, keys: set[int]) -> None:
        self.table.clearSelection()
        for row, entry in enumerate(self._entries):
            if entry.key in keys:
                self.table.selectRow(row)

    def _refresh(self) -> None:
        self.table.setRowCount(len(self._entries))
        for entry in self._entries:
            self._refresh_row(entry)
        self._update_warning()
        self._update_buttons()

    def _refresh_row(self, entry: AttachedFile) -> None:
        row = self._row_of(entry)
        if row < 0:
            return
        items = [self.table.item(row, column) for column in range(self.table.columnCount())]
        if any(item is None for item in items):
            items = [QTableWidgetItem() for _column in range(self.table.columnCount())]
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        name, folder, digest, status = items
        info = QFileInfo(entry.path)
        native = QDir.toNativeSeparators(entry.path)
        name.setText(info.fileName())
        name.setToolTip(native)
        folder.setText(QDir.toNativeSeparators(info.path()))
        folder.setToolTip(native)
        digest.setText(entry.sha256[:DIGEST_SHOWN] + "…" if entry.sha256 else "")
        digest.setToolTip(entry.sha256 or "")
        digest.setFont(self._fixed_font)
        self._show_status(status, entry)

    def _show_status(self, item: QTableWidgetItem, entry: AttachedFile) -> None:
        item.setText(self._state_text(entry))
        item.setToolTip(self._state_tip(entry))
        problem = entry.state.is_problem
        item.setIcon(icon("overdue") if problem else QIcon())
        item.setForeground(QBrush(PROBLEM_COLOUR) if problem else QBrush())
        item.setFont(self._bold_font if problem else self.table.font())

    def _row_of(self, entry: AttachedFile) -> int:
        return next((row for row, e in enumerate(self._entries) if e is entry), -1)

    def _size_columns(self) -> None:
        """Fixed widths for the digest and status columns, measured once.

        ResizeToContents would measure every row again on each change: with forty files being
        hashed that kept the form frozen for half a second.
        """
        fixed = QFontMetrics(self._fixed_font)
        header = self.table.horizontalHeader()
        header.resizeSection(COL_DIGEST, fixed.horizontalAdvance("0" * DIGEST_SHOWN + "…") + 16)
        bold = QFontMetrics(self._bold_font)
        probe = AttachedFile(0, "", "", FileState.CHECKING, percent=100)
        texts = [header.model().headerData(COL_STATUS, Qt.Orientation.Horizontal)]
        for state in FileState:
            probe.state = state
            texts.append(self._state_text(probe))
        icon_room = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        header.resizeSection(COL_STATUS, max(bold.horizontalAdvance(t) for t in texts) + max(icon_room, 16) + 20)

    @staticmethod
    def _state_text(entry: AttachedFile) -> str:
        state = entry.state
        if state is FileState.HASHING:
            return QCoreApplication.translate("AttachedFiles", "computing SHA-256… {percent}%").format(percent=entry.percent)
        if state is FileState.CHECKING:
            return QCoreApplication.translate("AttachedFiles", "checking… {percent}%").format(percent=entry.percent)
        texts = {
            FileState.NEW: QCoreApplication.translate("AttachedFiles", "new"),
            FileState.UNCHANGED: QCoreApplication.translate("AttachedFiles", "unchanged"),
            FileState.CHANGED: QCoreApplication.translate("AttachedFiles", "changed since it was attached"),
            FileState.MISSING: QCoreApplication.translate("AttachedFiles", "missing"),
            FileState.UNREADABLE: QCoreApplication.translate("AttachedFiles", "cannot be read"),
            FileState.NOT_REGULAR: QCoreApplication.translate("AttachedFiles", "not a regular file"),
            FileState.NOT_FULL_PATH: QCoreApplication.translate("AttachedFiles", "not a full path"),
        }
        return texts[state]

    @staticmethod
    def _state_tip(entry: AttachedFile) -> str:
        state = entry.state
        native = QDir.toNativeSeparators(entry.path)
        if state is FileState.NEW:
            return QCoreApplication.translate(
                "AttachedFiles", "Attached in this form. Its SHA-256 was computed now and is recorded when you save."
            )
        if state is FileState.UNCHANGED:
            return QCoreApplication.translate("AttachedFiles", "Same content as when it was attached (the SHA-256 matches).")
        if state is FileState.CHANGED:
            return QCoreApplication.translate(
                "AttachedFiles",
                "The file's SHA-256 is now {current}; when it was attached it was {recorded}. "
                "The file at this path is not the version that was filed.",
            ).format(current=entry.current, recorded=entry.sha256)
        if state is FileState.MISSING:
            return QCoreApplication.translate(
                "AttachedFiles", "There is no file at {path}. It may have been moved, renamed or deleted, or its drive is not connected."
            ).format(path=native)
        if state is FileState.UNREADABLE:
            return QCoreApplication.translate("AttachedFiles", "{path} cannot be read: {reason}").format(path=native, reason=entry.reason)
        if state is FileState.NOT_REGULAR:
            return QCoreApplication.translate(
                "AttachedFiles", "{path} is not a regular file but {kind}; it is not read, and opening it asks first."
            ).format(path=native, kind=entry.reason)
        if state is FileState.NOT_FULL_PATH:
            if looks_like_link(entry.path):
                return QCoreApplication.translate(
                    "AttachedFiles", "{path} is a link, not a file on this computer; it is never opened."
                ).format(path=entry.path)
            return QCoreApplication.translate(
                "AttachedFiles",
                "{path} was recorded without its folder (by an older version), so it is not "
                "checked or opened. Attach the file again from its folder.",
            ).format(path=native)
        return ""

    def _update_warning(self) -> None:
        self.warning.setVisible(any(e.state.is_problem for e in self._entries))

    def _update_buttons(self) -> None:
        chosen = bool(self._selected_keys())
        self.remove_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)


def _name(path: str) -> str:
    return QFileInfo(path).fileName() or path
