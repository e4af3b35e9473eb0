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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.core import audit
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.audit_fields import Names, Words, empty, label_of, note_text, plain
from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP, CodeNames, translate
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.models import AuditLog, Operator, metadata
from station_app.core.xlsx_writer import DATETIME, XlsxWriter

CONTEXT = "AuditLog"
LIMIT = 5_000
_BATCH = 2_000  # rows of an export named in one go
_ID_TEXT = re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_MOBILE_TEXT = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
_HIDDEN = ("search_text", "password_hash", "sort_key", "name_key", "name_pinyin")

# In the order of the tabs (the kind-of-record filter lists them so).
entity_label = CodeNames(
    CONTEXT,
    {
        "member": QT_TRANSLATE_NOOP("AuditLog", "Member"),
        "unit": QT_TRANSLATE_NOOP("AuditLog", "Unit"),
        "unit_contact": QT_TRANSLATE_NOOP("AuditLog", "Unit contact"),
        "community": QT_TRANSLATE_NOOP("AuditLog", "Community"),
        "campaign": QT_TRANSLATE_NOOP("AuditLog", "Campaign"),
        "allocation": QT_TRANSLATE_NOOP("AuditLog", "Allocation"),
        "gift_item": QT_TRANSLATE_NOOP("AuditLog", "Gift item"),
        "room": QT_TRANSLATE_NOOP("AuditLog", "Room"),
        "booking": QT_TRANSLATE_NOOP("AuditLog", "Booking"),
        "booking_series": QT_TRANSLATE_NOOP("AuditLog", "Booking series"),
        "holiday_override": QT_TRANSLATE_NOOP("AuditLog", "Holiday override"),
        "holiday_notice": QT_TRANSLATE_NOOP("AuditLog", "Holiday notice"),
        "volunteer": QT_TRANSLATE_NOOP("AuditLog", "Volunteer"),
        "volunteers": QT_TRANSLATE_NOOP("AuditLog", "Volunteer data"),
        "team": QT_TRANSLATE_NOOP("AuditLog", "Team"),
        "skill": QT_TRANSLATE_NOOP("AuditLog", "Skill"),
        "activity": QT_TRANSLATE_NOOP("AuditLog", "Activity"),
        "shift": QT_TRANSLATE_NOOP("AuditLog", "Shift"),
        "assignment": QT_TRANSLATE_NOOP("AuditLog", "Shift assignment"),
        "volunteer_certificate": QT_TRANSLATE_NOOP("AuditLog", "Volunteer certificate"),
        "operator": QT_TRANSLATE_NOOP("AuditLog", "Operator"),
        "station": QT_TRANSLATE_NOOP("AuditLog", "Station"),
        "database": QT_TRANSLATE_NOOP("AuditLog", "Database"),
        "audit_log": QT_TRANSLATE_NOOP("AuditLog", "Audit log"),
    },
)
# Every action the code records (grep ``audit.record``), the common ones first.
action_label = CodeNames(
    CONTEXT,
    {
        "create": QT_TRANSLATE_NOOP("AuditLog", "Create"),
        "update": QT_TRANSLATE_NOOP("AuditLog", "Edit"),
        "delete": QT_TRANSLATE_NOOP("AuditLog", "Delete"),
        "import": QT_TRANSLATE_NOOP("AuditLog", "Import"),
        "export": QT_TRANSLATE_NOOP("AuditLog", "Export"),
        "export_full": QT_TRANSLATE_NOOP("AuditLog", "Export with full values"),
        "reveal": QT_TRANSLATE_NOOP("AuditLog", "Show full values"),
        "transfer_out": QT_TRANSLATE_NOOP("AuditLog", "Transfer out"),
        "withdraw": QT_TRANSLATE_NOOP("AuditLog", "Withdraw"),
        "reinstate": QT_TRANSLATE_NOOP("AuditLog", "Reinstate"),
        "reorder": QT_TRANSLATE_NOOP("AuditLog", "Reorder"),
        "open": QT_TRANSLATE_NOOP("AuditLog", "Start handing out"),
        "close": QT_TRANSLATE_NOOP("AuditLog", "Finish handing out"),
        "add_recipient": QT_TRANSLATE_NOOP("AuditLog", "Add recipient"),
        "remove_recipient": QT_TRANSLATE_NOOP("AuditLog", "Remove recipient"),
        "handout": QT_TRANSLATE_NOOP("AuditLog", "Hand out"),
        "undo_handout": QT_TRANSLATE_NOOP("AuditLog", "Undo hand-out"),
        "stock_received": QT_TRANSLATE_NOOP("AuditLog", "Stock received"),
        "stock_counted": QT_TRANSLATE_NOOP("AuditLog", "Stock count"),
        "stock_written_off": QT_TRANSLATE_NOOP("AuditLog", "Written off"),
        "cancel": QT_TRANSLATE_NOOP("AuditLog", "Cancel"),
        "check_in": QT_TRANSLATE_NOOP("AuditLog", "Check in"),
        "complete": QT_TRANSLATE_NOOP("AuditLog", "Complete"),
        "no_show": QT_TRANSLATE_NOOP("AuditLog", "No-show"),
        "assign": QT_TRANSLATE_NOOP("AuditLog", "Assign"),
        "unassign": QT_TRANSLATE_NOOP("AuditLog", "Unassign"),
        "status": QT_TRANSLATE_NOOP("AuditLog", "Change status"),
        "all_attended": QT_TRANSLATE_NOOP("AuditLog", "All attended"),
        "correct_hours": QT_TRANSLATE_NOOP("AuditLog", "Correct hours"),
        "issue": QT_TRANSLATE_NOOP("AuditLog", "Issue"),
        "replace": QT_TRANSLATE_NOOP("AuditLog", "Issue again"),
        "login": QT_TRANSLATE_NOOP("AuditLog", "Log in"),
        "login_failed": QT_TRANSLATE_NOOP("AuditLog", "Failed login"),
        "login_locked": QT_TRANSLATE_NOOP("AuditLog", "Account locked"),
        "change_password": QT_TRANSLATE_NOOP("AuditLog", "Change password"),
        "reset_password": QT_TRANSLATE_NOOP("AuditLog", "Reset password"),
        "activate": QT_TRANSLATE_NOOP("AuditLog", "Activate"),
        "deactivate": QT_TRANSLATE_NOOP("AuditLog", "Deactivate"),
        "setup": QT_TRANSLATE_NOOP("AuditLog", "Set up"),
        "backup": QT_TRANSLATE_NOOP("AuditLog", "Back up"),
        "restore": QT_TRANSLATE_NOOP("AuditLog", "Restore"),
        "demo_fill": QT_TRANSLATE_NOOP("AuditLog", "Fill with demo data"),
    },
)
CLI_NAME = "cli"  # ``CLI_ACTOR.username``: the command line, shown as 命令行
EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("AuditLog", "Time"),
    QT_TRANSLATE_NOOP("AuditLog", "Operator"),
    QT_TRANSLATE_NOOP("AuditLog", "Action"),
    QT_TRANSLATE_NOOP("AuditLog", "Record"),
    QT_TRANSLATE_NOOP("AuditLog", "Record no."),
    QT_TRANSLATE_NOOP("AuditLog", "Name"),
    QT_TRANSLATE_NOOP("AuditLog", "Details"),
)


