"""Teams: the brigade (志愿者服务大队) and a squad (社区分队) per community.

Teams shape the whole brigade, so only an administrator adds or changes them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from station_app.core import audit, clock, errors, records
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.models import Community
from station_app.volunteers import queries
from station_app.volunteers.errors import missing_team
from station_app.volunteers.models import Team, Volunteer
from station_app.volunteers.service import rules
from station_app.volunteers.types import Notice, SaveResult, TeamInput, TeamRow

# Domain data: what the street's union calls them (云岗: "社区工会志愿者服务分队").
BRIGADE_NAME = "工会志愿者服务大队"
SQUAD_SUFFIX = "工会志愿者服务分队"


def squad_name(community_name: str) -> str:
    return f"{community_name}{SQUAD_SUFFIX}"


def _taken(name: str) -> ConflictError:
    return errors.name_taken(
        QT_TRANSLATE_NOOP("Errors", "A team named {name} already exists."), name
    )


_TEAM_FIELDS = "name parent_id community_id leader_volunteer_id active"


def _snapshot(team: Team) -> dict[str, Any]:
    return records.values(team, _TEAM_FIELDS)


class TeamService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_teams(self, include_inactive: bool = True) -> list[TeamRow]:
        """The brigade first, then its squads in the station's order."""
        parent = aliased(Team)
        counts = (
            select(Volunteer.team_id, func.count().label("n"))
            .where(Volunteer.active.is_(True))
            .group_by(Volunteer.team_id)
            .subquery()
        )
        leader_name = (
            select(queries.NAME)
            .select_from(
                queries.volunteer_t.outerjoin(
                    queries.member_t, queries.member_t.c.id == queries.volunteer_t.c.member_id
                )
            )
            .where(queries.volunteer_t.c.id == Team.leader_volunteer_id)
            .scalar_subquery()
        )
        stmt = (
            select(
                Team.id,
                Team.name,
                Team.parent_id,
                parent.name,
                Team.community_id,
                Community.name,
                Team.leader_volunteer_id,
                leader_name,
                Team.active,
                Team.sort_order,
                func.coalesce(counts.c.n, 0),
            )
            .outerjoin(parent, parent.id == Team.parent_id)
            .outerjoin(Community, Community.id == Team.community_id)
            .outerjoin(counts, counts.c.team_id == Team.id)
            .order_by(Team.parent_id.is_not(None), Team.sort_order, Team.id)
        )
        if not include_inactive:
            stmt = stmt.where(Team.active.is_(True))
        with self.db.read() as s:
            return [TeamRow(*row) for row in s.execute(stmt)]

    def ensure_default_teams(self, actor: Actor) -> int:
        """The brigade and one squad per community that has none; returns how many
        teams were created (0 when everything is there already)."""
        require_admin(actor)
        created = 0
        with self.db.transaction() as s:
            brigade_id = s.scalar(
                select(Team.id).where(Team.parent_id.is_(None)).order_by(Team.id).limit(1)
            )
            if brigade_id is None:
                brigade_id = self._insert(s, actor, TeamInput(name=BRIGADE_NAME), sort_order=0)
                created += 1
            covered = set(
                s.scalars(select(Team.community_id).where(Team.community_id.is_not(None)))
            )
            communities = s.execute(
                select(Community.id, Community.name).order_by(Community.sort_order, Community.id)
            ).all()
            for community_id, community_name in communities:
                if community_id in covered:
                    continue
                name = squad_name(community_name)
                if s.scalar(select(Team.id).where(Team.name == name)) is not None:
                    continue
                self._insert(
                    s,
                    actor,
                    TeamInput(name=name, parent_id=brigade_id, community_id=community_id),
                )
                created += 1
        return created

    def add_team(self, actor: Actor, inp: TeamInput) -> int:
        require_admin(actor)
        name = rules.team_name(inp.name)
        with self.db.transaction() as s:
            self._check(s, None, inp)
            records.name_free(s, Team, name, _taken)
            with records.refusing_duplicates(s, lambda: _taken(name)):
                team_id = self._insert(s, actor, replace(inp, name=name))
            return team_id

    def update_team(self, actor: Actor, team_id: int, inp: TeamInput) -> SaveResult:
        require_admin(actor)
        name = rules.team_name(inp.name)
        with self.db.transaction() as s:
            team = records.get(s, Team, team_id, missing_team)
            self._check(s, team_id, inp)
            records.name_free(s, Team, name, _taken, other_than=team_id)
            before = _snapshot(team)
            records.assign(team, replace(inp, name=name), _TEAM_FIELDS)
            after = _snapshot(team)
            notices: tuple[Notice, ...] = ()
            if not inp.active:
                still = s.scalar(
                    select(func.count())
                    .select_from(Volunteer)
                    .where(Volunteer.team_id == team_id, Volunteer.active.is_(True))
                )
                if still:
                    notices = (
                        Notice(
                            "team_has_volunteers",
                            QT_TRANSLATE_NOOP(
                                "Notices",
                                "The team still has {count} active volunteers; move them to "
                                "another team.",
                            ),
                            params={"count": still},
                        ),
                    )
            if before != after:
                team.updated_at = clock.now()
                s.flush()
                audit.record(s, actor, "update", "team", team_id, before=before, after=after)
            return SaveResult(team_id, notices)

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _insert(s: Session, actor: Actor, inp: TeamInput, sort_order: int | None = None) -> int:
        if sort_order is None:
            sort_order = records.next_sort_order(s, Team.sort_order)
        team = Team(**records.values(inp, _TEAM_FIELDS), sort_order=sort_order)
        records.add_audited(s, actor, "team", team, _snapshot)
        return team.id

    @staticmethod
    def _check(s: Session, team_id: int | None, inp: TeamInput) -> None:
        if inp.parent_id is not None:
            tree = queries.team_tree(s)
            if inp.parent_id not in tree:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The team above this one is no longer on file."),
                    field="parent_id",
                )
            # Walking up from the new parent must never reach this team.
            seen: set[int] = set()
            node: int | None = inp.parent_id
            while node is not None and node not in seen:
                if node == team_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "A team cannot be placed under itself or its own squads."
                        ),
                        field="parent_id",
                    )
                seen.add(node)
                node = tree.get(node)
        if inp.community_id is not None and s.get(Community, inp.community_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This community is no longer on file."),
                field="community_id",
            )
        if inp.leader_volunteer_id is not None:
            leader_team = s.scalar(
                select(Volunteer.team_id).where(Volunteer.id == inp.leader_volunteer_id)
            )
            if leader_team is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "This volunteer is no longer on file."),
                    field="leader_volunteer_id",
                )
            if team_id is None or leader_team not in queries.team_and_below(s, team_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The leader must be a volunteer of this team or its squads."
                    ),
                    field="leader_volunteer_id",
                )
