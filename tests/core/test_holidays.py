"""Holidays: the library wrapped (2026 known, 2027 not), the law, weekday fallback, overrides."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from station_app.core import holidays
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import PermissionDenied, ValidationError
from station_app.core.holiday_law import statutory_days
from station_app.core.holidays import (
    ADJUSTED_WORKDAY,
    HOLIDAY,
    WEEKEND,
    WORKDAY,
    HolidayService,
    OverrideRow,
    day_info,
    day_kind,
    year_is_known,
)

D = dt.date


@pytest.mark.parametrize(
    ("date", "kind"),
    [
        (D(2026, 1, 1), HOLIDAY),  # New Year's Day (Thursday)
        (D(2026, 1, 4), ADJUSTED_WORKDAY),  # Sunday worked in lieu
        (D(2026, 2, 14), ADJUSTED_WORKDAY),  # Saturday before the Spring Festival
        (D(2026, 2, 16), HOLIDAY),  # Spring Festival eve
        (D(2026, 2, 17), HOLIDAY),  # Spring Festival
        (D(2026, 2, 28), ADJUSTED_WORKDAY),  # Saturday after it
        (D(2026, 5, 1), HOLIDAY),  # Labour Day
        (D(2026, 10, 1), HOLIDAY),  # National Day
        (D(2026, 10, 7), HOLIDAY),
        (D(2026, 10, 10), ADJUSTED_WORKDAY),
        (D(2026, 3, 2), WORKDAY),
        (D(2026, 3, 7), WEEKEND),
        (D(2026, 3, 8), WEEKEND),
    ],
)
def test_2026_is_known(date: dt.date, kind: str) -> None:
    assert year_is_known(2026)
    assert day_kind(date) == kind


def test_2026_follows_the_library_on_every_day() -> None:
    day = D(2026, 1, 1)
    while day.year == 2026:
        info = day_info(day)
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
        if on_holiday and name is not None:
            assert info.kind == HOLIDAY and info.name == name, day
        elif on_holiday:
            assert info.kind == WEEKEND, day
        elif day.weekday() >= 5:
            assert info.kind == ADJUSTED_WORKDAY, day
        else:
            assert info.kind == WORKDAY, day
        if day in statutory_days(2026):
            assert info.source == holidays.SOURCE_LAW, day
        elif info.kind in (HOLIDAY, ADJUSTED_WORKDAY):
            assert info.source == holidays.SOURCE_NOTICE, day
        else:
            assert info.source == holidays.SOURCE_WEEK, day
        day += dt.timedelta(days=1)


def test_the_spring_festival_2026_has_its_names() -> None:
    info = day_info(D(2026, 2, 17))
    assert info.name == "Spring Festival" and info.label() == "Spring Festival"
    assert day_info(D(2026, 2, 14)).name == "Spring Festival"  # the adjusted Saturday


def test_2027_has_its_statutory_days_and_weekday_rules_without_raising() -> None:
    assert not year_is_known(2027)
    with pytest.raises(NotImplementedError):  # what we wrap
        chinese_calendar.is_holiday(D(2027, 1, 1))
    assert day_kind(D(2027, 1, 1)) == HOLIDAY  # a Friday: New Year's Day by law
    assert day_info(D(2027, 1, 1)).source == holidays.SOURCE_LAW
    assert day_kind(D(2027, 1, 2)) == WEEKEND  # no arrangement: an ordinary Saturday
    assert day_kind(D(2027, 1, 4)) == WORKDAY
    assert day_info(D(2027, 1, 4)).source == holidays.SOURCE_WEEK
    assert day_kind(D(2027, 10, 1)) == HOLIDAY
    assert day_kind(D(1999, 5, 3)) == WORKDAY  # before the library's first year too
    assert not year_is_known(2003) and year_is_known(2004)


def test_a_datetime_is_taken_as_its_date() -> None:
    assert day_kind(dt.datetime(2026, 10, 1, 10, 30)) == HOLIDAY  # type: ignore[arg-type]


def test_overrides_win_over_the_library_and_the_weekday_rules() -> None:
    overrides = {
        D(2026, 1, 1): OverrideRow(D(2026, 1, 1), "workday", "站内值班"),
        D(2026, 3, 7): OverrideRow(D(2026, 3, 7), "workday", ""),
        D(2027, 2, 8): OverrideRow(D(2027, 2, 8), "holiday", "春节"),
        D(2027, 2, 20): OverrideRow(D(2027, 2, 20), "workday", "春节调休"),
    }
    assert day_kind(D(2026, 1, 1), overrides) == WORKDAY
    assert day_kind(D(2026, 3, 7), overrides) == ADJUSTED_WORKDAY
    assert day_kind(D(2027, 2, 8), overrides) == HOLIDAY
    assert day_info(D(2027, 2, 8), overrides).name == "春节"
    assert day_kind(D(2027, 2, 20), overrides) == ADJUSTED_WORKDAY
    assert day_info(D(2027, 2, 20), overrides).source == holidays.SOURCE_OVERRIDE


def test_year_source_and_notice() -> None:
    assert holidays.year_source(2026) == holidays.SOURCE_LIBRARY
    assert holidays.year_source(2027) == holidays.SOURCE_NONE
    assert holidays.year_source(2027, {2027}) == holidays.SOURCE_ENTERED
    assert "2027" in holidays.missing_data_notice(2027)


def test_the_library_failing_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(date):  # type: ignore[no-untyped-def]
        raise KeyError(date)

    monkeypatch.setattr(chinese_calendar, "get_holiday_detail", broken)
    assert day_kind(D(2026, 10, 5)) == WORKDAY  # weekday rules rather than a crash
    assert day_kind(D(2026, 10, 4)) == WEEKEND
    assert day_kind(D(2026, 10, 1)) == HOLIDAY  # the law needs no library


def test_administrators_keep_overrides_in_the_database(db: Database, admin_actor: Actor) -> None:
    service = HolidayService(db)
    assert service.notice(D(2027, 3, 1)) is not None
    assert service.notice(D(2026, 3, 1)) is None
    service.set_override(admin_actor, D(2027, 2, 9), "holiday", " 春节 ")
    service.set_override(admin_actor, D(2027, 2, 20), "workday", "春节调休")
    service.set_override(admin_actor, D(2026, 10, 8), "holiday", "")
    assert service.day(D(2027, 2, 9)).kind == HOLIDAY
    assert service.day(D(2027, 2, 20)).kind == ADJUSTED_WORKDAY
    assert service.day(D(2026, 10, 8)).kind == HOLIDAY  # a library workday, overridden
    # Single days are not the year's arrangement: the notice stays.
    assert service.notice(D(2027, 3, 1)) is not None
    assert service.year_source(2027) == holidays.SOURCE_NONE
    assert [o.date for o in service.list_overrides(2027)] == [D(2027, 2, 9), D(2027, 2, 20)]
    assert service.list_overrides(2027)[0].name == "春节"
    kinds = [d.kind for d in service.days(D(2027, 2, 8), D(2027, 2, 10))]
    assert kinds == [HOLIDAY, HOLIDAY, WORKDAY]  # 初三 by law, the override, a Wednesday
    service.set_override(admin_actor, D(2027, 2, 9), "workday", "改为上班")
    assert service.day(D(2027, 2, 9)).kind == WORKDAY
    service.set_override(admin_actor, D(2027, 2, 8), "workday", "站内值班")
    assert service.day(D(2027, 2, 8)).kind == WORKDAY  # an override wins over the law too
    assert service.remove_override(admin_actor, D(2027, 2, 8)) is True
    assert service.remove_override(admin_actor, D(2027, 2, 8)) is False
    assert service.day(D(2027, 2, 8)).kind == HOLIDAY  # the law again
    with db.read() as s:
        from sqlalchemy import text

        actions = (
            s.execute(
                text("SELECT action FROM audit_log WHERE entity = 'holiday_override' ORDER BY id")
            )
            .scalars()
            .all()
        )
    assert actions == ["create", "create", "create", "update", "create", "delete"]


def test_only_administrators_change_overrides(db: Database, admin_actor: Actor) -> None:
    service = HolidayService(db)
    desk = Actor(id=None, username="li", display_name="李前台", role="desk")
    with pytest.raises(PermissionDenied):
        service.set_override(desk, D(2027, 2, 8), "holiday")
    with pytest.raises(PermissionDenied):
        service.remove_override(desk, D(2027, 2, 8))
    with pytest.raises(ValidationError):
        service.set_override(admin_actor, D(2027, 2, 8), "half-day")
    with pytest.raises(ValidationError):
        service.set_override(admin_actor, D(2027, 2, 8), "holiday", "长" * 41)
    assert service.list_overrides() == []
