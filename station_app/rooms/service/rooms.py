"""The rooms themselves: list them, and (administrators) add or change one.

Changing a room's buffer applies to bookings made from then on: each booking keeps
the ``blocked_until`` it was saved with, so a change never makes stored bookings
overlap after the fact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from station_app.core import audit, clock, records
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.text import clean_text
from station_app.rooms import queries
from station_app.rooms.models import CANCELLED, ROOM_KINDS, Booking, Room, RoomHours
from station_app.rooms.types import Hours, RoomInput, RoomRow

MAX_CAPACITY = 1000
ROOM_NAME_LENGTH = 40
WHAT_TO_BRING_LENGTH = 500
# The room's own columns, named alike on RoomInput, RoomRow and Room (hours live apart).
_ROOM_FIELDS = (
    "name kind capacity slot_minutes buffer_minutes private_by_default active sort_order "
    "what_to_bring"
)


def clean_room(inp: RoomInput) -> RoomInput:
    name = clean_text(inp.name, field="name")
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter the room's name."), field="name"
        )
    if len(name) > ROOM_NAME_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            field="name",
            n=ROOM_NAME_LENGTH,
        )
    if inp.kind not in ROOM_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown kind of room."), field="kind")
    if not 1 <= inp.capacity <= MAX_CAPACITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The capacity is 1 to {n} people."),
            field="capacity",
            n=MAX_CAPACITY,
        )
    if not (5 <= inp.slot_minutes <= 240 and inp.slot_minutes % 5 == 0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The slot is 5 to 240 minutes, in steps of 5."),
            field="slot_minutes",
        )
    if not 0 <= inp.buffer_minutes <= 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The time between bookings is 0 to 120 minutes."),
            field="buffer_minutes",
        )
    hours: dict[int, Hours] = {}
    for weekday, span in sorted(inp.hours.items()):
        if not 0 <= weekday <= 6:
            raise ValueError(f"weekday {weekday} is not 0..6")
        opens = span.opens.replace(second=0, microsecond=0)
        closes = span.closes.replace(second=0, microsecond=0)
        if opens >= closes:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A room must open before it closes."),
                field=f"hours_{weekday}",
            )
        hours[weekday] = Hours(opens, closes)
    what_to_bring = clean_text(inp.what_to_bring, field="what_to_bring", multiline=True)
    if len(what_to_bring) > WHAT_TO_BRING_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            field="what_to_bring",
            n=WHAT_TO_BRING_LENGTH,
        )
    return replace(inp, name=name, hours=hours, what_to_bring=what_to_bring)


def _plain(inp: RoomInput) -> dict[str, Any]:
    data = asdict(inp)
    data["hours"] = {
        str(day): f"{h.opens:%H:%M}-{h.closes:%H:%M}" for day, h in sorted(inp.hours.items())
    }
    return data


def _as_input(row: RoomRow) -> RoomInput:
    return RoomInput(**records.values(row, _ROOM_FIELDS), hours=dict(row.hours))


class RoomService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_rooms(self, include_inactive: bool = False) -> list[RoomRow]:
        with self.db.read() as s:
            return queries.load_rooms(s, include_inactive=include_inactive)

    def get_room(self, room_id: int) -> RoomRow:
        with self.db.read() as s:
            room = queries.load_room(s, room_id)
        if room is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown room."), field="room_id")
        return room

    def add_room(self, actor: Actor, inp: RoomInput) -> int:
        require_admin(actor)
        clean = clean_room(inp)
        with self.db.transaction() as s:
            self._refuse_duplicate_name(s, clean.name, None)
            room = records.add_audited(
                s,
                actor,
                "room",
                Room(**records.values(clean, _ROOM_FIELDS)),
                lambda _: _plain(clean),
            )
            self._write_hours(s, room.id, clean.hours)
            return room.id

    def update_room(self, actor: Actor, room_id: int, inp: RoomInput) -> bool:
        """Saves the room; False when nothing changed."""
        require_admin(actor)
        clean = clean_room(inp)
        with self.db.transaction() as s:
            stored = queries.load_room(s, room_id)
            if stored is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown room."), field="room_id")
            before = _as_input(stored)
            if before == clean:
                return False
            self._refuse_duplicate_name(s, clean.name, room_id)
            if stored.active and not clean.active:
                self._refuse_deactivating(s, stored)
            room = s.get_one(Room, room_id)
            records.assign(room, clean, _ROOM_FIELDS)
            room.updated_at = clock.now()
            if clean.hours != before.hours:
                s.execute(delete(RoomHours).where(RoomHours.room_id == room_id))
                self._write_hours(s, room_id, clean.hours)
            s.flush()
            audit.record(
                s, actor, "update", "room", room_id, before=_plain(before), after=_plain(clean)
            )
            return True

    @staticmethod
    def _write_hours(s: Session, room_id: int, hours: dict[int, Hours]) -> None:
        for weekday, span in sorted(hours.items()):
            s.add(RoomHours(room_id=room_id, weekday=weekday, opens=span.opens, closes=span.closes))
        s.flush()

    @staticmethod
    def _refuse_duplicate_name(s: Session, name: str, room_id: int | None) -> None:
        stmt = select(Room.id).where(Room.name == name)
        if room_id is not None:
            stmt = stmt.where(Room.id != room_id)
        if s.scalar(stmt) is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "There is already a room called {name}."),
                field="name",
                name=name,
            )

    @staticmethod
    def _refuse_deactivating(s: Session, room: RoomRow) -> None:
        today = dt.datetime.combine(clock.today(), dt.time())
        ahead = s.scalar(
            select(func.count())
            .select_from(Booking)
            .where(
                Booking.room_id == room.id,
                Booking.starts_at >= today,
                Booking.status != CANCELLED,
            )
        )
        if ahead:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{room} has {count} bookings from today on: move or cancel them before "
                    "taking the room out of use.",
                ),
                field="active",
                room=room.name,
                count=ahead,
            )
