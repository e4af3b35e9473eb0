"""A member's status over time: transfer out (转出), withdraw (退会), reinstate (恢复),
and the readable history of every change, taken from the audit log."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from station_app.core import audit, clock, records
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.models import Operator
from station_app.members.models import Member
from station_app.members.service.store import missing_member
from station_app.members.service.validation import clean_line, status_date
from station_app.members.types import FieldChange, HistoryRow

ACTIVE, TRANSFERRED, WITHDRAWN = "active", "transferred", "withdrawn"
# The three status changes (the screens' buttons and dialogs name them so).
TRANSFER_OUT, WITHDRAW, REINSTATE = "transfer_out", "withdraw", "reinstate"
HISTORY_ACTIONS = ("create", "update", "transfer_out", "withdraw", "reinstate")
# Changes are listed in the order of the form, then the status fields.
FIELD_ORDER = (
    "member_no", "name", "id_type", "id_number", "gender", "birth_date", "mobile", "landline",
    "unit", "community", "joined_on", "hardship_level", "outdoor_kind", "migrant_worker",
    "model_worker", "notes", "status", "status_changed_on", "status_note",
)  # fmt: skip
_RANK = {name: i for i, name in enumerate(FIELD_ORDER)}
_MASKED_FIELDS = {"id_number": mask_id, "mobile": mask_mobile}


def _require_status(member: Member, allowed: tuple[str, ...]) -> None:
    if member.status in allowed:
        return
    changed = member.status_changed_on.isoformat() if member.status_changed_on else ""
    if member.status == TRANSFERRED:
        text = QT_TRANSLATE_NOOP("Errors", "This member was already transferred out on {date}.")
    elif member.status == WITHDRAWN:
        text = QT_TRANSLATE_NOOP("Errors", "This member already withdrew on {date}.")
    else:
        text = QT_TRANSLATE_NOOP("Errors", "This member is active; there is nothing to reinstate.")
    raise ConflictError(text, date=changed)


def _required_note(value: str, field: str, missing: str) -> str:
    note = clean_line(value, field, 200)
    if not note:
        raise ValidationError(missing, field=field)
    return note


def _change_status(
    db: Database,
    actor: Actor,
    member_id: int,
    action: str,
    allowed: tuple[str, ...],
    new_status: str,
    note: str,
    on: dt.date | None,
) -> None:
    with db.transaction() as s:
        member = records.get(s, Member, member_id, missing_member)
        _require_status(member, allowed)
        # Not before joining, nor before the last status change.
        not_before = max(member.joined_on, member.status_changed_on or member.joined_on)
        day = status_date(on, not_before, clock.today())
        fields = ("status", "status_changed_on", "status_note")
        before = {key: getattr(member, key) for key in fields}
        member.status, member.status_changed_on, member.status_note = new_status, day, note
        member.updated_at = clock.now()
        after = {key: getattr(member, key) for key in fields}
        audit.record(s, actor, action, "member", member_id, before=before, after=after)


def transfer_out(
    db: Database, actor: Actor, member_id: int, destination: str, on: dt.date | None = None
) -> None:
    note = _required_note(
        destination,
        "destination",
        QT_TRANSLATE_NOOP("Errors", "Please enter where the member is transferred to."),
    )
    _change_status(db, actor, member_id, "transfer_out", (ACTIVE,), TRANSFERRED, note, on)


def withdraw(
    db: Database, actor: Actor, member_id: int, reason: str, on: dt.date | None = None
) -> None:
    note = _required_note(
        reason, "reason", QT_TRANSLATE_NOOP("Errors", "Please enter the reason for withdrawing.")
    )
    _change_status(db, actor, member_id, "withdraw", (ACTIVE,), WITHDRAWN, note, on)


def reinstate(
    db: Database, actor: Actor, member_id: int, on: dt.date | None = None, note: str = ""
) -> None:
    text = clean_line(note, "note", 200)
    _change_status(db, actor, member_id, "reinstate", (TRANSFERRED, WITHDRAWN), ACTIVE, text, on)


def _readable(field: str, value: Any, masked: bool) -> Any:
    if masked and field in _MASKED_FIELDS and isinstance(value, str) and value:
        return _MASKED_FIELDS[field](value)
    return value


def member_history(
    db: Database, actor: Actor, member_id: int, reveal: bool = False
) -> list[HistoryRow]:
    """Intake, edits and status changes, oldest first. ID numbers and mobiles in the
    changes are masked, unless an administrator asks to ``reveal`` them (audited, like
    revealing the record itself)."""
    if reveal:
        require_admin(actor)
    masked = not reveal
    rows: list[HistoryRow] = []
    with db.transaction() if reveal else db.read() as s:
        if reveal:
            audit.record(s, actor, "reveal", "member", member_id, note="history")
        names = dict(s.execute(select(Operator.id, Operator.display_name)).all())
        for entry in audit.history(s, "member", member_id):
            if entry.action not in HISTORY_ACTIONS:
                continue
            summary = json.loads(entry.summary) if entry.summary else {}
            changes = tuple(
                FieldChange(field, _readable(field, old, masked), _readable(field, new, masked))
                for field, (old, new) in sorted(
                    summary.get("changes", {}).items(), key=lambda item: _RANK.get(item[0], 99)
                )
            )
            operator = names.get(entry.operator_id) or entry.operator_name
            rows.append(
                HistoryRow(entry.at, operator, entry.action, changes, summary.get("note", ""))
            )
    return rows
