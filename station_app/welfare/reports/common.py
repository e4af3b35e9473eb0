"""Formatting shared by the welfare printouts: money, dates, package lines, labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from station_app.welfare import labels as L
from station_app.welfare.types import PackageItem

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
