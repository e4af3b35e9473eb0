"""Two desks (two processes, two Database objects) book the same slot at once:
exactly one booking stands, on an SQLite file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing

import pytest

from station_app.core.actor import Actor
from station_app.core.db import Database
from tests.rooms.conftest import HALL, NOW, Desk, booking, count_bookings

ROUNDS = 4


def _desk_process(url: str, actor: Actor, day: dt.date, title: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    """Runs in a child process: its own engine, its own connection pool."""
    from station_app.core import clock
    from station_app.core.errors import DeskError
    from station_app.rooms.service import BookingService

    clock.now = lambda: NOW  # the parent's frozen clock does not cross processes
    database = Database(url)
    service = BookingService(database)
    with database.read() as s:  # connect before the race, not during it
        s.connection()
    try:
        barrier.wait(timeout=30)
        service.book(actor, booking(day=day, title=title))
        results.put((title, "booked", ""))
    except DeskError as exc:
        results.put((title, type(exc).__name__, exc.message()))
    except Exception as exc:  # anything else is a failure of the test
        results.put((title, "crash", repr(exc)))
    finally:
        database.dispose()


@pytest.mark.timeout(180)
def test_two_desks_at_once_never_both_get_the_slot(desk: Desk) -> None:
    ctx = multiprocessing.get_context("spawn")
    for round_no in range(ROUNDS):
        day = dt.date(2026, 3, 2) + dt.timedelta(weeks=round_no)
        barrier = ctx.Barrier(2)
        results = ctx.Queue()
        procs = [
            ctx.Process(
                target=_desk_process,
                args=(desk.db.url, actor, day, f"{actor.username}-{round_no}", barrier, results),
            )
            for actor in (desk.desk, desk.other_desk)
        ]
        for proc in procs:
            proc.start()
        outcomes = [results.get(timeout=120) for _ in procs]
        for proc in procs:
            proc.join(timeout=60)
            assert proc.exitcode == 0
        kinds = sorted(kind for _, kind, _ in outcomes)
        assert kinds == ["BookingClash", "booked"], outcomes
        winner = next(title for title, kind, _ in outcomes if kind == "booked")
        loser_message = next(msg for _, kind, msg in outcomes if kind == "BookingClash")
        # The loser is told which booking is in the way (or that another desk just took it).
        assert winner in loser_message or "Another desk" in loser_message
        assert count_bookings(desk.db, f"room_id = {HALL}") == round_no + 1
    rows = desk.calendar.bookings(desk.admin, dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    assert len(rows) == ROUNDS
    assert all(a.blocked_until <= b.starts_at for a, b in itertools.pairwise(rows))
