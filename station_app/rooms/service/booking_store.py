"""The rows behind :class:`BookingService`: load a booking, insert one, apply a change,
set a status, read one back for its form, and turn the database's overlap refusal into
the sentence of :func:`rules.refusal_error`. Each writes its audit row; the use cases
in :mod:`.bookings` decide what to write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ValidationError
from station_app.core.ids import mask_mobile
from station_app.core.models import Operator
from station_app.core.serials import format_serial, next_value
from station_app.members.models import Member
from station_app.rooms import queries
from station_app.rooms.models import BOOKED, BOOKING_NO_PREFIX, BOOKING_SERIES, Booking
from station_app.rooms.service import rules
from station_app.rooms.service.rules import Attempt, CleanBooking
from station_app.rooms.types import (
    BookingInput,
    BookingRecord,
    BookingRow,
    RoomRow,
    may_see,
    visible_booking,
)

# What the desk fills in, named alike on CleanBooking and Booking ("private" may be unset).
_FORM_FIELDS = (
    "purpose title requester_member_id caller_name caller_mobile attendees handled_by notes"
)
# What the audit log keeps of a booking (the log sorts the keys).
_SNAPSHOT_FIELDS = (
    f"room_id starts_at ends_at blocked_until private {_FORM_FIELDS} status cancel_reason series_id"
)


def _snapshot(booking: Booking) -> dict[str, Any]:
    return records.values(booking, _SNAPSHOT_FIELDS)


class BookingStore:
    db: Database

    @contextmanager
    def _refusals(self, actor: Actor, attempts: list[Attempt]) -> Iterator[None]:
        """The database refused an overlap: say which booking is in the way."""
        try:
            yield
        except IntegrityError as exc:
            if rules.is_overlap_refusal(exc):
                raise rules.refusal_error(self.db, actor, attempts) from exc
            raise

    @staticmethod
    def _booking(s: Session, booking_id: int) -> Booking:
        return records.get(s, Booking, booking_id, rules.missing_booking)

    @staticmethod
    def _booking_in(s: Session, booking_id: int, allowed: tuple[str, ...], refusal: str) -> Booking:
        """The booking, if its status is one of ``allowed``; else the sentence ``refusal``."""
        booking = records.get(s, Booking, booking_id, rules.missing_booking)
        if booking.status not in allowed:
            raise ValidationError(refusal)
        return booking

    @staticmethod
    def _row(s: Session, booking_id: int) -> BookingRow:
        return records.found(queries.booking_row(s, booking_id), rules.missing_booking)

    @staticmethod
    def _keep_stored(booking: Booking, inp: BookingInput) -> BookingInput:
        return replace(
            inp,
            caller_mobile=booking.caller_mobile if inp.caller_mobile is None else inp.caller_mobile,
            private=booking.private if inp.private is None else inp.private,
        )

    @staticmethod
    def _following(s: Session, booking: Booking) -> list[Booking]:
        if booking.series_id is None:
            return []
        return list(
            s.scalars(
                select(Booking)
                .where(
                    Booking.series_id == booking.series_id,
                    Booking.starts_at > booking.starts_at,
                    Booking.status == BOOKED,
                )
                .order_by(Booking.starts_at)
            )
        )

    @staticmethod
    def _insert(
        s: Session,
        actor: Actor,
        clean: CleanBooking,
        room: RoomRow,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        series_id: int | None,
    ) -> Booking:
        now = clock.now()
        booking = Booking(
            booking_no=format_serial(
                BOOKING_NO_PREFIX, now.year, next_value(s, BOOKING_SERIES, now.year)
            ),
            room_id=room.id,
            starts_at=starts_at,
            ends_at=ends_at,
            blocked_until=ends_at + dt.timedelta(minutes=room.buffer_minutes),
            **records.values(clean, _FORM_FIELDS),
            private=room.private_by_default if clean.private is None else clean.private,
            status=BOOKED,
            cancel_reason="",
            series_id=series_id,
            created_by=actor.id,
        )
        return records.add_audited(s, actor, "booking", booking, _snapshot)

    @staticmethod
    def _apply(
        s: Session,
        actor: Actor,
        booking: Booking,
        clean: CleanBooking,
        room: RoomRow,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        blocked_until: dt.datetime,
    ) -> int:
        before = _snapshot(booking)
        booking.room_id = room.id
        booking.starts_at = starts_at
        booking.ends_at = ends_at
        booking.blocked_until = blocked_until
        records.assign(booking, clean, _FORM_FIELDS)
        if clean.private is not None:
            booking.private = clean.private
        after = _snapshot(booking)
        if after == before:
            return 0
        booking.updated_at = clock.now()
        s.flush()  # one row at a time: the overlap trigger sees the order we chose
        audit.record(s, actor, "update", "booking", booking.id, before=before, after=after)
        return 1

    @staticmethod
    def _set_status(s: Session, actor: Actor, booking: Booking, status: str, action: str) -> None:
        before = {"status": booking.status}
        booking.status = status
        booking.updated_at = clock.now()
        s.flush()
        audit.record(
            s, actor, action, "booking", booking.id, before=before, after={"status": status}
        )

    @staticmethod
    def _record(s: Session, actor: Actor, booking_id: int, masked: bool) -> BookingRecord:
        row = queries.booking_row(s, booking_id)
        if row is None:
            raise rules.missing_booking()
        booking = s.get_one(Booking, booking_id)
        member = s.get(Member, booking.requester_member_id) if booking.requester_member_id else None
        creator = s.get(Operator, booking.created_by) if booking.created_by else None
        seen = may_see(row, actor)
        mobile = booking.caller_mobile
        return BookingRecord(
            row=visible_booking(row, actor),
            caller_name=booking.caller_name if seen else "",
            caller_mobile=(mask_mobile(mobile) if masked and mobile else mobile) if seen else "",
            member_name=member.name if member is not None and seen else "",
            member_no=member.member_no if member is not None and seen else "",
            created_by_name=creator.display_name if creator is not None else "",
            created_at=booking.created_at,
            updated_at=booking.updated_at,
            checked_in_at=booking.checked_in_at,
            masked=masked,
        )
