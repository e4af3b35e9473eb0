"""Printouts of member intake: the intake receipt (入会登记回执).

One A4 page in two parts, as such slips are at a desk: the member's copy on top and,
below a cut line, the station's stub that the member signs. Both carry the member
number (also as a QR code), name, masked ID number, unit, community, join date, the
operator and the time of printing. Labels are English source text (context
``MembersReport``) translated when the PDF is built.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from station_app.core import clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.core.pdf import (
    CancelFn,
    CutLine,
    ProgressFn,
    build_report,
    key_value_table,
    markup,
    para,
    qr_block,
    side_by_side,
    signature_lines,
    styles,
    title_block,
)
from station_app.core.station import StationProfile
from station_app.members.service import MemberService

CONTEXT = "MembersReport"
RECEIPT_TITLE = QT_TRANSLATE_NOOP("MembersReport", "Member intake receipt")
MEMBER_COPY = QT_TRANSLATE_NOOP("MembersReport", "Member's copy")
STATION_COPY = QT_TRANSLATE_NOOP("MembersReport", "Station's stub")
CUT_HERE = QT_TRANSLATE_NOOP("MembersReport", "Cut along this line")
L_MEMBER_NO = QT_TRANSLATE_NOOP("MembersReport", "Member no.")
L_NAME = QT_TRANSLATE_NOOP("MembersReport", "Name")
L_GENDER = QT_TRANSLATE_NOOP("MembersReport", "Gender")
L_ID = QT_TRANSLATE_NOOP("MembersReport", "ID number")
L_UNIT = QT_TRANSLATE_NOOP("MembersReport", "Unit")
L_COMMUNITY = QT_TRANSLATE_NOOP("MembersReport", "Community")
L_JOINED = QT_TRANSLATE_NOOP("MembersReport", "Join date")
L_OPERATOR = QT_TRANSLATE_NOOP("MembersReport", "Operator")
L_PRINTED = QT_TRANSLATE_NOOP("MembersReport", "Printed at")
L_SCAN = QT_TRANSLATE_NOOP("MembersReport", "Scan for the member number")
L_SIGNATURE = QT_TRANSLATE_NOOP("MembersReport", "Member's signature")
L_DATE = QT_TRANSLATE_NOOP("MembersReport", "Date")
L_SEAL = QT_TRANSLATE_NOOP("MembersReport", "{station} (seal)")
CONFIRMATION = QT_TRANSLATE_NOOP(
    "MembersReport",
    "{name} has been registered as a member of the trade union on {date} with member "
    "number {member_no}. Please keep this receipt; show it or the member number at the "
    "station for services and activities.",
)
STUB_TEXT = QT_TRANSLATE_NOOP(
    "MembersReport",
    "I confirm that the particulars above are correct and that I have received the "
    "member's copy of this receipt.",
)
GENDERS = {
    "M": QT_TRANSLATE_NOOP("MembersReport", "Male"),
    "F": QT_TRANSLATE_NOOP("MembersReport", "Female"),
}
NONE_GIVEN = "—"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class ReceiptData:
    """Everything the receipt prints, already masked."""

    station_name: str
    station_address: str
    station_phone: str
    member_no: str
    name: str
    gender: str  # "M" / "F"
    id_number: str  # masked
    unit_name: str
    community_name: str
    joined_on: dt.date
    operator: str
    printed_at: dt.datetime


def receipt_data(
    db: Database, actor: Actor, member_id: int, station: StationProfile
) -> ReceiptData:
    """Reads the member as the desk may see them (ID number masked)."""
    record = MemberService(db).get(actor, member_id)
    return ReceiptData(
        station_name=station.name,
        station_address=station.address,
        station_phone=station.phone,
        member_no=record.member_no,
        name=record.name,
        gender=record.gender,
        id_number=record.id_number,
        unit_name=record.unit_name,
        community_name=record.community_name,
        joined_on=record.joined_on,
        operator=actor.display_name,
        printed_at=clock.now(),
    )


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    return {
        "title": ParagraphStyle("receipt_title", st.title, fontSize=18, leading=24, spaceAfter=2),
        "station": ParagraphStyle(
            "receipt_station", st.body, alignment=TA_CENTER, fontSize=11, leading=15
        ),
        "copy": ParagraphStyle(
            "receipt_copy", st.small, alignment=TA_RIGHT, fontSize=9, leading=12
        ),
        "body": ParagraphStyle("receipt_body", st.body, fontSize=10.5, leading=17),
        "small": ParagraphStyle("receipt_small", st.small, alignment=TA_CENTER),
        "seal": ParagraphStyle("receipt_seal", st.body, alignment=TA_RIGHT, leading=18),
    }


def _fields(data: ReceiptData) -> list[tuple[str, str]]:
    return [
        (tr(L_MEMBER_NO), data.member_no),
        (tr(L_NAME), data.name),
        (tr(L_GENDER), tr(GENDERS[data.gender]) if data.gender in GENDERS else NONE_GIVEN),
        (tr(L_ID), data.id_number or NONE_GIVEN),
        (tr(L_UNIT), data.unit_name or NONE_GIVEN),
        (tr(L_COMMUNITY), data.community_name or NONE_GIVEN),
        (tr(L_JOINED), data.joined_on.isoformat()),
        (tr(L_OPERATOR), data.operator),
        (tr(L_PRINTED), data.printed_at.strftime("%Y-%m-%d %H:%M")),
    ]


def _heading(data: ReceiptData, copy_label: str, contact: bool) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = [
        para(copy_label, st["copy"]),
        title_block(tr(RECEIPT_TITLE), st["title"]),
        para(data.station_name, st["station"]),
    ]
    line = "　".join(markup(p) for p in (data.station_address, data.station_phone) if p)
    if contact and line:
        story.append(Paragraph(line, st["small"]))
    story.append(Spacer(1, 3 * mm))
    return story


def member_copy(data: ReceiptData, width: float) -> list[Flowable]:
    """The member's part: every particular, the QR code, the confirmation, the seal."""
    st = _styles()
    qr = 30
    table = key_value_table(_fields(data), [26 * mm, width - (qr + 4) * mm - 26 * mm])
    return [
        *_heading(data, tr(MEMBER_COPY), contact=True),
        side_by_side(
            [table, qr_block(data.member_no, qr, tr(L_SCAN))],
            [width - (qr + 4) * mm, (qr + 4) * mm],
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            tr(CONFIRMATION).format(
                name=markup(data.name),
                date=data.joined_on.isoformat(),
                member_no=markup(data.member_no),
            ),
            st["body"],
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            markup(tr(L_SEAL).format(station=data.station_name))
            + "<br/>"
            + data.printed_at.date().isoformat(),
            st["seal"],
        ),
    ]


