"""Holidays, adjusted working days, weekends, opening hours and the past."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.core.errors import ValidationError
from station_app.core.holidays import ADJUSTED_WORKDAY, HOLIDAY, WORKDAY
from station_app.rooms.errors import SlotUnavailable
from station_app.rooms.types import Hours, RepeatRule
from tests.rooms.conftest import NOW, Clock, Desk, booking, count_bookings, replace_room

D = dt.date


@pytest.mark.parametrize(
    ("day", "problem"),
    [
        (D(2026, 1, 1), "holiday"),  # New Year's Day
        (D(2026, 2, 17), "holiday"),  # Spring Festival
        (D(2026, 10, 1), "holiday"),  # National Day
        (D(2026, 10, 5), "holiday"),  # a Monday inside the National Day week
        (D(2026, 3, 7), "closed"),  # an ordinary Saturday
        (D(2027, 1, 2), "closed"),  # a Saturday of a year without data
    ],
)
def test_holidays_and_weekends_are_refused(desk: Desk, day: dt.date, problem: str) -> None:
    with pytest.raises(SlotUnavailable) as refused:
        desk.book(day=day)
    assert refused.value.problem == problem
    assert day.isoformat() in refused.value.message()
    assert count_bookings(desk.db) == 0


@pytest.mark.parametrize("day", [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 10, 10)])
def test_adjusted_working_days_of_2026_open_like_a_weekday(desk: Desk, day: dt.date) -> None:
    assert day.weekday() >= 5
    desk.book(day=day, start="09:00", end="17:30")
    view = desk.calendar.day_view(desk.desk, day)
    assert view.day.kind == ADJUSTED_WORKDAY
    assert all(r.hours == Hours(dt.time(9), dt.time(17, 30)) for r in view.rooms)


def test_2027_has_its_statutory_days_and_weekday_rules_with_a_notice(desk: Desk) -> None:
    new_year = D(2027, 1, 1)  # a Friday: a holiday by law, whatever the notice says
    with pytest.raises(SlotUnavailable) as refused:
        desk.book(day=new_year)
    assert refused.value.problem == "holiday" and "New Year's Day" in refused.value.message()
    view = desk.calendar.day_view(desk.desk, new_year)
    assert view.day.kind == HOLIDAY
    assert view.notice is not None and "2027" in view.notice
    desk.book(day=D(2027, 1, 4))  # a Monday: weekday rules until the notice is entered
    assert desk.calendar.day_view(desk.desk, D(2027, 1, 4)).day.kind == WORKDAY
    assert desk.calendar.holiday_notice(D(2026, 6, 1)) is None
    assert desk.calendar.day_view(desk.desk, D(2026, 6, 1)).notice is None
    week = desk.calendar.week_view(desk.desk, desk.room_ids["hall"], D(2026, 12, 28))
    assert len(week.notices) == 1 and "2027" in week.notices[0]


def test_an_entered_arrangement_closes_and_opens_days(desk: Desk) -> None:
    from station_app.core.holiday_notices import Arrangement, DayRange

    desk.book(day=D(2027, 2, 10))  # a Wednesday, before the notice
    desk.holidays.set_arrangement(
        desk.admin,
        Arrangement(
            2027,
            (DayRange(D(2027, 2, 5), D(2027, 2, 11)),),
            (DayRange(D(2027, 2, 20), D(2027, 2, 20)),),
        ),
    )
    with pytest.raises(SlotUnavailable) as refused:
        desk.book(day=D(2027, 2, 11))
    assert refused.value.problem == "holiday" and "Spring Festival" in refused.value.message()
    desk.book(day=D(2027, 2, 20))  # a Saturday worked in lieu
    assert desk.calendar.day_view(desk.desk, D(2027, 2, 20)).day.kind == ADJUSTED_WORKDAY
    assert desk.calendar.holiday_notice(D(2027, 3, 1)) is None


def test_overrides_entered_for_2027_win(desk: Desk) -> None:
    desk.holidays.set_override(desk.admin, D(2027, 2, 9), "holiday", "春节")
    desk.holidays.set_override(desk.admin, D(2027, 2, 20), "workday", "春节调休")
    with pytest.raises(SlotUnavailable) as refused:
        desk.book(day=D(2027, 2, 9))
    assert refused.value.problem == "holiday" and "春节" in refused.value.message()
    desk.book(day=D(2027, 2, 20))  # a Saturday worked in lieu
    assert desk.calendar.day_view(desk.desk, D(2027, 2, 20)).day.kind == ADJUSTED_WORKDAY
    # Single days are not the year's arrangement: the notice stays.
    assert desk.calendar.holiday_notice(D(2027, 3, 1)) is not None
    # ...and over the library's 2026 too.
    desk.holidays.set_override(desk.admin, D(2026, 3, 2), "holiday", "")
    with pytest.raises(SlotUnavailable):
        desk.book(day=D(2026, 3, 2))
    assert desk.calendar.day_view(desk.desk, D(2026, 3, 2)).day.kind == HOLIDAY


@pytest.mark.parametrize(
    ("start", "end"), [("08:30", "09:30"), ("17:00", "18:00"), ("07:00", "20:00")]
)
def test_bookings_stay_inside_opening_hours(desk: Desk, start: str, end: str) -> None:
    with pytest.raises(SlotUnavailable) as refused:
        desk.book(start=start, end=end)
    assert refused.value.problem == "outside_hours"
    assert "09:00–17:30" in refused.value.message()


def test_opening_hours_are_per_weekday(desk: Desk) -> None:
    hall = desk.rooms.get_room(desk.room_ids["hall"])
    hours = {0: Hours(dt.time(13), dt.time(21)), 2: Hours(dt.time(9), dt.time(12))}
    desk.rooms.update_room(desk.admin, hall.id, replace_room(hall, hours=hours))
    desk.book(day=D(2026, 3, 2), start="19:00", end="21:00")  # Monday evening
    with pytest.raises(SlotUnavailable) as refused:
        desk.book(day=D(2026, 3, 3))  # Tuesday: closed
    assert refused.value.problem == "closed"
    with pytest.raises(SlotUnavailable):
        desk.book(day=D(2026, 3, 4), start="11:30", end="12:30")  # Wednesday until noon
    # An adjusted Saturday opens like the room's first working weekday (Monday here).
    desk.book(day=D(2026, 2, 14), start="20:00", end="21:00")


def test_any_whole_minute_is_accepted_and_seconds_dropped(desk: Desk) -> None:
    made = desk.book(start="14:10", end="14:55")
    row = desk.calendar.bookings(desk.desk, D(2026, 3, 2), D(2026, 3, 2))[0]
    assert row.id == made.id and (row.starts_at.minute, row.ends_at.minute) == (10, 55)


def test_the_past_is_for_administrators_only(desk: Desk, station_clock: Clock) -> None:
    station_clock.set(dt.datetime(2026, 3, 2, 14, 30))
    with pytest.raises(SlotUnavailable) as refused:
        desk.book(start="14:00", end="15:00")
    assert refused.value.problem == "past"
    with pytest.raises(SlotUnavailable):
        desk.book(day=D(2026, 2, 27))
    desk.book(desk.admin, start="14:00", end="15:00", title="补录的调解")
    desk.book(desk.admin, day=D(2026, 2, 27))
    desk.book(start="15:00", end="16:00")  # later today is fine
    assert count_bookings(desk.db) == 3
    station_clock.set(NOW)


def test_form_rules(desk: Desk) -> None:
    cases = [
        (dict(start="15:00", end="14:00"), "ends_at"),
        (dict(start="15:00", end="15:00"), "ends_at"),
        (dict(attendees=0), "attendees"),
        (dict(attendees=81), "attendees"),  # the hall holds 80
        (dict(caller_name="", caller_mobile=""), "caller_name"),
        (dict(caller_mobile=""), "caller_mobile"),
        (dict(caller_mobile="12345"), "caller_mobile"),
        (dict(purpose="party"), "purpose"),
        (dict(title="长" * 101), "title"),
        (dict(requester_member_id=999, caller_name="", caller_mobile=""), "requester_member_id"),
        (dict(room_id=99), "room_id"),
    ]
    for kwargs, field in cases:
        with pytest.raises(ValidationError) as refused:
            desk.book(**kwargs)
        assert refused.value.field == field, (kwargs, refused.value.message())
    assert count_bookings(desk.db) == 0
    # A caller's mobile is stored in its plain form.
    desk.book(caller_mobile="+86 138-1234-5678")
    record = desk.bookings.get(desk.admin, 1, reveal=True)
    assert record.caller_mobile == "13812345678"


def test_a_repeat_lists_holidays_and_closed_days(desk: Desk) -> None:
    # Mondays from 2026-09-21: 09-28 is a workday, 10-05 is inside the National Day week.
    first = D(2026, 9, 21)
    plan = desk.bookings.plan_series(
        desk.desk, booking(day=first), RepeatRule(every_weeks=1, until=D(2026, 10, 19))
    )
    assert [o.date for o in plan] == [first + dt.timedelta(weeks=k) for k in range(5)]
    assert [o.problem for o in plan] == [None, None, "holiday", None, None]
    with pytest.raises(SlotUnavailable):
        desk.bookings.book_series(desk.desk, booking(day=first), RepeatRule(until=D(2026, 10, 19)))
    result = desk.bookings.book_series(
        desk.desk, booking(day=first), RepeatRule(until=D(2026, 10, 19)), skip=[D(2026, 10, 5)]
    )
    assert len(result.bookings) == 4
    # Every two weeks, three times.
    plan = desk.bookings.plan_series(
        desk.desk, booking(day=D(2026, 11, 2)), RepeatRule(every_weeks=2, count=3)
    )
    assert [o.date for o in plan] == [D(2026, 11, 2), D(2026, 11, 16), D(2026, 11, 30)]


def test_repeat_rules_are_checked(desk: Desk) -> None:
    for rule, field in [
        (RepeatRule(every_weeks=0, count=3), "every_weeks"),
        (RepeatRule(), "until"),
        (RepeatRule(count=3, until=D(2026, 5, 1)), "until"),
        (RepeatRule(count=0), "count"),
        (RepeatRule(count=105), "count"),
        (RepeatRule(until=D(2026, 3, 1)), "until"),
        (RepeatRule(until=D(2030, 3, 1)), "until"),
    ]:
        with pytest.raises(ValidationError) as refused:
            desk.bookings.plan_series(desk.desk, booking(), rule)
        assert refused.value.field == field, rule
    with pytest.raises(ValidationError):
        desk.bookings.book_series(desk.desk, booking(), RepeatRule(count=1), skip=[D(2026, 3, 2)])
    assert count_bookings(desk.db) == 0
