"""Member rows of an import, saved in bulk.

Saving writes every valid row in one transaction with exactly what
:meth:`MemberService.register_in` writes (member number, search text, sort key, one
``create`` audit row per member), but in bulk: one row at a time would take about 25 s
for 10,000 rows, in bulk it is a fraction of reading the workbook.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from station_app.core import audit, clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.models import AuditLog, Station
from station_app.core.search import name_keys, normalize_query, search_text
from station_app.core.serials import format_serial, next_value
from station_app.members.errors import DuplicateUnit
from station_app.members.models import NAME_SORT_LENGTH, Member
from station_app.members.service.store import DEFAULT_PREFIX, MEMBER_SERIES
from station_app.members.service.units import UnitService
from station_app.members.service.validation import CleanMember
from station_app.members.sheets.import_members import Checked, mark_duplicates
from station_app.members.sheets.places import Places, chunks, unit_key
from station_app.members.sheets.steps import SaveRun, Written
from station_app.members.sheets.types import (
    VALID,
    ImportCancelled,
    PreviewRow,
)
from station_app.members.types import UnitInput

member_t = Member.__table__
audit_t = AuditLog.__table__


def take_member_numbers(s: Session, year: int, count: int) -> list[str]:
    """``count`` consecutive member numbers of a year, skipping numbers already taken
    (as :func:`station_app.members.service.store.next_member_no` does one at a time)."""
    prefix = s.scalar(select(Station.member_no_prefix).where(Station.id == 1)) or DEFAULT_PREFIX
    numbers: list[str] = []
    while len(numbers) < count:
        need = count - len(numbers)
        last = next_value(s, MEMBER_SERIES, year, need)
        candidates = [format_serial(prefix, year, v) for v in range(last - need + 1, last + 1)]
        taken: set[str] = set()
        for part in chunks(candidates):
            taken.update(s.scalars(select(Member.member_no).where(Member.member_no.in_(part))))
        numbers.extend(c for c in candidates if c not in taken)
    return numbers


class _NameKeys:
    """Pinyin keys once per name: the sort key and the search text both need them,
    and computing them is most of the cost of saving a row."""

    def __init__(self) -> None:
        self._keys: dict[str, list[str]] = {}

    def keys(self, name: str) -> list[str]:
        found = self._keys.get(name)
        if found is None:
            found = self._keys[name] = name_keys(name)
        return found

    def sort_key(self, name: str) -> str:
        """Same as ``models.name_sort_key``."""
        keys = self.keys(name)
        return (keys[0] if keys else normalize_query(name))[:NAME_SORT_LENGTH]

    def search_text(self, name: str, member_no: str, mobile: str, id_number: str) -> str:
        """Same as ``store.member_search_text`` (same parts, same order)."""
        parts = [name, *self.keys(name), member_no, mobile, id_number]
        return search_text(name="", extra=parts)


def _audit_after(values: dict[str, Any], unit_name: str, community_name: str) -> dict[str, Any]:
    """What register_in's audit row keeps (store.snapshot, empty values left out)."""
    snap = {
        "member_no": values["member_no"],
        "name": values["name"],
        "id_type": values["id_type"],
        "id_number": values["id_number"],
        "gender": values["gender"],
        "birth_date": values["birth_date"],
        "mobile": values["mobile"],
        "landline": values["landline"],
        "unit": unit_name,
        "community": community_name,
        "joined_on": values["joined_on"],
        "hardship_level": values["hardship_level"],
        "outdoor_kind": values["outdoor_kind"],
        "migrant_worker": values["migrant_worker"],
        "model_worker": values["model_worker"],
        "notes": values["notes"],
    }
    return {k: v for k, v in snap.items() if v not in (None, "", False)}


def write(s: Session, run: SaveRun) -> Written:
    """Adds the units the sheet names and the members, in bulk."""
    preview = run.preview
    # Another desk may have saved some of these people since the preview.
    checked = [
        Checked(r.line, r.values, list(r.problems), r.item, r.new_unit, [], VALID)
        for r in preview.rows
        if r.status == VALID
    ]
    mark_duplicates(s, checked, preview.sheet, preview.mapping)
    changed = {c.line: c for c in checked if c.status != VALID}
    rows = [
        replace(r, status=changed[r.line].status, problems=tuple(changed[r.line].problems))
        if r.line in changed
        else r
        for r in preview.rows
    ]
    valid = [r for r in rows if r.status == VALID]
    places = Places.load(s)
    unit_ids = _create_units(s, run.db, run.actor, valid, places)
    imported = _insert_members(s, run, valid, unit_ids, places)
    return rows, imported, len(unit_ids)


