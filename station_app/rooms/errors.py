"""Refusals of a booking that the calendar and the repeat list react to."""

from __future__ import annotations

from typing import Any

from station_app.core.errors import ConflictError, ValidationError


class SlotUnavailable(ValidationError):
    """The room is not open then: ``problem`` is holiday / closed / outside_hours / past."""

    def __init__(self, text: str, *, problem: str, **params: Any) -> None:
        super().__init__(text, field="starts_at", **params)
        self.problem = problem


class BookingClash(ConflictError):
    """Another booking holds the room then; ``clash_booking_id`` is that booking."""

    problem = "clash"

    def __init__(self, text: str, *, clash_booking_id: int | None, **params: Any) -> None:
        super().__init__(text, field="starts_at", **params)
        self.clash_booking_id = clash_booking_id
