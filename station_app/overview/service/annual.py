"""Every figure of the annual report, computed once: the period's and the same days a
year earlier, merged into labelled lines with the change."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from station_app.core import clock
from station_app.core.db import Database
from station_app.core.models import Station
from station_app.members.labels import OUTDOOR_TEXT
from station_app.members.labels import translated as member_text
from station_app.overview import labels
from station_app.overview.queries import first_day_on_file, period_figures
from station_app.overview.types import AnnualReport, Chart, Line, Period, Raw, Section, Table
from station_app.rooms.labels import purpose
from station_app.welfare.labels import KINDS as CAMPAIGN_KINDS
from station_app.welfare.labels import t as welfare_text

# Tables whose rows are this period's things (campaigns): last year's other rows left out.
CURRENT_ROWS_ONLY = ("welfare.by_campaign",)
COMPARED_CHARTS = ("members.joined_by_month",)
EARLIEST_YEAR = 2000  # the first year offered, however old the oldest record


class AnnualReportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def year(self, year: int) -> AnnualReport:
        """The year's report; this year's runs to today (beside the same days of last
        year), so that a partial year is never set against a whole one."""
        return self.report(Period.year_to_date(year, clock.today()))

    def years(self) -> range:
        """The years a report can be asked for: from the first year with data (at the
        earliest 2000) to this year; only this year on an empty station."""
        this_year = clock.today().year
        with self.db.read() as s:
            first = first_day_on_file(s)
        start = this_year if first is None else first.year
        return range(min(max(start, EARLIEST_YEAR), this_year), this_year + 1)

    def report(self, period: Period) -> AnnualReport:
        previous = period.previous()
        with self.db.read() as s:
            current = period_figures(s, period)
            before = period_figures(s, previous)
            name = s.scalar(select(Station.name).where(Station.id == 1)) or ""
        return assemble(name, period, previous, current, before)


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
