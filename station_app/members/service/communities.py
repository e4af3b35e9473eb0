"""Communities (社区): the street's handful of community joint unions.

Administrators add, rename, reorder and retire them; every change is one transaction
with an audit row. A retired community stays on the units and members that name it
(lists, filters and printouts still show it) but is not offered for new ones: pickers
leave it out, the services refuse it as a new choice, and an import row naming it is
refused. Names are matched the way sheets write them: 太平桥西里 is 太平桥西里社区.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from station_app.core import audit, errors, records
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import to_halfwidth
from station_app.members.models import Community, Member, Unit, community_t
from station_app.members.service.validation import clean_line
from station_app.members.types import CommunityAdded, CommunityRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NAME_LENGTH = 60
_SUFFIXES = ("社区联合工会", "社区")


def community_key(name: str) -> str:
    """What two spellings of one community share: 太平桥西里 = 太平桥西里社区 = 太平桥西里
    社区联合工会, full-width letters and spaces aside."""
    key = to_halfwidth(name).replace(" ", "").lower()
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key.removesuffix(suffix)
    return key


def _taken(name: str) -> ConflictError:
    return errors.name_taken(
        QT_TRANSLATE_NOOP("Errors", "A community named {name} already exists."), name
    )


def _missing() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "This community is no longer on file; look again.")
    )


def retired_error(name: str, field: str = "community_id") -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "The community {name} is retired; it is not offered for new records."
        ),
        field=field,
        name=name,
    )


def check_choice(s: Session, community_id: int | None, keep: int | None = None) -> None:
    """A community chosen for a unit or member must be on file, and not retired unless
    the record already had it (``keep``): an old record keeps its retired community."""
    if community_id is None:
        return
    row = s.execute(
        select(Community.name, Community.retired).where(Community.id == community_id)
    ).first()
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The chosen community is no longer on file."),
            field="community_id",
        )
    if row.retired and community_id != keep:
        raise retired_error(row.name)


def _clean_name(name: str) -> str:
    name = clean_line(name, "name", NAME_LENGTH)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter the community's name."), field="name"
        )
    return name


def _same_key(s: Session, name: str, exclude_id: int | None = None) -> tuple[int, str, bool] | None:
    """The community on file that ``name`` spells (id, name, retired), if any."""
    key = community_key(name)
    for cid, other, retired in s.execute(
        select(Community.id, Community.name, Community.retired)
    ).all():
        if cid != exclude_id and community_key(other) == key:
            return cid, other, retired
    return None


class CommunityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading -----------------------------------------------------------------------

    def list_communities(self, include_retired: bool = True) -> list[CommunityRow]:
        """In the station's order (the order they were added in, unless set otherwise).
        Filters list them all; pickers for a new record pass ``include_retired=False``."""
        c = community_t.c
        stmt = select(c.id, c.name, c.sort_order, c.retired)
        if not include_retired:
            stmt = stmt.where(c.retired.is_(False))
        with self.db.connect() as s:  # Core: the first screen's filter lists them
            rows = s.execute(stmt.order_by(c.sort_order, c.id))
            return [CommunityRow(*row) for row in rows]

    def usage(self) -> dict[int, tuple[int, int]]:
        """community id -> (units, members) that name it."""
        with self.db.read() as s:
            units, members = (
                dict(
                    s.execute(
                        select(model.community_id, func.count())
                        .where(model.community_id.is_not(None))
                        .group_by(model.community_id)
                    ).all()
                )
                for model in (Unit, Member)
            )
        return {cid: (units.get(cid, 0), members.get(cid, 0)) for cid in {*units, *members}}

    # --- writing -----------------------------------------------------------------------

    def add_community(self, actor: Actor, name: str) -> int:
        require_admin(actor)
        name = _clean_name(name)
        with self.db.transaction() as s:
            found = _same_key(s, name)
            if found is not None:
                raise _taken(found[1])
            return self._add_in(s, actor, name)

    def add_communities(self, actor: Actor, names: Iterable[str]) -> list[CommunityAdded]:
        """Adds the names not on file yet, in one transaction (the import's "add these",
        ``station-app communities add``); one entry per name given, in order."""
        require_admin(actor)
        cleaned = [_clean_name(name) for name in names]
        out: list[CommunityAdded] = []
        with self.db.transaction() as s:
            for name in cleaned:
                found = _same_key(s, name)
                if found is not None:
                    out.append(CommunityAdded(found[1], found[0], False, found[2]))
                else:
                    out.append(CommunityAdded(name, self._add_in(s, actor, name), True))
        return out

    @staticmethod
    def _add_in(s: Session, actor: Actor, name: str) -> int:
        order = records.next_sort_order(s, Community.sort_order)
        row = Community(name=name, sort_order=order, retired=False)
        with records.refusing_duplicates(s, lambda: _taken(name)):
            s.add(row)
            s.flush()
        audit.record(
            s, actor, "create", "community", row.id, after={"name": name, "sort_order": order}
        )
        return row.id

    def rename_community(self, actor: Actor, community_id: int, name: str) -> bool:
        """False (and no audit row) when the name is unchanged. Records keep pointing at
        the community, so they all show the new name."""
        require_admin(actor)
        name = _clean_name(name)
        with self.db.transaction() as s:
            row = records.get(s, Community, community_id, _missing)
            if row.name == name:
                return False
            found = _same_key(s, name, exclude_id=community_id)
            if found is not None:
                raise _taken(found[1])
            before = row.name
            row.name = name
            with records.refusing_duplicates(s, lambda: _taken(name)):
                s.flush()
            audit.record(
                s, actor, "update", "community", community_id,
                before={"name": before}, after={"name": name},
            )  # fmt: skip
            return True

    def reorder_communities(self, actor: Actor, ordered_ids: Sequence[int]) -> None:
        """Sets the station's order (lists, filters, pickers, printouts grouped by
        community). ``ordered_ids`` must hold every community exactly once."""
        require_admin(actor)
        with self.db.transaction() as s:
            rows = {
                c.id: c
                for c in s.scalars(select(Community).order_by(Community.sort_order, Community.id))
            }
            if sorted(ordered_ids) != sorted(rows):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The communities were changed at another desk meanwhile; look again.",
                    )
                )
            before = [c.name for c in rows.values()]
            for order, cid in enumerate(ordered_ids, start=1):
                rows[cid].sort_order = order
            after = [rows[cid].name for cid in ordered_ids]
            if before != after:
                audit.record(
                    s,
                    actor,
                    "reorder",
                    "community",
                    before={"order": before},
                    after={"order": after},
                )

    def set_retired(self, actor: Actor, community_id: int, retired: bool) -> bool:
        """Retires a community (or brings it back); False when it already was so."""
        require_admin(actor)
        with self.db.transaction() as s:
            row = records.get(s, Community, community_id, _missing)
            if row.retired == retired:
                return False
            row.retired = retired
            audit.record(
                s, actor, "update", "community", community_id,
                before={"name": row.name, "retired": not retired},
                after={"name": row.name, "retired": retired},
            )  # fmt: skip
            return True
