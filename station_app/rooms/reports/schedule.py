"""Door sheets (门口日程表): one room's day, every room's day, or one room's week.

Door sheets hang on doors: a private booking is "Booked" (已预约) and nothing else on
them, whoever prints, and no sheet shows a requester's name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.holidays import DayInfo
from station_app.core.pdf import (
    Out,
    PageInfo,
    Progress,
    build_pdf,
    data_table,
    para,
    title_block,
)
from station_app.rooms import labels
from station_app.rooms.labels import tr
from station_app.rooms.reports import words
from station_app.rooms.reports.common import station_page_info
from station_app.rooms.service import CalendarService, RoomService
from station_app.rooms.types import BookingRow, Hours, public_booking


def _monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


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
        return tr(words.SCHEDULE_ALL_ROOMS).format(date=labels.date_text(date)), sections
    room = RoomService(calendar.db).get_room(room_id)
    rows = tuple(calendar.bookings(None, date, date, room_id=room_id, include_cancelled=False))
    section = ScheduleSection(labels.date_text(date), view.day, room.hours_on(view.day), rows)
    title = tr(words.SCHEDULE_ROOM_DAY).format(room=room.name, date=labels.date_text(date))
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
    title = tr(words.SCHEDULE_ROOM_WEEK).format(
        room=view.room.name,
        first=f"{first:%Y-%m-%d}",
        last=f"{first + dt.timedelta(days=6):%Y-%m-%d}",
    )
    return title, sections


def _day_note(section: ScheduleSection) -> str:
    kind = labels.day_kind(section.day)
    if section.hours is None:
        return f"{kind} · {tr(words.CLOSED)}"
    hours = tr(words.OPEN_HOURS).format(
        opens=f"{section.hours.opens:%H:%M}", closes=f"{section.hours.closes:%H:%M}"
    )
    return f"{kind} · {hours}"


def schedule_story(title: str, sections: Sequence[ScheduleSection]) -> list[Flowable]:
    story: list[Flowable] = [title_block(title)]
    widths = [32 * mm, 92 * mm, 20 * mm, 30 * mm]
    header = [tr(words.TIME), tr(words.COL_BOOKING), tr(words.PEOPLE), tr(words.STATUS)]
    for section in sections:
        block: list[Flowable] = [
            para(section.heading, "heading"),
            para(_day_note(section), "small"),
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
            block.append(para(tr(words.NO_BOOKINGS), "body"))
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
    **options: Unpack[Progress],
) -> None:
    build_pdf(out, info, schedule_story(title, sections), **options)


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
    build_schedule(out, station_page_info(db, actor, tr(words.SCHEDULE_TITLE)), title, sections)
