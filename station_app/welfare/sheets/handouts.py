"""Hand-outs by period as a workbook: every gift collected between two days, across
campaigns, one a line; ID numbers masked; audited like every export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from station_app.core import audit
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_id
from station_app.core.xlsx_writer import DATETIME, XlsxWriter
from station_app.welfare import labels as L
from station_app.welfare.queries import handouts_select

SHEET_HANDOUTS = QT_TRANSLATE_NOOP("WelfareReport", "Hand-outs")
_COLUMNS = (
    (L.COL_HANDED_OUT_AT, 17),
    (L.FIELD_CAMPAIGN, 24),
    (L.COL_MEMBER_NO, 15),
    (L.COL_NAME, 10),
    (L.COL_ID, 21),
    (L.COL_UNIT, 30),
    (L.COL_COMMUNITY, 16),
    (L.COL_RECEIPT, 14),
    (L.COL_HANDED_OUT_BY, 10),
    (L.COL_PROXY_NAME, 10),
)


def export_handouts(
    db: Database, actor: Actor, out: str | Path, first: dt.date, last: dt.date
) -> int:
    """Writes the hand-outs collected from ``first`` to ``last`` to ``out``; returns how
    many."""
    path = Path(out)

    def rows() -> Iterator[list[Any]]:
        with db.read() as s:
            for row in s.execute(handouts_select(first, last).execution_options(yield_per=2_000)):
                line = list(row)
                line[4] = mask_id(line[4])
                yield line

    with XlsxWriter(path) as book:
        written = book.add_sheet(
            L.t(SHEET_HANDOUTS),
            [L.t(text) for text, _w in _COLUMNS],
            rows(),
            widths=[w for _t, w in _COLUMNS],
            styles={0: DATETIME},
        )
    audit.record_export(db, actor, path, "allocation", f"rows={written}; hand-outs {first}..{last}")
    return written
