"""Plain data behind the welfare printouts (filled by ``service.printing``, drawn by
``reports``). ID numbers and mobiles here are already masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from station_app.welfare.types import (
    IssuedLine,
    ItemBalance,
    LedgerRow,
    PackageItem,
    PeriodLine,
)

GROUP_COMMUNITY = "community"
GROUP_UNIT = "unit"
GROUPINGS = (GROUP_COMMUNITY, GROUP_UNIT)


@dataclass(frozen=True)
class CampaignHeading:
    station_name: str
    name: str
    kind: str
    status: str
    starts_on: dt.date
    ends_on: dt.date
    package: tuple[PackageItem, ...]
    cash_amount: Decimal
    budget: Decimal | None


@dataclass(frozen=True, slots=True)
class SheetRow:
    name: str
    unit_name: str
    id_number: str  # masked
    mobile: str  # masked
    handed_out_on: dt.date | None
    proxy_name: str
    proxy_relationship: str


@dataclass(frozen=True)
class SheetGroup:
    title: str | None  # None: members without a community / unit
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class ItemTotal:
    item_id: int
    name: str
    unit: str
    per_recipient: int
    planned: int  # recipients on the list × per recipient
    issued: int  # from the ledger, net of undone hand-outs
    issued_value: Decimal  # from the ledger (each row's own unit value)
    on_hand: int


@dataclass(frozen=True)
class HandoutSheet:
    """发放签收表."""

    campaign: CampaignHeading
    group_by: str | None  # None / "community" / "unit"
    groups: tuple[SheetGroup, ...]
    planned: int
    served: int
    items: tuple[ItemTotal, ...]
    cash_issued: Decimal  # served × cash per recipient

    @property
    def rows(self) -> int:
        return sum(len(g.rows) for g in self.groups)


@dataclass(frozen=True)
class CommunityLine:
    name: str | None  # None: no community on file
    planned: int
    served: int
    cash: Decimal


@dataclass(frozen=True)
class CampaignSummary:
    campaign: CampaignHeading
    opened_at: dt.datetime | None
    closed_at: dt.datetime | None
    planned: int
    served: int
    removed: int
    items: tuple[ItemTotal, ...]
    cash_issued: Decimal
    by_community: tuple[CommunityLine, ...]

    @property
    def items_value(self) -> Decimal:
        return sum((i.issued_value for i in self.items), Decimal("0.00"))

    @property
    def total_value(self) -> Decimal:
        return self.items_value + self.cash_issued


@dataclass(frozen=True)
class StockReport:
    station_name: str
    start: dt.date
    end: dt.date
    lines: tuple[PeriodLine, ...]
    movements: tuple[LedgerRow, ...]
    balances: tuple[ItemBalance, ...]


@dataclass(frozen=True)
class ReceiptData:
    """领取凭证 of one hand-out."""

    station_name: str
    station_phone: str
    campaign_name: str
    receipt_no: str
    member_name: str
    member_no: str
    id_number: str  # masked
    unit_name: str
    items: tuple[IssuedLine, ...]
    cash_amount: Decimal
    handed_out_at: dt.datetime
    operator: str
    proxy_name: str
    proxy_relationship: str
    proxy_mobile: str  # masked
