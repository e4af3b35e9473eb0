"""Core selects behind the volunteer lists and views: tuples, never one ORM object a row.

A volunteer who is a member takes name, mobile, ID number and search text from the
member row (``coalesce(member.x, volunteer.x)``); nothing is copied, so an edit on
the member tab shows here at once.

The selects are here; beside them :mod:`.views` (activities by month, rosters,
histories, team and year totals) and :mod:`.volunteers` (a volunteer's record and
list rows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session

from station_app.core.selects import coalesced, columns
from station_app.members.queries import community_t, member_t, search_condition
from station_app.volunteers.models import (
    ATTENDED,
    CANCELLED,
    MAX_SHIFT,
    Activity,
    Assignment,
    Shift,
    Skill,
    Team,
    Volunteer,
    VolunteerSkill,
)

volunteer_t = Volunteer.__table__
team_t = Team.__table__
skill_t = Skill.__table__
volunteer_skill_t = VolunteerSkill.__table__
activity_t = Activity.__table__
shift_t = Shift.__table__
assignment_t = Assignment.__table__

SKILL_SEPARATOR = "、"
_HUNDREDTH = Decimal("0.01")


def hours(value: Any) -> Decimal:
    """Hours as summed or stored, to the hundredth (none: 0)."""
    return Decimal(str(value or 0)).quantize(_HUNDREDTH)


# A volunteer's own fields, or their member's.
NAME = func.coalesce(member_t.c.name, volunteer_t.c.name)
NAME_SORT = func.coalesce(member_t.c.name_pinyin, volunteer_t.c.name_pinyin)
MOBILE = func.coalesce(member_t.c.mobile, volunteer_t.c.mobile)
ID_NUMBER = func.coalesce(member_t.c.id_number, volunteer_t.c.id_number)
ID_TYPE = func.coalesce(member_t.c.id_type, volunteer_t.c.id_type)
GENDER = func.coalesce(member_t.c.gender, volunteer_t.c.gender)
SEARCH = func.coalesce(member_t.c.search_text, volunteer_t.c.search_text)


def with_member() -> FromClause:
    """volunteer ⟕ member (for the volunteer's own fields or their member's)."""
    return volunteer_t.outerjoin(member_t, member_t.c.id == volunteer_t.c.member_id)


def people() -> FromClause:
    """volunteer ⟕ member ⋈ team."""
    return with_member().join(team_t, team_t.c.id == volunteer_t.c.team_id)


def on_shifts(left: FromClause = assignment_t) -> FromClause:
    """``left`` (assignment_t, or a join holding it) ⋈ shift ⋈ activity."""
    return left.join(shift_t, shift_t.c.id == assignment_t.c.shift_id).join(
        activity_t, activity_t.c.id == shift_t.c.activity_id
    )


def people_on_shifts() -> FromClause:
    """Everyone's assignments with the volunteer, team, shift and activity."""
    return on_shifts(people().join(assignment_t, assignment_t.c.volunteer_id == volunteer_t.c.id))


def attended_between(first: dt.datetime, after_last: dt.datetime) -> ColumnElement[bool]:
    """Attended assignments whose shift starts in ``[first, after_last)``: the hours that
    count."""
    return and_(
        assignment_t.c.status == ATTENDED,
        assignment_t.c.starts_at >= first,
        assignment_t.c.starts_at < after_last,
    )


def skills_text(session: Session) -> ColumnElement[str]:
    """The volunteer's skills as one string, in the list's order ("宣传、急救")."""
    base = (
        select()
        .select_from(volunteer_skill_t.join(skill_t, skill_t.c.id == volunteer_skill_t.c.skill_id))
        .where(volunteer_skill_t.c.volunteer_id == volunteer_t.c.id)
    )
    if session.get_bind().dialect.name == "postgresql":
        # Here, not at the top: the PostgreSQL dialect is 20 ms to load on a SQLite desk.
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        agg = func.string_agg(
            skill_t.c.name,
            aggregate_order_by(literal(SKILL_SEPARATOR), skill_t.c.sort_order, skill_t.c.id),
        )
        return func.coalesce(base.add_columns(agg).scalar_subquery(), "")
    # SQLite's group_concat keeps the order of an ordered subquery.
    ordered = (
        select(skill_t.c.name)
        .select_from(volunteer_skill_t.join(skill_t, skill_t.c.id == volunteer_skill_t.c.skill_id))
        .where(volunteer_skill_t.c.volunteer_id == volunteer_t.c.id)
        .order_by(skill_t.c.sort_order, skill_t.c.id)
        .correlate(volunteer_t)
        .subquery()
    )
    agg = func.group_concat(ordered.c.name, SKILL_SEPARATOR)
    return func.coalesce(select(agg).scalar_subquery(), "")


