"""The member rule 检查数据 verifies: no ID number (or member number) registered twice."""

from __future__ import annotations

from sqlalchemy import Connection, text

from station_app.core.datacheck import Invariant
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

SHARED_LINE = QT_TRANSLATE_NOOP("Checks", "{member_no}: {n} members share one {what}")
ID_NUMBER = QT_TRANSLATE_NOOP("Checks", "ID number")
SHARED_WHAT = {"member_no": QT_TRANSLATE_NOOP("Checks", "member number")}


def unique_member_ids(conn: Connection) -> list[str]:
    # Counted without the unique indexes, which a damaged file could have lost.
    rows = conn.execute(
        text(
            "SELECT id_type, COUNT(*) AS n, MIN(member_no) AS first FROM member "
            "WHERE id_number IS NOT NULL GROUP BY id_type, id_number HAVING COUNT(*) > 1 "
            "UNION ALL SELECT 'member_no', COUNT(*), MIN(member_no) FROM member "
            "GROUP BY member_no HAVING COUNT(*) > 1"
        )
    )
    return [
        translate("Checks", SHARED_LINE).format(
            member_no=r.first,
            n=r.n,
            what=translate("Checks", SHARED_WHAT.get(r.id_type, ID_NUMBER)),
        )
        for r in rows
    ]


INVARIANTS = (
    Invariant(QT_TRANSLATE_NOOP("Checks", "no member registered twice"), unique_member_ids),
)
