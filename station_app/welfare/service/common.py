"""Pieces every welfare use case shares: money, reasons, campaign and allocation
look-ups, the database's refusals turned into sentences."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from station_app.core.actor import Actor
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import to_halfwidth
from station_app.core.models import Station
from station_app.members.service.validation import required_line
from station_app.welfare.models import Campaign
from station_app.welfare.queries import allocation_t
from station_app.welfare.types import PackageItem

CENT = Decimal("0.01")
MAX_MONEY = Decimal("99999999.99")
MAX_BUDGET = Decimal("9999999999.99")
MAX_QUANTITY = 1_000_000
RECEIPT_SERIES = "receipt"
RECEIPT_PREFIX = "LQ"  # 领取
REASON_LENGTH = 200


def parse_money(
    value: Decimal | int | str | None,
    field: str,
    *,
    optional: bool = False,
    maximum: Decimal = MAX_MONEY,
) -> Decimal | None:
    """An amount of yuan as an exact Decimal with two places; floats are refused."""
    if isinstance(value, float):
        raise TypeError("money is a Decimal or a string, never a float")
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the amount."), field=field)
    if isinstance(value, str):
        text = to_halfwidth(value).strip()
        for noise in ("¥", "￥", ",", " ", "元"):
            text = text.replace(noise, "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            amount = Decimal("NaN")
        shown = value.strip()
    else:
        amount = Decimal(value)
        shown = str(value)
    if not amount.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not an amount of money, e.g. 12.50."),
            field=field,
            value=shown,
        )
    if amount < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An amount cannot be negative."), field=field
        )
    if amount != amount.quantize(CENT):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimal places (fen)."),
            field=field,
        )
    if amount > maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This amount is too large: at most {max}."),
            field=field,
            max=f"{maximum:,}",
        )
    return amount.quantize(CENT)


def quantity(value: int, field: str, *, allow_zero: bool = False) -> int:
    """A whole number of units (bags, bottles, vouchers)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter a whole number."), field=field
        )
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The quantity must be more than zero."), field=field
        )
    if value > MAX_QUANTITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This quantity is too large: at most {max}."),
            field=field,
            max=MAX_QUANTITY,
        )
    return value


def reason_line(value: str | None, missing: str) -> str:
    """The reason the desk must give (one line): ``missing`` is what it reads without one."""
    return required_line(value, "reason", REASON_LENGTH, missing)


def per_item(p: PackageItem) -> dict[str, Any]:
    """What every line about a package item starts with (preview, counters, totals)."""
    return {"item_id": p.item_id, "name": p.name, "unit": p.unit, "per_recipient": p.quantity}


def is_stock_refusal(exc: DBAPIError) -> bool:
    """The database refused a movement that would take an item below zero."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "stock_negative" in text or "ck_gift_item_on_hand" in text


def stock_refused() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Not enough stock: another desk has just used it. Nothing was changed; "
            "check the stock and try again.",
        )
    )


def missing_campaign() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This campaign is no longer on file."))


def missing_allocation() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "This recipient is no longer on the campaign's list.")
    )


def still_due(allocation_id: int) -> tuple[ColumnElement[bool], ...]:
    """The allocation, as long as it is on the list and not handed out yet (the WHERE of
    an UPDATE whose row count tells whether another desk got there first)."""
    a = allocation_t
    return (a.c.id == allocation_id, a.c.handed_out_at.is_(None), a.c.removed.is_(False))


def load_campaign(
    s: Session, campaign_id: int, *, for_update: bool = False, for_share: bool = False
) -> Campaign:
    """The campaign row; on PostgreSQL ``for_update`` locks it (open, close, edit) and
    ``for_share`` keeps it from changing under a hand-out (hand-outs do not wait for each
    other, closing waits for them). SQLite's ``BEGIN IMMEDIATE`` already serialises."""
    stmt = select(Campaign).where(Campaign.id == campaign_id)
    if for_update:
        stmt = stmt.with_for_update()
    elif for_share:
        stmt = stmt.with_for_update(read=True)
    campaign = s.scalar(stmt)
    if campaign is None:
        raise missing_campaign()
    return campaign


def require_status(campaign: Campaign, *allowed: str) -> None:
    if campaign.status in allowed:
        return
    if campaign.status == "draft":
        text = QT_TRANSLATE_NOOP(
            "Errors", "The campaign {name} has not been opened yet: its list is not frozen."
        )
    elif campaign.status == "open":
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The campaign {name} is already open: its package and rule can no longer change.",
        )
    else:
        text = QT_TRANSLATE_NOOP("Errors", "The campaign {name} is closed.")
    raise ConflictError(text, name=campaign.name)


def actor_name(actor: Actor) -> str:
    return actor.display_name or actor.username


def station_name(s: Session) -> str:
    return s.scalar(select(Station.name).where(Station.id == 1)) or ""
