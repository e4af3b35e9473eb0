"""A private booking shows only "Booked" to everyone but administrators and its creator."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.core.errors import PermissionDenied
from station_app.rooms.errors import BookingClash
from station_app.rooms.types import RepeatRule
from tests.rooms.conftest import MONDAY, Desk, booking

SECRET = dict(
    purpose="mediation",
    title="工资拖欠调解",
    caller_name="王秀英",
    notes="对方公司已拒绝协商",
    handled_by="刘调解员",
)


def _private(desk: Desk) -> int:
    return desk.book(room_id=desk.room_ids["mediation"], attendees=3, **SECRET).id


def _leaks(row) -> list[str]:  # type: ignore[no-untyped-def]
    text = repr(row)
    return [v for v in (*SECRET.values(), "13812345678", "138****5678") if v in text]


def test_mediation_and_counselling_are_private_by_default(desk: Desk) -> None:
    mediation = _private(desk)
    counselling = desk.book(room_id=desk.room_ids["counselling"], attendees=1).id
    hall = desk.book().id
    assert desk.bookings.get(desk.admin, mediation).row.private
    assert desk.bookings.get(desk.admin, counselling).row.private
    assert not desk.bookings.get(desk.admin, hall).row.private
    # The form may say otherwise, either way.
    opened = desk.book(
        room_id=desk.room_ids["mediation"], start="10:00", end="11:00", attendees=2, private=False
    ).id
    closed = desk.book(start="10:00", end="11:00", private=True).id
    assert not desk.bookings.get(desk.admin, opened).row.private
    assert desk.bookings.get(desk.admin, closed).row.private


def test_other_desks_see_only_booked_in_every_query(desk: Desk) -> None:
    booking_id = _private(desk)
    other = desk.other_desk
    day = desk.calendar.day_view(other, MONDAY).bookings
    week = desk.calendar.week_view(other, desk.room_ids["mediation"], MONDAY).bookings
    listed = desk.calendar.bookings(other, MONDAY, MONDAY)
    anyone = desk.calendar.bookings(None, MONDAY, MONDAY)
    record = desk.bookings.get(other, booking_id)
    for row in (day[0], week[0], listed[0], anyone[0], record.row):
        assert row.hidden and row.title == "" and row.requester_name == ""
        assert (row.starts_at, row.status, row.room_name) == (
            dt.datetime(2026, 3, 2, 14),
            "booked",
            "劳动争议调解室",
        )
        assert _leaks(row) == []
    assert _leaks(record) == []
    for actor in (desk.admin, desk.desk):  # the administrator and the creator
        row = desk.calendar.day_view(actor, MONDAY).bookings[0]
        assert not row.hidden and row.title == "工资拖欠调解" and row.requester_name == "王秀英"
        assert row.requester_mobile == "138****5678"  # masked in lists even for them
        assert desk.bookings.get(actor, booking_id).caller_name == "王秀英"


def test_a_clash_with_a_private_booking_does_not_name_it(desk: Desk) -> None:
    _private(desk)
    mediation = desk.room_ids["mediation"]
    with pytest.raises(BookingClash) as refused:
        desk.bookings.book(desk.other_desk, booking(room_id=mediation, attendees=2))
    message = refused.value.message()
    assert "工资拖欠调解" not in message and "2026-03-02 14:00–15:00" in message
    with pytest.raises(BookingClash) as refused:
        desk.bookings.book(desk.desk, booking(room_id=mediation, attendees=2))
    assert "工资拖欠调解" in refused.value.message()
    plan = desk.bookings.plan_series(
        desk.other_desk, booking(room_id=mediation, attendees=2), RepeatRule(count=2)
    )
    assert plan[0].problem == "clash" and "工资拖欠调解" not in plan[0].message


def test_other_desks_may_check_in_or_cancel_but_not_read_or_edit(desk: Desk) -> None:
    booking_id = _private(desk)
    with pytest.raises(PermissionDenied):
        desk.bookings.edit(desk.other_desk, booking_id, booking(room_id=1, attendees=2))
    assert desk.bookings.cancel(desk.other_desk, booking_id, "当事人来电取消") == 1
    # The reason may name the person: hidden from other desks too.
    row = desk.calendar.day_view(desk.other_desk, MONDAY, include_cancelled=True).bookings[0]
    assert row.cancel_reason == ""
