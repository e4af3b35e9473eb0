"""Volunteer use cases: add (a member picked by id, or a non-member checked as on the
member tab), edit, the record, the list. One transaction each, audited.

A member is a volunteer at most once: the service says so and names the volunteer,
the database's unique key on ``volunteer.member_id`` holds it against two desks.
Audit rows keep ID numbers and mobiles masked.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_mobile
from station_app.members.models import Community, Member
from station_app.members.queries import search_condition
from station_app.volunteers import queries
from station_app.volunteers.errors import missing_volunteer
from station_app.volunteers.models import (
    CANCELLED,
    Assignment,
    Team,
    Volunteer,
)
from station_app.volunteers.queries import volunteers as volunteer_queries
from station_app.volunteers.queries.volunteers import mask_or_blank
from station_app.volunteers.service import enrolment, rules
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
            enrolment.check_team(s, inp.team_id, None)
            skill_ids = enrolment.check_skills(s, inp.skill_ids)
            notices: list[Notice] = []
            if inp.member_id is not None:
                enrolment.check_member(s, inp.member_id)
            else:
                assert identity is not None
                enrolment.check_identity(s, identity, None)
                if not identity.mobile:
                    notices.append(enrolment.no_mobile())
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
            enrolment.apply_identity(volunteer, identity)
            # Another desk may have added the same person a moment ago.
            with records.refusing_duplicates(
                s, lambda: enrolment.duplicate_now(s, inp.member_id, identity)
            ):
                s.add(volunteer)
                s.flush()
            enrolment.save_skills(s, volunteer.id, skill_ids, replace=False)
            audit.record(
                s,
                actor,
                "create",
                "volunteer",
                volunteer.id,
                after=enrolment.snapshot(volunteer, skill_ids),
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
            volunteer = records.get(s, Volunteer, volunteer_id, missing_volunteer)
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
                enrolment.check_identity(s, identity, volunteer_id)
            enrolment.check_team(s, inp.team_id, volunteer.team_id)
            skill_ids = enrolment.check_skills(
                s, inp.skill_ids, enrolment.stored_skill_ids(s, volunteer_id)
            )
            stored_skills = enrolment.stored_skill_ids(s, volunteer_id)
            unchanged = enrolment.snapshot(volunteer, stored_skills, masked=False)
            before = enrolment.snapshot(volunteer, stored_skills)
            volunteer.team_id = inp.team_id
            volunteer.availability = availability
            volunteer.joined_on = joined
            volunteer.active = inp.active
            volunteer.notes = notes
            enrolment.apply_identity(volunteer, identity)
            after = enrolment.snapshot(volunteer, skill_ids)
            if enrolment.snapshot(volunteer, skill_ids, masked=False) == unchanged:
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
            with records.refusing_duplicates(s, lambda: enrolment.duplicate_now(s, None, identity)):
                s.flush()
            enrolment.save_skills(s, volunteer_id, skill_ids, replace=True)
            audit.record(s, actor, "update", "volunteer", volunteer_id, before=before, after=after)
            return VolunteerSaved(volunteer_id, True, tuple(notices))

    # --- the record and the list -------------------------------------------------------

    def get(self, actor: Actor, volunteer_id: int, reveal: bool = False) -> VolunteerRecord:
        """The record for its form: ID number and mobile masked unless an administrator
        asks to ``reveal`` them (audited)."""
        return records.masked_or_revealed(
            self.db, actor, "volunteer", volunteer_id, reveal, volunteer_queries.record
        )

    def list_volunteers(
        self, f: VolunteerFilter | None = None, offset: int = 0, limit: int | None = 200
    ) -> list[VolunteerRow]:
        """One batch of the list, by name (pinyin); mobiles masked."""
        f = f or VolunteerFilter()
        with self.db.read() as s:
            where = queries.volunteer_conditions(s, f.query, f.team_id, f.skill_id, f.active)
            stmt = queries.volunteer_rows_select(s, where).offset(offset).limit(limit)
            rows = s.execute(stmt).all()
        return [volunteer_queries.row(r) for r in rows]

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
                    found[r.id] = volunteer_queries.row(r)
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
                    mobile=mask_or_blank(r[3], mask_mobile),
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
