"""Formatting shared by the welfare printouts: money, dates, package lines, labels, and
the items table of the sign-off list and the campaign summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from station_app.welfare import labels as L
from station_app.welfare.types import PackageItem
from station_app.welfare.types.printouts import ItemTotal

if TYPE_CHECKING:  # the screens use the labels above without loading reportlab
    from reportlab.platypus import Flowable


def money(value: Decimal | None) -> str:
    """``¥1,234.50``."""
    if value is None:
        return ""
    return f"¥{value:,.2f}"


def day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def package_text(package: Sequence[PackageItem], cash: Decimal) -> str:
    """``大米（10斤）1袋、食用油（5升）1桶、慰问金 ¥200.00``."""
    parts = [f"{p.name}{p.quantity}{p.unit}" for p in package]
    if cash:
        parts.append(L.t(L.CASH_ITEM).format(amount=money(cash)))
    return "、".join(parts)


def kind_label(kind: str) -> str:
    return L.t(L.KINDS.get(kind, kind))


def status_label(status: str) -> str:
    return L.t(L.STATUSES.get(status, status))


def sign_off() -> Flowable:
    """经办人 ____ 审核人 ____ 日期 ____ under every welfare list."""
    from station_app.core.pdf import signature_lines

    return signature_lines([L.t(L.SIGN_OPERATOR), L.t(L.SIGN_REVIEWER), L.t(L.SIGN_DATE)])


def items_table(
    items: Sequence[ItemTotal], widths_mm: Sequence[float], extra: Sequence[list[object]] = ()
) -> Flowable:
    """Each item of a campaign: per recipient, to issue, issued and its value (from the
    stock ledger), in stock; ``extra`` rows follow (the sign-off list's cash line)."""
    rows: list[list[object]] = [
        [
            item.name,
            f"{item.per_recipient}{item.unit}",
            f"{item.planned}{item.unit}",
            f"{item.issued}{item.unit}",
            money(item.issued_value),
            f"{item.on_hand}{item.unit}",
        ]
        for item in items
    ]
    header = (
        L.COL_ITEM,
        L.COL_PER_RECIPIENT,
        L.COL_PLANNED_QTY,
        L.COL_ISSUED_QTY,
        L.COL_ISSUED_VALUE,
        L.COL_ON_HAND,
    )
    from reportlab.lib.units import mm

    from station_app.core.pdf import data_table

    return data_table(
        [L.t(h) for h in header],
        [*rows, *extra],
        [w * mm for w in widths_mm],
        align_right={1, 2, 3, 4, 5},
    )
