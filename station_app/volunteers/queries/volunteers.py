"""A volunteer's record for its form and the rows of the volunteer list (mobiles and
ID numbers masked unless the caller asks for full values)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Row, select
from sqlalchemy.orm import Session

from station_app.core import records
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.selects import columns
from station_app.volunteers import queries
from station_app.volunteers.errors import missing_volunteer
from station_app.volunteers.models import Skill, VolunteerSkill
from station_app.volunteers.types import VolunteerRecord, VolunteerRow


def mask_or_blank(value: str | None, masker: Any) -> str:
    return masker(value) if value else ""


def one_volunteer(s: Session, volunteer_id: int, *cols: ColumnElement[Any]) -> Row[Any]:
    """``cols`` (of :func:`~station_app.volunteers.queries.people`) of one volunteer;
    refused when the volunteer is not on file."""
    stmt = (
        select(*cols).select_from(queries.people()).where(queries.volunteer_t.c.id == volunteer_id)
    )
    return records.found(s.execute(stmt).first(), missing_volunteer)


# The record's fields that are the volunteer's (or their member's) as stored.
_RECORD_FIELDS = (
    "id member_id member_no name gender id_type team_id team_name availability joined_on "
    "active notes created_at updated_at"
)


def record(s: Session, volunteer_id: int, masked: bool) -> VolunteerRecord:
    v = queries.volunteer_t
    row = one_volunteer(
        s,
        volunteer_id,
        *columns(v, "id member_id"),
        queries.member_t.c.member_no,
        queries.NAME.label("name"),
        queries.GENDER.label("gender"),
        queries.ID_TYPE.label("id_type"),
        queries.ID_NUMBER.label("id_number"),
        queries.MOBILE.label("mobile"),
        v.c.team_id,
        queries.team_t.c.name.label("team_name"),
        *columns(v, "availability joined_on active notes created_at updated_at"),
    )
    skills = s.execute(
        select(Skill.id, Skill.name)
        .join(VolunteerSkill, VolunteerSkill.skill_id == Skill.id)
        .where(VolunteerSkill.volunteer_id == volunteer_id)
        .order_by(Skill.sort_order, Skill.id)
    ).all()
    id_number, mobile = row.id_number or "", row.mobile or ""
    return VolunteerRecord(
        **records.values(row, _RECORD_FIELDS),
        id_number=mask_or_blank(id_number, mask_id) if masked else id_number,
        mobile=mask_or_blank(mobile, mask_mobile) if masked else mobile,
        skill_ids=tuple(sk[0] for sk in skills),
        skills=tuple(sk[1] for sk in skills),
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
