"""What an import reports: its errors, the problems of cells, the planned changes and the result."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import HPTrackerError
from ..i18n import translate
from . import limits

# --------------------------------------------------------------------------------------------
# Errors and plain results
# --------------------------------------------------------------------------------------------


class ImportFileError(HPTrackerError):
    """The file cannot be read as a workbook at all; nothing was read or written."""


class ImportProblemsError(HPTrackerError):
    """Apply was asked for a preview that still has problems; nothing was written."""


class ImportStaleError(HPTrackerError):
    """The database changed between the preview and Apply; nothing was written."""


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None  # letter and header, e.g. "L (Status)"
    message: str

    def text(self) -> str:
        if not self.sheet:  # a line about the list itself (problems not listed)
            return self.message
        if self.row is not None and self.column:
            template = translate("Import", "{sheet}, row {row}, column {column}: {message}")
        elif self.row is not None:
            template = translate("Import", "{sheet}, row {row}: {message}")
        elif self.column:
            template = translate("Import", "{sheet}, column {column}: {message}")
        else:
            template = translate("Import", "{sheet}: {message}")
        return template.format(sheet=self.sheet, row=self.row, column=self.column, message=self.message)


class _Problems(list):
    """The problems of a preview: every one counted, the first MAX_PROBLEMS kept.

    A workbook can hold a problem in each of millions of cells; a list nobody can read through
    only costs memory and time, so the preview lists the first ones and says how many are left.
    """

    def __init__(self, items: Iterable[Problem] = ()) -> None:
        super().__init__()
        self.total = 0
        self.extend(items)

    def append(self, problem: Problem) -> None:
        self.total += 1
        if self.total <= limits.MAX_PROBLEMS:
            super().append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)

    def close(self) -> None:
        """Sorted, and the line saying how many were left out (once, at the end of the preview)."""
        if self.total > len(self):
            super().append(
                Problem(
                    "",
                    None,
                    None,
                    translate("Import", "{n} more problems are not listed; fix the ones above first.").format(
                        n=f"{self.total - len(self):,}"
                    ),
                )
            )


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # follow-up field key (sheets.FOLLOWUPS column key)
    label: str  # the header as the workbook wrote it
    old: str
    new: str


@dataclass(slots=True)
class PlannedCreate:
    sheet: str
    row: int
    title: str
    partner: str
    due: str
    status: str
    note: str | None
    values: dict[str, Any]  # for Tracker._create_followup (partner_id filled at apply for new partners)
    new_partner: str | None = None  # folded key of a partner created by this import


@dataclass(slots=True)
class PlannedUpdate:
    sheet: str
    row: int
    followup_id: int
    title: str
    changes: tuple[FieldChange, ...]
    # The values for Tracker._apply_followup, and the attribute values seen by the preview (checked
    # again at apply), as flat (key, value, key, value…) tuples: a third of a dict's size, and a
    # preview holds 100,000 of each. Read them as dicts through ``values`` and ``expected``.
    packed_values: tuple[Any, ...]
    packed_expected: tuple[Any, ...]
    status: str | None = None  # new status, when it changes
    note: str | None = None  # new progress note
    new_partner: str | None = None

    @property
    def values(self) -> dict[str, Any]:
        return dict(zip(self.packed_values[::2], self.packed_values[1::2], strict=True))

    @property
    def expected(self) -> dict[str, Any]:
        return dict(zip(self.packed_expected[::2], self.packed_expected[1::2], strict=True))

    def expect(self, attr: str, value: Any, change: FieldChange) -> None:
        """One more change the preview found after planning (the contact a move drops)."""
        self.packed_expected += (attr, value)
        self.changes += (change,)

    @property
    def writes_progress(self) -> bool:
        return self.status is not None or self.note is not None


@dataclass
class ImportPreview:
    path: Path
    create_partners: bool
    sheets: list[str] = field(default_factory=list)
    creates: list[PlannedCreate] = field(default_factory=list)
    updates: list[PlannedUpdate] = field(default_factory=list)
    unchanged: int = 0
    problems: _Problems = field(default_factory=_Problems)  # the first MAX_PROBLEMS
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)  # (sheet, "C (header)")
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)  # (sheet, reason)
    notices: list[str] = field(default_factory=list)
    new_partners: dict[str, str] = field(default_factory=dict)  # folded key → name as typed

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_count(self) -> int:
        """Every problem found, listed or not."""
        return getattr(self.problems, "total", len(self.problems))

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def has_changes(self) -> bool:
        return bool(self.creates or self.updates)

    def counts_line(self) -> str:
        return translate(
            "Import", "{create} to create, {update} to update, {unchanged} unchanged, {partners} new partners, {problems} problems"
        ).format(
            create=len(self.creates),
            update=len(self.updates),
            unchanged=self.unchanged,
            partners=len(self.new_partners),
            problems=self.problem_count,
        )

    def summary_lines(self, limit: int | None = None) -> list[str]:
        """The preview as text, for the command line."""
        lines = [translate("Import", "File: {name}").format(name=self.file_name), self.counts_line()]
        if self.updates:
            lines.append(translate("Import", "To update:"))
            for item in self.updates[:limit]:
                changes = "; ".join(f"{c.label}: {c.old or '∅'} → {c.new or '∅'}" for c in item.changes)
                lines.append(
                    translate("Import", "  #{id} (row {row}) {title}: {changes}").format(
                        id=item.followup_id, row=item.row, title=item.title, changes=changes
                    )
                )
            if limit is not None and len(self.updates) > limit:
                lines.append(translate("Import", "  … and {n} more").format(n=len(self.updates) - limit))
        if self.creates:
            lines.append(translate("Import", "To create:"))
            for new in self.creates[:limit]:
                lines.append(
                    translate("Import", "  row {row}: {title} ({partner})").format(row=new.row, title=new.title, partner=new.partner)
                )
            if limit is not None and len(self.creates) > limit:
                lines.append(translate("Import", "  … and {n} more").format(n=len(self.creates) - limit))
        if self.new_partners:
            lines.append(translate("Import", "New partners: {names}").format(names="; ".join(self.new_partners.values())))
        for sheet, column in self.ignored_columns:
            lines.append(translate("Import", "Ignored column: {sheet}, {column}").format(sheet=sheet, column=column))
        for sheet, reason in self.skipped_sheets:
            lines.append(translate("Import", "Sheet not imported: {sheet} ({reason})").format(sheet=sheet, reason=reason))
        lines.extend(self.notices)
        if self.problems:
            lines.append(translate("Import", "Problems (nothing will be written until they are fixed):"))
            lines.extend("  " + problem.text() for problem in self.problems)
        return lines


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    progress_entries: int
    partners_created: int
