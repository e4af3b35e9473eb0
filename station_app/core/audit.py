"""The audit log: one row per use case, written inside its transaction."""

from __future__ import annotations

import datetime as dt
import decimal
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from station_app.core import clock
from station_app.core.actor import Actor
from station_app.core.models import AuditLog, audit_log_t

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from station_app.core.db import Database


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Only the fields that differ, as ``{field: [old, new]}``."""
    keys = list(dict.fromkeys([*before, *after]))
    return {
        key: [_plain(before.get(key)), _plain(after.get(key))]
        for key in keys
        if before.get(key) != after.get(key)
    }


def record(
    session: Session | Connection,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    note: str = "",
) -> None:
    """One audit row, in the caller's transaction: an ORM session (which writes what it
    holds first) or a Core connection (the login)."""
    summary: dict[str, Any] = {}
    if before is not None or after is not None:
        summary["changes"] = changes(before or {}, after or {})
    if note:
        summary["note"] = note
    session.execute(
        insert(audit_log_t).values(
            at=clock.now(),
            operator_id=actor.id,
            operator_name=actor.username,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            summary=json.dumps(summary, ensure_ascii=False, sort_keys=True) if summary else "",
        )
    )


def history(session: Session, entity: str, entity_id: object) -> list[AuditLog]:
    stmt = (
        select(AuditLog)
        .where(AuditLog.entity == entity, AuditLog.entity_id == str(entity_id))
        .order_by(AuditLog.at, AuditLog.id)
    )
    return list(session.scalars(stmt))


def record_export(db: Database, actor: Actor, path: Path, entity: str, note: str) -> None:
    """Records that ``path`` was written (an export), or deletes it: a file of the
    station's data that the audit log cannot account for must not stay."""
    try:
        with db.transaction() as s:
            record(s, actor, "export", entity, note=f"file={path.name}; {note}")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
