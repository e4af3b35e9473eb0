"""Room-tab fixtures: the station clock frozen on a working Monday morning, a station
with an administrator, two desk operators and a member, and the tab itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.holidays import HolidayService
from station_app.core.ids import resident_id_check_char
from station_app.core.station import StationService
from station_app.members.service import MemberService
from station_app.members.types import MemberInput
from station_app.rooms.service import BookingService, CalendarService
from station_app.rooms.types import BookingInput
from station_app.rooms.ui.tab import RoomsTab
from tests.conftest import set_up_station
from tests.rooms.conftest import Clock

NOW = dt.datetime(2026, 11, 23, 9, 0)  # a Monday, a working day
TODAY = NOW.date()
MEDIATION, COUNSELLING, MOTHER_BABY, HALL, READING = 1, 2, 3, 4, 5  # seeded room ids
COLUMN = {MEDIATION: 0, COUNSELLING: 1, MOTHER_BABY: 2, HALL: 3, READING: 4}  # day view


@pytest.fixture(autouse=True)
def station_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Overrides the rooms tests' clock: Monday 2026-11-23, 09:00."""
    from station_app.core import clock

    holder = Clock(NOW)
    monkeypatch.setattr(clock, "now", lambda: holder.value)
    return holder


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


@dataclass
class Station:
    db: Database
    admin: Actor
    li: Actor  # 李前台
    zhao: Actor  # 赵前台
    member_id: int  # 张秀英
    bookings: BookingService
    calendar: CalendarService
    holidays: HolidayService

    def context(self, actor: Actor) -> DeskContext:
        profile = StationService(self.db).profile()
        assert profile is not None
        return DeskContext(self.db, actor, profile)

    def book(
        self,
        actor: Actor | None = None,
        room_id: int = HALL,
        day: dt.date = TODAY,
        start: str = "14:00",
        end: str = "15:00",
        **kwargs: Any,
    ) -> int:
        values: dict[str, Any] = dict(
            purpose="activity",
            title="工会小组学习",
            caller_name="陈志强",
            caller_mobile="13900001111",
            attendees=5,
        )
        values.update(kwargs)
        inp = BookingInput(
            room_id=room_id, starts_at=at(day, start), ends_at=at(day, end), **values
        )
        return self.bookings.book(actor or self.li, inp).id

    def status(self, booking_id: int) -> str:
        return self.bookings.get(self.admin, booking_id).row.status

    def count(self) -> int:
        return len(self.calendar.bookings(self.admin, TODAY, TODAY + dt.timedelta(days=400)))


@pytest.fixture
def station(sqlite_db: Database) -> Station:
    admin = set_up_station(sqlite_db)
    accounts = AccountService(sqlite_db)
    li = accounts.add_operator(admin, "li", "李前台", "desk", "desk1234")
    zhao = accounts.add_operator(admin, "zhao", "赵前台", "desk", "desk1234")
    first17 = "11010619850312002"
    member = MemberService(sqlite_db).register(
        admin,
        MemberInput(
            name="张秀英",
            id_number=first17 + resident_id_check_char(first17),
            mobile="13912345678",
        ),
    )
    return Station(
        db=sqlite_db,
        admin=admin,
        li=Actor(li, "li", "李前台", "desk"),
        zhao=Actor(zhao, "zhao", "赵前台", "desk"),
        member_id=member.member_id,
        bookings=BookingService(sqlite_db),
        calendar=CalendarService(sqlite_db),
        holidays=HolidayService(sqlite_db),
    )


def make_tab(qtbot, station: Station, actor: Actor) -> RoomsTab:  # type: ignore[no-untyped-def]
    tab = RoomsTab(station.context(actor))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab
