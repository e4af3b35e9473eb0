"""Volunteers, activities, shifts and hours of one period."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from station_app.members.models import Community
from station_app.overview.queries.common import decimal
from station_app.overview.types import Number, Period, Raw
from station_app.volunteers.models import Activity, Assignment, Shift, Team, Volunteer
from station_app.volunteers.queries import attended_between

NO_COMMUNITY = ""  # row key: teams of no community (the brigade)

v = Volunteer.__table__
t = Team.__table__
act = Activity.__table__
sh = Shift.__table__
asg = Assignment.__table__
c = Community.__table__


def volunteer_figures(s: Session, period: Period) -> Raw:
    attended = attended_between(period.start, period.after)
    on_file = s.scalar(
        select(func.count()).where(v.c.active.is_(True), v.c.joined_on <= period.last)
    )
    active, attendances, hours = s.execute(
        select(func.count(distinct(asg.c.volunteer_id)), func.count(), func.sum(asg.c.hours)).where(
            attended
        )
    ).one()
    activities = s.scalar(
        select(func.count()).where(act.c.starts_at >= period.start, act.c.starts_at < period.after)
    )
    shifts = s.scalar(
        select(func.count()).where(sh.c.starts_at >= period.start, sh.c.starts_at < period.after)
    )
    per_team = dict(
        s.execute(
            select(v.c.team_id, func.sum(asg.c.hours))
            .select_from(asg.join(v, v.c.id == asg.c.volunteer_id))
            .where(attended)
            .group_by(v.c.team_id)
        ).all()
    )
    by_team: dict[str, Number] = {}
    by_community: dict[str, Number] = {}
    teams = s.execute(
        select(t.c.id, t.c.name, c.c.name)
        .select_from(t.outerjoin(c, c.c.id == t.c.community_id))
        .order_by(t.c.parent_id.is_not(None), t.c.sort_order, t.c.id)
    ).all()
    for team_id, name, community in teams:
        team_hours = decimal(per_team.get(team_id))
        by_team[name] = team_hours
        key = community or NO_COMMUNITY
        by_community[key] = by_community.get(key, Decimal("0.00")) + team_hours
    return {
        "volunteers.totals": {
            "on_file": int(on_file or 0),
            "active": int(active or 0),
            "activities": int(activities or 0),
            "shifts": int(shifts or 0),
            "attendances": int(attendances or 0),
            "hours": decimal(hours),
        },
        "volunteers.hours_by_team": by_team,
        "volunteers.hours_by_community": by_community,
    }
