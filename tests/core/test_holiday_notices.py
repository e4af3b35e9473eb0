"""Entering a year's arrangement (调休): refusals with a sentence that change nothing,
then the day kinds follow it; audited, administrators only, replaced and removed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from station_app.core import holidays
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import PermissionDenied, ValidationError
from station_app.core.holiday_notices import Arrangement, DayRange, draft
from station_app.core.holidays import ADJUSTED_WORKDAY, HOLIDAY, WEEKEND, HolidayService

D = dt.date


def R(first: dt.date, last: dt.date | None = None) -> DayRange:
    return DayRange(first, last or first)


# A plausible 2027 notice: 元旦 Fri-Sun; 春节 from 除夕 (Fri) 8 days, two Saturdays
# worked; 国庆 seven days, one Sunday and one Saturday worked.
NOTICE_2027 = Arrangement(
    2027,
    days_off=(
        R(D(2027, 1, 1), D(2027, 1, 3)),
        R(D(2027, 2, 5), D(2027, 2, 12)),
        R(D(2027, 10, 1), D(2027, 10, 7)),
    ),
    workdays=(R(D(2027, 1, 30)), R(D(2027, 2, 20)), R(D(2027, 9, 26)), R(D(2027, 10, 9))),
)


@pytest.mark.parametrize(
    ("arrangement", "sentence"),
    [
        (
            Arrangement(2027, (R(D(2027, 3, 1), D(2027, 3, 2)),)),
            "Days off from 2027-03-01 to 2027-03-02 neither contain nor touch a statutory "
            "holiday of 2027.",
        ),
        (
            Arrangement(2027, (R(D(2028, 1, 1)),)),  # next year's New Year's Day
            "Days off from 2028-01-01 to 2028-01-01 neither contain nor touch a statutory "
            "holiday of 2027.",
        ),
        (
            Arrangement(2027, (R(D(2027, 10, 1), D(2027, 10, 3)),), (R(D(2027, 10, 8)),)),
            "2027-10-08 is not a Saturday or Sunday: a working day in lieu is always a "
            "weekend day.",
        ),
        (
            Arrangement(2027, (R(D(2027, 2, 5), D(2027, 2, 12)),), (R(D(2027, 2, 6)),)),
            "2027-02-06 cannot be both a day off and a working day.",
        ),
        (
            Arrangement(2027, (R(D(2027, 2, 8), D(2027, 2, 12)),), (R(D(2027, 2, 6)),)),
            "2027-02-06 is a statutory holiday: it cannot be a working day.",
        ),
        (
            Arrangement(2027, (R(D(2027, 1, 1), D(2027, 1, 3)),), (R(D(2027, 3, 6)),)),
            "2027-03-06 is more than 14 days away from any days off of 2027: a working day "
            "in lieu belongs to a holiday.",
        ),
        (
            Arrangement(2027, (), (R(D(2027, 2, 20)),)),
            "2027-02-20 is more than 14 days away from any days off of 2027: a working day "
            "in lieu belongs to a holiday.",
        ),
        (
            Arrangement(2027, (R(D(2027, 1, 3), D(2027, 1, 1)),)),
            "2027-01-03 to 2027-01-01: the range ends before it starts.",
        ),
        (
            Arrangement(2027, (R(D(2027, 9, 25), D(2027, 10, 8)),)),
            "2027-09-25 to 2027-10-08 is longer than 12 days: check the dates.",
        ),
        (
            Arrangement(
                2027, (R(D(2027, 10, 1), D(2027, 10, 4)), R(D(2027, 10, 4), D(2027, 10, 7)))
            ),
            "2027-10-04 is entered twice.",
        ),
        (
            Arrangement(2026, (R(D(2026, 1, 1)),)),
            "The arrangement for 2026 is built in: change single days as the station's own "
            "entries instead.",
        ),
        (Arrangement(2100, ()), "Enter a year from 2000 to 2099."),
    ],
)
def test_refusals_say_why_and_change_nothing(
    db: Database, admin_actor: Actor, arrangement: Arrangement, sentence: str
) -> None:
    service = HolidayService(db)
    with pytest.raises(ValidationError) as refused:
        service.set_arrangement(admin_actor, arrangement)
    assert refused.value.message() == sentence
    assert service.arrangement(arrangement.year) is None
    assert service.notice(D(arrangement.year, 3, 1)) == (
        None if arrangement.year == 2026 else holidays.missing_data_notice(arrangement.year)
    )


def test_desk_staff_may_not_enter_or_remove(db: Database) -> None:
    service = HolidayService(db)
    desk = Actor(id=None, username="li", display_name="李前台", role="desk")
    with pytest.raises(PermissionDenied):
        service.set_arrangement(desk, NOTICE_2027)
    with pytest.raises(PermissionDenied):
        service.remove_arrangement(desk, 2027)
    assert service.arrangement(2027) is None


def test_entering_2027_changes_the_day_kinds(db: Database, admin_actor: Actor) -> None:
    service = HolidayService(db)
    assert service.day(D(2027, 2, 10)).kind == "workday"  # a Wednesday, before
    assert service.day(D(2027, 2, 20)).kind == WEEKEND
    assert service.notice(D(2027, 6, 1)) is not None
    service.set_arrangement(admin_actor, NOTICE_2027)
    assert service.notice(D(2027, 6, 1)) is None
    assert service.year_source(2027) == holidays.SOURCE_ENTERED
    wednesday = service.day(D(2027, 2, 10))
    assert (wednesday.kind, wednesday.name, wednesday.source) == (
        HOLIDAY,
        "Spring Festival",
        holidays.SOURCE_NOTICE,
    )
    saturday = service.day(D(2027, 2, 20))
    assert (saturday.kind, saturday.label(), saturday.is_open) == (
        ADJUSTED_WORKDAY,
        "Spring Festival",
        True,
    )
    assert service.day(D(2027, 1, 30)).name == "Spring Festival"  # nearer 春节 than 元旦
    assert service.day(D(2027, 9, 26)).name == "National Day"
    assert service.day(D(2027, 2, 6)).source == holidays.SOURCE_LAW  # 初一 stays the law's
    assert service.day(D(2027, 1, 2)).kind == HOLIDAY
    assert service.day(D(2027, 3, 6)).kind == WEEKEND  # an ordinary Saturday
    assert service.arrangement(2027) == NOTICE_2027
    # Overrides still win over the entered arrangement.
    service.set_override(admin_actor, D(2027, 2, 20), "holiday", "站内休息")
    assert service.day(D(2027, 2, 20)).kind == HOLIDAY
    # Entered again (replaced), then removed: back to the law and weekday rules.
    shorter = Arrangement(2027, (R(D(2027, 2, 5), D(2027, 2, 11)),), (R(D(2027, 2, 20)),))
    service.set_arrangement(admin_actor, shorter)
    assert service.day(D(2027, 2, 12)).kind == "workday"
    assert service.day(D(2027, 10, 4)).kind == "workday"
    assert service.arrangement(2027) == shorter
    assert service.remove_arrangement(admin_actor, 2027) is True
    assert service.remove_arrangement(admin_actor, 2027) is False
    assert service.day(D(2027, 2, 10)).kind == "workday"
    assert service.day(D(2027, 2, 6)).kind == HOLIDAY
    assert service.notice(D(2027, 6, 1)) is not None
    with db.read() as s:
        rows = s.execute(
            text(
                "SELECT action, entity_id, summary FROM audit_log "
                "WHERE entity = 'holiday_notice' ORDER BY id"
            )
        ).all()
        left = s.execute(text("SELECT count(*) FROM holiday_notice_day")).scalar()
    assert [(a, e) for a, e, _ in rows] == [
        ("create", "2027"),
        ("update", "2027"),
        ("delete", "2027"),
    ]
    assert "2027-02-05..2027-02-12" in rows[0][2] and "2027-02-20" in rows[0][2]
    assert left == 0


def test_an_arrangement_can_add_no_day_and_still_count(db: Database, admin_actor: Actor) -> None:
    service = HolidayService(db)
    service.set_arrangement(admin_actor, Arrangement(2027))
    assert service.notice(D(2027, 6, 1)) is None
    assert service.arrangement(2027) == Arrangement(2027)


def test_a_range_is_named_after_every_holiday_it_touches(db: Database, admin_actor: Actor) -> None:
    assert draft(2028).days_off[-1] == R(D(2028, 10, 1), D(2028, 10, 3))
    assert draft(2027).days_off[1] == R(D(2027, 2, 5), D(2027, 2, 8))
    service = HolidayService(db)
    service.set_arrangement(
        admin_actor,
        Arrangement(2028, (R(D(2028, 9, 30), D(2028, 10, 7)),), (R(D(2028, 10, 8)),)),
    )
    assert service.day(D(2028, 10, 5)).label() == "Mid-autumn Festival/National Day"
    assert service.day(D(2028, 10, 8)).kind == ADJUSTED_WORKDAY
    # A New Year's range may start in the year before.
    service.set_arrangement(admin_actor, Arrangement(2029, (R(D(2028, 12, 30), D(2029, 1, 1)),)))
    assert service.day(D(2028, 12, 31)).name == "New Year's Day"


def test_the_tables_match_the_migration(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from station_app.core.models import metadata

    tables = {"holiday_notice", "holiday_notice_day"}

    def ours(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
        return table in tables

    opts = {"compare_type": True, "include_object": ours}
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert tables <= set(metadata.tables)
    assert diff == []
