"""Welfare: the 3,000-recipient sign-off list vs one plain reportlab Table; a desk
hand-out (find by full ID number + confirm, no PDF) on SQLite, and on PostgreSQL when
it is reachable."""

from __future__ import annotations

import dataclasses
import io
import itertools
import os
import random
import uuid
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from sqlalchemy import create_engine, select, text

from station_app import demo
from station_app.core import i18n
from station_app.core.actor import CLI_ACTOR, Actor
from station_app.core.db import Database
from station_app.core.models import Operator
from station_app.core.pdf import register_fonts
from station_app.core.pdf.document import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from station_app.core.startup import open_database
from station_app.members.models import Member
from station_app.welfare import labels as L
from station_app.welfare.models import Allocation
from station_app.welfare.reports.handout import COL_WIDTHS, HEADER, build_handout, sheet_rows
from station_app.welfare.service import (
    CampaignService,
    HandoutService,
    StockService,
    WelfarePrintData,
)
from station_app.welfare.types import CampaignInput, ItemInput, PackageLine
from station_app.welfare.types.printouts import HandoutSheet, SheetGroup
from tests.bench.harness import Figure, median_ms
from tests.welfare.zh_catalog import translate_zh

RECIPIENTS = 3_000
HANDOUTS = 40
PG_URL = os.environ.get("STATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _street(db: Database) -> tuple[int, Actor]:
    """3,300 demo members, two items in stock, one open campaign for every active one."""
    demo.fill(db, members=3_300, seed=11)
    stock, campaigns = StockService(db), CampaignService(db)
    on_file = {b.name: b.id for b in stock.balances()}  # the demo may have made them

    def item(name: str, unit: str, value: str) -> int:
        return on_file.get(name) or stock.add_item(CLI_ACTOR, ItemInput(name, unit, value))

    rice = item("大米（10斤）", "袋", "45.50")
    oil = item("食用油（5升）", "桶", "79.90")
    for item in (rice, oil):
        stock.receive(CLI_ACTOR, item, 10_000, "街道总工会")
    today = demo.clock.today()
    campaign = campaigns.create(
        CLI_ACTOR,
        CampaignInput(
            name="基准测试送温暖",
            kind="festival",
            starts_on=today,
            ends_on=today,
            package=(PackageLine(rice, 1), PackageLine(oil, 1)),
            cash_amount="200.00",
        ),
    )
    campaigns.open(CLI_ACTOR, campaign)
    with db.read() as s:
        op = s.execute(
            select(Operator.id, Operator.username, Operator.display_name, Operator.role).where(
                Operator.username == "desk"
            )
        ).first()
    desk = Actor(*op) if op else CLI_ACTOR
    return campaign, desk


def _first_rows(sheet: HandoutSheet, count: int) -> HandoutSheet:
    rows = [row for group in sheet.groups for row in group.rows][:count]
    return dataclasses.replace(sheet, groups=(SheetGroup(None, tuple(rows)),), planned=count)


def _floor_build(rows: list[list[str]]) -> None:
    """The same cells as one plain Table: fixed widths, repeatRows=1, the font set."""
    font = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=font,
    )
    table = Table([[L.t(h) for h in HEADER], *rows], colWidths=COL_WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font)]))
    doc.build([table])


def _handout_call(db: Database, campaign: int, desk: Actor) -> float:
    """Median ms of finding a recipient by full ID number and confirming the hand-out."""
    with db.read() as s:
        numbers = list(
            s.scalars(
                select(Member.id_number)
                .join(Allocation, Allocation.member_id == Member.id)
                .where(Allocation.campaign_id == campaign, Allocation.handed_out_at.is_(None))
                .order_by(Allocation.id)
                .limit(HANDOUTS + 5)
            )
        )
    handout = HandoutService(db)
    queue = iter(numbers)

    def serve() -> None:
        (candidate,) = handout.find_for_handout(campaign, next(queue))
        handout.confirm_handout(desk, candidate.allocation_id)  # type: ignore[arg-type]

    return median_ms(serve, repeat=HANDOUTS, warmup=2)


def _pg_figure() -> Figure | None:
    try:
        admin = create_engine(PG_URL, connect_args={"connect_timeout": 3})
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception:
        return None
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    try:
        db = open_database(url)
        campaign, desk = _street(db)
        value = _handout_call(db, campaign, desk)
        db.dispose()
        return Figure("hand-out on PostgreSQL (find by ID + confirm), median", value)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    i18n.install(translate_zh)  # Chinese labels: the widths and wrapping the desk prints
    random.seed(11)
    db = open_database(f"sqlite:///{workdir / 'welfare.db'}")
    campaign, desk = _street(db)
    sheet = _first_rows(WelfarePrintData(db).handout_sheet(campaign), RECIPIENTS)
    assert sheet.rows == RECIPIENTS
    counter = itertools.count()
    value = median_ms(
        lambda: build_handout(io.BytesIO(), sheet, f"bench{next(counter)}"), repeat=3, warmup=1
    )
    cells = sheet_rows(sheet)[0]
    floor = median_ms(lambda: _floor_build(cells), repeat=3, warmup=1)
    out = [
        Figure(
            f"hand-out list, {RECIPIENTS:,} recipients (A4 PDF)",
            value,
            floor,
            target_ratio=1.5,
        ),
        Figure(
            "hand-out on SQLite (find by ID + confirm, FULL sync), median",
            _handout_call(db, campaign, desk),
        ),
    ]
    db.dispose()
    pg = _pg_figure()
    if pg is not None:
        out.append(pg)
    i18n.install(lambda _context, source: source)
    return out
