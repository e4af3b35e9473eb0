"""Roles live in the services, not only in the UI: every administrator's use case,
called by desk staff, is refused with PermissionDenied and writes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text

from station_app import demo
from station_app.core.accounts import AccountService
from station_app.core.actor import CLI_ACTOR, ROLE_DESK, Actor
from station_app.core.db import Database, sqlite_file
from station_app.core.errors import PermissionDenied
from station_app.core.holidays import HolidayService
from station_app.core.models import Operator
from station_app.core.safekeeping import DataSafety
from station_app.core.station import StationProfile, StationService
from station_app.members.models import Member
from station_app.members.service import MemberService
from station_app.members.service.communities import CommunityService
from station_app.members.sheets.export import export_members
from station_app.rooms.models import Booking, Room
from station_app.rooms.service import BookingService, RoomService
from station_app.rooms.types import RoomInput
from station_app.volunteers.models import Activity, Shift, Skill, Team, Volunteer
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.service import (
    AssignmentService,
    SkillService,
    TeamService,
    VolunteerService,
)
from station_app.volunteers.types import TeamInput
from station_app.welfare.models import Campaign, GiftItem
from station_app.welfare.service import StockService, WelfarePrintData


def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: equal snapshots mean nothing was written."""
    tables = inspect(db.engine).get_table_names()
    with db.read() as s:
        return {
            t: sorted(map(tuple, s.execute(text(f'SELECT * FROM "{t}"'))), key=repr) for t in tables
        }


def _files(folders: list[Path]) -> set[tuple[Path, int]]:
    """Files and sizes, leaving out SQLite's own -wal/-shm (reads touch them)."""
    return {
        (p, p.stat().st_size)
        for folder in folders
        if folder.is_dir()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def test_every_admin_use_case_refuses_desk_staff_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    demo.fill(db, members=20, seed=5)
    with db.read() as s:
        desk_op = s.execute(
            select(Operator.id, Operator.username, Operator.display_name, Operator.role).where(
                Operator.role == ROLE_DESK
            )
        ).first()
        admin_id = s.scalar(select(Operator.id).where(Operator.role == "admin"))
        models = (Member, Room, Booking, Volunteer, Activity, Shift, Team, Skill, Campaign)
        first = {
            model: s.scalar(select(model.id).order_by(model.id).limit(1))
            for model in (*models, GiftItem)
        }
    assert desk_op is not None and all(first.values())
    desk = Actor(*desk_op)
    room = RoomService(db).get_room(first[Room])
    room_input = RoomInput(room.name, room.kind, room.capacity)
    safety = DataSafety(db.url)
    path = sqlite_file(db.url)
    # A sound backup to offer for restoring (SQLite; a PostgreSQL dump needs pg_dump).
    offered = tmp_path / "offered" / ("station.db" if path else "station.dump")
    if path is not None:
        safety.backup(CLI_ACTOR, offered)
    out = tmp_path / "exports"
    out.mkdir()
    usb = tmp_path / "usb"
    usb.mkdir()

    calls: dict[str, Callable[[], object]] = {
        # accounts
        "add operator": lambda: AccountService(db).add_operator(
            desk, "zhao", "赵", "desk", "longenough"
        ),
        "deactivate operator": lambda: AccountService(db).set_active(desk, admin_id, False),
        "reset another's password": lambda: AccountService(db).reset_password(
            desk, admin_id, "longenough"
        ),
        # station profile, holidays, communities
        "station profile": lambda: StationService(db).update_profile(
            desk, StationProfile("别的服务站", member_no_prefix="XX")
        ),
        "holiday override": lambda: HolidayService(db).set_override(
            desk, dt.date(2027, 5, 3), "holiday", "调休"
        ),
        "remove holiday override": lambda: HolidayService(db).remove_override(
            desk, dt.date(2027, 5, 3)
        ),
        "add community": lambda: CommunityService(db).add_community(desk, "新社区"),
        # data safety
        "restore": lambda: safety.restore(desk, offered),
        "save a copy to a chosen file": lambda: safety.backup(desk, out / "copy.db"),
        "second backup folder": lambda: safety.set_second_folder(desk, usb),
        # full ID numbers and mobiles
        "full-ID member export": lambda: export_members(
            db, desk, out / "members.xlsx", full_ids=True
        ),
        "reveal member": lambda: MemberService(db).get(desk, first[Member], reveal=True),
        "reveal booking caller": lambda: BookingService(db).get(desk, first[Booking], reveal=True),
        "reveal volunteer": lambda: VolunteerService(db).get(desk, first[Volunteer], reveal=True),
        "recipients in full": lambda: WelfarePrintData(db).recipients(
            desk, first[Campaign], reveal=True
        ),
        "roster leader's copy": lambda: VolunteerViews(db).roster(
            desk, first[Activity], leader_copy=True
        ),
        # stock
        "stock count": lambda: StockService(db).adjust_to_count(desk, first[GiftItem], 0, "盘点"),
        "write off": lambda: StockService(db).write_off(desk, first[GiftItem], 1, "破损"),
        # rooms and volunteer set-up
        "add room": lambda: RoomService(db).add_room(
            desk, RoomInput("新会议室", room.kind, room.capacity)
        ),
        "edit room": lambda: RoomService(db).update_room(desk, room.id, room_input),
        "default teams": lambda: TeamService(db).ensure_default_teams(desk),
        "add team": lambda: TeamService(db).add_team(desk, TeamInput("新分队", first[Team])),
        "edit team": lambda: TeamService(db).update_team(desk, first[Team], TeamInput("改名")),
        "add skill": lambda: SkillService(db).add_skill(desk, "新技能"),
        "rename skill": lambda: SkillService(db).rename_skill(desk, first[Skill], "改名"),
        "retire skill": lambda: SkillService(db).set_skill_active(desk, first[Skill], False),
        "overlapping shifts allowed": lambda: AssignmentService(db).assign(
            desk, first[Shift], first[Volunteer], "人手不足"
        ),
    }
    watched = [out, usb, safety.folder, *([path.parent] if path else [])]
    before = _snapshot(db)
    files_before = _files(watched)
    not_refused = []
    for name, call in calls.items():
        try:
            call()
        except PermissionDenied:
            continue
        except Exception as exc:  # refused for another reason: the role check came too late
            not_refused.append(f"{name}: {exc.__class__.__name__}")
        else:
            not_refused.append(name)
    assert not_refused == []
    assert _snapshot(db) == before
    assert _files(watched) == files_before  # no copy, export, backup or setting written
    if path is not None:
        assert safety.second_folder() is None
        # Desk staff still back up into the backups folder (it stays on this PC).
        assert safety.backup(desk).path.parent == safety.folder