# --- teams -------------------------------------------------------------------------------


def team_tree(session: Session) -> dict[int, int | None]:
    """``{team_id: parent_id}`` (a handful of rows)."""
    return dict(session.execute(select(team_t.c.id, team_t.c.parent_id)).all())


def team_and_below(session: Session, team_id: int) -> list[int]:
    """The team and every squad under it."""
    tree = team_tree(session)
    found = [team_id]
    frontier = [team_id]
    while frontier:
        frontier = [t for t, parent in tree.items() if parent in frontier and t not in found]
        found.extend(frontier)
    return found


# --- volunteers --------------------------------------------------------------------------


def volunteer_name(session: Session, volunteer_id: int) -> str | None:
    return session.execute(
        select(NAME).select_from(with_member()).where(volunteer_t.c.id == volunteer_id)
    ).scalar_one_or_none()


def volunteer_conditions(
    session: Session,
    query: str = "",
    team_id: int | None = None,
    skill_id: int | None = None,
    active: bool | None = True,
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if active is not None:
        where.append(volunteer_t.c.active.is_(active))
    if team_id is not None:
        where.append(volunteer_t.c.team_id.in_(team_and_below(session, team_id)))
    if skill_id is not None:
        where.append(
            exists()
            .where(volunteer_skill_t.c.volunteer_id == volunteer_t.c.id)
            .where(volunteer_skill_t.c.skill_id == skill_id)
        )
    condition = search_condition(SEARCH, query)
    if condition is not None:
        where.append(condition)
    return where


def volunteer_rows_select(session: Session, where: Sequence[ColumnElement[bool]]) -> Select:
    return (
        select(
            volunteer_t.c.id,
            volunteer_t.c.member_id,
            member_t.c.member_no,
            NAME.label("name"),
            MOBILE.label("mobile"),
            volunteer_t.c.team_id,
            team_t.c.name.label("team_name"),
            skills_text(session).label("skills"),
            volunteer_t.c.availability,
            volunteer_t.c.joined_on,
            volunteer_t.c.active,
        )
        .select_from(people())
        .where(*where)
        .order_by(NAME_SORT, NAME, volunteer_t.c.id)
    )


# --- shifts and the overlap rule ---------------------------------------------------------


def overlapping(
    volunteer_id: ColumnElement[int] | int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
) -> ColumnElement[bool]:
    """Live assignments of the volunteer overlapping ``[starts_at, ends_at)``; the range
    on ``starts_at`` lets the ``(volunteer_id, starts_at)`` index do the work."""
    return and_(
        assignment_t.c.volunteer_id == volunteer_id,
        assignment_t.c.starts_at > starts_at - MAX_SHIFT,
        assignment_t.c.starts_at < ends_at,
        assignment_t.c.ends_at > starts_at,
        assignment_t.c.status != CANCELLED,
    )


@dataclass(frozen=True)
class Clash:
    assignment_id: int
    shift_id: int
    activity_id: int
    activity_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    role: str
    override_reason: str | None


_CLASH = (
    select(
        assignment_t.c.id,
        shift_t.c.id,
        activity_t.c.id,
        activity_t.c.title,
        assignment_t.c.starts_at,
        assignment_t.c.ends_at,
        shift_t.c.role,
        assignment_t.c.override_reason,
    )
    .select_from(on_shifts())
    .where(
        assignment_t.c.volunteer_id == bindparam("volunteer_id"),
        assignment_t.c.starts_at > bindparam("look_back"),
        assignment_t.c.starts_at < bindparam("ends_at"),
        assignment_t.c.ends_at > bindparam("starts_at"),
        assignment_t.c.status != CANCELLED,
        assignment_t.c.shift_id.not_in(bindparam("exclude", expanding=True)),
    )
    .order_by(assignment_t.c.starts_at, assignment_t.c.id)
    .limit(1)
)


def find_clash(
    session: Session,
    volunteer_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    exclude_shift_ids: Iterable[int] = (),
) -> Clash | None:
    """The earliest live assignment of the volunteer that overlaps, if any (the same
    condition as :func:`overlapping`, one statement built once)."""
    row = (
        session.connection()
        .execute(
            _CLASH,
            {
                "volunteer_id": volunteer_id,
                "look_back": starts_at - MAX_SHIFT,
                "ends_at": ends_at,
                "starts_at": starts_at,
                "exclude": list(exclude_shift_ids),
            },
        )
        .first()
    )
    return Clash(*row) if row else None


FILLED = func.count(assignment_t.c.id).filter(assignment_t.c.status != CANCELLED)
ATTENDED_COUNT = func.count(assignment_t.c.id).filter(assignment_t.c.status == ATTENDED)


def _per_shift(names: str) -> Select:
    """The named shift columns, and how many are on the shift and attended it."""
    return (
        select(*columns(shift_t, names), FILLED.label("filled"), ATTENDED_COUNT.label("attended"))
        .select_from(shift_t.outerjoin(assignment_t, assignment_t.c.shift_id == shift_t.c.id))
        .group_by(shift_t.c.id)
    )


def shift_rows_select() -> Select:
    return _per_shift("id activity_id starts_at ends_at role places").order_by(
        shift_t.c.starts_at, shift_t.c.id
    )


def activity_rows_select() -> Select:
    """Activities with their shift counts, places and fill (two grouped subqueries)."""
    per_shift = _per_shift("activity_id places").subquery()
    totals = (
        select(
            per_shift.c.activity_id,
            func.count().label("shifts"),
            func.sum(per_shift.c.places).label("places"),
            func.sum(per_shift.c.filled).label("filled"),
            func.sum(per_shift.c.attended).label("attended"),
        )
        .group_by(per_shift.c.activity_id)
        .subquery()
    )
    return (
        select(
            *columns(activity_t, "id title kind place starts_at ends_at team_id"),
            team_t.c.name,
            activity_t.c.description,
            *coalesced(totals, "shifts places filled attended"),
        )
        .select_from(
            activity_t.outerjoin(team_t, team_t.c.id == activity_t.c.team_id).outerjoin(
                totals, totals.c.activity_id == activity_t.c.id
            )
        )
        .order_by(activity_t.c.starts_at, activity_t.c.id)
    )


def year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)


