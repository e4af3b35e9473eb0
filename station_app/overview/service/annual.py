"""Every figure of the annual report, computed once: the period's and the same days a
year earlier, merged into labelled lines with the change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import ORMExecuteState, Session

from station_app.core import clock
from station_app.core.db import Database
from station_app.core.models import Station
from station_app.members.labels import OUTDOOR_TEXT
from station_app.members.labels import translated as member_text
from station_app.overview import labels
from station_app.overview.queries import first_day_on_file, period_figures
from station_app.overview.types import (
    AnnualReport,
    Chart,
    FiguresCancelled,
    Line,
    Period,
    Raw,
    Section,
    Table,
)
from station_app.rooms.labels import purpose
from station_app.welfare.labels import KINDS as CAMPAIGN_KINDS
from station_app.welfare.labels import t as welfare_text

# Tables whose rows are this period's things (campaigns): last year's other rows left out.
CURRENT_ROWS_ONLY = ("welfare.by_campaign",)
COMPARED_CHARTS = ("members.joined_by_month",)
EARLIEST_YEAR = 2000  # the first year offered, however old the oldest record

CancelFn = Callable[[], bool]
SQLITE_STEPS = 10_000  # virtual-machine steps between two looks at should_cancel


class AnnualReportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def year(self, year: int, should_cancel: CancelFn | None = None) -> AnnualReport:
        """The year's report; this year's runs to today (beside the same days of last
        year), so that a partial year is never set against a whole one."""
        return self.report(Period.year_to_date(year, clock.today()), should_cancel)

    def years(self) -> range:
        """The years a report can be asked for: from the first year with data (at the
        earliest 2000) to this year; only this year on an empty station."""
        this_year = clock.today().year
        with self.db.read() as s:
            first = first_day_on_file(s)
        start = this_year if first is None else first.year
        return range(min(max(start, EARLIEST_YEAR), this_year), this_year + 1)

    def report(self, period: Period, should_cancel: CancelFn | None = None) -> AnnualReport:
        """The period's figures beside the previous one's. ``should_cancel()`` is asked
        before each of the queries (the 统计 tab reads off the UI thread, a second or so
        for 100,000 members, and may go away meanwhile): once it is true,
        ``FiguresCancelled`` and no report; the read changes nothing."""
        previous = period.previous()
        with self.db.read() as s, _cancellable(s, should_cancel, self.db.is_sqlite):
            current = period_figures(s, period)
            before = period_figures(s, previous)
            name = s.scalar(select(Station.name).where(Station.id == 1)) or ""
        return assemble(name, period, previous, current, before)


@contextmanager
def _cancellable(s: Session, should_cancel: CancelFn | None, sqlite: bool) -> Iterator[None]:
    """``should_cancel()`` asked before every statement of ``s``; on SQLite also while
    one runs (every ``SQLITE_STEPS`` steps of its engine), since the two largest take
    a few hundred milliseconds each on 100,000 members."""
    if should_cancel is None:
        yield
        return

    def check(_state: ORMExecuteState) -> None:
        if should_cancel():
            raise FiguresCancelled()

    event.listen(s, "do_orm_execute", check)
    driver = s.connection().connection.driver_connection if sqlite else None
    if driver is not None:
        driver.set_progress_handler(lambda: 1 if should_cancel() else 0, SQLITE_STEPS)
    try:
        yield
    except OperationalError:  # SQLite's "interrupted": the handler stopped a statement
        if should_cancel():
            raise FiguresCancelled() from None
        raise
    finally:
        event.remove(s, "do_orm_execute", check)
        if driver is not None:
            driver.set_progress_handler(None, 0)  # the connection goes back to the pool


def assemble(
    station_name: str, period: Period, previous: Period, current: Raw, before: Raw
) -> AnnualReport:
    sections: dict[str, list[Table]] = {key: [] for key in labels.SECTIONS}
    tables: dict[str, Table] = {}
    for key, title in labels.TABLES.items():
        rows = current.get(key, {})
        old = before.get(key, {})
        keys = (
            list(rows) if key in CURRENT_ROWS_ONLY else [*rows, *(k for k in old if k not in rows)]
        )
        lines = tuple(
            Line(row, row_label(key, row, period), rows.get(row, 0), old.get(row, 0))
            for row in keys
        )
        table = Table(key, labels.t(title), lines)
        tables[key] = table
        sections[key.split(".")[0]].append(table)
    return AnnualReport(
        station_name=station_name,
        period=period,
        previous=previous,
        sections=tuple(
            Section(key, labels.t(title), tuple(sections[key]))
            for key, title in labels.SECTIONS.items()
        ),
        charts=tuple(
            Chart(key, labels.t(title), tables[key], key in COMPARED_CHARTS)
            for key, title in labels.CHARTS.items()
        ),
    )


def row_label(table: str, row: str, period: Period) -> str:
    if table in labels.LINES:
        return labels.t(labels.LINES[table].get(row, row))
    if table == "members.outdoor_by_kind":
        return member_text(OUTDOOR_TEXT.get(row, row))
    if table in ("welfare.campaigns_by_kind", "welfare.packages_by_kind") or table in (
        "welfare.cash_by_kind",
        "welfare.goods_by_kind",
    ):
        return welfare_text(CAMPAIGN_KINDS.get(row, row))
    if table == "rooms.by_purpose":
        return purpose(row)
    if table == "members.joined_by_month":
        months = period.months()
        index = int(row) - 1
        first = months[index][0] if index < len(months) else dt.date(period.first.year, 1, 1)
        return f"{first.year}-{first.month:02d}"
    if table == "members.by_community" and not row:
        return labels.t(labels.NO_COMMUNITY)
    if table == "volunteers.hours_by_community" and not row:
        return labels.t(labels.WHOLE_BRIGADE)
    return row
