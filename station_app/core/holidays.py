"""Statutory holidays, adjusted working days (调休) and the station's own overrides.

``chinesecalendar`` knows the State Council's arrangements only up to the year it
was released for (1.11.0 stops at 2026) and raises for any other year. It is
wrapped here so that nothing else ever calls it:

* a year the library knows: its holidays and adjusted working days;
* a year it does not know: plain weekday rules (Monday to Friday open), and
  :func:`year_is_known` tells the UI to show a notice;
* the ``holiday_override`` table, filled by an administrator in settings, wins
  over both (a holiday or working day for any date of any year).

Day kinds: ``workday``, ``weekend``, ``holiday`` (statutory holiday, including the
weekend days inside a holiday period) and ``adjusted_workday`` (a Saturday or
Sunday worked in lieu).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import chinese_calendar
from sqlalchemy import CheckConstraint, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from station_app.core import audit
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.core.models import Base
from station_app.core.text import clean_text

WORKDAY = "workday"
WEEKEND = "weekend"
HOLIDAY = "holiday"
ADJUSTED_WORKDAY = "adjusted_workday"
DAY_KINDS = (WORKDAY, WEEKEND, HOLIDAY, ADJUSTED_WORKDAY)
OPEN_KINDS = frozenset((WORKDAY, ADJUSTED_WORKDAY))

# What an override says a date is.
OVERRIDE_HOLIDAY = "holiday"
OVERRIDE_WORKDAY = "workday"
OVERRIDE_KINDS = (OVERRIDE_HOLIDAY, OVERRIDE_WORKDAY)

# Where a year's holiday data comes from (see :func:`year_source`).
SOURCE_LIBRARY = "library"
SOURCE_LOCAL = "local"  # only the station's overrides
SOURCE_NONE = "none"  # weekday rules only: show the notice

HOLIDAY_CONTEXT = "Holidays"
# The library's English holiday names, for the catalogue (translated when shown).
HOLIDAY_NAMES = (
    QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
    QT_TRANSLATE_NOOP("Holidays", "Spring Festival"),
    QT_TRANSLATE_NOOP("Holidays", "Tomb-sweeping Day"),
    QT_TRANSLATE_NOOP("Holidays", "Labour Day"),
    QT_TRANSLATE_NOOP("Holidays", "Dragon Boat Festival"),
    QT_TRANSLATE_NOOP("Holidays", "National Day"),
    QT_TRANSLATE_NOOP("Holidays", "Mid-autumn Festival"),
    QT_TRANSLATE_NOOP("Holidays", "Anti-Fascist 70th Day"),
)
MISSING_DATA_NOTICE = QT_TRANSLATE_NOOP(
    "Holidays",
    "There is no holiday data for {year}: weekends are closed and every weekday is open. "
    "An administrator can enter the year's holidays and adjusted working days in settings.",
)
OVERRIDE_NAME_LENGTH = 40


class HolidayOverride(Base):
    """A date the station declares a holiday or a working day; wins over the library."""

    __tablename__ = "holiday_override"
    __table_args__ = (CheckConstraint("kind IN ('holiday', 'workday')", name="kind"),)

    date: Mapped[dt.date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(OVERRIDE_NAME_LENGTH), default="")


@dataclass(frozen=True)
class DayInfo:
    date: dt.date
    kind: str  # one of DAY_KINDS
    name: str = ""  # holiday name: the library's (English, see HOLIDAY_NAMES) or the override's
    source: str = SOURCE_NONE  # library / local / none: where ``kind`` comes from

    @property
    def is_open(self) -> bool:
        """Rooms may be booked on this day (subject to their opening hours)."""
        return self.kind in OPEN_KINDS

    def label(self) -> str:
        """The holiday's name for the desk (library names translated)."""
        return translate(HOLIDAY_CONTEXT, self.name) if self.name else ""


@dataclass(frozen=True)
class OverrideRow:
    date: dt.date
    kind: str
    name: str


# --- the library, wrapped -----------------------------------------------------------------


def _library_years() -> tuple[int, int]:
    try:
        known = chinese_calendar.holidays.keys()
        return min(known).year, max(known).year
    except Exception:  # a broken or empty data table: no year is known
        return 1, 0


_FIRST_YEAR, _LAST_YEAR = _library_years()


def year_is_known(year: int) -> bool:
    """True when chinesecalendar has the State Council's arrangement for ``year``."""
    return _FIRST_YEAR <= year <= _LAST_YEAR


def library_years() -> tuple[int, int]:
    """First and last year the bundled chinesecalendar knows."""
    return _FIRST_YEAR, _LAST_YEAR


def _library_day(date: dt.date) -> DayInfo | None:
    """The library's verdict, or None when it does not know the year (or fails)."""
    if not year_is_known(date.year):
        return None
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(date)
    except Exception:  # NotImplementedError for unknown years, anything else: weekday rules
        return None
    weekend = date.weekday() >= 5
    if on_holiday:
        if name is None:  # an ordinary Saturday or Sunday
            return DayInfo(date, WEEKEND, "", SOURCE_LIBRARY)
        return DayInfo(date, HOLIDAY, str(name), SOURCE_LIBRARY)
    if weekend:  # a weekend day that is worked in lieu
        return DayInfo(date, ADJUSTED_WORKDAY, str(name or ""), SOURCE_LIBRARY)
    return DayInfo(date, WORKDAY, "", SOURCE_LIBRARY)


def _weekday_rule(date: dt.date) -> DayInfo:
    return DayInfo(date, WEEKEND if date.weekday() >= 5 else WORKDAY, "", SOURCE_NONE)


