""".xlsx exports of a campaign's recipients and of the stock ledger (openpyxl).

Cells that begin with ``=``, ``+``, ``-``, ``@`` (or a tab / carriage return) get a
leading apostrophe, so a name or note typed at the desk can never become a formula
in Excel or in a CSV saved from it. ID numbers and mobiles come masked unless the
caller fetched full values (administrators only; audited by the service).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from station_app.welfare.reports import labels as L
from station_app.welfare.reports.stock import movement_label
from station_app.welfare.types import LedgerRow, RecipientRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_HEADER_FILL = PatternFill("solid", fgColor="D9DEE4")


def safe_cell(value: Any) -> Any:
    """Text that a spreadsheet would read as a formula is kept as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _sheet(
    workbook: Workbook,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[int],
) -> None:
    ws = workbook.active  # one sheet per export
    ws.title = title[:31]
    ws.append([safe_cell(h) for h in header])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in rows:
        ws.append([safe_cell(v) for v in row])
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    for column in ws.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, Decimal):
                cell.number_format = MONEY_FORMAT
            elif isinstance(cell.value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
    ws.freeze_panes = "A2"


def _save(workbook: Workbook, out: str | Path | BinaryIO) -> None:
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
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


def write_recipients(out: str | Path | BinaryIO, rows: Sequence[RecipientRow]) -> None:
    t = L.t
    header = [
        t(L.COL_NO),
        t(L.COL_MEMBER_NO),
        t(L.COL_NAME),
        t(L.COL_ID),
        t(L.COL_PHONE),
        t(L.COL_UNIT),
        t(L.COL_COMMUNITY),
        t(L.COL_ADDED_REASON),
        t(L.REMOVED),
        t(L.COL_REMOVED_REASON),
        t(L.COL_HANDED_OUT_AT),
        t(L.COL_HANDED_OUT_BY),
        t(L.COL_RECEIPT),
        t(L.COL_PROXY_NAME),
        t(L.COL_PROXY_MOBILE),
        t(L.COL_PROXY_RELATIONSHIP),
    ]
    body = (
        [
            number,
            r.member_no,
            r.name,
            r.id_number,
            r.mobile,
            r.unit_name,
            r.community_name,
            r.added_reason,
            t(L.YES) if r.removed else "",
            r.removed_reason,
            r.handed_out_at,
            r.handed_out_by,
            r.receipt_no or "",
            r.proxy_name,
            r.proxy_mobile,
            r.proxy_relationship,
        ]
        for number, r in enumerate(rows, start=1)
    )
    workbook = Workbook()
    _sheet(
        workbook,
        t(L.SHEET_RECIPIENTS),
        header,
        body,
        (6, 15, 10, 21, 14, 30, 16, 20, 8, 20, 17, 10, 14, 10, 14, 10),
    )
    _save(workbook, out)


def write_ledger(out: str | Path | BinaryIO, rows: Sequence[LedgerRow]) -> None:
    t = L.t
    header = [
        t(L.COL_DATE),
        t(L.COL_ITEM),
        t(L.COL_UNIT_OF_COUNT),
        t(L.COL_KIND),
        t(L.COL_QUANTITY),
        t(L.COL_BALANCE),
        t(L.COL_UNIT_VALUE),
        t(L.COL_VALUE),
        t(L.COL_SOURCE),
        t(L.COL_RECEIPT),
        t(L.COL_OPERATOR),
        t(L.COL_RECORDED_AT),
    ]
    body = (
        [
            r.moved_on,
            r.item_name,
            r.unit,
            movement_label(r),
            r.quantity,
            r.balance_after,
            r.unit_value,
            r.unit_value * r.quantity,
            " ".join(p for p in (r.source, r.note) if p),
            r.receipt_no or "",
            r.operator_name,
            r.created_at,
        ]
        for r in rows
    )
    workbook = Workbook()
    _sheet(workbook, t(L.SHEET_LEDGER), header, body, (12, 24, 8, 12, 8, 8, 10, 12, 30, 14, 10, 17))
    _save(workbook, out)
