"""Shapes every feature's service repeats, written once: copy the same-named fields
between a clean input and a row, add a stamped row with its audit line, and read a
record masked or (administrators, audited) revealed.

Qt-free; the services keep their own sentences and rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from station_app.core import audit, clock
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database


class _Stamped(Protocol):
    id: Any
    created_at: Any
    updated_at: Any


RowT = TypeVar("RowT", bound=_Stamped)
RecordT = TypeVar("RecordT")
T = TypeVar("T")


# Field names: an iterable, or one string of names separated by spaces (as namedtuple).
Names = str | Iterable[str]


def _split(names: Names) -> Iterable[str]:
    return names.split() if isinstance(names, str) else names


def values(source: object, names: Names) -> dict[str, Any]:
    """The named attributes of ``source`` as a dict (constructor keywords, snapshots)."""
    return {name: getattr(source, name) for name in _split(names)}


def assign(target: object, source: object, names: Names) -> None:
    """Copies the named attributes from ``source`` onto ``target``."""
    for name in _split(names):
        setattr(target, name, getattr(source, name))


def carried(source: object, target: type[T], **changes: Any) -> T:
    """A ``target`` dataclass from ``source``'s attributes of the same names (a record's
    form input), ``changes`` taking the place of some."""
    names = [f.name for f in dataclasses.fields(target) if f.init and f.name not in changes]  # type: ignore[arg-type]
    return target(**values(source, names), **changes)


def add_audited(
    s: Session,
    actor: Actor,
    entity: str,
    row: RowT,
    snapshot: Callable[[RowT], dict[str, Any]],
) -> RowT:
    """Stamps a new row's created/updated time, writes it (so it has its id) and records
    its creation in the audit log with ``snapshot(row)``."""
    now = clock.now()
    row.created_at = now
    row.updated_at = now
    s.add(row)
    s.flush()
    audit.record(s, actor, "create", entity, row.id, after=snapshot(row))
    return row


def masked_or_revealed(
    db: Database,
    actor: Actor,
    entity: str,
    record_id: int,
    reveal: bool,
    load: Callable[[Session, int, bool], RecordT],
    note: str = "id_number, mobile",
) -> RecordT:
    """``load(session, record_id, masked)``: masked for anyone; in full only for an
    administrator who asks, and the audit log records that they saw it."""
    if not reveal:
        with db.read() as s:
            return load(s, record_id, True)
    require_admin(actor)
    with db.transaction() as s:
        record = load(s, record_id, False)
        audit.record(s, actor, "reveal", entity, record_id, note=note)
        return record
