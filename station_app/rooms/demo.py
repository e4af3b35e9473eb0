"""Demo bookings: three weeks back and three ahead, through the real booking service
(so every demo booking passes the same rules as the desk's)."""

from __future__ import annotations

import datetime as dt
import random

from station_app.core import clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import DeskError
from station_app.core.holidays import day_info
from station_app.rooms.service import BookingService, RoomService
from station_app.rooms.types import BookingInput

# (purpose, title, private) per room kind; titles are what a desk would type.
SESSIONS = {
    "mediation": [("mediation", "劳动报酬争议调解", True), ("mediation", "工伤待遇协商", True)],
    "counselling": [("counselling", "职工心理咨询", True), ("counselling", "情绪疏导面谈", True)],
    "mother_baby": [("mother_baby", "哺乳使用", False)],
    "hall": [
        ("activity", "户外劳动者暖心驿站活动", False),
        ("meeting", "社区联合工会例会", False),
        ("activity", "会员专享观影活动", False),
    ],
    "reading": [("activity", "职工读书分享会", False), ("meeting", "工会小组学习", False)],
}


def fill_bookings(db: Database, actor: Actor, rng: random.Random, member_ids: list[int]) -> int:
    """Returns how many bookings were made. Needs an administrator (past sessions)."""
    bookings = BookingService(db)
    rooms = [room for room in RoomService(db).list_rooms() if room.active]
    today = clock.today()
    now = clock.now()
    made = 0
    for offset in range(-21, 22):
        day = today + dt.timedelta(days=offset)
        info = day_info(day)
        for room in rooms:
            hours = room.hours_on(info)
            if hours is None:
                continue
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                start_hour = rng.randint(
                    hours.opens.hour, max(hours.opens.hour, hours.closes.hour - 2)
                )
                starts = dt.datetime.combine(day, dt.time(start_hour, rng.choice((0, 30))))
                ends = starts + dt.timedelta(minutes=rng.choice((30, 60, 60, 90, 120)))
                purpose, title, private = rng.choice(SESSIONS.get(room.kind, SESSIONS["hall"]))
                member = rng.choice(member_ids) if member_ids and rng.random() < 0.7 else None
                inp = BookingInput(
                    room_id=room.id,
                    starts_at=starts,
                    ends_at=ends,
                    purpose=purpose,
                    title=title,
                    requester_member_id=member,
                    caller_name="" if member else "张女士",
                    caller_mobile="" if member else "13911112222",
                    attendees=min(room.capacity, rng.randint(1, 6)),
                    private=private,
                )
                try:
                    booking_id = bookings.book(actor, inp).id
                except DeskError:  # a clash or closing time: the desk would pick another slot
                    continue
                made += 1
                if starts < now:
                    roll = rng.random()
                    if roll < 0.8:
                        bookings.complete(actor, booking_id)
                    elif roll < 0.9:
                        bookings.no_show(actor, booking_id)
    return made
