"""What the volunteer tab and the printouts show: activities by month, an activity's
roster, a volunteer's history with hours per year, a team's totals, the year's
figures. Read-only, Core selects, tuples.

Hours count only attended assignments (已到岗), in the year their shift starts;
a team's hours are its volunteers' hours (the team they are in now).
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from station_app.core import audit
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.ids import mask_mobile
from station_app.core.models import Station
from station_app.core.selects import coalesced, columns
from station_app.volunteers import queries
from station_app.volunteers.errors import missing_activity, missing_volunteer
from station_app.volunteers.models import ACTIVITY_KINDS, ATTENDED, CANCELLED
from station_app.volunteers.queries import (
    activity_t,
    assignment_t,
    attended_between,
    hours,
    on_shifts,
    shift_t,
    team_t,
    volunteer_t,
    year_bounds,
)
from station_app.volunteers.types import (
    ActivityRow,
    HistoryRow,
    HoursLine,
    KindTotals,
    Roster,
    RosterLine,
    RosterShift,
    ShiftRow,
    TeamTotals,
    VolunteerHistory,
    YearHours,
    YearSummary,
)

# An assignment's hours, why they differ from the shift's, why it was made despite a clash.
_HOURS = columns(assignment_t, "hours hours_reason override_reason")


def station_name(session: Session) -> str:
    return session.scalar(select(Station.name).where(Station.id == 1)) or ""


class VolunteerViews:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- activities --------------------------------------------------------------------

    def activities_between(
        self, first: dt.date, last: dt.date, team_id: int | None = None
    ) -> list[ActivityRow]:
        """Activities touching the days ``first`` to ``last`` (both included)."""
        start = dt.datetime.combine(first, dt.time(0))
        after = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0))
        stmt = queries.activity_rows_select().where(
            activity_t.c.starts_at < after, activity_t.c.ends_at > start
        )
        with self.db.read() as s:
            if team_id is not None:
                stmt = stmt.where(activity_t.c.team_id.in_(queries.team_and_below(s, team_id)))
            return [ActivityRow(*row) for row in s.execute(stmt)]

    def activities_in_month(
        self, year: int, month: int, team_id: int | None = None
    ) -> list[ActivityRow]:
        last = calendar.monthrange(year, month)[1]
        return self.activities_between(dt.date(year, month, 1), dt.date(year, month, last), team_id)

    # --- the roster --------------------------------------------------------------------

    def roster(self, actor: Actor, activity_id: int, leader_copy: bool = False) -> Roster:
        """排班表 of the activity. Mobiles are masked, except on the leader's copy, which
        only an administrator may take (the audit log records it)."""
        if leader_copy:
            require_admin(actor)
            with self.db.transaction() as s:
                roster = self._roster(s, activity_id, leader_copy=True)
                audit.record(
                    s, actor, "export_full", "activity", activity_id, note="roster: mobile"
                )
                return roster
        with self.db.read() as s:
            return self._roster(s, activity_id, leader_copy=False)

    def _roster(self, s: Session, activity_id: int, leader_copy: bool) -> Roster:
        row = s.execute(
            queries.activity_rows_select().where(activity_t.c.id == activity_id)
        ).first()
        if row is None:
            raise missing_activity()
        activity = ActivityRow(*row)
        shifts = [
            ShiftRow(*r)
            for r in s.execute(
                queries.shift_rows_select().where(shift_t.c.activity_id == activity_id)
            )
        ]
        lines: dict[int, list[RosterLine]] = {sh.id: [] for sh in shifts}
        cancelled: dict[int, int] = dict.fromkeys(lines, 0)
        stmt = (
            select(
                assignment_t.c.shift_id,
                assignment_t.c.id,
                assignment_t.c.volunteer_id,
                queries.NAME,
                team_t.c.name,
                queries.MOBILE,
                assignment_t.c.status,
                *_HOURS,
            )
            .select_from(queries.people_on_shifts())
            .where(shift_t.c.activity_id == activity_id)
            .order_by(assignment_t.c.shift_id, queries.NAME_SORT, queries.NAME, volunteer_t.c.id)
        )
        for r in s.execute(stmt):
            if r[6] == CANCELLED:
                cancelled[r[0]] += 1
                continue
            mobile = r[5] or ""
            lines[r[0]].append(
                RosterLine(
                    assignment_id=r[1],
                    volunteer_id=r[2],
                    name=r[3],
                    team_name=r[4],
                    mobile=mobile if leader_copy else (mask_mobile(mobile) if mobile else ""),
                    status=r[6],
                    hours=hours(r[7]),
                    hours_reason=r[8],
                    override_reason=r[9],
                )
            )
        return Roster(
            station_name=station_name(s),
            activity=activity,
            shifts=tuple(RosterShift(sh, tuple(lines[sh.id]), cancelled[sh.id]) for sh in shifts),
            leader_name=self._leader(s, activity.team_id),
            leader_copy=leader_copy,
        )

    @staticmethod
    def _leader(s: Session, team_id: int | None) -> str | None:
        """The organising team's leader, else the leader of the team above it."""
        tree = queries.team_tree(s)
        node = team_id
        if node is None:  # the whole brigade
            node = next((t for t, parent in sorted(tree.items()) if parent is None), None)
        seen: set[int] = set()
        while node is not None and node not in seen:
            seen.add(node)
            leader = s.scalar(select(team_t.c.leader_volunteer_id).where(team_t.c.id == node))
            if leader is not None:
                return queries.volunteer_name(s, leader)
            node = tree.get(node)
        return None

    # --- a volunteer's history ---------------------------------------------------------

    def volunteer_history(self, volunteer_id: int) -> VolunteerHistory:
        stmt = (
            select(
                assignment_t.c.id,
                activity_t.c.id,
                activity_t.c.title,
                activity_t.c.kind,
                activity_t.c.place,
                shift_t.c.id,
                assignment_t.c.starts_at,
                assignment_t.c.ends_at,
                shift_t.c.role,
                assignment_t.c.status,
                *_HOURS,
            )
            .select_from(on_shifts())
            .where(assignment_t.c.volunteer_id == volunteer_id)
            .order_by(assignment_t.c.starts_at.desc(), assignment_t.c.id.desc())
        )
        with self.db.read() as s:
            name = queries.volunteer_name(s, volunteer_id)
            if name is None:
                raise missing_volunteer()
            rows = [
                HistoryRow(*r[:10], hours(r[10]), r[11], r[12])  # type: ignore[call-arg]
                for r in s.execute(stmt)
            ]
        per_year: dict[int, list[Decimal]] = {}
        for row in rows:
            if row.status == ATTENDED:
                per_year.setdefault(row.starts_at.year, []).append(row.hours)
        years = tuple(
            YearHours(year, len(values), sum(values, Decimal("0.00")))
            for year, values in sorted(per_year.items(), reverse=True)
        )
        return VolunteerHistory(volunteer_id, name, tuple(rows), years)

    # --- totals ------------------------------------------------------------------------

    def hours_lines(self, year: int) -> list[HoursLine]:
        """Every attended assignment of ``year``, by time then name (the spreadsheet)."""
        first, after = year_bounds(year)
        stmt = (
            select(
                assignment_t.c.id,
                assignment_t.c.starts_at,
                assignment_t.c.ends_at,
                activity_t.c.title,
                activity_t.c.kind,
                shift_t.c.role,
                volunteer_t.c.id,
                queries.NAME,
                queries.member_t.c.member_no,
                team_t.c.name,
                *_HOURS,
            )
            .select_from(queries.people_on_shifts())
            .where(attended_between(first, after))
            .order_by(assignment_t.c.starts_at, queries.NAME_SORT, assignment_t.c.id)
        )
        with self.db.read() as s:
            return [HoursLine(*r[:10], hours(r[10]), r[11], r[12]) for r in s.execute(stmt)]

    def team_totals(self, year: int) -> list[TeamTotals]:
        """Every team: active volunteers on file at the end of ``year`` (joined by then),
        and its volunteers' attended shifts and hours in ``year``."""
        with self.db.read() as s:
            return self._team_totals(s, year)

    @staticmethod
    def _team_totals(s: Session, year: int) -> list[TeamTotals]:
        first, after = year_bounds(year)
        served = (
            select(
                volunteer_t.c.team_id,
                func.count(distinct(assignment_t.c.volunteer_id)).label("served"),
                func.count(assignment_t.c.id).label("attendances"),
                func.sum(assignment_t.c.hours).label("hours"),
            )
            .select_from(
                assignment_t.join(volunteer_t, volunteer_t.c.id == assignment_t.c.volunteer_id)
            )
            .where(attended_between(first, after))
            .group_by(volunteer_t.c.team_id)
            .subquery()
        )
        on_file = (
            select(volunteer_t.c.team_id, func.count().label("n"))
            .where(volunteer_t.c.active.is_(True), volunteer_t.c.joined_on < after.date())
            .group_by(volunteer_t.c.team_id)
            .subquery()
        )
        stmt = (
            select(
                team_t.c.id,
                team_t.c.name,
                team_t.c.parent_id,
                *coalesced(on_file, "n"),
                *coalesced(served, "served attendances"),
                served.c.hours,
            )
            .select_from(
                team_t.outerjoin(on_file, on_file.c.team_id == team_t.c.id).outerjoin(
                    served, served.c.team_id == team_t.c.id
                )
            )
            .order_by(team_t.c.parent_id.is_not(None), team_t.c.sort_order, team_t.c.id)
        )
        return [TeamTotals(*r[:6], hours(r[6])) for r in s.execute(stmt)]

    def year_summary(self, year: int) -> YearSummary:
        """活动开展、参与志愿者、服务人次、服务时长 of ``year``, by team and by kind."""
        first, after = year_bounds(year)
        attended_in_year = attended_between(first, after)
        with self.db.read() as s:
            planned = s.scalar(
                select(func.count())
                .select_from(activity_t)
                .where(activity_t.c.starts_at >= first, activity_t.c.starts_at < after)
            )
            totals = s.execute(
                select(
                    func.count(distinct(shift_t.c.activity_id)),
                    func.count(distinct(assignment_t.c.volunteer_id)),
                    func.count(assignment_t.c.id),
                    func.sum(assignment_t.c.hours),
                )
                .select_from(assignment_t.join(shift_t, shift_t.c.id == assignment_t.c.shift_id))
                .where(attended_in_year)
            ).one()
            on_file = s.scalar(  # on file at the year's end, as the annual report counts
                select(func.count())
                .select_from(volunteer_t)
                .where(volunteer_t.c.active.is_(True), volunteer_t.c.joined_on < after.date())
            )
            by_kind_rows = dict(
                (r[0], r[1:])
                for r in s.execute(
                    select(
                        activity_t.c.kind,
                        func.count(distinct(activity_t.c.id)),
                        func.count(assignment_t.c.id),
                        func.sum(assignment_t.c.hours),
                    )
                    .select_from(on_shifts())
                    .where(attended_in_year)
                    .group_by(activity_t.c.kind)
                )
            )
            by_team = self._team_totals(s, year)
            name = station_name(s)
        by_kind = tuple(
            KindTotals(
                kind, by_kind_rows[kind][0], by_kind_rows[kind][1], hours(by_kind_rows[kind][2])
            )
            for kind in ACTIVITY_KINDS
            if kind in by_kind_rows
        )
        return YearSummary(
            station_name=name,
            year=year,
            activities_planned=planned or 0,
            activities_held=totals[0] or 0,
            volunteers_on_file=on_file or 0,
            volunteers_served=totals[1] or 0,
            attendances=totals[2] or 0,
            hours=hours(totals[3]),
            by_team=tuple(by_team),
            by_kind=by_kind,
        )
