"""The unit ledger (台账): the staff member responsible for a unit (人员包干制), the notes
of contacts with it (visited, 沟通会, founded …), and the ledger's lines for the list,
the printout and the export. Every desk operator keeps the ledger; each change is one
transaction with one audit row."""

from __future__ import annotations

from sqlalchemy import select

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.models import Operator
from station_app.members.models import CONTACT_KINDS, Unit, UnitContact
from station_app.members.queries import contacts_select, ledger_select
from station_app.members.service.validation import (
    clean_line,
    code_value,
    date_not_in_future,
    field_error,
)
from station_app.members.types import ContactInput, ContactRow, LedgerRow, UnitFilter


def _missing_unit() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "This unit is no longer on file. Please refresh the list.")
    )


def _missing_contact() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "This contact note is no longer on file. Please refresh.")
    )


def _missing_staff() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "This operator is no longer active. Please choose another.")
    )


def clean_contact(inp: ContactInput) -> ContactInput:
    """The contact note as it will be stored, or a ValidationError naming the field."""
    if inp.contacted_on is None:
        raise field_error(QT_TRANSLATE_NOOP("Errors", "Please enter the date."), "contacted_on")
    day = date_not_in_future(inp.contacted_on, "contacted_on", clock.today())
    kind = code_value(inp.kind, CONTACT_KINDS, "kind")
    if not kind:
        raise field_error(QT_TRANSLATE_NOOP("Errors", "Please choose what happened."), "kind")
    return ContactInput(day, kind, clean_line(inp.note, "note", 200))


class UnitLedgerService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- writing ---------------------------------------------------------------------

    def assign_staff(self, actor: Actor, unit_id: int, operator_id: int | None) -> bool:
        """Makes an active operator responsible for the unit (``None``: nobody); False
        (and no audit row) when it was so already."""
        with self.db.transaction() as s:
            unit = records.get(s, Unit, unit_id, _missing_unit)
            if operator_id is not None:
                active = s.scalar(select(Operator.active).where(Operator.id == operator_id))
                if not active:
                    raise _missing_staff()
            if unit.staff_operator_id == operator_id:
                return False
            before = {"staff_operator_id": unit.staff_operator_id}
            unit.staff_operator_id = operator_id
            unit.updated_at = clock.now()
            s.flush()
            audit.record(
                s, actor, "update", "unit", unit_id,
                before=before, after={"staff_operator_id": operator_id},
            )  # fmt: skip
            return True

    def add_contact(self, actor: Actor, unit_id: int, inp: ContactInput) -> int:
        clean = clean_contact(inp)
        with self.db.transaction() as s:
            records.get(s, Unit, unit_id, _missing_unit)
            row = UnitContact(
                unit_id=unit_id,
                contacted_on=clean.contacted_on,
                kind=clean.kind,
                note=clean.note,
                operator_id=actor.id,
                created_at=clock.now(),
            )
            s.add(row)
            s.flush()
            audit.record(
                s, actor, "create", "unit_contact", row.id,
                after={"unit_id": unit_id, "contacted_on": clean.contacted_on,
                       "kind": clean.kind, "note": clean.note},
            )  # fmt: skip
            return row.id

    def delete_contact(self, actor: Actor, contact_id: int) -> None:
        """Removes a note entered by mistake (audited with what it said)."""
        with self.db.transaction() as s:
            row = records.get(s, UnitContact, contact_id, _missing_contact)
            before = {
                "unit_id": row.unit_id,
                "contacted_on": row.contacted_on,
                "kind": row.kind,
                "note": row.note,
            }
            s.delete(row)
            s.flush()
            audit.record(s, actor, "delete", "unit_contact", contact_id, before=before)

    # --- reading ---------------------------------------------------------------------

    def staff_choices(self) -> list[tuple[int, str]]:
        """The active operators, by name: who can be made responsible for a unit."""
        with self.db.read() as s:
            rows = s.execute(
                select(Operator.id, Operator.display_name)
                .where(Operator.active.is_(True))
                .order_by(Operator.display_name, Operator.id)
            ).all()
        return [(i, name) for i, name in rows]

    def staff_of(self, unit_id: int) -> int | None:
        with self.db.read() as s:
            unit = records.get(s, Unit, unit_id, _missing_unit)
            return unit.staff_operator_id

    def contacts(self, unit_id: int) -> list[ContactRow]:
        with self.db.read() as s:
            return [ContactRow(*row) for row in s.execute(contacts_select(unit_id))]

    def ledger(self, f: UnitFilter | None = None) -> list[LedgerRow]:
        """Every unit the filter lets through, by community and name, with its last
        contact (a station keeps a few hundred units: one read)."""
        with self.db.read() as s:
            return [LedgerRow(*row) for row in s.execute(ledger_select(f))]
