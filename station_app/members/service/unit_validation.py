"""Checking what the desk typed for a unit: pure functions, no database."""

from __future__ import annotations

import datetime as dt

from station_app.core import clock
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import normalize_landline, normalize_mobile, normalize_uscc
from station_app.members.models import UNION_STATUSES
from station_app.members.service.validation import (
    clean_line,
    code_value,
    date_not_in_future,
    field_error,
    required_line,
)
from station_app.members.types import UnitInput

MAX_EMPLOYEES = 1_000_000


def normalize_unit_name(value: str) -> str:
    """Registered names use full-width brackets: ``北京华信(丰台)`` -> ``北京华信（丰台）``."""
    return " ".join(value.split()).replace("(", "（").replace(")", "）")


def normalize_contact_phone(value: str | None) -> str:
    """A mobile or a landline; "" when none was given."""
    if not value or not value.strip():
        return ""
    try:
        return normalize_mobile(value)
    except ValidationError:
        pass
    try:
        return normalize_landline(value)
    except ValidationError:
        raise field_error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Enter a mobile number (11 digits) or a telephone number such as 010-65123456.",
            ),
            "contact_phone",
        ) from None


def clean_unit(inp: UnitInput, today: dt.date | None = None) -> UnitInput:
    """The unit as it will be stored, or a ValidationError naming the field."""
    today = today or clock.today()
    name = normalize_unit_name(
        required_line(
            inp.name, "name", 120, QT_TRANSLATE_NOOP("Errors", "Please enter the unit's name.")
        )
    )
    uscc = normalize_uscc(inp.uscc) if inp.uscc and inp.uscc.strip() else ""
    count = inp.employee_count
    if count is not None and count < 0:
        raise field_error(
            QT_TRANSLATE_NOOP("Errors", "The number of employees cannot be negative."),
            "employee_count",
        )
    if count is not None and count > MAX_EMPLOYEES:
        raise field_error(
            QT_TRANSLATE_NOOP("Errors", "The number of employees is at most {max}."),
            "employee_count",
            max=MAX_EMPLOYEES,
        )
    status = code_value(inp.union_status, UNION_STATUSES, "union_status") or "none"
    founded = inp.union_founded_on
    union_name = clean_line(inp.union_name, "union_name", 120)
    union_chair = clean_line(inp.union_chair, "union_chair", 40)
    if status == "none":
        if founded is not None:
            raise field_error(
                QT_TRANSLATE_NOOP(
                    "Errors", "A unit without a union has no founding date; clear the date."
                ),
                "union_founded_on",
            )
        if union_name:
            raise field_error(
                QT_TRANSLATE_NOOP(
                    "Errors", "A unit without a union has no union name; clear the name."
                ),
                "union_name",
            )
        if union_chair:
            raise field_error(
                QT_TRANSLATE_NOOP(
                    "Errors", "A unit without a union has no union chair; clear the chair."
                ),
                "union_chair",
            )
    else:
        if founded is None:
            raise field_error(
                QT_TRANSLATE_NOOP("Errors", "Please enter the date the union was founded."),
                "union_founded_on",
            )
        date_not_in_future(founded, "union_founded_on", today)
    return UnitInput(
        name=name,
        uscc=uscc,
        community_id=inp.community_id,
        address=clean_line(inp.address, "address", 200),
        contact_name=clean_line(inp.contact_name, "contact_name", 40),
        contact_phone=normalize_contact_phone(inp.contact_phone),
        employee_count=count,
        union_status=status,
        union_founded_on=founded,
        union_name=union_name,
        union_chair=union_chair,
    )
