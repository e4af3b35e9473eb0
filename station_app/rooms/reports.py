"""Printouts of room bookings: door sheets (门口日程表), the booking slip (预约回执) and
the monthly usage report; exports to .xlsx and .ics live in rooms/exports.py.

Door sheets hang on doors: a private booking is "Booked" (已预约) and nothing else
on them, whoever prints. No sheet shows a requester's name; the slip is for the
requester and shows what the printing operator may see. ``build_*`` functions turn
plain data into a PDF; ``print_*`` functions fetch that data first (CLI and UI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.holidays import DayInfo
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.pdf import (
    CancelFn,
    Out,
    PageInfo,
    ProgressFn,
    build_pdf,
    data_table,
    key_value_table,
    page_info,
    qr_code,
    side_by_side,
    styles,
    title_block,
)
from station_app.core.pdf import para as _p
from station_app.core.station import StationService
from station_app.rooms import labels
from station_app.rooms.exports import (
    export_bookings_ics,
    export_bookings_xlsx,
    export_ics,
    export_xlsx,
    ics_text,
)
from station_app.rooms.labels import tr
from station_app.rooms.service import BookingService, CalendarService, RoomService
from station_app.rooms.types import BookingRow, Hours, UsageReport, public_booking

__all__ = [
    "ScheduleSection",
    "SlipData",
    "build_booking_slip",
    "build_schedule",
    "build_usage_report",
    "export_bookings_ics",
    "export_bookings_xlsx",
    "export_ics",
    "export_xlsx",
    "ics_text",
    "print_booking_slip",
    "print_schedule",
    "print_usage_report",
    "schedule_sections_for_day",
    "schedule_sections_for_week",
]

SCHEDULE_TITLE = QT_TRANSLATE_NOOP("RoomsReport", "Room schedule")
SCHEDULE_ALL_ROOMS = QT_TRANSLATE_NOOP("RoomsReport", "All rooms, {date}")
SCHEDULE_ROOM_DAY = QT_TRANSLATE_NOOP("RoomsReport", "{room}, {date}")
SCHEDULE_ROOM_WEEK = QT_TRANSLATE_NOOP("RoomsReport", "{room}, week of {first} to {last}")
OPEN_HOURS = QT_TRANSLATE_NOOP("RoomsReport", "Open {opens}–{closes}")
CLOSED = QT_TRANSLATE_NOOP("RoomsReport", "Closed")
NO_BOOKINGS = QT_TRANSLATE_NOOP("RoomsReport", "No bookings.")
COL_TIME = QT_TRANSLATE_NOOP("RoomsReport", "Time")
COL_BOOKING = QT_TRANSLATE_NOOP("RoomsReport", "Booking")
COL_PEOPLE = QT_TRANSLATE_NOOP("RoomsReport", "People")
COL_STATUS = QT_TRANSLATE_NOOP("RoomsReport", "Status")

SLIP_TITLE = QT_TRANSLATE_NOOP("RoomsReport", "Booking slip")
SLIP_NO = QT_TRANSLATE_NOOP("RoomsReport", "Booking number")
SLIP_ROOM = QT_TRANSLATE_NOOP("RoomsReport", "Room")
SLIP_DATE = QT_TRANSLATE_NOOP("RoomsReport", "Date")
SLIP_TIME = QT_TRANSLATE_NOOP("RoomsReport", "Time")
SLIP_PURPOSE = QT_TRANSLATE_NOOP("RoomsReport", "Purpose")
SLIP_SUBJECT = QT_TRANSLATE_NOOP("RoomsReport", "Subject")
SLIP_REQUESTER = QT_TRANSLATE_NOOP("RoomsReport", "Booked for")
SLIP_MOBILE = QT_TRANSLATE_NOOP("RoomsReport", "Mobile")
SLIP_PEOPLE = QT_TRANSLATE_NOOP("RoomsReport", "People")
SLIP_STATUS = QT_TRANSLATE_NOOP("RoomsReport", "Status")
SLIP_ADDRESS = QT_TRANSLATE_NOOP("RoomsReport", "Address")
SLIP_PHONE = QT_TRANSLATE_NOOP("RoomsReport", "Telephone")
SLIP_BRING = QT_TRANSLATE_NOOP("RoomsReport", "What to bring")
SLIP_BRING_DEFAULT = QT_TRANSLATE_NOOP("RoomsReport", "This slip, and your ID card or member card.")
SLIP_ARRIVE = QT_TRANSLATE_NOOP(
    "RoomsReport",
    "Please arrive a few minutes early and show this slip at the desk. If you cannot come, "
    "please let us know in advance.",
)
SLIP_ARRIVE_PHONE = QT_TRANSLATE_NOOP(
    "RoomsReport",
    "Please arrive a few minutes early and show this slip at the desk. If you cannot come, "
    "please call {phone} in advance.",
)

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

_FULL_WIDTH = 174 * mm  # A4 minus the template's margins


def _page_info(db: Database, actor: Actor, title: str) -> PageInfo:
    profile = StationService(db).profile()
    return page_info(profile.name if profile else "", title, actor.display_name)


def _monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


# --- door sheets ---------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleSection:
    """One table of a door sheet: a room on a day. ``rows`` are shown "Booked" only
    when private, whatever was passed in."""

    heading: str
    day: DayInfo
    hours: Hours | None
    rows: tuple[BookingRow, ...]


def schedule_sections_for_day(
    calendar: CalendarService, date: dt.date, room_id: int | None = None
) -> tuple[str, list[ScheduleSection]]:
    """Heading and sections of a day's sheet: one room (even one out of use), or every
    room in use."""
    view = calendar.day_view(None, date)  # None: private bookings come back hidden
    if room_id is None:
        sections = [
            ScheduleSection(
                room_day.room.name,
                view.day,
                room_day.hours,
                tuple(b for b in view.bookings if b.room_id == room_day.room.id),
            )
            for room_day in view.rooms
        ]
        return tr(SCHEDULE_ALL_ROOMS).format(date=labels.date_text(date)), sections
    room = RoomService(calendar.db).get_room(room_id)
    rows = tuple(calendar.bookings(None, date, date, room_id=room_id, include_cancelled=False))
    section = ScheduleSection(labels.date_text(date), view.day, room.hours_on(view.day), rows)
    title = tr(SCHEDULE_ROOM_DAY).format(room=room.name, date=labels.date_text(date))
    return title, [section]


def schedule_sections_for_week(
    calendar: CalendarService, room_id: int, date: dt.date
) -> tuple[str, list[ScheduleSection]]:
    """Heading and one section per day of the room's week (Monday to Sunday)."""
    first = _monday(date)
    view = calendar.week_view(None, room_id, first)
    sections = [
        ScheduleSection(
            labels.date_text(wd.day.date),
            wd.day,
            wd.hours,
            tuple(b for b in view.bookings if b.starts_at.date() == wd.day.date),
        )
        for wd in view.days
    ]
    title = tr(SCHEDULE_ROOM_WEEK).format(
        room=view.room.name,
        first=f"{first:%Y-%m-%d}",
        last=f"{first + dt.timedelta(days=6):%Y-%m-%d}",
    )
    return title, sections


