"""Choosing a unit by typing part of its name, its pinyin initials or its credit code:
the shared picker (widgets/person_picker.py) searching the units, each listed with
its community; Down on an empty box lists them all."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from station_app.members.service import UnitService
from station_app.members.types import UnitFilter
from station_app.widgets.person_picker import Match, PersonPicker


def unit_matches(units: UnitService, query: str, limit: int) -> list[Match]:
    return [
        Match(
            row.id,
            row.name,
            f"{row.name}    {row.community_name}" if row.community_name else row.name,
            row.uscc or "",
        )
        for row in units.list_units(UnitFilter(query=query), limit=limit)
    ]


class UnitPicker(PersonPicker):
    """:meth:`unit_id` is the chosen unit (None while nothing is chosen, or the text was
    changed after choosing)."""

    def __init__(self, units: UnitService, parent: QWidget | None = None) -> None:
        super().__init__(
            lambda query, limit: unit_matches(units, query, limit), parent, list_all=True
        )
        self.units = units

    # The unit words the member form and list use (kept while those files are split).
    unit_id = PersonPicker.chosen_id
    unit_name = PersonPicker.chosen_text
    set_unit = PersonPicker.set_chosen

    @property
    def unit_chosen(self):  # type: ignore[no-untyped-def]
        return self.chosen

    def clear_unit(self) -> None:
        self.set_chosen(None)
