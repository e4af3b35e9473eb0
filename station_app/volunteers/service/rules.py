"""Checking what the desk typed for teams, volunteers, activities, shifts and hours:
pure functions, no database. Each refusal names its form field and says why in
English source text marked for ``lupdate``.

Non-members are checked as on the member tab (``members.service.validation``): the same
name, ID number and mobile rules, the same sentences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from station_app.core import clock
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import normalize_mobile, parse_resident_id
from station_app.core.text import clean_text
from station_app.members.models import ID_TYPES
from station_app.members.service.validation import (
    clean_line,
    clean_member_name,
    code_value,
    date_not_in_future,
    normalize_other_id,
    required_line,
)
from station_app.volunteers.models import ACTIVITY_KINDS, AVAILABLE_ALWAYS, MAX_SHIFT
from station_app.volunteers.types import ActivityInput, ShiftInput

RESIDENT_ID = "resident_id"
TEAM_NAME_LENGTH = 60
SKILL_NAME_LENGTH = 20
TITLE_LENGTH = 100
PLACE_LENGTH = 100
ROLE_LENGTH = 40
REASON_LENGTH = 200
TEXT_LENGTH = 2000
MAX_PLACES = 500
MAX_ACTIVITY = dt.timedelta(days=31)
MAX_HOURS = Decimal("24")
_HUNDREDTH = Decimal("0.01")


def _error(text: str, field: str, **params: object) -> ValidationError:
    return ValidationError(text, field=field, **params)


def to_minute(value: dt.datetime) -> dt.datetime:
    """Seconds are dropped: rosters are planned to the minute."""
    return value.replace(second=0, microsecond=0)


def long_text(value: str | None, field: str) -> str:
    return clean_text(value, field=field, multiline=True, max_length=TEXT_LENGTH)


# --- teams and skills --------------------------------------------------------------------


# The name field of a list entry: (longest, what the desk reads when it is empty).
_TEAM_NAME = (TEAM_NAME_LENGTH, QT_TRANSLATE_NOOP("Errors", "Please enter the team's name."))
_SKILL_NAME = (SKILL_NAME_LENGTH, QT_TRANSLATE_NOOP("Errors", "Please enter the skill."))


def team_name(value: str) -> str:
    return required_line(value, "name", *_TEAM_NAME)


def skill_name(value: str) -> str:
    return required_line(value, "name", *_SKILL_NAME)


# --- volunteers who are not members ------------------------------------------------------


@dataclass(frozen=True)
class CleanIdentity:
    name: str
    id_type: str
    id_number: str
    gender: str | None
    mobile: str


def non_member_identity(
    name: str,
    id_type: str | None,
    id_number: str | None,
    gender: str | None,
    mobile: str | None,
    today: dt.date | None = None,
) -> CleanIdentity:
    """Name, ID number and mobile as the member tab checks them."""
    clean_name = clean_member_name(name)
    kind = code_value(id_type, ID_TYPES, "id_type") or RESIDENT_ID
    if gender not in (None, "", "M", "F"):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Unknown choice: {value}."), "gender", value=gender
        )
    if kind == RESIDENT_ID:
        parsed = parse_resident_id(id_number or "", today=today or clock.today())
        if gender and gender != parsed.gender:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The gender does not match the ID number (its 17th digit is odd for men, "
                    "even for women).",
                ),
                "gender",
            )
        number, gender = parsed.number, parsed.gender
    else:
        number = normalize_other_id(id_number or "")
    clean_mobile = normalize_mobile(mobile) if mobile and mobile.strip() else ""
    return CleanIdentity(clean_name, kind, number, gender or None, clean_mobile)


def joined_on(value: dt.date | None, today: dt.date | None = None) -> dt.date:
    today = today or clock.today()
    return date_not_in_future(value or today, "joined_on", today)


def availability_value(value: int) -> int:
    if not 0 <= value <= AVAILABLE_ALWAYS:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Unknown choice: {value}."), "availability", value=value
        )
    return value


# --- activities and shifts ---------------------------------------------------------------


@dataclass(frozen=True)
class CleanActivity:
    title: str
    kind: str
    place: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    team_id: int | None
    description: str


def clean_activity(inp: ActivityInput) -> CleanActivity:
    title = required_line(
        inp.title,
        "title",
        TITLE_LENGTH,
        QT_TRANSLATE_NOOP("Errors", "Please enter the activity's title."),
    )
    kind = code_value(inp.kind, ACTIVITY_KINDS, "kind")
    if kind is None:
        raise _error(QT_TRANSLATE_NOOP("Errors", "Please choose the kind of activity."), "kind")
    starts_at, ends_at = to_minute(inp.starts_at), to_minute(inp.ends_at)
    if ends_at <= starts_at:
        raise _error(QT_TRANSLATE_NOOP("Errors", "The end must come after the start."), "ends_at")
    if ends_at - starts_at > MAX_ACTIVITY:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "An activity lasts at most {days} days."),
            "ends_at",
            days=MAX_ACTIVITY.days,
        )
    return CleanActivity(
        title=title,
        kind=kind,
        place=clean_line(inp.place, "place", PLACE_LENGTH),
        starts_at=starts_at,
        ends_at=ends_at,
        team_id=inp.team_id,
        description=long_text(inp.description, "description"),
    )


@dataclass(frozen=True)
class CleanShift:
    starts_at: dt.datetime
    ends_at: dt.datetime
    role: str
    places: int


def clean_shift(
    inp: ShiftInput, activity_start: dt.datetime, activity_end: dt.datetime
) -> CleanShift:
    """A shift lies on the activity's days (setting up before the start is fine)."""
    starts_at, ends_at = to_minute(inp.starts_at), to_minute(inp.ends_at)
    if ends_at <= starts_at:
        raise _error(QT_TRANSLATE_NOOP("Errors", "The end must come after the start."), "ends_at")
    if ends_at - starts_at > MAX_SHIFT:
        raise _error(QT_TRANSLATE_NOOP("Errors", "A shift lasts at most 24 hours."), "ends_at")
    first_day = activity_start.date()
    after_last_day = activity_end.date() + dt.timedelta(days=1)
    if activity_end.time() == dt.time(0):
        after_last_day = activity_end.date()
    if starts_at.date() < first_day or ends_at > dt.datetime.combine(after_last_day, dt.time(0)):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors", "The shift must lie on the activity's days ({first} to {last})."
            ),
            "starts_at",
            first=first_day.isoformat(),
            last=(after_last_day - dt.timedelta(days=1)).isoformat(),
        )
    if not 1 <= inp.places <= MAX_PLACES:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "A shift needs 1 to {max} volunteers."),
            "places",
            max=MAX_PLACES,
        )
    return CleanShift(starts_at, ends_at, clean_line(inp.role, "role", ROLE_LENGTH), inp.places)


# --- reasons and hours -------------------------------------------------------------------


def reason(value: str | None, field: str, missing: str) -> str:
    return required_line(value, field, REASON_LENGTH, missing)


def override_reason(value: str | None) -> str:
    return reason(
        value,
        "override_reason",
        QT_TRANSLATE_NOOP("Errors", "Please give the reason for letting the shifts overlap."),
    )


def hours_value(value: Decimal | float | int | str) -> Decimal:
    """0 to 24 hours, to the hundredth."""
    try:
        hours = Decimal(str(value).strip()).quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Hours are a number, for example 2.5."), "hours"
        ) from None
    if not Decimal(0) <= hours <= MAX_HOURS:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Hours must lie between 0 and {max}."), "hours", max=24
        )
    return hours


def hours_reason(value: str | None) -> str:
    return reason(
        value,
        "hours_reason",
        QT_TRANSLATE_NOOP("Errors", "Please give the reason for correcting the hours."),
    )
