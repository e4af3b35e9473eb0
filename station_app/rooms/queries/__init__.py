"""Core selects behind the calendar, lists, exports and printouts: tuples, not ORM rows.

Every function that returns bookings for someone to look at takes the acting
operator and passes each row through :func:`visible_booking`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from station_app.core import records
from station_app.core.actor import Actor
from station_app.core.ids import mask_mobile
from station_app.core.selects import columns
from station_app.members.models import Member
from station_app.rooms.models import CANCELLED, DB_MAX_SPAN, Booking, Room, RoomHours
from station_app.rooms.types import BookingRow, Hours, RoomRow, visible_booking

booking_t = Booking.__table__
room_t = Room.__table__
hours_t = RoomHours.__table__
member_t = Member.__table__


# --- rooms -------------------------------------------------------------------------------


def load_rooms(
    s: Session, *, include_inactive: bool = True, room_ids: Iterable[int] | None = None
) -> list[RoomRow]:
    """Rooms in display order (sort order, then id), each with its opening hours."""
    stmt = select(
        room_t.c.id,
        room_t.c.name,
        room_t.c.kind,
        room_t.c.capacity,
        room_t.c.slot_minutes,
        room_t.c.buffer_minutes,
        room_t.c.private_by_default,
        room_t.c.active,
        room_t.c.sort_order,
        room_t.c.what_to_bring,
    ).order_by(room_t.c.sort_order, room_t.c.id)
    if not include_inactive:
        stmt = stmt.where(room_t.c.active.is_(True))
    if room_ids is not None:
        stmt = stmt.where(room_t.c.id.in_(list(room_ids)))
    rooms = s.execute(stmt).all()
    hours: dict[int, dict[int, Hours]] = {row.id: {} for row in rooms}
    hour_rows = s.execute(
        select(hours_t.c.room_id, hours_t.c.weekday, hours_t.c.opens, hours_t.c.closes).where(
            hours_t.c.room_id.in_(list(hours))
        )
    )
    for room_id, weekday, opens, closes in hour_rows:
        hours[room_id][weekday] = Hours(opens, closes)
    return [RoomRow(*row, hours=hours[row.id]) for row in rooms]


def load_room(s: Session, room_id: int) -> RoomRow | None:
    rooms = load_rooms(s, room_ids=[room_id])
    return rooms[0] if rooms else None


# --- bookings ----------------------------------------------------------------------------


def booking_rows_select() -> Select:
    """Every column a BookingRow needs, the requester's name and mobile included."""
    return (
        select(
            *columns(booking_t, "id booking_no room_id"),
            room_t.c.name.label("room_name"),
            *columns(
                booking_t,
                "starts_at ends_at blocked_until status private purpose title requester_member_id",
            ),
            member_t.c.name.label("member_name"),
            member_t.c.mobile.label("member_mobile"),
            *columns(
                booking_t,
                "caller_name caller_mobile attendees handled_by notes cancel_reason series_id "
                "created_by",
            ),
        )
        .join(room_t, room_t.c.id == booking_t.c.room_id)
        .outerjoin(member_t, member_t.c.id == booking_t.c.requester_member_id)
    )


def to_row(r) -> BookingRow:  # type: ignore[no-untyped-def]
    """A result row of :func:`booking_rows_select` as a BookingRow (mobile masked)."""
    name = r.member_name or r.caller_name or ""
    mobile = r.caller_mobile or r.member_mobile or ""
    return records.record_of(
        BookingRow,
        r,
        private=bool(r.private),
        requester_name=name,
        requester_mobile=mask_mobile(mobile) if mobile else "",
    )


def bookings_between(
    s: Session,
    actor: Actor | None,
    start: dt.datetime,
    end: dt.datetime,
    *,
    room_ids: Sequence[int] | None = None,
    include_cancelled: bool = False,
) -> list[BookingRow]:
    """Bookings that start in ``[start, end)``, as ``actor`` may see them, ordered by
    room order then start. A booking never spans days, so "starts in the range" is
    "lies in the range" for whole days."""
    stmt = booking_rows_select().where(booking_t.c.starts_at >= start, booking_t.c.starts_at < end)
    if room_ids is not None:
        stmt = stmt.where(booking_t.c.room_id.in_(list(room_ids)))
    if not include_cancelled:
        stmt = stmt.where(booking_t.c.status != CANCELLED)
    stmt = stmt.order_by(room_t.c.sort_order, room_t.c.id, booking_t.c.starts_at, booking_t.c.id)
    return [visible_booking(to_row(r), actor) for r in s.execute(stmt)]


def booking_row(s: Session, booking_id: int) -> BookingRow | None:
    """One booking, unmasked as to privacy (callers apply visible_booking)."""
    r = s.execute(booking_rows_select().where(booking_t.c.id == booking_id)).first()
    return to_row(r) if r is not None else None


def find_clash(
    s: Session,
    room_id: int,
    starts_at: dt.datetime,
    blocked_until: dt.datetime,
    exclude_ids: Sequence[int] = (),
) -> BookingRow | None:
    """The earliest booking of the room, not cancelled, whose ``[starts_at,
    blocked_until)`` overlaps the given one. Walks ``ix_booking_room_id_starts_at``
    from ``starts_at - DB_MAX_SPAN`` only (the database caps a booking's span)."""
    cond = and_(
        booking_t.c.room_id == room_id,
        booking_t.c.starts_at >= starts_at - DB_MAX_SPAN,
        booking_t.c.starts_at < blocked_until,
        booking_t.c.blocked_until > starts_at,
        booking_t.c.status != CANCELLED,
    )
    if exclude_ids:
        cond = and_(cond, booking_t.c.id.not_in(list(exclude_ids)))
    r = s.execute(
        booking_rows_select().where(cond).order_by(booking_t.c.starts_at).limit(1)
    ).first()
    return to_row(r) if r is not None else None
