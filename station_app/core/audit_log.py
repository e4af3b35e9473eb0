"""The audit log viewer's reads (administrators only): the filtered list, the
choices of the filters, the details of the record a row refers to, and the export.

Personal numbers are masked here, before anything leaves: ID numbers and mobiles in
the changes of a row (by field name, and wherever an 18-character ID number or an
11-digit mobile stands in the text), and in a record's details. Search keys and
password hashes are never shown.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from station_app.core import audit
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP, CodeNames, translate
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.models import AuditLog, Base, Operator
from station_app.core.xlsx_writer import DATETIME, XlsxWriter

CONTEXT = "AuditLog"
LIMIT = 5_000
_ID_TEXT = re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_MOBILE_TEXT = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
_HIDDEN = ("search_text", "password_hash", "sort_key", "name_key")

entity_label = CodeNames(
    CONTEXT,
    {
        "member": QT_TRANSLATE_NOOP("AuditLog", "Member"),
        "unit": QT_TRANSLATE_NOOP("AuditLog", "Unit"),
        "community": QT_TRANSLATE_NOOP("AuditLog", "Community"),
        "booking": QT_TRANSLATE_NOOP("AuditLog", "Booking"),
        "booking_series": QT_TRANSLATE_NOOP("AuditLog", "Booking series"),
        "room": QT_TRANSLATE_NOOP("AuditLog", "Room"),
        "volunteer": QT_TRANSLATE_NOOP("AuditLog", "Volunteer"),
        "team": QT_TRANSLATE_NOOP("AuditLog", "Team"),
        "activity": QT_TRANSLATE_NOOP("AuditLog", "Activity"),
        "shift": QT_TRANSLATE_NOOP("AuditLog", "Shift"),
        "assignment": QT_TRANSLATE_NOOP("AuditLog", "Shift assignment"),
        "skill": QT_TRANSLATE_NOOP("AuditLog", "Skill"),
        "volunteer_certificate": QT_TRANSLATE_NOOP("AuditLog", "Volunteer certificate"),
        "campaign": QT_TRANSLATE_NOOP("AuditLog", "Campaign"),
        "allocation": QT_TRANSLATE_NOOP("AuditLog", "Allocation"),
        "gift_item": QT_TRANSLATE_NOOP("AuditLog", "Gift item"),
        "operator": QT_TRANSLATE_NOOP("AuditLog", "Operator"),
        "station": QT_TRANSLATE_NOOP("AuditLog", "Station"),
        "database": QT_TRANSLATE_NOOP("AuditLog", "Database"),
        "holiday_override": QT_TRANSLATE_NOOP("AuditLog", "Holiday override"),
        "holiday_notice": QT_TRANSLATE_NOOP("AuditLog", "Holiday notice"),
        "unit_contact": QT_TRANSLATE_NOOP("AuditLog", "Unit contact"),
        "audit_log": QT_TRANSLATE_NOOP("AuditLog", "Audit log"),
    },
)
action_label = CodeNames(
    CONTEXT,
    {
        "create": QT_TRANSLATE_NOOP("AuditLog", "Create"),
        "update": QT_TRANSLATE_NOOP("AuditLog", "Edit"),
        "delete": QT_TRANSLATE_NOOP("AuditLog", "Delete"),
        "login": QT_TRANSLATE_NOOP("AuditLog", "Log in"),
        "reveal": QT_TRANSLATE_NOOP("AuditLog", "Show full values"),
        "export": QT_TRANSLATE_NOOP("AuditLog", "Export"),
        "export_full": QT_TRANSLATE_NOOP("AuditLog", "Export with full values"),
        "cancel": QT_TRANSLATE_NOOP("AuditLog", "Cancel"),
        "assign": QT_TRANSLATE_NOOP("AuditLog", "Assign"),
        "unassign": QT_TRANSLATE_NOOP("AuditLog", "Unassign"),
        "handout": QT_TRANSLATE_NOOP("AuditLog", "Hand out"),
        "undo_handout": QT_TRANSLATE_NOOP("AuditLog", "Undo hand-out"),
        "transfer_out": QT_TRANSLATE_NOOP("AuditLog", "Transfer out"),
        "withdraw": QT_TRANSLATE_NOOP("AuditLog", "Withdraw"),
        "reinstate": QT_TRANSLATE_NOOP("AuditLog", "Reinstate"),
        "reset_password": QT_TRANSLATE_NOOP("AuditLog", "Reset password"),
        "backup": QT_TRANSLATE_NOOP("AuditLog", "Back up"),
        "restore": QT_TRANSLATE_NOOP("AuditLog", "Restore"),
    },
)


@dataclass(frozen=True)
class AuditFilter:
    """Days inclusive; ``None`` or ``""`` leaves a condition out."""

    start: dt.date | None = None
    end: dt.date | None = None
    operator_id: int | None = None
    entity: str = ""
    action: str = ""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    operator: str
    action: str
    entity: str
    entity_id: str
    details: str  # the changes and the note, personal numbers masked


@dataclass(frozen=True)
class AuditChoices:
    operators: list[tuple[int, str]]
    entities: list[str]
    actions: list[str]


def mask_text(text: str) -> str:
    """Every ID number and mobile standing in ``text``, masked."""
    text = _ID_TEXT.sub(lambda m: mask_id(m.group(0)), text)
    return _MOBILE_TEXT.sub(lambda m: mask_mobile(m.group(0)), text)


def _hidden(field: str) -> bool:
    return any(part in field for part in _HIDDEN)


def _masked(field: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, bool):
        text = translate(CONTEXT, "yes") if value else translate(CONTEXT, "no")
    else:
        text = str(value)
    if not text:
        return ""
    if field.endswith("id_number"):
        return mask_id(text)
    if field.endswith("mobile"):
        return mask_mobile(text)
    return mask_text(text)


def describe(summary: str) -> str:
    """The changes (``field: old → new``) and the note of a row, masked."""
    if not summary:
        return ""
    try:
        data = json.loads(summary)
    except ValueError:
        return mask_text(summary)
    parts = []
    for field, pair in (data.get("changes") or {}).items():
        if _hidden(field):
            continue
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        before, after = _masked(field, old), _masked(field, new)
        parts.append(f"{field}: {before} → {after}" if before else f"{field}: {after}")
    if data.get("note"):
        parts.append(mask_text(str(data["note"])))
    return "; ".join(parts)


def _conditions(f: AuditFilter) -> list[Any]:
    t = AuditLog.__table__
    where: list[Any] = []
    if f.start is not None:
        where.append(t.c.at >= dt.datetime.combine(f.start, dt.time()))
    if f.end is not None:
        where.append(t.c.at < dt.datetime.combine(f.end + dt.timedelta(days=1), dt.time()))
    if f.operator_id is not None:
        where.append(t.c.operator_id == f.operator_id)
    if f.entity:
        where.append(t.c.entity == f.entity)
    if f.action:
        where.append(t.c.action == f.action)
    return where


def _select(f: AuditFilter) -> Any:
    t = AuditLog.__table__
    o = Operator.__table__
    return (
        select(
            t.c.id,
            t.c.at,
            func.coalesce(o.c.display_name, t.c.operator_name),
            t.c.action,
            t.c.entity,
            t.c.entity_id,
            t.c.summary,
        )
        .select_from(t.outerjoin(o, t.c.operator_id == o.c.id))
        .where(*_conditions(f))
        .order_by(t.c.at.desc(), t.c.id.desc())
    )


def _entry(row: Any) -> AuditEntry:
    id_, at, operator, action, entity, entity_id, summary = row
    return AuditEntry(id_, at, operator or "", action, entity, entity_id, describe(summary))


class AuditLogService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def choices(self, actor: Actor) -> AuditChoices:
        require_admin(actor)
        t = AuditLog.__table__
        with self.db.read() as s:
            operators = s.execute(
                select(Operator.id, Operator.display_name).order_by(Operator.display_name)
            ).all()
            entities = s.scalars(select(t.c.entity).distinct().order_by(t.c.entity)).all()
            actions = s.scalars(select(t.c.action).distinct().order_by(t.c.action)).all()
        return AuditChoices([(i, n) for i, n in operators], list(entities), list(actions))

    def count(self, actor: Actor, f: AuditFilter) -> int:
        require_admin(actor)
        with self.db.read() as s:
            stmt = select(func.count()).select_from(AuditLog.__table__).where(*_conditions(f))
            return int(s.execute(stmt).scalar_one())

    def entries(self, actor: Actor, f: AuditFilter, limit: int = LIMIT) -> list[AuditEntry]:
        """Newest first, at most ``limit`` rows (:meth:`count` says how many match)."""
        require_admin(actor)
        with self.db.read() as s:
            return [_entry(row) for row in s.execute(_select(f).limit(limit))]

    def record_details(self, actor: Actor, entity: str, entity_id: str) -> list[tuple[str, str]]:
        """The current fields of the record a row refers to (``[]`` when it is gone or
        the row names no table), personal numbers masked."""
        require_admin(actor)
        table = Base.metadata.tables.get(entity)
        if table is None or not entity_id or "id" not in table.c:
            return []
        try:
            key = int(entity_id)
        except ValueError:
            return []
        with self.db.read() as s:
            row = s.execute(select(table).where(table.c.id == key)).mappings().first()
        if row is None:
            return []
        return [
            (field, _masked(field, value)) for field, value in row.items() if not _hidden(field)
        ]

    def export(self, actor: Actor, f: AuditFilter, path: str | Path) -> int:
        """Writes every matching row to an .xlsx at ``path`` (masked) and audits it."""
        require_admin(actor)
        path = Path(path)
        headers = [
            translate(CONTEXT, text)
            for text in ("Time", "Operator", "Action", "Record", "Record no.", "Details")
        ]

        def rows() -> Iterator[tuple[Any, ...]]:
            with self.db.read() as s:
                for row in s.execute(_select(f).execution_options(yield_per=2_000)):
                    e = _entry(row)
                    yield (
                        e.at,
                        e.operator,
                        action_label(e.action),
                        entity_label(e.entity),
                        e.entity_id,
                        e.details,
                    )

        with XlsxWriter(path) as book:
            written = book.add_sheet(
                translate(CONTEXT, "Audit log"),
                headers,
                rows(),
                widths=(18, 12, 14, 14, 10, 80),
                styles={0: DATETIME},
            )
        try:
            with self.db.transaction() as s:
                audit.record(
                    s, actor, "export", "audit_log", note=f"file={path.name}; rows={written}"
                )
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return written
