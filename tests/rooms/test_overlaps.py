"""No two bookings of a room overlap, buffer included: tried every way."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from station_app.core.db import Database
from station_app.rooms import queries
from station_app.rooms.errors import BookingClash
from station_app.rooms.types import RepeatRule
from tests.rooms.conftest import HALL, MONDAY, Desk, at, booking, count_bookings


def test_the_same_slot_is_refused_and_the_clash_is_named(desk: Desk) -> None:
    first = desk.book(title="职工篮球赛筹备会")
    with pytest.raises(BookingClash) as refused:
        desk.book(title="另一个会")
    assert refused.value.clash_booking_id == first.id
    message = refused.value.message()
    assert "职工篮球赛筹备会" in message and "2026-03-02 14:00–15:00" in message
    assert count_bookings(desk.db) == 1


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("13:30", "14:30"),  # overlaps the start
        ("14:30", "15:30"),  # overlaps the end
        ("13:00", "16:00"),  # contains it
        ("14:15", "14:45"),  # inside it
        ("14:59", "15:30"),  # one minute in
    ],
)
def test_partial_containing_and_contained_overlaps_are_refused(
    desk: Desk, start: str, end: str
) -> None:
    desk.book()
    with pytest.raises(BookingClash):
        desk.book(start=start, end=end)
    assert count_bookings(desk.db) == 1


def test_back_to_back_bookings_stand_when_there_is_no_buffer(desk: Desk) -> None:
    desk.book(start="14:00", end="15:00")
    desk.book(start="15:00", end="16:00")
    desk.book(start="13:00", end="14:00")
    assert count_bookings(desk.db) == 3


def test_another_room_at_the_same_time_is_fine(desk: Desk) -> None:
    desk.book()
    desk.book(room_id=desk.room_ids["reading"])
    assert count_bookings(desk.db) == 2


def test_the_buffer_after_a_booking_is_kept_free(desk: Desk) -> None:
    desk.set_buffer("hall", 15)
    first = desk.book(start="14:00", end="15:00")
    with pytest.raises(BookingClash) as refused:
        desk.book(start="15:00", end="16:00")
    assert refused.value.clash_booking_id == first.id
    assert "needs time between bookings" in refused.value.message()
    with pytest.raises(BookingClash):  # this one's buffer would run into the first
        desk.book(start="13:00", end="13:50")
    desk.book(start="15:15", end="16:00")
    desk.book(start="12:45", end="13:45")
    assert count_bookings(desk.db) == 3
    with desk.db.read() as s:
        blocked = s.execute(
            text("SELECT blocked_until FROM booking WHERE id = :i"), {"i": first.id}
        ).scalar_one()
    assert str(blocked).startswith("2026-03-02 15:15")


def test_a_cancelled_booking_frees_its_slot(desk: Desk) -> None:
    first = desk.book()
    desk.bookings.cancel(desk.desk, first.id, "活动改期")
    second = desk.book(title="改到这个时间")
    assert second.id != first.id
    assert count_bookings(desk.db, "status <> 'cancelled'") == 1


def test_moving_a_booking_onto_another_is_refused(desk: Desk) -> None:
    desk.book(start="10:00", end="11:00", title="上午的会")
    second = desk.book(start="14:00", end="15:00")
    with pytest.raises(BookingClash) as refused:
        desk.bookings.edit(desk.desk, second.id, booking(start="10:30", end="11:30"))
    assert "上午的会" in refused.value.message()
    # Moving within its own slot is no clash with itself.
    assert desk.bookings.edit(desk.desk, second.id, booking(start="14:30", end="15:30")) == 1


def test_a_repeat_across_an_existing_booking_lists_it_and_saves_nothing(desk: Desk) -> None:
    third_monday = MONDAY + dt.timedelta(weeks=2)
    existing = desk.book(day=third_monday, start="14:30", end="15:30", title="已有的活动")
    rule = RepeatRule(every_weeks=1, count=4)
    plan = desk.bookings.plan_series(desk.desk, booking(), rule)
    assert [o.date for o in plan] == [MONDAY + dt.timedelta(weeks=k) for k in range(4)]
    assert [o.problem for o in plan] == [None, None, "clash", None]
    assert plan[2].clash_booking_id == existing.id and "已有的活动" in plan[2].message
    with pytest.raises(BookingClash):
        desk.bookings.book_series(desk.desk, booking(), rule)
    assert count_bookings(desk.db) == 1
    result = desk.bookings.book_series(desk.desk, booking(), rule, skip=[third_monday])
    assert len(result.bookings) == 3 and result.skipped == (third_monday,)
    assert count_bookings(desk.db) == 4
    assert count_bookings(desk.db, f"series_id = {result.series_id}") == 3


# --- the database itself -----------------------------------------------------------------

INSERT = text(
    "INSERT INTO booking (booking_no, room_id, starts_at, ends_at, blocked_until, purpose,"
    " title, caller_name, caller_mobile, attendees, handled_by, private, notes, status,"
    " cancel_reason, created_at, updated_at) VALUES (:no, :room, :s, :e, :b, 'meeting', '',"
    " '', '', 1, '', false, '', :status, '', :s, :s)"
)


def _ts(db: Database, value: dt.datetime) -> object:
    """What the dialect stores: SQLAlchemy's fixed-width text on SQLite."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if db.is_sqlite else value


