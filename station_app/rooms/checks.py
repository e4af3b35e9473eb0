"""The booking rule 检查数据 verifies: no two live bookings of a room overlap, the
room's buffer included (intervals ``[starts_at, blocked_until)``)."""

from __future__ import annotations

from station_app.core.datacheck import Invariant, Listing, overlapping_pairs
from station_app.core.i18n import QT_TRANSLATE_NOOP

no_overlapping_bookings = Listing(
    overlapping_pairs(
        "booking", "room_id", "blocked_until", "{t}.status <> 'cancelled'", "booking_no"
    ),
    QT_TRANSLATE_NOOP("Checks", "room {room_id}: {first} and {second} overlap ({starts_at})"),
)

INVARIANTS = (
    Invariant(
        QT_TRANSLATE_NOOP("Checks", "no overlapping bookings in a room"), no_overlapping_bookings
    ),
)
