"""Two desks (two processes, two Database objects) put the same volunteer on
overlapping shifts at once: exactly one assignment stands, on an SQLite file and on
PostgreSQL, and the other desk gets a sentence."""

from __future__ import annotations

import multiprocessing

import pytest

from station_app.core.actor import Actor
from station_app.core.db import Database
from tests.volunteers.conftest import NOW, Brigade, count

ROUNDS = 4


def _desk_process(
    url: str, actor: Actor, shift_id: int, volunteer_id: int, barrier, results
) -> None:  # type: ignore[no-untyped-def]
    """Runs in a child process: its own engine, its own connections."""
    from station_app.core import clock
    from station_app.core.errors import DeskError
    from station_app.volunteers.service import AssignmentService

    clock.now = lambda: NOW  # the parent's frozen clock does not cross processes
    database = Database(url)
    service = AssignmentService(database)
    with database.read() as s:  # connect before the race, not during it
        s.connection()
    try:
        barrier.wait(timeout=30)
        service.assign(actor, shift_id, volunteer_id)
        results.put((shift_id, "assigned", ""))
    except DeskError as exc:
        results.put((shift_id, type(exc).__name__, exc.message()))
    except Exception as exc:  # anything else fails the test
        results.put((shift_id, "crash", repr(exc)))
    finally:
        database.dispose()


@pytest.mark.timeout(240)
def test_two_desks_at_once_never_double_book_a_volunteer(brigade: Brigade) -> None:
    ctx = multiprocessing.get_context("spawn")
    other_desk = Actor(brigade.admin.id, "admin", "王管理", "admin")  # no override given
    names = ["张伟", "王芳", "单丽", "赵敏"]
    for round_no in range(ROUNDS):
        name = names[round_no]
        a = brigade.activity(f"清扫-{round_no}")
        b = brigade.activity(f"宣传-{round_no}", kind="publicity")
        first = brigade.shift(a, "09:00", "11:00")
        second = brigade.shift(b, "10:00", "12:00")
        # Odd rounds: both desks pick the very same shift.
        targets = (first, second) if round_no % 2 == 0 else (first, first)
        barrier = ctx.Barrier(2)
        results = ctx.Queue()
        procs = [
            ctx.Process(
                target=_desk_process,
                args=(brigade.db.url, actor, shift, brigade.v[name], barrier, results),
            )
            for actor, shift in zip((brigade.desk, other_desk), targets, strict=True)
        ]
        for proc in procs:
            proc.start()
        outcomes = [results.get(timeout=120) for _ in procs]
        for proc in procs:
            proc.join(timeout=60)
            assert proc.exitcode == 0
        kinds = sorted(kind for _, kind, _ in outcomes)
        expected_refusal = "VolunteerClash" if round_no % 2 == 0 else "ConflictError"
        assert kinds == sorted(["assigned", expected_refusal]), outcomes
        message = next(msg for _, kind, msg in outcomes if kind != "assigned")
        assert name in message
        live = count(
            brigade.db,
            "assignment",
            f"volunteer_id = {brigade.v[name]} AND status <> 'cancelled'",
        )
        assert live == 1
