"""Service hours exported to a spreadsheet (.xlsx): every attended shift of a year,
and each volunteer's total. No mobiles or ID numbers leave in it.

Text a volunteer or the desk typed that looks like a formula stays text (see
:mod:`station_app.core.xlsx_writer`, the writer of every export).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.xlsx_writer import DECIMAL2, Out, XlsxWriter
from station_app.volunteers import labels
from station_app.volunteers.labels import tr
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.types import HoursLine

HOURS_SHEET = QT_TRANSLATE_NOOP("VolunteersReport", "Hours {year}")
TOTALS_SHEET = QT_TRANSLATE_NOOP("VolunteersReport", "By volunteer")
HOURS_COLUMNS = (
    QT_TRANSLATE_NOOP("VolunteersReport", "Date"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Start"),
    QT_TRANSLATE_NOOP("VolunteersReport", "End"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Service activity"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Kind"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Role"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Name"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Member number"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Team"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Hours"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Hours corrected because"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Overlap allowed because"),
)
HOURS_WIDTHS = (12, 7, 7, 30, 12, 12, 10, 14, 28, 7, 24, 24)
TOTALS_COLUMNS = (
    QT_TRANSLATE_NOOP("VolunteersReport", "Name"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Member number"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Team"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Times served"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Hours"),
)
TOTALS_WIDTHS = (10, 14, 28, 10, 8)


def export_hours_xlsx(out: Out, year: int, lines: Sequence[HoursLine]) -> None:
    per_volunteer: dict[int, list[Any]] = {}
    for line in lines:
        entry = per_volunteer.setdefault(
            line.volunteer_id, [line.name, line.member_no or "", line.team_name, 0, Decimal(0)]
        )
        entry[3] += 1
        entry[4] += line.hours
    totals = sorted(per_volunteer.values(), key=lambda e: (e[2], -e[4], e[0]))
    with XlsxWriter(out) as book:
        book.add_sheet(
            tr(HOURS_SHEET).format(year=year),
            [tr(c) for c in HOURS_COLUMNS],
            (
                [
                    line.starts_at.date(),
                    f"{line.starts_at:%H:%M}",
                    f"{line.ends_at:%H:%M}",
                    line.activity_title,
                    labels.kind(line.kind),
                    line.role,
                    line.name,
                    line.member_no or "",
                    line.team_name,
                    float(line.hours),
                    line.hours_reason,
                    line.override_reason or "",
                ]
                for line in lines
            ),
            widths=HOURS_WIDTHS,
            styles={9: DECIMAL2},
        )
        book.add_sheet(
            tr(TOTALS_SHEET),
            [tr(c) for c in TOTALS_COLUMNS],
            ([name, no, team, times, float(hours)] for name, no, team, times, hours in totals),
            widths=TOTALS_WIDTHS,
            styles={4: DECIMAL2},
        )


def export_year_hours(db: Database, year: int, out: Out) -> int:
    """Every attended shift of ``year``; returns how many lines were written."""
    lines = VolunteerViews(db).hours_lines(year)
    export_hours_xlsx(out, year, lines)
    return len(lines)
