"""Units and members of one period."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from station_app.members.models import OUTDOOR_KINDS, Community, Member, Unit
from station_app.overview.queries.common import count_if
from station_app.overview.types import Period, Raw

NO_COMMUNITY = ""  # row key of members without a community
CATEGORIES = ("hardship", "hardship_severe", "outdoor", "migrant", "model", "women")

u = Unit.__table__
m = Member.__table__
c = Community.__table__


def unit_figures(s: Session, period: Period) -> Raw:
    founded_by_end = and_(u.c.union_status != "none", u.c.union_founded_on <= period.last)
    union_by_end = and_(
        u.c.union_status != "none",
        or_(u.c.union_founded_on.is_(None), u.c.union_founded_on <= period.last),
    )
    on_file = or_(u.c.created_at < period.after, founded_by_end)
    row = s.execute(
        select(
            count_if(on_file),
            count_if(and_(on_file, union_by_end)),
            count_if(and_(on_file, union_by_end, u.c.union_status == "own")),
            count_if(and_(on_file, union_by_end, u.c.union_status == "joint")),
            count_if(
                and_(
                    u.c.union_status != "none",
                    u.c.union_founded_on >= period.first,
                    u.c.union_founded_on <= period.last,
                )
            ),
        )
    ).one()
    keys = ("total", "with_union", "own_union", "joint_union", "founded")
    return {"units.totals": dict(zip(keys, (int(v) for v in row), strict=True))}


def on_roll(period: Period):  # type: ignore[no-untyped-def]
    """Members on the roll at the period's end."""
    return and_(
        m.c.joined_on <= period.last,
        or_(m.c.status == "active", m.c.status_changed_on > period.last),
    )


def member_figures(s: Session, period: Period) -> Raw:
    roll = on_roll(period)
    in_period = (m.c.status_changed_on >= period.first, m.c.status_changed_on <= period.last)
    totals = s.execute(
        select(
            count_if(roll),
            count_if(and_(m.c.joined_on >= period.first, m.c.joined_on <= period.last)),
            count_if(and_(m.c.status == "transferred", *in_period)),
            count_if(and_(m.c.status == "withdrawn", *in_period)),
            count_if(and_(roll, m.c.hardship_level.is_not(None))),
            count_if(and_(roll, m.c.hardship_level == "severe")),
            count_if(and_(roll, m.c.outdoor_kind.is_not(None))),
            count_if(and_(roll, m.c.migrant_worker.is_(True))),
            count_if(and_(roll, m.c.model_worker.is_(True))),
            count_if(and_(roll, m.c.gender == "F")),
            *(
                count_if(and_(m.c.joined_on >= first, m.c.joined_on <= last))
                for first, last in period.months()
            ),
        )
    ).one()
    values = [int(v) for v in totals]
    by_kind = dict(
        s.execute(
            select(m.c.outdoor_kind, count_if(roll))
            .where(m.c.outdoor_kind.is_not(None))
            .group_by(m.c.outdoor_kind)
        ).all()
    )
    by_community = s.execute(
        select(c.c.name, count_if(roll))
        .select_from(m.outerjoin(c, c.c.id == m.c.community_id))
        .where(m.c.joined_on <= period.last)
        .group_by(c.c.id, c.c.name, c.c.sort_order)
        .order_by(c.c.sort_order.is_(None), c.c.sort_order, c.c.id)
    ).all()
    communities = {name or NO_COMMUNITY: int(n) for name, n in by_community}
    for (name,) in s.execute(
        select(c.c.name).where(c.c.retired.is_(False)).order_by(c.c.sort_order, c.c.id)
    ):
        communities.setdefault(name, 0)
    return {
        "members.totals": dict(
            zip(("total", "joined", "transferred", "withdrawn"), values[:4], strict=True)
        ),
        "members.by_category": dict(zip(CATEGORIES, values[4:10], strict=True)),
        "members.outdoor_by_kind": {k: int(by_kind.get(k, 0)) for k in OUTDOOR_KINDS},
        "members.by_community": communities,
        "members.joined_by_month": {f"{i + 1:02d}": v for i, v in enumerate(values[10:])},
    }