def in_order(codes: Iterable[str], names: CodeNames) -> list[str]:
    """``codes`` in the order of ``names`` (the tabs' order), unknown ones last."""
    order = {code: i for i, code in enumerate(names.names)}
    return sorted(codes, key=lambda c: (order.get(c, len(order)), c))


COMMAND_LINE = QT_TRANSLATE_NOOP("AuditLog", "Command line")


def operator_shown(name: str) -> str:
    """An operator recorded by name only: the command line as 命令行."""
    return translate(CONTEXT, COMMAND_LINE) if name == CLI_NAME else name


@dataclass(frozen=True)
class AuditFilter:
    """Days inclusive; ``None`` or ``""`` leaves a condition out. ``operator_name``
    chooses the rows recorded by name only (the command line, a restore)."""

    start: dt.date | None = None
    end: dt.date | None = None
    operator_id: int | None = None
    entity: str = ""
    action: str = ""
    operator_name: str = ""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    operator: str
    action: str
    entity: str
    entity_id: str
    details: str  # the changes and the note, in the desk's words, personal numbers masked
    record_name: str = ""  # the name of the record it refers to, when it is known


@dataclass(frozen=True)
class AuditChoices:
    operators: list[tuple[int | str, str]]  # an operator's id, or a name recorded alone
    entities: list[str]  # in the order of the tabs
    actions: list[str]


def mask_text(text: str) -> str:
    """Every ID number and mobile standing in ``text``, masked."""
    text = _ID_TEXT.sub(lambda m: mask_id(m.group(0)), text)
    return _MOBILE_TEXT.sub(lambda m: mask_mobile(m.group(0)), text)


def _hidden(field: str) -> bool:
    return any(part in field for part in _HIDDEN)


def _masked(field: str, value: Any, names: Names | None = None, entity: str = "") -> str:
    text = names.shown(field, value, entity) if names is not None else plain(value)
    if not text:
        return ""
    if field.endswith("id_number"):
        return mask_id(text)
    if field.endswith("mobile"):
        return mask_mobile(text)
    return mask_text(text)


