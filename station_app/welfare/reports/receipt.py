"""领取凭证: two copies on one A4 sheet (the recipient's and the station's), each with
the receipt number as a QR code, the items and a line for the signature."""

from __future__ import annotations

from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from station_app.core.pdf import (
    BuildOptions,
    CutLine,
    Out,
    build_report,
    key_value_table,
    para,
    qr_code,
    side_by_side,
    signature_lines,
    title_block,
)
from station_app.welfare import labels as L
from station_app.welfare.reports.common import day, money
from station_app.welfare.types.printouts import ReceiptData


def _items(receipt: ReceiptData) -> str:
    return "、".join(f"{i.name} {i.quantity}{i.unit}" for i in receipt.items)


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
    story: list[Flowable] = [
        title_block(f"{t(L.RECEIPT_TITLE)}（{t(which)}）"),
        side_by_side([block, qr_code(receipt.receipt_no, size_mm=28)], [144 * mm, 30 * mm]),
        signature_lines([t(L.SIGN_RECIPIENT)], line_width=50 * mm),
    ]
    if receipt.station_phone:
        story.append(para(t(L.RECEIPT_FOOTNOTE).format(phone=receipt.station_phone), "small"))
    return story


def receipt_story(receipt: ReceiptData) -> list[Flowable]:
    return [
        *_copy(receipt, L.RECIPIENT_COPY),
        Spacer(1, 6 * mm),
        CutLine(L.t(L.CUT_HERE), height=8 * mm),
        Spacer(1, 6 * mm),
        *_copy(receipt, L.STATION_COPY),
    ]


def build_receipt(
    out: Out, receipt: ReceiptData, operator: str, **options: Unpack[BuildOptions]
) -> None:
    title = f"{L.t(L.RECEIPT_TITLE)} {receipt.receipt_no}"
    build_report(out, receipt_story(receipt), receipt.station_name, title, operator, **options)
