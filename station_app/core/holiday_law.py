"""The statutory holidays of any year, computed from 《全国年节及纪念日放假办法》.

The law fixes the days: 元旦 1 January, 春节 from 除夕 (the revision in force from
2025), 清明 on the solar term, 劳动节 from 1 May, 端午 on 五月初五, 中秋 on 八月十五,
国庆 from 1 October. The lunar dates and the solar term come from ``lunar-python``
(astronomical, any year); nothing here is a table of dates. What the law does not
say is the State Council's yearly arrangement (调休): see ``holiday_notices``.

When two holidays fall on one day (中秋 on 1–3 October, as in 2028) the day counts
once: the year simply has one fewer distinct statutory day, named after both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

NEW_YEAR = "New Year's Day"
SPRING_FESTIVAL = "Spring Festival"
TOMB_SWEEPING = "Tomb-sweeping Day"
LABOUR_DAY = "Labour Day"
DRAGON_BOAT = "Dragon Boat Festival"
MID_AUTUMN = "Mid-autumn Festival"
NATIONAL_DAY = "National Day"
# Joins the names of holidays sharing a day (DayInfo.label() translates each part).
NAME_SEPARATOR = "|"


@dataclass(frozen=True)
class LawVersion:
    """One revision of the law: from which year, and how long each holiday is."""

    first_year: int
    spring_from_eve: bool  # 春节 starts on 除夕 (else on 正月初一)
    spring_days: int
    labour_days: int
    national_days: int
    traditional: bool  # 清明, 端午 and 中秋 are holidays


# Revisions by the first year they govern in full (the 1949 rules stand in for any
# earlier year).
VERSIONS = (
    LawVersion(
        1950,
        spring_from_eve=False,
        spring_days=3,
        labour_days=1,
        national_days=2,
        traditional=False,
    ),
    LawVersion(
        2000,
        spring_from_eve=False,
        spring_days=3,
        labour_days=3,
        national_days=3,
        traditional=False,
    ),
    LawVersion(
        2008, spring_from_eve=True, spring_days=3, labour_days=1, national_days=3, traditional=True
    ),
    LawVersion(
        2014, spring_from_eve=False, spring_days=3, labour_days=1, national_days=3, traditional=True
    ),
    LawVersion(
        2025, spring_from_eve=True, spring_days=4, labour_days=2, national_days=3, traditional=True
    ),
)


@dataclass(frozen=True)
class StatutoryHoliday:
    name: str  # English, the catalogue's (translated when shown)
    days: tuple[dt.date, ...]


def version_for(year: int) -> LawVersion:
    return next((v for v in reversed(VERSIONS) if v.first_year <= year), VERSIONS[0])


def _run(first: dt.date, count: int) -> tuple[dt.date, ...]:
    return tuple(first + dt.timedelta(days=i) for i in range(count))


def _lunar(year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar  # on first use: keeps it off the start-up path

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def _qingming(year: int) -> dt.date:
    # The lunar year's table of solar terms; 清明 of lunar year Y falls in April of Y.
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> tuple[StatutoryHoliday, ...]:
    """The year's holidays in the law's order, each with its days."""
    law = version_for(year)
    new_year = _lunar(year, 1, 1)
    spring_first = new_year - dt.timedelta(days=1) if law.spring_from_eve else new_year
    found = [
        StatutoryHoliday(NEW_YEAR, (dt.date(year, 1, 1),)),
        StatutoryHoliday(SPRING_FESTIVAL, _run(spring_first, law.spring_days)),
    ]
    if law.traditional:
        found.append(StatutoryHoliday(TOMB_SWEEPING, (_qingming(year),)))
    found.append(StatutoryHoliday(LABOUR_DAY, _run(dt.date(year, 5, 1), law.labour_days)))
    if law.traditional:
        found.append(StatutoryHoliday(DRAGON_BOAT, (_lunar(year, 5, 5),)))
        found.append(StatutoryHoliday(MID_AUTUMN, (_lunar(year, 8, 15),)))
    found.append(StatutoryHoliday(NATIONAL_DAY, _run(dt.date(year, 10, 1), law.national_days)))
    return tuple(found)


@lru_cache(maxsize=64)
def statutory_days(year: int) -> Mapping[dt.date, str]:
    """Every distinct statutory day of ``year`` with its name, sorted by date; a day two
    holidays share is listed once, its names joined by :data:`NAME_SEPARATOR`."""
    names: dict[dt.date, list[str]] = {}
    for holiday in statutory_holidays(year):
        for day in holiday.days:
            names.setdefault(day, []).append(holiday.name)
    return MappingProxyType({day: NAME_SEPARATOR.join(names[day]) for day in sorted(names)})


def statutory_name(date: dt.date) -> str | None:
    """The holiday ``date`` is by law, or None for any other day."""
    return statutory_days(date.year).get(date)