def attended_hours_by_volunteer(first: dt.datetime, after_last: dt.datetime) -> FromClause:
    """``(volunteer_id, hours, attended)`` of attended assignments starting in the range."""
    return (
        select(
            assignment_t.c.volunteer_id,
            func.sum(assignment_t.c.hours).label("hours"),
            func.count().label("attended"),
        )
        .where(attended_between(first, after_last))
        .group_by(assignment_t.c.volunteer_id)
        .subquery()
    )


def candidates_select(
    session: Session,
    shift_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    availability_mask: int,
    where: Sequence[ColumnElement[bool]],
    free_only: bool,
    available_only: bool,
) -> Select:
    """Everyone who could take the shift, with their hours in the shift's year and
    whether they are free then: one statement, whatever the number of candidates."""
    hours = attended_hours_by_volunteer(*year_bounds(starts_at.year))
    busy = (
        exists()
        .where(overlapping(volunteer_t.c.id, starts_at, ends_at))
        .where(assignment_t.c.shift_id != shift_id)
    )
    on_shift = (
        exists()
        .where(assignment_t.c.shift_id == shift_id)
        .where(assignment_t.c.volunteer_id == volunteer_t.c.id)
        .where(assignment_t.c.status != CANCELLED)
    )
    available = volunteer_t.c.availability.bitwise_and(availability_mask) == availability_mask
    free = ~busy
    hours_col = func.coalesce(hours.c.hours, 0)
    stmt = (
        select(
            volunteer_t.c.id,
            NAME.label("name"),
            volunteer_t.c.team_id,
            team_t.c.name.label("team_name"),
            skills_text(session).label("skills"),
            MOBILE.label("mobile"),
            hours_col.label("hours"),
            case((free, True), else_=False).label("free"),
            case((available, True), else_=False).label("available"),
            case((on_shift, True), else_=False).label("on_shift"),
        )
        .select_from(people().outerjoin(hours, hours.c.volunteer_id == volunteer_t.c.id))
        .where(*where)
    )
    if free_only:
        stmt = stmt.where(free)
    if available_only:
        stmt = stmt.where(available)
    # Those already on the shift last; then the free, the usually available, the
    # fewest hours this year (spread the work), by name.
    return stmt.order_by(
        case((on_shift, 1), else_=0),
        case((free, 0), else_=1),
        case((available, 0), else_=1),
        hours_col,
        NAME_SORT,
        volunteer_t.c.id,
    )


def community_of_member(session: Session, member_id: int) -> tuple[int | None, str | None]:
    row = session.execute(
        select(member_t.c.community_id, community_t.c.name)
        .select_from(member_t.outerjoin(community_t, community_t.c.id == member_t.c.community_id))
        .where(member_t.c.id == member_id)
    ).first()
    return (row[0], row[1]) if row else (None, None)
