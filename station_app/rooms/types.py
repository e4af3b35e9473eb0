"""Plain values in and out of the room services (no ORM objects, no Qt).

Inputs are what a form holds; rows are what the calendar, lists, exports and
printouts show. A row of a private booking that the actor may not see comes out of
:func:`visible_booking` with ``hidden=True`` and every identifying field blank: the
UI and the printouts then show only "Booked" (已预约).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from station_app.core.actor import Actor
from station_app.core.holidays import DayInfo

# Scopes of an edit or cancellation of a repeated booking.
SCOPE_ONE = "one"
SCOPE_FOLLOWING = "following"
SCOPES = (SCOPE_ONE, SCOPE_FOLLOWING)

# Why an occurrence of a repeat cannot be booked (see Occurrence.problem).
PROBLEM_CLASH = "clash"
PROBLEM_HOLIDAY = "holiday"
PROBLEM_CLOSED = "closed"  # weekend, or the room has no hours that weekday
PROBLEM_HOURS = "outside_hours"
PROBLEM_PAST = "past"


class _StartsOnADay:
    """``date``: the day a booking (or a planned one) starts on."""

    starts_at: dt.datetime

    @property
    def date(self) -> dt.date:
        return self.starts_at.date()


# --- rooms ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hours:
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class RoomInput:
    name: str
    kind: str
    capacity: int
    hours: dict[int, Hours] = field(default_factory=dict)  # weekday 0 = Monday; none = closed
    slot_minutes: int = 30
    buffer_minutes: int = 0
    private_by_default: bool = False
    active: bool = True
    sort_order: int = 0
    what_to_bring: str = ""


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    kind: str
    capacity: int
    slot_minutes: int
    buffer_minutes: int
    private_by_default: bool
    active: bool
    sort_order: int
    what_to_bring: str
    hours: dict[int, Hours]

    def hours_on(self, day: DayInfo) -> Hours | None:
        """Opening hours on ``day``: None when the room is closed that day.

        Holidays and ordinary weekends are closed. An adjusted working day (调休) uses
        the room's hours for that weekday if it has any, else its first working
        weekday's (a Saturday worked in lieu opens like a Monday).
        """
        if not day.is_open:
            return None
        hours = self.hours.get(day.date.weekday())
        if hours is None and day.date.weekday() >= 5:
            for weekday in range(5):
                if weekday in self.hours:
                    return self.hours[weekday]
        return hours


# --- bookings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BookingInput:
    """The booking form. ``private`` None takes the room's default (on edit: keeps it);
    ``caller_mobile`` None on edit keeps the stored number (the form shows it masked)."""

    room_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    purpose: str = "other"
    title: str = ""
    requester_member_id: int | None = None
    caller_name: str = ""
    caller_mobile: str | None = ""
    attendees: int = 1
    handled_by: str = ""
    private: bool | None = None
    notes: str = ""


@dataclass(frozen=True)
class RepeatRule:
    """Every ``every_weeks`` weeks on the first booking's weekday, until a date
    (inclusive) or ``count`` times in all (the first booking included)."""

    every_weeks: int = 1
    until: dt.date | None = None
    count: int | None = None


@dataclass(frozen=True)
class BookingRow(_StartsOnADay):
    """One booking as lists, calendars, exports and printouts see it.

    ``requester_mobile`` is always masked here. ``hidden`` marks a private booking
    shown to someone who may not see it: title, purpose, requester, attendees,
    handled-by, notes and cancel reason are blank.
    """

    id: int
    booking_no: str
    room_id: int
    room_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    blocked_until: dt.datetime
    status: str
    private: bool
    purpose: str
    title: str
    requester_member_id: int | None
    requester_name: str
    requester_mobile: str
    attendees: int
    handled_by: str
    notes: str
    cancel_reason: str
    series_id: int | None
    created_by: int | None
    hidden: bool = False


@dataclass(frozen=True)
class BookingRecord:
    """One booking in full for its form (``caller_mobile`` masked unless revealed)."""

    row: BookingRow
    caller_name: str
    caller_mobile: str
    member_name: str
    member_no: str
    created_by_name: str
    created_at: dt.datetime
    updated_at: dt.datetime
    checked_in_at: dt.datetime | None
    masked: bool


@dataclass(frozen=True)
class BookResult:
    id: int
    booking_no: str


@dataclass(frozen=True)
class Occurrence(_StartsOnADay):
    """One date of a planned repeat; ``problem`` None means it can be booked."""

    index: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    problem: str | None = None
    message: str = ""  # the refusal, translated, for the list the clerk reviews
    clash_booking_id: int | None = None


@dataclass(frozen=True)
class SeriesResult:
    series_id: int
    bookings: tuple[BookResult, ...]
    skipped: tuple[dt.date, ...]


# --- calendar views ------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomDay:
    """A room's column in the day view; ``hours`` None = closed all day."""

    room: RoomRow
    hours: Hours | None


@dataclass(frozen=True)
class DayView:
    day: DayInfo
    notice: str | None  # the year has no holiday data (weekday rules apply)
    rooms: tuple[RoomDay, ...]
    bookings: tuple[BookingRow, ...]  # sorted by room order, then start


@dataclass(frozen=True)
class WeekDay:
    day: DayInfo
    hours: Hours | None


@dataclass(frozen=True)
class WeekView:
    room: RoomRow
    days: tuple[WeekDay, ...]  # seven, from the first date asked for
    notices: tuple[str, ...]
    bookings: tuple[BookingRow, ...]


# --- usage report --------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomUsage:
    room_id: int
    room_name: str
    bookings: int  # not cancelled
    hours_booked: float
    completed: int
    no_shows: int
    cancelled: int

    @property
    def not_closed(self) -> int:
        """Booked or checked in, neither completed nor a no-show: with those two, the
        bookings."""
        return self.bookings - self.completed - self.no_shows


@dataclass(frozen=True)
class UsageReport:
    year: int
    month: int
    rooms: tuple[RoomUsage, ...]
    by_purpose: dict[str, int]  # not cancelled, every purpose listed

    @property
    def total_hours(self) -> float:
        return sum(r.hours_booked for r in self.rooms)

    @property
    def total_bookings(self) -> int:
        return sum(r.bookings for r in self.rooms)

    @property
    def total_no_shows(self) -> int:
        return sum(r.no_shows for r in self.rooms)


# --- privacy -------------------------------------------------------------------------------


def may_see(row: BookingRow, actor: Actor | None) -> bool:
    """Everyone sees an ordinary booking; a private one only admins and its creator."""
    if not row.private:
        return True
    return actor is not None and (
        actor.is_admin or (actor.id is not None and actor.id == row.created_by)
    )


def public_booking(row: BookingRow) -> BookingRow:
    """What anyone may see of a private booking: room, time, status, number."""
    if not row.private or row.hidden:
        return row
    return replace(
        row,
        purpose="",
        title="",
        requester_member_id=None,
        requester_name="",
        requester_mobile="",
        attendees=0,
        handled_by="",
        notes="",
        cancel_reason="",
        hidden=True,
    )


def visible_booking(row: BookingRow, actor: Actor | None) -> BookingRow:
    """``row`` as ``actor`` may see it: private bookings are "Booked" only, except for
    administrators and the operator who made the booking."""
    return row if may_see(row, actor) else public_booking(row)
