"""Member rows of an import, checked like the intake form (nothing is saved here).

Checking uses the intake form's own rules (:func:`member_problems`) plus lookups done
once per sheet (:class:`Places`: units, communities) and in bulk (ID numbers on file,
the same name with the same mobile). Saving is :mod:`.save_members`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.core import clock
from station_app.core.errors import DeskError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.errors import DuplicateMember
from station_app.members.models import Member
from station_app.members.service.store import refuse_duplicate_id, same_name_and_mobile
from station_app.members.service.validation import CleanMember, member_problems
from station_app.members.sheets.columns import (
    GENDER_LABELS,
    GENDER_WORDS,
    HARDSHIP_LABELS,
    HARDSHIP_WORDS,
    ID_TYPE_LABELS,
    ID_TYPE_WORDS,
    OUTDOOR_LABELS,
    OUTDOOR_WORDS,
    cell_text,
    choice,
    field_header,
    number_text,
    parse_date,
    yes_no,
)
from station_app.members.sheets.places import Places, chunks, unit_key
from station_app.members.sheets.steps import CheckRun, RowCheck
from station_app.members.sheets.types import (
    DUPLICATE,
    INVALID,
    MEMBERS,
    VALID,
    Preview,
    PreviewRow,
    RowProblem,
    Sheet,
)
from station_app.members.types import MemberInput, Notice

_CHOICES = (
    ("id_type", ID_TYPE_WORDS, tuple(ID_TYPE_LABELS.values())),
    ("gender", GENDER_WORDS, tuple(GENDER_LABELS.values())),
    ("hardship_level", HARDSHIP_WORDS, ("否", *HARDSHIP_LABELS.values())),
    ("outdoor_kind", OUTDOOR_WORDS, ("否", *OUTDOOR_LABELS.values())),
)


@dataclass
class Checked:
    line: int
    values: tuple[Any, ...]
    problems: list[RowProblem]
    clean: CleanMember | None
    new_unit: str
    notices: list[Notice]
    status: str = VALID


# Cells read the same way: field -> (parse the cell, what stands in if it does not parse).
_PARSED: dict[str, tuple[Callable[[Any, str], Any], Any]] = {
    "id_number": (number_text, ""),
    "mobile": (number_text, ""),
    "landline": (number_text, ""),
    "birth_date": (parse_date, None),
    "joined_on": (parse_date, None),
    "migrant_worker": (yes_no, False),
    "model_worker": (yes_no, False),
}


def _check_row(
    values: tuple[Any, ...],
    mapping: dict[int, str],
    sheet: Sheet,
    places: Places,
    today: dt.date,
) -> tuple[list[RowProblem], CleanMember | None, str]:
    row = RowCheck(values, sheet, mapping, MEMBERS)
    get, attempt, failed = row.get, row.attempt, row.failed
    codes: dict[str, str | None] = {
        field: attempt(lambda f=field, w=words, c=shown: choice(get(f), w, f, c), None, field)
        for field, words, shown in _CHOICES
    }
    parsed = {
        field: attempt(lambda f=field, p=parse: p(get(f), f), default, field)
        for field, (parse, default) in _PARSED.items()
    }
    community_id = attempt(lambda: places.community(get("community")), None, "community")

    unit_id: int | None = None
    new_unit = ""
    unit_text = cell_text(get("unit"))
    if unit_text:
        found = places.units.get(unit_key(unit_text))
        if found is not None:
            unit_id = found[0]
            if community_id is None and "community" not in failed:
                community_id = found[1]  # as the form does: the unit's community
        else:
            unit = attempt(
                lambda: places.new_unit(unit_text, community_id),
                None,
                "unit",
                about="unit",  # the unit's own checks speak of its "name"
            )
            if unit is not None:
                new_unit = unit.name

    inp = MemberInput(
        name=cell_text(get("name")),
        id_type=codes["id_type"] or "resident_id",
        gender=codes["gender"],
        hardship_level=codes["hardship_level"],
        outdoor_kind=codes["outdoor_kind"],
        unit_id=unit_id,
        community_id=community_id,
        notes=notes.strip() if isinstance(notes := get("notes"), str) else cell_text(notes),
        **parsed,
    )
    clean, errors = member_problems(inp, today)
    for exc in errors:
        if exc.field not in failed:
            row.add(exc, exc.field)
    problems = row.problems
    problems.sort(key=lambda p: _field_rank(mapping, sheet, p.column))
    return problems, (None if problems else clean), new_unit


def _field_rank(mapping: dict[int, str], sheet: Sheet, header: str) -> int:
    """Problems in the sheet's column order."""
    for index in sorted(mapping):
        if sheet.headers[index] == header:
            return index
    return len(sheet.headers)


