"""Filling shifts: the candidates for a shift, assign / take off, status changes,
"全部到岗" for a shift, hours corrected with a reason. One transaction each, audited.

A volunteer is never on two overlapping shifts: the service looks for a clash first
and names it; an administrator may still assign, giving a reason (kept on the
assignment, printed on the roster). The database refuses any overlap that slips
past and :func:`overlap.refusal_error` turns that into the same sentence; the
volunteer's row is locked first (:func:`overlap.hold_volunteers`), so two desks at
once take turns instead of deadlocking. Over-filling a shift is allowed, with a notice.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import PermissionDenied, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_mobile
from station_app.volunteers import queries
from station_app.volunteers.errors import missing_assignment, missing_shift, missing_volunteer
from station_app.volunteers.labels import fmt_span
from station_app.volunteers.models import (
    ABSENT,
    ATTENDED,
    CANCELLED,
    CONFIRMED,
    SCHEDULED,
    STATUSES,
    Assignment,
    Shift,
)
from station_app.volunteers.service import availability, rules
from station_app.volunteers.service.activities import overfilled
from station_app.volunteers.service.overlap import (
    Attempt,
    already_on_shift,
    clash_error,
    hold_volunteers,
    overlap_refusals,
)
from station_app.volunteers.types import (
    AssignResult,
    CandidateFilter,
    CandidateRow,
    Notice,
    shift_hours,
)


def _snapshot(a: Assignment) -> dict[str, Any]:
    return {
        "shift_id": a.shift_id,
        "volunteer_id": a.volunteer_id,
        "status": a.status,
        "hours": a.hours,
        "hours_reason": a.hours_reason,
        "override_reason": a.override_reason,
    }


# The shift and how many are on it now (not cancelled).
# The hot path's statements, built once, on tables (not ORM entities): Core execution
# skips the ORM's per-statement work. Assigning is the desk's most frequent write.
_a = queries.assignment_t
_sh = queries.shift_t
_SHIFT_AND_FILL = select(
    _sh.c.starts_at,
    _sh.c.ends_at,
    _sh.c.places,
    select(func.count())
    .select_from(_a)
    .where(_a.c.shift_id == _sh.c.id, _a.c.status != CANCELLED)
    .scalar_subquery()
    .label("filled"),
).where(_sh.c.id == bindparam("shift_id"))
_VOLUNTEER = (
    select(queries.volunteer_t.c.active, queries.NAME.label("name"))
    .select_from(
        queries.volunteer_t.outerjoin(
            queries.member_t, queries.member_t.c.id == queries.volunteer_t.c.member_id
        )
    )
    .where(queries.volunteer_t.c.id == bindparam("volunteer_id"))
)
_INSERT = insert(_a).returning(_a.c.id)
_EXISTING = select(_a.c.id, _a.c.status, _a.c.override_reason).where(
    _a.c.shift_id == bindparam("shift_id"),
    _a.c.volunteer_id == bindparam("volunteer_id"),
)


def _not_started(shift: Shift) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This shift begins {start}: attendance can be recorded once it has begun.",
        ),
        field="status",
        start=fmt_span(shift.starts_at, shift.ends_at),
    )


class AssignmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- candidates --------------------------------------------------------------------

    def candidates(self, shift_id: int, f: CandidateFilter | None = None) -> list[CandidateRow]:
        """Active volunteers who could take the shift (filtered by team, skill, usual
        availability, free only), each with their attended hours in the shift's year and
        whether they are free then. One statement for the whole list."""
        f = f or CandidateFilter()
        with self.db.read() as s:
            shift = records.get(s, Shift, shift_id, missing_shift)
            where = queries.volunteer_conditions(s, f.query, f.team_id, f.skill_id, active=True)
            stmt = queries.candidates_select(
                s,
                shift_id,
                shift.starts_at,
                shift.ends_at,
                availability.mask_for(shift.starts_at, shift.ends_at),
                where,
                free_only=f.free_only,
                available_only=f.available_only,
            )
            rows = s.execute(stmt).all()
        return [
            CandidateRow(
                volunteer_id=r.id,
                name=r.name,
                team_id=r.team_id,
                team_name=r.team_name,
                skills=r.skills or "",
                mobile=mask_mobile(r.mobile) if r.mobile else "",
                hours_this_year=queries.hours(r.hours),
                free=bool(r.free),
                available=bool(r.available),
                on_shift=bool(r.on_shift),
            )
            for r in rows
        ]

    # --- assign and take off -----------------------------------------------------------

    def assign(
        self,
        actor: Actor,
        shift_id: int,
        volunteer_id: int,
        override_reason: str | None = None,
    ) -> AssignResult:
        """Puts the volunteer on the shift. If they are on an overlapping shift already,
        this is refused (naming that shift) unless an administrator gives
        ``override_reason`` (not None: an override is asked for, and needs a reason).
        A cancelled assignment of the same shift comes back."""
        reason = None
        if override_reason is not None:  # asked for, so it needs a reason
            if not actor.is_admin:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Only an administrator may let a volunteer's shifts overlap."
                    ),
                    field="override_reason",
                )
            reason = rules.override_reason(override_reason)
        attempts: list[Attempt] = []
        # Core statements, not ORM objects: this is the desk's most frequent write.
        with overlap_refusals(self.db, attempts), self.db.transaction() as s:
            conn = s.connection()
            hold_volunteers(conn, [volunteer_id])  # first: another desk may be at it too
            person = conn.execute(_VOLUNTEER, {"volunteer_id": volunteer_id}).first()
            if person is None:
                raise missing_volunteer()
            shift = conn.execute(_SHIFT_AND_FILL, {"shift_id": shift_id}).first()
            if shift is None:
                raise missing_shift()
            name = person.name or ""
            if not person.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is no longer an active volunteer."),
                    field="volunteer_id",
                    name=name,
                )
            existing = conn.execute(
                _EXISTING, {"shift_id": shift_id, "volunteer_id": volunteer_id}
            ).first()
            if existing is not None and existing.status != CANCELLED:
                raise already_on_shift(name)
            attempts.append(Attempt(volunteer_id, shift.starts_at, shift.ends_at, (shift_id,)))
            clash = queries.find_clash(s, volunteer_id, shift.starts_at, shift.ends_at, (shift_id,))
            if clash is not None and reason is None:
                raise clash_error(name, clash)
            override = reason if clash is not None else None
            now = clock.now()
            values = {
                "status": SCHEDULED,
                "hours": shift_hours(shift.starts_at, shift.ends_at),
                "hours_reason": "",
                "override_reason": override,
                "updated_at": now,
            }
            before = None
            if existing is None:
                assignment_id = conn.execute(
                    _INSERT,
                    {
                        "shift_id": shift_id,
                        "volunteer_id": volunteer_id,
                        "starts_at": shift.starts_at,
                        "ends_at": shift.ends_at,
                        "created_by": actor.id,
                        "created_at": now,
                        **values,
                    },
                ).scalar_one()
            else:  # a cancelled assignment of this shift comes back
                assignment_id = existing.id
                before = {"status": existing.status, "override_reason": existing.override_reason}
                s.execute(update(Assignment).where(Assignment.id == assignment_id).values(values))
            note = ""
            if override is not None and clash is not None:
                note = f"override of assignment {clash.assignment_id}: {override}"
            after = {"shift_id": shift_id, "volunteer_id": volunteer_id, **values}
            del after["updated_at"]
            audit.record(
                s, actor, "assign", "assignment", assignment_id, before=before, after=after,
                note=note,
            )  # fmt: skip
            notices: tuple[Notice, ...] = ()
            filled = shift.filled + 1  # this transaction's own row
            if filled > shift.places:
                notices = (overfilled(filled, shift.places),)
            return AssignResult(assignment_id, override is not None, notices)

    def unassign(self, actor: Actor, assignment_id: int) -> None:
        """Takes a volunteer off a shift (a mistake, a change of plan). Once attendance
        is recorded the assignment stays; change its status instead."""
        with self.db.transaction() as s:
            row = records.get(s, Assignment, assignment_id, missing_assignment)
            if row.status in (ATTENDED, ABSENT):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Attendance is recorded for this volunteer; change the status instead.",
                    ),
                    field="status",
                )
            before = _snapshot(row)
            s.delete(row)
            s.flush()
            audit.record(s, actor, "unassign", "assignment", assignment_id, before=before)

    # --- status and hours --------------------------------------------------------------

    def set_status(self, actor: Actor, assignment_id: int, status: str) -> None:
        """已安排 / 已确认 / 已到岗 / 缺勤 / 已取消. Attendance only once the shift has
        begun; bringing back a cancelled assignment checks for overlaps again."""
        if status not in STATUSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown choice: {value}."),
                field="status",
                value=status,
            )
        attempts: list[Attempt] = []
        with overlap_refusals(self.db, attempts), self.db.transaction() as s:
            row = records.get(s, Assignment, assignment_id, missing_assignment)
            if row.status == status:
                return
            shift = s.get_one(Shift, row.shift_id)
            if status in (ATTENDED, ABSENT) and shift.starts_at > clock.now():
                raise _not_started(shift)
            if row.status == CANCELLED and row.override_reason is None:
                hold_volunteers(s.connection(), [row.volunteer_id])
                attempts.append(
                    Attempt(row.volunteer_id, row.starts_at, row.ends_at, (row.shift_id,))
                )
                clash = queries.find_clash(
                    s, row.volunteer_id, row.starts_at, row.ends_at, (row.shift_id,)
                )
                if clash is not None:
                    name = queries.volunteer_name(s, row.volunteer_id) or ""
                    raise clash_error(name, clash)
            before = {"status": row.status}
            row.status = status
            row.updated_at = clock.now()
            s.flush()
            audit.record(
                s, actor, "status", "assignment", assignment_id, before=before,
                after={"status": status},
            )  # fmt: skip

    def all_attended(self, actor: Actor, shift_id: int) -> int:
        """全部到岗: everyone scheduled or confirmed on the shift has come. Returns how
        many were marked; absences and cancellations stay as they are."""
        with self.db.transaction() as s:
            shift = records.get(s, Shift, shift_id, missing_shift)
            if shift.starts_at > clock.now():
                raise _not_started(shift)
            ids = list(
                s.scalars(
                    select(Assignment.id)
                    .where(
                        Assignment.shift_id == shift_id,
                        Assignment.status.in_((SCHEDULED, CONFIRMED)),
                    )
                    .order_by(Assignment.id)
                )
            )
            if not ids:
                return 0
            s.execute(
                update(Assignment)
                .where(Assignment.id.in_(ids))
                .values(status=ATTENDED, updated_at=clock.now())
            )
            s.expire_all()
            audit.record(
                s,
                actor,
                "all_attended",
                "shift",
                shift_id,
                note=f"{len(ids)} attended: " + ",".join(str(i) for i in ids),
            )
            return len(ids)

    def correct_hours(
        self, actor: Actor, assignment_id: int, hours: Decimal | float | str, reason: str
    ) -> Decimal:
        """The hours one volunteer's shift counts for, with the reason (left early, came
        to help set up...). Returns the hours as stored."""
        value = rules.hours_value(hours)
        why = rules.hours_reason(reason)
        with self.db.transaction() as s:
            row = records.get(s, Assignment, assignment_id, missing_assignment)
            if row.status == CANCELLED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "This assignment is cancelled; it has no hours."),
                    field="hours",
                )
            before = {"hours": row.hours, "hours_reason": row.hours_reason}
            row.hours, row.hours_reason = value, why
            row.updated_at = clock.now()
            s.flush()
            audit.record(
                s,
                actor,
                "correct_hours",
                "assignment",
                assignment_id,
                before=before,
                after={"hours": value, "hours_reason": why},
                note=why,
            )
            return value

    # --- helpers -----------------------------------------------------------------------
