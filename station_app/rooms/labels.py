"""Words the printouts and exports of room bookings use (English source, context
``RoomsReport``), translated when a file is built; the UI may reuse them."""

from __future__ import annotations

import datetime as dt

from station_app.core.holidays import ADJUSTED_WORKDAY, HOLIDAY, WEEKEND, WORKDAY, DayInfo
from station_app.core.i18n import QT_TRANSLATE_NOOP, CodeNames, translate
from station_app.rooms.types import BookingRow

CONTEXT = "RoomsReport"

BOOKED_ONLY = QT_TRANSLATE_NOOP("RoomsReport", "Booked")  # 已预约: all a private booking shows

PURPOSES = {
    "mediation": QT_TRANSLATE_NOOP("RoomsReport", "Mediation"),
    "counselling": QT_TRANSLATE_NOOP("RoomsReport", "Counselling"),
    "mother_baby": QT_TRANSLATE_NOOP("RoomsReport", "Mother and baby"),
    "activity": QT_TRANSLATE_NOOP("RoomsReport", "Activity"),
    "meeting": QT_TRANSLATE_NOOP("RoomsReport", "Meeting"),
    "other": QT_TRANSLATE_NOOP("RoomsReport", "Other"),
}
STATUSES = {
    "booked": QT_TRANSLATE_NOOP("RoomsReport", "Booked"),
    "checked_in": QT_TRANSLATE_NOOP("RoomsReport", "Checked in"),
    "completed": QT_TRANSLATE_NOOP("RoomsReport", "Completed"),
    "no_show": QT_TRANSLATE_NOOP("RoomsReport", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("RoomsReport", "Cancelled"),
}
ROOM_KINDS = {
    "mediation": QT_TRANSLATE_NOOP("RoomsReport", "Labour-dispute mediation room"),
    "counselling": QT_TRANSLATE_NOOP("RoomsReport", "Counselling room"),
    "mother_baby": QT_TRANSLATE_NOOP("RoomsReport", "Mother-and-baby room"),
    "hall": QT_TRANSLATE_NOOP("RoomsReport", "Multi-function hall"),
    "reading": QT_TRANSLATE_NOOP("RoomsReport", "Workers' reading room"),
}
DAY_KINDS = {
    WORKDAY: QT_TRANSLATE_NOOP("RoomsReport", "Working day"),
    WEEKEND: QT_TRANSLATE_NOOP("RoomsReport", "Weekend"),
    HOLIDAY: QT_TRANSLATE_NOOP("RoomsReport", "Public holiday"),
    ADJUSTED_WORKDAY: QT_TRANSLATE_NOOP("RoomsReport", "Adjusted working day"),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("RoomsReport", "Monday"),
    QT_TRANSLATE_NOOP("RoomsReport", "Tuesday"),
    QT_TRANSLATE_NOOP("RoomsReport", "Wednesday"),
    QT_TRANSLATE_NOOP("RoomsReport", "Thursday"),
    QT_TRANSLATE_NOOP("RoomsReport", "Friday"),
    QT_TRANSLATE_NOOP("RoomsReport", "Saturday"),
    QT_TRANSLATE_NOOP("RoomsReport", "Sunday"),
)


def tr(text: str) -> str:
    return translate(CONTEXT, text)


purpose = CodeNames(CONTEXT, PURPOSES)
status = CodeNames(CONTEXT, STATUSES)
room_kind = CodeNames(CONTEXT, ROOM_KINDS)


def weekday(date: dt.date) -> str:
    return tr(WEEKDAYS[date.weekday()])


def day_kind(day: DayInfo) -> str:
    """``Public holiday (Spring Festival)``, ``Adjusted working day``, ..."""
    text = tr(DAY_KINDS[day.kind])
    name = day.label()
    return f"{text} ({name})" if name and day.kind == HOLIDAY else text


def date_text(date: dt.date) -> str:
    """``2026-03-02 Monday``."""
    return f"{date:%Y-%m-%d} {weekday(date)}"


def what(row: BookingRow) -> str:
    """What a booking is called on a sheet: "Booked" for a hidden or private one,
    else its title, else its purpose."""
    if row.hidden:
        return tr(BOOKED_ONLY)
    return row.title or purpose(row.purpose)


def public_what(row: BookingRow) -> str:
    """For door sheets and calendar files: private bookings are "Booked" whoever prints."""
    return tr(BOOKED_ONLY) if row.private or row.hidden else what(row)
