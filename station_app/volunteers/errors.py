"""Refusals of the volunteer services: records gone from file, and those that point at a
record the desk may open."""

from __future__ import annotations

from typing import Any

from station_app.core.errors import ConflictError
from station_app.core.i18n import QT_TRANSLATE_NOOP


class VolunteerClash(ConflictError):
    """The volunteer is already on an overlapping shift: ``clash_assignment_id`` (None
    when another desk took the time a moment ago and it is gone again)."""

    def __init__(
        self,
        text: str,
        *,
        clash_assignment_id: int | None,
        clash_activity_id: int | None,
        **params: Any,
    ) -> None:
        super().__init__(text, field="volunteer_id", **params)
        self.clash_assignment_id = clash_assignment_id
        self.clash_activity_id = clash_activity_id


class AlreadyVolunteer(ConflictError):
    """The member or ID number is a volunteer already: ``existing_volunteer_id``."""

    def __init__(self, text: str, *, field: str, existing_volunteer_id: int, **params: Any):
        super().__init__(text, field=field, **params)
        self.existing_volunteer_id = existing_volunteer_id


def missing_team() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This team is no longer on file."))


def missing_volunteer() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This volunteer is no longer on file."))


def missing_activity() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This activity is no longer on file."))


def missing_shift() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This shift is no longer on file."))


def missing_assignment() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This volunteer is no longer on the shift."))
