"""Unit rows of an import: checked like the unit form, saved through the unit service.

A street registers a few hundred units, so each valid row goes through
:meth:`UnitService.add_unit_in` (its checks and audit row), all in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.core.errors import DeskError
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
from station_app.members.sheets.steps import CheckRun, RowCheck, SaveRun, Written
from station_app.members.sheets.types import (
    DUPLICATE,
    INVALID,
    UNITS,
    VALID,
    ImportCancelled,
    Preview,
    PreviewRow,
    RowProblem,
    Sheet,
)
from station_app.members.types import UnitInput


def _check_row(
    values: tuple[Any, ...], mapping: dict[int, str], sheet: Sheet, places: Places
) -> tuple[list[RowProblem], UnitInput | None]:
    row = RowCheck(values, sheet, mapping, UNITS)
    get, attempt = row.get, row.attempt
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
    if row.problems:
        # The form's checks too, so the error workbook lists everything at once.
        attempt(lambda: clean_unit(inp), None)
        return row.problems, None
    clean = attempt(lambda: clean_unit(inp), None)
    return row.problems, clean


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


def check(run: CheckRun) -> Preview:
    sheet, mapping = run.sheet, run.mapping
    out: list[PreviewRow] = []
    with run.db.read() as s:
        places = Places.load(s)
        on_file = _OnFile.load(s)
    for row in run.rows():
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
    run.finished()
    return Preview(UNITS, sheet, mapping, tuple(out), (), places.missing_communities)


def write(s: Session, run: SaveRun) -> Written:
    """Adds the valid units through the unit service (its checks and audit rows)."""
    units = UnitService(run.db)
    preview = run.preview
    rows = list(preview.rows)
    imported = 0
    for i, row in enumerate(rows):
        if row.status != VALID:
            continue
        if run.cancelled():
            raise ImportCancelled()
        try:
            units.add_unit_in(s, run.actor, row.item)
            imported += 1
        except DuplicateUnit as exc:  # another desk added it since the preview
            column = field_header(preview.sheet, preview.mapping, UNITS, exc.field)
            rows[i] = PreviewRow(row.line, row.values, INVALID, (RowProblem(column, exc),), ())
        run.done(imported)
    return rows, imported, None
