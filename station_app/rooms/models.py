"""Tables of room bookings: rooms, their opening hours, bookings and repeat series.

Times are naive local time of the station (see ``core/clock.py``), ``timestamp
without time zone`` on PostgreSQL and SQLAlchemy's fixed-width text
(``YYYY-MM-DD HH:MM:SS.ffffff``) on SQLite, so text order is time order there.

No two bookings of a room that are not cancelled may overlap, the room's buffer
included. Each booking stores ``blocked_until = ends_at + buffer``; intervals are
half-open, ``[starts_at, blocked_until)``. The database holds the rule itself
(migration 0003): an SQLite trigger, a PostgreSQL ``EXCLUDE USING gist``
constraint. A booking plus its buffer never spans more than
:data:`DB_MAX_SPAN` (a CHECK), which lets every overlap search walk the
``(room_id, starts_at)`` index over a short range instead of the whole room.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from station_app.core import clock
from station_app.core.holidays import HolidayOverride  # noqa: F401 - created by 0003 as well
from station_app.core.models import one_of
from station_app.core.orm import Base, Stamped

# Code values; their labels live in rooms/labels.py (translated) and the UI.
ROOM_KINDS = ("mediation", "counselling", "mother_baby", "hall", "reading")
PURPOSES = ("mediation", "counselling", "mother_baby", "activity", "meeting", "other")
BOOKED, CHECKED_IN, COMPLETED, NO_SHOW, CANCELLED = (
    "booked",
    "checked_in",
    "completed",
    "no_show",
    "cancelled",
)
STATUSES = (BOOKED, CHECKED_IN, COMPLETED, NO_SHOW, CANCELLED)

# A booking plus its buffer spans at most this long (the database's CHECK); the
# service allows one day. Overlap searches look back this far on the index.
DB_MAX_SPAN = dt.timedelta(hours=36)
BOOKING_SERIES = "booking"  # serial_counter series of booking numbers
BOOKING_NO_PREFIX = "YY"  # 预约


class Room(Stamped, Base):
    """劳动争议调解室, 心理咨询室, 母婴关爱室, 多功能厅, 职工书屋 (seeded by 0003)."""

    __tablename__ = "room"
    __table_args__ = (
        one_of("kind", ROOM_KINDS),
        CheckConstraint("capacity >= 1", name="capacity"),
        CheckConstraint("slot_minutes BETWEEN 5 AND 240", name="slot_minutes"),
        CheckConstraint("buffer_minutes BETWEEN 0 AND 120", name="buffer_minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    capacity: Mapped[int] = mapped_column(default=1)
    slot_minutes: Mapped[int] = mapped_column(default=30)
    buffer_minutes: Mapped[int] = mapped_column(default=0)
    private_by_default: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    what_to_bring: Mapped[str] = mapped_column(Text, default="")  # printed on the slip


class RoomHours(Base):
    """Opening hours of a room on one weekday (0 = Monday); no row = closed that day."""

    __tablename__ = "room_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("opens < closes", name="opens_before_closes"),
    )

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), primary_key=True)
    weekday: Mapped[int] = mapped_column(primary_key=True)
    opens: Mapped[dt.time]
    closes: Mapped[dt.time]


class BookingSeries(Base):
    """A repeat rule that created bookings: every N weeks, until a date or N times."""

    __tablename__ = "booking_series"
    __table_args__ = (CheckConstraint("every_weeks >= 1", name="every_weeks"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    every_weeks: Mapped[int] = mapped_column(default=1)
    until: Mapped[dt.date | None]
    occurrences: Mapped[int | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=clock.now)


class Booking(Stamped, Base):
    """预约: one session of one room; the requester is a member or a caller."""

    __tablename__ = "booking"
    __table_args__ = (
        one_of("purpose", PURPOSES),
        one_of("status", STATUSES),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("blocked_until >= ends_at", name="blocked_until"),
        CheckConstraint("attendees >= 1", name="attendees"),
        # The overlap check and the calendar: one room, a time range.
        Index("ix_booking_room_id_starts_at", "room_id", "starts_at"),
        # The day view and exports: every room, a time range.
        Index("ix_booking_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_no: Mapped[str] = mapped_column(String(20), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    blocked_until: Mapped[dt.datetime]  # ends_at + the room's buffer when booked
    purpose: Mapped[str] = mapped_column(String(12), default="other")
    title: Mapped[str] = mapped_column(String(100), default="")
    requester_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    caller_name: Mapped[str] = mapped_column(String(60), default="")
    caller_mobile: Mapped[str] = mapped_column(String(20), default="")
    attendees: Mapped[int] = mapped_column(default=1)
    handled_by: Mapped[str] = mapped_column(String(60), default="")
    private: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default=BOOKED)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    checked_in_at: Mapped[dt.datetime | None]
    series_id: Mapped[int | None] = mapped_column(ForeignKey("booking_series.id"), index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
