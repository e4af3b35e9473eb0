"""The statutory holidays computed from the law: they match the State Council's days
where the library knows them, and any year has them (2027, 2028 with 中秋 on 国庆)."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from station_app.core.holiday_law import (
    MID_AUTUMN,
    NAME_SEPARATOR,
    NATIONAL_DAY,
    statutory_days,
    statutory_holidays,
    version_for,
)
from station_app.core.holidays import DayInfo

D = dt.date


def _days(*spec: tuple[int, int, int, str]) -> dict[dt.date, str]:
    return {D(y, m, d): name for y, m, d, name in spec}


def _run(year: int, month: int, first: int, count: int, name: str) -> list[tuple]:
    return [(year, month, first + i, name) for i in range(count)]


EXPECTED = {
    2025: _days(
        (2025, 1, 1, "New Year's Day"),
        *_run(2025, 1, 28, 4, "Spring Festival"),  # 除夕 1/28, 初一 to 初三
        (2025, 4, 4, "Tomb-sweeping Day"),
        *_run(2025, 5, 1, 2, "Labour Day"),
        (2025, 5, 31, "Dragon Boat Festival"),
        *_run(2025, 10, 1, 3, "National Day"),
        (2025, 10, 6, "Mid-autumn Festival"),
    ),
    2026: _days(
        (2026, 1, 1, "New Year's Day"),
        *_run(2026, 2, 16, 4, "Spring Festival"),
        (2026, 4, 5, "Tomb-sweeping Day"),
        *_run(2026, 5, 1, 2, "Labour Day"),
        (2026, 6, 19, "Dragon Boat Festival"),
        (2026, 9, 25, "Mid-autumn Festival"),
        *_run(2026, 10, 1, 3, "National Day"),
    ),
    2027: _days(
        (2027, 1, 1, "New Year's Day"),
        *_run(2027, 2, 5, 4, "Spring Festival"),  # 除夕 is a Friday
        (2027, 4, 5, "Tomb-sweeping Day"),
        *_run(2027, 5, 1, 2, "Labour Day"),
        (2027, 6, 9, "Dragon Boat Festival"),
        (2027, 9, 15, "Mid-autumn Festival"),
        *_run(2027, 10, 1, 3, "National Day"),
    ),
    2028: _days(
        (2028, 1, 1, "New Year's Day"),
        *_run(2028, 1, 25, 4, "Spring Festival"),
        (2028, 4, 4, "Tomb-sweeping Day"),
        *_run(2028, 5, 1, 2, "Labour Day"),
        (2028, 5, 28, "Dragon Boat Festival"),
        *_run(2028, 10, 1, 2, "National Day"),
        (2028, 10, 3, f"Mid-autumn Festival{NAME_SEPARATOR}National Day"),  # counts once
    ),
}


@pytest.mark.parametrize("year", sorted(EXPECTED))
def test_the_statutory_days_of_a_year(year: int) -> None:
    assert dict(statutory_days(year)) == EXPECTED[year]
    assert list(statutory_days(year)) == sorted(EXPECTED[year])


@pytest.mark.parametrize("year", [2025, 2026])
def test_2025_and_2026_match_the_state_councils_days(year: int) -> None:
    for day, name in statutory_days(year).items():
        on_holiday, library_name = chinese_calendar.get_holiday_detail(day)
        assert on_holiday and library_name == name, day
        assert day not in chinese_calendar.in_lieu_days, day  # statutory, not moved
    # Every weekday the library closes is statutory, moved (in lieu) or makes up for a
    # statutory day on a weekend: never a statutory day the law computation missed.
    closed = {d for d in chinese_calendar.holidays if d.year == year and d.weekday() < 5}
    statutory = {d for d in statutory_days(year) if d.weekday() < 5}
    assert statutory <= closed


@pytest.mark.parametrize("year", range(2004, 2027))
def test_earlier_revisions_of_the_law_match_the_library_too(year: int) -> None:
    for day in statutory_days(year):
        assert chinese_calendar.is_holiday(day), day


def test_the_revisions_differ_where_the_law_changed() -> None:
    assert version_for(2024).spring_days == 3 and not version_for(2024).spring_from_eve
    assert [d for d, n in statutory_days(2024).items() if n == "Spring Festival"] == [
        D(2024, 2, 10),
        D(2024, 2, 11),
        D(2024, 2, 12),
    ]
    assert [d for d, n in statutory_days(2024).items() if n == "Labour Day"] == [D(2024, 5, 1)]
    assert len(statutory_days(2024)) == 11 and len(statutory_days(2027)) == 13


def test_2028_has_one_fewer_day_and_names_both_holidays() -> None:
    assert len(statutory_days(2028)) == 12
    national = next(h for h in statutory_holidays(2028) if h.name == NATIONAL_DAY)
    mid_autumn = next(h for h in statutory_holidays(2028) if h.name == MID_AUTUMN)
    assert mid_autumn.days == (D(2028, 10, 3),) and D(2028, 10, 3) in national.days
    day = DayInfo(D(2028, 10, 3), "holiday", statutory_days(2028)[D(2028, 10, 3)], "law")
    assert day.label() == "Mid-autumn Festival/National Day"


def test_a_far_year_is_computed_too() -> None:
    days = statutory_days(2045)
    assert len(days) in (12, 13) and D(2045, 1, 1) in days and D(2045, 10, 1) in days
