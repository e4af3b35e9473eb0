"""Bookings exported to a spreadsheet (.xlsx) and to a calendar file (.ics).

The spreadsheet shows what the exporting operator may see (rows come through
``visible_booking``; mobiles masked). A calendar file travels to phones and shared
calendars: private bookings are "Booked" only in it, whoever exports, and no
event carries a requester's name or number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from station_app.core import clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.files import write_finished
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.xlsx_writer import XlsxWriter
from station_app.rooms import labels
from station_app.rooms.labels import tr
from station_app.rooms.models import CANCELLED
from station_app.rooms.queries.views import CalendarService
from station_app.rooms.types import BookingRow, public_booking

Out = str | Path | BinaryIO

SHEET_TITLE = QT_TRANSLATE_NOOP("RoomsReport", "Bookings")
COLUMNS = (
    QT_TRANSLATE_NOOP("RoomsReport", "Booking number"),
    QT_TRANSLATE_NOOP("RoomsReport", "Room"),
    QT_TRANSLATE_NOOP("RoomsReport", "Date"),
    QT_TRANSLATE_NOOP("RoomsReport", "Start"),
    QT_TRANSLATE_NOOP("RoomsReport", "End"),
    QT_TRANSLATE_NOOP("RoomsReport", "Status"),
    QT_TRANSLATE_NOOP("RoomsReport", "Purpose"),
    QT_TRANSLATE_NOOP("RoomsReport", "Booking"),
    QT_TRANSLATE_NOOP("RoomsReport", "Booked for"),
    QT_TRANSLATE_NOOP("RoomsReport", "Mobile"),
    QT_TRANSLATE_NOOP("RoomsReport", "People"),
    QT_TRANSLATE_NOOP("RoomsReport", "Handled by"),
    QT_TRANSLATE_NOOP("RoomsReport", "Notes"),
    QT_TRANSLATE_NOOP("RoomsReport", "Cancel reason"),
)
COLUMN_WIDTHS = (14, 16, 12, 7, 7, 9, 10, 28, 12, 14, 7, 12, 30, 20)
ICS_DESCRIPTION = QT_TRANSLATE_NOOP("RoomsReport", "Booking number {number}")
STATION_TZ = "Asia/Shanghai"
STATION_UTC_OFFSET = dt.timedelta(hours=8)  # Beijing: no daylight saving


def _write(out: Out, data: bytes) -> None:
    """To a path through a temporary file beside it (never half-written), or a stream."""
    if not isinstance(out, str | Path):
        out.write(data)
        return
    write_finished(Path(out), data)


# --- spreadsheet -------------------------------------------------------------------------


def _sheet_row(row: BookingRow) -> list[object]:
    return [
        row.booking_no,
        row.room_name,
        row.starts_at.date(),
        f"{row.starts_at:%H:%M}",
        f"{row.ends_at:%H:%M}",
        labels.status(row.status),
        "" if row.hidden else labels.purpose(row.purpose),
        labels.what(row),
        row.requester_name,
        row.requester_mobile,
        None if row.hidden else row.attendees,
        row.handled_by,
        row.notes,
        row.cancel_reason,
    ]


def export_xlsx(out: Out, rows: Sequence[BookingRow]) -> None:
    """One sheet, one booking a line. ``rows`` as the exporting operator may see them.
    Titles and notes typed at the desk stay text (see :mod:`station_app.core.xlsx_writer`)."""
    with XlsxWriter(out) as book:
        book.add_sheet(
            tr(SHEET_TITLE),
            [tr(c) for c in COLUMNS],
            (_sheet_row(row) for row in rows),
            widths=COLUMN_WIDTHS,
        )


def export_bookings_xlsx(
    db: Database,
    actor: Actor,
    out: Out,
    first: dt.date,
    last: dt.date,
    room_id: int | None = None,
) -> int:
    """Bookings from ``first`` to ``last`` as ``actor`` may see them; returns the count."""
    rows = CalendarService(db).bookings(actor, first, last, room_id=room_id)
    export_xlsx(out, rows)
    return len(rows)


# --- iCalendar ---------------------------------------------------------------------------


def _ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """RFC 5545: lines of at most 75 octets, continued with a leading space; never
    splits a UTF-8 character."""
    parts: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    parts.append(current)
    return parts


def _local(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def _event(row: BookingRow, stamp: str) -> list[str]:
    shown = public_booking(row)  # private: "Booked" only, whoever exports
    return [
        "BEGIN:VEVENT",
        f"UID:{shown.booking_no}-{shown.id}@station-desk",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={STATION_TZ}:{_local(shown.starts_at)}",
        f"DTEND;TZID={STATION_TZ}:{_local(shown.ends_at)}",
        f"SUMMARY:{_ics_escape(labels.public_what(shown))}",
        f"LOCATION:{_ics_escape(shown.room_name)}",
        f"DESCRIPTION:{_ics_escape(tr(ICS_DESCRIPTION).format(number=shown.booking_no))}",
        f"STATUS:{'CANCELLED' if shown.status == CANCELLED else 'CONFIRMED'}",
        f"CLASS:{'CONFIDENTIAL' if shown.private else 'PUBLIC'}",
        "END:VEVENT",
    ]


def ics_text(rows: Sequence[BookingRow], calendar_name: str = "") -> str:
    """The whole calendar as text (CRLF line ends), times in the station's zone."""
    stamp = (clock.now() - STATION_UTC_OFFSET).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Station Desk//Room bookings//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if calendar_name:
        lines.append(f"X-WR-CALNAME:{_ics_escape(calendar_name)}")
    lines += [
        f"X-WR-TIMEZONE:{STATION_TZ}",
        "BEGIN:VTIMEZONE",
        f"TZID:{STATION_TZ}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "TZNAME:CST",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for row in rows:
        lines += _event(row, stamp)
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))


def export_ics(out: Out, rows: Sequence[BookingRow], calendar_name: str = "") -> None:
    _write(out, ics_text(rows, calendar_name).encode("utf-8"))


def export_bookings_ics(
    db: Database,
    out: Out,
    first: dt.date,
    last: dt.date,
    room_id: int | None = None,
    calendar_name: str = "",
    include_cancelled: bool = False,
) -> int:
    """Bookings of one room or all from ``first`` to ``last``; returns the count."""
    rows = CalendarService(db).bookings(
        None, first, last, room_id=room_id, include_cancelled=include_cancelled
    )
    export_ics(out, rows, calendar_name)
    return len(rows)
