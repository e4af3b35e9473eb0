"""What a sheet's values are matched with, loaded once per sheet: the communities and
units on file, and the units a member sheet names that are not on file yet."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.models import Community, Unit
from station_app.members.service.communities import community_key, retired_error
from station_app.members.service.unit_validation import clean_unit, normalize_unit_name
from station_app.members.sheets.columns import cell_text
from station_app.members.types import UnitInput

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) and rows per INSERT batch


def unit_key(name: str) -> str:
    return normalize_unit_name(name).lower()


@dataclass
class Places:
    """Communities and units on file, by the keys sheet values are matched with."""

    communities: dict[str, tuple[int, str, bool]]  # key -> (id, name, retired)
    community_names: dict[int, str]
    units: dict[str, tuple[int, int | None, str]]  # key -> (id, community_id, name)
    new_units: dict[tuple[str, int | None], UnitInput | ValidationError] = field(
        default_factory=dict
    )  # units not on file, checked once per name
    missing: dict[str, str] = field(default_factory=dict)  # key -> name: not on file

    def new_unit(self, name: str, community_id: int | None) -> UnitInput:
        """A unit the sheet names that is not on file, checked like the unit form."""
        key = (name, community_id)
        if key not in self.new_units:
            try:
                self.new_units[key] = clean_unit(UnitInput(name=name, community_id=community_id))
            except ValidationError as exc:
                self.new_units[key] = exc
        found = self.new_units[key]
        if isinstance(found, ValidationError):
            raise found
        return found

    @classmethod
    def load(cls, s: Session) -> Places:
        rows = s.execute(
            select(Community.id, Community.name, Community.retired).order_by(
                Community.sort_order, Community.id
            )
        ).all()
        units = s.execute(select(Unit.id, Unit.name, Unit.community_id)).all()
        return cls(
            communities={community_key(name): (cid, name, old) for cid, name, old in rows},
            community_names={cid: name for cid, name, _old in rows},
            units={unit_key(name): (uid, cid, name) for uid, name, cid in units},
        )

    def community(self, value: Any, field: str = "community") -> int | None:
        text = cell_text(value)
        if not text:
            return None
        key = community_key(text)
        found = self.communities.get(key)
        if found is None:
            # Named in the preview and by the command line, to be added in one go; the
            # full spelling wins (太平桥西里社区 over 太平桥西里).
            before = self.missing.get(key)
            if before is None or (text.endswith("社区") and not before.endswith("社区")):
                self.missing[key] = text
            current = [name for _id, name, old in self.communities.values() if not old]
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The community {name} is not on file. Communities on file: {known}."
                ),
                field=field,
                name=text,
                known="、".join(current) or "-",
            )
        if found[2]:  # retired: stays on old records, not offered for new ones
            raise retired_error(found[1], field)
        return found[0]

    @property
    def missing_communities(self) -> tuple[str, ...]:
        return tuple(self.missing.values())


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
