"""The roster rule 检查数据 verifies: no volunteer on two overlapping shifts unless an
administrator allowed it (``override_reason``); cancelled places hold no time."""

from __future__ import annotations

from sqlalchemy import Connection, text

from station_app.core.datacheck import Invariant
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

_LIVE = "{t}.status <> 'cancelled' AND {t}.override_reason IS NULL"


OVERLAP_LINE = QT_TRANSLATE_NOOP(
    "Checks", "volunteer {volunteer}: shifts {first} and {second} overlap ({at})"
)


def no_overlapping_shifts(conn: Connection) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT a.volunteer_id, a.shift_id AS first, b.shift_id AS second, a.starts_at "
            "FROM assignment AS a JOIN assignment AS b ON b.volunteer_id = a.volunteer_id "
            f"AND b.id <> a.id AND {_LIVE.format(t='b')} "
            "AND (b.starts_at > a.starts_at OR (b.starts_at = a.starts_at AND b.id > a.id)) "
            "AND b.starts_at < a.ends_at "
            f"WHERE {_LIVE.format(t='a')} ORDER BY a.starts_at"
        )
    )
    return [
        translate("Checks", OVERLAP_LINE).format(
            volunteer=r.volunteer_id, first=r.first, second=r.second, at=r.starts_at
        )
        for r in rows
    ]


INVARIANTS = (
    Invariant(
        QT_TRANSLATE_NOOP("Checks", "no volunteer on overlapping shifts without an override"),
        no_overlapping_shifts,
    ),
)
