"""Room sessions, hours, occupancy and no-shows of one period."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from station_app.core.holidays import days_between
from station_app.overview.queries.common import count_if, decimal, hours_between
from station_app.overview.types import Number, Period, Raw
from station_app.rooms.models import (
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    COMPLETED,
    NO_SHOW,
    PURPOSES,
    Booking,
    Room,
    RoomHours,
)

SESSION_STATUSES = (BOOKED, CHECKED_IN, COMPLETED)
TENTH = Decimal("0.1")

b = Booking.__table__
r = Room.__table__
rh = RoomHours.__table__


def open_hours(s: Session, period: Period) -> dict[int, Decimal]:
    """Each room's opening hours on the period's open days (holidays closed)."""
    weekdays: dict[int, int] = defaultdict(int)
    for day in days_between(s, period.first, period.last):
        if day.is_open:
            weekdays[day.date.weekday()] += 1
    hours: dict[int, Decimal] = defaultdict(Decimal)
    for room_id, weekday, opens, closes in s.execute(
        select(rh.c.room_id, rh.c.weekday, rh.c.opens, rh.c.closes)
    ):
        length = dt.datetime.combine(dt.date.min, closes) - dt.datetime.combine(dt.date.min, opens)
        hours[room_id] += Decimal(length.total_seconds()) / 3600 * weekdays[weekday]
    return hours


def room_figures(s: Session, period: Period) -> Raw:
    in_period = and_(b.c.starts_at >= period.start, b.c.starts_at < period.after)
    session = b.c.status.in_(SESSION_STATUSES)
    by_purpose = dict(
        s.execute(
            select(b.c.purpose, func.count()).where(in_period, session).group_by(b.c.purpose)
        ).all()
    )
    length = hours_between(s, b.c.starts_at, b.c.ends_at)
    per_room = {
        room_id: (sessions, hours, no_shows, cancelled)
        for room_id, sessions, hours, no_shows, cancelled in s.execute(
            select(
                b.c.room_id,
                count_if(session),
                func.sum(case((session, length), else_=0)),
                count_if(b.c.status == NO_SHOW),
                count_if(b.c.status == CANCELLED),
            )
            .where(in_period)
            .group_by(b.c.room_id)
        )
    }
    available = open_hours(s, period)
    sessions: dict[str, Number] = {}
    hours: dict[str, Number] = {}
    occupancy: dict[str, Number] = {}
    no_shows: dict[str, Number] = {}
    cancelled = 0
    for room_id, name in s.execute(select(r.c.id, r.c.name).order_by(r.c.sort_order, r.c.id)):
        counts = per_room.get(room_id, (0, None, 0, 0))
        sessions[name] = int(counts[0])
        hours[name] = decimal(counts[1])
        no_shows[name] = int(counts[2])
        cancelled += int(counts[3])
        open_for = available.get(room_id, Decimal(0))
        occupancy[name] = (
            (hours[name] * 100 / open_for).quantize(TENTH) if open_for else Decimal("0.0")
        )
    return {
        "rooms.totals": {
            "sessions": sum(sessions.values()),
            "hours": decimal(sum(hours.values(), Decimal(0))),
            "no_shows": sum(no_shows.values()),
            "cancelled": cancelled,
        },
        "rooms.by_purpose": {p: int(by_purpose.get(p, 0)) for p in PURPOSES},
        "rooms.sessions_by_room": sessions,
        "rooms.hours_by_room": hours,
        "rooms.occupancy_by_room": occupancy,
        "rooms.no_shows_by_room": no_shows,
    }
