"""Service hours exported to a spreadsheet (.xlsx): every attended shift of a year,
and each volunteer's total. No mobiles or ID numbers leave in it.

Text a volunteer or the desk typed may begin with ``=``, ``+``, ``-`` or ``@``;
spreadsheet programs would read such a cell as a formula (CSV/formula injection).
Those cells are written as text with Excel's quote prefix, so they show exactly
what was typed and never run.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.volunteers import labels
from station_app.volunteers.labels import tr
from station_app.volunteers.types import HoursLine
from station_app.volunteers.views import VolunteerViews

Out = str | Path | BinaryIO
FORMULA_STARTS = ("=", "+", "-", "@")

HOURS_SHEET = QT_TRANSLATE_NOOP("VolunteersReport", "Hours {year}")
TOTALS_SHEET = QT_TRANSLATE_NOOP("VolunteersReport", "By volunteer")
HOURS_COLUMNS = (
    QT_TRANSLATE_NOOP("VolunteersReport", "Date"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Start"),
    QT_TRANSLATE_NOOP("VolunteersReport", "End"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Service activity"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Kind"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Role"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Name"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Member number"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Team"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Hours"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Hours corrected because"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Overlap allowed because"),
)
HOURS_WIDTHS = (12, 7, 7, 30, 12, 12, 10, 14, 28, 7, 24, 24)
TOTALS_COLUMNS = (
    QT_TRANSLATE_NOOP("VolunteersReport", "Name"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Member number"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Team"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Times served"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Hours"),
)
TOTALS_WIDTHS = (10, 14, 28, 10, 8)


def neutralise(value: Any) -> Any:
    """Marks text that a spreadsheet would take for a formula (see the module doc)."""
    return _Text(value) if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


class _Text(str):
    """A string that must stay text in the sheet."""


def _write(out: Out, data: bytes) -> None:
    """To a path through a temporary file beside it (never half-written), or a stream."""
    if not isinstance(out, str | Path):
        out.write(data)
        return
    path = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _append(sheet: Any, values: Sequence[Any]) -> None:
    from openpyxl.cell.cell import TYPE_STRING

    sheet.append([str(v) if isinstance(v, _Text) else v for v in values])
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        if isinstance(value, _Text):
            cell = sheet.cell(row=row, column=column)
            cell.value = str(value)
            cell.data_type = TYPE_STRING  # openpyxl took "=..." for a formula
            cell.quotePrefix = True  # and Excel keeps it text when edited


def export_hours_xlsx(out: Out, year: int, lines: Sequence[HoursLine]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = tr(HOURS_SHEET).format(year=year)[:31]
    sheet.append([tr(c) for c in HOURS_COLUMNS])
    for line in lines:
        _append(
            sheet,
            [
                line.starts_at.date(),
                f"{line.starts_at:%H:%M}",
                f"{line.ends_at:%H:%M}",
                neutralise(line.activity_title),
                labels.kind(line.kind),
                neutralise(line.role),
                neutralise(line.name),
                line.member_no or "",
                neutralise(line.team_name),
                float(line.hours),
                neutralise(line.hours_reason),
                neutralise(line.override_reason or ""),
            ],
        )
    for (cell,) in sheet.iter_rows(min_row=2, min_col=1, max_col=1):
        cell.number_format = "yyyy-mm-dd"
    for (cell,) in sheet.iter_rows(min_row=2, min_col=10, max_col=10):
        cell.number_format = "0.00"

    totals = book.create_sheet(tr(TOTALS_SHEET)[:31])
    totals.append([tr(c) for c in TOTALS_COLUMNS])
    per_volunteer: dict[int, list[Any]] = {}
    for line in lines:
        entry = per_volunteer.setdefault(
            line.volunteer_id, [line.name, line.member_no or "", line.team_name, 0, Decimal(0)]
        )
        entry[3] += 1
        entry[4] += line.hours
    for name, member_no, team, times, hours in sorted(
        per_volunteer.values(), key=lambda e: (e[2], -e[4], e[0])
    ):
        _append(totals, [neutralise(name), member_no, neutralise(team), times, float(hours)])
    for (cell,) in totals.iter_rows(min_row=2, min_col=5, max_col=5):
        cell.number_format = "0.00"

    for ws, widths in ((sheet, HOURS_WIDTHS), (totals, TOTALS_WIDTHS)):
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    _write(out, buffer.getvalue())


def export_year_hours(db: Database, year: int, out: Out) -> int:
    """Every attended shift of ``year``; returns how many lines were written."""
    lines = VolunteerViews(db).hours_lines(year)
    export_hours_xlsx(out, year, lines)
    return len(lines)
