"""Checking what the desk typed for a member: pure functions, no database.

Each check names the form field it belongs beside and says why in English source
text marked for ``lupdate`` (shown in Chinese). The same functions serve the intake
form and the Excel import preview: :func:`member_problems` lists every field's
first problem, :func:`clean_member` raises the first one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from station_app.core import clock
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import (
    normalize_landline,
    normalize_mobile,
    parse_resident_id,
    to_halfwidth,
)
from station_app.core.text import clean_text
from station_app.members.models import (
    HARDSHIP_LEVELS,
    ID_TYPES,
    OUTDOOR_KINDS,
)
from station_app.members.types import MemberInput, Notice

RESIDENT_ID = "resident_id"
OTHER_ID_MIN, OTHER_ID_MAX = 5, 40
MAX_NOTES = 2000
EARLIEST_DATE = dt.date(1900, 1, 1)
# Dots people type inside transliterated names (阿卜杜·热合曼): all become U+00B7.
_NAME_DOTS = re.compile("[•・‧∙⋅･．]")
T = TypeVar("T")


def field_error(text: str, field: str, **params: object) -> ValidationError:
    return ValidationError(text, field=field, **params)


def clean_line(value: str | None, field: str, max_length: int) -> str:
    """One line of free text: outer spaces removed, inner runs of spaces made one,
    hidden characters refused (core/text.py)."""
    return clean_text(value, field=field, max_length=max_length)


def required_line(value: str | None, field: str, max_length: int, missing: str) -> str:
    text = clean_line(value, field, max_length)
    if not text:
        raise field_error(missing, field)
    return text


def date_not_in_future(value: dt.date, field: str, today: dt.date) -> dt.date:
    if value > today:
        raise field_error(
            QT_TRANSLATE_NOOP("Errors", "The date {date} lies in the future."),
            field,
            date=value.isoformat(),
        )
    if value < EARLIEST_DATE:
        raise field_error(
            QT_TRANSLATE_NOOP("Errors", "The date {date} is before 1900."),
            field,
            date=value.isoformat(),
        )
    return value


def code_value(value: str | None, allowed: tuple[str, ...], field: str) -> str | None:
    """A code value or None ("" counts as None)."""
    if value is None or value == "":
        return None
    if value not in allowed:
        raise field_error(
            QT_TRANSLATE_NOOP("Errors", "Unknown choice: {value}."), field, value=value
        )
    return value


# --- members -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanMember:
    """A member as it will be stored (community still to be defaulted from the unit)."""

    name: str
    id_type: str
    id_number: str
    gender: str
    birth_date: dt.date | None
    mobile: str
    landline: str
    unit_id: int | None
    community_id: int | None
    joined_on: dt.date
    hardship_level: str | None
    outdoor_kind: str | None
    migrant_worker: bool
    model_worker: bool
    notes: str
    notices: tuple[Notice, ...] = ()


def clean_member_name(value: str) -> str:
    name = _NAME_DOTS.sub("·", clean_line(value, "name", 60))
    if not name:
        raise field_error(QT_TRANSLATE_NOOP("Errors", "Please enter the member's name."), "name")
    if any(c.isdigit() for c in to_halfwidth(name)):
        raise field_error(
            QT_TRANSLATE_NOOP(
                "Errors", "A name has no digits; was a number typed into the name field?"
            ),
            "name",
        )
    return name


def normalize_other_id(value: str) -> str:
    """Permits, passports and other papers: no spaces, half-width, upper-case."""
    number = "".join(to_halfwidth(clean_text(value, field="id_number")).split()).upper()
    if not number:
        raise field_error(QT_TRANSLATE_NOOP("Errors", "Please enter the ID number."), "id_number")
    if not OTHER_ID_MIN <= len(number) <= OTHER_ID_MAX:
        raise field_error(
            QT_TRANSLATE_NOOP(
                "Errors", "This ID number should have {min} to {max} characters, not {length}."
            ),
            "id_number",
            min=OTHER_ID_MIN,
            max=OTHER_ID_MAX,
            length=len(number),
        )
    return number


@dataclass(frozen=True)
class _Identity:
    id_type: str
    id_number: str
    gender: str
    birth_date: dt.date | None
    notices: tuple[Notice, ...]


def _identity(inp: MemberInput, today: dt.date) -> _Identity:
    """ID type and number, with the gender and birth date they imply or require."""
    id_type = code_value(inp.id_type, ID_TYPES, "id_type") or RESIDENT_ID
    gender = inp.gender or None
    if gender is not None and gender not in ("M", "F"):
        raise field_error(
            QT_TRANSLATE_NOOP("Errors", "Unknown choice: {value}."), "gender", value=gender
        )
    if id_type != RESIDENT_ID:
        number = normalize_other_id(inp.id_number or "")
        if gender is None:
            raise field_error(QT_TRANSLATE_NOOP("Errors", "Please choose the gender."), "gender")
        birth = inp.birth_date
        if birth is not None:
            date_not_in_future(birth, "birth_date", today)
        return _Identity(id_type, number, gender, birth, ())

    parsed = parse_resident_id(inp.id_number or "", today=today)
    if gender is not None and gender != parsed.gender:
        raise field_error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The gender does not match the ID number (its 17th digit is odd for men, "
                "even for women).",
            ),
            "gender",
        )
    if inp.birth_date is not None and inp.birth_date != parsed.birth_date:
        raise field_error(
            QT_TRANSLATE_NOOP(
                "Errors", "The birth date does not match the ID number, which says {date}."
            ),
            "birth_date",
            date=parsed.birth_date.isoformat(),
        )
    notices: tuple[Notice, ...] = ()
    if parsed.converted_from_15:
        notices = (
            Notice(
                "converted_from_15",
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "The old 15-digit ID number was converted to the 18-character number {number}.",
                ),
                field="id_number",
                params={"number": parsed.number},
            ),
        )
    return _Identity(RESIDENT_ID, parsed.number, parsed.gender, parsed.birth_date, notices)


def _day(
    value: dt.date | None, field: str, today: dt.date, earliest: dt.date | None, too_early: str
) -> dt.date:
    """``value`` (today if none): not in the future, nor before ``earliest``, else the
    sentence ``too_early`` naming that ``{date}``."""
    day = date_not_in_future(value or today, field, today)
    if earliest is not None and day < earliest:
        raise field_error(too_early, field, date=earliest.isoformat())
    return day


def _joined_on(value: dt.date | None, birth: dt.date | None, today: dt.date) -> dt.date:
    return _day(
        value,
        "joined_on",
        today,
        birth,
        QT_TRANSLATE_NOOP("Errors", "The join date is before the birth date ({date})."),
    )


def _optional(value: str | None, check: Callable[[str], str]) -> str:
    return check(value) if value and value.strip() else ""


def _notes(value: str | None) -> str:
    return clean_text(value, field="notes", multiline=True, max_length=MAX_NOTES)


def member_problems(
    inp: MemberInput, today: dt.date | None = None
) -> tuple[CleanMember | None, list[ValidationError]]:
    """Every field's first problem in form order, or the cleaned member if there are none."""
    today = today or clock.today()
    problems: list[ValidationError] = []

    def attempt(check: Callable[[], T]) -> T | None:
        try:
            return check()
        except ValidationError as exc:
            problems.append(exc)
            return None

    name = attempt(lambda: clean_member_name(inp.name))
    identity = attempt(lambda: _identity(inp, today))
    mobile = attempt(lambda: _optional(inp.mobile, normalize_mobile))
    landline = attempt(lambda: _optional(inp.landline, normalize_landline))
    birth = identity.birth_date if identity else None
    joined = attempt(lambda: _joined_on(inp.joined_on, birth, today))
    hardship = attempt(lambda: code_value(inp.hardship_level, HARDSHIP_LEVELS, "hardship_level"))
    outdoor = attempt(lambda: code_value(inp.outdoor_kind, OUTDOOR_KINDS, "outdoor_kind"))
    notes = attempt(lambda: _notes(inp.notes))
    if problems:
        return None, problems
    assert name is not None and identity is not None and joined is not None
    assert mobile is not None and landline is not None and notes is not None
    return (
        CleanMember(
            name=name,
            id_type=identity.id_type,
            id_number=identity.id_number,
            gender=identity.gender,
            birth_date=identity.birth_date,
            mobile=mobile,
            landline=landline,
            unit_id=inp.unit_id,
            community_id=inp.community_id,
            joined_on=joined,
            hardship_level=hardship,
            outdoor_kind=outdoor,
            migrant_worker=bool(inp.migrant_worker),
            model_worker=bool(inp.model_worker),
            notes=notes,
            notices=identity.notices,
        ),
        [],
    )


def clean_member(inp: MemberInput, today: dt.date | None = None) -> CleanMember:
    """The member as it will be stored, or the first problem (in form order) raised."""
    member, problems = member_problems(inp, today)
    if problems:
        raise problems[0]
    assert member is not None
    return member


# --- status changes ----------------------------------------------------------------------


def status_date(value: dt.date | None, not_before: dt.date | None, today: dt.date) -> dt.date:
    """The date of a transfer, withdrawal or reinstatement: not in the future, and not
    before the member joined (or before the last status change)."""
    return _day(
        value,
        "date",
        today,
        not_before,
        QT_TRANSLATE_NOOP("Errors", "The date cannot be before {date}."),
    )