def station_stub(data: ReceiptData, width: float) -> list[Flowable]:
    """The station's part, kept on file: the same particulars two to a row, signed."""
    st = _styles()
    qr = 22
    rest = width - (qr + 4) * mm
    table = key_value_table(
        _fields(data), [22 * mm, rest / 2 - 22 * mm, 22 * mm, rest / 2 - 22 * mm]
    )
    return [
        *_heading(data, tr(STATION_COPY), contact=False),
        side_by_side([table, qr_block(data.member_no, qr)], [rest, (qr + 4) * mm]),
        Spacer(1, 3 * mm),
        para(tr(STUB_TEXT), st["body"]),
        signature_lines([tr(L_SIGNATURE), tr(L_DATE)], line_width=42 * mm),
    ]


def receipt_story(data: ReceiptData, width: float = 174 * mm) -> list[Flowable]:
    return [
        *member_copy(data, width),
        Spacer(1, 6 * mm),
        CutLine(tr(CUT_HERE)),
        Spacer(1, 4 * mm),
        *station_stub(data, width),
    ]


def build_receipt(
    out: str | Path | BinaryIO,
    data: ReceiptData,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> None:
    build_report(
        out,
        receipt_story(data),
        station_name=data.station_name,
        title=f"{tr(RECEIPT_TITLE)} {data.member_no}",
        operator=data.operator,
        printed_at=data.printed_at,
        progress=progress,
        should_cancel=should_cancel,
    )


def print_receipt(
    db: Database,
    actor: Actor,
    member_id: int,
    station: StationProfile,
    out: str | Path | BinaryIO,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ReceiptData:
    """Reads the member and writes their intake receipt to ``out``."""
    data = receipt_data(db, actor, member_id, station)
    build_receipt(out, data, progress, should_cancel)
    return data
