"""The State Council's yearly arrangement (调休) of a year the library does not know.

The law fixes the statutory days (``holiday_law``); the yearly notice adds the days
off around them and the weekend days worked in lieu. An administrator enters a new
year's notice as ranges of days off and of working days. Rules checked here:

* every range of days off contains or touches a statutory holiday of that year, and
  is named after the holidays it contains or touches;
* every working day is a Saturday or Sunday, is no statutory day, lies within two
  weeks of some days off, and is named after the nearest of them;
* no date is entered twice; a range is at most :data:`MAX_RANGE_DAYS` days.

Stored one row per date (``holiday_notice_day``, the date the key, so the database
keeps one verdict per date) under the year's ``holiday_notice`` row, which says
that the year's arrangement is known even when it adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from station_app.core import clock
from station_app.core.errors import ValidationError
from station_app.core.holiday_law import NAME_SEPARATOR, statutory_days, statutory_holidays
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.orm import Base

NOTICE_OFF = "holiday"
NOTICE_WORK = "workday"
MAX_RANGE_DAYS = 12  # the longest notice so far gave 10 days (2020): a typo guard
MAX_GAP_DAYS = 14  # a working day in lieu sits next to its holiday
NOTICE_NAME_LENGTH = 80
FIRST_YEAR, LAST_YEAR = 2000, 2099


class HolidayNotice(Base):
    """A year whose arrangement an administrator entered."""

    __tablename__ = "holiday_notice"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entered_at: Mapped[dt.datetime] = mapped_column(default=clock.now)
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class HolidayNoticeDay(Base):
    """One day of an entered arrangement: off (``holiday``) or worked (``workday``)."""

    __tablename__ = "holiday_notice_day"
    __table_args__ = (CheckConstraint("kind IN ('holiday', 'workday')", name="kind"),)

    date: Mapped[dt.date] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(
        ForeignKey("holiday_notice.year", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(NOTICE_NAME_LENGTH))


@dataclass(frozen=True)
class DayRange:
    first: dt.date
    last: dt.date

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def text(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


@dataclass(frozen=True)
class Arrangement:
    """A year's notice as the administrator enters it."""

    year: int
    days_off: tuple[DayRange, ...] = ()
    workdays: tuple[DayRange, ...] = ()

    def summary(self) -> dict[str, str]:
        """For the audit log."""
        return {
            "days_off": ", ".join(r.text() for r in self.days_off),
            "workdays": ", ".join(r.text() for r in self.workdays),
        }


@dataclass(frozen=True)
class NoticeDay:
    date: dt.date
    kind: str  # NOTICE_OFF | NOTICE_WORK
    name: str  # English holiday name(s), NAME_SEPARATOR between two


def _refuse(text: str, field: str = "ranges", **params: object) -> ValidationError:
    return ValidationError(text, field=field, **params)


def draft(year: int) -> Arrangement:
    """A start for the dialog: each statutory holiday's days as one range of days off
    (holidays that share or touch days merged), no working days."""
    ranges: list[DayRange] = []
    for day in statutory_days(year):
        if ranges and day <= ranges[-1].last + dt.timedelta(days=1):
            ranges[-1] = DayRange(ranges[-1].first, max(day, ranges[-1].last))
        else:
            ranges.append(DayRange(day, day))
    return Arrangement(year, tuple(ranges), ())


def names_touching(year: int, days_off: DayRange) -> str:
    """The statutory holidays of ``year`` that the range contains or touches, in the
    law's order ("" for none)."""
    near = set(
        DayRange(days_off.first - dt.timedelta(days=1), days_off.last + dt.timedelta(1)).days()
    )
    names = [h.name for h in statutory_holidays(year) if near & set(h.days)]
    return NAME_SEPARATOR.join(names)


def _gap(day: dt.date, days_off: DayRange) -> int:
    if day < days_off.first:
        return (days_off.first - day).days
    return max((day - days_off.last).days, 0)


def plan(arrangement: Arrangement) -> list[NoticeDay]:
    """The days an arrangement stores, or a ValidationError with the sentence."""
    year = arrangement.year
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "Enter a year from {first} to {last}."),
            field="year",
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    for entered in (*arrangement.days_off, *arrangement.workdays):
        if entered.last < entered.first:
            raise _refuse(
                QT_TRANSLATE_NOOP("Errors", "{first} to {last}: the range ends before it starts."),
                first=entered.first.isoformat(),
                last=entered.last.isoformat(),
            )
        if (entered.last - entered.first).days + 1 > MAX_RANGE_DAYS:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Errors", "{first} to {last} is longer than {n} days: check the dates."
                ),
                first=entered.first.isoformat(),
                last=entered.last.isoformat(),
                n=MAX_RANGE_DAYS,
            )
    planned: dict[dt.date, NoticeDay] = {}
    off_names: list[tuple[DayRange, str]] = []
    for days_off in sorted(arrangement.days_off, key=lambda r: r.first):
        name = names_touching(year, days_off)
        if not name:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Days off from {first} to {last} neither contain nor touch a statutory "
                    "holiday of {year}.",
                ),
                first=days_off.first.isoformat(),
                last=days_off.last.isoformat(),
                year=year,
            )
        off_names.append((days_off, name))
        for day in days_off.days():
            if day in planned:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Errors", "{date} is entered twice."), date=day.isoformat()
                )
            planned[day] = NoticeDay(day, NOTICE_OFF, name)
    for worked in sorted(arrangement.workdays, key=lambda r: r.first):
        for day in worked.days():
            _check_workday(year, day, planned, off_names)
            planned[day] = NoticeDay(day, NOTICE_WORK, workday_name(day, off_names))
    return sorted(planned.values(), key=lambda d: d.date)