def _insert(db: Database, no: str, start: str, end: str, status: str = "booked", room=HALL) -> None:  # type: ignore[no-untyped-def]
    s_, e_ = at(MONDAY, start), at(MONDAY, end)
    with db.transaction() as s:
        s.execute(
            INSERT,
            {
                "no": no,
                "room": room,
                "s": _ts(db, s_),
                "e": _ts(db, e_),
                "b": _ts(db, e_),
                "status": status,
            },
        )


@pytest.mark.parametrize(
    ("start", "end"),
    [("14:00", "15:00"), ("14:30", "15:30"), ("13:00", "17:00"), ("14:10", "14:20")],
)
def test_the_database_refuses_an_overlapping_insert_written_past_the_service(
    db: Database, start: str, end: str
) -> None:
    _insert(db, "T1", "14:00", "15:00")
    with pytest.raises(IntegrityError) as refused:
        _insert(db, "T2", start, end)
    assert "booking_overlap" in str(refused.value) or "ex_booking_no_overlap" in str(refused.value)
    _insert(db, "T3", "15:00", "16:00")  # back to back: half-open intervals
    _insert(db, "T4", "14:00", "15:00", status="cancelled")  # cancelled ones never clash
    _insert(db, "T5", "14:00", "15:00", room=5)  # another room
    assert count_bookings(db) == 4


def test_the_database_refuses_an_update_into_an_overlap(db: Database) -> None:
    _insert(db, "T1", "14:00", "15:00")
    _insert(db, "T2", "15:00", "16:00")
    _insert(db, "T3", "14:00", "15:00", status="cancelled")
    moved = {"s": _ts(db, at(MONDAY, "14:30")), "e": _ts(db, at(MONDAY, "15:30"))}
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(
            text(
                "UPDATE booking SET starts_at = :s, ends_at = :e, blocked_until = :e "
                "WHERE booking_no = 'T2'"
            ),
            moved,
        )
    with pytest.raises(IntegrityError), db.transaction() as s:  # un-cancelling into a clash
        s.execute(text("UPDATE booking SET status = 'booked' WHERE booking_no = 'T3'"))
    with db.transaction() as s:  # its own slot is not a clash
        s.execute(text("UPDATE booking SET title = 'x' WHERE booking_no = 'T1'"))


def test_the_database_refuses_a_span_longer_than_its_index_window(db: Database) -> None:
    long_end = at(MONDAY, "14:00") + dt.timedelta(hours=40)
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(
            INSERT,
            {
                "no": "L",
                "room": HALL,
                "s": _ts(db, at(MONDAY, "14:00")),
                "e": _ts(db, long_end),
                "b": _ts(db, long_end),
                "status": "booked",
            },
        )


def test_sqlite_refuses_times_that_would_not_compare_as_text(sqlite_db: Database) -> None:
    with pytest.raises(IntegrityError), sqlite_db.transaction() as s:
        s.execute(
            INSERT,
            {
                "no": "F",
                "room": HALL,
                "s": "2026-03-02 14:00",
                "e": "2026-03-02 15:00",
                "b": "2026-03-02 15:00",
                "status": "booked",
            },
        )


def test_a_refusal_by_the_database_becomes_a_sentence_naming_the_booking(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two desks at once: the service's own check saw nothing, the database refused."""
    first = desk.book(title="先到的预约")
    real = queries.find_clash
    calls = {"n": 0}

    def blind_first_time(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return None if calls["n"] == 1 else real(*args, **kwargs)

    monkeypatch.setattr(queries, "find_clash", blind_first_time)
    with pytest.raises(BookingClash) as refused:
        desk.book(title="后到的预约")
    assert refused.value.clash_booking_id == first.id
    assert "先到的预约" in refused.value.message()
    assert count_bookings(desk.db) == 1


def test_the_overlap_search_walks_the_index(sqlite_db: Database) -> None:
    stmt = queries.booking_rows_select().where(
        queries.booking_t.c.room_id == 4,
        queries.booking_t.c.starts_at >= dt.datetime(2026, 3, 1),
        queries.booking_t.c.starts_at < dt.datetime(2026, 3, 2),
        queries.booking_t.c.blocked_until > dt.datetime(2026, 3, 1),
    )
    with sqlite_db.read() as s:
        sql = str(stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(r[-1]) for r in s.execute(text("EXPLAIN QUERY PLAN " + sql)))
        trigger = s.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'booking_no_overlap_insert'")
        ).scalar_one()
    assert "ix_booking_room_id_starts_at" in plan, plan
    assert "datetime(NEW.starts_at, '-2 days')" in trigger
