"""The booking rules, as functions over a session: input, opening days and hours, the
past, overlaps; and the sentence for an overlap the database refused.

Time grid: any whole minute is accepted (seconds are dropped). The room's slot size
is the calendar's grid and the default length, not a rule: a session that ran
14:10-14:55 can be recorded as it was. Opening hours, the day's kind, the past and
overlaps (buffer included) are rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from station_app.core import clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import DeskError, PermissionDenied, ValidationError
from station_app.core.holidays import HOLIDAY, DayInfo, day_info, load_overrides
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import normalize_mobile
from station_app.core.text import clean_text
from station_app.members.models import Member
from station_app.rooms import queries
from station_app.rooms.errors import BookingClash, SlotUnavailable
from station_app.rooms.models import PURPOSES
from station_app.rooms.types import (
    PROBLEM_CLOSED,
    PROBLEM_HOLIDAY,
    PROBLEM_HOURS,
    PROBLEM_PAST,
    BookingInput,
    BookingRow,
    RoomRow,
    may_see,
)

MAX_LENGTH = dt.timedelta(days=1)
TITLE_LENGTH = 100
NAME_LENGTH = 60
NOTES_LENGTH = 2000
REASON_LENGTH = 200
OVERLAP_MARKER = "booking_overlap"  # SQLite trigger message
PG_EXCLUSION_VIOLATION = "23P01"
PG_OVERLAP_CONSTRAINT = "ex_booking_no_overlap"


def fmt_date(value: dt.date) -> str:
    return value.strftime("%Y-%m-%d")


def fmt_time(value: dt.time | dt.datetime) -> str:
    return value.strftime("%H:%M")


def fmt_span(start: dt.datetime, end: dt.datetime) -> str:
    """``2026-03-02 14:00–15:00``."""
    return f"{fmt_date(start.date())} {fmt_time(start)}–{fmt_time(end)}"


# --- the form ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanBooking:
    room_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    purpose: str
    title: str
    requester_member_id: int | None
    caller_name: str
    caller_mobile: str
    attendees: int
    handled_by: str
    private: bool | None
    notes: str


def _text(value: str | None, limit: int, field: str) -> str:
    text = clean_text(value, field=field, multiline=field == "notes")
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            field=field,
            n=limit,
        )
    return text


def _minute(value: dt.datetime) -> dt.datetime:
    return value.replace(second=0, microsecond=0, tzinfo=None)


def clean_booking(inp: BookingInput) -> CleanBooking:
    """Checks what needs no database: times, purpose, people, requester, lengths."""
    starts_at, ends_at = _minute(inp.starts_at), _minute(inp.ends_at)
    if ends_at <= starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The end must be after the start."), field="ends_at"
        )
    if ends_at.date() != starts_at.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A booking starts and ends on the same day."),
            field="ends_at",
        )
    if inp.purpose not in PURPOSES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown purpose."), field="purpose")
    if inp.attendees < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At least one person attends."), field="attendees"
        )
    caller_name = _text(inp.caller_name, NAME_LENGTH, "caller_name")
    caller_mobile = ""
    if (inp.caller_mobile or "").strip():
        try:
            caller_mobile = normalize_mobile(inp.caller_mobile or "")
        except ValidationError as exc:
            raise ValidationError(exc.text, field="caller_mobile", **exc.params) from exc
    if inp.requester_member_id is None:
        if not caller_name:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Please choose a member or enter the caller's name and mobile."
                ),
                field="caller_name",
            )
        if not caller_mobile:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please enter the caller's mobile number."),
                field="caller_mobile",
            )
    return CleanBooking(
        room_id=inp.room_id,
        starts_at=starts_at,
        ends_at=ends_at,
        purpose=inp.purpose,
        title=_text(inp.title, TITLE_LENGTH, "title"),
        requester_member_id=inp.requester_member_id,
        caller_name=caller_name,
        caller_mobile=caller_mobile,
        attendees=inp.attendees,
        handled_by=_text(inp.handled_by, NAME_LENGTH, "handled_by"),
        private=inp.private,
        notes=_text(inp.notes, NOTES_LENGTH, "notes"),
    )


def clean_reason(reason: str) -> str:
    text = _text(reason, REASON_LENGTH, "cancel_reason")
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please give the reason for cancelling."),
            field="cancel_reason",
        )
    return text


# --- the room and the requester ----------------------------------------------------------


def missing_booking() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "This booking no longer exists."))


def room_for_booking(s: Session, clean: CleanBooking) -> RoomRow:
    """The room, in use, big enough; the requester member on file."""
    room = queries.load_room(s, clean.room_id)
    if room is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown room."), field="room_id")
    if not room.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{room} is not in use at present."),
            field="room_id",
            room=room.name,
        )
    if clean.attendees > room.capacity:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{room} holds at most {capacity} people."),
            field="attendees",
            room=room.name,
            capacity=room.capacity,
        )
    if clean.requester_member_id is not None and s.get(Member, clean.requester_member_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The requester is not on the member list."),
            field="requester_member_id",
        )
    if clean.ends_at - clean.starts_at + dt.timedelta(minutes=room.buffer_minutes) > MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A booking cannot last longer than a day."),
            field="ends_at",
        )
    return room


# --- days, hours, the past, overlaps -----------------------------------------------------


def day_of(s: Session, date: dt.date) -> DayInfo:
    return day_info(date, load_overrides(s, date, date))


def check_open(room: RoomRow, day: DayInfo, starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    """Open day, inside the room's hours for that day (SlotUnavailable otherwise)."""
    date = fmt_date(day.date)
    if day.kind == HOLIDAY:
        if day.name:
            raise SlotUnavailable(
                QT_TRANSLATE_NOOP("Errors", "{date} is a holiday ({name}): the rooms are closed."),
                problem=PROBLEM_HOLIDAY,
                date=date,
                name=day.label(),
            )
        raise SlotUnavailable(
            QT_TRANSLATE_NOOP("Errors", "{date} is a holiday: the rooms are closed."),
            problem=PROBLEM_HOLIDAY,
            date=date,
        )
    if not day.is_open:
        raise SlotUnavailable(
            QT_TRANSLATE_NOOP("Errors", "{date} is a weekend day: the rooms are closed."),
            problem=PROBLEM_CLOSED,
            date=date,
        )
    hours = room.hours_on(day)
    if hours is None:
        raise SlotUnavailable(
            QT_TRANSLATE_NOOP("Errors", "{room} is closed on {date}."),
            problem=PROBLEM_CLOSED,
            room=room.name,
            date=date,
        )
    opens = dt.datetime.combine(day.date, hours.opens)
    closes = dt.datetime.combine(day.date, hours.closes)
    if starts_at < opens or ends_at > closes:
        raise SlotUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "{room} is open {opens}–{closes} on {date}: the booking must fit inside."
            ),
            problem=PROBLEM_HOURS,
            room=room.name,
            date=date,
            opens=fmt_time(hours.opens),
            closes=fmt_time(hours.closes),
        )


