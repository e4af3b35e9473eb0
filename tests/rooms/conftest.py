"""Room-booking fixtures: a station clock the test can move, the services, the rooms."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from station_app.core import clock
from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.holidays import HolidayService
from station_app.rooms.service import BookingService, CalendarService, RoomService
from station_app.rooms.types import BookingInput, RoomInput
from tests.conftest import set_up_station

# A Monday morning before every date the tests book (2026 and later).
NOW = dt.datetime(2025, 12, 1, 8, 30)
MONDAY = dt.date(2026, 3, 2)  # an ordinary working Monday of 2026


@dataclass
class Clock:
    value: dt.datetime = NOW

    def set(self, value: dt.datetime) -> None:
        self.value = value


@pytest.fixture(autouse=True)
def station_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    holder = Clock()
    monkeypatch.setattr(clock, "now", lambda: holder.value)
    return holder


@dataclass
class Desk:
    db: Database
    admin: Actor
    desk: Actor  # 李前台
    other_desk: Actor  # 赵前台
    rooms: RoomService
    bookings: BookingService
    calendar: CalendarService
    holidays: HolidayService
    room_ids: dict[str, int]  # by kind

    def book(self, actor: Actor | None = None, **kwargs: Any):  # type: ignore[no-untyped-def]
        return self.bookings.book(actor or self.desk, booking(**kwargs))

    def set_buffer(self, kind: str, minutes: int) -> None:
        room = self.rooms.get_room(self.room_ids[kind])
        self.rooms.update_room(self.admin, room.id, replace_room(room, buffer_minutes=minutes))


def replace_room(room, **changes: Any) -> RoomInput:  # type: ignore[no-untyped-def]
    data = dict(
        name=room.name,
        kind=room.kind,
        capacity=room.capacity,
        hours=dict(room.hours),
        slot_minutes=room.slot_minutes,
        buffer_minutes=room.buffer_minutes,
        private_by_default=room.private_by_default,
        active=room.active,
        sort_order=room.sort_order,
        what_to_bring=room.what_to_bring,
    )
    data.update(changes)
    return RoomInput(**data)


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


HALL = 4  # seeded ids: 1 mediation, 2 counselling, 3 mother_baby, 4 hall, 5 reading


def booking(
    room_id: int = HALL,
    day: dt.date = MONDAY,
    start: str = "14:00",
    end: str = "15:00",
    **kwargs: Any,
) -> BookingInput:
    values: dict[str, Any] = dict(
        purpose="activity",
        title="工会小组学习",
        caller_name="张伟",
        caller_mobile="13812345678",
        attendees=5,
    )
    values.update(kwargs)
    return BookingInput(room_id=room_id, starts_at=at(day, start), ends_at=at(day, end), **values)


@pytest.fixture
def desk(db: Database) -> Desk:
    admin = set_up_station(db)
    accounts = AccountService(db)
    li = accounts.add_operator(admin, "li", "李前台", "desk", "desk1234")
    zhao = accounts.add_operator(admin, "zhao", "赵前台", "desk", "desk1234")
    rooms = RoomService(db)
    room_ids = {room.kind: room.id for room in rooms.list_rooms()}
    return Desk(
        db=db,
        admin=admin,
        desk=Actor(li, "li", "李前台", "desk"),
        other_desk=Actor(zhao, "zhao", "赵前台", "desk"),
        rooms=rooms,
        bookings=BookingService(db),
        calendar=CalendarService(db),
        holidays=HolidayService(db),
        room_ids=room_ids,
    )


def count_bookings(db: Database, where: str = "1 = 1") -> int:
    with db.read() as s:
        return s.execute(text(f"SELECT count(*) FROM booking WHERE {where}")).scalar_one()


def audit_rows(db: Database, entity: str, entity_id: object) -> list[tuple[str, dict[str, Any]]]:
    with db.read() as s:
        rows = s.execute(
            text(
                "SELECT action, summary FROM audit_log WHERE entity = :e AND entity_id = :i "
                "ORDER BY id"
            ),
            {"e": entity, "i": str(entity_id)},
        ).all()
    return [(action, json.loads(summary) if summary else {}) for action, summary in rows]
