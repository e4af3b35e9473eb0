"""Plain values that go in and out of the welfare services (no ORM objects, no Qt).

Money is always :class:`~decimal.Decimal`; quantities are ints (positive numbers of
the item's unit, signed in the ledger). ID numbers and mobiles in these rows are
masked unless a field's name says ``full``. The data of each printout is in
:mod:`.printouts`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from station_app.core.records import carried
from station_app.members.types import Notice

# --- items and stock ---------------------------------------------------------------------


@dataclass(frozen=True)
class ItemInput:
    name: str
    unit: str  # 袋 / 桶 / 张 / 份
    unit_value: Decimal | str  # ¥ per unit; a string from a form is parsed ("12.50")
    low_stock_threshold: int = 0
    active: bool = True


@dataclass(frozen=True, slots=True)
class ItemBalance:
    id: int
    name: str
    unit: str
    unit_value: Decimal
    low_stock_threshold: int
    active: bool
    on_hand: int

    @property
    def low(self) -> bool:
        """At or under the threshold (highlighted in the stock list)."""
        return self.on_hand <= self.low_stock_threshold

    @property
    def value(self) -> Decimal:
        return self.unit_value * self.on_hand


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One movement with the item's balance after it (in ledger order)."""

    id: int
    item_id: int
    item_name: str
    unit: str
    kind: str  # received / issued / adjusted / written_off
    quantity: int  # signed
    balance_after: int
    unit_value: Decimal
    moved_on: dt.date
    source: str
    note: str
    receipt_no: str | None
    operator_name: str
    created_at: dt.datetime

    @property
    def is_undo(self) -> bool:
        """The stock an undone hand-out brought back."""
        return self.kind == "issued" and self.quantity > 0


@dataclass(frozen=True, slots=True)
class PeriodLine:
    """进销存 of one item over a period: opening + movements = closing."""

    item_id: int
    item_name: str
    unit: str
    unit_value: Decimal
    opening: int
    received: int
    issued: int  # net of undone hand-outs, as a positive number
    adjusted: int  # signed
    written_off: int  # positive number
    closing: int


# --- campaigns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EligibilityRule:
    """Who a campaign is for. Always active members; each non-empty part narrows it.

    ``categories`` are member category codes (any of them qualifies): ``hardship``,
    ``hardship_severe``, ``outdoor``, ``outdoor_courier``, ``migrant_worker``,
    ``model_worker``, ``women`` ... (``station_app.members.types.MEMBER_CATEGORIES``).
    ``joined_before``: members who joined strictly before that day.
    """

    categories: tuple[str, ...] = ()
    community_ids: tuple[int, ...] = ()
    unit_ids: tuple[int, ...] = ()
    joined_before: dt.date | None = None

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "categories": list(self.categories),
            "community_ids": list(self.community_ids),
            "unit_ids": list(self.unit_ids),
            "joined_before": self.joined_before.isoformat() if self.joined_before else None,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> EligibilityRule:
        data = json.loads(text or "{}")
        joined = data.get("joined_before")
        return cls(
            categories=tuple(data.get("categories") or ()),
            community_ids=tuple(int(i) for i in data.get("community_ids") or ()),
            unit_ids=tuple(int(i) for i in data.get("unit_ids") or ()),
            joined_before=dt.date.fromisoformat(joined) if joined else None,
        )


@dataclass(frozen=True)
class PackageLine:
    item_id: int
    quantity: int  # per recipient


@dataclass(frozen=True)
class CampaignInput:
    name: str
    kind: str  # festival / hardship / summer / women / members_only / other
    starts_on: dt.date
    ends_on: dt.date
    package: tuple[PackageLine, ...] = ()
    cash_amount: Decimal | str = Decimal("0")  # ¥ per recipient
    budget: Decimal | str | None = None  # None: no budget set
    rule: EligibilityRule = field(default_factory=EligibilityRule)
    warn_same_kind: bool = False  # warn if already served by a same-kind campaign this year
    note: str = ""


@dataclass(frozen=True, slots=True)
class CampaignRow:
    id: int
    name: str
    kind: str
    status: str  # draft / open / closed
    starts_on: dt.date
    ends_on: dt.date
    planned: int  # recipients on the list (not removed)
    served: int


@dataclass(frozen=True)
class PackageItem:
    item_id: int
    name: str
    unit: str
    unit_value: Decimal
    quantity: int  # per recipient


