"""Units (单位): add, edit, find; and the yearly figure "已建会 N 家 / 单位 M 家"."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.search import search_text
from station_app.members.errors import DuplicateUnit
from station_app.members.models import Community, Unit, name_sort_key
from station_app.members.queries import (
    union_counts_select,
    unit_count_select,
    unit_select,
)
from station_app.members.service.communities import check_choice
from station_app.members.service.store import conflict_meanwhile
from station_app.members.service.unit_validation import clean_unit
from station_app.members.types import UnionCounts, UnitFilter, UnitInput, UnitRecord, UnitRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def unit_search_text(name: str, uscc: str) -> str:
    return search_text(name=name, extra=[uscc])


def _missing_unit() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "This unit is no longer on file; it may have been removed.")
    )


def _duplicate(s: Session, unit: UnitInput, exclude_id: int | None) -> DuplicateUnit | None:
    """The refusal naming the unit on file with the same credit code or name, if any."""
    others = select(Unit.id, Unit.name)
    if exclude_id is not None:
        others = others.where(Unit.id != exclude_id)
    if unit.uscc:
        row = s.execute(others.where(Unit.uscc == unit.uscc)).first()
        if row is not None:
            return DuplicateUnit(
                QT_TRANSLATE_NOOP(
                    "Errors", "The credit code {uscc} is already registered to the unit {name}."
                ),
                field="uscc",
                existing_unit_id=row.id,
                uscc=unit.uscc,
                name=row.name,
            )
    row = s.execute(others.where(func.lower(Unit.name) == unit.name.lower())).first()
    if row is not None:
        return DuplicateUnit(
            QT_TRANSLATE_NOOP("Errors", "A unit named {name} is already on file."),
            field="name",
            existing_unit_id=row.id,
            name=row.name,
        )
    return None


def _snapshot(s: Session, unit: Unit | UnitInput) -> dict[str, Any]:
    """What the audit log keeps of a unit (community by name: readable years later)."""
    community = s.get(Community, unit.community_id) if unit.community_id else None
    return {
        "name": unit.name,
        "uscc": unit.uscc or "",
        "community": community.name if community else "",
        "address": unit.address,
        "contact_name": unit.contact_name,
        "contact_phone": unit.contact_phone,
        "employee_count": unit.employee_count,
        "union_status": unit.union_status,
        "union_founded_on": unit.union_founded_on,
        "union_name": unit.union_name,
        "union_chair": unit.union_chair,
    }


def _apply(unit: Unit, clean: UnitInput) -> None:
    for key, value in asdict(clean).items():
        setattr(unit, key, value)
    unit.uscc = clean.uscc or None
    unit.name_pinyin = name_sort_key(clean.name)
    unit.search_text = unit_search_text(clean.name, clean.uscc)
    unit.updated_at = clock.now()


class UnitService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- writing ---------------------------------------------------------------------

    def add_unit(self, actor: Actor, inp: UnitInput) -> int:
        clean = clean_unit(inp)
        with self.db.transaction() as s:
            return self.add_unit_in(s, actor, clean)

    def add_unit_in(self, s: Session, actor: Actor, inp: UnitInput) -> int:
        """Adds a unit inside the caller's transaction (imports: many rows, one
        transaction). Raises like :meth:`add_unit`."""
        clean = clean_unit(inp)
        check_choice(s, clean.community_id)
        refused = _duplicate(s, clean, None)
        if refused is not None:
            raise refused
        unit = Unit(created_at=clock.now())
        _apply(unit, clean)
        self._flush(s, unit, clean, None)
        audit.record(s, actor, "create", "unit", unit.id, after=_snapshot(s, unit))
        return unit.id

    def update_unit(self, actor: Actor, unit_id: int, inp: UnitInput) -> bool:
        """Saves the form; False (and no audit row) when nothing changed."""
        clean = clean_unit(inp)
        with self.db.transaction() as s:
            unit = records.get(s, Unit, unit_id, _missing_unit)
            check_choice(s, clean.community_id, keep=unit.community_id)
            refused = _duplicate(s, clean, unit_id)
            if refused is not None:
                raise refused
            before, after = _snapshot(s, unit), _snapshot(s, clean)
            if before == after:
                return False
            _apply(unit, clean)
            self._flush(s, unit, clean, unit_id)
            audit.record(s, actor, "update", "unit", unit_id, before=before, after=after)
            return True

    @staticmethod
    def _flush(s: Session, unit: Unit, clean: UnitInput, exclude_id: int | None) -> None:
        """Writes the row; a duplicate another desk saved a moment ago is still named."""

        def refusal() -> Exception:  # the duplicate, named
            return _duplicate(s, clean, exclude_id) or conflict_meanwhile()

        with records.refusing_duplicates(s, refusal):
            s.add(unit)
            s.flush()

    # --- reading ---------------------------------------------------------------------

    def get_unit(self, unit_id: int) -> UnitRecord:
        with self.db.read() as s:
            row = s.execute(
                select(Unit, Community.name)
                .outerjoin(Community, Unit.community_id == Community.id)
                .where(Unit.id == unit_id)
            ).first()
            unit, community_name = records.found(row, _missing_unit)
            return records.record_of(
                UnitRecord, unit, uscc=unit.uscc or "", community_name=community_name or ""
            )

    def list_units(
        self,
        f: UnitFilter | None = None,
        order_by: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = 200,
    ) -> list[UnitRow]:
        """One batch of the unit list (also the searchable picker of the intake form)."""
        stmt = unit_select(f, order_by, descending).offset(offset).limit(limit)
        with self.db.read() as s:
            return [UnitRow(*row) for row in s.execute(stmt)]

    def count_units(self, f: UnitFilter | None = None) -> int:
        with self.db.read() as s:
            return s.execute(unit_count_select(f)).scalar_one()

    def union_counts(self, community_id: int | None = None) -> UnionCounts:
        """Units with a union (own or joint) and all units: "已建会 N 家 / 单位 M 家"."""
        with self.db.read() as s:
            founded, total = s.execute(union_counts_select(community_id)).one()
            return UnionCounts(founded=int(founded), total=int(total))