def day_info(date: dt.date, overrides: Mapping[dt.date, OverrideRow] | None = None) -> DayInfo:
    """What ``date`` is: an override wins, then the library, then weekday rules."""
    if isinstance(date, dt.datetime):
        date = date.date()
    override = (overrides or {}).get(date)
    if override is not None:
        if override.kind == OVERRIDE_HOLIDAY:
            return DayInfo(date, HOLIDAY, override.name, SOURCE_LOCAL)
        kind = ADJUSTED_WORKDAY if date.weekday() >= 5 else WORKDAY
        return DayInfo(date, kind, override.name, SOURCE_LOCAL)
    return _library_day(date) or _weekday_rule(date)


def day_kind(date: dt.date, overrides: Mapping[dt.date, OverrideRow] | None = None) -> str:
    """``workday`` | ``weekend`` | ``holiday`` | ``adjusted_workday``."""
    return day_info(date, overrides).kind


def year_source(year: int, override_years: set[int] | frozenset[int] = frozenset()) -> str:
    """``library`` when chinesecalendar knows the year, ``local`` when only the station's
    overrides cover it, ``none`` when nothing does (weekday rules: show the notice)."""
    if year_is_known(year):
        return SOURCE_LIBRARY
    return SOURCE_LOCAL if year in override_years else SOURCE_NONE


def missing_data_notice(year: int) -> str:
    """The sentence the calendar shows over a year without holiday data."""
    return translate(HOLIDAY_CONTEXT, MISSING_DATA_NOTICE).format(year=year)


# --- overrides in the database --------------------------------------------------------------


def load_overrides(session: Session, start: dt.date, end: dt.date) -> dict[dt.date, OverrideRow]:
    """Overrides for ``start <= date <= end`` (inclusive)."""
    t = HolidayOverride.__table__
    rows = session.execute(
        select(t.c.date, t.c.kind, t.c.name).where(t.c.date >= start, t.c.date <= end)
    )
    return {row.date: OverrideRow(row.date, row.kind, row.name) for row in rows}


def years_with_overrides(session: Session, years: set[int]) -> set[int]:
    """Which of ``years`` have at least one override."""
    found: set[int] = set()
    t = HolidayOverride.__table__
    for year in years:
        first = session.scalar(
            select(t.c.date)
            .where(t.c.date >= dt.date(year, 1, 1), t.c.date <= dt.date(year, 12, 31))
            .limit(1)
        )
        if first is not None:
            found.add(year)
    return found


def days_between(session: Session, start: dt.date, end: dt.date) -> list[DayInfo]:
    """Every day from ``start`` to ``end`` inclusive, overrides applied."""
    overrides = load_overrides(session, start, end)
    count = (end - start).days + 1
    return [day_info(start + dt.timedelta(days=i), overrides) for i in range(max(count, 0))]


class HolidayService:
    """Reading the calendar (everyone) and editing the overrides (administrators)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def day(self, date: dt.date) -> DayInfo:
        with self.db.read() as s:
            return day_info(date, load_overrides(s, date, date))

    def days(self, start: dt.date, end: dt.date) -> list[DayInfo]:
        with self.db.read() as s:
            return days_between(s, start, end)

    def year_source(self, year: int) -> str:
        with self.db.read() as s:
            return year_source(year, years_with_overrides(s, {year}))

    def notice(self, date: dt.date) -> str | None:
        """The missing-data sentence when ``date``'s year has no holiday data at all."""
        if self.year_source(date.year) == SOURCE_NONE:
            return missing_data_notice(date.year)
        return None

    def list_overrides(self, year: int | None = None) -> list[OverrideRow]:
        t = HolidayOverride.__table__
        stmt = select(t.c.date, t.c.kind, t.c.name).order_by(t.c.date)
        if year is not None:
            stmt = stmt.where(t.c.date >= dt.date(year, 1, 1), t.c.date <= dt.date(year, 12, 31))
        with self.db.read() as s:
            return [OverrideRow(*row) for row in s.execute(stmt)]

    def set_override(self, actor: Actor, date: dt.date, kind: str, name: str = "") -> None:
        """Adds or replaces the override of ``date`` (audited)."""
        require_admin(actor)
        if kind not in OVERRIDE_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A date is either a holiday or a working day."),
                field="kind",
            )
        name = clean_text(name, field="name")
        if len(name) > OVERRIDE_NAME_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The name may have at most {n} characters."),
                field="name",
                n=OVERRIDE_NAME_LENGTH,
            )
        with self.db.transaction() as s:
            row = s.get(HolidayOverride, date)
            before = {"kind": row.kind, "name": row.name} if row is not None else {}
            if row is None:
                s.add(HolidayOverride(date=date, kind=kind, name=name))
            else:
                row.kind, row.name = kind, name
            s.flush()
            audit.record(
                s,
                actor,
                "update" if before else "create",
                "holiday_override",
                date.isoformat(),
                before=before,
                after={"kind": kind, "name": name},
            )

    def remove_override(self, actor: Actor, date: dt.date) -> bool:
        """Back to the library's verdict for ``date``; False when there was none."""
        require_admin(actor)
        with self.db.transaction() as s:
            row = s.get(HolidayOverride, date)
            if row is None:
                return False
            before = {"kind": row.kind, "name": row.name}
            s.execute(delete(HolidayOverride).where(HolidayOverride.date == date))
            audit.record(s, actor, "delete", "holiday_override", date.isoformat(), before=before)
            return True
