"""Gap-free yearly serial numbers (receipts, member numbers), taken inside a transaction.

The counter row is updated in the caller's transaction, so a number is used only if
the use case that took it commits; a rollback gives it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError

from station_app.core.models import SerialCounter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def next_value(session: Session, series: str, year: int, count: int = 1) -> int:
    """Takes the next ``count`` numbers of the year's series (one by default) and
    returns the last of them."""
    table = SerialCounter.__table__
    bump = (
        update(table)
        .where(table.c.series == series, table.c.year == year)
        .values(last_value=table.c.last_value + count)
        .returning(table.c.last_value)
    )
    value = session.execute(bump).scalar_one_or_none()
    if value is not None:
        return value
    try:
        with session.begin_nested():
            session.execute(insert(table).values(series=series, year=year, last_value=count))
        return count
    except IntegrityError:  # another desk created the row a moment ago
        return session.execute(bump).scalar_one()


def format_serial(prefix: str, year: int, value: int, width: int = 5) -> str:
    """``SZ`` + 2027 + 12 -> ``SZ202700012``."""
    return f"{prefix}{year}{value:0{width}d}"