def _existing_ids(s: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    numbers = sorted({number for _type, number in keys})
    found: dict[tuple[str, str], Any] = {}
    for part in chunks(numbers):
        for row in s.execute(
            select(
                Member.id, Member.id_type, Member.id_number, Member.name, Member.member_no
            ).where(Member.id_number.in_(part))
        ):
            found[(row.id_type, row.id_number)] = row
    return found


def _on_file(line_problem_column: str, member_no: str) -> RowProblem:
    return RowProblem(
        line_problem_column,
        DeskError(
            QT_TRANSLATE_NOOP("Errors", "Already on file as member no. {member_no}."),
            member_no=member_no,
        ),
    )


def mark_duplicates(s: Session, rows: list[Checked], sheet: Sheet, mapping: dict[int, str]) -> None:
    """Same ID number on file or earlier in the sheet: the same person (same name) is a
    duplicate, skipped; anyone else is refused with the holder named."""
    id_column = field_header(sheet, mapping, MEMBERS, "id_number")
    candidates = [r for r in rows if r.status == VALID and r.clean is not None]
    on_file = _existing_ids(s, [(r.clean.id_type, r.clean.id_number) for r in candidates])  # type: ignore[union-attr]
    seen: dict[tuple[str, str], Checked] = {}
    for row in candidates:
        clean = row.clean
        assert clean is not None
        key = (clean.id_type, clean.id_number)
        holder = on_file.get(key)
        if holder is not None:
            if holder.name == clean.name:
                row.status, row.problems = DUPLICATE, [_on_file(id_column, holder.member_no)]
                continue
            try:  # the form's refusal, naming whose number it is
                refuse_duplicate_id(s, clean, None)
            except DuplicateMember as exc:
                row.status, row.problems = INVALID, [RowProblem(id_column, exc)]
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = row
        elif first.clean is not None and first.clean.name == clean.name:
            row.status = DUPLICATE
            row.problems = [
                RowProblem(
                    id_column,
                    DeskError(
                        QT_TRANSLATE_NOOP("Errors", "Repeats row {line} of this sheet."),
                        line=first.line,
                    ),
                )
            ]
        else:
            row.status = INVALID
            row.problems = [
                RowProblem(
                    id_column,
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Row {line} of this sheet has the same ID number for {name}."
                        ),
                        field="id_number",
                        line=first.line,
                        name=first.clean.name if first.clean else "",
                    ),
                )
            ]


def _name_and_mobile_notices(s: Session, rows: list[Checked]) -> None:
    """The form's warning "same name and mobile already on file", found in bulk."""
    valid = [r for r in rows if r.status == VALID and r.clean is not None and r.clean.mobile]
    mobiles = sorted({r.clean.mobile for r in valid})  # type: ignore[union-attr]
    pairs: set[tuple[str, str]] = set()
    for part in chunks(mobiles):
        pairs.update(
            (name, mobile)
            for name, mobile in s.execute(
                select(Member.name, Member.mobile).where(Member.mobile.in_(part))
            )
        )
    for row in valid:
        clean = row.clean
        assert clean is not None
        if (clean.name, clean.mobile) in pairs:
            row.notices.extend(same_name_and_mobile(s, clean, None))


def check(run: CheckRun) -> Preview:
    sheet, mapping = run.sheet, run.mapping
    today = clock.today()
    checked: list[Checked] = []
    with run.db.read() as s:
        places = Places.load(s)
        for row in run.rows():
            problems, clean, new_unit = _check_row(row.values, mapping, sheet, places, today)
            status = INVALID if problems else VALID
            notices = list(clean.notices) if clean else []
            checked.append(
                Checked(row.line, row.values, problems, clean, new_unit, notices, status)
            )
        mark_duplicates(s, checked, sheet, mapping)
        _name_and_mobile_notices(s, checked)
    for row in checked:
        if row.new_unit and row.status == VALID:
            row.notices.append(
                Notice(
                    "new_unit",
                    QT_TRANSLATE_NOOP(
                        "Notices", "The unit {name} is not on file and will be added."
                    ),
                    field="unit",
                    params={"name": row.new_unit},
                )
            )
    run.finished()
    rows = tuple(
        PreviewRow(
            line=r.line,
            values=r.values,
            status=r.status,
            problems=tuple(r.problems),
            notices=tuple(r.notices),
            item=r.clean if r.status == VALID else None,
            new_unit=r.new_unit if r.status == VALID else "",
        )
        for r in checked
    )
    new_units = tuple(dict.fromkeys(r.new_unit for r in rows if r.new_unit))
    return Preview(MEMBERS, sheet, mapping, rows, new_units, places.missing_communities)