def _create_units(
    s: Session, db: Database, actor: Actor, valid: list[PreviewRow], places: Places
) -> dict[str, int]:
    """The units named in the sheet that are not on file, each added once (through the
    unit service: checks and audit row included)."""
    units = UnitService(db)
    created: dict[str, int] = {}
    for row in valid:
        name = row.new_unit
        if not name or name in created:
            continue
        found = places.units.get(unit_key(name))
        if found is not None:  # added meanwhile
            created[name] = found[0]
            continue
        clean: CleanMember = row.item
        try:
            unit_id = units.add_unit_in(
                s, actor, UnitInput(name=name, community_id=clean.community_id)
            )
        except DuplicateUnit as exc:
            unit_id = exc.existing_unit_id
        created[name] = unit_id
        places.units[unit_key(name)] = (unit_id, clean.community_id, name)
    return created


def _insert_members(
    s: Session, run: SaveRun, valid: list[PreviewRow], unit_ids: dict[str, int], places: Places
) -> int:
    actor = run.actor
    now = clock.now()
    unit_names = {uid: name for uid, _cid, name in places.units.values()}
    numbers: dict[int, Iterator[str]] = {}
    by_year: dict[int, int] = {}
    for row in valid:
        by_year[row.item.joined_on.year] = by_year.get(row.item.joined_on.year, 0) + 1
    for year, count in sorted(by_year.items()):
        numbers[year] = iter(take_member_numbers(s, year, count))
    names = _NameKeys()
    done = 0
    for part in chunks(valid):
        if run.cancelled():
            raise ImportCancelled()
        members: list[dict[str, Any]] = []
        afters: list[dict[str, Any]] = []
        for row in part:
            clean: CleanMember = row.item
            unit_id = unit_ids.get(row.new_unit) if row.new_unit else clean.unit_id
            member_no = next(numbers[clean.joined_on.year])
            values = {
                "member_no": member_no,
                "name": clean.name,
                "name_pinyin": names.sort_key(clean.name),
                "id_type": clean.id_type,
                "id_number": clean.id_number,
                "gender": clean.gender,
                "birth_date": clean.birth_date,
                "mobile": clean.mobile,
                "landline": clean.landline,
                "unit_id": unit_id,
                "community_id": clean.community_id,
                "joined_on": clean.joined_on,
                "status": "active",
                "status_changed_on": None,
                "status_note": "",
                "hardship_level": clean.hardship_level,
                "outdoor_kind": clean.outdoor_kind,
                "migrant_worker": clean.migrant_worker,
                "model_worker": clean.model_worker,
                "notes": clean.notes,
                "search_text": names.search_text(
                    clean.name, member_no, clean.mobile, clean.id_number
                ),
                "created_at": now,
                "updated_at": now,
            }
            members.append(values)
            afters.append(
                _audit_after(
                    values,
                    unit_names.get(unit_id, "") if unit_id else "",
                    places.community_names.get(clean.community_id, "")
                    if clean.community_id
                    else "",
                )
            )
        # Plain executemany (RETURNING with a guaranteed order goes row by row on
        # SQLite); the new ids are read back by their unique member numbers.
        s.execute(insert(member_t), members)
        id_of = dict(
            s.execute(
                select(member_t.c.member_no, member_t.c.id).where(
                    member_t.c.member_no.in_([m["member_no"] for m in members])
                )
            ).all()
        )
        ids = [id_of[m["member_no"]] for m in members]
        s.execute(
            insert(audit_t),
            [
                {
                    "at": now,
                    "operator_id": actor.id,
                    "operator_name": actor.username,
                    "action": "create",
                    "entity": "member",
                    "entity_id": str(member_id),
                    "summary": json.dumps(
                        {"changes": audit.changes({}, after)}, ensure_ascii=False, sort_keys=True
                    ),
                }
                for member_id, after in zip(ids, afters, strict=True)
            ],
        )
        done += len(part)
        run.done(done)
    return done
