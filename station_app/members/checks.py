"""The member rule 检查数据 verifies: no ID number (or member number) registered twice."""

from __future__ import annotations

from station_app.core.datacheck import Invariant, Listing
from station_app.core.i18n import QT_TRANSLATE_NOOP

# Counted without the unique indexes, which a damaged file could have lost. The shared
# numbers are found first, then the first member number of each (reading every member's
# number for the whole table took 0.4 s at 100,000 members).
unique_member_ids = Listing(
    "SELECT 'ID number' AS what, COUNT(*) AS n, MIN(member_no) AS first FROM member "
    "WHERE id_number IS NOT NULL AND (id_type, id_number) IN ("
    " SELECT id_type, id_number FROM member WHERE id_number IS NOT NULL"
    " GROUP BY id_type, id_number HAVING COUNT(*) > 1) "
    "GROUP BY id_type, id_number "
    "UNION ALL SELECT 'member number', COUNT(*), MIN(member_no) FROM member "
    "GROUP BY member_no HAVING COUNT(*) > 1",
    QT_TRANSLATE_NOOP("Checks", "{first}: {n} members share one {what}"),
    words=("what",),
)
# The words the query above puts in "what".
QT_TRANSLATE_NOOP("Checks", "ID number")
QT_TRANSLATE_NOOP("Checks", "member number")

INVARIANTS = (
    Invariant(QT_TRANSLATE_NOOP("Checks", "no member registered twice"), unique_member_ids),
)
