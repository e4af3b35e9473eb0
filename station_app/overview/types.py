"""Plain data of the annual report: a period, lines of figures with last year's value
beside them, tables of lines, sections of tables, and the charts drawn from tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from station_app.overview.labels import DATE_RANGE, YEAR_TO_DATE, t

Number = int | Decimal

# Raw figures of one period, as the queries return them: table key -> row key -> value,
# rows in the order they are shown.
Raw = dict[str, dict[str, Number]]


class FiguresCancelled(Exception):
    """The read was cancelled between two queries (another year chosen, the window
    closed): no report, nothing changed."""


@dataclass(frozen=True)
class Period:
    """From ``first`` to ``last``, both days included."""

    first: dt.date
    last: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def year_to_date(cls, year: int, today: dt.date) -> Period:
        """The year ``year`` as far as it has gone: up to ``today`` for this year (so it
        is compared with the same days of last year), the whole year otherwise."""
        if year == today.year:
            return cls(dt.date(year, 1, 1), today)
        return cls.year(year)

    @property
    def is_year_to_date(self) -> bool:
        """From 1 January to a day before 31 December of the same year."""
        return (
            (self.first.month, self.first.day) == (1, 1)
            and self.first.year == self.last.year
            and not self.is_year
        )

    @property
    def is_year(self) -> bool:
        return (self.first.month, self.first.day, self.last.month, self.last.day) == (
            1,
            1,
            12,
            31,
        ) and self.first.year == self.last.year

    @property
    def start(self) -> dt.datetime:
        """The first moment of the period (for timestamps)."""
        return dt.datetime.combine(self.first, dt.time())

    @property
    def after(self) -> dt.datetime:
        """The first moment after the period (half-open ranges of timestamps)."""
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time())

    def previous(self) -> Period:
        """The same days one year earlier (29 February becomes the 28th)."""
        return Period(_year_before(self.first), _year_before(self.last))

    def months(self) -> list[tuple[dt.date, dt.date]]:
        """The calendar months the period touches, each cut to the period."""
        out = []
        first = self.first
        while first <= self.last:
            next_month = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            out.append((first, min(self.last, next_month - dt.timedelta(days=1))))
            first = next_month
        return out

    def text(self) -> str:
        """2025; 2026（截至 2026-12-06） for a year so far; else first 至 last."""
        if self.is_year:
            return str(self.first.year)
        if self.is_year_to_date:
            return t(YEAR_TO_DATE).format(year=self.first.year, date=self.last.isoformat())
        return t(DATE_RANGE).format(first=self.first.isoformat(), last=self.last.isoformat())


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class Line:
    """One figure: this period's value, the previous period's, and the change."""

    key: str
    label: str
    value: Number
    previous: Number

    @property
    def change(self) -> Number:
        return self.value - self.previous

    @property
    def change_percent(self) -> Decimal | None:
        """The change as a share of last year's value; None when last year was 0."""
        if not self.previous:
            return None
        return (Decimal(self.change) * 100 / Decimal(self.previous)).quantize(Decimal("0.1"))

    @property
    def change_fraction(self) -> Decimal | None:
        """The change as a fraction of last year's value (0.676 for +67.6%), for a
        spreadsheet's per-cent cells; None when last year was 0."""
        if not self.previous:
            return None
        return (Decimal(self.change) / Decimal(self.previous)).quantize(Decimal("0.0001"))


@dataclass(frozen=True)
class Table:
    """Lines under one heading (totals of a section, or one breakdown)."""

    key: str
    title: str
    lines: tuple[Line, ...]

    def line(self, key: str) -> Line:
        for line in self.lines:
            if line.key == key:
                return line
        raise KeyError(key)


@dataclass(frozen=True)
class Section:
    key: str  # units / members / welfare / rooms / volunteers
    title: str
    tables: tuple[Table, ...]

    def table(self, key: str) -> Table:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)


@dataclass(frozen=True)
class Chart:
    """A bar chart of one table's current values (and last year's, when ``compare``)."""

    key: str
    title: str
    table: Table
    compare: bool = False


@dataclass(frozen=True)
class AnnualReport:
    station_name: str
    period: Period
    previous: Period
    sections: tuple[Section, ...]
    charts: tuple[Chart, ...]

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def value(self, section: str, table: str, line: str) -> Number:
        return self.section(section).table(table).line(line).value
