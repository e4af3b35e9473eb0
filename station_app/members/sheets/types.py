"""Plain values of the Excel import and export (no Qt, no ORM objects).

A :class:`Sheet` is a file as read; a :class:`Preview` says, row by row, what an
import would do with it; an :class:`ImportResult` says what it did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_app.core.errors import DeskError
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.members.types import Notice

MEMBERS = "members"
UNITS = "units"
TARGETS = (MEMBERS, UNITS)

# Row statuses of a preview.
VALID = "valid"  # will be imported
DUPLICATE = "duplicate"  # already on file (or earlier in the sheet): skipped, counted
INVALID = "invalid"  # rejected: goes to the error workbook with its reason

# progress(done, of), should_cancel(): how a long import or export reports and stops.
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

CONTEXT = "MembersExcel"
_PROBLEM = QT_TRANSLATE_NOOP("MembersExcel", "{column}: {message}")
_SEPARATOR = QT_TRANSLATE_NOOP("MembersExcel", "; ")


class SheetUnreadable(DeskError):
    """The file cannot be read as a sheet at all (missing, not a workbook, empty)."""


class ImportCancelled(Exception):
    """The desk cancelled; nothing was saved."""


class ExportCancelled(Exception):
    """The desk cancelled; no file was written."""


@dataclass(frozen=True, slots=True)
class SheetRow:
    line: int  # the row's number in the file (1-based, as Excel shows it)
    values: tuple[Any, ...]  # cells as given, one per header


@dataclass(frozen=True)
class Sheet:
    path: Path
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    header_line: int = 1
    sheet_name: str = ""
    encoding: str = ""  # CSV only: the encoding it was read with

    def column_samples(self, col: int, count: int = 3) -> list[Any]:
        """The first few non-empty values of a column (for the mapping step)."""
        out: list[Any] = []
        for row in self.rows:
            value = row.values[col] if col < len(row.values) else None
            if value not in (None, ""):
                out.append(value)
                if len(out) >= count:
                    break
        return out


@dataclass(frozen=True)
class RowProblem:
    """Why (part of) a row is refused: the error and the sheet column it is about."""

    column: str  # the header as written in the sheet; "" when no column is concerned
    error: DeskError

    def message(self) -> str:
        text = self.error.message()
        if not self.column:
            return text
        return translate(CONTEXT, _PROBLEM).format(column=self.column, message=text)


@dataclass(slots=True)
class PreviewRow:
    line: int
    values: tuple[Any, ...]
    status: str  # VALID / DUPLICATE / INVALID
    problems: tuple[RowProblem, ...] = ()  # INVALID: why; DUPLICATE: what it repeats
    notices: tuple[Notice, ...] = ()  # warnings that do not stop the row
    item: Any = None  # VALID: CleanMember or UnitInput, ready to save
    new_unit: str = ""  # members: the unit this row creates (not on file yet)

    @property
    def reason(self) -> str:
        """Problems (or, for a duplicate, what it repeats) as one translated line."""
        return translate(CONTEXT, _SEPARATOR).join(p.message() for p in self.problems)

    @property
    def notes(self) -> str:
        return translate(CONTEXT, _SEPARATOR).join(n.message() for n in self.notices)


@dataclass(frozen=True)
class Preview:
    target: str  # MEMBERS / UNITS
    sheet: Sheet
    mapping: dict[int, str]
    rows: tuple[PreviewRow, ...]
    new_units: tuple[str, ...] = ()  # members: units the import will create
    # Communities the sheet names that are not on file (as the sheet spells them):
    # their rows are refused until an administrator adds them.
    missing_communities: tuple[str, ...] = ()

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def valid(self) -> int:
        return self.count(VALID)

    @property
    def duplicates(self) -> int:
        return self.count(DUPLICATE)

    @property
    def invalid(self) -> int:
        return self.count(INVALID)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    duplicates: int
    rejected: int
    error_workbook_path: Path | None
    units_created: int = 0
    dry_run: bool = False

    def summary_line(self) -> str:
        """The command line's one line (fixed English, for scripts)."""
        line = f"imported {self.imported}, duplicates {self.duplicates}, rejected {self.rejected}"
        if self.rejected and self.error_workbook_path is not None:
            line += f", error workbook {self.error_workbook_path}"
        return line


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    full_ids: bool
