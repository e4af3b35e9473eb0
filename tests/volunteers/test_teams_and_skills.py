"""Teams (the brigade and a squad per community) and the editable skill list."""

from __future__ import annotations

import pytest

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.volunteers.service.teams import BRIGADE_NAME, squad_name
from station_app.volunteers.types import TeamInput
from tests.volunteers.conftest import Brigade


def test_default_teams_are_one_brigade_and_a_squad_per_community(brigade: Brigade) -> None:
    rows = brigade.teams.list_teams()
    assert [r.name for r in rows] == [
        BRIGADE_NAME,
        squad_name("太平桥西里社区"),
        squad_name("东管头社区"),
    ]
    assert all(r.parent_id == brigade.brigade_id for r in rows[1:])
    assert {r.name: r.volunteers for r in rows}[squad_name("太平桥西里社区")] == 3
    assert brigade.teams.ensure_default_teams(brigade.admin) == 0  # nothing twice
    from station_app.members.service import CommunityService

    CommunityService(brigade.db).add_community(brigade.admin, "莲花池社区")
    assert brigade.teams.ensure_default_teams(brigade.admin) == 1
    with pytest.raises(PermissionDenied):
        brigade.teams.ensure_default_teams(brigade.desk)


def test_teams_are_for_administrators_and_keep_their_shape(brigade: Brigade) -> None:
    with pytest.raises(PermissionDenied):
        brigade.teams.add_team(brigade.desk, TeamInput("摄影小组", parent_id=brigade.brigade_id))
    photo = brigade.teams.add_team(
        brigade.admin, TeamInput("摄影小组", parent_id=brigade.brigade_id)
    )
    with pytest.raises(ConflictError):
        brigade.teams.add_team(brigade.admin, TeamInput(" 摄影小组 "))
    with pytest.raises(ValidationError):  # under its own squad
        brigade.teams.update_team(
            brigade.admin, brigade.brigade_id, TeamInput(BRIGADE_NAME, parent_id=photo)
        )
    west = brigade.squads["west"]
    name = squad_name("太平桥西里社区")
    with pytest.raises(ValidationError) as refused:  # 李强 is in the east squad
        brigade.teams.update_team(
            brigade.admin,
            west,
            TeamInput(name, parent_id=brigade.brigade_id, leader_volunteer_id=brigade.v["李强"]),
        )
    assert refused.value.field == "leader_volunteer_id"
    brigade.teams.update_team(
        brigade.admin,
        west,
        TeamInput(name, parent_id=brigade.brigade_id, leader_volunteer_id=brigade.v["张伟"]),
    )
    # The brigade's leader may come from any squad.
    brigade.teams.update_team(
        brigade.admin,
        brigade.brigade_id,
        TeamInput(BRIGADE_NAME, leader_volunteer_id=brigade.v["李强"]),
    )
    rows = {r.id: r for r in brigade.teams.list_teams()}
    assert rows[west].leader_name == "张伟" and rows[brigade.brigade_id].leader_name == "李强"
    result = brigade.teams.update_team(
        brigade.admin, west, TeamInput(name, parent_id=brigade.brigade_id, active=False)
    )
    assert [n.code for n in result.notices] == ["team_has_volunteers"]


def test_the_skill_list_is_editable_by_administrators(brigade: Brigade) -> None:
    names = [s.name for s in brigade.skills.list_skills()]
    assert names == ["宣传", "调解", "扶助", "联络", "组织", "急救", "驾驶", "摄影"]
    with pytest.raises(PermissionDenied):
        brigade.skills.add_skill(brigade.desk, "手语")
    sign = brigade.skills.add_skill(brigade.admin, "手语")
    with pytest.raises(ConflictError):
        brigade.skills.add_skill(brigade.admin, "手语")
    brigade.skills.rename_skill(brigade.admin, sign, "手语翻译")
    brigade.skills.set_skill_active(brigade.admin, brigade.skill_ids["驾驶"], False)
    rows = brigade.skills.list_skills()
    assert [s.name for s in rows][-2:] == ["摄影", "手语翻译"] and "驾驶" not in [
        s.name for s in rows
    ]
    assert {s.name: s.volunteers for s in rows}["急救"] == 2
    assert len(brigade.skills.list_skills(include_inactive=True)) == 9