def is_past(starts_at: dt.datetime) -> bool:
    return starts_at < _minute(clock.now())


def check_not_past(actor: Actor, starts_at: dt.datetime) -> None:
    if is_past(starts_at) and not actor.is_admin:
        raise SlotUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{time} has already passed: only an administrator may record a past session.",
            ),
            problem=PROBLEM_PAST,
            time=f"{fmt_date(starts_at.date())} {fmt_time(starts_at)}",
        )


def clash_error(
    actor: Actor, clash: BookingRow, starts_at: dt.datetime, ends_at: dt.datetime
) -> BookingClash:
    """Names the booking in the way: its title (or number) and time, or only its time
    when it is private and the actor may not see it. Says so when only a buffer
    (cleaning, airing) is in the way."""
    when = fmt_span(clash.starts_at, clash.ends_at)
    buffer_only = ends_at <= clash.starts_at or starts_at >= clash.ends_at
    if not may_see(clash, actor):
        if buffer_only:
            text = QT_TRANSLATE_NOOP(
                "Errors",
                "Too close to the booking at {time}: the room needs time between bookings.",
            )
        else:
            text = QT_TRANSLATE_NOOP("Errors", "The room is already booked at {time}.")
        return BookingClash(text, clash_booking_id=clash.id, time=when)
    if buffer_only:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "Too close to “{title}” at {time}: the room needs time between bookings.",
        )
    else:
        text = QT_TRANSLATE_NOOP("Errors", "The room is already booked at {time}: “{title}”.")
    return BookingClash(
        text, clash_booking_id=clash.id, time=when, title=clash.title or clash.booking_no
    )


def check_slot(
    s: Session,
    actor: Actor,
    room: RoomRow,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    exclude_ids: Sequence[int] = (),
    day: DayInfo | None = None,
) -> dt.datetime:
    """Every rule of a time slot; returns ``blocked_until`` (end + the room's buffer)."""
    check_open(room, day or day_of(s, starts_at.date()), starts_at, ends_at)
    check_not_past(actor, starts_at)
    blocked_until = ends_at + dt.timedelta(minutes=room.buffer_minutes)
    clash = queries.find_clash(s, room.id, starts_at, blocked_until, exclude_ids)
    if clash is not None:
        raise clash_error(actor, clash, starts_at, ends_at)
    return blocked_until


# --- who may change a booking ------------------------------------------------------------


def require_may_edit(actor: Actor, row: BookingRow) -> None:
    if not may_see(row, actor):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This booking is private: only an administrator or the operator who made it "
                "may change it.",
            )
        )


def require_not_started(actor: Actor, row: BookingRow, text: str) -> None:
    if is_past(row.starts_at) and not actor.is_admin:
        raise PermissionDenied(text)


# --- the database's refusal --------------------------------------------------------------


def is_overlap_refusal(exc: BaseException) -> bool:
    """True for the SQLite trigger's and PostgreSQL's EXCLUDE refusal of an overlap."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) == PG_EXCLUSION_VIOLATION:
        return True
    text = str(orig)
    return OVERLAP_MARKER in text or PG_OVERLAP_CONSTRAINT in text


@dataclass(frozen=True)
class Attempt:
    """A slot a use case tried to write, for naming the clash after a refusal."""

    room_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    blocked_until: dt.datetime
    exclude_ids: tuple[int, ...] = ()


def refusal_error(db: Database, actor: Actor, attempts: Sequence[Attempt]) -> DeskError:
    """The sentence for an overlap the database refused although the service had found
    none (another desk saved the same time a moment earlier): names that booking."""
    with db.read() as s:
        for attempt in attempts:
            clash = queries.find_clash(
                s, attempt.room_id, attempt.starts_at, attempt.blocked_until, attempt.exclude_ids
            )
            if clash is not None:
                return clash_error(actor, clash, attempt.starts_at, attempt.ends_at)
    return BookingClash(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another desk has just booked this time. Nothing was saved; please choose another "
            "time.",
        ),
        clash_booking_id=None,
    )
