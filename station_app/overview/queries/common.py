"""SQL pieces the figure queries share."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, case, func
from sqlalchemy.orm import Session

HUNDREDTH = Decimal("0.01")


def count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    """How many rows hold ``condition`` (0, never NULL)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def decimal(value: Any, places: Decimal = HUNDREDTH) -> Decimal:
    """A sum from the database (Decimal, float or None) as a Decimal of ``places``."""
    if value is None:
        return Decimal("0").quantize(places)
    return Decimal(str(value)).quantize(places)


def hours_between(s: Session, starts: Any, ends: Any) -> ColumnElement[Any]:
    """The hours from ``starts`` to ``ends`` (timestamps) on either database."""
    if s.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", ends - starts) / 3600.0
    return (func.julianday(ends) - func.julianday(starts)) * 24.0


def day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())
