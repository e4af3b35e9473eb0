"""The checks behind adding and editing a volunteer (team, skills, the member or the
non-member's identity, duplicates another desk made a moment ago) and the rows they
write beside the volunteer: skills, identity, the audit snapshot.

Audit snapshots keep ID numbers and mobiles masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.search import search_text
from station_app.members.models import Member, name_sort_key
from station_app.volunteers.errors import AlreadyVolunteer
from station_app.volunteers.models import Skill, Team, Volunteer, VolunteerSkill
from station_app.volunteers.queries.volunteers import mask_or_blank
from station_app.volunteers.service import rules
from station_app.volunteers.types import Notice

# Already a volunteer: what the desk reads, by the field that found them.
_ALREADY = {
    "member_id": QT_TRANSLATE_NOOP("Errors", "{name} is a volunteer already."),
    "id_number": QT_TRANSLATE_NOOP(
        "Errors", "This ID number is on file already, for the volunteer {name}."
    ),
}


def _already(field: str, name: str, volunteer_id: int) -> AlreadyVolunteer:
    return AlreadyVolunteer(
        _ALREADY[field], field=field, existing_volunteer_id=volunteer_id, name=name
    )


def check_team(s: Session, team_id: int, current: int | None) -> None:
    active = s.scalar(select(Team.active).where(Team.id == team_id))
    if active is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This team is no longer on file."), field="team_id"
        )
    if not active and team_id != current:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This team is no longer active."), field="team_id"
        )


def check_skills(s: Session, skill_ids: Sequence[int], kept: Sequence[int] = ()) -> tuple[int, ...]:
    wanted = tuple(dict.fromkeys(skill_ids))
    if not wanted:
        return ()
    rows = dict(s.execute(select(Skill.id, Skill.active).where(Skill.id.in_(wanted))).all())
    for skill_id in wanted:
        if skill_id not in rows or not (rows[skill_id] or skill_id in kept):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This skill is no longer on the list."),
                field="skill_ids",
            )
    return wanted


def check_member(s: Session, member_id: int) -> None:
    member = s.execute(select(Member.name, Member.status).where(Member.id == member_id)).first()
    if member is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This member is no longer on file."),
            field="member_id",
        )
    existing = s.scalar(select(Volunteer.id).where(Volunteer.member_id == member_id))
    if existing is not None:
        raise _already("member_id", member.name, existing)
    if member.status != "active":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} has left the union (transferred or withdrawn); reinstate the member first.",
            ),
            field="member_id",
            name=member.name,
        )


def check_identity(s: Session, identity: rules.CleanIdentity, volunteer_id: int | None) -> None:
    holder = s.execute(
        select(Member.id, Member.name, Member.member_no).where(
            Member.id_type == identity.id_type, Member.id_number == identity.id_number
        )
    ).first()
    if holder is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This ID number belongs to the member {name} ({member_no}): pick the member "
                "instead.",
            ),
            field="id_number",
            name=holder.name,
            member_no=holder.member_no,
        )
    existing = s.execute(
        select(Volunteer.id, Volunteer.name).where(
            Volunteer.id_type == identity.id_type,
            Volunteer.id_number == identity.id_number,
        )
    ).first()
    if existing is not None and existing.id != volunteer_id:
        raise _already("id_number", existing.name, existing.id)


def duplicate_now(
    s: Session, member_id: int | None, identity: rules.CleanIdentity | None
) -> ConflictError:
    if member_id is not None:
        row = s.execute(
            select(Volunteer.id, Member.name)
            .join(Member, Member.id == Volunteer.member_id)
            .where(Volunteer.member_id == member_id)
        ).first()
        if row is not None:
            return _already("member_id", row.name, row.id)
    if identity is not None:
        row = s.execute(
            select(Volunteer.id, Volunteer.name).where(
                Volunteer.id_type == identity.id_type,
                Volunteer.id_number == identity.id_number,
            )
        ).first()
        if row is not None:
            return _already("id_number", row.name, row.id)
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "Another desk has just changed this record; nothing was saved.")
    )


def no_mobile() -> Notice:
    return Notice(
        "no_mobile",
        QT_TRANSLATE_NOOP(
            "Notices", "No mobile number: the roster will have no way to reach this volunteer."
        ),
        field="mobile",
    )


def apply_identity(volunteer: Volunteer, identity: rules.CleanIdentity | None) -> None:
    if identity is None:  # a member: nothing of their own
        volunteer.name = ""
        volunteer.name_pinyin = ""
        volunteer.id_type = None
        volunteer.id_number = None
        volunteer.gender = None
        volunteer.mobile = ""
        volunteer.search_text = ""
        return
    volunteer.name = identity.name
    volunteer.name_pinyin = name_sort_key(identity.name)
    volunteer.id_type = identity.id_type
    volunteer.id_number = identity.id_number
    volunteer.gender = identity.gender
    volunteer.mobile = identity.mobile
    volunteer.search_text = search_text(
        name=identity.name, mobile=identity.mobile, id_number=identity.id_number
    )


def stored_skill_ids(s: Session, volunteer_id: int) -> tuple[int, ...]:
    return tuple(
        s.scalars(
            select(VolunteerSkill.skill_id)
            .where(VolunteerSkill.volunteer_id == volunteer_id)
            .order_by(VolunteerSkill.skill_id)
        )
    )


def save_skills(s: Session, volunteer_id: int, skill_ids: Sequence[int], replace: bool) -> None:
    if replace:
        s.execute(delete(VolunteerSkill).where(VolunteerSkill.volunteer_id == volunteer_id))
    if skill_ids:
        s.execute(
            insert(VolunteerSkill),
            [{"volunteer_id": volunteer_id, "skill_id": k} for k in skill_ids],
        )


def snapshot(volunteer: Volunteer, skill_ids: Sequence[int], masked: bool = True) -> dict[str, Any]:
    """What the audit log keeps (ID number and mobile masked)."""
    return {
        "member_id": volunteer.member_id,
        "name": volunteer.name,
        "id_type": volunteer.id_type,
        "id_number": mask_or_blank(volunteer.id_number, mask_id) if masked else volunteer.id_number,
        "gender": volunteer.gender,
        "mobile": mask_or_blank(volunteer.mobile, mask_mobile) if masked else volunteer.mobile,
        "team_id": volunteer.team_id,
        "skill_ids": sorted(skill_ids),
        "availability": volunteer.availability,
        "joined_on": volunteer.joined_on,
        "active": volunteer.active,
        "notes": volunteer.notes,
    }
