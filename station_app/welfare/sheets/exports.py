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

# (header, width) of each column, in order.
_RECIPIENT_COLUMNS = (
    (L.COL_NO, 6),
    (L.COL_MEMBER_NO, 15),
    (L.COL_NAME, 10),
    (L.COL_ID, 21),
    (L.COL_PHONE, 14),
    (L.COL_UNIT, 30),
    (L.COL_COMMUNITY, 16),
    (L.COL_ADDED_REASON, 20),
    (L.REMOVED, 8),
    (L.COL_REMOVED_REASON, 20),
    (L.COL_HANDED_OUT_AT, 17),
    (L.COL_HANDED_OUT_BY, 10),
    (L.COL_RECEIPT, 14),
    (L.COL_PROXY_NAME, 10),
    (L.COL_PROXY_MOBILE, 14),
    (L.COL_PROXY_RELATIONSHIP, 10),
)
_LEDGER_COLUMNS = (
    (L.COL_DATE, 12),
    (L.COL_ITEM, 24),
    (L.COL_UNIT_OF_COUNT, 8),
    (L.COL_KIND, 12),
    (L.COL_QUANTITY, 8),
    (L.COL_BALANCE, 8),
    (L.COL_UNIT_VALUE, 10),
    (L.COL_VALUE, 12),
    (L.COL_SOURCE, 30),
    (L.COL_RECEIPT, 14),
    (L.COL_OPERATOR, 10),
    (L.COL_RECORDED_AT, 17),
)


def _save(
    out: Out,
    title: str,
    columns: Sequence[tuple[str, int]],
    rows: Iterable[Sequence[Any]],
    styles: dict[int, int] | None = None,
) -> None:
    header = [L.t(text) for text, _width in columns]
    widths = [width for _text, width in columns]
    with XlsxWriter(out) as book:
        book.add_sheet(L.t(title), header, rows, widths=widths, styles=styles)


def write_recipients(out: Out, rows: Sequence[RecipientRow]) -> None:
    yes = L.t(L.YES)
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
            yes if r.removed else "",
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
    _save(out, L.SHEET_RECIPIENTS, _RECIPIENT_COLUMNS, body)


def write_ledger(out: Out, rows: Sequence[LedgerRow]) -> None:
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
    _save(out, L.SHEET_LEDGER, _LEDGER_COLUMNS, body, {6: MONEY, 7: MONEY})
