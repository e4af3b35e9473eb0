"""Statutory holidays, adjusted working days (调休) and the station's own overrides.

What a date is, first answer wins:

1. the ``holiday_override`` table, filled by an administrator in settings (a holiday
   or a working day for any date of any year);
2. the law (``holiday_law``): the statutory holidays of every year, computed from
   the lunar calendar and the solar term, known or not;
3. the State Council's yearly arrangement (调休): as an administrator entered it
   (``holiday_notices``), else as ``chinesecalendar`` has it for the years it knows
   (1.11.0 stops at 2026; it raises for any other year and is wrapped here so that
   nothing else ever calls it);
4. weekday rules: Monday to Friday open, Saturday and Sunday closed.

A year with no arrangement (neither entered nor in the library) still has its
statutory holidays; :func:`year_source` tells the UI to show the notice that asks
an administrator to enter the arrangement.

Day kinds: ``workday``, ``weekend``, ``holiday`` (statutory holiday, including the
weekend days inside a holiday period) and ``adjusted_workday`` (a Saturday or
Sunday worked in lieu). A day's source: ``law``, ``notice`` (the arrangement),
``override`` or ``week`` (an ordinary day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import chinese_calendar
from sqlalchemy import CheckConstraint, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from station_app.core import audit
from station_app.core import holiday_notices as notices
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ValidationError
from station_app.core.holiday_law import NAME_SEPARATOR, statutory_name
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.core.orm import Base
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

# Where a day's kind comes from (DayInfo.source; the CLI prints the first three).
SOURCE_LAW = "law"  # a statutory holiday
SOURCE_NOTICE = "notice"  # the State Council's arrangement: entered or in the library
SOURCE_OVERRIDE = "override"  # the station's own entry
SOURCE_WEEK = "week"  # an ordinary weekday or weekend
# Where a year's arrangement comes from (see :func:`year_source`).
SOURCE_LIBRARY = "library"
SOURCE_ENTERED = "entered"
SOURCE_NONE = "none"  # statutory holidays and weekday rules only: show the notice

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
NAMES_JOINED = QT_TRANSLATE_NOOP("Holidays", "{first}/{second}")
MISSING_DATA_NOTICE = QT_TRANSLATE_NOOP(
    "Holidays",
    "{year}'s days off and working days in lieu (State Council notice) are not entered: "
    "only the statutory holidays are closed. An administrator enters them in Room "
    "bookings › Holidays… › Enter the year's arrangement…",
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
    name: str = ""  # holiday name: English (see HOLIDAY_NAMES, "|" between two) or the override's
    source: str = SOURCE_WEEK  # law / notice / override / week: where ``kind`` comes from

    @property
    def is_open(self) -> bool:
        """Rooms may be booked on this day (subject to their opening hours)."""
        return self.kind in OPEN_KINDS

    def label(self) -> str:
        """The holiday's name for the desk (built-in names translated; two holidays on
        one day, like 中秋 on 国庆 in 2028, joined)."""
        if self.source == SOURCE_OVERRIDE:  # the station's own words
            return translate(HOLIDAY_CONTEXT, self.name) if self.name else ""
        return name_label(self.name)


def name_label(name: str) -> str:
    """A built-in holiday name for the desk: translated, two names joined."""
    if not name:
        return ""
    parts = [translate(HOLIDAY_CONTEXT, part) for part in name.split(NAME_SEPARATOR)]
    text = parts[0]
    for part in parts[1:]:
        text = translate(HOLIDAY_CONTEXT, NAMES_JOINED).format(first=text, second=part)
    return text


@dataclass(frozen=True)
class OverrideRow:
    date: dt.date
    kind: str
    name: str


class LocalDays(dict[dt.date, OverrideRow]):
    """What the database says about a stretch of days: the overrides (the mapping
    itself) and the days of entered arrangements (``notice_days``)."""

    def __init__(
        self,
        overrides: Mapping[dt.date, OverrideRow] | None = None,
        notice_days: Mapping[dt.date, notices.NoticeDay] | None = None,
    ) -> None:
        super().__init__(overrides or {})
        self.notice_days = dict(notice_days or {})


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
            return DayInfo(date, WEEKEND, "", SOURCE_WEEK)
        return DayInfo(date, HOLIDAY, str(name), SOURCE_NOTICE)
    if weekend:  # a weekend day that is worked in lieu
        return DayInfo(date, ADJUSTED_WORKDAY, str(name or ""), SOURCE_NOTICE)
    return DayInfo(date, WORKDAY, "", SOURCE_WEEK)


def _weekday_rule(date: dt.date) -> DayInfo:
    return DayInfo(date, WEEKEND if date.weekday() >= 5 else WORKDAY, "", SOURCE_WEEK)


def _notice_day(day: notices.NoticeDay) -> DayInfo:
    if day.kind == notices.NOTICE_OFF:
        return DayInfo(day.date, HOLIDAY, day.name, SOURCE_NOTICE)
    kind = ADJUSTED_WORKDAY if day.date.weekday() >= 5 else WORKDAY
    return DayInfo(day.date, kind, day.name, SOURCE_NOTICE)


def day_info(date: dt.date, overrides: Mapping[dt.date, OverrideRow] | None = None) -> DayInfo:
    """What ``date`` is: an override wins, then the law, then the year's arrangement
    (entered, else the library's), then weekday rules. Pass :func:`load_overrides`'s
    answer so that entered arrangements count."""
    if isinstance(date, dt.datetime):
        date = date.date()
    override = (overrides or {}).get(date)
    if override is not None:
        if override.kind == OVERRIDE_HOLIDAY:
            return DayInfo(date, HOLIDAY, override.name, SOURCE_OVERRIDE)
        kind = ADJUSTED_WORKDAY if date.weekday() >= 5 else WORKDAY
        return DayInfo(date, kind, override.name, SOURCE_OVERRIDE)
    name = statutory_name(date)
    if name is not None:
        return DayInfo(date, HOLIDAY, name, SOURCE_LAW)
    entered = overrides.notice_days.get(date) if isinstance(overrides, LocalDays) else None
    if entered is not None:
        return _notice_day(entered)
    return _library_day(date) or _weekday_rule(date)


def day_kind(date: dt.date, overrides: Mapping[dt.date, OverrideRow] | None = None) -> str:
    """``workday`` | ``weekend`` | ``holiday`` | ``adjusted_workday``."""
    return day_info(date, overrides).kind


def year_source(year: int, entered: set[int] | frozenset[int] = frozenset()) -> str:
    """Where ``year``'s arrangement (调休) comes from: ``entered`` by an administrator,
    the ``library``, or ``none`` (statutory holidays and weekday rules: show the notice)."""
    if year in entered:
        return SOURCE_ENTERED
    return SOURCE_LIBRARY if year_is_known(year) else SOURCE_NONE


def missing_data_notice(year: int) -> str:
    """The sentence shown over a year whose arrangement nobody entered."""
    return translate(HOLIDAY_CONTEXT, MISSING_DATA_NOTICE).format(year=year)


# --- overrides in the database --------------------------------------------------------------


def load_overrides(session: Session, start: dt.date, end: dt.date) -> LocalDays:
    """The database's word on ``start <= date <= end`` (inclusive): the overrides, and
    the days of entered arrangements. Hand it to :func:`day_info`."""
    t = HolidayOverride.__table__
    rows = session.execute(
        select(t.c.date, t.c.kind, t.c.name).where(t.c.date >= start, t.c.date <= end)
    )
    return LocalDays(
        {row.date: OverrideRow(row.date, row.kind, row.name) for row in rows},
        notices.load_days(session, start, end),
    )


def years_without_arrangement(session: Session, years: set[int]) -> list[int]:
    """Which of ``years`` (sorted) have no arrangement, entered or in the library."""
    unknown = {y for y in years if not year_is_known(y)}
    return sorted(unknown - notices.entered_years(session, unknown))


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
            return year_source(year, notices.entered_years(s, {year}))

    def notice(self, date: dt.date) -> str | None:
        """The sentence asking for the arrangement when ``date``'s year has none."""
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

    # --- the yearly arrangement (调休) --------------------------------------------------

    def arrangement(self, year: int) -> notices.Arrangement | None:
        """The arrangement an administrator entered for ``year``, or None."""
        with self.db.read() as s:
            if not notices.entered_years(s, {year}):
                return None
            return notices.as_arrangement(year, notices.year_days(s, year))

    def draft_arrangement(self, year: int) -> notices.Arrangement:
        """What the dialog starts from: the entered arrangement, else the statutory days."""
        return self.arrangement(year) or notices.draft(year)

    def set_arrangement(self, actor: Actor, arrangement: notices.Arrangement) -> None:
        """Enters (or replaces) a year's arrangement as the State Council published it
        (audited). Refused for a year the library knows: overrides change single days."""
        require_admin(actor)
        if year_is_known(arrangement.year):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The arrangement for {year} is built in: change single days as the "
                    "station's own entries instead.",
                ),
                field="year",
                year=arrangement.year,
            )
        with self.db.transaction() as s:
            before = notices.replace(s, actor.id, arrangement)
            audit.record(
                s,
                actor,
                "update" if before else "create",
                "holiday_notice",
                arrangement.year,
                before=before,
                after=arrangement.summary(),
            )

    def remove_arrangement(self, actor: Actor, year: int) -> bool:
        """Back to statutory holidays and weekday rules for ``year``; False when nothing
        was entered."""
        require_admin(actor)
        with self.db.transaction() as s:
            before = notices.remove(s, year)
            if before is None:
                return False
            audit.record(s, actor, "delete", "holiday_notice", year, before=before)
            return True
