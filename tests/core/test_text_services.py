"""Every service entry point that takes free text refuses hidden characters (NUL,
escape, a bidi override, a lone surrogate) with a sentence beside the field, and
stores nothing: before, NUL gave DataError tracebacks on PostgreSQL and was stored on
SQLite. Search terms are cleaned instead, and cut at the search limit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import text

from station_app.core import clock
from station_app.core.db import Database
from station_app.core.errors import ValidationError
from station_app.core.station import StationProfile
from station_app.members.types import MemberFilter, MemberInput, UnitFilter, UnitInput
from station_app.rooms.types import RepeatRule
from station_app.volunteers.types import (
    CandidateFilter,
    ShiftInput,
    TeamInput,
    VolunteerFilter,
    VolunteerInput,
)
from station_app.welfare.types import CampaignInput, ItemInput, PackageLine, Proxy
from tests.core.text_scene import DAY, NOW, Scene, activity_input, at, booking_input, build, rid

BAD = ["\x00", "\x1b", "\u202e", "\ud800"]

Call = Callable[[Scene, str], object]


def _member(sc: Scene, value: str, **changes: object) -> MemberInput:
    values: dict[str, object] = dict(
        name="陈静", id_number=rid("11010619950505006"), unit_id=sc.unit
    )
    values.update(changes)
    return MemberInput(**values)  # type: ignore[arg-type]


def _profile(**changes: str) -> StationProfile:
    return replace(
        StationProfile("太平桥街道总工会服务站", "西城区", "010-66001234", "TPQ"), **changes
    )


def _campaign(sc: Scene, **changes: object) -> CampaignInput:
    inp = CampaignInput("元宵慰问", "festival", DAY, DAY, package=(PackageLine(sc.item, 1),))
    return replace(inp, **changes)


def _room(sc: Scene, **changes: object):  # type: ignore[no-untyped-def]
    from tests.rooms.conftest import replace_room

    return replace_room(sc.rooms.get_room(sc.room), **changes)


LATER = {"starts_at": at(DAY, "16:00"), "ends_at": at(DAY, "17:00")}  # a free hour

ENTRY_POINTS: dict[str, Call] = {
    # core
    "station name": lambda sc, v: sc.station.update_profile(sc.admin, _profile(name=f"站{v}")),
    "station address": lambda sc, v: sc.station.update_profile(sc.admin, _profile(address=v)),
    "station phone": lambda sc, v: sc.station.update_profile(sc.admin, _profile(phone=v)),
    "operator name": lambda sc, v: sc.accounts.add_operator(
        sc.admin, "zhou", f"周{v}", "desk", "desk1234"
    ),
    "operator user name": lambda sc, v: sc.accounts.add_operator(
        sc.admin, f"zhou{v}", "周前台", "desk", "desk1234"
    ),
    "login user name": lambda sc, v: sc.accounts.login(f"admin{v}", "secret123"),
    "holiday name": lambda sc, v: sc.holidays.set_override(sc.admin, DAY, "holiday", f"节{v}"),
    # members
    "community name": lambda sc, v: sc.communities.add_community(sc.admin, f"社区{v}"),
    "unit name": lambda sc, v: sc.units.add_unit(sc.admin, UnitInput(name=f"单位{v}")),
    "unit address": lambda sc, v: sc.units.update_unit(
        sc.admin, sc.unit, UnitInput(name="北京华信科技有限公司", address=f"路{v}")
    ),
    "unit contact": lambda sc, v: sc.units.add_unit(
        sc.admin, UnitInput(name="新单位", contact_name=f"王{v}")
    ),
    "unit union": lambda sc, v: sc.units.add_unit(
        sc.admin,
        UnitInput(
            name="新单位",
            union_status="own",
            union_founded_on=dt.date(2020, 1, 1),
            union_name=f"工会{v}",
            union_chair=f"王{v}",
        ),
    ),
    "member name": lambda sc, v: sc.members.register(sc.admin, _member(sc, v, name=f"陈{v}静")),
    "member other id": lambda sc, v: sc.members.register(
        sc.admin, _member(sc, v, id_type="passport", id_number=f"E123{v}4567", gender="F")
    ),
    "member notes": lambda sc, v: sc.members.register(sc.admin, _member(sc, v, notes=f"备注{v}")),
    "member edit": lambda sc, v: sc.members.update(
        sc.admin, sc.member, _member(sc, v, name="张伟", id_number=None, notes=f"改{v}")
    ),
    "transfer out": lambda sc, v: sc.members.transfer_out(sc.admin, sc.member, f"丰台{v}"),
    "withdraw": lambda sc, v: sc.members.withdraw(sc.admin, sc.member, f"搬家{v}"),
    "reinstate": lambda sc, v: sc.members.reinstate(sc.admin, sc.withdrawn, note=f"回来{v}"),
    # welfare
    "item name": lambda sc, v: sc.stock.add_item(sc.admin, ItemInput(f"油{v}", "桶", "10")),
    "item unit": lambda sc, v: sc.stock.update_item(
        sc.admin, sc.item, ItemInput("大米", f"袋{v}", "45.50")
    ),
    "receive source": lambda sc, v: sc.stock.receive(sc.admin, sc.item, 1, f"总工会{v}"),
    "receive note": lambda sc, v: sc.stock.receive(sc.admin, sc.item, 1, "总工会", note=v),
    "count reason": lambda sc, v: sc.stock.adjust_to_count(sc.admin, sc.item, 3, f"盘{v}"),
    "write-off reason": lambda sc, v: sc.stock.write_off(sc.admin, sc.item, 1, f"坏{v}"),
    "campaign name": lambda sc, v: sc.campaigns.create(sc.admin, _campaign(sc, name=f"慰问{v}")),
    "campaign note": lambda sc, v: sc.campaigns.update(
        sc.admin, sc.draft, _campaign(sc, name="夏季送清凉", note=f"说明{v}")
    ),
    "add recipient": lambda sc, v: sc.campaigns.add_recipient(
        sc.admin, sc.open, sc.withdrawn, f"补{v}"
    ),
    "remove recipient": lambda sc, v: sc.campaigns.remove_recipient(
        sc.admin, sc.allocation, f"重复{v}"
    ),
    "proxy name": lambda sc, v: sc.handout.confirm_handout(
        sc.admin, sc.allocation, Proxy(f"张{v}", "", "配偶")
    ),
    "proxy relationship": lambda sc, v: sc.handout.confirm_handout(
        sc.admin, sc.allocation, Proxy("张丽", "", f"配偶{v}")
    ),
    "undo reason": lambda sc, v: sc.handout.undo_handout(sc.admin, sc.handed_out, f"错{v}"),
    # rooms
    "room name": lambda sc, v: sc.rooms.update_room(sc.admin, sc.room, _room(sc, name=f"室{v}")),
    "room what to bring": lambda sc, v: sc.rooms.update_room(
        sc.admin, sc.room, _room(sc, what_to_bring=f"带{v}")
    ),
    "booking title": lambda sc, v: sc.bookings.book(
        sc.admin, booking_input(sc.room, title=f"学习{v}", **LATER)
    ),
    "booking caller": lambda sc, v: sc.bookings.book(
        sc.admin, booking_input(sc.room, caller_name=f"张{v}", **LATER)
    ),
    "booking handled by": lambda sc, v: sc.bookings.book(
        sc.admin, booking_input(sc.room, handled_by=f"李{v}", **LATER)
    ),
    "booking notes": lambda sc, v: sc.bookings.edit(
        sc.admin, sc.booking, booking_input(sc.room, notes=f"备注{v}")
    ),
    "booking series": lambda sc, v: sc.bookings.book_series(
        sc.admin,
        booking_input(sc.room, title=f"学习{v}", **LATER),
        RepeatRule(count=2),
    ),
    "booking check": lambda sc, v: sc.bookings.check(
        sc.admin, booking_input(sc.room, notes=f"备注{v}", **LATER)
    ),
    "cancel reason": lambda sc, v: sc.bookings.cancel(sc.admin, sc.booking, f"取消{v}"),
    # volunteers
    "team name": lambda sc, v: sc.teams.add_team(sc.admin, TeamInput(name=f"队{v}")),
    "team rename": lambda sc, v: sc.teams.update_team(sc.admin, sc.team, TeamInput(f"队{v}")),
    "skill name": lambda sc, v: sc.skills.add_skill(sc.admin, f"技能{v}"),
    "skill rename": lambda sc, v: sc.skills.rename_skill(sc.admin, sc.skill, f"技能{v}"),
    "volunteer name": lambda sc, v: sc.volunteers.add_volunteer(
        sc.admin,
        VolunteerInput(team_id=sc.team, name=f"孙{v}", id_number=rid("11010619930606007")),
    ),
    "volunteer notes": lambda sc, v: sc.volunteers.update_volunteer(
        sc.admin,
        sc.volunteer,
        VolunteerInput(team_id=sc.team, name="赵敏", id_number=None, mobile=None, notes=v),
    ),
    "activity title": lambda sc, v: sc.activities.add_activity(
        sc.admin, activity_input(title=f"清扫{v}")
    ),
    "activity place": lambda sc, v: sc.activities.update_activity(
        sc.admin, sc.activity, activity_input(place=f"门{v}")
    ),
    "activity description": lambda sc, v: sc.activities.add_activity(
        sc.admin, activity_input(description=f"说明{v}")
    ),
    "shift role": lambda sc, v: sc.activities.add_shift(
        sc.admin, sc.activity, ShiftInput(at(DAY, "13:00"), at(DAY, "15:00"), role=f"岗{v}")
    ),
    "shift edit": lambda sc, v: sc.activities.update_shift(
        sc.admin, sc.shift, ShiftInput(at(DAY, "09:00"), at(DAY, "11:00"), role=f"岗{v}")
    ),
    "override reason": lambda sc, v: sc.assignments.assign(
        sc.admin, sc.overlapping, sc.volunteer, override_reason=f"特批{v}"
    ),
    "hours reason": lambda sc, v: sc.assignments.correct_hours(
        sc.admin, sc.assignment, "1.5", f"早退{v}"
    ),
}


@pytest.fixture
def scene(db: Database, monkeypatch: pytest.MonkeyPatch) -> Scene:
    monkeypatch.setattr(clock, "now", lambda: NOW)
    return build(db)


def _audit_count(db: Database) -> int:
    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM audit_log")).scalar_one()


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_hidden_characters_are_refused_and_nothing_is_stored(scene: Scene, entry: str) -> None:
    call = ENTRY_POINTS[entry]
    for bad in BAD:
        before = _audit_count(scene.db)
        with pytest.raises(ValidationError) as refused:
            call(scene, bad)
        assert refused.value.field, entry
        assert f"U+{ord(bad):04X}" in refused.value.message(), entry
        assert _audit_count(scene.db) == before, (entry, bad)
    # Refused for the character alone: with a plain space instead the call goes through.
    call(scene, " ")


# --- search ------------------------------------------------------------------------------

LONG_CJK = "张" * 16_667  # 50,001 bytes of UTF-8: past SQLite's LIKE pattern limit


def _searches(sc: Scene, query: str) -> dict[str, list[str]]:
    """What every search service finds for ``query``, by name."""
    return {
        "members": [r.name for r in sc.members.list_members(MemberFilter(query=query))],
        "member count": ["*"] * sc.members.count_members(MemberFilter(query=query)),
        "hand-out finder": [r.name for r in sc.handout.find_for_handout(sc.open, query)],
        "units": [r.name for r in sc.units.list_units(UnitFilter(query=query))],
        "volunteers": [r.name for r in sc.volunteers.list_volunteers(VolunteerFilter(query=query))],
        "volunteer members": [c.name for c in sc.volunteers.member_choices(query)],
        "candidates": [
            r.name for r in sc.assignments.candidates(sc.shift, CandidateFilter(query=query))
        ],
        "member number": [str(sc.members.find_by_member_no(query) or "")],
    }


@pytest.mark.parametrize("bad", BAD)
def test_a_hidden_character_in_a_search_is_ignored(scene: Scene, bad: str) -> None:
    assert _searches(scene, f"张{bad}伟") == _searches(scene, "张伟")
    assert _searches(scene, f"赵{bad}") == _searches(scene, "赵")
    assert _searches(scene, "张伟")["members"] == ["张伟"]
    assert _searches(scene, "赵")["volunteers"] == ["赵敏"]


def test_a_very_long_search_is_cut_and_finds_nothing(scene: Scene) -> None:
    assert _searches(scene, LONG_CJK) == {
        "members": [],
        "member count": [],
        "hand-out finder": [],
        "units": [],
        "volunteers": [],
        "volunteer members": [],
        "candidates": [],
        "member number": [""],
    }
    # The first MAX_SEARCH_LENGTH characters are searched: a long unit name still matches.
    long_name = "北京" + "华" * 150
    scene.units.add_unit(scene.admin, UnitInput(name=long_name[:120]))
    assert [r.name for r in scene.units.list_units(UnitFilter(query=long_name))] == [
        long_name[:120]
    ]
