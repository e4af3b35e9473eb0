"""The monthly usage report: bookings, hours, completions, no-shows, those not yet
closed and cancellations by room, and bookings by purpose."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.pdf import Out, PageInfo, build_pdf, data_table, para, title_block
from station_app.rooms import labels
from station_app.rooms.labels import tr
from station_app.rooms.reports import words
from station_app.rooms.reports.common import station_page_info
from station_app.rooms.service import CalendarService
from station_app.rooms.types import UsageReport


def usage_story(report: UsageReport) -> list[Flowable]:
    rows: list[list[object]] = [
        [
            r.room_name,
            r.bookings,
            f"{r.hours_booked:.1f}",
            r.completed,
            r.no_shows,
            r.not_closed,
            r.cancelled,
        ]
        for r in report.rooms
    ]
    rows.append(
        [
            tr(words.TOTAL),
            report.total_bookings,
            f"{report.total_hours:.1f}",
            sum(r.completed for r in report.rooms),
            report.total_no_shows,
            sum(r.not_closed for r in report.rooms),
            sum(r.cancelled for r in report.rooms),
        ]
    )
    header = [
        tr(c)
        for c in (
            words.ROOM,
            words.COL_BOOKINGS,
            words.COL_HOURS,
            words.COL_COMPLETED,
            words.COL_NO_SHOWS,
            words.COL_NOT_CLOSED,  # so that bookings = completed + no-shows + not closed
            words.COL_CANCELLED,
        )
    ]
    purposes = [[labels.purpose(code), count] for code, count in report.by_purpose.items()]
    purposes.append([tr(words.TOTAL), sum(report.by_purpose.values())])
    return [
        title_block(tr(words.USAGE_HEADING).format(year=report.year, month=report.month)),
        para(tr(words.USAGE_BY_ROOM), "heading"),
        data_table(
            header,
            rows,
            [44 * mm, 20 * mm, 28 * mm, 20 * mm, 20 * mm, 22 * mm, 20 * mm],
            align_right={1, 2, 3, 4, 5, 6},
        ),
        para(tr(words.USAGE_BY_PURPOSE), "heading"),
        data_table(
            [tr(words.PURPOSE), tr(words.COL_BOOKINGS)],
            purposes,
            [60 * mm, 30 * mm],
            align_right={1},
        ),
    ]


def build_usage_report(out: Out, info: PageInfo, report: UsageReport) -> None:
    build_pdf(out, info, usage_story(report))


def print_usage_report(db: Database, actor: Actor, year: int, month: int, out: Out) -> None:
    report = CalendarService(db).usage_report(year, month)
    build_usage_report(out, station_page_info(db, actor, tr(words.USAGE_TITLE)), report)