def _summary(summary: str) -> dict[str, Any] | None:
    if not summary:
        return {}
    try:
        data = json.loads(summary)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def describe(summary: str, entity: str = "", names: Names | None = None) -> str:
    """The changes (``field: old → new``, by the forms' labels, the records they refer
    to named when ``names`` has looked them up) and the note of a row, masked."""
    data = _summary(summary)
    if data is None:
        return mask_text(summary)
    parts = []
    for field, pair in (data.get("changes") or {}).items():
        if _hidden(field):
            continue
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        if empty(old) and empty(new):
            continue
        before, after = _masked(field, old, names, entity), _masked(field, new, names, entity)
        label = label_of(entity, field)
        if before:
            text = translate(CONTEXT, "{field}: {before} → {after}")
            parts.append(text.format(field=label, before=before, after=after or "—"))
        else:
            parts.append(translate(CONTEXT, "{field}: {value}").format(field=label, value=after))
    if data.get("note"):
        parts.append(mask_text(note_text(str(data["note"]))))
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
    if f.operator_name:
        where.extend((t.c.operator_id.is_(None), t.c.operator_name == f.operator_name))
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
            o.c.display_name,
            t.c.operator_name,
            t.c.action,
            t.c.entity,
            t.c.entity_id,
            t.c.summary,
        )
        .select_from(t.outerjoin(o, t.c.operator_id == o.c.id))
        .where(*_conditions(f))
        .order_by(t.c.at.desc(), t.c.id.desc())
    )


def _entries(s: Session, rows: Sequence[Any], words: Words | None = None) -> list[AuditEntry]:
    """The rows in the desk's words: the names they refer to looked up in one go."""
    names = Names(words)
    for _id, _at, display, username, _action, entity, entity_id, summary in rows:
        if display is None and username != CLI_NAME:
            names.want_username(username or "")
        names.want(entity, entity_id)
        data = _summary(summary)
        if data:
            names.want_fields(data.get("changes") or {})
    names.look_up(s)
    out = []
    for id_, at, display, username, action, entity, entity_id, summary in rows:
        operator = display or names.by_username.get(username or "") or operator_shown(username)
        details = describe(summary, entity, names)
        record = mask_text(names.record(entity, entity_id))
        out.append(AuditEntry(id_, at, operator or "", action, entity, entity_id, details, record))
    return out


class AuditLogService:
    def __init__(self, db: Database, words: Words | None = None) -> None:
        """``words``: the features' words of code values (``station_app.audit_words``)."""
        self.db = db
        self.words = words

    def choices(self, actor: Actor) -> AuditChoices:
        """Every operator who has a row (and every account), the kinds of record and the
        actions that occur."""
        require_admin(actor)
        t = AuditLog.__table__
        with self.db.read() as s:
            operators = s.execute(
                select(Operator.id, Operator.display_name).order_by(Operator.display_name)
            ).all()
            by_name = s.scalars(
                select(t.c.operator_name)
                .where(t.c.operator_id.is_(None))
                .distinct()
                .order_by(t.c.operator_name)
            ).all()
            entities = s.scalars(select(t.c.entity).distinct()).all()
            actions = s.scalars(select(t.c.action).distinct()).all()
        shown: list[tuple[int | str, str]] = [(i, n) for i, n in operators]
        shown += [(name, operator_shown(name)) for name in by_name if name]
        return AuditChoices(
            shown, in_order(entities, entity_label), in_order(actions, action_label)
        )

    def count(self, actor: Actor, f: AuditFilter) -> int:
        require_admin(actor)
        with self.db.read() as s:
            stmt = select(func.count()).select_from(AuditLog.__table__).where(*_conditions(f))
            return int(s.execute(stmt).scalar_one())

    def entries(self, actor: Actor, f: AuditFilter, limit: int = LIMIT) -> list[AuditEntry]:
        """Newest first, at most ``limit`` rows (:meth:`count` says how many match)."""
        require_admin(actor)
        with self.db.read() as s:
            return _entries(s, s.execute(_select(f).limit(limit)).all(), self.words)

    def record_details(self, actor: Actor, entity: str, entity_id: str) -> list[tuple[str, str]]:
        """The current fields of the record a row refers to, by the forms' labels, the
        records they refer to named (``[]`` when it is gone or the row names no table),
        personal numbers masked."""
        require_admin(actor)
        table = metadata.tables.get(entity)
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
            names = Names(self.words)
            names.want_fields(dict(row))
            names.look_up(s)
        return [
            (label_of(entity, field), _masked(field, value, names, entity))
            for field, value in row.items()
            if not _hidden(field)
        ]

    def export(self, actor: Actor, f: AuditFilter, path: str | Path) -> int:
        """Writes every matching row to an .xlsx at ``path`` (as the screen shows it,
        masked) and audits it."""
        require_admin(actor)
        path = Path(path)
        headers = [translate(CONTEXT, text) for text in EXPORT_HEADERS]

        def rows() -> Iterator[tuple[Any, ...]]:
            with self.db.read() as s:
                result = s.execute(_select(f).execution_options(yield_per=_BATCH))
                for batch in result.partitions():
                    with self.db.read() as names_session:
                        entries = _entries(names_session, batch, self.words)
                    for e in entries:
                        yield (
                            e.at,
                            e.operator,
                            action_label(e.action),
                            entity_label(e.entity),
                            e.entity_id,
                            e.record_name,
                            e.details,
                        )

        with XlsxWriter(path) as book:
            written = book.add_sheet(
                translate(CONTEXT, "Audit log"),
                headers,
                rows(),
                widths=(18, 12, 14, 14, 10, 24, 80),
                styles={0: DATETIME},
            )
        audit.record_export(self.db, actor, path, "audit_log", f"rows={written}")
        return written
