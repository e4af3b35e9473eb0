"""Volunteer use cases: add (a member picked by id, or a non-member checked as on the
member tab), edit, the record, the list. One transaction each, audited.

A member is a volunteer at most once: the service says so and names the volunteer,
the database's unique key on ``volunteer.member_id`` holds it against two desks.
Audit rows keep ID numbers and mobiles masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from station_app.core import audit, clock
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.search import search_text
from station_app.members.models import Community, Member, name_sort_key
from station_app.members.queries import search_condition
from station_app.volunteers import queries, rules
from station_app.volunteers.common import missing_volunteer
from station_app.volunteers.errors import AlreadyVolunteer
from station_app.volunteers.models import (
    CANCELLED,
    Assignment,
    Skill,
    Team,
    Volunteer,
    VolunteerSkill,
)
from station_app.volunteers.types import (
    MemberChoice,
    Notice,
    VolunteerFilter,
    VolunteerInput,
    VolunteerRecord,
    VolunteerRow,
    VolunteerSaved,
)

ROWS_PER_QUERY = 500


def _already_member_volunteer(name: str, volunteer_id: int) -> AlreadyVolunteer:
    return AlreadyVolunteer(
        QT_TRANSLATE_NOOP("Errors", "{name} is a volunteer already."),
        field="member_id",
        existing_volunteer_id=volunteer_id,
        name=name,
    )


def _already_id_volunteer(name: str, volunteer_id: int) -> AlreadyVolunteer:
    return AlreadyVolunteer(
        QT_TRANSLATE_NOOP("Errors", "This ID number is on file already, for the volunteer {name}."),
        field="id_number",
        existing_volunteer_id=volunteer_id,
        name=name,
    )


def _masked(value: str | None, masker: Any) -> str:
    return masker(value) if value else ""


class VolunteerService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- add and edit ------------------------------------------------------------------

    def add_volunteer(self, actor: Actor, inp: VolunteerInput) -> VolunteerSaved:
        joined = rules.joined_on(inp.joined_on)
        availability = rules.availability_value(inp.availability)
        identity = None
        if inp.member_id is None:
            identity = rules.non_member_identity(
                inp.name, inp.id_type, inp.id_number, inp.gender, inp.mobile
            )
        notes = rules.long_text(inp.notes, "notes")
        with self.db.transaction() as s:
            self._check_team(s, inp.team_id, None)
            skill_ids = self._check_skills(s, inp.skill_ids)
            notices: list[Notice] = []
            if inp.member_id is not None:
                self._check_member(s, inp.member_id)
            else:
                assert identity is not None
                self._check_identity(s, identity, None)
                if not identity.mobile:
                    notices.append(_no_mobile())
            now = clock.now()
            volunteer = Volunteer(
                member_id=inp.member_id,
                team_id=inp.team_id,
                availability=availability,
                joined_on=joined,
                active=inp.active,
                notes=notes,
                created_at=now,
                updated_at=now,
            )
            _apply_identity(volunteer, identity)
            try:
                with s.begin_nested():
                    s.add(volunteer)
                    s.flush()
            except IntegrityError:  # another desk added the same person a moment ago
                raise self._duplicate_now(s, inp.member_id, identity) from None
            _save_skills(s, volunteer.id, skill_ids, replace=False)
            audit.record(
                s, actor, "create", "volunteer", volunteer.id, after=_snapshot(volunteer, skill_ids)
            )
            return VolunteerSaved(volunteer.id, True, tuple(notices))

    def update_volunteer(
        self, actor: Actor, volunteer_id: int, inp: VolunteerInput
    ) -> VolunteerSaved:
        """Edit; ``id_number`` or ``mobile`` None keeps the stored value. No audit row
        when nothing changed."""
        availability = rules.availability_value(inp.availability)
        notes = rules.long_text(inp.notes, "notes")
        with self.db.transaction() as s:
            volunteer = s.get(Volunteer, volunteer_id)
            if volunteer is None:
                raise missing_volunteer()
            if inp.member_id != volunteer.member_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A volunteer's member cannot be changed; add the other person as a new "
                        "volunteer.",
                    ),
                    field="member_id",
                )
            joined = rules.joined_on(inp.joined_on or volunteer.joined_on)
            identity = None
            if volunteer.member_id is None:
                identity = rules.non_member_identity(
                    inp.name,
                    inp.id_type,
                    volunteer.id_number if inp.id_number is None else inp.id_number,
                    inp.gender,
                    volunteer.mobile if inp.mobile is None else inp.mobile,
                )
                self._check_identity(s, identity, volunteer_id)
            self._check_team(s, inp.team_id, volunteer.team_id)
            skill_ids = self._check_skills(s, inp.skill_ids, _skill_ids(s, volunteer_id))
            stored_skills = _skill_ids(s, volunteer_id)
            unchanged = _snapshot(volunteer, stored_skills, masked=False)
            before = _snapshot(volunteer, stored_skills)
            volunteer.team_id = inp.team_id
            volunteer.availability = availability
            volunteer.joined_on = joined
            volunteer.active = inp.active
            volunteer.notes = notes
            _apply_identity(volunteer, identity)
            after = _snapshot(volunteer, skill_ids)
            if _snapshot(volunteer, skill_ids, masked=False) == unchanged:
                return VolunteerSaved(volunteer_id, False)
            notices: list[Notice] = []
            if before["active"] and not inp.active:
                ahead = s.scalar(
                    select(func.count())
                    .select_from(Assignment)
                    .where(
                        Assignment.volunteer_id == volunteer_id,
                        Assignment.starts_at >= clock.now(),
                        Assignment.status != CANCELLED,
                    )
                )
                if ahead:
                    notices.append(
                        Notice(
                            "shifts_ahead",
                            QT_TRANSLATE_NOOP(
                                "Notices",
                                "This volunteer is still on {count} shifts to come; cancel them "
                                "on the rosters if they will not come.",
                            ),
                            params={"count": ahead},
                        )
                    )
            volunteer.updated_at = clock.now()
            try:
                with s.begin_nested():
                    s.flush()
            except IntegrityError:
                raise self._duplicate_now(s, None, identity) from None
            _save_skills(s, volunteer_id, skill_ids, replace=True)
            audit.record(s, actor, "update", "volunteer", volunteer_id, before=before, after=after)
            return VolunteerSaved(volunteer_id, True, tuple(notices))

    # --- the record and the list -------------------------------------------------------

    def get(self, actor: Actor, volunteer_id: int, reveal: bool = False) -> VolunteerRecord:
        """The record for its form: ID number and mobile masked unless an administrator
        asks to ``reveal`` them (audited)."""
        if not reveal:
            with self.db.read() as s:
                return self._record(s, volunteer_id, masked=True)
        require_admin(actor)
        with self.db.transaction() as s:
            record = self._record(s, volunteer_id, masked=False)
            audit.record(s, actor, "reveal", "volunteer", volunteer_id, note="id_number, mobile")
            return record

    def list_volunteers(
        self, f: VolunteerFilter | None = None, offset: int = 0, limit: int | None = 200
    ) -> list[VolunteerRow]:
        """One batch of the list, by name (pinyin); mobiles masked."""
        f = f or VolunteerFilter()
        with self.db.read() as s:
            where = queries.volunteer_conditions(s, f.query, f.team_id, f.skill_id, f.active)
            stmt = queries.volunteer_rows_select(s, where).offset(offset).limit(limit)
            rows = s.execute(stmt).all()
        return [_row(r) for r in rows]

    def count_volunteers(self, f: VolunteerFilter | None = None) -> int:
        f = f or VolunteerFilter()
        with self.db.read() as s:
            where = queries.volunteer_conditions(s, f.query, f.team_id, f.skill_id, f.active)
            stmt = select(func.count()).select_from(queries.people()).where(*where)
            return s.execute(stmt).scalar_one()

    def volunteer_rows(self, ids: Sequence[int]) -> list[VolunteerRow]:
        """These volunteers' rows in the order given (for a table model's batches)."""
        found: dict[int, VolunteerRow] = {}
        with self.db.read() as s:
            for start in range(0, len(ids), ROWS_PER_QUERY):
                chunk = list(ids[start : start + ROWS_PER_QUERY])
                where = [queries.volunteer_t.c.id.in_(chunk)]
                for r in s.execute(queries.volunteer_rows_select(s, where)):
                    found[r.id] = _row(r)
        return [found[i] for i in ids if i in found]

    def member_choices(self, query: str, limit: int = 20) -> list[MemberChoice]:
        """Members matching what was typed, for picking a member as a volunteer (mobile
        masked; ``volunteer_id`` set for those who are volunteers already)."""
        condition = search_condition(Member.search_text, query)
        if condition is None:
            return []
        stmt = (
            select(
                Member.id,
                Member.member_no,
                Member.name,
                Member.mobile,
                Community.name,
                Member.status,
                Volunteer.id,
            )
            .outerjoin(Community, Community.id == Member.community_id)
            .outerjoin(Volunteer, Volunteer.member_id == Member.id)
            .where(condition)
            .order_by(Member.name_pinyin, Member.name, Member.id)
            .limit(limit)
        )
        with self.db.read() as s:
            return [
                MemberChoice(
                    member_id=r[0],
                    member_no=r[1],
                    name=r[2],
                    mobile=_masked(r[3], mask_mobile),
                    community_name=r[4],
                    status=r[5],
                    volunteer_id=r[6],
                )
                for r in s.execute(stmt)
            ]

    def default_team_for_member(self, member_id: int) -> int | None:
        """The squad of the member's community, if there is one (the form's default)."""
        with self.db.read() as s:
            community_id, _ = queries.community_of_member(s, member_id)
            if community_id is None:
                return None
            return s.scalar(
                select(Team.id)
                .where(Team.community_id == community_id, Team.active.is_(True))
                .order_by(Team.id)
                .limit(1)
            )

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _record(s: Session, volunteer_id: int, masked: bool) -> VolunteerRecord:
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
            id_number=_masked(id_number, mask_id) if masked else id_number,
            mobile=_masked(mobile, mask_mobile) if masked else mobile,
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

    @staticmethod
    def _check_team(s: Session, team_id: int, current: int | None) -> None:
        active = s.scalar(select(Team.active).where(Team.id == team_id))
        if active is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This team is no longer on file."), field="team_id"
            )
        if not active and team_id != current:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This team is no longer active."), field="team_id"
            )

    @staticmethod
    def _check_skills(
        s: Session, skill_ids: Sequence[int], kept: Sequence[int] = ()
    ) -> tuple[int, ...]:
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

    @staticmethod
    def _check_member(s: Session, member_id: int) -> None:
        member = s.execute(select(Member.name, Member.status).where(Member.id == member_id)).first()
        if member is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This member is no longer on file."),
                field="member_id",
            )
        existing = s.scalar(select(Volunteer.id).where(Volunteer.member_id == member_id))
        if existing is not None:
            raise _already_member_volunteer(member.name, existing)
        if member.status != "active":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} has left the union (transferred or withdrawn); reinstate the member "
                    "first.",
                ),
                field="member_id",
                name=member.name,
            )

    @staticmethod
    def _check_identity(
        s: Session, identity: rules.CleanIdentity, volunteer_id: int | None
    ) -> None:
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
            raise _already_id_volunteer(existing.name, existing.id)

    @staticmethod
    def _duplicate_now(
        s: Session, member_id: int | None, identity: rules.CleanIdentity | None
    ) -> ConflictError:
        if member_id is not None:
            row = s.execute(
                select(Volunteer.id, Member.name)
                .join(Member, Member.id == Volunteer.member_id)
                .where(Volunteer.member_id == member_id)
            ).first()
            if row is not None:
                return _already_member_volunteer(row.name, row.id)
        if identity is not None:
            row = s.execute(
                select(Volunteer.id, Volunteer.name).where(
                    Volunteer.id_type == identity.id_type,
                    Volunteer.id_number == identity.id_number,
                )
            ).first()
            if row is not None:
                return _already_id_volunteer(row.name, row.id)
        return ConflictError(
            QT_TRANSLATE_NOOP(
                "Errors", "Another desk has just changed this record; nothing was saved."
            )
        )


def _no_mobile() -> Notice:
    return Notice(
        "no_mobile",
        QT_TRANSLATE_NOOP(
            "Notices", "No mobile number: the roster will have no way to reach this volunteer."
        ),
        field="mobile",
    )


def _apply_identity(volunteer: Volunteer, identity: rules.CleanIdentity | None) -> None:
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


def _skill_ids(s: Session, volunteer_id: int) -> tuple[int, ...]:
    return tuple(
        s.scalars(
            select(VolunteerSkill.skill_id)
            .where(VolunteerSkill.volunteer_id == volunteer_id)
            .order_by(VolunteerSkill.skill_id)
        )
    )


def _save_skills(s: Session, volunteer_id: int, skill_ids: Sequence[int], replace: bool) -> None:
    if replace:
        s.execute(delete(VolunteerSkill).where(VolunteerSkill.volunteer_id == volunteer_id))
    if skill_ids:
        s.execute(
            insert(VolunteerSkill),
            [{"volunteer_id": volunteer_id, "skill_id": k} for k in skill_ids],
        )


def _snapshot(
    volunteer: Volunteer, skill_ids: Sequence[int], masked: bool = True
) -> dict[str, Any]:
    """What the audit log keeps (ID number and mobile masked)."""
    return {
        "member_id": volunteer.member_id,
        "name": volunteer.name,
        "id_type": volunteer.id_type,
        "id_number": _masked(volunteer.id_number, mask_id) if masked else volunteer.id_number,
        "gender": volunteer.gender,
        "mobile": _masked(volunteer.mobile, mask_mobile) if masked else volunteer.mobile,
        "team_id": volunteer.team_id,
        "skill_ids": sorted(skill_ids),
        "availability": volunteer.availability,
        "joined_on": volunteer.joined_on,
        "active": volunteer.active,
        "notes": volunteer.notes,
    }


def _row(r: Any) -> VolunteerRow:
    return VolunteerRow(
        id=r.id,
        member_id=r.member_id,
        member_no=r.member_no,
        name=r.name,
        mobile=_masked(r.mobile, mask_mobile),
        team_id=r.team_id,
        team_name=r.team_name,
        skills=r.skills or "",
        availability=r.availability,
        joined_on=r.joined_on,
        active=r.active,
    )
