"""The skill list (宣传, 调解, 扶助, 联络, 组织, 急救, 驾驶, 摄影 seeded): an administrator
adds, renames or retires entries; a retired skill stays on the volunteers who have it
but is no longer offered."""

from __future__ import annotations

from sqlalchemy import func, select

from station_app.core import audit, errors, records
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.volunteers.models import Skill, Volunteer, VolunteerSkill
from station_app.volunteers.service import rules
from station_app.volunteers.types import SkillRow


def _taken(name: str) -> ConflictError:
    return errors.name_taken(
        QT_TRANSLATE_NOOP("Errors", "The skill {name} is on the list already."), name
    )


def _missing() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This skill is no longer on the list."))


class SkillService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_skills(self, include_inactive: bool = False) -> list[SkillRow]:
        counts = (
            select(VolunteerSkill.skill_id, func.count().label("n"))
            .join(Volunteer, Volunteer.id == VolunteerSkill.volunteer_id)
            .where(Volunteer.active.is_(True))
            .group_by(VolunteerSkill.skill_id)
            .subquery()
        )
        stmt = (
            select(
                Skill.id, Skill.name, Skill.sort_order, Skill.active, func.coalesce(counts.c.n, 0)
            )
            .outerjoin(counts, counts.c.skill_id == Skill.id)
            .order_by(Skill.sort_order, Skill.id)
        )
        if not include_inactive:
            stmt = stmt.where(Skill.active.is_(True))
        with self.db.read() as s:
            return [SkillRow(*row) for row in s.execute(stmt)]

    def add_skill(self, actor: Actor, name: str) -> int:
        require_admin(actor)
        name = rules.skill_name(name)
        with self.db.transaction() as s:
            records.name_free(s, Skill, name, _taken)
            order = records.next_sort_order(s, Skill.sort_order)
            skill = Skill(name=name, sort_order=order, active=True)
            with records.refusing_duplicates(s, lambda: _taken(name)):
                s.add(skill)
                s.flush()
            audit.record(s, actor, "create", "skill", skill.id, after={"name": name})
            return skill.id

    def rename_skill(self, actor: Actor, skill_id: int, name: str) -> None:
        require_admin(actor)
        name = rules.skill_name(name)
        with self.db.transaction() as s:
            skill = records.get(s, Skill, skill_id, _missing)
            if skill.name == name:
                return
            records.name_free(s, Skill, name, _taken, other_than=skill_id)
            before = {"name": skill.name}
            skill.name = name
            s.flush()
            audit.record(s, actor, "update", "skill", skill_id, before=before, after={"name": name})

    def set_skill_active(self, actor: Actor, skill_id: int, active: bool) -> None:
        require_admin(actor)
        with self.db.transaction() as s:
            skill = records.get(s, Skill, skill_id, _missing)
            if skill.active == active:
                return
            skill.active = active
            s.flush()
            audit.record(
                s,
                actor,
                "update",
                "skill",
                skill_id,
                before={"active": not active},
                after={"active": active},
            )
