"""The roster rule 检查数据 verifies: no volunteer on two overlapping shifts unless an
administrator allowed it (``override_reason``); cancelled places hold no time."""

from __future__ import annotations

from station_app.core.datacheck import Invariant, Listing, overlapping_pairs
from station_app.core.i18n import QT_TRANSLATE_NOOP

_LIVE = "{t}.status <> 'cancelled' AND {t}.override_reason IS NULL"

no_overlapping_shifts = Listing(
    overlapping_pairs("assignment", "volunteer_id", "ends_at", _LIVE, "shift_id"),
    QT_TRANSLATE_NOOP(
        "Checks", "volunteer {volunteer_id}: shifts {first} and {second} overlap ({starts_at})"
    ),
)

INVARIANTS = (
    Invariant(
        QT_TRANSLATE_NOOP("Checks", "no volunteer on overlapping shifts without an override"),
        no_overlapping_shifts,
    ),
)
