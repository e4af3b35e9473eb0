"""Status (booked, checked in, completed, no-show, cancelled), edits, repeats edited
or cancelled one at a time or from one date on, and the audit trail."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.core.errors import PermissionDenied, ValidationError
from station_app.rooms.errors import BookingClash
from station_app.rooms.types import RepeatRule
from tests.rooms.conftest import MONDAY, Clock, Desk, at, audit_rows, booking, count_bookings

D = dt.date


def _status(desk: Desk, booking_id: int) -> str:
    return desk.bookings.get(desk.admin, booking_id).row.status


def test_booked_checked_in_completed(desk: Desk, station_clock: Clock) -> None:
    made = desk.book()
    assert made.booking_no == "YY202500001"  # booked in 2025 (the clock), numbered so
    with pytest.raises(ValidationError):  # not on the day yet
        desk.bookings.check_in(desk.desk, made.id)
    with pytest.raises(ValidationError):  # not started yet
        desk.bookings.complete(desk.desk, made.id)
    station_clock.set(at(MONDAY, "13:55"))
    desk.bookings.check_in(desk.desk, made.id)
    assert _status(desk, made.id) == "checked_in"
    assert desk.bookings.get(desk.admin, made.id).checked_in_at == at(MONDAY, "13:55")
    with pytest.raises(ValidationError):
        desk.bookings.check_in(desk.desk, made.id)
    with pytest.raises(ValidationError):  # checked in, not yet started
        desk.bookings.complete(desk.desk, made.id)
    station_clock.set(at(MONDAY, "15:01"))
    desk.bookings.complete(desk.desk, made.id)
    assert _status(desk, made.id) == "completed"
    assert [a for a, _ in audit_rows(desk.db, "booking", made.id)] == [
        "create",
        "check_in",
        "complete",
    ]


def test_no_show_only_after_the_start_and_it_keeps_the_slot(
    desk: Desk, station_clock: Clock
) -> None:
    made = desk.book()
    with pytest.raises(ValidationError):
        desk.bookings.no_show(desk.desk, made.id)
    station_clock.set(at(MONDAY, "14:20"))
    desk.bookings.no_show(desk.desk, made.id)
    assert _status(desk, made.id) == "no_show"
    with pytest.raises(ValidationError):  # once only
        desk.bookings.no_show(desk.desk, made.id)
    with pytest.raises(BookingClash):  # history still holds the room
        desk.book(desk.admin, start="14:30", end="15:00")


def test_cancel_needs_a_reason_and_frees_the_slot(desk: Desk) -> None:
    made = desk.book()
    with pytest.raises(ValidationError) as refused:
        desk.bookings.cancel(desk.desk, made.id, "  ")
    assert refused.value.field == "cancel_reason"
    assert desk.bookings.cancel(desk.desk, made.id, "来电取消") == 1
    row = desk.bookings.get(desk.admin, made.id).row
    assert (row.status, row.cancel_reason) == ("cancelled", "来电取消")
    with pytest.raises(ValidationError):
        desk.bookings.cancel(desk.desk, made.id, "再取消一次")
    with pytest.raises(ValidationError):
        desk.bookings.check_in(desk.admin, made.id)
    desk.book()  # the slot is free again
    assert desk.calendar.day_view(desk.desk, MONDAY).bookings[0].id != made.id
    cancelled = desk.calendar.day_view(desk.desk, MONDAY, include_cancelled=True).bookings
    assert made.id in {b.id for b in cancelled}


def test_started_sessions_are_changed_by_administrators_only(
    desk: Desk, station_clock: Clock
) -> None:
    made = desk.book()
    station_clock.set(at(MONDAY, "14:10"))
    with pytest.raises(PermissionDenied):
        desk.bookings.cancel(desk.desk, made.id, "太晚了")
    with pytest.raises(PermissionDenied):
        desk.bookings.edit(desk.desk, made.id, booking(end="16:00"))
    assert desk.bookings.edit(desk.admin, made.id, booking(end="16:00")) == 1
    assert desk.bookings.cancel(desk.admin, made.id, "补记取消") == 1


def test_edit_keeps_the_stored_mobile_and_audits_the_change(desk: Desk) -> None:
    made = desk.book()
    changed = desk.bookings.edit(
        desk.desk, made.id, booking(start="10:00", end="11:30", caller_mobile=None, attendees=9)
    )
    assert changed == 1
    record = desk.bookings.get(desk.admin, made.id, reveal=True)
    assert record.caller_mobile == "13812345678"
    assert desk.bookings.get(desk.desk, made.id).caller_mobile == "138****5678"
    assert (record.row.starts_at, record.row.attendees) == (at(MONDAY, "10:00"), 9)
    same = booking(start="10:00", end="11:30", caller_mobile=None, attendees=9)
    assert desk.bookings.edit(desk.desk, made.id, same) == 0  # nothing changed, no audit
    actions = audit_rows(desk.db, "booking", made.id)
    assert [a for a, _ in actions] == ["create", "update", "reveal"]
    assert actions[1][1]["changes"]["attendees"] == [5, 9]
    with pytest.raises(PermissionDenied):
        desk.bookings.get(desk.desk, made.id, reveal=True)


def test_a_repeat_edited_from_one_date_on(desk: Desk) -> None:
    series = desk.bookings.book_series(desk.desk, booking(), RepeatRule(count=5))
    ids = [b.id for b in series.bookings]
    # The third and the following ones move to 10:00-11:30 in the reading room.
    third = ids[2]
    new = booking(
        room_id=desk.room_ids["reading"],
        day=MONDAY + dt.timedelta(weeks=2),
        start="10:00",
        end="11:30",
    )
    assert desk.bookings.edit(desk.desk, third, new, scope="following") == 3
    rows = desk.calendar.bookings(desk.desk, MONDAY, MONDAY + dt.timedelta(weeks=5))
    by_id = {r.id: r for r in rows}
    assert [by_id[i].room_id for i in ids] == [4, 4, 5, 5, 5]
    assert [by_id[i].starts_at.time() for i in ids] == [dt.time(14)] * 2 + [dt.time(10)] * 3
    # One occurrence alone.
    assert desk.bookings.edit(desk.desk, ids[0], booking(start="15:00", end="16:00")) == 1
    assert desk.calendar.bookings(desk.desk, MONDAY, MONDAY)[0].starts_at == at(MONDAY, "15:00")


def test_a_repeat_moved_a_week_later_does_not_trip_over_itself(desk: Desk) -> None:
    series = desk.bookings.book_series(desk.desk, booking(), RepeatRule(count=3))
    first = series.bookings[0].id
    later = booking(day=MONDAY + dt.timedelta(weeks=1))
    assert desk.bookings.edit(desk.desk, first, later, scope="following") == 3
    dates = [r.date for r in desk.calendar.bookings(desk.desk, MONDAY, D(2026, 4, 30))]
    assert dates == [MONDAY + dt.timedelta(weeks=k) for k in (1, 2, 3)]
    # ...and back again (earliest first this time).
    second = desk.calendar.bookings(desk.desk, MONDAY, D(2026, 4, 30))[0].id
    assert desk.bookings.edit(desk.desk, second, booking(), scope="following") == 3
    dates = [r.date for r in desk.calendar.bookings(desk.desk, MONDAY, D(2026, 4, 30))]
    assert dates == [MONDAY + dt.timedelta(weeks=k) for k in (0, 1, 2)]


def test_a_repeat_edit_that_clashes_changes_nothing(desk: Desk) -> None:
    series = desk.bookings.book_series(desk.desk, booking(), RepeatRule(count=3))
    desk.book(day=MONDAY + dt.timedelta(weeks=2), start="10:00", end="11:00", title="挡路的")
    with pytest.raises(BookingClash) as refused:
        desk.bookings.edit(
            desk.desk, series.bookings[0].id, booking(start="10:30", end="11:30"), scope="following"
        )
    assert "挡路的" in refused.value.message()
    times = {
        r.starts_at.time()
        for r in desk.calendar.bookings(desk.desk, MONDAY, D(2026, 4, 1))
        if r.series_id == series.series_id
    }
    assert times == {dt.time(14)}


def test_a_repeat_cancelled_from_one_date_on(desk: Desk) -> None:
    series = desk.bookings.book_series(desk.desk, booking(), RepeatRule(count=4))
    ids = [b.id for b in series.bookings]
    assert desk.bookings.cancel(desk.desk, ids[3], "最后一次取消") == 1
    assert desk.bookings.cancel(desk.desk, ids[1], "后面都不来了", scope="following") == 2
    statuses = [desk.bookings.get(desk.admin, i).row.status for i in ids]
    assert statuses == ["booked", "cancelled", "cancelled", "cancelled"]
    assert count_bookings(desk.db, "status = 'cancelled'") == 3


def test_series_audit(desk: Desk) -> None:
    series = desk.bookings.book_series(desk.desk, booking(), RepeatRule(count=2))
    rows = audit_rows(desk.db, "booking_series", series.series_id)
    assert rows[0][0] == "create" and rows[0][1]["changes"]["booked"] == [None, 2]
