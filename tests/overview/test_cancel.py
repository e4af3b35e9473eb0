"""A read of the figures cancelled between two queries: no report, nothing changed,
and the connection it used reads as before (the 统计 tab cancels when it goes away)."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from station_app.core import clock
from station_app.core.db import Database
from station_app.core.models import metadata
from station_app.overview.service import AnnualReportService, FiguresCancelled

pytestmark = pytest.mark.pg


def contents(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            table.name: s.scalar(select(func.count()).select_from(table)) or 0
            for table in metadata.sorted_tables
        }


def test_a_read_cancelled_after_its_first_query_stops_there_and_changes_nothing(
    busy: Database,
) -> None:
    year = clock.today().year
    service = AnnualReportService(busy)
    whole = service.year(year)
    before = contents(busy)
    started: list[str] = []
    done: list[str] = []

    def on_start(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            started.append(statement)

    def on_done(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            done.append(statement)

    event.listen(busy.engine, "before_cursor_execute", on_start)
    event.listen(busy.engine, "after_cursor_execute", on_done)
    try:
        with pytest.raises(FiguresCancelled):
            service.year(year, should_cancel=lambda: len(done) >= 1)
        assert len(started) == len(done) == 1  # stopped before the second query
        started.clear()
        service.year(year, should_cancel=lambda: False)
        assert len(started) > 20  # a whole read: a score of queries and more
    finally:
        event.remove(busy.engine, "before_cursor_execute", on_start)
        event.remove(busy.engine, "after_cursor_execute", on_done)
    assert contents(busy) == before
    assert service.year(year) == whole  # the connection reads on, uninterrupted


def test_a_read_cancelled_before_it_starts_runs_no_query(db: Database) -> None:
    with pytest.raises(FiguresCancelled):
        AnnualReportService(db).year(clock.today().year, should_cancel=lambda: True)
