"""Core selects behind the welfare lists and views: campaigns with their counts, a
campaign's package, gift items' balances, the stock ledger with the balance after each
movement, a period's movements by item. Tuples, never one ORM object a row; the
services run them in their read transactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from station_app.core.selects import coalesced, columns
from station_app.welfare.models import Allocation, Campaign, CampaignItem, GiftItem, StockMovement
from station_app.welfare.types import PackageItem

allocation_t = Allocation.__table__
item_t = GiftItem.__table__
movement_t = StockMovement.__table__

BALANCE_COLUMNS = (
    item_t.c.id,
    item_t.c.name,
    item_t.c.unit,
    item_t.c.unit_value,
    item_t.c.low_stock_threshold,
    item_t.c.active,
    item_t.c.on_hand,
)


def package_of(s: Session, campaign_id: int) -> tuple[PackageItem, ...]:
    rows = s.execute(
        select(
            GiftItem.id, GiftItem.name, GiftItem.unit, GiftItem.unit_value, CampaignItem.quantity
        )
        .join(CampaignItem, CampaignItem.item_id == GiftItem.id)
        .where(CampaignItem.campaign_id == campaign_id)
        .order_by(GiftItem.id)
    )
    return tuple(PackageItem(*row) for row in rows)


def allocation_counts(s: Session, campaign_id: int) -> tuple[int, int, int]:
    """How many of a campaign's list are on it, were handed out to, were taken off."""
    a = allocation_t
    planned, served, removed = s.execute(
        select(
            func.count(case((a.c.removed.is_(False), 1))),
            func.count(a.c.handed_out_at),
            func.count(case((a.c.removed.is_(True), 1))),
        ).where(a.c.campaign_id == campaign_id)
    ).one()
    return int(planned), int(served), int(removed)


def on_hand(s: Session, item_ids: Iterable[int]) -> dict[int, int]:
    """item id -> what is in stock now, for the given items."""
    ids = list(item_ids)
    if not ids:
        return {}
    return dict(s.execute(select(item_t.c.id, item_t.c.on_hand).where(item_t.c.id.in_(ids))).all())


def campaign_rows_select() -> Select:
    """Campaigns newest first, with how many are on each list and how many were served
    (the columns of :class:`~station_app.welfare.types.CampaignRow`)."""
    a = allocation_t
    counts = (
        select(
            a.c.campaign_id,
            func.count().label("planned"),
            func.count(a.c.handed_out_at).label("served"),
        )
        .where(a.c.removed.is_(False))
        .group_by(a.c.campaign_id)
        .subquery()
    )
    return (
        select(
            Campaign.id,
            Campaign.name,
            Campaign.kind,
            Campaign.status,
            Campaign.starts_on,
            Campaign.ends_on,
            func.coalesce(counts.c.planned, 0),
            func.coalesce(counts.c.served, 0),
        )
        .outerjoin(counts, counts.c.campaign_id == Campaign.id)
        .order_by(Campaign.starts_on.desc(), Campaign.id.desc())
    )


def ledger_select(
    item_id: int | None,
    start: dt.date | None,
    end: dt.date | None,
    offset: int = 0,
    limit: int | None = None,
):  # type: ignore[no-untyped-def]
    m = movement_t
    running = func.sum(m.c.quantity).over(partition_by=m.c.item_id, order_by=m.c.id)
    inner = select(m, running.label("balance_after"))
    if item_id is not None:
        inner = inner.where(m.c.item_id == item_id)
    ledger = inner.subquery()
    stmt = (
        select(
            ledger.c.id,
            ledger.c.item_id,
            item_t.c.name,
            item_t.c.unit,
            ledger.c.kind,
            ledger.c.quantity,
            ledger.c.balance_after,
            ledger.c.unit_value,
            ledger.c.moved_on,
            ledger.c.source,
            ledger.c.note,
            ledger.c.receipt_no,
            ledger.c.operator_name,
            ledger.c.created_at,
        )
        .join(item_t, item_t.c.id == ledger.c.item_id)
        .order_by(ledger.c.id)
    )
    if start is not None:
        stmt = stmt.where(ledger.c.moved_on >= start)
    if end is not None:
        stmt = stmt.where(ledger.c.moved_on <= end)
    return stmt.offset(offset).limit(limit)


def period_select(start: dt.date, end: dt.date):  # type: ignore[no-untyped-def]
    m = movement_t
    inside = m.c.moved_on.between(start, end)

    def total(condition, sign: int = 1):  # type: ignore[no-untyped-def]
        return func.coalesce(func.sum(case((condition, m.c.quantity * sign), else_=0)), 0)

    sums = (
        select(
            m.c.item_id,
            total(m.c.moved_on < start).label("opening"),
            total(inside & (m.c.kind == "received")).label("received"),
            total(inside & (m.c.kind == "issued"), -1).label("issued"),
            total(inside & (m.c.kind == "adjusted")).label("adjusted"),
            total(inside & (m.c.kind == "written_off"), -1).label("written_off"),
            total(m.c.moved_on <= end).label("closing"),
        )
        .group_by(m.c.item_id)
        .subquery()
    )
    return select(
        *columns(item_t, "id name unit unit_value"),
        *coalesced(sums, "opening received issued adjusted written_off closing"),
    ).outerjoin(sums, sums.c.item_id == item_t.c.id)