def workday_name(day: dt.date, named_days_off: Sequence[tuple[DayRange, str]]) -> str:
    """A working day in lieu belongs to the nearest days off (the earlier on a tie)."""
    if not named_days_off:
        return ""
    return min(named_days_off, key=lambda pair: (_gap(day, pair[0]), pair[0].first))[1]


def _check_workday(
    year: int,
    day: dt.date,
    planned: dict[dt.date, NoticeDay],
    off_names: Sequence[tuple[DayRange, str]],
) -> None:
    if day.weekday() < 5:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{date} is not a Saturday or Sunday: a working day in lieu is always a "
                "weekend day.",
            ),
            date=day.isoformat(),
        )
    if day in planned:
        if planned[day].kind == NOTICE_OFF:
            raise _refuse(
                QT_TRANSLATE_NOOP("Errors", "{date} cannot be both a day off and a working day."),
                date=day.isoformat(),
            )
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "{date} is entered twice."), date=day.isoformat())
    if day in statutory_days(day.year):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "{date} is a statutory holiday: it cannot be a working day."
            ),
            date=day.isoformat(),
        )
    if not any(_gap(day, r) <= MAX_GAP_DAYS for r, _ in off_names):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{date} is more than {n} days away from any days off of {year}: a working "
                "day in lieu belongs to a holiday.",
            ),
            date=day.isoformat(),
            n=MAX_GAP_DAYS,
            year=year,
        )


def as_arrangement(year: int, days: Iterable[NoticeDay]) -> Arrangement:
    """Stored days back into ranges (consecutive days of one kind and name)."""
    off: list[DayRange] = []
    work: list[DayRange] = []
    last: NoticeDay | None = None
    for day in sorted(days, key=lambda d: d.date):
        target = off if day.kind == NOTICE_OFF else work
        joined = (
            last is not None
            and (last.kind, last.name) == (day.kind, day.name)
            and day.date - last.date == dt.timedelta(days=1)
        )
        if joined:
            target[-1] = DayRange(target[-1].first, day.date)
        else:
            target.append(DayRange(day.date, day.date))
        last = day
    return Arrangement(year, tuple(off), tuple(work))


# --- reading ----------------------------------------------------------------------------


def load_days(session: Session, start: dt.date, end: dt.date) -> dict[dt.date, NoticeDay]:
    """Entered days for ``start <= date <= end``."""
    t = HolidayNoticeDay.__table__
    rows = session.execute(
        select(t.c.date, t.c.kind, t.c.name).where(t.c.date >= start, t.c.date <= end)
    )
    return {row.date: NoticeDay(row.date, row.kind, row.name) for row in rows}


def entered_years(session: Session, years: Iterable[int]) -> set[int]:
    """Which of ``years`` have an entered arrangement."""
    wanted = set(years)
    if not wanted:
        return set()
    t = HolidayNotice.__table__
    return set(session.scalars(select(t.c.year).where(t.c.year.in_(wanted))))


def year_days(session: Session, year: int) -> list[NoticeDay]:
    t = HolidayNoticeDay.__table__
    rows = session.execute(
        select(t.c.date, t.c.kind, t.c.name).where(t.c.year == year).order_by(t.c.date)
    )
    return [NoticeDay(*row) for row in rows]


# --- writing (HolidayService checks the actor and opens the transaction) -----------------


def replace(session: Session, actor_id: int | None, arrangement: Arrangement) -> dict[str, str]:
    """Stores ``arrangement`` in place of the year's previous one; returns the previous
    summary ({} when there was none) for the audit row."""
    days = plan(arrangement)
    before = _remove(session, arrangement.year)
    session.add(HolidayNotice(year=arrangement.year, entered_by=actor_id))
    session.flush()
    session.add_all(
        HolidayNoticeDay(date=d.date, year=arrangement.year, kind=d.kind, name=d.name) for d in days
    )
    session.flush()
    return before


def remove(session: Session, year: int) -> dict[str, str] | None:
    """Deletes the year's arrangement; its summary, or None when there was none."""
    if not entered_years(session, (year,)):
        return None
    return _remove(session, year)


def _remove(session: Session, year: int) -> dict[str, str]:
    if not entered_years(session, (year,)):
        return {}
    before = as_arrangement(year, year_days(session, year)).summary()
    session.execute(HolidayNoticeDay.__table__.delete().where(HolidayNoticeDay.year == year))
    session.execute(HolidayNotice.__table__.delete().where(HolidayNotice.year == year))
    session.flush()
    return before
