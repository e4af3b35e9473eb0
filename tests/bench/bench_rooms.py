"""Rooms: saving a booking (overlap check included) and the day view, 50,000 vs 500 bookings."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import insert

from station_app.core import clock
from station_app.core.actor import CLI_ACTOR
from station_app.core.db import Database
from station_app.core.holidays import day_info
from station_app.core.startup import open_database
from station_app.rooms.models import Booking
from station_app.rooms.service import BookingService, CalendarService
from station_app.rooms.types import BookingInput
from tests.bench.harness import Figure, median_ms

NOW = dt.datetime(2027, 1, 1, 8, 0)  # before every booking below
FIRST_DAY = dt.date(2027, 1, 4)  # a Monday
ROOMS = (1, 2, 3, 4, 5)
HOURS = range(9, 17)  # 09:00-17:00 taken every open day; 17:00-17:30 left for the bench
REPEAT = 25
WARMUP = 2


def _open_days(start: dt.date) -> Iterator[dt.date]:
    """The days the rooms open from ``start`` on: weekdays and 调休 workdays, not the
    holidays the program knows (2027's Spring Festival is one)."""
    day = start
    while True:
        if day_info(day).is_open:
            yield day
        day += dt.timedelta(days=1)


def _populate(db: Database, count: int) -> None:
    """``count`` bookings, five rooms, eight an hour-long each an open day, via Core."""
    stamp = NOW
    rows = []
    number = itertools.count(1)
    for day in _open_days(FIRST_DAY):
        for room_id in ROOMS:
            for hour in HOURS:
                start = dt.datetime.combine(day, dt.time(hour))
                rows.append(
                    dict(
                        booking_no=f"B{next(number):09d}",
                        room_id=room_id,
                        starts_at=start,
                        ends_at=start + dt.timedelta(hours=1),
                        blocked_until=start + dt.timedelta(hours=1),
                        purpose="meeting",
                        title="会议",
                        caller_name="张伟",
                        caller_mobile="13812345678",
                        attendees=2,
                        private=room_id <= 2,
                        status="completed" if room_id == 3 else "booked",
                        created_at=stamp,
                        updated_at=stamp,
                    )
                )
                if len(rows) == count:
                    break
            if len(rows) == count:
                break
        if len(rows) == count:
            break
    with db.transaction() as s:
        for start in range(0, len(rows), 5000):
            s.execute(insert(Booking), rows[start : start + 5000])


def _measure(workdir: Path, count: int) -> tuple[float, float]:
    db = open_database(f"sqlite:///{workdir / f'rooms-{count}.db'}")
    _populate(db, count)
    bookings, calendar = BookingService(db), CalendarService(db)
    days = _open_days(FIRST_DAY)

    def save() -> None:
        day = next(days)
        start = dt.datetime.combine(day, dt.time(17))
        bookings.book(
            CLI_ACTOR,
            BookingInput(
                room_id=4,
                starts_at=start,
                ends_at=start + dt.timedelta(minutes=30),
                purpose="meeting",
                caller_name="李四",
                caller_mobile="13900001111",
            ),
        )

    busy_day = FIRST_DAY + dt.timedelta(days=7)

    def day_view() -> None:
        view = calendar.day_view(CLI_ACTOR, busy_day)
        assert len(view.bookings) >= 40  # a full day: five rooms, eight hours each

    try:
        return median_ms(save, REPEAT, WARMUP), median_ms(day_view, REPEAT, WARMUP)
    finally:
        db.dispose()


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    real_now = clock.now
    clock.now = lambda: NOW
    try:
        small_save, small_view = _measure(workdir, 500)
        big_save, big_view = _measure(workdir, 50_000)
    finally:
        clock.now = real_now
    note = "floor = the same with 500 bookings"
    return [
        Figure(
            "save a booking, overlap check incl. (SQLite, 50,000)", big_save, small_save, 2, note
        ),
        Figure("load a day view, all rooms (SQLite, 50,000)", big_view, small_view, 2, note),
    ]
