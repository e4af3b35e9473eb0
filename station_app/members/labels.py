"""What the member screens call code values (English source, context ``MemberLabels``;
the desk reads them in Chinese): ID types, statuses, union status, categories, history.

Qt-free (translated through :mod:`station_app.core.i18n`), so the welfare campaign
dialog and any report can name member categories without reaching into members/ui.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.core.ids import mask_id, mask_mobile
from station_app.members.models import HARDSHIP_LEVELS, ID_TYPES, OUTDOOR_KINDS, UNION_STATUSES
from station_app.members.types import (
    CATEGORY_HARDSHIP,
    CATEGORY_MIGRANT,
    CATEGORY_MODEL,
    CATEGORY_OUTDOOR,
    CATEGORY_WOMEN,
    UNION_FOUNDED,
    FieldChange,
    HistoryRow,
    MemberRow,
)

CONTEXT = "MemberLabels"
DASH = "—"

ID_TYPE_TEXT = {
    "resident_id": QT_TRANSLATE_NOOP("MemberLabels", "Resident ID card"),
    "hmt_permit": QT_TRANSLATE_NOOP(
        "MemberLabels", "Residence permit for Hong Kong, Macao and Taiwan residents"
    ),
    "foreign_pr": QT_TRANSLATE_NOOP("MemberLabels", "Foreigner's permanent residence ID card"),
    "passport": QT_TRANSLATE_NOOP("MemberLabels", "Passport"),
    "other": QT_TRANSLATE_NOOP("MemberLabels", "Other"),
}
GENDER_TEXT = {
    "M": QT_TRANSLATE_NOOP("MemberLabels", "Male"),
    "F": QT_TRANSLATE_NOOP("MemberLabels", "Female"),
}
STATUS_TEXT = {
    "active": QT_TRANSLATE_NOOP("MemberLabels", "Active"),
    "transferred": QT_TRANSLATE_NOOP("MemberLabels", "Transferred out"),
    "withdrawn": QT_TRANSLATE_NOOP("MemberLabels", "Withdrawn"),
}
UNION_STATUS_TEXT = {
    "none": QT_TRANSLATE_NOOP("MemberLabels", "No union"),
    "own": QT_TRANSLATE_NOOP("MemberLabels", "Own union"),
    "joint": QT_TRANSLATE_NOOP("MemberLabels", "Joint union"),
}
CONTACT_KIND_TEXT = {
    "visit": QT_TRANSLATE_NOOP("MemberLabels", "Visited"),
    "meeting": QT_TRANSLATE_NOOP("MemberLabels", "Meeting"),
    "founded": QT_TRANSLATE_NOOP("MemberLabels", "Union founded"),
    "other": QT_TRANSLATE_NOOP("MemberLabels", "Other"),
}
HARDSHIP_TEXT = {
    "ordinary": QT_TRANSLATE_NOOP("MemberLabels", "Ordinary hardship"),
    "severe": QT_TRANSLATE_NOOP("MemberLabels", "Severe hardship"),
}
HARDSHIP_LEVEL_TEXT = {
    "ordinary": QT_TRANSLATE_NOOP("MemberLabels", "Ordinary"),
    "severe": QT_TRANSLATE_NOOP("MemberLabels", "Severe"),
}
OUTDOOR_TEXT = {
    "sanitation": QT_TRANSLATE_NOOP("MemberLabels", "Sanitation worker"),
    "courier": QT_TRANSLATE_NOOP("MemberLabels", "Courier"),
    "delivery": QT_TRANSLATE_NOOP("MemberLabels", "Food-delivery rider"),
    "assistant": QT_TRANSLATE_NOOP("MemberLabels", "Traffic or security assistant"),
    "taxi": QT_TRANSLATE_NOOP("MemberLabels", "Taxi driver"),
    "logistics": QT_TRANSLATE_NOOP("MemberLabels", "Logistics driver"),
    "other": QT_TRANSLATE_NOOP("MemberLabels", "Other outdoor worker"),
}
CATEGORY_TEXT = {
    CATEGORY_HARDSHIP: QT_TRANSLATE_NOOP("MemberLabels", "Worker in hardship"),
    CATEGORY_OUTDOOR: QT_TRANSLATE_NOOP("MemberLabels", "Outdoor worker"),
    CATEGORY_MIGRANT: QT_TRANSLATE_NOOP("MemberLabels", "Migrant worker"),
    CATEGORY_MODEL: QT_TRANSLATE_NOOP("MemberLabels", "Model worker"),
    CATEGORY_WOMEN: QT_TRANSLATE_NOOP("MemberLabels", "Woman worker"),
}
ACTION_TEXT = {
    "create": QT_TRANSLATE_NOOP("MemberLabels", "Joined"),
    "update": QT_TRANSLATE_NOOP("MemberLabels", "Edited"),
    "transfer_out": QT_TRANSLATE_NOOP("MemberLabels", "Transfer out"),
    "withdraw": QT_TRANSLATE_NOOP("MemberLabels", "Withdrew"),
    "reinstate": QT_TRANSLATE_NOOP("MemberLabels", "Reinstated"),
}
FIELD_TEXT = {
    "member_no": QT_TRANSLATE_NOOP("MemberLabels", "Member no."),
    "name": QT_TRANSLATE_NOOP("MemberLabels", "Name"),
    "id_type": QT_TRANSLATE_NOOP("MemberLabels", "ID type"),
    "id_number": QT_TRANSLATE_NOOP("MemberLabels", "ID number"),
    "gender": QT_TRANSLATE_NOOP("MemberLabels", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("MemberLabels", "Birth date"),
    "mobile": QT_TRANSLATE_NOOP("MemberLabels", "Mobile"),
    "landline": QT_TRANSLATE_NOOP("MemberLabels", "Landline"),
    "unit": QT_TRANSLATE_NOOP("MemberLabels", "Unit"),
    "community": QT_TRANSLATE_NOOP("MemberLabels", "Community"),
    "joined_on": QT_TRANSLATE_NOOP("MemberLabels", "Join date"),
    "hardship_level": QT_TRANSLATE_NOOP("MemberLabels", "Worker in hardship"),
    "outdoor_kind": QT_TRANSLATE_NOOP("MemberLabels", "Outdoor worker"),
    "migrant_worker": QT_TRANSLATE_NOOP("MemberLabels", "Migrant worker"),
    "model_worker": QT_TRANSLATE_NOOP("MemberLabels", "Model worker"),
    "notes": QT_TRANSLATE_NOOP("MemberLabels", "Notes"),
    "status": QT_TRANSLATE_NOOP("MemberLabels", "Status"),
    "status_changed_on": QT_TRANSLATE_NOOP("MemberLabels", "Date"),
    "status_note": QT_TRANSLATE_NOOP("MemberLabels", "Note"),
}
_STATUS_NOTE_TEXT = {
    "transfer_out": QT_TRANSLATE_NOOP("MemberLabels", "Transferred to"),
    "withdraw": QT_TRANSLATE_NOOP("MemberLabels", "Reason"),
}
CODE_FIELDS = {
    "id_type": ID_TYPE_TEXT,
    "gender": GENDER_TEXT,
    "status": STATUS_TEXT,
    "hardship_level": HARDSHIP_LEVEL_TEXT,
    "outdoor_kind": OUTDOOR_TEXT,
}


def translated(text: str) -> str:
    """A label marked with ``QT_TRANSLATE_NOOP("MemberLabels", ...)``, translated."""
    return translate(CONTEXT, text)


def _label(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    return translated(table[code]) if code in table else code


def id_type_label(code: str | None) -> str:
    return _label(ID_TYPE_TEXT, code)


def gender_label(code: str | None) -> str:
    return _label(GENDER_TEXT, code)


def status_label(code: str | None) -> str:
    return _label(STATUS_TEXT, code)


def union_status_label(code: str | None) -> str:
    return _label(UNION_STATUS_TEXT, code)


def hardship_label(code: str | None) -> str:
    return _label(HARDSHIP_TEXT, code)


def outdoor_label(code: str | None) -> str:
    return _label(OUTDOOR_TEXT, code)


def action_label(code: str) -> str:
    return _label(ACTION_TEXT, code)


def field_label(name: str) -> str:
    return _label(FIELD_TEXT, name)


def categories_text(
    hardship_level: str | None, outdoor_kind: str | None, migrant: bool, model: bool
) -> str:
    """``深度困难、快递员、农民工``: what a member counts as, for lists and records."""
    parts = [hardship_label(hardship_level), outdoor_label(outdoor_kind)]
    if migrant:
        parts.append(translated(CATEGORY_TEXT[CATEGORY_MIGRANT]))
    if model:
        parts.append(translated(CATEGORY_TEXT[CATEGORY_MODEL]))
    return translate("MemberLabels", ", ").join(p for p in parts if p)


def row_categories(row: MemberRow) -> str:
    return categories_text(
        row.hardship_level, row.outdoor_kind, row.migrant_worker, row.model_worker
    )


def category_choices() -> list[tuple[str, str]]:
    """(filter value, label) in the order of the category filter; sub-choices indented."""
    indent = "    "
    out = [(CATEGORY_HARDSHIP, translated(CATEGORY_TEXT[CATEGORY_HARDSHIP]))]
    out += [(f"{CATEGORY_HARDSHIP}_{lv}", indent + hardship_label(lv)) for lv in HARDSHIP_LEVELS]
    out.append((CATEGORY_OUTDOOR, translated(CATEGORY_TEXT[CATEGORY_OUTDOOR])))
    out += [(f"{CATEGORY_OUTDOOR}_{k}", indent + outdoor_label(k)) for k in OUTDOOR_KINDS]
    out += [
        (c, translated(CATEGORY_TEXT[c]))
        for c in (CATEGORY_MIGRANT, CATEGORY_MODEL, CATEGORY_WOMEN)
    ]
    return out


def id_type_choices() -> list[tuple[str, str]]:
    return [(code, id_type_label(code)) for code in ID_TYPES]


def contact_kind_label(code: str | None) -> str:
    return _label(CONTACT_KIND_TEXT, code)


def contact_kind_choices() -> list[tuple[str, str]]:
    return [(code, contact_kind_label(code)) for code in CONTACT_KIND_TEXT]


def union_status_choices() -> list[tuple[str, str]]:
    return [(code, union_status_label(code)) for code in UNION_STATUSES]


def union_filter_choices() -> list[tuple[str, str]]:
    return [
        (UNION_FOUNDED, translate("MemberLabels", "Union founded (own or joint)")),
        *union_status_choices(),
    ]


# --- history -----------------------------------------------------------------------------


_MASKS = {"id_number": mask_id, "mobile": mask_mobile}


def value_text(field: str, value: Any, masked: bool = False) -> str:
    """One stored value as the desk reads it: labels for codes, 是/否, a dash for none;
    ID numbers and mobiles masked unless the full values were asked for."""
    if value is None or value == "":
        return DASH
    if masked and field in _MASKS and isinstance(value, str):
        return _MASKS[field](value)
    if isinstance(value, bool):
        return translate("MemberLabels", "Yes") if value else translate("MemberLabels", "No")
    if field in CODE_FIELDS and isinstance(value, str):
        return _label(CODE_FIELDS[field], value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _change_text(change: FieldChange, masked: bool) -> str:
    return translate("MemberLabels", "{field}: {old} → {new}").format(
        field=field_label(change.field),
        old=value_text(change.field, change.old, masked),
        new=value_text(change.field, change.new, masked),
    )


def history_text(row: HistoryRow, masked: bool = True) -> str:
    """What changed, on one line: the fields of an edit, the date and reason of a status
    change, the essentials of an intake. ID numbers and mobiles stay masked unless
    ``masked`` is False (an administrator asked for the full values)."""
    changes = {c.field: c for c in row.changes}
    sep = translate("MemberLabels", "; ")
    if row.action == "create":
        parts = []
        for name in ("member_no", "unit", "community", "joined_on"):
            if name in changes and changes[name].new not in (None, ""):
                parts.append(
                    translate("MemberLabels", "{field}: {value}").format(
                        field=field_label(name), value=value_text(name, changes[name].new)
                    )
                )
        return sep.join(parts)
    if row.action in ("transfer_out", "withdraw", "reinstate"):
        parts = []
        day = changes.get("status_changed_on")
        if day is not None and day.new:
            parts.append(
                translate("MemberLabels", "{field}: {value}").format(
                    field=translate("MemberLabels", "Date"), value=day.new
                )
            )
        note = changes.get("status_note")
        if note is not None and note.new:
            title = translated(_STATUS_NOTE_TEXT.get(row.action, FIELD_TEXT["status_note"]))
            parts.append(
                translate("MemberLabels", "{field}: {value}").format(field=title, value=note.new)
            )
        if row.note:
            parts.append(row.note)
        return sep.join(parts)
    parts = [_change_text(c, masked) for c in row.changes]
    if row.note:
        parts.append(row.note)
    return sep.join(parts)


def member_label(name: str, member_no: str) -> str:
    """``张伟（TPQ202600001）``: a member named in titles and messages."""
    return translate("MemberLabels", "{name} ({member_no})").format(name=name, member_no=member_no)
