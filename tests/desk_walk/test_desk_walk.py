"""`make desk-walk`: the four daily jobs by keyboard on a demo station, counted."""

from __future__ import annotations

from pathlib import Path

from station_app.core.db import Database
from station_app.main_window import MainWindow
from tests.desk_walk import jobs
from tests.desk_walk.walker import Walk, run

GOALS = {"register": 12, "gift": 3, "booking": 14, "volunteer": 5}


def walk_job(qtbot, job: str, window: MainWindow, db: Database, printed: Path) -> Walk:  # type: ignore[no-untyped-def]
    walk = Walk(job)
    run(qtbot, walk, getattr(jobs, job)(walk, window, db, printed))
    print(walk.line())
    print("   ", " | ".join(walk.log))
    return walk


def test_register(qtbot, window: MainWindow, station_db: Database, printed: Path) -> None:  # type: ignore[no-untyped-def]
    walk = walk_job(qtbot, "register", window, station_db, printed)
    assert printed.read_bytes().startswith(b"%PDF")
    assert walk.clicks == 0
    assert walk.actions <= GOALS["register"]


def test_gift(qtbot, window: MainWindow, station_db: Database, printed: Path) -> None:  # type: ignore[no-untyped-def]
    walk = walk_job(qtbot, "gift", window, station_db, printed)
    assert printed.read_bytes().startswith(b"%PDF")
    assert walk.clicks == 0
    assert walk.actions <= GOALS["gift"]


def test_booking(qtbot, window: MainWindow, station_db: Database, printed: Path) -> None:  # type: ignore[no-untyped-def]
    walk = walk_job(qtbot, "booking", window, station_db, printed)
    assert walk.clicks == 0
    assert walk.actions <= GOALS["booking"]


def test_volunteer(qtbot, window: MainWindow, station_db: Database, printed: Path) -> None:  # type: ignore[no-untyped-def]
    walk = walk_job(qtbot, "volunteer", window, station_db, printed)
    assert walk.clicks == 0
    assert walk.actions <= GOALS["volunteer"]
