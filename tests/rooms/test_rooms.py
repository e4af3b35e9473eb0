"""The five seeded rooms, and rooms kept by administrators."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.rooms.types import Hours, RoomInput
from tests.rooms.conftest import MONDAY, Desk, audit_rows, booking, replace_room

WEEKDAYS = {d: Hours(dt.time(9), dt.time(17, 30)) for d in range(5)}


def test_five_rooms_are_seeded(desk: Desk) -> None:
    rooms = desk.rooms.list_rooms()
    assert [(r.name, r.kind, r.private_by_default) for r in rooms] == [
        ("劳动争议调解室", "mediation", True),
        ("心理咨询室", "counselling", True),
        ("母婴关爱室", "mother_baby", False),
        ("多功能厅", "hall", False),
        ("职工书屋", "reading", False),
    ]
    for room in rooms:
        assert room.hours == WEEKDAYS
        assert (room.slot_minutes, room.buffer_minutes, room.active) == (30, 0, True)
        assert room.what_to_bring


def test_administrators_add_and_change_rooms(desk: Desk) -> None:
    new = RoomInput(
        name=" 会议室 ", kind="hall", capacity=12, hours={5: Hours(dt.time(9), dt.time(12))}
    )
    with pytest.raises(PermissionDenied):
        desk.rooms.add_room(desk.desk, new)
    room_id = desk.rooms.add_room(desk.admin, new)
    room = desk.rooms.get_room(room_id)
    assert room.name == "会议室" and room.hours == {5: Hours(dt.time(9), dt.time(12))}
    with pytest.raises(ConflictError):
        desk.rooms.add_room(desk.admin, new)
    changed = replace_room(room, capacity=20, buffer_minutes=10, hours=WEEKDAYS)
    assert desk.rooms.update_room(desk.admin, room_id, changed) is True
    assert desk.rooms.update_room(desk.admin, room_id, changed) is False
    room = desk.rooms.get_room(room_id)
    assert (room.capacity, room.buffer_minutes, room.hours) == (20, 10, WEEKDAYS)
    with pytest.raises(ConflictError):
        desk.rooms.update_room(desk.admin, room_id, replace_room(room, name="多功能厅"))
    assert [a for a, _ in audit_rows(desk.db, "room", room_id)] == ["create", "update"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (dict(name=""), "name"),
        (dict(kind="gym"), "kind"),
        (dict(capacity=0), "capacity"),
        (dict(slot_minutes=7), "slot_minutes"),
        (dict(buffer_minutes=121), "buffer_minutes"),
        (dict(hours={0: Hours(dt.time(17), dt.time(9))}), "hours_0"),
    ],
)
def test_room_values_are_checked(desk: Desk, changes: dict, field: str) -> None:
    hall = desk.rooms.get_room(desk.room_ids["hall"])
    with pytest.raises(ValidationError) as refused:
        desk.rooms.update_room(desk.admin, hall.id, replace_room(hall, **changes))
    assert refused.value.field == field


def test_a_room_with_bookings_ahead_stays_in_use(desk: Desk) -> None:
    hall = desk.rooms.get_room(desk.room_ids["hall"])
    made = desk.book()
    with pytest.raises(ConflictError) as refused:
        desk.rooms.update_room(desk.admin, hall.id, replace_room(hall, active=False))
    assert "1" in refused.value.message()
    desk.bookings.cancel(desk.desk, made.id, "场地停用")
    desk.rooms.update_room(desk.admin, hall.id, replace_room(hall, active=False))
    assert hall.id not in {r.id for r in desk.rooms.list_rooms()}
    assert hall.id in {r.id for r in desk.rooms.list_rooms(include_inactive=True)}
    assert hall.id not in {r.room.id for r in desk.calendar.day_view(desk.desk, MONDAY).rooms}
    with pytest.raises(ValidationError) as refused:
        desk.book()
    assert refused.value.field == "room_id"


def test_a_new_buffer_applies_to_new_bookings(desk: Desk) -> None:
    desk.book(start="10:00", end="11:00")
    desk.set_buffer("hall", 30)
    desk.book(start="11:00", end="12:00")  # the old booking keeps its own (no) buffer
    with pytest.raises(ConflictError):
        desk.book(start="12:15", end="13:00")
    assert booking is not None
