"""Every word the rooms printouts print, as English source text (context
``RoomsReport``), translated with :func:`station_app.rooms.labels.tr` when a printout is
built. In one module so that a word two printouts print is written once."""

from __future__ import annotations

from station_app.core.i18n import QT_TRANSLATE_NOOP

# --- words more than one printout uses ---------------------------------------------------

ROOM = QT_TRANSLATE_NOOP("RoomsReport", "Room")
TIME = QT_TRANSLATE_NOOP("RoomsReport", "Time")
PURPOSE = QT_TRANSLATE_NOOP("RoomsReport", "Purpose")
PEOPLE = QT_TRANSLATE_NOOP("RoomsReport", "People")
STATUS = QT_TRANSLATE_NOOP("RoomsReport", "Status")

# --- door sheets ---------------------------------------------------------------------------

SCHEDULE_TITLE = QT_TRANSLATE_NOOP("RoomsReport", "Room schedule")
SCHEDULE_ALL_ROOMS = QT_TRANSLATE_NOOP("RoomsReport", "All rooms, {date}")
SCHEDULE_ROOM_DAY = QT_TRANSLATE_NOOP("RoomsReport", "{room}, {date}")
SCHEDULE_ROOM_WEEK = QT_TRANSLATE_NOOP("RoomsReport", "{room}, week of {first} to {last}")
OPEN_HOURS = QT_TRANSLATE_NOOP("RoomsReport", "Open {opens}–{closes}")
CLOSED = QT_TRANSLATE_NOOP("RoomsReport", "Closed")
NO_BOOKINGS = QT_TRANSLATE_NOOP("RoomsReport", "No bookings.")
COL_BOOKING = QT_TRANSLATE_NOOP("RoomsReport", "Booking")

# --- booking slip --------------------------------------------------------------------------

SLIP_TITLE = QT_TRANSLATE_NOOP("RoomsReport", "Booking slip")
SLIP_NO = QT_TRANSLATE_NOOP("RoomsReport", "Booking number")
SLIP_DATE = QT_TRANSLATE_NOOP("RoomsReport", "Date")
SLIP_SUBJECT = QT_TRANSLATE_NOOP("RoomsReport", "Subject")
SLIP_REQUESTER = QT_TRANSLATE_NOOP("RoomsReport", "Booked for")
SLIP_MOBILE = QT_TRANSLATE_NOOP("RoomsReport", "Mobile")
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

# --- usage report --------------------------------------------------------------------------

USAGE_TITLE = QT_TRANSLATE_NOOP("RoomsReport", "Room usage")
USAGE_HEADING = QT_TRANSLATE_NOOP("RoomsReport", "Room usage, {year}-{month:02d}")
USAGE_BY_ROOM = QT_TRANSLATE_NOOP("RoomsReport", "By room")
USAGE_BY_PURPOSE = QT_TRANSLATE_NOOP("RoomsReport", "By purpose")
COL_BOOKINGS = QT_TRANSLATE_NOOP("RoomsReport", "Bookings")
COL_HOURS = QT_TRANSLATE_NOOP("RoomsReport", "Hours booked")
COL_COMPLETED = QT_TRANSLATE_NOOP("RoomsReport", "Completed")
COL_NO_SHOWS = QT_TRANSLATE_NOOP("RoomsReport", "No-shows")
COL_NOT_CLOSED = QT_TRANSLATE_NOOP("RoomsReport", "Not yet closed")
COL_CANCELLED = QT_TRANSLATE_NOOP("RoomsReport", "Cancelled")
TOTAL = QT_TRANSLATE_NOOP("RoomsReport", "Total")
