"""The unit ledger (单位台账) as a workbook: the printout's columns, one unit a line,
audited like every export."""

from __future__ import annotations

from pathlib import Path

from station_app.core import audit
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.xlsx_writer import DATE, XlsxWriter
from station_app.members.reports.unit_ledger import HEADERS, TITLE, ledger_cells, t
from station_app.members.service import UnitLedgerService
from station_app.members.types import UnitFilter

WIDTHS = (6, 36, 22, 18, 10, 12, 10, 10, 12, 10, 40)


def export_unit_ledger(
    db: Database, actor: Actor, path: str | Path, f: UnitFilter | None = None, filter_text: str = ""
) -> int:
    """Writes the (filtered) ledger to ``path``; returns the number of units."""
    path = Path(path)
    rows = UnitLedgerService(db).ledger(f)
    lines = []
    for i, row in enumerate(rows, 1):
        cells = ledger_cells(row)
        cells[4] = row.union_founded_on  # a real date in the workbook
        lines.append([i, *cells])
    with XlsxWriter(path) as book:
        written = book.add_sheet(
            t(TITLE), [t(h) for h in HEADERS], lines, widths=WIDTHS, styles={5: DATE}
        )
    audit.record_export(
        db, actor, path, "unit", f"rows={written}; filter: {filter_text or 'all units'}"
    )
    return written
