"""Refusals that point at an existing record the desk may want to open."""

from __future__ import annotations

from typing import Any

from station_app.core.errors import ConflictError


class DuplicateMember(ConflictError):
    """The ID number is already on file; ``existing_member_id`` is its holder."""

    def __init__(self, text: str, *, existing_member_id: int, **params: Any) -> None:
        super().__init__(text, field="id_number", existing_member_id=existing_member_id, **params)
        self.existing_member_id = existing_member_id


class DuplicateUnit(ConflictError):
    """Same credit code or name as a unit on file; ``existing_unit_id`` is that unit."""

    def __init__(self, text: str, *, field: str, existing_unit_id: int, **params: Any) -> None:
        super().__init__(text, field=field, existing_unit_id=existing_unit_id, **params)
        self.existing_unit_id = existing_unit_id
