"""Communities (社区): the street's handful of community joint unions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from station_app.core import audit
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.models import Community
from station_app.members.types import CommunityRow
from station_app.members.validation import clean_line


def _taken(name: str) -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "A community named {name} already exists."),
        field="name",
        name=name,
    )


class CommunityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_communities(self) -> list[CommunityRow]:
        """In the station's order (the order they were added in, unless set otherwise)."""
        with self.db.read() as s:
            rows = s.execute(
                select(Community.id, Community.name, Community.sort_order).order_by(
                    Community.sort_order, Community.id
                )
            )
            return [CommunityRow(*row) for row in rows]

    def add_community(self, actor: Actor, name: str) -> int:
        require_admin(actor)
        name = clean_line(name, "name", 60)
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please enter the community's name."), field="name"
            )
        with self.db.transaction() as s:
            if s.scalar(select(Community.id).where(Community.name == name)) is not None:
                raise _taken(name)
            order = (s.scalar(select(func.max(Community.sort_order))) or 0) + 1
            row = Community(name=name, sort_order=order)
            try:
                with s.begin_nested():
                    s.add(row)
                    s.flush()
            except IntegrityError:  # another desk added it a moment ago
                raise _taken(name) from None
            audit.record(
                s, actor, "create", "community", row.id, after={"name": name, "sort_order": order}
            )
            return row.id
