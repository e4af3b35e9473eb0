"""What the calendar, lists and printouts read: day view, week view, bookings in a
range, the holiday notice, the monthly usage report. Privacy applied throughout."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.core import holidays
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ValidationError
from station_app.core.holidays import DayInfo
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.rooms import queries
from station_app.rooms.models import CANCELLED, COMPLETED, NO_SHOW, PURPOSES, Booking
from station_app.rooms.types import (
    BookingRow,
    DayView,
    RoomDay,
    RoomUsage,
    UsageReport,
    WeekDay,
    WeekView,
)

ONE_DAY = dt.timedelta(days=1)


def _midnight(date: dt.date) -> dt.datetime:
    return dt.datetime.combine(date, dt.time())


def notices_for(s: Session, years: set[int]) -> tuple[str, ...]:
    """The sentence asking for the arrangement (调休), for each year that has none."""
    return tuple(
        holidays.missing_data_notice(year) for year in holidays.years_without_arrangement(s, years)
    )


class CalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def day_view(self, actor: Actor, date: dt.date, *, include_cancelled: bool = False) -> DayView:
        """All rooms in use on one date: each room's hours that day, and the bookings
        (ordered by room, then start)."""
        with self.db.read() as s:
            day = holidays.day_info(date, holidays.load_overrides(s, date, date))
            rows = queries.bookings_between(
                s,
                actor,
                _midnight(date),
                _midnight(date + ONE_DAY),
                include_cancelled=include_cancelled,
            )
            # Rooms in use, and a room out of use only on a day it still has bookings.
            booked = {row.room_id for row in rows}
            rooms = [
                room
                for room in queries.load_rooms(s, include_inactive=True)
                if room.active or room.id in booked
            ]
            notices = notices_for(s, {date.year})
        return DayView(
            day=day,
            notice=notices[0] if notices else None,
            rooms=tuple(RoomDay(room, room.hours_on(day)) for room in rooms),
            bookings=tuple(rows),
        )

    def week_view(
        self, actor: Actor, room_id: int, first: dt.date, *, include_cancelled: bool = False
    ) -> WeekView:
        """One room, seven days from ``first`` (the UI passes a Monday)."""
        last = first + 6 * ONE_DAY
        with self.db.read() as s:
            room = queries.load_room(s, room_id)
            if room is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown room."), field="room_id")
            days = holidays.days_between(s, first, last)
            rows = queries.bookings_between(
                s,
                actor,
                _midnight(first),
                _midnight(last + ONE_DAY),
                room_ids=[room_id],
                include_cancelled=include_cancelled,
            )
            notices = notices_for(s, {first.year, last.year})
        return WeekView(
            room=room,
            days=tuple(WeekDay(day, room.hours_on(day)) for day in days),
            notices=notices,
            bookings=tuple(rows),
        )

    def bookings(
        self,
        actor: Actor | None,
        first: dt.date,
        last: dt.date,
        *,
        room_id: int | None = None,
        include_cancelled: bool = True,
    ) -> list[BookingRow]:
        """Bookings from ``first`` to ``last`` inclusive (lists, exports), as ``actor``
        may see them (None: as anyone may)."""
        with self.db.read() as s:
            return queries.bookings_between(
                s,
                actor,
                _midnight(first),
                _midnight(last + ONE_DAY),
                room_ids=None if room_id is None else [room_id],
                include_cancelled=include_cancelled,
            )

    def days(self, first: dt.date, last: dt.date) -> list[DayInfo]:
        with self.db.read() as s:
            return holidays.days_between(s, first, last)

    def holiday_notice(self, date: dt.date) -> str | None:
        """The sentence to show when ``date``'s year has no holiday data (weekday rules)."""
        with self.db.read() as s:
            notices = notices_for(s, {date.year})
        return notices[0] if notices else None

    def usage_report(self, year: int, month: int) -> UsageReport:
        """Per room: bookings, hours booked (not cancelled), completed, no-shows,
        cancelled; and bookings by purpose. Figures only: nothing private."""
        first = dt.date(year, month, 1)
        after = dt.date(year + (month == 12), month % 12 + 1, 1)
        b = Booking.__table__
        with self.db.read() as s:
            rooms = queries.load_rooms(s, include_inactive=True)
            rows = s.execute(
                select(b.c.room_id, b.c.purpose, b.c.status, b.c.starts_at, b.c.ends_at).where(
                    b.c.starts_at >= _midnight(first), b.c.starts_at < _midnight(after)
                )
            ).all()
        count: Counter[int] = Counter()
        minutes: Counter[int] = Counter()
        by_status: dict[int, Counter[str]] = defaultdict(Counter)
        by_purpose: Counter[str] = Counter({purpose: 0 for purpose in PURPOSES})
        for room_id, purpose, status, starts_at, ends_at in rows:
            by_status[room_id][status] += 1
            if status == CANCELLED:
                continue
            count[room_id] += 1
            minutes[room_id] += int((ends_at - starts_at).total_seconds() // 60)
            by_purpose[purpose] += 1
        usage = tuple(
            RoomUsage(
                room_id=room.id,
                room_name=room.name,
                bookings=count[room.id],
                hours_booked=round(minutes[room.id] / 60, 2),
                completed=by_status[room.id][COMPLETED],
                no_shows=by_status[room.id][NO_SHOW],
                cancelled=by_status[room.id][CANCELLED],
            )
            for room in rooms
            if room.active or by_status[room.id]
        )
        return UsageReport(year, month, usage, dict(by_purpose))