@dataclass(frozen=True)
class CampaignRecord:
    id: int
    name: str
    kind: str
    status: str
    starts_on: dt.date
    ends_on: dt.date
    budget: Decimal | None
    cash_amount: Decimal
    rule: EligibilityRule
    warn_same_kind: bool
    note: str
    package: tuple[PackageItem, ...]
    opened_at: dt.datetime | None
    opened_by_name: str
    closed_at: dt.datetime | None

    def as_input(self) -> CampaignInput:
        package = tuple(PackageLine(p.item_id, p.quantity) for p in self.package)
        return carried(self, CampaignInput, package=package)


@dataclass(frozen=True, slots=True)
class PreviewLine:
    item_id: int
    name: str
    unit: str
    per_recipient: int
    needed: int
    on_hand: int
    unit_value: Decimal
    cost: Decimal

    @property
    def shortfall(self) -> int:
        return max(0, self.needed - self.on_hand)

    @property
    def short(self) -> bool:
        return self.needed > self.on_hand


@dataclass(frozen=True)
class CampaignPreview:
    """What opening would freeze: shown before opening, shortfalls in red."""

    eligible: int
    lines: tuple[PreviewLine, ...]
    items_cost: Decimal
    cash_total: Decimal
    budget: Decimal | None
    already_served_same_kind: int  # eligible members served by a same-kind campaign this year

    @property
    def total_cost(self) -> Decimal:
        return self.items_cost + self.cash_total

    @property
    def over_budget(self) -> bool:
        return self.budget is not None and self.total_cost > self.budget

    @property
    def stock_short(self) -> bool:
        return any(line.short for line in self.lines)

    @property
    def has_shortfall(self) -> bool:
        return self.stock_short or self.over_budget


@dataclass(frozen=True, slots=True)
class ItemCounter:
    item_id: int
    name: str
    unit: str
    per_recipient: int
    on_hand: int
    needed_for_remaining: int

    @property
    def short(self) -> bool:
        return self.needed_for_remaining > self.on_hand


@dataclass(frozen=True)
class CampaignCounters:
    """The live figures beside the hand-out screen."""

    planned: int
    served: int
    removed: int
    items: tuple[ItemCounter, ...]

    @property
    def remaining(self) -> int:
        return self.planned - self.served


# --- the desk hand-out -------------------------------------------------------------------

ON_LIST = "on_list"  # on the list, not served yet: confirm hands out
SERVED = "served"  # already received (when, by whom)
REMOVED = "removed"  # taken off the list (why)
NOT_ON_LIST = "not_on_list"  # meets the rule now, but not on the frozen list
NOT_ELIGIBLE = "not_eligible"  # does not meet the rule (why)


@dataclass(frozen=True)
class HandoutMatch:
    """What a desk search found: how many members in all, and whether by an identifier
    (a whole ID number or member number) rather than by a part of a name or number."""

    total: int
    exact: bool


@dataclass(frozen=True)
class HandoutCandidate:
    member_id: int
    member_no: str
    name: str
    id_number: str  # masked
    mobile: str  # masked
    unit_name: str
    community_name: str
    state: str  # ON_LIST / SERVED / REMOVED / NOT_ON_LIST / NOT_ELIGIBLE
    allocation_id: int | None = None
    handed_out_at: dt.datetime | None = None
    handed_out_by: str = ""
    receipt_no: str | None = None
    proxy_name: str = ""
    reasons: tuple[Notice, ...] = ()  # why not eligible / removed / not on the list
    warnings: tuple[Notice, ...] = ()  # e.g. served by a same-kind campaign this year
    exact: bool = False  # found by the full ID number or member number
    campaign_open: bool = True  # hand-outs happen only while the campaign is open

    @property
    def can_hand_out(self) -> bool:
        return self.state == ON_LIST and self.campaign_open


@dataclass(frozen=True)
class Proxy:
    """代领: someone collecting on the member's behalf."""

    name: str
    mobile: str = ""
    relationship: str = ""  # 配偶 / 子女 / 同事 …


@dataclass(frozen=True)
class IssuedLine:
    item_id: int
    name: str
    unit: str
    quantity: int


@dataclass(frozen=True)
class HandoutResult:
    allocation_id: int
    receipt_no: str
    handed_out_at: dt.datetime
    items: tuple[IssuedLine, ...]
    cash_amount: Decimal


@dataclass(frozen=True, slots=True)
class RecipientRow:
    """One line of a campaign's recipient list (screen and .xlsx export)."""

    allocation_id: int
    member_id: int
    member_no: str
    name: str
    id_number: str  # masked unless an administrator exported full values
    mobile: str
    unit_name: str
    community_name: str
    added_reason: str
    removed: bool
    removed_reason: str
    handed_out_at: dt.datetime | None
    handed_out_by: str
    receipt_no: str | None
    proxy_name: str
    proxy_mobile: str  # masked like the member's
    proxy_relationship: str
