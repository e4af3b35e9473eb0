"""station-app holidays YEAR: the year's non-ordinary days, one line each.

``YYYY-MM-DD kind name source``, sorted by date: kind ``holiday`` (closed) or
``workday`` (a weekend day worked in lieu, or a station's working-day entry); name
as the desk sees it (a working day in lieu is named after the holiday it belongs
to; ``-`` when there is none); source ``law`` (statutory), ``notice`` (the State
Council's arrangement, entered or built in) or ``override`` (the station's entry).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the holiday law and calendars load when the command runs
    from station_app.core.db import Database

NO_ARRANGEMENT = QT_TRANSLATE_NOOP(
    "Holidays", "{year}: no arrangement of days in lieu entered, statutory holidays only."
)


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "holidays", help="the year's holidays and working days in lieu, one line a day"
    )
    command.add_argument("year", type=int, help="YYYY")


def lines(db: Database, year: int) -> list[str]:
    from station_app.core import holidays

    service = holidays.HolidayService(db)
    days = service.days(dt.date(year, 1, 1), dt.date(year, 12, 31))
    found = []
    for day in days:
        override = day.source == holidays.SOURCE_OVERRIDE
        if day.kind == holidays.HOLIDAY:
            kind = "holiday"
        elif day.kind == holidays.ADJUSTED_WORKDAY or override:
            kind = "workday"
        else:
            continue
        found.append(f"{day.date.isoformat()} {kind} {day.label() or '-'} {day.source}")
    return found


def run(args: argparse.Namespace, db: Database) -> int:
    from station_app.core import holidays

    if not 1 <= args.year <= 9999:
        print(f"not a year: {args.year}", file=sys.stderr)
        return 2
    for line in lines(db, args.year):
        print(line)
    if holidays.HolidayService(db).year_source(args.year) == holidays.SOURCE_NONE:
        print(translate("Holidays", NO_ARRANGEMENT).format(year=args.year), file=sys.stderr)
    return 0
