"""领取凭证: two halves of one A4 sheet, the cut line in the middle: the recipient's
(signed by the operator, room for the station's seal) and the station's (signed by the
recipient), each with the receipt number as a QR code and the items."""

from __future__ import annotations

from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station_app.core.pdf import (
    BuildOptions,
    CutLine,
    Out,
    build_report,
    fixed_block,
    key_value_table,
    para,
    qr_code,
    seal_box,
    side_by_side,
    signature_lines,
    title_block,
)
from station_app.welfare import labels as L
from station_app.welfare.reports.common import day, money
from station_app.welfare.types.printouts import ReceiptData


def _items(receipt: ReceiptData) -> str:
    return "、".join(f"{i.name} {i.quantity}{i.unit}" for i in receipt.items)


# The body frame holds 248 mm (253 less its padding); the 8 mm cut line sits at the
# sheet's middle, 148 mm from the top edge.
TOP_HALF = 118 * mm
BOTTOM_HALF = 120 * mm
WIDTH = 174 * mm


def _copy(receipt: ReceiptData, which: str) -> list[Flowable]:
    t = L.t
    pairs = [
        (t(L.FIELD_RECEIPT_NO), receipt.receipt_no),
        (t(L.FIELD_TIME), day(receipt.handed_out_at)),
        (t(L.FIELD_CAMPAIGN), receipt.campaign_name),
        (t(L.FIELD_OPERATOR), receipt.operator),
        (t(L.FIELD_NAME), receipt.member_name),
        (t(L.FIELD_MEMBER_NO), receipt.member_no),
        (t(L.FIELD_ID), receipt.id_number),
        (t(L.FIELD_UNIT), receipt.unit_name),
        (t(L.FIELD_ITEMS), _items(receipt)),
        (t(L.FIELD_CASH), money(receipt.cash_amount) if receipt.cash_amount else "—"),
    ]
    if receipt.proxy_name:
        proxy = receipt.proxy_name
        extra = "，".join(p for p in (receipt.proxy_relationship, receipt.proxy_mobile) if p)
        pairs.append((t(L.FIELD_PROXY), f"{proxy}（{extra}）" if extra else proxy))
    block = key_value_table(pairs, [w * mm for w in (20, 52, 20, 50)])
    block.setStyle([("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    story: list[Flowable] = [
        title_block(f"{t(L.RECEIPT_TITLE)}（{t(which)}）"),
        side_by_side([block, qr_code(receipt.receipt_no, size_mm=28)], [144 * mm, 30 * mm]),
    ]
    if which == L.RECIPIENT_COPY:
        # The station vouches for the hand-out to the recipient: operator and seal.
        signed = signature_lines([t(L.SIGN_OPERATOR)], line_width=50 * mm)
        story.append(side_by_side([signed, seal_box(t(L.SEAL))], [WIDTH - 46 * mm, 46 * mm]))
        if receipt.station_phone:
            note = t(L.RECEIPT_FOOTNOTE).format(phone=receipt.station_phone)
            story.append(para(note, "small"))
    else:
        # The recipient acknowledges it to the station: signature and date.
        story.append(signature_lines([t(L.SIGN_RECIPIENT), t(L.SIGN_DATE)], line_width=45 * mm))
    return story


def receipt_story(receipt: ReceiptData) -> list[Flowable]:
    return [
        fixed_block(_copy(receipt, L.RECIPIENT_COPY), WIDTH, TOP_HALF),
        CutLine(L.t(L.CUT_HERE), height=8 * mm),
        fixed_block(_copy(receipt, L.STATION_COPY), WIDTH, BOTTOM_HALF),
    ]


def build_receipt(
    out: Out, receipt: ReceiptData, operator: str, **options: Unpack[BuildOptions]
) -> None:
    title = f"{L.t(L.RECEIPT_TITLE)} {receipt.receipt_no}"
    build_report(out, receipt_story(receipt), receipt.station_name, title, operator, **options)
