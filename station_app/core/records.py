"""Shapes every feature's service repeats, written once: copy the same-named fields
between a clean input and a row, find a row or refuse, refuse a name or a row another
desk saved first, add a stamped row with its audit line, and read a record masked or
(administrators, audited) revealed.

Qt-free; the services keep their own sentences and rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from station_app.core import audit, clock
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import InstrumentedAttribute, Session


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


def record_of(cls: type[RecordT], source: object, **given: Any) -> RecordT:
    """A ``cls`` dataclass built from ``source``: the fields ``given`` as given, every
    other field (those with a default aside) from the source's attribute of that name."""
    names = [
        f.name
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name not in given
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    return cls(**values(source, names), **given)


def assign(target: object, source: object, names: Names) -> None:
    """Copies the named attributes from ``source`` onto ``target``."""
    for name in _split(names):
        setattr(target, name, getattr(source, name))


def found(row: T | None, missing: Callable[[], Exception]) -> T:
    """``row``, or the feature's refusal ``missing()`` ("… is no longer on file") when
    the look-up found nothing."""
    if row is None:
        raise missing()
    return row


def get(s: Session, model: type[T], ident: Any, missing: Callable[[], Exception]) -> T:
    """The ``model`` row with primary key ``ident``, or ``missing()`` raised."""
    return found(s.get(model, ident), missing)


def name_free(
    s: Session,
    model: Any,
    name: str,
    taken: Callable[[str], Exception],
    other_than: int | None = None,
) -> None:
    """Refuses with ``taken(name)`` a name another ``model`` row (not ``other_than``,
    the one being renamed) has already."""
    stmt = select(model.id).where(model.name == name)
    if other_than is not None:
        stmt = stmt.where(model.id != other_than)
    if s.scalar(stmt) is not None:
        raise taken(name)


@contextmanager
def refusing_duplicates(s: Session, refusal: Callable[[], Exception]) -> Iterator[None]:
    """Runs the block's writes in a savepoint. When the database refuses them (another
    desk saved the same name or number a moment ago) ``refusal()`` is raised instead:
    the sentence, never the driver's error."""
    try:
        with s.begin_nested():
            yield
    except IntegrityError:
        raise refusal() from None


def next_sort_order(s: Session, column: InstrumentedAttribute[int]) -> int:
    """Where a new entry of a hand-sorted list goes: after the last one."""
    return (s.scalar(select(func.max(column))) or 0) + 1


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
