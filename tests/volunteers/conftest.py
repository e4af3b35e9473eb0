"""Volunteer fixtures: a station clock the test can move, two communities with their
squads, a few members and a non-member volunteer, and the services."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import text

from station_app.core import clock
from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.ids import resident_id_check_char
from station_app.members.service import CommunityService, MemberService
from station_app.members.types import MemberInput
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.service import (
    ActivityService,
    AssignmentService,
    CertificateService,
    SkillService,
    TeamService,
    VolunteerService,
)
from station_app.volunteers.types import ActivityInput, ShiftInput, VolunteerInput
from tests.conftest import set_up_station

# A Monday morning before the activities the tests plan (March 2026).
NOW = dt.datetime(2026, 2, 2, 8, 30)
DAY = dt.date(2026, 3, 7)  # a Saturday: the park clean-up


def rid(first17: str) -> str:
    """A valid resident ID from its first 17 digits."""
    return first17 + resident_id_check_char(first17)


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


@dataclass
class Clock:
    value: dt.datetime = NOW

    def set(self, value: dt.datetime) -> None:
        self.value = value


@pytest.fixture(autouse=True)
def station_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    holder = Clock()
    monkeypatch.setattr(clock, "now", lambda: holder.value)
    return holder


MEMBERS = (
    # name, first 17 digits of the ID number, mobile, community (every mobile differs in
    # its middle and its tail, so a masked or searched number names one person)
    ("张伟", "11010619800101001", "13810011001", "west"),
    ("王芳", "11010619850202002", "13920022002", "west"),
    ("单丽", "11010619900303004", "13730033003", "east"),
    ("李强", "11010619750404005", "13640044004", "east"),
)


@dataclass
class Brigade:
    db: Database
    clock: Clock
    admin: Actor
    desk: Actor  # 李前台
    teams: TeamService
    skills: SkillService
    volunteers: VolunteerService
    activities: ActivityService
    assignments: AssignmentService
    views: VolunteerViews
    certificates: CertificateService
    members: MemberService
    brigade_id: int
    squads: dict[str, int]  # "west" / "east" -> team id
    member_ids: dict[str, int]  # by name
    v: dict[str, int] = field(default_factory=dict)  # volunteer ids by name
    skill_ids: dict[str, int] = field(default_factory=dict)

    def activity(
        self,
        title: str = "云岗森林公园清扫",
        day: dt.date = DAY,
        start: str = "08:00",
        end: str = "17:00",
        kind: str = "community_building",
        team: str | None = None,
        **kwargs: Any,
    ) -> int:
        inp = ActivityInput(
            title=title,
            kind=kind,
            starts_at=at(day, start),
            ends_at=at(day, end),
            place=kwargs.pop("place", "云岗森林公园东门"),
            team_id=self.squads[team] if team else None,
            **kwargs,
        )
        return self.activities.add_activity(self.desk, inp).id

    def shift(
        self,
        activity_id: int,
        start: str = "09:00",
        end: str = "11:00",
        day: dt.date = DAY,
        role: str = "清扫",
        places: int = 3,
    ) -> int:
        inp = ShiftInput(at(day, start), at(day, end), role=role, places=places)
        return self.activities.add_shift(self.desk, activity_id, inp).id

    def assign(self, shift_id: int, name: str, actor: Actor | None = None, **kwargs: Any):  # type: ignore[no-untyped-def]
        return self.assignments.assign(actor or self.desk, shift_id, self.v[name], **kwargs)


@pytest.fixture
def brigade(db: Database, station_clock: Clock) -> Brigade:
    admin = set_up_station(db)
    desk_id = AccountService(db).add_operator(admin, "li", "李前台", "desk", "desk1234")
    desk = Actor(desk_id, "li", "李前台", "desk")
    communities = CommunityService(db)
    community_ids = {
        "west": communities.add_community(admin, "太平桥西里社区"),
        "east": communities.add_community(admin, "东管头社区"),
    }
    members = MemberService(db)
    member_ids = {}
    for name, first17, mobile, where in MEMBERS:
        result = members.register(
            admin,
            MemberInput(
                name=name,
                id_number=rid(first17),
                mobile=mobile,
                community_id=community_ids[where],
                joined_on=dt.date(2020, 5, 1),
            ),
        )
        member_ids[name] = result.member_id
    teams = TeamService(db)
    assert teams.ensure_default_teams(admin) == 3
    rows = teams.list_teams()
    brigade_id = next(r.id for r in rows if r.parent_id is None)
    squads = {
        where: next(r.id for r in rows if r.community_id == cid)
        for where, cid in community_ids.items()
    }
    skills = SkillService(db)
    b = Brigade(
        db=db,
        clock=station_clock,
        admin=admin,
        desk=desk,
        teams=teams,
        skills=skills,
        volunteers=VolunteerService(db),
        activities=ActivityService(db),
        assignments=AssignmentService(db),
        views=VolunteerViews(db),
        certificates=CertificateService(db),
        members=members,
        brigade_id=brigade_id,
        squads=squads,
        member_ids=member_ids,
    )
    b.skill_ids = {row.name: row.id for row in skills.list_skills()}
    for name, _, _, where in MEMBERS:
        b.v[name] = b.volunteers.add_volunteer(
            desk,
            VolunteerInput(
                team_id=squads[where],
                member_id=member_ids[name],
                skill_ids=(b.skill_ids["宣传"],) if name != "李强" else (b.skill_ids["急救"],),
                joined_on=dt.date(2025, 6, 1),
            ),
        ).volunteer_id
    # A neighbour who is not a member.
    b.v["赵敏"] = b.volunteers.add_volunteer(
        desk,
        VolunteerInput(
            team_id=squads["west"],
            name="赵敏",
            id_number=rid("11010619920505006"),
            mobile="15050055005",
            skill_ids=(b.skill_ids["急救"], b.skill_ids["宣传"]),
            joined_on=dt.date(2025, 9, 1),
        ),
    ).volunteer_id
    return b


def count(db: Database, table: str, where: str = "1 = 1") -> int:
    with db.read() as s:
        return s.execute(text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar_one()


def audit_rows(db: Database, entity: str, entity_id: object) -> list[tuple[str, dict[str, Any]]]:
    with db.read() as s:
        rows = s.execute(
            text(
                "SELECT action, summary FROM audit_log WHERE entity = :e AND entity_id = :i "
                "ORDER BY id"
            ),
            {"e": entity, "i": str(entity_id)},
        ).all()
    return [(action, json.loads(summary) if summary else {}) for action, summary in rows]
