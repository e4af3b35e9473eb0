"""A volunteer's record for its form and the rows of the volunteer list (mobiles and
ID numbers masked unless the caller asks for full values)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.core.ids import mask_id, mask_mobile
from station_app.volunteers import queries
from station_app.volunteers.errors import missing_volunteer
from station_app.volunteers.models import Skill, VolunteerSkill
from station_app.volunteers.types import VolunteerRecord, VolunteerRow


def mask_or_blank(value: str | None, masker: Any) -> str:
    return masker(value) if value else ""


def record(s: Session, volunteer_id: int, masked: bool) -> VolunteerRecord:
    v, m = queries.volunteer_t, queries.member_t
    row = s.execute(
        select(
            v.c.id,
            v.c.member_id,
            m.c.member_no,
            queries.NAME,
            queries.GENDER,
            queries.ID_TYPE,
            queries.ID_NUMBER,
            queries.MOBILE,
            v.c.team_id,
            queries.team_t.c.name,
            v.c.availability,
            v.c.joined_on,
            v.c.active,
            v.c.notes,
            v.c.created_at,
            v.c.updated_at,
        )
        .select_from(queries.people())
        .where(v.c.id == volunteer_id)
    ).first()
    if row is None:
        raise missing_volunteer()
    skills = s.execute(
        select(Skill.id, Skill.name)
        .join(VolunteerSkill, VolunteerSkill.skill_id == Skill.id)
        .where(VolunteerSkill.volunteer_id == volunteer_id)
        .order_by(Skill.sort_order, Skill.id)
    ).all()
    id_number, mobile = row[6] or "", row[7] or ""
    return VolunteerRecord(
        id=row[0],
        member_id=row[1],
        member_no=row[2],
        name=row[3],
        gender=row[4],
        id_type=row[5],
        id_number=mask_or_blank(id_number, mask_id) if masked else id_number,
        mobile=mask_or_blank(mobile, mask_mobile) if masked else mobile,
        team_id=row[8],
        team_name=row[9],
        skill_ids=tuple(sk[0] for sk in skills),
        skills=tuple(sk[1] for sk in skills),
        availability=row[10],
        joined_on=row[11],
        active=row[12],
        notes=row[13],
        created_at=row[14],
        updated_at=row[15],
        masked=masked,
    )


def row(r: Any) -> VolunteerRow:
    return VolunteerRow(
        id=r.id,
        member_id=r.member_id,
        member_no=r.member_no,
        name=r.name,
        mobile=mask_or_blank(r.mobile, mask_mobile),
        team_id=r.team_id,
        team_name=r.team_name,
        skills=r.skills or "",
        availability=r.availability,
        joined_on=r.joined_on,
        active=r.active,
    )
