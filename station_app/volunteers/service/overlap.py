"""The double-booking rule in sentences: the clash the service finds first, and the
same sentence for an overlap the database refused (another desk was quicker).

The database refuses with ``volunteer_overlap`` (SQLite trigger) or SQLSTATE 23P01
on ``ex_assignment_no_overlap`` (PostgreSQL), and a second assignment of the same
volunteer to the same shift with the unique key ``uq_assignment_shift_id_volunteer_id``.

Every use case that may put a volunteer on a shift first locks the volunteer's row
(:func:`hold_volunteers`), before it looks for a clash. Two desks busy with one
volunteer then take turns: the second sees the first's shift and names it. Without
the lock both would insert, and on PostgreSQL each exclusion check would wait for the
other's row: a deadlock, one desk's work undone by the server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.exc import DBAPIError

from station_app.core.db import Database
from station_app.core.errors import ConflictError, DeskError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.volunteers import queries
from station_app.volunteers.errors import VolunteerClash
from station_app.volunteers.labels import fmt_span
from station_app.volunteers.models import OVERLAP_CONSTRAINT, OVERLAP_MARKER

PG_EXCLUSION_VIOLATION = "23P01"
PG_UNIQUE_VIOLATION = "23505"
SAME_SHIFT_KEY = "uq_assignment_shift_id_volunteer_id"


# FOR NO KEY UPDATE: desks queue on it, while inserts that only reference the
# volunteer (their foreign-key checks take KEY SHARE) are not held up.
_HOLD = (
    select(queries.volunteer_t.c.id)
    .where(queries.volunteer_t.c.id.in_(bindparam("ids", expanding=True)))
    .order_by(queries.volunteer_t.c.id)
    .with_for_update(key_share=True)
)


def hold_volunteers(conn: Connection, volunteer_ids: Sequence[int]) -> None:
    """Lock the volunteers' rows until the transaction ends, lowest id first (one
    order everywhere, so two desks never hold one each and wait for the other).
    On SQLite the write transaction holds the whole file already: nothing to do."""
    if volunteer_ids and conn.dialect.name != "sqlite":
        conn.execute(_HOLD, {"ids": sorted(set(volunteer_ids))}).all()


@dataclass(frozen=True)
class Attempt:
    """What a use case tried to save, to name the clash if the database refuses it."""

    volunteer_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    exclude_shift_ids: tuple[int, ...] = ()


def clash_error(name: str, clash: queries.Clash) -> VolunteerClash:
    role = f"（{clash.role}）" if clash.role else ""
    return VolunteerClash(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is already on another shift at that time: {activity}{role}, {span}. "
            "An administrator may still assign them, giving a reason.",
        ),
        clash_assignment_id=clash.assignment_id,
        clash_activity_id=clash.activity_id,
        name=name,
        activity=clash.activity_title,
        role=role,
        span=fmt_span(clash.starts_at, clash.ends_at),
    )


def already_on_shift(name: str) -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "{name} is already on this shift."),
        field="volunteer_id",
        name=name,
    )


def _diag(exc: DBAPIError) -> tuple[str | None, str | None, str]:
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    diag = getattr(orig, "diag", None)
    constraint = getattr(diag, "constraint_name", None) if diag is not None else None
    return sqlstate, constraint, str(orig)


def is_overlap_refusal(exc: DBAPIError) -> bool:
    sqlstate, constraint, text = _diag(exc)
    if sqlstate is not None:
        return sqlstate == PG_EXCLUSION_VIOLATION and constraint in (None, OVERLAP_CONSTRAINT)
    return OVERLAP_MARKER in text


def is_same_shift_refusal(exc: DBAPIError) -> bool:
    sqlstate, constraint, text = _diag(exc)
    if sqlstate is not None:
        return sqlstate == PG_UNIQUE_VIOLATION and constraint == SAME_SHIFT_KEY
    return "UNIQUE constraint failed: assignment.shift_id, assignment.volunteer_id" in text


def refusal_error(db: Database, exc: DBAPIError, attempts: Sequence[Attempt]) -> DeskError | None:
    """The sentence for a refusal by the database, or None if it is not ours."""
    if not (is_overlap_refusal(exc) or is_same_shift_refusal(exc)):
        return None
    with db.read() as s:
        for attempt in attempts:
            name = queries.volunteer_name(s, attempt.volunteer_id) or ""
            if is_same_shift_refusal(exc):
                return already_on_shift(name)
            clash = queries.find_clash(
                s,
                attempt.volunteer_id,
                attempt.starts_at,
                attempt.ends_at,
                exclude_shift_ids=attempt.exclude_shift_ids,
            )
            if clash is not None:
                return clash_error(name, clash)
        name = queries.volunteer_name(s, attempts[0].volunteer_id) if attempts else ""
    return VolunteerClash(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another desk has just put {name} on a shift at this time. Nothing was saved; "
            "please look at the roster again.",
        ),
        clash_assignment_id=None,
        clash_activity_id=None,
        name=name or "",
    )


@contextmanager
def overlap_refusals(db: Database, attempts: list[Attempt]) -> Iterator[None]:
    """Wrap ``db.transaction()``: an overlap the database refused (two desks at once)
    becomes the sentence the service would have given. ``attempts`` is filled inside."""
    try:
        yield
    except DBAPIError as exc:
        error = refusal_error(db, exc, attempts)
        if error is None:
            raise
        raise error from exc
