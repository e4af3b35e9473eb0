""".xlsx exports of a campaign's recipients and of the stock ledger.

Names and notes typed at the desk that look like formulas stay text (see
:mod:`station_app.core.xlsx_writer`, the writer of every export). ID numbers and
mobiles come masked unless the caller fetched full values (administrators only;
audited by the service).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from station_app.core.xlsx_writer import MONEY, Out, XlsxWriter
from station_app.welfare import labels as L
from station_app.welfare.labels import movement_label
from station_app.welfare.types import LedgerRow, RecipientRow


def _save(
    out: Out,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[int],
    styles: dict[int, int] | None = None,
) -> None:
    with XlsxWriter(out) as book:
        book.add_sheet(title, header, rows, widths=widths, styles=styles)


def write_recipients(out: Out, rows: Sequence[RecipientRow]) -> None:
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
    widths = (6, 15, 10, 21, 14, 30, 16, 20, 8, 20, 17, 10, 14, 10, 14, 10)
    _save(out, t(L.SHEET_RECIPIENTS), header, body, widths)


def write_ledger(out: Out, rows: Sequence[LedgerRow]) -> None:
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
    widths = (12, 24, 8, 12, 8, 8, 10, 12, 30, 14, 10, 17)
    _save(out, t(L.SHEET_LEDGER), header, body, widths, {6: MONEY, 7: MONEY})
