"""The bookings export writes what was typed as text: a title or caller that looks like
a formula is shown unchanged and never runs; dates stay dates, numbers numbers."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

from openpyxl import load_workbook

from station_app.rooms.sheets.bookings import export_bookings_xlsx
from tests.rooms.conftest import MONDAY, Desk

HOSTILE = {
    "title": '=HYPERLINK("http://evil.example","点我")',
    "caller_name": "=1+1",
    "notes": "@SUM(A1:A9)",
    "handled_by": "-2+3",
}


def test_bookings_export_keeps_formula_like_text_as_text(desk: Desk, tmp_path: Path) -> None:
    desk.book(start="09:00", end="10:00", attendees=12, caller_mobile="13711112222", **HOSTILE)
    path = tmp_path / "bookings.xlsx"
    assert export_bookings_xlsx(desk.db, desk.desk, path, MONDAY, MONDAY) == 1
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600  # personal data: the owner only
    sheet = load_workbook(path).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    values = [c.value for c in sheet[2]]
    for text in HOSTILE.values():
        assert any(isinstance(v, str) and text in v for v in values), text
    for cell in sheet[2]:
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
            assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    assert values[2] == dt.datetime(2026, 3, 2) and sheet["C2"].is_date
    assert values[10] == 12 and sheet["K2"].data_type == "n"


def test_command_line_exports_the_bookings_of_any_period(
    desk: Desk, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from station_app.cli import build_parser
    from station_app.members import cli as member_cli

    next_week = MONDAY + dt.timedelta(days=7)
    desk.book(start="09:00", end="10:00", title="本周")
    desk.book(day=next_week, start="09:00", end="10:00", title="下周")
    parser = build_parser()
    path = tmp_path / "b.xlsx"

    def export(first: dt.date, last: dt.date) -> list[str]:
        args = parser.parse_args(
            ["export", "bookings", str(path), "--from", str(first), "--to", str(last)]
        )
        assert member_cli.run(args, desk.db) == 0
        return [row[1] for row in load_workbook(path).active.iter_rows(min_row=2, values_only=True)]

    assert len(export(MONDAY, next_week)) == 2
    assert len(export(next_week, next_week)) == 1
    assert "exported 1 bookings" in capsys.readouterr().out
    args = parser.parse_args(
        ["export", "bookings", str(path), "--from", str(next_week), "--to", str(MONDAY)]
    )
    assert member_cli.run(args, desk.db) == 2
