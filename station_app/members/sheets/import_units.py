"""Unit rows of an import: checked like the unit form, saved through the unit service.

A street registers a few hundred units, so each valid row goes through
:meth:`UnitService.add_unit_in` (its checks and audit row), all in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.core import audit
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import DeskError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.errors import DuplicateUnit
from station_app.members.models import Unit
from station_app.members.service.unit_validation import clean_unit
from station_app.members.service.units import UnitService
from station_app.members.sheets.columns import (
    UNION_LABELS,
    UNION_WORDS,
    cell_text,
    choice,
    field_header,
    number_text,
    parse_count,
    parse_date,
)
from station_app.members.sheets.places import Places, unit_key
from station_app.members.sheets.types import (
    DUPLICATE,
    INVALID,
    UNITS,
    VALID,
    ImportCancelled,
    ImportResult,
    Preview,
    PreviewRow,
    RowProblem,
    Sheet,
)
from station_app.members.types import UnitInput

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
T = TypeVar("T")


def _check_row(
    values: tuple[Any, ...], mapping: dict[int, str], sheet: Sheet, places: Places
) -> tuple[list[RowProblem], UnitInput | None]:
    get = {field: values[index] for index, field in mapping.items()}.get
    problems: list[RowProblem] = []

    def attempt(parse: Callable[[], T], default: T) -> T:
        try:
            return parse()
        except ValidationError as exc:
            problems.append(RowProblem(field_header(sheet, mapping, UNITS, exc.field), exc))
            return default

    shown = tuple(UNION_LABELS.values())
    status = attempt(lambda: choice(get("union_status"), UNION_WORDS, "union_status", shown), None)
    inp = UnitInput(
        name=cell_text(get("name")),
        uscc=attempt(lambda: number_text(get("uscc"), "uscc"), ""),
        community_id=attempt(lambda: places.community(get("community")), None),
        address=cell_text(get("address")),
        contact_name=cell_text(get("contact_name")),
        contact_phone=attempt(lambda: number_text(get("contact_phone"), "contact_phone"), ""),
        employee_count=attempt(lambda: parse_count(get("employee_count"), "employee_count"), None),
        union_status=status or "none",
        union_founded_on=attempt(
            lambda: parse_date(get("union_founded_on"), "union_founded_on"), None
        ),
        union_name=cell_text(get("union_name")),
        union_chair=cell_text(get("union_chair")),
    )
    if problems:
        # The form's checks too, so the error workbook lists everything at once.
        attempt(lambda: clean_unit(inp), None)
        return problems, None
    clean = attempt(lambda: clean_unit(inp), None)
    return problems, clean


@dataclass
class _OnFile:
    by_uscc: dict[str, tuple[int, str]]
    by_name: dict[str, tuple[int, str, str | None]]

    @classmethod
    def load(cls, s: Session) -> _OnFile:
        rows = s.execute(select(Unit.id, Unit.name, Unit.uscc)).all()
        return cls(
            by_uscc={uscc: (uid, name) for uid, name, uscc in rows if uscc},
            by_name={unit_key(name): (uid, name, uscc) for uid, name, uscc in rows},
        )


def _duplicate_problem(
    unit: UnitInput, on_file: _OnFile, sheet: Sheet, mapping: dict[int, str]
) -> tuple[str, RowProblem] | None:
    """(DUPLICATE or INVALID, why) when the unit is on file already."""
    if unit.uscc and unit.uscc in on_file.by_uscc:
        uid, name = on_file.by_uscc[unit.uscc]
        column = field_header(sheet, mapping, UNITS, "uscc")
        if unit_key(name) == unit_key(unit.name):
            return DUPLICATE, RowProblem(column, _already(name))
        return INVALID, RowProblem(
            column,
            DuplicateUnit(
                QT_TRANSLATE_NOOP(
                    "Errors", "The credit code {uscc} is already registered to the unit {name}."
                ),
                field="uscc",
                existing_unit_id=uid,
                uscc=unit.uscc,
                name=name,
            ),
        )
    found = on_file.by_name.get(unit_key(unit.name))
    if found is None:
        return None
    uid, name, uscc = found
    column = field_header(sheet, mapping, UNITS, "name")
    if not unit.uscc or not uscc or uscc == unit.uscc:
        return DUPLICATE, RowProblem(column, _already(name))
    return INVALID, RowProblem(
        column,
        DuplicateUnit(
            QT_TRANSLATE_NOOP("Errors", "A unit named {name} is already on file."),
            field="name",
            existing_unit_id=uid,
            name=name,
        ),
    )


def _already(name: str) -> DeskError:
    return DeskError(QT_TRANSLATE_NOOP("Errors", "Already on file as {name}."), name=name)


def check(
    db: Database,
    sheet: Sheet,
    mapping: dict[int, str],
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> Preview:
    out: list[PreviewRow] = []
    total = len(sheet.rows)
    with db.read() as s:
        places = Places.load(s)
        on_file = _OnFile.load(s)
    for n, row in enumerate(sheet.rows, start=1):
        problems, clean = _check_row(row.values, mapping, sheet, places)
        status = INVALID if problems else VALID
        if clean is not None:
            found = _duplicate_problem(clean, on_file, sheet, mapping)
            if found is not None:
                status, problem = found
                problems = [problem]
                clean = None
            else:  # later rows of the sheet see this one as on file
                on_file.by_name[unit_key(clean.name)] = (0, clean.name, clean.uscc or None)
                if clean.uscc:
                    on_file.by_uscc[clean.uscc] = (0, clean.name)
        out.append(PreviewRow(row.line, row.values, status, tuple(problems), (), clean))
        if n % 200 == 0:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(n, total)
    if progress is not None:
        progress(total, total)
    return Preview(UNITS, sheet, mapping, tuple(out), (), places.missing_communities)


class _DryRun(Exception):
    pass


def save(
    db: Database,
    actor: Actor,
    preview: Preview,
    write_errors: Callable[[list[PreviewRow]], Any],
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    *,
    dry_run: bool = False,
) -> ImportResult:
    cancelled = should_cancel or (lambda: False)
    units = UnitService(db)
    rows = list(preview.rows)
    total = max(1, sum(1 for r in rows if r.status == VALID))
    error_path = None
    result: ImportResult | None = None
    try:
        with db.transaction() as s:
            imported = 0
            for i, row in enumerate(rows):
                if row.status != VALID:
                    continue
                if cancelled():
                    raise ImportCancelled()
                try:
                    units.add_unit_in(s, actor, row.item)
                    imported += 1
                except DuplicateUnit as exc:  # another desk added it since the preview
                    column = field_header(preview.sheet, preview.mapping, UNITS, exc.field)
                    rows[i] = PreviewRow(
                        row.line, row.values, INVALID, (RowProblem(column, exc),), ()
                    )
                if progress is not None:
                    progress(min(imported, total - 1), total)
            duplicates = sum(1 for r in rows if r.status == DUPLICATE)
            rejected = [r for r in rows if r.status == INVALID]
            audit.record(
                s,
                actor,
                "import",
                "unit",
                note=(
                    f"{preview.sheet.path.name}: imported {imported}, duplicates {duplicates}, "
                    f"rejected {len(rejected)}"
                ),
            )
            error_path = write_errors(rejected)
            if cancelled():
                raise ImportCancelled()
            result = ImportResult(imported, duplicates, len(rejected), error_path, 0, dry_run)
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
        progress(total, total)
    return result
