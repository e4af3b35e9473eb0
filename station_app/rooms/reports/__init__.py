"""Printouts of room bookings: door sheets (门口日程表), the booking slip (预约回执) and
the monthly usage report, one module each (schedule, slip, usage; their words in words,
the page frame's data in common); exports to .xlsx and .ics live in rooms/sheets/.

Door sheets hang on doors: a private booking is "Booked" (已预约) and nothing else
on them, whoever prints. No sheet shows a requester's name; the slip is for the
requester and shows what the printing operator may see. ``build_*`` functions turn
plain data into a PDF; ``print_*`` functions fetch that data first (CLI and UI).
"""

from station_app.rooms.reports.schedule import (
    ScheduleSection,
    build_schedule,
    print_schedule,
    schedule_sections_for_day,
    schedule_sections_for_week,
)
from station_app.rooms.reports.slip import SlipData, build_booking_slip, print_booking_slip
from station_app.rooms.reports.usage import build_usage_report, print_usage_report
from station_app.rooms.reports.words import SCHEDULE_TITLE, SLIP_TITLE, USAGE_HEADING, USAGE_TITLE

__all__ = [
    "SCHEDULE_TITLE",
    "SLIP_TITLE",
    "USAGE_HEADING",
    "USAGE_TITLE",
    "ScheduleSection",
    "SlipData",
    "build_booking_slip",
    "build_schedule",
    "build_usage_report",
    "print_booking_slip",
    "print_schedule",
    "print_usage_report",
    "schedule_sections_for_day",
    "schedule_sections_for_week",
]