def _day_note(section: ScheduleSection) -> str:
    kind = labels.day_kind(section.day)
    if section.hours is None:
        return f"{kind} · {tr(CLOSED)}"
    hours = tr(OPEN_HOURS).format(
        opens=f"{section.hours.opens:%H:%M}", closes=f"{section.hours.closes:%H:%M}"
    )
    return f"{kind} · {hours}"


def schedule_story(title: str, sections: Sequence[ScheduleSection]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [title_block(title)]
    widths = [32 * mm, 92 * mm, 20 * mm, 30 * mm]
    header = [tr(COL_TIME), tr(COL_BOOKING), tr(COL_PEOPLE), tr(COL_STATUS)]
    for section in sections:
        block: list[Flowable] = [
            _p(section.heading, st.heading),
            _p(_day_note(section), st.small),
            Spacer(1, 2 * mm),
        ]
        if section.rows:
            rows: list[list[object]] = []
            for row in section.rows:
                shown = public_booking(row)  # never trust the caller on privacy
                rows.append(
                    [
                        f"{shown.starts_at:%H:%M}–{shown.ends_at:%H:%M}",
                        labels.public_what(shown),
                        "" if shown.hidden else shown.attendees,
                        labels.status(shown.status),
                    ]
                )
            block.append(data_table(header, rows, widths, align_right={2}))
        else:
            block.append(_p(tr(NO_BOOKINGS), st.body))
        block.append(Spacer(1, 4 * mm))
        # A short day stays on one page; a long one may break (its header repeats).
        if len(section.rows) < 20:
            story.append(KeepTogether(block))
        else:
            story.extend(block)
    return story


def build_schedule(
    out: Out,
    info: PageInfo,
    title: str,
    sections: Sequence[ScheduleSection],
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> None:
    build_pdf(
        out,
        info,
        schedule_story(title, sections),
        progress=progress,
        should_cancel=should_cancel,
    )


def print_schedule(
    db: Database,
    actor: Actor,
    out: Out,
    date: dt.date,
    *,
    room_id: int | None = None,
    week: bool = False,
) -> None:
    """``station-app print schedule --date D [--room ID] [--week] --out FILE.pdf``:
    one room's day, every room's day, or (``week`` with a room) the room's week."""
    calendar = CalendarService(db)
    if week:
        if room_id is None:
            raise ValueError("a week's door sheet is for one room")
        title, sections = schedule_sections_for_week(calendar, room_id, date)
    else:
        title, sections = schedule_sections_for_day(calendar, date, room_id)
    build_schedule(out, _page_info(db, actor, tr(SCHEDULE_TITLE)), title, sections)


# --- booking slip ------------------------------------------------------------------------


@dataclass(frozen=True)
class SlipData:
    booking: BookingRow  # as the printing operator may see it
    address: str
    phone: str
    what_to_bring: str


def slip_story(slip: SlipData) -> list[Flowable]:
    st = styles()
    b = slip.booking
    pairs = [
        (tr(SLIP_NO), b.booking_no),
        (tr(SLIP_ROOM), b.room_name),
        (tr(SLIP_DATE), labels.date_text(b.starts_at.date())),
        (tr(SLIP_TIME), f"{b.starts_at:%H:%M}–{b.ends_at:%H:%M}"),
    ]
    if not b.hidden:
        pairs += [
            (tr(SLIP_PURPOSE), labels.purpose(b.purpose)),
            (tr(SLIP_PEOPLE), str(b.attendees)),
            (tr(SLIP_REQUESTER), b.requester_name),
            (tr(SLIP_MOBILE), b.requester_mobile),
        ]
        if b.title and not b.private:
            pairs.append((tr(SLIP_SUBJECT), b.title))
    pairs += [(tr(SLIP_STATUS), labels.status(b.status))]
    pairs += [(tr(SLIP_ADDRESS), slip.address), (tr(SLIP_PHONE), slip.phone)]
    details = key_value_table(pairs, [24 * mm, 56 * mm, 24 * mm, 46 * mm])
    arrive = tr(SLIP_ARRIVE_PHONE).format(phone=slip.phone) if slip.phone else tr(SLIP_ARRIVE)
    return [
        title_block(tr(SLIP_TITLE)),
        side_by_side([details, qr_code(b.booking_no, size_mm=26)], [150 * mm, 24 * mm]),
        Spacer(1, 4 * mm),
        _p(tr(SLIP_BRING), st.heading),
        _p(slip.what_to_bring or tr(SLIP_BRING_DEFAULT), st.body),
        Spacer(1, 2 * mm),
        _p(arrive, st.small),
    ]


def build_booking_slip(
    out: Out,
    info: PageInfo,
    slip: SlipData,
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> None:
    build_pdf(out, info, slip_story(slip), progress=progress, should_cancel=should_cancel)


def print_booking_slip(db: Database, actor: Actor, booking_id: int, out: Out) -> None:
    record = BookingService(db).get(actor, booking_id)
    room = RoomService(db).get_room(record.row.room_id)
    profile = StationService(db).profile()
    slip = SlipData(
        booking=record.row,
        address=profile.address if profile else "",
        phone=profile.phone if profile else "",
        what_to_bring=room.what_to_bring,
    )
    build_booking_slip(out, _page_info(db, actor, tr(SLIP_TITLE)), slip)


# --- usage report ------------------------------------------------------------------------


def usage_story(report: UsageReport) -> list[Flowable]:
    st = styles()
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
        _p(tr(USAGE_BY_ROOM), st.heading),
        data_table(
            header,
            rows,
            [54 * mm, 22 * mm, 28 * mm, 24 * mm, 24 * mm, 22 * mm],
            align_right={1, 2, 3, 4, 5},
        ),
        _p(tr(USAGE_BY_PURPOSE), st.heading),
        data_table(
            [tr(COL_PURPOSE), tr(COL_BOOKINGS)], purposes, [60 * mm, 30 * mm], align_right={1}
        ),
    ]


def build_usage_report(out: Out, info: PageInfo, report: UsageReport) -> None:
    build_pdf(out, info, usage_story(report))


def print_usage_report(db: Database, actor: Actor, year: int, month: int, out: Out) -> None:
    report = CalendarService(db).usage_report(year, month)
    build_usage_report(out, _page_info(db, actor, tr(USAGE_TITLE)), report)
