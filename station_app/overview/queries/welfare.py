"""Welfare campaigns, hand-outs and stock of one period."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from station_app.overview.queries.common import decimal
from station_app.overview.types import Number, Period, Raw
from station_app.welfare.models import (
    CAMPAIGN_KINDS,
    Allocation,
    Campaign,
    GiftItem,
    StockMovement,
)

cp = Campaign.__table__
a = Allocation.__table__
g = GiftItem.__table__
sm = StockMovement.__table__


def welfare_figures(s: Session, period: Period) -> Raw:
    running = and_(
        cp.c.status != "draft", cp.c.starts_on <= period.last, cp.c.ends_on >= period.first
    )
    served = and_(a.c.handed_out_at >= period.start, a.c.handed_out_at < period.after)
    campaigns = dict(
        s.execute(select(cp.c.kind, func.count()).where(running).group_by(cp.c.kind)).all()
    )
    handouts = {
        kind: (packages, cash)
        for kind, packages, cash in s.execute(
            select(cp.c.kind, func.count(), func.sum(cp.c.cash_amount))
            .select_from(a.join(cp, cp.c.id == a.c.campaign_id))
            .where(served)
            .group_by(cp.c.kind)
        )
    }
    recipients = s.scalar(select(func.count(func.distinct(a.c.member_id))).where(served)) or 0
    goods = dict(
        s.execute(
            select(cp.c.kind, -func.sum(sm.c.quantity * sm.c.unit_value))
            .select_from(
                sm.join(a, a.c.id == sm.c.allocation_id).join(cp, cp.c.id == a.c.campaign_id)
            )
            .where(sm.c.kind == "issued", sm.c.moved_on >= period.first)
            .where(sm.c.moved_on <= period.last)
            .group_by(cp.c.kind)
        ).all()
    )
    by_campaign = {
        name: int(n)
        for name, n in s.execute(
            select(cp.c.name, func.count())
            .select_from(a.join(cp, cp.c.id == a.c.campaign_id))
            .where(served)
            .group_by(cp.c.id, cp.c.name, cp.c.starts_on)
            .order_by(cp.c.starts_on, cp.c.id)
        )
    }
    end_qty = func.coalesce(func.sum(sm.c.quantity), 0)
    stock_rows = s.execute(
        select(g.c.name, g.c.unit, g.c.unit_value, end_qty)
        .select_from(g.outerjoin(sm, and_(sm.c.item_id == g.c.id, sm.c.moved_on <= period.last)))
        .group_by(g.c.id, g.c.name, g.c.unit, g.c.unit_value)
        .order_by(g.c.id)
    ).all()
    stock = {f"{name}（{unit}）": int(qty) for name, unit, _value, qty in stock_rows}
    stock_value = sum((Decimal(value) * int(qty) for _n, _u, value, qty in stock_rows), Decimal(0))
    packages = {k: int(handouts.get(k, (0, 0))[0]) for k in CAMPAIGN_KINDS}
    cash: dict[str, Number] = {k: decimal(handouts.get(k, (0, None))[1]) for k in CAMPAIGN_KINDS}
    goods_value: dict[str, Number] = {k: decimal(goods.get(k)) for k in CAMPAIGN_KINDS}
    total_cash = decimal(sum(cash.values(), Decimal(0)))
    total_goods = decimal(sum(goods_value.values(), Decimal(0)))
    return {
        "welfare.totals": {
            "campaigns": int(sum(campaigns.values())),
            "recipients": int(recipients),
            "packages": sum(packages.values()),
            "cash": total_cash,
            "goods": total_goods,
            "value": total_cash + total_goods,
            "stock_value": decimal(stock_value),
        },
        "welfare.campaigns_by_kind": {k: int(campaigns.get(k, 0)) for k in CAMPAIGN_KINDS},
        "welfare.packages_by_kind": packages,
        "welfare.cash_by_kind": cash,
        "welfare.goods_by_kind": goods_value,
        "welfare.by_campaign": by_campaign,
        "welfare.stock": stock,
    }
