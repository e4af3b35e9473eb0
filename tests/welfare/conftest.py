"""Welfare fixtures: a frozen station clock, a small street with members of every kind,
three gift items in stock, and helpers that read the tables past the services."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from station_app.core import clock, i18n
from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.ids import resident_id_check_char
from station_app.members.service import CommunityService, MemberService, UnitService
from station_app.members.types import MemberInput, UnitInput
from station_app.welfare.service import (
    CampaignService,
    HandoutService,
    StockService,
    WelfarePrintData,
)
from station_app.welfare.types import (
    CampaignInput,
    EligibilityRule,
    ItemInput,
    PackageLine,
)
from tests.conftest import set_up_station
from tests.welfare.zh_catalog import translate_zh

NOW = dt.datetime(2027, 1, 20, 10, 0, 0)
TODAY = NOW.date()


def rid(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> dt.datetime:
    monkeypatch.setattr(clock, "now", lambda: NOW)
    return NOW


@pytest.fixture
def chinese() -> Iterator[None]:
    """Printouts and messages in Chinese, as the desk sees them."""
    i18n.install(translate_zh)
    yield
    i18n.install(lambda _context, source: source)


@dataclass
class Street:
    db: Database
    admin: Actor
    desk: Actor
    desk2: Actor
    stock: StockService
    campaigns: CampaignService
    handout: HandoutService
    printing: WelfarePrintData
    west: int  # communities
    east: int
    huaxin: int  # unit in west
    dingtai: int  # unit in east
    members: dict[str, int]  # key -> member id
    rice: int  # items
    oil: int
    voucher: int

    def campaign(
        self,
        name: str = "2027年元旦春节送温暖",
        *,
        kind: str = "festival",
        rule: EligibilityRule | None = None,
        package: tuple[tuple[int, int], ...] | None = None,
        cash: str = "200.00",
        budget: str | None = None,
        warn_same_kind: bool = False,
    ) -> int:
        lines = package if package is not None else ((self.rice, 1), (self.oil, 1))
        return self.campaigns.create(
            self.desk,
            CampaignInput(
                name=name,
                kind=kind,
                starts_on=dt.date(2027, 1, 15),
                ends_on=dt.date(2027, 2, 10),
                package=tuple(PackageLine(i, q) for i, q in lines),
                cash_amount=cash,
                budget=budget,
                rule=rule or EligibilityRule(),
                warn_same_kind=warn_same_kind,
            ),
        )

    def allocation_of(self, campaign_id: int, member_key: str) -> int:
        with self.db.read() as s:
            return s.execute(
                text("SELECT id FROM allocation WHERE campaign_id = :c AND member_id = :m"),
                {"c": campaign_id, "m": self.members[member_key]},
            ).scalar_one()


# key: (name, first 17 of the ID, gender, mobile, unit, extra member fields)
PEOPLE: dict[str, tuple[str, str, str, str, str | None, dict[str, Any]]] = {
    "zhang": ("张伟", "11010619800307121", "M", "13800138001", "huaxin", {}),
    "wang": ("王芳", "11010619850412122", "F", "13800138002", "huaxin", {}),
    "li_hardship": (
        "李娜",
        "11010619750101124",
        "F",
        "13900139003",
        "dingtai",
        {"hardship_level": "severe"},
    ),
    "liu_courier": (
        "刘洋",
        "11010619900202123",
        "M",
        "13700137004",
        "dingtai",
        {"outdoor_kind": "courier"},
    ),
    "chen_new": ("陈静", "11010619950505126", "F", "13600136005", "huaxin", {}),
    "shan": ("单丽", "11010619880808128", "F", "13500135006", None, {}),
    "zhao_left": ("赵敏", "11010619700909128", "F", "13400134007", "huaxin", {}),
}


@pytest.fixture
def street(db: Database) -> Street:
    admin = set_up_station(db)
    accounts = AccountService(db)
    desk_id = accounts.add_operator(admin, "li", "李前台", "desk", "desk1234")
    desk2_id = accounts.add_operator(admin, "zhou", "周前台", "desk", "desk1234")
    desk = Actor(desk_id, "li", "李前台", "desk")
    desk2 = Actor(desk2_id, "zhou", "周前台", "desk")
    communities, units, members = CommunityService(db), UnitService(db), MemberService(db)
    west = communities.add_community(admin, "太平桥西里社区")
    east = communities.add_community(admin, "太平桥东里社区")
    huaxin = units.add_unit(admin, UnitInput(name="北京华信科技有限公司", community_id=west))
    dingtai = units.add_unit(admin, UnitInput(name="北京鼎泰物业管理有限公司", community_id=east))
    unit_ids = {"huaxin": huaxin, "dingtai": dingtai}
    ids: dict[str, int] = {}
    for key, (name, first17, gender, mobile, unit, extra) in PEOPLE.items():
        joined = dt.date(2027, 1, 10) if key == "chen_new" else dt.date(2020, 5, 1)
        result = members.register(
            admin,
            MemberInput(
                name=name,
                id_number=rid(first17),
                gender=gender,
                mobile=mobile,
                unit_id=unit_ids[unit] if unit else None,
                community_id=None if unit else east,
                joined_on=joined,
                **extra,
            ),
        )
        ids[key] = result.member_id
    members.withdraw(admin, ids["zhao_left"], "搬家", on=dt.date(2026, 12, 1))
    stock = StockService(db)
    rice = stock.add_item(admin, ItemInput("大米（10斤）", "袋", "45.50", low_stock_threshold=5))
    oil = stock.add_item(admin, ItemInput("食用油（5升）", "桶", "79.90", low_stock_threshold=3))
    voucher = stock.add_item(admin, ItemInput("蛋糕券", "张", "100.00"))
    stock.receive(admin, rice, 20, "街道总工会", on=dt.date(2027, 1, 5))
    stock.receive(admin, oil, 20, "北京粮油公司", on=dt.date(2027, 1, 5))
    stock.receive(admin, voucher, 2, "好利来", on=dt.date(2027, 1, 6))
    return Street(
        db,
        admin,
        desk,
        desk2,
        stock,
        CampaignService(db),
        HandoutService(db),
        WelfarePrintData(db),
        west,
        east,
        huaxin,
        dingtai,
        ids,
        rice,
        oil,
        voucher,
    )


# --- reading past the services -----------------------------------------------------------


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.read() as s:
        return s.execute(text(sql), params).scalar()


def rows(db: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql), params)]


def audit_actions(db: Database, entity: str, entity_id: object) -> list[tuple[str, dict]]:
    found = rows(
        db,
        "SELECT action, summary FROM audit_log WHERE entity = :e AND entity_id = :i ORDER BY id",
        e=entity,
        i=str(entity_id),
    )
    return [(action, json.loads(summary) if summary else {}) for action, summary in found]


def assert_reconciled(db: Database) -> None:
    """Stock, allocations and the audit log tell the same story."""
    # 1. Every item's balance is its ledger's sum, and never negative.
    for item_id, on_hand, ledger in rows(
        db,
        "SELECT i.id, i.on_hand, COALESCE(SUM(m.quantity), 0) FROM gift_item i "
        "LEFT JOIN stock_movement m ON m.item_id = i.id GROUP BY i.id, i.on_hand",
    ):
        assert on_hand == ledger, (item_id, on_hand, ledger)
        assert on_hand >= 0
    # 2. Each allocation's net issue is its campaign's package if served, else nothing.
    package = {
        (c, i): q
        for c, i, q in rows(db, "SELECT campaign_id, item_id, quantity FROM campaign_item")
    }
    issued: dict[tuple[int, int], int] = {}
    for allocation_id, item_id, qty in rows(
        db,
        "SELECT allocation_id, item_id, SUM(quantity) FROM stock_movement "
        "WHERE kind = 'issued' GROUP BY allocation_id, item_id",
    ):
        issued[(allocation_id, item_id)] = -int(qty)
    for allocation_id, campaign_id, handed_out_at, receipt_no in rows(
        db, "SELECT id, campaign_id, handed_out_at, receipt_no FROM allocation"
    ):
        for (c, item_id), qty in package.items():
            if c != campaign_id:
                continue
            expected = qty if handed_out_at is not None else 0
            assert issued.get((allocation_id, item_id), 0) == expected, (allocation_id, item_id)
        # 3. The audit log: hand-outs minus undos is 1 for a served allocation, else 0.
        actions = [a for a, _ in audit_actions(db, "allocation", allocation_id)]
        net = actions.count("handout") - actions.count("undo_handout")
        assert net == (1 if handed_out_at is not None else 0), (allocation_id, actions)
        if receipt_no is not None:
            last = [s for a, s in audit_actions(db, "allocation", allocation_id) if a == "handout"]
            assert last[-1]["changes"]["receipt_no"][1] == receipt_no


def money(value: str) -> Decimal:
    return Decimal(value)
