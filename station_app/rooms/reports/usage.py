"""The monthly usage report: bookings, hours, completions, no-shows and cancellations
by room, and bookings by purpose."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.pdf import Out, PageInfo, build_pdf, data_table, para, title_block
from station_app.rooms import labels
from station_app.rooms.labels import tr
from station_app.rooms.reports.common import station_page_info
from station_app.rooms.service import CalendarService
from station_app.rooms.types import UsageReport

USAGE_TITLE = QT_TRANSLATE_NOOP("RoomsReport", "Room usage")
USAGE_HEADING = QT_TRANSLATE_NOOP("RoomsReport", "Room usage, {year}-{month:02d}")
USAGE_BY_ROOM = QT_TRANSLATE_NOOP("RoomsReport", "By room")
USAGE_BY_PURPOSE = QT_TRANSLATE_NOOP("RoomsReport", "By purpose")
COL_ROOM = QT_TRANSLATE_NOOP("RoomsReport", "Room")
COL_BOOKINGS = QT_TRANSLATE_NOOP("RoomsReport", "Bookings")
COL_HOURS = QT_TRANSLATE_NOOP("RoomsReport", "Hours booked")
COL_COMPLETED = QT_TRANSLATE_NOOP("RoomsReport", "Completed")
COL_NO_SHOWS = QT_TRANSLATE_NOOP("RoomsReport", "No-shows")
COL_CANCELLED = QT_TRANSLATE_NOOP("RoomsReport", "Cancelled")
COL_PURPOSE = QT_TRANSLATE_NOOP("RoomsReport", "Purpose")
TOTAL = QT_TRANSLATE_NOOP("RoomsReport", "Total")


def usage_story(report: UsageReport) -> list[Flowable]:
    rows: list[list[object]] = [
        [r.room_name, r.bookings, f"{r.hours_booked:.1f}", r.completed, r.no_shows, r.cancelled]
        for r in report.rooms
    ]
    rows.append(
        [
            tr(TOTAL),
            report.total_bookings,
            f"{report.total_hours:.1f}",
            sum(r.completed for r in report.rooms),
            report.total_no_shows,
            sum(r.cancelled for r in report.rooms),
        ]
    )
    header = [
        tr(c)
        for c in (COL_ROOM, COL_BOOKINGS, COL_HOURS, COL_COMPLETED, COL_NO_SHOWS, COL_CANCELLED)
    ]
    purposes = [[labels.purpose(code), count] for code, count in report.by_purpose.items()]
    purposes.append([tr(TOTAL), sum(report.by_purpose.values())])
    return [
        title_block(tr(USAGE_HEADING).format(year=report.year, month=report.month)),
        para(tr(USAGE_BY_ROOM), "heading"),
        data_table(
            header,
            rows,
            [54 * mm, 22 * mm, 28 * mm, 24 * mm, 24 * mm, 22 * mm],
            align_right={1, 2, 3, 4, 5},
        ),
        para(tr(USAGE_BY_PURPOSE), "heading"),
        data_table(
            [tr(COL_PURPOSE), tr(COL_BOOKINGS)], purposes, [60 * mm, 30 * mm], align_right={1}
        ),
    ]


def build_usage_report(out: Out, info: PageInfo, report: UsageReport) -> None:
    build_pdf(out, info, usage_story(report))


def print_usage_report(db: Database, actor: Actor, year: int, month: int, out: Out) -> None:
    report = CalendarService(db).usage_report(year, month)
    build_usage_report(out, station_page_info(db, actor, tr(USAGE_TITLE)), report)
