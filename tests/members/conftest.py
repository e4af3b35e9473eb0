"""Member-intake fixtures: a frozen station clock, the services, a small street."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from station_app.core import clock
from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.ids import resident_id_check_char, uscc_check_char
from station_app.members.service import CommunityService, MemberService, UnitService
from station_app.members.types import UnitInput
from tests.conftest import set_up_station

NOW = dt.datetime(2027, 3, 8, 9, 30, 0)
TODAY = NOW.date()
TABLES = ("community", "unit", "member", "audit_log", "serial_counter")


def rid(first17: str) -> str:
    """A valid resident ID from its first 17 digits."""
    return first17 + resident_id_check_char(first17)


def uscc(first17: str) -> str:
    return first17 + uscc_check_char(first17)


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> dt.datetime:
    monkeypatch.setattr(clock, "now", lambda: NOW)
    return NOW


@dataclass
class Street:
    db: Database
    admin: Actor
    communities: CommunityService
    units: UnitService
    members: MemberService
    west: int  # community ids
    east: int
    huaxin: int  # unit in `west`, own union
    dingtai: int  # unit in `east`, no union

    def desk(self) -> Actor:
        accounts = AccountService(self.db)
        desk_id = accounts.add_operator(self.admin, "li", "李前台", "desk", "desk1234")
        return Actor(id=desk_id, username="li", display_name="李前台", role="desk")


@pytest.fixture
def street(db: Database) -> Street:
    admin = set_up_station(db)
    communities, units = CommunityService(db), UnitService(db)
    west = communities.add_community(admin, "太平桥西里社区")
    east = communities.add_community(admin, "太平桥东里社区")
    huaxin = units.add_unit(
        admin,
        UnitInput(
            name="北京华信科技有限公司",
            uscc=uscc("91110106MA01ABCD2"),
            community_id=west,
            union_status="own",
            union_founded_on=dt.date(2019, 5, 1),
            union_name="北京华信科技有限公司工会",
            union_chair="王建国",
        ),
    )
    dingtai = units.add_unit(admin, UnitInput(name="北京鼎泰物业管理有限公司", community_id=east))
    return Street(db, admin, communities, units, MemberService(db), west, east, huaxin, dingtai)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the intake tables, to prove a refused call changed nothing."""
    with db.read() as s:
        return {
            table: sorted(
                (tuple(row) for row in s.execute(text(f"SELECT * FROM {table}"))), key=repr
            )
            for table in TABLES
        }


def audit_rows(db: Database, entity: str, entity_id: object) -> list[tuple[str, dict[str, Any]]]:
    """(action, summary) of every audit row about one record, oldest first."""
    with db.read() as s:
        rows = s.execute(
            text(
                "SELECT action, summary FROM audit_log WHERE entity = :e AND entity_id = :i "
                "ORDER BY id"
            ),
            {"e": entity, "i": str(entity_id)},
        ).all()
    return [(action, json.loads(summary) if summary else {}) for action, summary in rows]
