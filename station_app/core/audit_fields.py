"""The audit log in the desk's words: the label of each field a row or a record
shows (the words the forms use), the records a field refers to (a member's id shown
as the member's name and number), and the values as the desk writes them.

Names are looked up in one batch per table for the rows shown (:class:`Names`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.core.i18n import QT_TRANSLATE_NOOP, CodeNames, translate
from station_app.core.models import metadata

CONTEXT = "AuditFields"
_CHUNK = 500
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$")

field_label = CodeNames(
    CONTEXT,
    {
        "active": QT_TRANSLATE_NOOP("AuditFields", "Active"),
        "activities": QT_TRANSLATE_NOOP("AuditFields", "Activities"),
        "activity_id": QT_TRANSLATE_NOOP("AuditFields", "Service activity"),
        "added_at": QT_TRANSLATE_NOOP("AuditFields", "Added at"),
        "added_by_name": QT_TRANSLATE_NOOP("AuditFields", "Added by"),
        "added_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason added"),
        "address": QT_TRANSLATE_NOOP("AuditFields", "Address"),
        "allocation_id": QT_TRANSLATE_NOOP("AuditFields", "Recipient"),
        "asked_until": QT_TRANSLATE_NOOP("AuditFields", "Asked until"),
        "attendees": QT_TRANSLATE_NOOP("AuditFields", "Attendees"),
        "availability": QT_TRANSLATE_NOOP("AuditFields", "Availability"),
        "birth_date": QT_TRANSLATE_NOOP("AuditFields", "Birth date"),
        "blocked_until": QT_TRANSLATE_NOOP("AuditFields", "Room blocked until"),
        "booking_no": QT_TRANSLATE_NOOP("AuditFields", "Booking no."),
        "budget": QT_TRANSLATE_NOOP("AuditFields", "Budget"),
        "buffer_minutes": QT_TRANSLATE_NOOP("AuditFields", "Buffer (minutes)"),
        "caller_mobile": QT_TRANSLATE_NOOP("AuditFields", "Caller's mobile"),
        "caller_name": QT_TRANSLATE_NOOP("AuditFields", "Caller"),
        "campaign_id": QT_TRANSLATE_NOOP("AuditFields", "Welfare campaign"),
        "cancel_reason": QT_TRANSLATE_NOOP("AuditFields", "Cancellation reason"),
        "capacity": QT_TRANSLATE_NOOP("AuditFields", "Capacity"),
        "cash_amount": QT_TRANSLATE_NOOP("AuditFields", "Cash per recipient"),
        "checked_in_at": QT_TRANSLATE_NOOP("AuditFields", "Checked in at"),
        "closed_at": QT_TRANSLATE_NOOP("AuditFields", "Closed at"),
        "closes": QT_TRANSLATE_NOOP("AuditFields", "Closes"),
        "community": QT_TRANSLATE_NOOP("AuditFields", "Community"),
        "community_id": QT_TRANSLATE_NOOP("AuditFields", "Community"),
        "contact_name": QT_TRANSLATE_NOOP("AuditFields", "Contact"),
        "contact_phone": QT_TRANSLATE_NOOP("AuditFields", "Phone"),
        "contacted_on": QT_TRANSLATE_NOOP("AuditFields", "Contact date"),
        "created_at": QT_TRANSLATE_NOOP("AuditFields", "Created at"),
        "created_by": QT_TRANSLATE_NOOP("AuditFields", "Entered by"),
        "date": QT_TRANSLATE_NOOP("AuditFields", "Date"),
        "description": QT_TRANSLATE_NOOP("AuditFields", "Description"),
        "display_name": QT_TRANSLATE_NOOP("AuditFields", "Display name"),
        "employee_count": QT_TRANSLATE_NOOP("AuditFields", "Employees"),
        "ends_at": QT_TRANSLATE_NOOP("AuditFields", "Ends at"),
        "ends_on": QT_TRANSLATE_NOOP("AuditFields", "Ends on"),
        "entered_at": QT_TRANSLATE_NOOP("AuditFields", "Entered at"),
        "entered_by": QT_TRANSLATE_NOOP("AuditFields", "Entered by"),
        "every_weeks": QT_TRANSLATE_NOOP("AuditFields", "Every … weeks"),
        "failed_logins": QT_TRANSLATE_NOOP("AuditFields", "Failed logins"),
        "first_day": QT_TRANSLATE_NOOP("AuditFields", "First day"),
        "gender": QT_TRANSLATE_NOOP("AuditFields", "Gender"),
        "handed_out_at": QT_TRANSLATE_NOOP("AuditFields", "Handed out at"),
        "handed_out_by": QT_TRANSLATE_NOOP("AuditFields", "Handed out by"),
        "handed_out_by_name": QT_TRANSLATE_NOOP("AuditFields", "Handed out by"),
        "handled_by": QT_TRANSLATE_NOOP("AuditFields", "Handled by"),
        "hardship_level": QT_TRANSLATE_NOOP("AuditFields", "Worker in hardship"),
        "hours": QT_TRANSLATE_NOOP("AuditFields", "Service hours"),
        "hours_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for the hours"),
        "id": QT_TRANSLATE_NOOP("AuditFields", "Record no."),
        "id_number": QT_TRANSLATE_NOOP("AuditFields", "ID number"),
        "id_type": QT_TRANSLATE_NOOP("AuditFields", "ID type"),
        "issued_at": QT_TRANSLATE_NOOP("AuditFields", "Issued at"),
        "issued_by": QT_TRANSLATE_NOOP("AuditFields", "Issued by"),
        "issued_by_name": QT_TRANSLATE_NOOP("AuditFields", "Issued by"),
        "item_id": QT_TRANSLATE_NOOP("AuditFields", "Gift item"),
        "items": QT_TRANSLATE_NOOP("AuditFields", "Gift items"),
        "joined_on": QT_TRANSLATE_NOOP("AuditFields", "Join date"),
        "kind": QT_TRANSLATE_NOOP("AuditFields", "Kind"),
        "landline": QT_TRANSLATE_NOOP("AuditFields", "Landline"),
        "last_day": QT_TRANSLATE_NOOP("AuditFields", "Last day"),
        "last_login_at": QT_TRANSLATE_NOOP("AuditFields", "Last login"),
        "leader_volunteer_id": QT_TRANSLATE_NOOP("AuditFields", "Team leader"),
        "locked_until": QT_TRANSLATE_NOOP("AuditFields", "Locked until"),
        "low_stock_threshold": QT_TRANSLATE_NOOP("AuditFields", "Low-stock threshold"),
        "member_id": QT_TRANSLATE_NOOP("AuditFields", "Member"),
        "member_no": QT_TRANSLATE_NOOP("AuditFields", "Member no."),
        "member_no_prefix": QT_TRANSLATE_NOOP("AuditFields", "Member number prefix"),
        "migrant_worker": QT_TRANSLATE_NOOP("AuditFields", "Migrant worker"),
        "mobile": QT_TRANSLATE_NOOP("AuditFields", "Mobile"),
        "model_worker": QT_TRANSLATE_NOOP("AuditFields", "Model worker"),
        "moved_on": QT_TRANSLATE_NOOP("AuditFields", "Date"),
        "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
        "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
        "notes": QT_TRANSLATE_NOOP("AuditFields", "Notes"),
        "number": QT_TRANSLATE_NOOP("AuditFields", "Certificate no."),
        "occurrences": QT_TRANSLATE_NOOP("AuditFields", "Occurrences"),
        "on_hand": QT_TRANSLATE_NOOP("AuditFields", "In stock"),
        "opened_at": QT_TRANSLATE_NOOP("AuditFields", "Opened at"),
        "opened_by_name": QT_TRANSLATE_NOOP("AuditFields", "Opened by"),
        "opens": QT_TRANSLATE_NOOP("AuditFields", "Opens"),
        "operator_id": QT_TRANSLATE_NOOP("AuditFields", "Operator"),
        "operator_name": QT_TRANSLATE_NOOP("AuditFields", "Operator"),
        "outdoor_kind": QT_TRANSLATE_NOOP("AuditFields", "Outdoor worker"),
        "override_reason": QT_TRANSLATE_NOOP("AuditFields", "Override reason"),
        "package": QT_TRANSLATE_NOOP("AuditFields", "Package"),
        "parent_id": QT_TRANSLATE_NOOP("AuditFields", "Parent team"),
        "partial_plan": QT_TRANSLATE_NOOP("AuditFields", "Partial list"),
        "password": QT_TRANSLATE_NOOP("AuditFields", "Password"),
        "phone": QT_TRANSLATE_NOOP("AuditFields", "Phone"),
        "place": QT_TRANSLATE_NOOP("AuditFields", "Place"),
        "places": QT_TRANSLATE_NOOP("AuditFields", "Places"),
        "planned": QT_TRANSLATE_NOOP("AuditFields", "Planned recipients"),
        "private": QT_TRANSLATE_NOOP("AuditFields", "Private"),
        "private_by_default": QT_TRANSLATE_NOOP("AuditFields", "Private by default"),
        "proxy_mobile": QT_TRANSLATE_NOOP("AuditFields", "Proxy's mobile"),
        "proxy_name": QT_TRANSLATE_NOOP("AuditFields", "Proxy"),
        "proxy_relationship": QT_TRANSLATE_NOOP("AuditFields", "Relationship"),
        "purpose": QT_TRANSLATE_NOOP("AuditFields", "Purpose"),
        "quantity": QT_TRANSLATE_NOOP("AuditFields", "Quantity"),
        "receipt_no": QT_TRANSLATE_NOOP("AuditFields", "Receipt no."),
        "recipients": QT_TRANSLATE_NOOP("AuditFields", "Recipients"),
        "removed": QT_TRANSLATE_NOOP("AuditFields", "Removed"),
        "removed_at": QT_TRANSLATE_NOOP("AuditFields", "Removed at"),
        "removed_by_name": QT_TRANSLATE_NOOP("AuditFields", "Removed by"),
        "removed_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason removed"),
        "replaced_by": QT_TRANSLATE_NOOP("AuditFields", "Replaced by"),
        "requester_member_id": QT_TRANSLATE_NOOP("AuditFields", "Requester"),
        "retired": QT_TRANSLATE_NOOP("AuditFields", "Retired"),
        "role": QT_TRANSLATE_NOOP("AuditFields", "Role"),
        "room_id": QT_TRANSLATE_NOOP("AuditFields", "Room"),
        "rule": QT_TRANSLATE_NOOP("AuditFields", "Who is eligible"),
        "series_id": QT_TRANSLATE_NOOP("AuditFields", "Booking series"),
        "served": QT_TRANSLATE_NOOP("AuditFields", "Handed out"),
        "shift_id": QT_TRANSLATE_NOOP("AuditFields", "Shift"),
        "skill_id": QT_TRANSLATE_NOOP("AuditFields", "Skill"),
        "skill_ids": QT_TRANSLATE_NOOP("AuditFields", "Skills"),
        "skills": QT_TRANSLATE_NOOP("AuditFields", "Skills"),
        "slot_minutes": QT_TRANSLATE_NOOP("AuditFields", "Slot (minutes)"),
        "sort_order": QT_TRANSLATE_NOOP("AuditFields", "Order"),
        "source": QT_TRANSLATE_NOOP("AuditFields", "Source"),
        "staff_operator_id": QT_TRANSLATE_NOOP("AuditFields", "Staff member"),
        "starts_at": QT_TRANSLATE_NOOP("AuditFields", "Starts at"),
        "starts_on": QT_TRANSLATE_NOOP("AuditFields", "Starts on"),
        "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
        "status_changed_on": QT_TRANSLATE_NOOP("AuditFields", "Date"),
        "status_note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
        "stock_shortfall": QT_TRANSLATE_NOOP("AuditFields", "Stock shortfall"),
        "team_id": QT_TRANSLATE_NOOP("AuditFields", "Team"),
        "title": QT_TRANSLATE_NOOP("AuditFields", "Title"),
        "total_cost": QT_TRANSLATE_NOOP("AuditFields", "Total cost"),
        "undone_at": QT_TRANSLATE_NOOP("AuditFields", "Undone at"),
        "undone_by_name": QT_TRANSLATE_NOOP("AuditFields", "Undone by"),
        "union_chair": QT_TRANSLATE_NOOP("AuditFields", "Union chair"),
        "union_founded_on": QT_TRANSLATE_NOOP("AuditFields", "Founded on"),
        "union_name": QT_TRANSLATE_NOOP("AuditFields", "Union name"),
        "union_status": QT_TRANSLATE_NOOP("AuditFields", "Union"),
        "unit": QT_TRANSLATE_NOOP("AuditFields", "Unit of measure"),
        "unit_id": QT_TRANSLATE_NOOP("AuditFields", "Unit"),
        "unit_value": QT_TRANSLATE_NOOP("AuditFields", "Value per unit"),
        "until": QT_TRANSLATE_NOOP("AuditFields", "Until"),
        "updated_at": QT_TRANSLATE_NOOP("AuditFields", "Updated at"),
        "uscc": QT_TRANSLATE_NOOP("AuditFields", "Credit code"),
        "username": QT_TRANSLATE_NOOP("AuditFields", "User name"),
        "volunteer_id": QT_TRANSLATE_NOOP("AuditFields", "Volunteer"),
        "warn_same_kind": QT_TRANSLATE_NOOP("AuditFields", "Warn of the same kind"),
        "weekday": QT_TRANSLATE_NOOP("AuditFields", "Weekday"),
        "what_to_bring": QT_TRANSLATE_NOOP("AuditFields", "What to bring"),
        "year": QT_TRANSLATE_NOOP("AuditFields", "Year"),
        # the key=value notes of the demo data and of an export
        "members": QT_TRANSLATE_NOOP("AuditFields", "Members"),
        "units": QT_TRANSLATE_NOOP("AuditFields", "Units"),
        "seed": QT_TRANSLATE_NOOP("AuditFields", "Random seed"),
        "volunteers": QT_TRANSLATE_NOOP("AuditFields", "Volunteers"),
        "shifts": QT_TRANSLATE_NOOP("AuditFields", "Shifts"),
        "assignments": QT_TRANSLATE_NOOP("AuditFields", "Shift assignments"),
        "file": QT_TRANSLATE_NOOP("AuditFields", "File"),
        "rows": QT_TRANSLATE_NOOP("AuditFields", "Rows"),
    },
)
_PAIRS = re.compile(r"\s*\w+=[^\s;]*(?:[;\s]+\w+=[^\s;]*)*\s*")
# Where one field name means another thing on one kind of record.
_OWN_LABELS = {
    ("member", "name"): QT_TRANSLATE_NOOP("AuditFields", "Full name"),
    ("volunteer", "name"): QT_TRANSLATE_NOOP("AuditFields", "Full name"),
    ("member", "unit"): QT_TRANSLATE_NOOP("AuditFields", "Unit"),
    ("operator", "role"): QT_TRANSLATE_NOOP("AuditFields", "Login role"),
}

# A field holding the id of a record of another table.
REFERENCES = {
    "member_id": "member",
    "requester_member_id": "member",
    "campaign_id": "campaign",
    "community_id": "community",
    "unit_id": "unit",
    "operator_id": "operator",
    "staff_operator_id": "operator",
    "created_by": "operator",
    "issued_by": "operator",
    "handed_out_by": "operator",
    "room_id": "room",
    "team_id": "team",
    "parent_id": "team",
    "volunteer_id": "volunteer",
    "leader_volunteer_id": "volunteer",
    "activity_id": "activity",
    "item_id": "gift_item",
    "skill_id": "skill",
    "skill_ids": "skill",
    "series_id": "booking_series",
}
# The column that names a record of a table (a member: name and member number).
_NAMING = {
    "member": ("name", "member_no"),
    "operator": ("display_name",),
    "booking": ("title",),
    "activity": ("title",),
}


def label_of(entity: str, field: str) -> str:
    """The label of ``field`` on a record of kind ``entity``."""
    own = _OWN_LABELS.get((entity, field))
    return translate(CONTEXT, own) if own else field_label(field)


def note_text(note: str) -> str:
    """A note of ``key=value`` pairs (``members=2000 units=250``) by the fields' labels
    ("会员: 2000; 单位: 250"); any other note as it is."""
    if not _PAIRS.fullmatch(note):
        return note
    pairs = [part.split("=", 1) for part in re.split(r"[;\s]+", note.strip()) if part]
    if any(key not in field_label.names for key, _value in pairs):
        return note
    return "; ".join(f"{field_label(key)}: {value}" for key, value in pairs)


def plain(value: Any) -> str:
    """A value as the desk writes it (a time without seconds, no ISO ``T``)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return translate("AuditLog", "yes") if value else translate("AuditLog", "no")
    if isinstance(value, str):
        match = _ISO_TIME.match(value)
        return f"{match.group(1)} {match.group(2)}" if match else value
    if isinstance(value, list | tuple):
        return "、".join(plain(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}: {plain(v)}" for k, v in value.items())
    return str(value)


def empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _ids(value: Any) -> list[int]:
    values = value if isinstance(value, list | tuple) else [value]
    out = []
    for v in values:
        try:
            out.append(int(v))
        except (TypeError, ValueError):
            continue
    return out


Words = Mapping[str, Callable[[Any], str]]


class Names:
    """The names of the records some rows refer to, looked up in one batch per table;
    ``words``: the words of code values by ``"entity.field"`` (``booking.status``)."""

    def __init__(self, words: Words | None = None) -> None:
        self.words: Words = words or {}
        self.wanted: dict[str, set[int]] = {}
        self.names: dict[tuple[str, int], str] = {}
        self.usernames: set[str] = set()
        self.by_username: dict[str, str] = {}

    def want(self, table: str, value: Any) -> None:
        if table in metadata.tables:
            self.wanted.setdefault(table, set()).update(_ids(value))

    def want_fields(self, fields: Mapping[str, Any]) -> None:
        for field, value in fields.items():
            if field in REFERENCES:
                pair = value if isinstance(value, list) and len(value) == 2 else [value]
                for v in pair:
                    if not empty(v):
                        self.want(REFERENCES[field], v)

    def want_username(self, username: str) -> None:
        if username:
            self.usernames.add(username)

    def look_up(self, s: Session) -> None:
        for table_name, ids in self.wanted.items():
            table = metadata.tables[table_name]
            naming = _NAMING.get(table_name) or (("name",) if "name" in table.c else ())
            if not naming or "id" not in table.c:
                continue
            columns = [table.c[n] for n in naming]
            todo = sorted(ids)
            for start in range(0, len(todo), _CHUNK):
                chunk = todo[start : start + _CHUNK]
                for row in s.execute(select(table.c.id, *columns).where(table.c.id.in_(chunk))):
                    self.names[(table_name, row[0])] = _name(row[1:])
        self.wanted.clear()
        if self.usernames:
            o = metadata.tables["operator"]
            stmt = select(o.c.username, o.c.display_name).where(
                o.c.username.in_(sorted(self.usernames))
            )
            self.by_username.update({u: n for u, n in s.execute(stmt)})
            self.usernames.clear()

    def name(self, table: str, value: Any) -> str:
        """The record's name, or the id as it is when it is not known (any more)."""
        ids = _ids(value)
        if not ids:
            return plain(value)
        return "、".join(self.names.get((table, i), str(i)) for i in ids)

    def shown(self, field: str, value: Any, entity: str = "") -> str:
        """A field's value with the records it refers to named, and a code in words."""
        if field in REFERENCES and not empty(value):
            return self.name(REFERENCES[field], value)
        words = self.words.get(f"{entity}.{field}")
        if words is not None and not empty(value) and not isinstance(value, bool):
            values = value if isinstance(value, list | tuple) else [value]
            return "、".join(words(v) for v in values)
        return plain(value)

    def record(self, entity: str, entity_id: str) -> str:
        """The name of the record a row refers to ("" when unknown)."""
        ids = _ids(entity_id)
        return self.names.get((entity, ids[0]), "") if ids else ""


def _name(parts: Iterable[Any]) -> str:
    first, *rest = [str(p) for p in parts if p not in (None, "")] or [""]
    return f"{first}（{'，'.join(rest)}）" if rest else first


__all__ = ["REFERENCES", "Names", "Words", "empty", "field_label", "label_of", "note_text", "plain"]
