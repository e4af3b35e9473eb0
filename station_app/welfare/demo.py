"""Demo welfare data: gift items in stock, and campaigns in every state (one open with
part of its list served, one closed, one draft). Goes through the services, so the
ledger, allocations and audit log of a demo database reconcile like real ones."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select

from station_app.core import clock
from station_app.core.accounts import AccountService
from station_app.core.actor import CLI_ACTOR, Actor
from station_app.core.db import Database
from station_app.welfare.models import Allocation, Campaign, GiftItem
from station_app.welfare.service import CampaignService, HandoutService, StockService
from station_app.welfare.types import (
    CampaignInput,
    EligibilityRule,
    ItemInput,
    PackageLine,
    Proxy,
)

# name, unit, value (¥), low-stock threshold
ITEMS = (
    ("大米（10斤）", "袋", "45.50", 50),
    ("面粉（5斤）", "袋", "22.00", 50),
    ("食用油（5升）", "桶", "79.90", 30),
    ("蛋糕券", "张", "100.00", 20),
    ("厨房大礼包", "份", "168.00", 10),
    ("防暑降温用品", "份", "35.00", 30),
)
SUPPLIERS = ("街道总工会", "北京粮油公司", "区总工会调拨", "好利来（丽泽店）", "京东企业购")
# Drafts for later in the year: month, day, name (after the year), kind, the one item,
# the member category it is for.
DRAFTS = (
    (3, 1, "庆三八关爱女职工", "women", "蛋糕券", "women"),
    (6, 15, "夏季送清凉", "summer", "防暑降温用品", "outdoor"),
)
RELATIONSHIPS = ("配偶", "子女", "父母", "同事")
PROXY_NAMES = ("王秀兰", "李建国", "张丽", "刘强", "陈芳")


@dataclass(frozen=True)
class WelfareDemoSummary:
    items: int
    campaigns: int
    handed_out: int


def _demo_actor(db: Database, username: str) -> Actor:
    """The demo's own operator (admin or desk), so that the stock ledger and the lists
    name a person as 经办人 rather than 命令行."""
    return AccountService(db).actor_named(username) or CLI_ACTOR


def fill_welfare(
    db: Database,
    rng: random.Random,
    *,
    hand_out: int = 300,
    progress: Callable[[str], None] | None = None,
) -> WelfareDemoSummary:
    """Adds the demo items and campaigns (skipping names already on file) and serves up
    to ``hand_out`` recipients of the open campaign at the desk."""
    say = progress or (lambda _text: None)
    stock, campaigns, handout = StockService(db), CampaignService(db), HandoutService(db)
    admin, desk = _demo_actor(db, "admin"), _demo_actor(db, "desk")
    today = clock.today()
    year = today.year
    # 元旦春节 campaigns run from December; from autumn on they carry next year's name.
    festival_year = year + 1 if today.month >= 10 else year

    with db.read() as s:
        items = dict(s.execute(select(GiftItem.name, GiftItem.id)).all())
        existing = set(s.scalars(select(Campaign.name)))
    for name, unit, value, threshold in ITEMS:
        if name not in items:
            items[name] = stock.add_item(admin, ItemInput(name, unit, value, threshold))
    say(f"gift items: {len(items)}")

    def campaign(
        name: str,
        kind: str,
        start: dt.date,
        package: list[tuple[str, int]],
        *,
        cash: str = "0",
        rule: EligibilityRule | None = None,
        budget: str | None = None,
    ) -> int | None:
        if name in existing:
            return None
        return campaigns.create(
            admin,
            CampaignInput(
                name=name,
                kind=kind,
                starts_on=start,
                ends_on=start + dt.timedelta(days=30),
                package=tuple(PackageLine(items[n], q) for n, q in package),
                cash_amount=cash,
                budget=budget,
                rule=rule or EligibilityRule(),
                warn_same_kind=kind == "hardship",
            ),
        )

    def stock_for(campaign_id: int, margin: float) -> None:
        """Receives what the preview says is missing, plus a margin."""
        preview = campaigns.preview(campaign_id)
        for line in preview.lines:
            wanted = math.ceil(line.needed * margin) - line.on_hand
            if wanted > 0:
                stock.receive(
                    admin,
                    line.item_id,
                    wanted,
                    rng.choice(SUPPLIERS),
                    on=today - dt.timedelta(days=rng.randint(3, 20)),
                )

    made = 0
    served = 0
    # A closed hardship campaign earlier in the year (only a few recipients).
    hardship = campaign(
        f"{year}年困难职工帮扶慰问",
        "hardship",
        today - dt.timedelta(days=40),
        [("厨房大礼包", 1)],
        cash="500.00",
        rule=EligibilityRule(categories=("hardship",)),
    )
    if hardship is not None:
        made += 1
        stock_for(hardship, 1.0)
        if campaigns.preview(hardship).eligible:
            campaigns.open(admin, hardship)
            served += _serve(db, handout, desk, hardship, rng, limit=10_000)
            campaigns.close(admin, hardship)
    # The festival campaign the desk is working on now: open, part of it served.
    festival = campaign(
        f"{festival_year}年元旦春节送温暖",
        "festival",
        today - dt.timedelta(days=5),
        [("大米（10斤）", 1), ("食用油（5升）", 1)],
        cash="200.00",
    )
    if festival is not None:
        made += 1
        stock_for(festival, 1.05)
        preview = campaigns.preview(festival)
        budget = (preview.total_cost * Decimal("1.1")).quantize(Decimal("1"))
        record = campaigns.get(festival)
        campaigns.update(admin, festival, _with_budget(record.as_input(), budget))
        campaigns.open(admin, festival)
        say(f"festival campaign: {preview.eligible} recipients, serving {hand_out}")
        served += _serve(db, handout, desk, festival, rng, limit=hand_out)
    for month, day, title, kind, item, category in DRAFTS:
        starts = _next(today, month, day)
        rule = EligibilityRule(categories=(category,))
        draft = campaign(f"{starts.year}年{title}", kind, starts, [(item, 1)], rule=rule)
        made += draft is not None
    say(f"welfare campaigns: {made}, hand-outs: {served}")
    return WelfareDemoSummary(len(items), made, served)


def _next(today: dt.date, month: int, day: int) -> dt.date:
    """The next ``month``/``day`` on or after today."""
    this_year = dt.date(today.year, month, day)
    return this_year if this_year >= today else dt.date(today.year + 1, month, day)


def _with_budget(inp: CampaignInput, budget: Decimal) -> CampaignInput:
    return replace(inp, budget=budget)


def _serve(
    db: Database,
    handout: HandoutService,
    desk: Actor,
    campaign_id: int,
    rng: random.Random,
    limit: int,
) -> int:
    with db.read() as s:
        allocation_ids = list(
            s.scalars(
                select(Allocation.id)
                .where(Allocation.campaign_id == campaign_id, Allocation.handed_out_at.is_(None))
                .order_by(Allocation.id)
            )
        )
    rng.shuffle(allocation_ids)
    served = 0
    for allocation_id in allocation_ids[:limit]:
        proxy = None
        if rng.random() < 0.08:
            proxy = Proxy(rng.choice(PROXY_NAMES), "", rng.choice(RELATIONSHIPS))
        handout.confirm_handout(desk, allocation_id, proxy)
        served += 1
    return served
