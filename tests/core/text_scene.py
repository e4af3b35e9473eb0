"""A small station with something of every feature on file, for tests that call every
service entry point that takes free text (tests/core/test_text_services.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.holidays import HolidayService
from station_app.core.ids import resident_id_check_char
from station_app.core.station import StationService
from station_app.members.service import CommunityService, MemberService, UnitService
from station_app.members.types import MemberInput, UnitInput
from station_app.rooms.service import BookingService, RoomService
from station_app.rooms.types import BookingInput
from station_app.volunteers.service import (
    ActivityService,
    AssignmentService,
    SkillService,
    TeamService,
    VolunteerService,
)
from station_app.volunteers.types import ActivityInput, ShiftInput, TeamInput, VolunteerInput
from station_app.welfare.service import CampaignService, HandoutService, StockService
from station_app.welfare.types import CampaignInput, ItemInput, PackageLine
from tests.conftest import set_up_station

NOW = dt.datetime(2026, 2, 2, 9, 0)  # a Monday
DAY = dt.date(2026, 3, 2)  # a working Monday after NOW


def rid(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


def booking_input(room_id: int, **changes: object) -> BookingInput:
    values: dict[str, object] = dict(
        purpose="activity",
        title="工会小组学习",
        caller_name="张伟",
        caller_mobile="13812345678",
        attendees=5,
        starts_at=at(DAY, "14:00"),
        ends_at=at(DAY, "15:00"),
    )
    values.update(changes)
    return BookingInput(room_id=room_id, **values)  # type: ignore[arg-type]


def activity_input(**changes: object) -> ActivityInput:
    values: dict[str, object] = dict(
        title="公园清扫",
        kind="community_building",
        starts_at=at(DAY, "08:00"),
        ends_at=at(DAY, "17:00"),
        place="东门",
    )
    values.update(changes)
    return ActivityInput(**values)  # type: ignore[arg-type]


@dataclass
class Scene:
    db: Database
    admin: Actor
    station: StationService
    accounts: AccountService
    holidays: HolidayService
    communities: CommunityService
    units: UnitService
    members: MemberService
    rooms: RoomService
    bookings: BookingService
    stock: StockService
    campaigns: CampaignService
    handout: HandoutService
    teams: TeamService
    skills: SkillService
    volunteers: VolunteerService
    activities: ActivityService
    assignments: AssignmentService
    community: int
    unit: int
    member: int  # active, on the open campaign's list
    withdrawn: int
    room: int
    booking: int
    item: int
    draft: int  # campaigns
    open: int
    allocation: int  # the member's, still due
    handed_out: int  # another member's, handed out
    team: int
    skill: int
    volunteer: int  # not a member
    activity: int
    shift: int
    overlapping: int  # a shift at the same time as ``shift``
    assignment: int


def build(db: Database) -> Scene:
    admin = set_up_station(db)
    communities, units, members = CommunityService(db), UnitService(db), MemberService(db)
    community = communities.add_community(admin, "太平桥西里社区")
    unit = units.add_unit(admin, UnitInput(name="北京华信科技有限公司", community_id=community))
    ids = []
    for name, first17 in (
        ("张伟", "11010619800101001"),
        ("王芳", "11010619850202002"),
        ("李强", "11010619750404005"),
    ):
        inp = MemberInput(
            name=name, id_number=rid(first17), unit_id=unit, joined_on=dt.date(2020, 5, 1)
        )
        ids.append(members.register(admin, inp).member_id)
    member, other, withdrawn = ids
    members.withdraw(admin, withdrawn, "搬家")

    rooms, bookings = RoomService(db), BookingService(db)
    room = rooms.list_rooms()[0].id
    booking = bookings.book(admin, booking_input(room)).id

    stock, campaigns, handout = StockService(db), CampaignService(db), HandoutService(db)
    item = stock.add_item(admin, ItemInput("大米", "袋", "45.50"))
    stock.receive(admin, item, 20, "街道总工会")
    package = (PackageLine(item, 1),)
    draft = campaigns.create(
        admin, CampaignInput("夏季送清凉", "summer", DAY, DAY, package=package)
    )
    opened = campaigns.create(
        admin, CampaignInput("两节送温暖", "festival", NOW.date(), DAY, package=package)
    )
    campaigns.open(admin, opened)
    allocation = _allocation(handout, opened, "张伟")
    handed_out = _allocation(handout, opened, "王芳")
    handout.confirm_handout(admin, handed_out)
    assert other

    teams, skills, volunteers = TeamService(db), SkillService(db), VolunteerService(db)
    team = teams.add_team(admin, TeamInput(name="宣传小队"))
    skill = skills.add_skill(admin, "手语")
    volunteer = volunteers.add_volunteer(
        admin,
        VolunteerInput(team_id=team, name="赵敏", id_number=rid("11010619920505006")),
    ).volunteer_id
    activities, assignments = ActivityService(db), AssignmentService(db)
    activity = activities.add_activity(admin, activity_input()).id
    shift = activities.add_shift(
        admin, activity, ShiftInput(at(DAY, "09:00"), at(DAY, "11:00"), role="清扫", places=3)
    ).id
    overlapping = activities.add_shift(
        admin, activity, ShiftInput(at(DAY, "10:00"), at(DAY, "12:00"), role="引导", places=3)
    ).id
    assignment = assignments.assign(admin, shift, volunteer).assignment_id
    return Scene(
        db=db,
        admin=admin,
        station=StationService(db),
        accounts=AccountService(db),
        holidays=HolidayService(db),
        communities=communities,
        units=units,
        members=members,
        rooms=rooms,
        bookings=bookings,
        stock=stock,
        campaigns=campaigns,
        handout=handout,
        teams=teams,
        skills=skills,
        volunteers=volunteers,
        activities=activities,
        assignments=assignments,
        community=community,
        unit=unit,
        member=member,
        withdrawn=withdrawn,
        room=room,
        booking=booking,
        item=item,
        draft=draft,
        open=opened,
        allocation=allocation,
        handed_out=handed_out,
        team=team,
        skill=skill,
        volunteer=volunteer,
        activity=activity,
        shift=shift,
        overlapping=overlapping,
        assignment=assignment,
    )


def _allocation(handout: HandoutService, campaign_id: int, name: str) -> int:
    found = [c for c in handout.find_for_handout(campaign_id, name) if c.name == name]
    assert found and found[0].allocation_id is not None, found
    return found[0].allocation_id
