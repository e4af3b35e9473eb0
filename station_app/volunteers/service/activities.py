"""Service activities (服务行动) and their shifts: add, edit, delete. One transaction
each, audited.

Moving a shift moves its assignments with it (the composite key cascades), so the
overlap rule is checked again for everyone on it: the service names the first
clash, the database refuses what slips past. Hours that were never corrected
follow the shift's new length.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.volunteers import queries
from station_app.volunteers.errors import missing_activity, missing_shift
from station_app.volunteers.labels import fmt_span
from station_app.volunteers.models import CANCELLED, Activity, Assignment, Shift, Team
from station_app.volunteers.service import rules
from station_app.volunteers.service.overlap import (
    Attempt,
    clash_error,
    hold_volunteers,
    overlap_refusals,
)
from station_app.volunteers.types import (
    ActivityInput,
    ActivityRow,
    Notice,
    SaveResult,
    ShiftInput,
    ShiftRow,
    shift_hours,
)

_ACTIVITY_FIELDS = "title kind place starts_at ends_at team_id description"
_SHIFT_FIELDS = "starts_at ends_at role places"


def _activity_snapshot(a: Activity) -> dict[str, Any]:
    return records.values(a, _ACTIVITY_FIELDS)


def _shift_snapshot(sh: Shift) -> dict[str, Any]:
    return {"activity_id": sh.activity_id, **records.values(sh, _SHIFT_FIELDS)}


def overfilled(filled: int, places: int) -> Notice:
    return Notice(
        "overfilled",
        QT_TRANSLATE_NOOP("Notices", "The shift now has {filled} volunteers for {places} places."),
        field="places",
        params={"filled": filled, "places": places},
    )


def live_count(s: Session, shift_id: int) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(Assignment)
            .where(Assignment.shift_id == shift_id, Assignment.status != CANCELLED)
        )
        or 0
    )


class ActivityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- activities --------------------------------------------------------------------

    def add_activity(self, actor: Actor, inp: ActivityInput) -> SaveResult:
        clean = rules.clean_activity(inp)
        with self.db.transaction() as s:
            _check_team(s, clean.team_id)
            activity = Activity(**records.values(clean, _ACTIVITY_FIELDS), created_by=actor.id)
            records.add_audited(s, actor, "activity", activity, _activity_snapshot)
            return SaveResult(activity.id)

    def update_activity(self, actor: Actor, activity_id: int, inp: ActivityInput) -> SaveResult:
        clean = rules.clean_activity(inp)
        with self.db.transaction() as s:
            activity = records.get(s, Activity, activity_id, missing_activity)
            _check_team(s, clean.team_id)
            for starts_at, ends_at in s.execute(
                select(Shift.starts_at, Shift.ends_at).where(Shift.activity_id == activity_id)
            ):
                try:
                    rules.clean_shift(
                        ShiftInput(starts_at, ends_at), clean.starts_at, clean.ends_at
                    )
                except ValidationError:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The shift {span} would lie outside the activity's new days; move or "
                            "delete it first.",
                        ),
                        field="starts_at",
                        span=fmt_span(starts_at, ends_at),
                    ) from None
            before = _activity_snapshot(activity)
            records.assign(activity, clean, _ACTIVITY_FIELDS)
            after = _activity_snapshot(activity)
            if before != after:
                activity.updated_at = clock.now()
                s.flush()
                audit.record(
                    s, actor, "update", "activity", activity_id, before=before, after=after
                )
            return SaveResult(activity_id)

    def delete_activity(self, actor: Actor, activity_id: int) -> None:
        """Only while nobody is on its shifts (cancelled assignments go with it)."""
        with self.db.transaction() as s:
            activity = records.get(s, Activity, activity_id, missing_activity)
            shift_ids = list(s.scalars(select(Shift.id).where(Shift.activity_id == activity_id)))
            if shift_ids:
                live = s.scalar(
                    select(func.count())
                    .select_from(Assignment)
                    .where(Assignment.shift_id.in_(shift_ids), Assignment.status != CANCELLED)
                )
                if live:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{count} volunteers are on this activity's shifts: take them off "
                            "before deleting it.",
                        ),
                        count=live,
                    )
                s.execute(delete(Assignment).where(Assignment.shift_id.in_(shift_ids)))
                s.execute(delete(Shift).where(Shift.id.in_(shift_ids)))
            before = _activity_snapshot(activity)
            s.delete(activity)
            s.flush()
            audit.record(s, actor, "delete", "activity", activity_id, before=before)

    def get_activity(self, activity_id: int) -> ActivityRow:
        stmt = queries.activity_rows_select().where(queries.activity_t.c.id == activity_id)
        with self.db.read() as s:
            row = s.execute(stmt).first()
        return ActivityRow(*records.found(row, missing_activity))

    # --- shifts ------------------------------------------------------------------------

    def shifts(self, activity_id: int) -> list[ShiftRow]:
        stmt = queries.shift_rows_select().where(queries.shift_t.c.activity_id == activity_id)
        with self.db.read() as s:
            return [ShiftRow(*row) for row in s.execute(stmt)]

    def get_shift(self, shift_id: int) -> ShiftRow:
        stmt = queries.shift_rows_select().where(queries.shift_t.c.id == shift_id)
        with self.db.read() as s:
            row = s.execute(stmt).first()
        return ShiftRow(*records.found(row, missing_shift))

    def add_shift(self, actor: Actor, activity_id: int, inp: ShiftInput) -> SaveResult:
        with self.db.transaction() as s:
            activity = records.get(s, Activity, activity_id, missing_activity)
            clean = rules.clean_shift(inp, activity.starts_at, activity.ends_at)
            shift = Shift(activity_id=activity_id, **records.values(clean, _SHIFT_FIELDS))
            records.add_audited(s, actor, "shift", shift, _shift_snapshot)
            return SaveResult(shift.id)

    def update_shift(self, actor: Actor, shift_id: int, inp: ShiftInput) -> SaveResult:
        """Changes times, role or places. Everyone on the shift moves with it; a move
        that would double-book someone is refused (naming them and the clash)."""
        attempts: list[Attempt] = []
        with overlap_refusals(self.db, attempts), self.db.transaction() as s:
            shift = records.get(s, Shift, shift_id, missing_shift)
            activity = s.get_one(Activity, shift.activity_id)
            clean = rules.clean_shift(inp, activity.starts_at, activity.ends_at)
            moved = (clean.starts_at, clean.ends_at) != (shift.starts_at, shift.ends_at)
            if moved:
                people = s.execute(
                    select(Assignment.volunteer_id, Assignment.override_reason).where(
                        Assignment.shift_id == shift_id, Assignment.status != CANCELLED
                    )
                ).all()
                hold_volunteers(s.connection(), [who.volunteer_id for who in people])
                for volunteer_id, override in people:
                    attempt = Attempt(volunteer_id, clean.starts_at, clean.ends_at, (shift_id,))
                    if override is None:  # an allowed overlap stays allowed
                        attempts.append(attempt)
                        clash = queries.find_clash(
                            s, volunteer_id, clean.starts_at, clean.ends_at, (shift_id,)
                        )
                        if clash is not None:
                            name = queries.volunteer_name(s, volunteer_id) or ""
                            raise clash_error(name, clash)
            before = _shift_snapshot(shift)
            records.assign(shift, clean, _SHIFT_FIELDS)
            after = _shift_snapshot(shift)
            if before == after:
                return SaveResult(shift_id)
            shift.updated_at = clock.now()
            s.flush()  # cascades the times to the assignments; the database checks them
            if moved:
                s.execute(
                    update(Assignment)
                    .where(Assignment.shift_id == shift_id, Assignment.hours_reason == "")
                    .values(hours=shift_hours(clean.starts_at, clean.ends_at))
                )
                s.expire_all()
            audit.record(s, actor, "update", "shift", shift_id, before=before, after=after)
            filled = live_count(s, shift_id)
            notices = (overfilled(filled, clean.places),) if filled > clean.places else ()
            return SaveResult(shift_id, notices)

    def delete_shift(self, actor: Actor, shift_id: int) -> None:
        """Only while nobody is on it (cancelled assignments go with it)."""
        with self.db.transaction() as s:
            shift = records.get(s, Shift, shift_id, missing_shift)
            live = live_count(s, shift_id)
            if live:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{count} volunteers are on this shift: take them off before deleting it.",
                    ),
                    count=live,
                )
            before = _shift_snapshot(shift)
            s.execute(delete(Assignment).where(Assignment.shift_id == shift_id))
            s.delete(shift)
            s.flush()
            audit.record(s, actor, "delete", "shift", shift_id, before=before)


def _check_team(s: Session, team_id: int | None) -> None:
    if team_id is not None and s.get(Team, team_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This team is no longer on file."), field="team_id"
        )
