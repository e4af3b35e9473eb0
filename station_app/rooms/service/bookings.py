"""Booking use cases: book, repeat, edit, cancel, check in, complete, no-show.

One transaction each, audited. The service looks for a clash first and names it;
the database refuses any overlap that slips past (two desks at once), and that
refusal becomes the same kind of sentence (:func:`rules.refusal_error`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import DeskError, ValidationError
from station_app.core.holidays import day_info, load_overrides
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.rooms.errors import BookingClash, SlotUnavailable
from station_app.rooms.models import (
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    COMPLETED,
    NO_SHOW,
    BookingSeries,
)
from station_app.rooms.service import rules
from station_app.rooms.service.booking_store import BookingStore
from station_app.rooms.service.rules import Attempt, CleanBooking
from station_app.rooms.types import (
    SCOPE_FOLLOWING,
    SCOPE_ONE,
    SCOPES,
    BookingInput,
    BookingRecord,
    BookResult,
    Occurrence,
    RepeatRule,
    RoomRow,
    SeriesResult,
)

MAX_OCCURRENCES = 104  # two years of weekly sessions
MAX_EVERY_WEEKS = 52


class BookingService(BookingStore):
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- one booking -----------------------------------------------------------------

    def check(self, actor: Actor, inp: BookingInput, booking_id: int | None = None) -> None:
        """Raises what :meth:`book` (or :meth:`edit` of ``booking_id``) would raise."""
        with self.db.read() as s:
            exclude: tuple[int, ...] = ()
            if booking_id is not None:
                booking = self._booking(s, booking_id)
                inp = self._keep_stored(booking, inp)
                exclude = (booking_id,)
            clean = rules.clean_booking(inp)
            room = rules.room_for_booking(s, clean)
            rules.check_slot(s, actor, room, clean.starts_at, clean.ends_at, exclude_ids=exclude)

    def book(self, actor: Actor, inp: BookingInput) -> BookResult:
        clean = rules.clean_booking(inp)
        attempts: list[Attempt] = []
        with self._refusals(actor, attempts), self.db.transaction() as s:
            room = rules.room_for_booking(s, clean)
            blocked_until = rules.check_slot(s, actor, room, clean.starts_at, clean.ends_at)
            attempts.append(Attempt(room.id, clean.starts_at, clean.ends_at, blocked_until))
            booking = self._insert(s, actor, clean, room, clean.starts_at, clean.ends_at, None)
            return BookResult(booking.id, booking.booking_no)

    def get(self, actor: Actor, booking_id: int, reveal: bool = False) -> BookingRecord:
        """The booking for its form. A private booking the actor may not see comes back
        hidden; the caller's mobile is masked unless an administrator asks to
        ``reveal`` it (audited)."""
        return records.masked_or_revealed(
            self.db,
            actor,
            "booking",
            booking_id,
            reveal,
            lambda s, the_id, masked: self._record(s, actor, the_id, masked),
            note="caller_mobile",
        )

    def edit(self, actor: Actor, booking_id: int, inp: BookingInput, scope: str = SCOPE_ONE) -> int:
        """Changes one booking, or this one and the following ones of its repeat
        (``scope="following"``: each keeps its own date, shifted by as many days as
        this one moves; the time of day, length, room and details come from ``inp``).
        Returns how many bookings changed."""
        _check_scope(scope)
        attempts: list[Attempt] = []
        with self._refusals(actor, attempts), self.db.transaction() as s:
            booking = self._booking(s, booking_id)
            row = self._row(s, booking_id)
            rules.require_may_edit(actor, row)
            if booking.status == CANCELLED or (booking.status != BOOKED and not actor.is_admin):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Only a booked session can be changed.")
                )
            rules.require_not_started(
                actor,
                row,
                QT_TRANSLATE_NOOP(
                    "Errors", "This session has started: only an administrator may change it."
                ),
            )
            clean = rules.clean_booking(self._keep_stored(booking, inp))
            room = rules.room_for_booking(s, clean)
            targets = [booking]
            if scope == SCOPE_FOLLOWING:
                targets += self._following(s, booking)
            for target in targets[1:]:
                rules.require_may_edit(actor, self._row(s, target.id))
            shift = clean.starts_at.date() - booking.starts_at.date()
            length = clean.ends_at - clean.starts_at
            moves = []
            for target in targets:
                start = dt.datetime.combine(target.starts_at.date() + shift, clean.starts_at.time())
                moves.append((target, start, start + length))
            exclude = tuple(t.id for t in targets)
            overrides = load_overrides(
                s, min(m[1] for m in moves).date(), max(m[1] for m in moves).date()
            )
            planned = []
            for target, start, end in moves:
                blocked = rules.check_slot(
                    s,
                    actor,
                    room,
                    start,
                    end,
                    exclude_ids=exclude,
                    day=day_info(start.date(), overrides),
                )
                planned.append((target, start, end, blocked))
                attempts.append(Attempt(room.id, start, end, blocked, exclude))
            # Moving later: the last one first, so none lands on a neighbour's old slot.
            planned.sort(key=lambda p: p[1], reverse=shift > dt.timedelta())
            changed = 0
            for target, start, end, blocked in planned:
                changed += self._apply(s, actor, target, clean, room, start, end, blocked)
            return changed

    def cancel(self, actor: Actor, booking_id: int, reason: str, scope: str = SCOPE_ONE) -> int:
        """Cancels (reason required) one booking or this and the following booked ones of
        its repeat; a cancelled booking frees its slot. Returns how many were cancelled."""
        _check_scope(scope)
        reason = rules.clean_reason(reason)
        with self.db.transaction() as s:
            booking = self._booking(s, booking_id)
            row = self._row(s, booking_id)
            if not (booking.status == BOOKED or (booking.status == CHECKED_IN and actor.is_admin)):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Only a booked session can be cancelled.")
                )
            rules.require_not_started(
                actor,
                row,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This session has started and cannot be cancelled: mark it as completed "
                    "or as a no-show.",
                ),
            )
            targets = [booking]
            if scope == SCOPE_FOLLOWING:
                targets += self._following(s, booking)
            now = clock.now()
            for target in targets:
                before = {"status": target.status, "cancel_reason": target.cancel_reason}
                target.status = CANCELLED
                target.cancel_reason = reason
                target.updated_at = now
                s.flush()
                audit.record(
                    s,
                    actor,
                    "cancel",
                    "booking",
                    target.id,
                    before=before,
                    after={"status": CANCELLED, "cancel_reason": reason},
                )
            return len(targets)

    def check_in(self, actor: Actor, booking_id: int) -> None:
        """已签到: on the day of the booking (an administrator may record it later)."""
        with self.db.transaction() as s:
            booking = self._booking_in(
                s,
                booking_id,
                (BOOKED,),
                QT_TRANSLATE_NOOP("Errors", "Only a booked session can be checked in."),
            )
            now = clock.now()
            if booking.starts_at.date() != now.date() and not actor.is_admin:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Check-in is only possible on the day of the booking."
                    )
                )
            booking.checked_in_at = now
            self._set_status(s, actor, booking, CHECKED_IN, "check_in")

    def complete(self, actor: Actor, booking_id: int) -> None:
        """已完成: once the session has started."""
        with self.db.transaction() as s:
            booking = self._booking_in(
                s,
                booking_id,
                (BOOKED, CHECKED_IN),
                QT_TRANSLATE_NOOP(
                    "Errors", "Only a booked or checked-in session can be completed."
                ),
            )
            if not rules.is_past(booking.starts_at) and not actor.is_admin:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A session can be completed only once it has started."
                    )
                )
            self._set_status(s, actor, booking, COMPLETED, "complete")

    def no_show(self, actor: Actor, booking_id: int) -> None:
        """爽约: the requester did not come; the slot stays taken (it is history)."""
        with self.db.transaction() as s:
            booking = self._booking_in(
                s,
                booking_id,
                (BOOKED,),
                QT_TRANSLATE_NOOP("Errors", "Only a booked session can be marked a no-show."),
            )
            if not rules.is_past(booking.starts_at):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A booking becomes a no-show only after its start time."
                    )
                )
            self._set_status(s, actor, booking, NO_SHOW, "no_show")

    # --- repeats ---------------------------------------------------------------------

    def plan_series(self, actor: Actor, inp: BookingInput, rule: RepeatRule) -> list[Occurrence]:
        """Every date of the repeat with its problem (clash, holiday, closed day, outside
        hours, past) or none, for the list the clerk reviews before saving. Problems of
        the form itself (no requester, too many people) are raised."""
        clean = rules.clean_booking(inp)
        with self.db.read() as s:
            room = rules.room_for_booking(s, clean)
            return [occ for occ, _, _ in self._plan(s, actor, clean, room, rule)]

    def book_series(
        self,
        actor: Actor,
        inp: BookingInput,
        rule: RepeatRule,
        skip: Iterable[dt.date] = (),
    ) -> SeriesResult:
        """Books every date of the repeat but those in ``skip``, in one transaction: if any
        remaining date has a problem nothing is saved and that problem is raised."""
        clean = rules.clean_booking(inp)
        skipped = set(skip)
        attempts: list[Attempt] = []
        with self._refusals(actor, attempts), self.db.transaction() as s:
            room = rules.room_for_booking(s, clean)
            plan = self._plan(s, actor, clean, room, rule)
            wanted = [(occ, err, blocked) for occ, err, blocked in plan if occ.date not in skipped]
            for _occ, err, _blocked in wanted:
                if err is not None:
                    raise err
            if not wanted:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Every date is skipped: there is nothing to book.")
                )
            series = BookingSeries(
                room_id=room.id,
                every_weeks=rule.every_weeks,
                until=rule.until,
                occurrences=rule.count,
                created_by=actor.id,
                created_at=clock.now(),
            )
            s.add(series)
            s.flush()
            results = []
            for occ, _err, blocked in wanted:
                assert blocked is not None
                attempts.append(Attempt(room.id, occ.starts_at, occ.ends_at, blocked))
                booking = self._insert(s, actor, clean, room, occ.starts_at, occ.ends_at, series.id)
                results.append(BookResult(booking.id, booking.booking_no))
            audit.record(
                s,
                actor,
                "create",
                "booking_series",
                series.id,
                after={
                    "room_id": room.id,
                    "every_weeks": rule.every_weeks,
                    "until": rule.until,
                    "count": rule.count,
                    "booked": len(results),
                    "skipped": sorted(d.isoformat() for d in skipped),
                },
            )
            in_plan = {occ.date for occ, _, _ in plan}
            return SeriesResult(
                series.id, tuple(results), tuple(sorted(d for d in skipped if d in in_plan))
            )

    def _plan(
        self, s: Session, actor: Actor, clean: CleanBooking, room: RoomRow, rule: RepeatRule
    ) -> list[tuple[Occurrence, DeskError | None, dt.datetime | None]]:
        times = occurrence_times(clean.starts_at, clean.ends_at, rule)
        overrides = load_overrides(s, times[0][0].date(), times[-1][0].date())
        plan: list[tuple[Occurrence, DeskError | None, dt.datetime | None]] = []
        for index, (start, end) in enumerate(times):
            try:
                blocked = rules.check_slot(
                    s, actor, room, start, end, day=day_info(start.date(), overrides)
                )
            except (SlotUnavailable, BookingClash) as exc:
                clash_id = exc.clash_booking_id if isinstance(exc, BookingClash) else None
                occ = Occurrence(index, start, end, exc.problem, exc.message(), clash_id)
                plan.append((occ, exc, None))
            else:
                plan.append((Occurrence(index, start, end), None, blocked))
        return plan


def _check_scope(scope: str) -> None:
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")


def occurrence_times(
    starts_at: dt.datetime, ends_at: dt.datetime, rule: RepeatRule
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Start and end of every date of the repeat, the first booking included."""
    if not 1 <= rule.every_weeks <= MAX_EVERY_WEEKS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A booking repeats every 1 to {n} weeks."),
            field="every_weeks",
            n=MAX_EVERY_WEEKS,
        )
    if (rule.until is None) == (rule.count is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Please choose either an end date or a number of times for the repeat."
            ),
            field="until",
        )
    step = dt.timedelta(weeks=rule.every_weeks)
    if rule.count is not None:
        if not 1 <= rule.count <= MAX_OCCURRENCES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A repeat has 1 to {n} dates."),
                field="count",
                n=MAX_OCCURRENCES,
            )
        total = rule.count
    else:
        assert rule.until is not None
        if rule.until < starts_at.date():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The repeat ends before the first date."),
                field="until",
            )
        total = (rule.until - starts_at.date()).days // step.days + 1
        if total > MAX_OCCURRENCES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A repeat has 1 to {n} dates."),
                field="until",
                n=MAX_OCCURRENCES,
            )
    return [(starts_at + k * step, ends_at + k * step) for k in range(total)]


__all__ = ["BookingService", "occurrence_times"]
