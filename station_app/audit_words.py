"""The audit log's code values in the desk's words: each feature's names of its kinds and
states (``booked`` → 已预约), gathered here because core cannot import the features
(the audit log viewer passes them to :class:`~station_app.core.audit_log.AuditLogService`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from station_app.core.actor import ROLE_ADMIN
from station_app.core.i18n import QT_TRANSLATE_NOOP, CodeNames, translate
from station_app.members import labels as members
from station_app.rooms import labels as rooms
from station_app.volunteers import labels as volunteers
from station_app.welfare import labels as welfare

role = CodeNames(
    "Roles",
    {
        ROLE_ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
        "desk": QT_TRANSLATE_NOOP("Roles", "Desk staff"),
    },
)


def _welfare(names: Mapping[str, str]) -> Callable[[Any], str]:
    return lambda code: translate(welfare.CONTEXT, names[code]) if code in names else str(code)


def _member(field: str) -> Callable[[Any], str]:
    return lambda code: members.value_text(field, code)


# "entity.field" (or a field on any record): the words of its value.
AUDIT_WORDS: dict[str, Callable[[Any], str]] = {
    "booking.status": rooms.status,
    "booking.purpose": rooms.purpose,
    "booking_series.purpose": rooms.purpose,
    "room.kind": rooms.room_kind,
    "campaign.kind": _welfare(welfare.KINDS),
    "campaign.status": _welfare(welfare.STATUSES),
    "campaign.rule": welfare.rule_text,
    "activity.kind": volunteers.kind,
    "assignment.status": volunteers.status,
    "volunteer.gender": volunteers.gender,
    "operator.role": role,
    "unit.union_status": members.union_status_label,
    **{f"member.{field}": _member(field) for field in members.CODE_FIELDS},
}
