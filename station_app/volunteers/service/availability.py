"""Usual availability: 7 weekdays x morning / afternoon / evening as one integer.

Bit ``weekday * 3 + part`` (weekday 0 = Monday; part 0 morning, 1 afternoon,
2 evening) is set when the volunteer is usually free then. The database filters
with ``availability & :mask = :mask``. Parts of the day: morning before 12:00,
afternoon 12:00-18:00, evening from 18:00.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from station_app.volunteers.models import AVAILABLE_ALWAYS

MORNING, AFTERNOON, EVENING = 0, 1, 2
PARTS = (MORNING, AFTERNOON, EVENING)
WEEKDAYS = tuple(range(7))
_PART_STARTS = (dt.time(0), dt.time(12), dt.time(18))
_PART_ENDS = (dt.time(12), dt.time(18), None)  # None: midnight


def bit(weekday: int, part: int) -> int:
    if weekday not in WEEKDAYS or part not in PARTS:
        raise ValueError(f"no such slot: weekday {weekday}, part {part}")
    return 1 << (weekday * 3 + part)


def encode(slots: Iterable[tuple[int, int]]) -> int:
    """``{(0, MORNING), (5, EVENING)}`` -> the integer stored."""
    value = 0
    for weekday, part in slots:
        value |= bit(weekday, part)
    return value


def decode(value: int) -> frozenset[tuple[int, int]]:
    return frozenset((w, p) for w in WEEKDAYS for p in PARTS if value & bit(w, p))


def is_always(value: int) -> bool:
    return value & AVAILABLE_ALWAYS == AVAILABLE_ALWAYS


def part_of(moment: dt.time) -> int:
    if moment < _PART_STARTS[AFTERNOON]:
        return MORNING
    if moment < _PART_STARTS[EVENING]:
        return AFTERNOON
    return EVENING


def mask_for(starts_at: dt.datetime, ends_at: dt.datetime) -> int:
    """The slots a shift touches (a shift 11:00-13:00 on Monday needs Monday morning
    and afternoon). ``ends_at`` is exclusive."""
    if ends_at <= starts_at:
        return 0
    value = 0
    last = ends_at - dt.timedelta(microseconds=1)
    day = starts_at.date()
    while day <= last.date():
        first_part = part_of(starts_at.time()) if day == starts_at.date() else MORNING
        last_part = part_of(last.time()) if day == last.date() else EVENING
        for part in range(first_part, last_part + 1):
            value |= bit(day.weekday(), part)
        day += dt.timedelta(days=1)
    return value
