"""The steps every import of a sheet takes alike, whatever it imports: checking rows
with progress and cancel, and saving in one transaction with its audit line, error
workbook and dry run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from station_app.core import audit
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import DeskError, ValidationError
from station_app.members.sheets.columns import field_header
from station_app.members.sheets.types import (
    DUPLICATE,
    INVALID,
    CancelFn,
    ImportCancelled,
    ImportResult,
    Preview,
    PreviewRow,
    ProgressFn,
    RowProblem,
    Sheet,
    SheetRow,
)

T = TypeVar("T")

# How often a check looks at the cancel button and moves the progress bar.
TICK = 200

# What a save's writing step hands back: the rows as they ended (a row another desk
# saved meanwhile turns duplicate or invalid), how many were imported, and (members
# only) how many units it created.
Written = tuple[list[PreviewRow], int, int | None]


@dataclass(frozen=True)
class CheckRun:
    """A sheet being checked against what is on file (nothing is saved)."""

    db: Database
    sheet: Sheet
    mapping: dict[int, str]  # column index -> field
    progress: ProgressFn | None = None
    should_cancel: CancelFn | None = None

    def rows(self) -> Iterator[SheetRow]:
        """The sheet's rows; every :data:`TICK` rows it stops if the desk cancelled,
        else says how far it is."""
        total = len(self.sheet.rows)
        for n, row in enumerate(self.sheet.rows, start=1):
            yield row
            if n % TICK == 0:
                if self.should_cancel is not None and self.should_cancel():
                    raise ImportCancelled()
                if self.progress is not None:
                    self.progress(n, total)

    def finished(self) -> None:
        if self.progress is not None:
            self.progress(len(self.sheet.rows), len(self.sheet.rows))


class RowCheck:
    """One row being checked: its cells by field, and the problems found so far. A cell
    that does not parse is noted against its column and stands in as a default, so the
    error workbook lists every problem of the row at once."""

    def __init__(
        self, values: tuple[Any, ...], sheet: Sheet, mapping: dict[int, str], target: str
    ) -> None:
        self.cells = {field: values[index] for index, field in mapping.items()}
        self.sheet, self.mapping, self.target = sheet, mapping, target
        self.problems: list[RowProblem] = []
        self.failed: set[str] = set()  # fields whose cell did not parse

    def get(self, field: str) -> Any:
        return self.cells.get(field)

    def add(self, error: DeskError, field: str | None) -> None:
        column = field_header(self.sheet, self.mapping, self.target, field)
        self.problems.append(RowProblem(column, error))

    def attempt(self, parse: Callable[[], T], default: T, field: str = "", about: str = "") -> T:
        """``parse()``, or ``default`` with the problem noted (against ``about``'s column
        when given, else the one the error names)."""
        try:
            return parse()
        except ValidationError as exc:
            self.add(exc, about or exc.field)
            if field:
                self.failed.add(field)
            return default


@dataclass(frozen=True)
class SaveRun:
    """What the writing step of a save works with."""

    db: Database
    actor: Actor
    preview: Preview
    progress: ProgressFn | None
    cancelled: CancelFn
    total: int  # the valid rows to save, at least 1 (the end of the progress bar)

    def done(self, count: int) -> None:
        """``count`` rows saved so far (the bar reaches its end only once committed)."""
        if self.progress is not None:
            self.progress(min(count, self.total - 1), self.total)


class _DryRun(Exception):
    """Rolls a dry run back once everything has been done and counted."""


def save(
    db: Database,
    actor: Actor,
    preview: Preview,
    entity: str,
    write: Callable[[Session, SaveRun], Written],
    write_errors: Callable[[list[PreviewRow]], Any],
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    *,
    dry_run: bool = False,
) -> ImportResult:
    """Runs ``write(session, run)`` and records the import in the audit log, all in one
    transaction; the rejected rows go to ``write_errors`` (their workbook is removed
    again if the import does not land). A dry run does it all and rolls it back."""
    cancelled = should_cancel or (lambda: False)
    run = SaveRun(db, actor, preview, progress, cancelled, max(1, preview.valid))
    error_path = None
    result: ImportResult | None = None
    try:
        with db.transaction() as s:
            rows, imported, units_created = write(s, run)
            duplicates = sum(1 for r in rows if r.status == DUPLICATE)
            rejected = [r for r in rows if r.status == INVALID]
            note = (
                f"{preview.sheet.path.name}: imported {imported}, duplicates {duplicates}, "
                f"rejected {len(rejected)}"
            )
            if units_created is not None:
                note += f", units created {units_created}"
            audit.record(s, actor, "import", entity, note=note)
            error_path = write_errors(rejected)
            if cancelled():
                raise ImportCancelled()
            result = ImportResult(
                imported, duplicates, len(rejected), error_path, units_created or 0, dry_run
            )
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    except BaseException:
        if error_path is not None:
            error_path.unlink(missing_ok=True)
        raise
    assert result is not None
    if progress is not None:
        progress(run.total, run.total)
    return result
