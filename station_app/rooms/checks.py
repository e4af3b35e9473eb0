"""The booking rule 检查数据 verifies: no two live bookings of a room overlap, the
room's buffer included (intervals ``[starts_at, blocked_until)``)."""

from __future__ import annotations

from sqlalchemy import Connection, text

from station_app.core.datacheck import Invariant
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

OVERLAP_LINE = QT_TRANSLATE_NOOP("Checks", "room {room}: {first} and {second} overlap ({at})")


def no_overlapping_bookings(conn: Connection) -> list[str]:
    # Pairs ordered by start: b starts at or after a, and before a is over.
    rows = conn.execute(
        text(
            "SELECT a.booking_no AS first, b.booking_no AS second, a.room_id, a.starts_at "
            "FROM booking AS a JOIN booking AS b ON b.room_id = a.room_id "
            "AND b.id <> a.id AND b.status <> 'cancelled' "
            "AND (b.starts_at > a.starts_at OR (b.starts_at = a.starts_at AND b.id > a.id)) "
            "AND b.starts_at < a.blocked_until "
            "WHERE a.status <> 'cancelled' ORDER BY a.starts_at"
        )
    )
    return [
        translate("Checks", OVERLAP_LINE).format(
            room=r.room_id, first=r.first, second=r.second, at=r.starts_at
        )
        for r in rows
    ]


INVARIANTS = (
    Invariant(
        QT_TRANSLATE_NOOP("Checks", "no overlapping bookings in a room"), no_overlapping_bookings
    ),
)
