"""On PostgreSQL two desks' transactions can cross: the server then undoes one of them
whole (a deadlock, SQLSTATE 40P01; a serialization failure, 40001) or refuses a lock
at once (55P03). ``Database.transaction()`` turns each into a sentence, never a raw
driver error. Provoked for real: two threads, two connections, a barrier."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from station_app.core.db import Database
from station_app.core.errors import DatabaseBusy, TransactionCollision

BUSY = "The database was busy; nothing was changed. Please try again."


@pytest.fixture
def pg(db: Database) -> Iterator[Database]:
    if db.is_sqlite:
        pytest.skip("SQLite queues writers on the file lock: no deadlocks to turn into words")
    with db.transaction() as s:
        s.execute(text("INSERT INTO community (id, name, sort_order) VALUES (1, '甲', 1)"))
        s.execute(text("INSERT INTO community (id, name, sort_order) VALUES (2, '乙', 2)"))
    yield db


def _both(*desks: Callable[[], None]) -> list[BaseException | None]:
    """Runs each desk in its own thread; what each one raised (None: it went through)."""
    outcomes: list[BaseException | None] = [None] * len(desks)

    def run(index: int) -> None:
        try:
            desks[index]()
        except BaseException as exc:  # judged by the test
            outcomes[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(desks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive()
    return outcomes


def _marks(database: Database) -> list[int]:
    with database.read() as s:
        return list(s.execute(text("SELECT sort_order FROM community ORDER BY id")).scalars())


def _mark(s: Session, community_id: int, desk: int) -> None:
    s.execute(
        text("UPDATE community SET sort_order = :d WHERE id = :i"), {"d": desk, "i": community_id}
    )


def _sqlstate(exc: BaseException) -> str | None:
    cause = exc.__cause__
    assert isinstance(cause, DBAPIError), repr(exc)
    return getattr(cause.orig, "sqlstate", None)


def test_a_deadlock_becomes_the_busy_sentence_and_changes_nothing(pg: Database) -> None:
    holding = threading.Barrier(2)  # each desk holds one row and reaches for the other

    def desk(first: int, second: int, mark: int) -> Callable[[], None]:
        def work() -> None:
            with pg.transaction() as s:
                _mark(s, first, mark)
                holding.wait(timeout=30)
                _mark(s, second, mark)

        return work

    outcomes = _both(desk(1, 2, 10), desk(2, 1, 20))
    refused = [o for o in outcomes if o is not None]
    assert len(refused) == 1, outcomes  # the server undid one; the other went through
    error = refused[0]
    assert isinstance(error, TransactionCollision) and isinstance(error, DatabaseBusy)
    assert error.message() == BUSY
    assert _sqlstate(error) == "40P01"
    winner = 20 if outcomes[0] is not None else 10
    assert _marks(pg) == [winner, winner]  # nothing of the undone desk is left


def test_a_serialization_failure_becomes_the_busy_sentence(pg: Database) -> None:
    both_read = threading.Barrier(2)
    first_saved = threading.Event()

    def first() -> None:
        with pg.transaction() as s:
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            s.execute(text("SELECT name FROM community WHERE id = 1")).scalar_one()
            both_read.wait(timeout=30)
            _mark(s, 1, 10)
        first_saved.set()

    def second() -> None:
        with pg.transaction() as s:
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            s.execute(text("SELECT name FROM community WHERE id = 1")).scalar_one()
            both_read.wait(timeout=30)
            assert first_saved.wait(timeout=30)
            _mark(s, 2, 20)  # would land ...
            _mark(s, 1, 20)  # ... but this row changed after our snapshot

    outcomes = _both(first, second)
    assert outcomes[0] is None
    error = outcomes[1]
    assert isinstance(error, TransactionCollision), repr(error)
    assert error.message() == BUSY
    assert _sqlstate(error) == "40001"
    assert _marks(pg) == [10, 2]


def test_a_lock_not_granted_at_once_is_the_busy_sentence(pg: Database) -> None:
    holding = threading.Barrier(2)
    done = threading.Event()

    def holder() -> None:
        with pg.transaction() as s:
            _mark(s, 1, 10)
            holding.wait(timeout=30)
            assert done.wait(timeout=30)

    def impatient() -> None:
        try:
            holding.wait(timeout=30)
            with pg.transaction() as s:
                _mark(s, 2, 20)
                s.execute(text("SELECT id FROM community WHERE id = 1 FOR UPDATE NOWAIT"))
        finally:
            done.set()

    outcomes = _both(holder, impatient)
    assert outcomes[0] is None
    error = outcomes[1]
    assert type(error) is DatabaseBusy, repr(error)
    assert _sqlstate(error) == "55P03"
    assert _marks(pg) == [10, 2]
