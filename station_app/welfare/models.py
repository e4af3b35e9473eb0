"""Tables of the welfare feature: gift items, the stock ledger, campaigns, allocations.

What the database itself guarantees (migration 0004 adds the triggers):

* **Stock never goes negative, and the balance is the ledger.** ``gift_item.on_hand``
  is maintained by a trigger on every ``stock_movement`` insert (``on_hand +=
  quantity``) and carries ``CHECK (on_hand >= 0)``; the trigger also refuses with
  ``stock_negative`` before the update. A second trigger refuses any change of
  ``on_hand`` that does not equal the ledger's sum, and the ledger is append-only
  (updates and deletes are refused), so the shown balance always equals
  ``SUM(stock_movement.quantity)``. On PostgreSQL the trigger locks the item row
  (``SELECT ... FOR UPDATE``), so two desks issuing the last bag queue up and the
  second is refused.
* **One allocation per member per campaign**: ``UNIQUE (campaign_id, member_id)``.
* **One hand-out per allocation**: the service claims the row with ``UPDATE ...
  WHERE handed_out_at IS NULL``; ``receipt_no`` is unique and set exactly when
  ``handed_out_at`` is; a removed allocation cannot be handed out; each receipt issues
  each item at most once and is undone at most once (partial unique indexes).

Money is ``Numeric`` (``Decimal`` in Python, never float). Times are naive local time
of the station (see :mod:`station_app.core.clock`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from station_app.core import clock
from station_app.core.models import one_of
from station_app.core.orm import Base, Stamped

# Code values; their Chinese labels live in the translations (see labels.py).
MOVEMENT_KINDS = ("received", "issued", "adjusted", "written_off")  # 入库 出库 盘点 报损
CAMPAIGN_KINDS = ("festival", "hardship", "summer", "women", "members_only", "other")
CAMPAIGN_STATUSES = ("draft", "open", "closed")  # 草稿 → 发放中 → 已结束
MONEY = Numeric(10, 2)
BUDGET = Numeric(12, 2)

# Partial unique indexes: one issue row per receipt and item, and one undo row.
_ISSUE_ROW = "kind = 'issued' AND quantity < 0"
_UNDO_ROW = "kind = 'issued' AND quantity > 0"


def _one_per_receipt_and_item(name: str, rows: str) -> Index:
    where = text(rows)
    return Index(
        name, "receipt_no", "item_id", unique=True, sqlite_where=where, postgresql_where=where
    )


class GiftItem(Stamped, Base):
    """慰问品: rice, flour, oil, cake vouchers, kitchen packs."""

    __tablename__ = "gift_item"
    __table_args__ = (
        CheckConstraint("on_hand >= 0", name="on_hand"),
        CheckConstraint("unit_value >= 0", name="unit_value"),
        CheckConstraint("low_stock_threshold >= 0", name="low_stock_threshold"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    unit: Mapped[str] = mapped_column(String(10))  # 袋 / 桶 / 张 / 份
    unit_value: Mapped[Decimal] = mapped_column(MONEY)
    low_stock_threshold: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    # Maintained by the database from the ledger; never written by Python code.
    on_hand: Mapped[int] = mapped_column(default=0, server_default=text("0"))


class Campaign(Stamped, Base):
    """慰问活动. ``rule`` is the eligibility rule as JSON (see service/eligibility.py)."""

    __tablename__ = "campaign"
    __table_args__ = (
        one_of("kind", CAMPAIGN_KINDS),
        one_of("status", CAMPAIGN_STATUSES),
        CheckConstraint("ends_on >= starts_on", name="dates"),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget"),
        CheckConstraint("cash_amount >= 0", name="cash_amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    budget: Mapped[Decimal | None] = mapped_column(BUDGET)
    cash_amount: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    rule: Mapped[str] = mapped_column(Text, default="{}")
    warn_same_kind: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[dt.datetime | None]
    opened_by_name: Mapped[str] = mapped_column(String(40), default="")
    closed_at: Mapped[dt.datetime | None]


class CampaignItem(Base):
    """One line of the package every recipient of a campaign receives."""

    __tablename__ = "campaign_item"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("gift_item.id"), primary_key=True)
    quantity: Mapped[int]


class Allocation(Base):
    """One recipient on a campaign's list (发放名单), and their hand-out if served."""

    __tablename__ = "allocation"
    __table_args__ = (
        UniqueConstraint("campaign_id", "member_id"),
        CheckConstraint("(handed_out_at IS NULL) = (receipt_no IS NULL)", name="receipt"),
        CheckConstraint("NOT (removed AND handed_out_at IS NOT NULL)", name="removed_not_served"),
        Index("ix_allocation_campaign_served", "campaign_id", "handed_out_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(default=clock.now)
    added_by_name: Mapped[str] = mapped_column(String(40), default="")
    added_reason: Mapped[str] = mapped_column(String(200), default="")  # "" = by the rule
    removed: Mapped[bool] = mapped_column(default=False)
    removed_reason: Mapped[str] = mapped_column(String(200), default="")
    removed_at: Mapped[dt.datetime | None]
    removed_by_name: Mapped[str] = mapped_column(String(40), default="")
    handed_out_at: Mapped[dt.datetime | None]
    handed_out_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    handed_out_by_name: Mapped[str] = mapped_column(String(40), default="")
    receipt_no: Mapped[str | None] = mapped_column(String(20), unique=True)
    proxy_name: Mapped[str] = mapped_column(String(60), default="")
    proxy_mobile: Mapped[str] = mapped_column(String(20), default="")
    proxy_relationship: Mapped[str] = mapped_column(String(20), default="")
    undone_at: Mapped[dt.datetime | None]
    undone_by_name: Mapped[str] = mapped_column(String(40), default="")


class StockMovement(Base):
    """One line of the stock ledger (append-only). ``quantity`` is signed.

    ``issued`` rows belong to a hand-out (``allocation_id`` and ``receipt_no``); the
    undo of a hand-out is an ``issued`` row with a positive quantity under the same
    receipt number. ``unit_value`` is the item's value when the row was written.
    """

    __tablename__ = "stock_movement"
    __table_args__ = (
        one_of("kind", MOVEMENT_KINDS),
        CheckConstraint("quantity <> 0", name="quantity"),
        CheckConstraint("kind <> 'received' OR quantity > 0", name="received_positive"),
        CheckConstraint("kind <> 'written_off' OR quantity < 0", name="written_off_negative"),
        CheckConstraint(
            "(kind = 'issued') = (allocation_id IS NOT NULL AND receipt_no IS NOT NULL)",
            name="issued_link",
        ),
        Index("ix_stock_movement_item_quantity", "item_id", "quantity"),
        Index("ix_stock_movement_item_moved_on", "item_id", "moved_on"),
        _one_per_receipt_and_item("ux_stock_movement_issue", _ISSUE_ROW),
        _one_per_receipt_and_item("ux_stock_movement_undo", _UNDO_ROW),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("gift_item.id"))
    kind: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[int]
    unit_value: Mapped[Decimal] = mapped_column(MONEY)
    moved_on: Mapped[dt.date]
    source: Mapped[str] = mapped_column(String(120), default="")  # supplier, donor
    note: Mapped[str] = mapped_column(String(200), default="")  # reason of a count/write-off
    allocation_id: Mapped[int | None] = mapped_column(ForeignKey("allocation.id"), index=True)
    receipt_no: Mapped[str | None] = mapped_column(String(20))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=clock.now)
