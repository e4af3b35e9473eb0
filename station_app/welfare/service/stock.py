"""Gift items and their stock: receive (入库), count (盘点), write off (报损), the ledger.

The balance is the ledger: every change is a ``stock_movement`` row and the database
moves ``gift_item.on_hand`` with it (migration 0004), refusing anything below zero.
Writes here lock the item row first (``FOR UPDATE``; a no-op on SQLite, where
``BEGIN IMMEDIATE`` already serialises writers), so the check the service makes is
the one the database will see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from station_app.core import audit, clock, errors, records
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.models import name_sort_key
from station_app.members.service.validation import clean_line, date_not_in_future, required_line
from station_app.welfare import queries
from station_app.welfare.models import GiftItem
from station_app.welfare.queries import item_t, movement_t
from station_app.welfare.service.common import (
    actor_name,
    is_stock_refusal,
    parse_money,
    quantity,
    reason_line,
    stock_refused,
)
from station_app.welfare.types import ItemBalance, ItemInput, LedgerRow, PeriodLine


def missing_item() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This gift item is no longer on file."))


def lock_items(s: Session, item_ids: Iterable[int]) -> dict[int, GiftItem]:
    """The items, row-locked in id order (two desks never wait on each other in a
    circle) on PostgreSQL; fresh values either way."""
    ids = sorted(set(item_ids))
    if not ids:
        return {}
    stmt = (
        select(GiftItem)
        .where(GiftItem.id.in_(ids))
        .order_by(GiftItem.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    items = {item.id: item for item in s.scalars(stmt)}
    if len(items) != len(ids):
        raise missing_item()
    return items


def add_movement(
    s: Session,
    actor: Actor,
    item: GiftItem,
    kind: str,
    qty: int,
    moved_on: dt.date,
    *,
    source: str = "",
    note: str = "",
    allocation_id: int | None = None,
    receipt_no: str | None = None,
) -> int:
    """Appends one ledger row; the database moves the balance (or refuses)."""
    try:
        result = s.execute(
            insert(movement_t).values(
                item_id=item.id,
                kind=kind,
                quantity=qty,
                unit_value=item.unit_value,
                moved_on=moved_on,
                source=source,
                note=note,
                allocation_id=allocation_id,
                receipt_no=receipt_no,
                operator_id=actor.id,
                operator_name=actor_name(actor),
                created_at=clock.now(),
            )
        )
    except IntegrityError as exc:
        if is_stock_refusal(exc):
            raise stock_refused() from exc
        raise
    return int(result.inserted_primary_key[0])


def _clean_item(inp: ItemInput) -> ItemInput:
    name = required_line(
        inp.name, "name", 60, QT_TRANSLATE_NOOP("Errors", "Please enter the item's name.")
    )
    unit = required_line(
        inp.unit,
        "unit",
        10,
        QT_TRANSLATE_NOOP("Errors", "Please enter the unit, e.g. 袋, 桶, 张 or 份."),
    )
    value = parse_money(inp.unit_value, "unit_value")
    threshold = quantity(inp.low_stock_threshold, "low_stock_threshold", allow_zero=True)
    return ItemInput(name, unit, value, threshold, bool(inp.active))


def _item_snapshot(item: GiftItem | ItemInput) -> dict[str, object]:
    return {
        "name": item.name,
        "unit": item.unit,
        "unit_value": item.unit_value,
        "low_stock_threshold": item.low_stock_threshold,
        "active": item.active,
    }


def _name_taken(name: str) -> ConflictError:
    return errors.name_taken(
        QT_TRANSLATE_NOOP("Errors", "A gift item named {name} already exists."), name
    )


def _movement_date(on: dt.date | None) -> dt.date:
    today = clock.today()
    return today if on is None else date_not_in_future(on, "moved_on", today)


class StockService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- items -----------------------------------------------------------------------

    def add_item(self, actor: Actor, inp: ItemInput) -> int:
        clean = _clean_item(inp)
        with self.db.transaction() as s:
            records.name_free(s, GiftItem, clean.name, _name_taken)
            now = clock.now()
            item = GiftItem(**_item_snapshot(clean), created_at=now, updated_at=now)
            with records.refusing_duplicates(s, lambda: _name_taken(clean.name)):
                s.add(item)
                s.flush()
            audit.record(s, actor, "create", "gift_item", item.id, after=_item_snapshot(clean))
            return item.id

    def update_item(self, actor: Actor, item_id: int, inp: ItemInput) -> bool:
        """Name, unit, value, threshold, active; False when nothing changed. A new value
        applies to later movements (each ledger row keeps the value it was written with)."""
        clean = _clean_item(inp)
        with self.db.transaction() as s:
            item = records.get(s, GiftItem, item_id, missing_item)
            records.name_free(s, GiftItem, clean.name, _name_taken, other_than=item_id)
            before, after = _item_snapshot(item), _item_snapshot(clean)
            if before == after:
                return False
            for key, value in after.items():
                setattr(item, key, value)
            item.updated_at = clock.now()
            audit.record(s, actor, "update", "gift_item", item_id, before=before, after=after)
            return True

    # --- movements -------------------------------------------------------------------

    @contextmanager
    def _movement_of(
        self, item_id: int, on: dt.date | None
    ) -> Iterator[tuple[Session, GiftItem, dt.date]]:
        """One movement's transaction: the item locked, the day checked (today if none)."""
        moved_on = _movement_date(on)
        with self.db.transaction() as s:
            yield s, lock_items(s, [item_id])[item_id], moved_on

    def receive(
        self,
        actor: Actor,
        item_id: int,
        qty: int,
        source: str,
        on: dt.date | None = None,
        note: str = "",
    ) -> int:
        """入库: ``qty`` units from ``source`` (supplier, donor, the federation)."""
        qty = quantity(qty, "quantity")
        source = required_line(
            source,
            "source",
            120,
            QT_TRANSLATE_NOOP("Errors", "Please enter where the stock came from."),
        )
        note = clean_line(note, "note", 200)
        with self._movement_of(item_id, on) as (s, item, moved_on):
            movement = add_movement(
                s, actor, item, "received", qty, moved_on, source=source, note=note
            )
            audit.record(
                s,
                actor,
                "stock_received",
                "gift_item",
                item_id,
                after={"quantity": qty, "source": source, "moved_on": moved_on, "note": note},
            )
            return movement

    def adjust_to_count(
        self, actor: Actor, item_id: int, counted: int, reason: str, on: dt.date | None = None
    ) -> int | None:
        """盘点: the stock counted on the shelf becomes the balance; the difference is an
        ``adjusted`` row with the reason. None (and an audit row) when the count agrees."""
        require_admin(actor)
        counted = quantity(counted, "counted", allow_zero=True)
        reason = reason_line(
            reason,
            QT_TRANSLATE_NOOP("Errors", "Please enter the reason for the difference."),
        )
        with self._movement_of(item_id, on) as (s, item, moved_on):
            delta = counted - item.on_hand
            movement = None
            if delta:
                movement = add_movement(s, actor, item, "adjusted", delta, moved_on, note=reason)
            audit.record(
                s,
                actor,
                "stock_counted",
                "gift_item",
                item_id,
                before={"on_hand": item.on_hand},
                after={"on_hand": counted},
                note=reason,
            )
            return movement

    def write_off(
        self, actor: Actor, item_id: int, qty: int, reason: str, on: dt.date | None = None
    ) -> int:
        """报损: spoiled, broken or lost units leave the stock, with the reason."""
        require_admin(actor)
        qty = quantity(qty, "quantity")
        reason = reason_line(
            reason,
            QT_TRANSLATE_NOOP("Errors", "Please enter why the stock is written off."),
        )
        with self._movement_of(item_id, on) as (s, item, moved_on):
            if qty > item.on_hand:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only {on_hand} {unit} of {name} are in stock; {quantity} cannot be "
                        "written off.",
                    ),
                    field="quantity",
                    on_hand=item.on_hand,
                    unit=item.unit,
                    name=item.name,
                    quantity=qty,
                )
            movement = add_movement(s, actor, item, "written_off", -qty, moved_on, note=reason)
            audit.record(
                s,
                actor,
                "stock_written_off",
                "gift_item",
                item_id,
                after={"quantity": qty, "moved_on": moved_on},
                note=reason,
            )
            return movement

    # --- reading ---------------------------------------------------------------------

    def balances(self, active_only: bool = False) -> list[ItemBalance]:
        stmt = select(*queries.BALANCE_COLUMNS)
        if active_only:
            stmt = stmt.where(item_t.c.active.is_(True))
        with self.db.read() as s:
            rows = [ItemBalance(*row) for row in s.execute(stmt)]
        return sorted(rows, key=lambda row: (name_sort_key(row.name), row.id))

    def item(self, item_id: int) -> ItemBalance:
        with self.db.read() as s:
            row = s.execute(select(*queries.BALANCE_COLUMNS).where(item_t.c.id == item_id)).first()
        if row is None:
            raise missing_item()
        return ItemBalance(*row)

    def low_stock(self) -> list[ItemBalance]:
        """Active items at or under their threshold."""
        return [b for b in self.balances(active_only=True) if b.low]

    def ledger_sum(self, item_id: int) -> int:
        """The ledger's own total (equals ``on_hand``: the database sees to it)."""
        with self.db.read() as s:
            total = s.scalar(
                select(func.coalesce(func.sum(movement_t.c.quantity), 0)).where(
                    movement_t.c.item_id == item_id
                )
            )
        return int(total or 0)

    def ledger(
        self,
        item_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[LedgerRow]:
        """Movements in the order they were written, each with the balance after it."""
        with self.db.read() as s:
            return [
                LedgerRow(*row)
                for row in s.execute(queries.ledger_select(item_id, start, end, offset, limit))
            ]

    def period(self, start: dt.date, end: dt.date) -> list[PeriodLine]:
        """Opening, movements by kind and closing balance of every item for a period."""
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."),
                field="end",
            )
        with self.db.read() as s:
            rows = [PeriodLine(*row) for row in s.execute(queries.period_select(start, end))]
        return sorted(rows, key=lambda row: (name_sort_key(row.item_name), row.item_id))


__all__ = ["StockService", "add_movement", "lock_items"]
